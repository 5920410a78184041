import { eq, isNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getLitter, recordLitter } from '@/db/queries/litters';
import {
  auditLog,
  cageGroupMemberships,
  intakes,
  litters,
  placements,
  quarantines,
  ratCodeCounters,
  ratStatusChanges,
  rats,
  watches,
} from '@/db/schema';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { litterInput } from '@/lib/validation/litters';
import { insertCageGroup, insertCageGroupMembership, insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { insertQuarantine, insertWatch } from '../fixtures/health-builders';
import { driverName, testDbForFile } from './helpers/test-db';

const now = new Date('2026-11-20T12:00:00Z');
const t = testDbForFile();

async function setup() {
  const willow = await insertFosterHome(t.db, { name: 'Willow' });
  const staff = await insertUser(t.db, { role: 'staff' });
  const girls = await insertCageGroup(t.db, { fosterHomeId: willow.id, name: 'Spare room girls' });
  const bean = await insertRat(t.db, { name: 'Bean', sex: 'female', code: 'R-2025-0001' });
  const moth = await insertRat(t.db, { name: 'Moth', sex: 'female', code: 'R-2025-0002' });
  const badger = await insertRat(t.db, { name: 'Badger', sex: 'male', code: 'R-2025-0003' });
  for (const rat of [bean, moth]) {
    await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: willow.id });
    await insertCageGroupMembership(t.db, { cageGroupId: girls.id, ratId: rat.id });
  }
  const pregnancy = await insertWatch(t.db, { ratId: bean.id, kind: 'pregnancy', startedOn: '2026-11-01', dueOn: '2026-11-25' });
  return { willow, staff, girls, bean, moth, badger, pregnancy };
}

const birthOf = (form: Record<string, unknown>) => litterInput(now).parse({ bornOn: '2026-11-19', aliveCount: '8', deadCount: '0', ...form });

