import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { updateFosterHome } from '@/db/queries/foster-homes';
import { recordHealthEvent } from '@/db/queries/health-events';
import { extendQuarantineById, releaseQuarantine, startQuarantineByHand } from '@/db/queries/quarantines';
import { auditLog, fosterHomes, quarantineCohorts, quarantines } from '@/db/schema';
import { FOSTER_HOME_FIELDS } from '@/lib/domain/foster-homes';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { healthEventInput } from '@/lib/validation/health';
import { startQuarantineInput } from '@/lib/validation/quarantine';
import { insertCageGroup, insertCageGroupMembership, insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { insertHealthEvent, insertQuarantine } from '../fixtures/health-builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();
const now = new Date('2026-11-23T12:00:00Z');
const policy = DEFAULT_POLICY;

/** Two cage-mates in a home that can quarantine, and a coordinator. */
async function cageMates(home: Parameters<typeof insertFosterHome>[1] = {}) {
  const coordinator = await insertUser(t.db, { role: 'coordinator' });
  const willow = await insertFosterHome(t.db, { name: 'Willow House', canQuarantine: true, ...home });
  const cage = await insertCageGroup(t.db, { fosterHomeId: willow.id, name: 'Girls cage' });
  const [bo, pip] = [await insertRat(t.db, { name: 'Bo' }), await insertRat(t.db, { name: 'Pip' })];
  for (const rat of [bo, pip]) {
    await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: willow.id });
    await insertCageGroupMembership(t.db, { cageGroupId: cage.id, ratId: rat.id });
  }
  return { coordinator, willow, cage, bo, pip };
}

const start = (ratId: number, form: Record<string, string>) => startQuarantineInput.parse({ ratId: String(ratId), ...form });

describe(`starting a quarantine by hand on ${driverName()}`, () => {
  it('a show quarantine for a rat in care runs 42 days, in a new cohort, with its audit entry', async () => {
    const { coordinator, bo, willow } = await cageMates();
    const input = start(bo.id, { reason: 'show', startedOn: '2026-11-23', cohort: 'new', newCohortLabel: '' });
    const result = await startQuarantineByHand(t.db, { ...input, actorId: coordinator.id, now, policy });
    expect(result).toMatchObject({ ok: true, message: 'Bo is in quarantine (back from a show) from 23 Nov until 4 Jan.' });
    const [q] = await t.db.select().from(quarantines);
    expect(q).toMatchObject({ ratId: bo.id, reason: 'show', startedOn: '2026-11-23', plannedEndOn: '2027-01-04', fosterHomeId: willow.id });
    const [cohort] = await t.db.select().from(quarantineCohorts);
    expect(q.cohortId).toBe(cohort.id);
    expect(cohort.label).toBe('Bo: back from a show from 23 Nov');
    expect(await t.db.select({ summary: auditLog.summary }).from(auditLog)).toEqual([{ summary: result.ok ? result.message : '' }]);
  });

  it('a quarantine may join an existing cohort; returns from adoption and illness run the standard days', async () => {
    const { coordinator, bo, pip } = await cageMates();
    const cohort = (await t.db.insert(quarantineCohorts).values({ label: 'Returned girls' }).returning())[0];
    const a = await startQuarantineByHand(t.db, { ...start(bo.id, { reason: 'adoption_return', startedOn: '2026-11-20', cohort: String(cohort.id) }), actorId: coordinator.id, now, policy });
    const b = await startQuarantineByHand(t.db, { ...start(pip.id, { reason: 'illness', startedOn: '2026-11-23', cohort: String(cohort.id) }), actorId: coordinator.id, now, policy });
    expect(a.ok && b.ok).toBe(true);
    const rows = await t.db.select().from(quarantines).orderBy(quarantines.id);
    expect(rows.map((r) => [r.reason, r.plannedEndOn, r.cohortId])).toEqual([
      ['adoption_return', '2026-12-11', cohort.id],
      ['illness', '2026-12-14', cohort.id],
    ]);
  });

  it('refuses a second quarantine for a rat already in one, naming its end in words', async () => {
    const { coordinator, bo } = await cageMates();
    await insertQuarantine(t.db, { ratId: bo.id, startedOn: '2026-11-20', plannedEndOn: '2026-12-11' });
    const result = await startQuarantineByHand(t.db, { ...start(bo.id, { reason: 'show', startedOn: '2026-11-23', cohort: 'new' }), actorId: coordinator.id, now, policy });
    expect(result).toEqual({ ok: false, reason: 'Bo is already in quarantine until 11 Dec: extend that quarantine instead.' });
  });

  it('refuses to start a quarantine in a home that cannot quarantine, writing nothing', async () => {
    const { coordinator, bo } = await cageMates({ canQuarantine: false });
    const result = await startQuarantineByHand(t.db, { ...start(bo.id, { reason: 'exposure', startedOn: '2026-11-23', cohort: 'new' }), actorId: coordinator.id, now, policy });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('Willow House cannot quarantine') });
    expect(await t.db.select().from(quarantines)).toEqual([]);
    expect(await t.db.select().from(quarantineCohorts)).toEqual([]);
  });
});

