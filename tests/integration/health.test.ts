import { and, eq, isNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { recordHealthEvent, RatNotInScopeError } from '@/db/queries/health-events';
import {
  auditLog,
  cageGroupMemberships,
  healthEvents,
  placements,
  quarantines,
  ratStatusChanges,
  rats,
  watches,
} from '@/db/schema';
import { soloMembers } from '@/lib/domain/cage-groups';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { healthEventInput } from '@/lib/validation/health';
import { insertCageGroup, insertCageGroupMembership, insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { insertQuarantine, insertWatch } from '../fixtures/health-builders';
import { driverName, testDbForFile } from './helpers/test-db';

const now = new Date('2026-11-20T12:00:00Z');
const t = testDbForFile();

async function setup() {
  const willow = await insertFosterHome(t.db, { name: 'Willow' });
  const maple = await insertFosterHome(t.db, { name: 'Maple' });
  const staff = await insertUser(t.db, { role: 'staff' });
  const foster = await insertUser(t.db, { role: 'foster', fosterHomeId: willow.id });
  const cage = await insertCageGroup(t.db, { fosterHomeId: willow.id, name: 'Cage A' });
  const pip = await insertRat(t.db, { name: 'Pip', sex: 'male', birthDate: '2026-03-01' });
  const pepper = await insertRat(t.db, { name: 'Pepper', sex: 'male' });
  const fern = await insertRat(t.db, { name: 'Fern' });
  for (const rat of [pip, pepper]) {
    await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: willow.id });
    await insertCageGroupMembership(t.db, { cageGroupId: cage.id, ratId: rat.id });
  }
  await insertPlacement(t.db, { ratId: fern.id, fosterHomeId: maple.id });
  return {
    willow,
    cage,
    pip,
    pepper,
    fern,
    asStaff: { scope: { kind: 'all' as const }, actor: { id: staff.id, role: 'staff' as const } },
    asFoster: { scope: { kind: 'home' as const, fosterHomeId: willow.id }, actor: { id: foster.id, role: 'foster' as const } },
  };
}

const parse = (form: Record<string, unknown>) => healthEventInput(now).parse(form);