describe(`litters on ${driverName()}`, () => {
  it('a litter of 8 creates 8 kittens with consecutive codes, linked to the dam and the litter, in her home and cage group', async () => {
    const { bean, badger, willow, girls, staff } = await setup();
    const outcome = await recordLitter(t.db, { input: birthOf({ damId: bean.id, sireId: badger.id }), actorId: staff.id, now, policy: DEFAULT_POLICY });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.kittenCodes).toEqual(Array.from({ length: 8 }, (_, i) => `R-2026-000${i + 1}`));

    const kittens = await t.db.select().from(rats).where(eq(rats.litterId, outcome.litterId));
    expect(kittens).toHaveLength(8);
    for (const kitten of kittens) {
      expect(kitten).toMatchObject({ damId: bean.id, sireId: badger.id, sex: 'unknown', birthDate: '2026-11-19', birthDateEstimated: false, status: 'in_care' });
    }
    const [intake] = await t.db.select().from(intakes);
    expect(intake).toMatchObject({ sourceType: 'born_in_care', intakeDate: '2026-11-19', sourceDetails: 'Born in care to Bean at Willow' });
    expect(kittens.every((k) => k.intakeId === intake.id)).toBe(true);
    const [litter] = await t.db.select().from(litters);
    expect(litter).toMatchObject({ damId: bean.id, sireId: badger.id, aliveCount: 8, deadCount: 0, intakeId: intake.id });

    const kittenIds = new Set(kittens.map((k) => k.id));
    const homes = (await t.db.select().from(placements).where(isNull(placements.endedAt))).filter((p) => kittenIds.has(p.ratId));
    expect(homes.map((p) => p.fosterHomeId)).toEqual(Array(8).fill(willow.id));
    const cages = (await t.db.select().from(cageGroupMemberships).where(isNull(cageGroupMemberships.leftAt))).filter((m) => kittenIds.has(m.ratId));
    expect(cages.map((m) => m.cageGroupId)).toEqual(Array(8).fill(girls.id));
    const history = await t.db.select().from(ratStatusChanges);
    expect(history).toHaveLength(8);
    expect(history[0]).toMatchObject({ fromStatus: null, toStatus: 'in_care', reason: 'Born in care to Bean' });
  });

  it('a litter born into a home with too few places warns, as a move does', async () => {
    const { bean, staff } = await setup();
    const outcome = await recordLitter(t.db, { input: birthOf({ damId: bean.id }), actorId: staff.id, now, policy: DEFAULT_POLICY });
    expect(outcome).toMatchObject({ ok: true, warnings: ['Willow is now over capacity: 10 rats for 6 places.'] });
  });

  it('closes the dam’s pregnancy watch as litter born and opens the sex-separation watch due on day 35', async () => {
    const { bean, staff, pregnancy } = await setup();
    const outcome = await recordLitter(t.db, { input: birthOf({ damId: bean.id }), actorId: staff.id, now, policy: DEFAULT_POLICY });
    expect(outcome).toMatchObject({ ok: true, pregnancyWatchClosed: true, separationDueOn: '2026-12-24' });
    const [closed] = await t.db.select().from(watches).where(eq(watches.id, pregnancy.id));
    expect(closed).toMatchObject({ closedOn: '2026-11-19', outcome: 'litter_born', outcomeNotes: 'Litter born on 19 Nov: 8 live kittens.' });
    const [separation] = await t.db.select().from(watches).where(eq(watches.kind, 'sex_separation'));
    expect(separation).toMatchObject({ ratId: bean.id, startedOn: '2026-11-19', dueOn: '2026-12-24', closedOn: null, litterId: outcome.ok ? outcome.litterId : -1 });

    const page = await getLitter(t.db, { id: outcome.ok ? outcome.litterId : -1, scope: { kind: 'all' } });
    expect(page?.pregnancyClosed).toMatchObject({ closedOn: '2026-11-19' });
    expect(page?.kittens).toHaveLength(8);
  });

  it('kittens born to a dam in quarantine share her quarantine cohort and planned end', async () => {
    const { bean, staff } = await setup();
    await insertQuarantine(t.db, { ratId: bean.id, startedOn: '2026-11-10', plannedEndOn: '2026-12-01' });
    const outcome = await recordLitter(t.db, { input: birthOf({ damId: bean.id, aliveCount: '2' }), actorId: staff.id, now, policy: DEFAULT_POLICY });
    expect(outcome.ok).toBe(true);
    const open = await t.db.select().from(quarantines).where(isNull(quarantines.endedOn));
    expect(open.filter((q) => q.ratId !== bean.id)).toMatchObject([
      { startedOn: '2026-11-19', plannedEndOn: '2026-12-01', reason: 'intake' },
      { startedOn: '2026-11-19', plannedEndOn: '2026-12-01', reason: 'intake' },
    ]);
  });

  it('a failure part-way rolls back everything: no litter, intake, kittens, codes or watch changes', async () => {
    const { bean, staff, pregnancy } = await setup();
    // New codes step over codes already in use, so a taken code no longer breaks the write: a
    // constraint refusing the fifth kitten's code makes its insert fail after the litter was written.
    await insertRat(t.db, { name: 'Imported', code: 'R-2026-0001' });
    const before = await t.db.select().from(rats);
    await t.db.execute(sql`alter table rats add constraint rats_test_refuses_fifth check (code <> 'R-2026-0006')`);
    try {
      await expect(recordLitter(t.db, { input: birthOf({ damId: bean.id }), actorId: staff.id, now, policy: DEFAULT_POLICY })).rejects.toThrow();
    } finally {
      await t.db.execute(sql`alter table rats drop constraint rats_test_refuses_fifth`);
    }
    expect(await t.db.select().from(rats)).toEqual(before);
    expect(await t.db.select().from(litters)).toEqual([]);
    expect(await t.db.select().from(intakes)).toEqual([]);
    expect(await t.db.select().from(ratCodeCounters)).toEqual([]);
    expect(await t.db.select().from(auditLog)).toEqual([]);
    expect(await t.db.select().from(watches)).toEqual([pregnancy]);
  });

  it('refuses a male as the dam, with a reason, and writes nothing', async () => {
    const { badger, staff } = await setup();
    const outcome = await recordLitter(t.db, { input: birthOf({ damId: badger.id }), actorId: staff.id, now, policy: DEFAULT_POLICY });
    expect(outcome).toEqual({ ok: false, reason: 'Badger is not recorded as female, so she cannot be the dam of a litter.' });
    expect(await t.db.select().from(litters)).toEqual([]);
  });

  it('a foster sees a litter only while its dam or a kitten is in their home', async () => {
    const { bean, staff, willow } = await setup();
    const outcome = await recordLitter(t.db, { input: birthOf({ damId: bean.id, aliveCount: '1' }), actorId: staff.id, now, policy: DEFAULT_POLICY });
    const id = outcome.ok ? outcome.litterId : -1;
    const other = await insertFosterHome(t.db, { name: 'Maple' });
    expect(await getLitter(t.db, { id, scope: { kind: 'home', fosterHomeId: willow.id } })).not.toBeNull();
    expect(await getLitter(t.db, { id, scope: { kind: 'home', fosterHomeId: other.id } })).toBeNull();
  });
});
