import { asc, count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { createIntake, listIntakeRats, type NewIntake } from '@/db/queries/intakes';
import {
  auditLog,
  cageGroupMemberships,
  cageGroups,
  intakes,
  placements,
  quarantineCohorts,
  quarantines,
  ratCodeCounters,
  rats,
  ratStatusChanges,
  watches,
} from '@/db/schema';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { canLiveTogether } from '@/lib/domain/sex-safety';
import type { Sex } from '@/lib/domain/vocabulary';
import { insertFosterHome, insertUser } from '../fixtures/builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();

const NOW = new Date('2026-03-14T15:00:00Z');

function ratRow(name: string, sex: Sex, extra: Partial<NewIntake['rats'][number]> = {}): NewIntake['rats'][number] {
  return { name, sex, birthDate: '2025-12-01', birthDateEstimated: true, variety: 'agouti', markings: null, notes: null, ...extra };
}

function intake(rows: NewIntake['rats'], extra: Partial<NewIntake> = {}): NewIntake {
  return {
    intakeDate: '2026-03-14',
    sourceType: 'hoarding',
    sourceDetails: 'Council referral',
    reason: 'Owner hospitalised',
    mixedSex: true,
    notes: null,
    arrivesAt: null,
    rats: rows,
    ...extra,
  };
}

const sixRats = () => [
  ratRow('Ada', 'female'),
  ratRow('Bea', 'female'),
  ratRow('Cleo', 'female'),
  ratRow('Dan', 'male'),
  ratRow('Eli', 'male'),
  ratRow('Fox', 'male'),
];

async function record(input: NewIntake, actorId: number | null = null) {
  return createIntake(t.db, { intake: input, actorId, policy: DEFAULT_POLICY, now: NOW });
}

async function rowCount(table: PgTable) {
  const [row] = await t.db.select({ n: count() }).from(table);
  return row.n;
}

/** How many rows each table an intake writes holds. */
async function everyCount() {
  const tables = { intakes, rats, cageGroups, cageGroupMemberships, placements, quarantines, quarantineCohorts, watches, ratStatusChanges, auditLog };
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) counts[name] = await rowCount(table);
  return counts;
}