describe(`extending a quarantine on ${driverName()}`, () => {
  it('moves the planned end later and keeps the reason on the quarantine and in the history', async () => {
    const { coordinator, bo } = await cageMates();
    const q = await insertQuarantine(t.db, { ratId: bo.id, startedOn: '2026-10-20', plannedEndOn: '2026-11-10' });
    const result = await extendQuarantineById(t.db, { quarantineId: q.id, until: '2026-11-30', why: 'Vet wants another week of checks', actorId: coordinator.id });
    expect(result).toMatchObject({ ok: true, message: 'Bo’s quarantine extended from 10 Nov to 30 Nov: Vet wants another week of checks' });
    const [after] = await t.db.select().from(quarantines);
    expect(after.plannedEndOn).toBe('2026-11-30');
    expect(after.notes).toContain('Vet wants another week of checks');
    const [entry] = await t.db.select().from(auditLog);
    expect(entry.changes).toEqual({ plannedEndOn: { from: '2026-11-10', to: '2026-11-30' } });
  });

  it('refuses an extension that is not later than the current planned end', async () => {
    const { coordinator, bo } = await cageMates();
    const q = await insertQuarantine(t.db, { ratId: bo.id, startedOn: '2026-11-01', plannedEndOn: '2026-11-22' });
    const result = await extendQuarantineById(t.db, { quarantineId: q.id, until: '2026-11-20', why: 'Oops', actorId: coordinator.id });
    expect(result).toEqual({ ok: false, reason: 'The new end must be after the current planned end, 22 Nov.' });
  });
});

