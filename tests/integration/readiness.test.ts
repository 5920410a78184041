import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { refreshHandlingSummaries } from '@/db/queries/handling-sessions';
import { listWentBackwards } from '@/db/queries/progress';
import { getReadiness, listReadyCandidates, markRatsAvailable, setReadinessOverride } from '@/db/queries/readiness';
import { loadReadinessAlerts } from '@/db/queries/readiness-alerts';
import { adopters, auditLog, handlingSessions, healthEvents, incidents, pairProposalRats, pairProposals, rats, ratStatusChanges } from '@/db/schema';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { insertCageGroup, insertCageGroupMembership, insertFosterHome, insertPlacement, insertQuarantine, insertRat, insertUser } from '../fixtures/builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();
const now = new Date('2026-11-24T12:00:00Z');
const all = { kind: 'all' as const };

async function sessions(ratId: number, steps: number[], lastDay = 22, every = 1) {
  await t.db.insert(handlingSessions).values(
    steps.map((highestStep, i) => ({
      batchId: randomUUID(),
      ratId,
      sessionAt: new Date(Date.UTC(2026, 10, lastDay - (steps.length - 1 - i) * every, 18)),
      durationMinutes: 15,
      highestStep,
      confidence: 3,
    })),
  );
  await refreshHandlingSummaries(t.db, [ratId]);
}

/** A rat in a cage in a home, handled to step 6, checked this month. */
async function readyRat(name: string, cageGroupId: number, fosterHomeId: number) {
  const rat = await insertRat(t.db, { name });
  await insertPlacement(t.db, { ratId: rat.id, fosterHomeId });
  await insertCageGroupMembership(t.db, { cageGroupId, ratId: rat.id });
  await sessions(rat.id, [6, 6, 7]);
  await t.db.insert(healthEvents).values({ ratId: rat.id, kind: 'health_check', occurredOn: '2026-11-01' });
  return rat;
}

async function setup() {
  const home = await insertFosterHome(t.db, { name: 'Willow' });
  const cage = await insertCageGroup(t.db, { fosterHomeId: home.id, name: 'Top cage' });
  const pip = await readyRat('Pip', cage.id, home.id);
  const mo = await readyRat('Mo', cage.id, home.id);
  const coordinator = await insertUser(t.db, { role: 'coordinator', name: 'Cora' });
  return { home, cage, pip, mo, coordinator };
}