describe(`intake on ${driverName()}`, () => {
  it('gives every rat of the intake a new consecutive rescue code from the intake year, status intake, and a first status record', async () => {
    const staff = await insertUser(t.db, { role: 'staff' });
    const created = await record(intake(sixRats()), staff.id);
    expect(created.rats.map((r) => r.code)).toEqual(['R-2026-0001', 'R-2026-0002', 'R-2026-0003', 'R-2026-0004', 'R-2026-0005', 'R-2026-0006']);
    const stored = await t.db.select({ status: rats.status, intakeId: rats.intakeId }).from(rats);
    expect(stored.every((r) => r.status === 'intake' && r.intakeId === created.intakeId)).toBe(true);
    const history = await t.db.select().from(ratStatusChanges);
    expect(history).toHaveLength(6);
    expect(history.every((h) => h.fromStatus === null && h.toStatus === 'intake' && h.changedBy === staff.id)).toBe(true);
    expect(history[0].reason).toBe('Arrived: Hoarding case (Council referral)');
  });

  it('starts one quarantine cohort for the intake and an intake quarantine per rat ending after the policy’s quarantine days', async () => {
    const created = await record(intake(sixRats()));
    const cohorts = await t.db.select().from(quarantineCohorts);
    expect(cohorts).toHaveLength(1);
    expect(cohorts[0].intakeId).toBe(created.intakeId);
    const periods = await t.db.select().from(quarantines);
    expect(periods).toHaveLength(6);
    for (const q of periods) {
      expect(q).toMatchObject({ reason: 'intake', cohortId: cohorts[0].id, startedOn: '2026-03-14', plannedEndOn: '2026-04-04', endedOn: null });
    }
  });

  it('puts only the females of a mixed-sex intake on pregnancy watch, due after the policy’s watch days', async () => {
    await record(intake(sixRats()));
    const open = await t.db.select({ name: rats.name, kind: watches.kind, dueOn: watches.dueOn }).from(watches).innerJoin(rats, eq(rats.id, watches.ratId)).orderBy(asc(rats.name));
    expect(open).toEqual([
      { name: 'Ada', kind: 'pregnancy', dueOn: '2026-04-07' },
      { name: 'Bea', kind: 'pregnancy', dueOn: '2026-04-07' },
      { name: 'Cleo', kind: 'pregnancy', dueOn: '2026-04-07' },
    ]);
  });

  it('an intake with both sexes entered opens pregnancy watches for its females even when mixed-sex is not ticked', async () => {
    await record(intake(sixRats(), { mixedSex: false }));
    expect(await rowCount(watches)).toBe(3);
  });

  it('opens no pregnancy watch for a single-sex intake that was not mixed-sex', async () => {
    await record(intake(sixRats().filter((r) => r.sex === 'female'), { mixedSex: false }));
    expect(await rowCount(watches)).toBe(0);
  });

  it('splits the rats into cage groups by sex, so every group is sex-safe, and leaves them awaiting placement when no home was chosen', async () => {
    const created = await record(intake([...sixRats(), ratRow('Gus', 'unknown')]));
    const groups = await t.db.select().from(cageGroups).orderBy(asc(cageGroups.id));
    expect(groups.map((g) => g.name)).toEqual([
      `Hoarding case 14 Mar 2026 #${created.intakeId} — females`,
      `Hoarding case 14 Mar 2026 #${created.intakeId} — males`,
      `Hoarding case 14 Mar 2026 #${created.intakeId} — unknown sex`,
    ]);
    expect(groups.every((g) => g.fosterHomeId === null && g.intakeId === created.intakeId)).toBe(true);
    for (const g of groups) {
      const members = await t.db
        .select({ name: rats.name, sex: rats.sex, neuteredOn: rats.neuteredOn, birthDate: rats.birthDate })
        .from(cageGroupMemberships)
        .innerJoin(rats, eq(rats.id, cageGroupMemberships.ratId))
        .where(eq(cageGroupMemberships.cageGroupId, g.id));
      expect(canLiveTogether(members, NOW, DEFAULT_POLICY)).toEqual({ ok: true });
    }
    expect(await rowCount(cageGroupMemberships)).toBe(7);
    expect(await rowCount(placements)).toBe(0);
  });

  it('places every rat, its cage groups and its quarantines in the chosen home', async () => {
    const home = await insertFosterHome(t.db, { name: 'Oak Barn', canQuarantine: true });
    await record(intake(sixRats(), { arrivesAt: home.id }));
    const open = await t.db.select().from(placements);
    expect(open).toHaveLength(6);
    expect(open.every((p) => p.fosterHomeId === home.id && p.endedAt === null)).toBe(true);
    expect((await t.db.select().from(cageGroups)).every((g) => g.fosterHomeId === home.id)).toBe(true);
    expect((await t.db.select().from(quarantines)).every((q) => q.fosterHomeId === home.id)).toBe(true);
  });

  it('names a rat recorded without a name after its rescue code', async () => {
    const created = await record(intake([ratRow('', 'female'), ratRow('Named', 'female')], { mixedSex: false }));
    expect(created.rats.map((r) => r.name)).toEqual(['R-2026-0001', 'Named']);
  });

  it('takes rescue codes from the year of the intake date, not the year it was recorded', async () => {
    const created = await record(intake([ratRow('Late', 'male')], { intakeDate: '2025-12-30' }));
    expect(created.rats[0].code).toBe('R-2025-0001');
  });

  it('records the intake and each rat in the audit trail', async () => {
    const staff = await insertUser(t.db, { role: 'staff' });
    const created = await record(intake(sixRats()), staff.id);
    const entries = await t.db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(entries).toHaveLength(7);
    expect(entries[0]).toMatchObject({ entityType: 'intake', entityId: created.intakeId, actorId: staff.id, action: 'create' });
    expect(entries[0].summary).toContain('6 rats (R-2026-0001 to R-2026-0006)');
    expect(entries.slice(1).every((e) => e.entityType === 'rat' && e.ratId !== null)).toBe(true);
  });

  it('rolls back the whole intake when one row fails, writing nothing and giving the rescue codes back', async () => {
    await record(intake([ratRow('First', 'female'), ratRow('Second', 'female')], { mixedSex: false }));
    const before = await everyCount();
    // A value that slipped past validation: 30 February is not a date, so the database refuses the row.
    const failing = intake([ratRow('Ok', 'female'), ratRow('Also ok', 'male'), ratRow('Bad', 'female', { birthDate: '2026-02-30' })]);
    await expect(record(failing)).rejects.toThrow();
    expect(await everyCount()).toEqual(before);
    const [counter] = await t.db.select().from(ratCodeCounters).where(eq(ratCodeCounters.year, 2026));
    expect(counter.lastNumber).toBe(2);
    const next = await record(intake([ratRow('Third', 'female')], { mixedSex: false }));
    expect(next.rats[0].code).toBe('R-2026-0003');
  });

  it('an intake into a home with too few places warns, as a move does', async () => {
    const small = await insertFosterHome(t.db, { name: 'Birch Flat', capacityRats: 4, capacityCages: 4, canQuarantine: true });
    const roomy = await insertFosterHome(t.db, { name: 'Oak Barn', capacityRats: 20, capacityCages: 4, canQuarantine: true });
    expect((await record(intake(sixRats(), { arrivesAt: small.id }))).warnings).toEqual(['Birch Flat is now over capacity: 6 rats for 4 places.']);
    expect((await record(intake(sixRats(), { arrivesAt: roomy.id }))).warnings).toEqual([]);
  });

  it('two intakes of the same day and source get cohort and cage-group names that tell them apart', async () => {
    const first = await record(intake(sixRats()));
    const second = await record(intake(sixRats()));
    const cohorts = await t.db.select({ label: quarantineCohorts.label }).from(quarantineCohorts).orderBy(asc(quarantineCohorts.id));
    expect(cohorts.map((c) => c.label)).toEqual([`Hoarding case 14 Mar 2026 #${first.intakeId}`, `Hoarding case 14 Mar 2026 #${second.intakeId}`]);
    const names = (await t.db.select({ name: cageGroups.name }).from(cageGroups)).map((g) => g.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists the rats of an intake with their cage group, quarantine end and open watches', async () => {
    const created = await record(intake(sixRats()));
    const listed = await listIntakeRats(t.db, { intakeId: created.intakeId, scope: { kind: 'all' } });
    expect(listed).toHaveLength(6);
    const ada = listed.find((r) => r.name === 'Ada')!;
    expect(ada).toMatchObject({ groupName: `Hoarding case 14 Mar 2026 #${created.intakeId} — females`, homeName: null, quarantineEndOn: '2026-04-04' });
    expect(ada.watches).toEqual([{ kind: 'pregnancy', dueOn: '2026-04-07' }]);
    expect(listed.find((r) => r.name === 'Dan')!.watches).toEqual([]);
  });

  it('shows a foster none of an intake whose rats are not placed in their home', async () => {
    const home = await insertFosterHome(t.db);
    const created = await record(intake(sixRats()));
    expect(await listIntakeRats(t.db, { intakeId: created.intakeId, scope: { kind: 'home', fosterHomeId: home.id } })).toEqual([]);
  });
});