describe(`health events on ${driverName()}`, () => {
  it('a weight writes one health event with its audit entry', async () => {
    const { pip, asFoster } = await setup();
    const outcome = await recordHealthEvent(t.db, { ratId: pip.id, input: parse({ kind: 'weight', occurredOn: '2026-11-19', weightGrams: '412' }), ...asFoster, now, policy: DEFAULT_POLICY });
    expect(outcome).toMatchObject({ ok: true, messages: [] });
    const rows = await t.db.select().from(healthEvents);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ratId: pip.id, kind: 'weight', occurredOn: '2026-11-19', weightGrams: 412 });
    const [entry] = await t.db.select().from(auditLog);
    expect(entry).toMatchObject({ entityType: 'health_event', ratId: pip.id, summary: 'Recorded weight for Pip on 19 Nov: 412 g' });
  });

  it('a symptom during an open quarantine restarts the clock from the symptom date and says so', async () => {
    const { pip, asFoster } = await setup();
    const period = await insertQuarantine(t.db, { ratId: pip.id, startedOn: '2026-11-01', plannedEndOn: '2026-11-22' });
    const outcome = await recordHealthEvent(t.db, {
      ratId: pip.id,
      input: parse({ kind: 'illness', occurredOn: '2026-11-14', symptoms: ['sneezing'] }),
      ...asFoster,
      now,
      policy: DEFAULT_POLICY,
    });
    expect(outcome).toMatchObject({ ok: true, messages: ['Quarantine restarted on 14 Nov after sneezing: planned end moved from 22 Nov to 5 Dec.'] });
    const [after] = await t.db.select().from(quarantines).where(eq(quarantines.id, period.id));
    expect(after).toMatchObject({ plannedEndOn: '2026-12-05', restartedOn: '2026-11-14', restartReason: 'sneezing on 14 Nov', endedOn: null });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'quarantine'));
    expect(audit.changes).toMatchObject({ plannedEndOn: { from: '2026-11-22', to: '2026-12-05' }, restartedOn: { from: null, to: '2026-11-14' } });
  });

  it('the symptom and the quarantine restart are one transaction: when the restart fails, the symptom is not saved either', async () => {
    const { pip, asStaff } = await setup();
    await insertQuarantine(t.db, { ratId: pip.id });
    await t.db.execute(sql.raw(`create function refuse_quarantine_update() returns trigger language plpgsql as $$ begin raise exception 'quarantine update refused by test'; end $$`));
    await t.db.execute(sql.raw(`create trigger refuse_quarantine_update before update on quarantines for each row execute function refuse_quarantine_update()`));
    try {
      await expect(
        recordHealthEvent(t.db, { ratId: pip.id, input: parse({ kind: 'illness', occurredOn: '2026-11-14', symptoms: ['lethargy'] }), ...asStaff, now, policy: DEFAULT_POLICY }),
      ).rejects.toThrow();
    } finally {
      await t.db.execute(sql.raw(`drop trigger refuse_quarantine_update on quarantines`));
      await t.db.execute(sql.raw(`drop function refuse_quarantine_update()`));
    }
    expect(await t.db.select().from(healthEvents)).toEqual([]);
    expect(await t.db.select().from(auditLog)).toEqual([]);
  });

  it('a symptom outside quarantine leaves every quarantine as it was and points to starting an illness quarantine', async () => {
    const { pip, asStaff } = await setup();
    const ended = await insertQuarantine(t.db, { ratId: pip.id, startedOn: '2026-10-01', plannedEndOn: '2026-10-22', endedOn: '2026-10-22' });
    const outcome = await recordHealthEvent(t.db, {
      ratId: pip.id,
      input: parse({ kind: 'illness', occurredOn: '2026-11-14', symptoms: ['sneezing', 'porphyrin'] }),
      ...asStaff,
      now,
      policy: DEFAULT_POLICY,
    });
    expect(outcome).toMatchObject({ ok: true, messages: ['Pip is not in quarantine: start an illness quarantine from 14 Nov on the Quarantine page to keep the other rats safe.'] });
    expect(await t.db.select().from(quarantines)).toEqual([ended]);
  });

  it('a neuter recorded with a past date whose sterile date has passed says so and opens no already-overdue watch', async () => {
    const { pip, asStaff } = await setup();
    const outcome = await recordHealthEvent(t.db, { ratId: pip.id, input: parse({ kind: 'neuter', occurredOn: '2026-09-01', vetClinic: 'Riverside' }), ...asStaff, now, policy: DEFAULT_POLICY });
    expect(outcome).toMatchObject({ ok: true, messages: ['Neutered on 1 Sep, he has counted as sterile since 29 Sep: no post-neuter watch is needed.'] });
    expect(await t.db.select().from(watches)).toEqual([]);
    const [rat] = await t.db.select().from(rats).where(eq(rats.id, pip.id));
    expect(rat.neuteredOn).toBe('2026-09-01');
  });

  it('a neuter sets neutered_on and opens the post-neuter watch, due when he counts as sterile', async () => {
    const { pip, asStaff } = await setup();
    const outcome = await recordHealthEvent(t.db, { ratId: pip.id, input: parse({ kind: 'neuter', occurredOn: '2026-11-18', vetClinic: 'Riverside' }), ...asStaff, now, policy: DEFAULT_POLICY });
    expect(outcome.ok).toBe(true);
    const [rat] = await t.db.select().from(rats).where(eq(rats.id, pip.id));
    expect(rat).toMatchObject({ neuteredOn: '2026-11-18', version: pip.version + 1 });
    const open = await t.db.select().from(watches).where(eq(watches.ratId, pip.id));
    expect(open).toMatchObject([{ kind: 'post_neuter', startedOn: '2026-11-18', dueOn: '2026-12-16', closedOn: null }]);
  });

  it('a second neuter is refused with a reason, and nothing is written', async () => {
    const { pip, asStaff } = await setup();
    await t.db.update(rats).set({ neuteredOn: '2026-10-01' }).where(eq(rats.id, pip.id));
    const outcome = await recordHealthEvent(t.db, { ratId: pip.id, input: parse({ kind: 'neuter', occurredOn: '2026-11-18' }), ...asStaff, now, policy: DEFAULT_POLICY });
    expect(outcome).toEqual({ ok: false, reason: 'Pip was already neutered on 1 Oct.' });
    expect(await t.db.select().from(healthEvents)).toEqual([]);
  });

  it('a death sets the rat deceased, ends its placement, membership, quarantine and watches, and leaves its cage-mate solo', async () => {
    const { pip, pepper, cage, asStaff } = await setup();
    await insertWatch(t.db, { ratId: pip.id, kind: 'post_neuter', startedOn: '2026-11-01', dueOn: '2026-11-29' });
    const outcome = await recordHealthEvent(t.db, {
      ratId: pip.id,
      input: parse({ kind: 'death', occurredOn: '2026-11-19', causeOfDeath: 'Pneumonia', confirmDeath: 'on' }),
      ...asStaff,
      now,
      policy: DEFAULT_POLICY,
    });
    expect(outcome).toMatchObject({ ok: true, confirmation: "Pip's death is recorded: Pneumonia.", messages: ['Pepper is now alone in Cage A: plan an introduction.'] });

    const [rat] = await t.db.select().from(rats).where(eq(rats.id, pip.id));
    expect(rat.status).toBe('deceased');
    expect(await t.db.select().from(ratStatusChanges)).toMatchObject([{ ratId: pip.id, fromStatus: 'in_care', toStatus: 'deceased', reason: 'Died: Pneumonia' }]);
    const [placement] = await t.db.select().from(placements).where(eq(placements.ratId, pip.id));
    expect(placement.endedAt?.toISOString()).toBe('2026-11-19T12:00:00.000Z');
    expect(placement.endReason).toBe('Died: Pneumonia');
    expect(await t.db.select().from(watches)).toMatchObject([{ outcome: 'cancelled', closedOn: '2026-11-19' }]);

    const open = await t.db
      .select({ ratId: cageGroupMemberships.ratId, cageGroupId: cageGroupMemberships.cageGroupId })
      .from(cageGroupMemberships)
      .where(isNull(cageGroupMemberships.leftAt));
    expect(open).toEqual([{ ratId: pepper.id, cageGroupId: cage.id }]);
    expect(soloMembers(open.map((m) => ({ ...m, inQuarantine: false }))).map((m) => m.ratId)).toEqual([pepper.id]);
  });

  it('a foster cannot record anything for a rat of another home, and nothing is written', async () => {
    const { fern, asFoster } = await setup();
    await expect(
      recordHealthEvent(t.db, { ratId: fern.id, input: parse({ kind: 'weight', occurredOn: '2026-11-19', weightGrams: '300' }), ...asFoster, now, policy: DEFAULT_POLICY }),
    ).rejects.toBeInstanceOf(RatNotInScopeError);
    expect(await t.db.select().from(healthEvents)).toEqual([]);
    expect(await t.db.select().from(auditLog)).toEqual([]);
  });

  it('a foster may not record a death or a neuter, even for a rat in their home', async () => {
    const { pip, asFoster } = await setup();
    const outcome = await recordHealthEvent(t.db, { ratId: pip.id, input: parse({ kind: 'death', occurredOn: '2026-11-19', confirmDeath: 'on' }), ...asFoster, now, policy: DEFAULT_POLICY });
    expect(outcome).toEqual({ ok: false, reason: 'Fosters record weights, health checks and symptoms. Ask the rescue team to record the death.' });
    const [rat] = await t.db.select().from(rats).where(and(eq(rats.id, pip.id)));
    expect(rat.status).toBe('in_care');
    expect(await t.db.select().from(healthEvents)).toEqual([]);
  });
});