describe(`readiness queries on ${driverName()}`, () => {
  it('two ready cage-mates are each ready, with the other as companion', async () => {
    const { pip, mo } = await setup();
    const r = await getReadiness(t.db, { ratIds: [pip.id, mo.id], now, policy: DEFAULT_POLICY });
    expect(r.get(pip.id)!.ready).toBe(true);
    expect(r.get(pip.id)!.items.find((i) => i.key === 'companion')!.reason).toBe('Cage-mate Mo is ready too.');
  });

  it("a cage-mate's quarantine makes it unready and takes the companion away from the other", async () => {
    const { pip, mo } = await setup();
    await insertQuarantine(t.db, { ratId: mo.id, startedOn: '2026-11-20' });
    const r = await getReadiness(t.db, { ratIds: [pip.id], now });
    expect(r.get(pip.id)!.ready).toBe(false);
    expect(r.get(pip.id)!.items.find((i) => i.key === 'companion')).toMatchObject({ met: false });
  });

  it('reads bites, weight loss and the latest health check from the database', async () => {
    const { pip } = await setup();
    await t.db.insert(incidents).values({ ratId: pip.id, biteGrade: 'bite', occurredAt: new Date('2026-11-10T10:00:00Z') });
    await t.db.insert(healthEvents).values([
      { ratId: pip.id, kind: 'weight', occurredOn: '2026-11-01', weightGrams: 300 },
      { ratId: pip.id, kind: 'weight', occurredOn: '2026-11-20', weightGrams: 250 },
    ]);
    const items = (await getReadiness(t.db, { ratIds: [pip.id], now })).get(pip.id)!.items;
    expect(items.filter((i) => !i.met).map((i) => i.key)).toEqual(['no_recent_bite', 'weight']);
  });

  it('an approved pair proposal, or one naming an approved adopter with rats, is a companion', async () => {
    const home = await insertFosterHome(t.db);
    const cage = await insertCageGroup(t.db, { fosterHomeId: home.id });
    const lone = await readyRat('Lone', cage.id, home.id);
    expect((await getReadiness(t.db, { ratIds: [lone.id], now })).get(lone.id)!.ready).toBe(false);
    const [adopter] = await t.db.insert(adopters).values({ name: 'Sam Lee', approval: 'approved', existingRatsCount: 2, existingRatsFemales: 2 }).returning();
    const [proposal] = await t.db.insert(pairProposals).values({ status: 'approved', score: 80, adopterId: adopter.id }).returning();
    await t.db.insert(pairProposalRats).values({ pairProposalId: proposal.id, ratId: lone.id });
    const r = (await getReadiness(t.db, { ratIds: [lone.id], now })).get(lone.id)!;
    expect(r.ready).toBe(true);
    expect(r.items.find((i) => i.key === 'companion')!.reason).toContain('Sam Lee');
  });

  it('an override records its reason, bumps the version, is audited and can be revoked', async () => {
    const { coordinator, home, cage } = await setup();
    const shy = await insertRat(t.db, { name: 'Shy' });
    await insertPlacement(t.db, { ratId: shy.id, fosterHomeId: home.id });
    await insertCageGroupMembership(t.db, { cageGroupId: cage.id, ratId: shy.id });
    await sessions(shy.id, [3, 4, 4]);
    await t.db.insert(healthEvents).values({ ratId: shy.id, kind: 'vet_visit', occurredOn: '2026-11-15' });
    expect((await getReadiness(t.db, { ratIds: [shy.id], now })).get(shy.id)!.ready).toBe(false);

    expect(await setReadinessOverride(t.db, { ratId: shy.id, expectedVersion: shy.version + 5, reason: 'x', actorId: coordinator.id, now })).toEqual({ ok: false, reason: 'stale' });
    expect(await setReadinessOverride(t.db, { ratId: shy.id, expectedVersion: shy.version, reason: 'Experienced adopter waiting', actorId: coordinator.id, now })).toMatchObject({ ok: true });
    const r = (await getReadiness(t.db, { ratIds: [shy.id], now })).get(shy.id)!;
    expect(r.ready).toBe(true);
    expect(r.override).toMatchObject({ reason: 'Experienced adopter waiting', byName: 'Cora' });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.ratId, shy.id));
    expect(audit.map((a) => a.summary)).toEqual(['Declared Shy ready below the ready step: Experienced adopter waiting']);

    await setReadinessOverride(t.db, { ratId: shy.id, expectedVersion: shy.version + 1, reason: null, actorId: coordinator.id, now });
    expect((await getReadiness(t.db, { ratIds: [shy.id], now })).get(shy.id)!.ready).toBe(false);
  });

  it('marks ready cage-mates available in one transaction with status history; a stale rat changes none', async () => {
    const { pip, mo, coordinator } = await setup();
    const stale = await markRatsAvailable(t.db, {
      rats: [
        { ratId: pip.id, expectedVersion: pip.version, from: 'in_care' },
        { ratId: mo.id, expectedVersion: mo.version + 1, from: 'in_care' },
      ],
      actorId: coordinator.id,
      now,
    });
    expect(stale.ok).toBe(false);
    expect((await t.db.select().from(rats)).map((r) => r.status)).toEqual(['in_care', 'in_care']);
    const done = await markRatsAvailable(t.db, {
      rats: [
        { ratId: pip.id, expectedVersion: pip.version, from: 'in_care' },
        { ratId: mo.id, expectedVersion: mo.version, from: 'in_care' },
      ],
      actorId: coordinator.id,
      now,
    });
    expect(done.ok).toBe(true);
    expect((await t.db.select().from(rats)).map((r) => r.status)).toEqual(['available', 'available']);
    expect(await t.db.select().from(ratStatusChanges)).toHaveLength(2);
  });

  it('the ready list candidates leave out rats in quarantine or without a recent health check', async () => {
    const { pip, mo } = await setup();
    await insertQuarantine(t.db, { ratId: mo.id, startedOn: '2026-11-20' });
    const candidates = await listReadyCandidates(t.db, { now, filters: {} });
    expect(candidates.map((c) => c.name)).toEqual(['Pip']);
    expect(candidates[0]).toMatchObject({ ratId: pip.id, cageGroupName: 'Top cage', homeName: 'Willow' });
  });

  it('an available rat that bit raises the available-but-not-ready alert', async () => {
    const { pip } = await setup();
    await t.db.update(rats).set({ status: 'available' }).where(eq(rats.id, pip.id));
    await t.db.insert(incidents).values({ ratId: pip.id, biteGrade: 'severe', occurredAt: new Date('2026-11-23T10:00:00Z') });
    const alerts = await loadReadinessAlerts(t.db, { scope: all, now, policy: DEFAULT_POLICY, backwards: true });
    expect(alerts.map((a) => [a.kind, a.title])).toEqual([['available_not_ready', 'Pip is available but no longer ready']]);
  });

  it('names a rat whose derived step fell over the last two weeks, matching the step rule', async () => {
    const home = await insertFosterHome(t.db);
    const falling = await insertRat(t.db, { name: 'Falling' });
    const steady = await insertRat(t.db, { name: 'Steady' });
    await insertPlacement(t.db, { ratId: falling.id, fosterHomeId: home.id });
    await insertPlacement(t.db, { ratId: steady.id, fosterHomeId: home.id });
    await sessions(falling.id, [5, 5, 5, 5, 3, 2, 3, 2, 2], 22, 3);
    await sessions(steady.id, [3, 3, 4, 4, 4, 5, 5, 5], 22, 3);
    const rows = await listWentBackwards(t.db, { scope: all, now });
    expect(rows).toEqual([{ ratId: falling.id, ratName: 'Falling', fosterHomeId: home.id, stepThen: 5, stepNow: 2 }]);
  });
});