describe(`cage-mates share air on ${driverName()}`, () => {
  const symptom = (ratId: number, occurredOn: string) => ({
    ratId,
    input: healthEventInput(now).parse({ kind: 'illness', occurredOn, symptoms: ['sneezing'] }),
    scope: { kind: 'all' as const },
    now,
    policy,
  });

  it('a symptom in a quarantined rat restarts the clock of every quarantined cage-mate, saying so for each', async () => {
    const { coordinator, bo, pip } = await cageMates();
    await insertQuarantine(t.db, { ratId: bo.id, startedOn: '2026-11-10', plannedEndOn: '2026-12-22' });
    await insertQuarantine(t.db, { ratId: pip.id, startedOn: '2026-11-10', plannedEndOn: '2026-12-22' });
    const outcome = await recordHealthEvent(t.db, { ...symptom(bo.id, '2026-11-23'), actor: { id: coordinator.id, role: 'coordinator' } });
    expect(outcome.ok && outcome.messages).toEqual([
      'Quarantine restarted on 23 Nov after sneezing: planned end stays 22 Dec.',
      'Pip shares Bo’s cage and air: quarantine restarted on 23 Nov after sneezing: planned end stays 22 Dec.',
    ]);
    const rows = await t.db.select().from(quarantines).orderBy(quarantines.ratId);
    expect(rows.map((r) => [r.restartedOn, r.restartReason])).toEqual([
      ['2026-11-23', 'sneezing on 23 Nov'],
      ['2026-11-23', 'sneezing on 23 Nov in cage-mate Bo'],
    ]);
  });

  it('a sneeze moves both cage-mates’ planned ends when the restart runs past them', async () => {
    const { coordinator, bo, pip } = await cageMates();
    await insertQuarantine(t.db, { ratId: bo.id, startedOn: '2026-11-10', plannedEndOn: '2026-12-01' });
    await insertQuarantine(t.db, { ratId: pip.id, startedOn: '2026-11-12', plannedEndOn: '2026-12-03' });
    await recordHealthEvent(t.db, { ...symptom(pip.id, '2026-11-23'), actor: { id: coordinator.id, role: 'coordinator' } });
    const rows = await t.db.select().from(quarantines).orderBy(quarantines.ratId);
    expect(rows.map((r) => r.plannedEndOn)).toEqual(['2026-12-14', '2026-12-14']);
  });

  it('releasing one rat while a cage-mate stays in quarantine needs a confirmation naming the cage-mate', async () => {
    const { coordinator, bo, pip } = await cageMates();
    const q = await insertQuarantine(t.db, { ratId: bo.id, startedOn: '2026-10-20', plannedEndOn: '2026-11-10' });
    await insertQuarantine(t.db, { ratId: pip.id, startedOn: '2026-11-20', plannedEndOn: '2026-12-11' });
    const refusedFirst = await releaseQuarantine(t.db, { quarantineId: q.id, actorId: coordinator.id, now, policy });
    expect(refusedFirst).toMatchObject({ ok: false, needsConfirmation: true, reason: expect.stringContaining('Pip (until 11 Dec) stays in quarantine in Bo’s cage') });
    expect((await t.db.select().from(quarantines).where(isNull(quarantines.endedOn))).length).toBe(2);
    const confirmed = await releaseQuarantine(t.db, { quarantineId: q.id, actorId: coordinator.id, now, policy, cageMatesConfirmed: true });
    expect(confirmed.ok).toBe(true);
  });
});

describe(`release refusals on ${driverName()}`, () => {
  it('a release refused before the planned end names the symptom that restarted the clock and its date', async () => {
    const { coordinator, bo } = await cageMates();
    const q = await insertQuarantine(t.db, { ratId: bo.id, startedOn: '2026-11-01', plannedEndOn: '2026-12-09', restartedOn: '2026-11-18', restartReason: 'sneezing on 18 Nov' });
    await insertHealthEvent(t.db, { ratId: bo.id, kind: 'illness', occurredOn: '2026-11-18', symptoms: ['sneezing'], weightGrams: null });
    const result = await releaseQuarantine(t.db, { quarantineId: q.id, actorId: coordinator.id, now, policy });
    expect(result).toMatchObject({ ok: false, reason: 'Quarantine runs until 9 Dec, restarted after sneezing on 18 Nov (16 days left): release is possible from that day.' });
  });
});

describe(`homes that hold quarantined rats on ${driverName()}`, () => {
  it('a home holding quarantined rats cannot be switched to "cannot quarantine": refused naming the rats', async () => {
    const { coordinator, willow, bo, pip } = await cageMates();
    await insertQuarantine(t.db, { ratId: bo.id, startedOn: '2026-11-20', plannedEndOn: '2026-12-11' });
    await insertQuarantine(t.db, { ratId: pip.id, startedOn: '2026-11-20', plannedEndOn: '2026-12-11' });
    const values = Object.fromEntries(FOSTER_HOME_FIELDS.map((f) => [f, willow[f]])) as Parameters<typeof updateFosterHome>[1]['values'];
    const result = await updateFosterHome(t.db, { homeId: willow.id, version: willow.version, values: { ...values, canQuarantine: false }, actorId: coordinator.id });
    expect(result).toMatchObject({ ok: false, kind: 'holds_quarantined', reason: expect.stringMatching(/^Bo and Pip are in quarantine at Willow House/) });
    const [after] = await t.db.select().from(fosterHomes).where(and(eq(fosterHomes.id, willow.id)));
    expect(after.canQuarantine).toBe(true);
  });
});
