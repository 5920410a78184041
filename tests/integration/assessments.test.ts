import { randomUUID } from 'node:crypto';
import { and, eq, isNull, lte } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAssessment, listAssessments } from '@/db/queries/assessments';
import { loadHandlingPlanInput } from '@/db/queries/handling-plan';
import { acknowledgeIncident, listHandlingReportPage, listIncidentsToReview, loadHandlingReportRows } from '@/db/queries/handling-report';
import { getPolicy } from '@/db/queries/settings';
import { seedDemo } from '@/db/seed/demo';
import { auditLog, handlingSessions, incidents, placements, rats, temperamentAssessments, users } from '@/db/schema';
import type { RatScope } from '@/lib/domain/access';
import { handlingReport, reportWeeks, weekIndexOf } from '@/lib/domain/handling-report';
import { handlingFreshness } from '@/lib/domain/handling';
import { currentTrustStep } from '@/lib/domain/trust-step';
import { IN_CARE_STATUSES } from '@/lib/domain/vocabulary';
import type { TemperamentAssessmentInput } from '@/lib/validation/handling';
import { insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { createTestDb, driverName, type TestDb } from './helpers/test-db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

const now = new Date('2026-11-23T12:00:00Z');

const input: TemperamentAssessmentInput = {
  approach: 2,
  handlingTolerance: 1,
  newSpaceConfidence: 3,
  ratSociability: 5,
  biteRisk: 'medium',
  backgroundCauses: ['lack_of_early_handling'],
  fearTriggers: ['hands_in_cage', 'loud_noises'],
  category: 'fearful',
  notes: 'Freezes when a hand comes in from above.',
};

async function twoHomes() {
  const willow = await insertFosterHome(t.db, { name: 'Willow' });
  const maple = await insertFosterHome(t.db, { name: 'Maple' });
  const fran = await insertUser(t.db, { role: 'foster', fosterHomeId: willow.id, name: 'Fran' });
  const pip = await insertRat(t.db, { name: 'Pip' });
  const moss = await insertRat(t.db, { name: 'Moss' });
  const pipPlacement = await insertPlacement(t.db, { ratId: pip.id, fosterHomeId: willow.id });
  await insertPlacement(t.db, { ratId: moss.id, fosterHomeId: maple.id });
  const franScope: RatScope = { kind: 'home', fosterHomeId: willow.id };
  return { willow, maple, fran, franScope, pip, moss, pipPlacement };
}

async function counts() {
  const [assessments, audits] = await Promise.all([t.db.select().from(temperamentAssessments), t.db.select().from(auditLog)]);
  return { assessments: assessments.length, audits: audits.length };
}

describe(`temperament assessments on ${driverName()}`, () => {
  beforeEach(async () => {
    await t.reset();
  });

  it('a create writes one row on the current scale (version 1, 1 to 5) and one audit entry', async () => {
    const { fran, franScope, pip, willow } = await twoHomes();
    const created = await createAssessment(t.db, { ratId: pip.id, scope: franScope, actorId: fran.id, input, now });
    expect(created).not.toBeNull();

    const rows = await t.db.select().from(temperamentAssessments);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: created!.id,
      ratId: pip.id,
      assessedBy: fran.id,
      assessedAt: now,
      scaleVersion: 1,
      scaleMax: 5,
      ...input,
    });

    const audit = await t.db.select().from(auditLog);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: fran.id,
      action: 'create',
      entityType: 'temperament_assessment',
      entityId: created!.id,
      ratId: pip.id,
      fosterHomeId: willow.id,
      summary: 'Assessed Pip: fearful, medium bite risk',
    });
    expect(audit[0].changes).toMatchObject({ scaleMax: { from: null, to: 5 }, category: { from: null, to: 'fearful' } });
  });

  it('staff may assess a rat of any home', async () => {
    const { moss } = await twoHomes();
    const staff = await insertUser(t.db, { role: 'staff' });
    expect(await createAssessment(t.db, { ratId: moss.id, scope: { kind: 'all' }, actorId: staff.id, input, now })).not.toBeNull();
    expect((await counts()).assessments).toBe(1);
  });

  it("a foster's create for a rat of another home is refused by the scoped query and writes nothing", async () => {
    const { fran, franScope, moss } = await twoHomes();
    expect(await createAssessment(t.db, { ratId: moss.id, scope: franScope, actorId: fran.id, input, now })).toBeNull();
    expect(await counts()).toEqual({ assessments: 0, audits: 0 });
  });

  it("a foster's create for a rat moved out of their home after the page was opened is refused and writes nothing", async () => {
    const { fran, franScope, maple, pip, pipPlacement } = await twoHomes();
    // The form was opened while Pip lived at Willow…
    await t.db.update(placements).set({ endedAt: new Date('2026-11-23T11:00:00Z'), endReason: 'Moved' }).where(eq(placements.id, pipPlacement.id));
    await insertPlacement(t.db, { ratId: pip.id, fosterHomeId: maple.id, startedAt: new Date('2026-11-23T11:00:00Z') });
    // …and submitted after the move.
    expect(await createAssessment(t.db, { ratId: pip.id, scope: franScope, actorId: fran.id, input, now })).toBeNull();
    expect(await counts()).toEqual({ assessments: 0, audits: 0 });
  });

  it('a foster with no home linked can assess nobody', async () => {
    const { fran, pip } = await twoHomes();
    expect(await createAssessment(t.db, { ratId: pip.id, scope: { kind: 'none' }, actorId: fran.id, input, now })).toBeNull();
    expect((await counts()).assessments).toBe(0);
  });

  it('past assessments keep the scale they were made on; a new one never rewrites them', async () => {
    const { fran, franScope, pip } = await twoHomes();
    await t.db.insert(temperamentAssessments).values({
      ratId: pip.id,
      assessedAt: new Date('2026-10-01T18:00:00Z'),
      scaleVersion: 0,
      scaleMax: 10,
      approach: 7,
      handlingTolerance: 9,
      newSpaceConfidence: 2,
      ratSociability: 10,
      biteRisk: 'low',
      category: 'shy',
    });
    await createAssessment(t.db, { ratId: pip.id, scope: franScope, actorId: fran.id, input, now });
    const listed = await listAssessments(t.db, { ratId: pip.id });
    expect(listed.map((a) => [a.scaleVersion, a.scaleMax, a.approach])).toEqual([
      [1, 5, 2],
      [0, 10, 7],
    ]);
    expect(listed[0].assessorName).toBe('Fran');
  });
});

describe(`handling plan input on ${driverName()}`, () => {
  beforeEach(async () => {
    await t.reset();
  });

  it('gathers the derived step, the latest assessment and the last sessions up to now, with the rat’s sex and dates', async () => {
    const home = await insertFosterHome(t.db);
    const rat = await insertRat(t.db, { sex: 'male', birthDate: '2026-03-01', neuteredOn: null });
    const session = (day: number, highestStep: number, biteGrade: 'none' | 'nip' = 'none') => ({
      batchId: randomUUID(),
      ratId: rat.id,
      fosterHomeId: home.id,
      sessionAt: new Date(Date.UTC(2026, 10, day, 19)),
      durationMinutes: 15,
      highestStep,
      confidence: 3,
      biteGrade,
    });
    await t.db.insert(handlingSessions).values([session(10, 1), session(18, 4), session(20, 3, 'nip'), session(22, 4), session(24, 8)]);
    const assessment = (day: number, category: 'shy' | 'defensive') => ({
      ratId: rat.id,
      assessedAt: new Date(Date.UTC(2026, 10, day, 18)),
      approach: 2,
      handlingTolerance: 2,
      newSpaceConfidence: 2,
      ratSociability: 4,
      biteRisk: 'medium' as const,
      category,
      fearTriggers: ['rustling' as const],
    });
    await t.db.insert(temperamentAssessments).values([assessment(1, 'shy'), assessment(21, 'defensive')]);

    const plan = await loadHandlingPlanInput(t.db, { ratId: rat.id, now });
    expect(plan).not.toBeNull();
    expect(plan!.rat).toEqual({ sex: 'male', birthDate: '2026-03-01', neuteredOn: null });
    // The session on the 24th is after `now` and is not read.
    expect(plan!.sessions.map((s) => s.highestStep)).toEqual([4, 3, 4]);
    expect(plan!.step).toBe(4);
    expect(plan!.temperament).toEqual({ biteRisk: 'medium', category: 'defensive', fearTriggers: ['rustling'], backgroundCauses: [] });
  });

  it('is null for a rat that does not exist', async () => {
    expect(await loadHandlingPlanInput(t.db, { ratId: 999, now })).toBeNull();
  });
});

describe(`bite incidents on ${driverName()}`, () => {
  beforeEach(async () => {
    await t.reset();
  });

  it('acknowledging sets who and when, once, with an audit entry', async () => {
    const home = await insertFosterHome(t.db);
    const rat = await insertRat(t.db, { name: 'Badger' });
    const coordinator = await insertUser(t.db, { role: 'coordinator', name: 'Cora' });
    const [incident] = await t.db
      .insert(incidents)
      .values({ ratId: rat.id, fosterHomeId: home.id, biteGrade: 'bite', occurredAt: new Date('2026-11-21T19:00:00Z') })
      .returning();

    expect(await acknowledgeIncident(t.db, { incidentId: incident.id, actorId: coordinator.id, now })).toEqual({ ok: true, ratName: 'Badger' });
    const [stored] = await t.db.select().from(incidents);
    expect(stored).toMatchObject({ acknowledgedBy: coordinator.id, acknowledgedAt: now });
    const audit = await t.db.select().from(auditLog);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'update', entityType: 'incident', entityId: incident.id, ratId: rat.id, fosterHomeId: home.id });

    const again = await acknowledgeIncident(t.db, { incidentId: incident.id, actorId: coordinator.id, now: new Date('2026-11-23T13:00:00Z') });
    expect(again).toEqual({ ok: false, reason: 'already_acknowledged', by: 'Cora' });
    expect((await t.db.select().from(incidents))[0].acknowledgedAt).toEqual(now);
    expect(await t.db.select().from(auditLog)).toHaveLength(1);
    expect(await acknowledgeIncident(t.db, { incidentId: 999, actorId: coordinator.id, now })).toEqual({ ok: false, reason: 'not_found' });
  });

  it('with more bites to review than the report shows, the most urgent are listed and every one is counted', async () => {
    const home = await insertFosterHome(t.db);
    const rat = await insertRat(t.db, { name: 'Nipper' });
    const coordinator = await insertUser(t.db, { role: 'coordinator' });
    const day = (d: number) => new Date(Date.UTC(2026, 9, d, 10));
    // 25 old bites nobody acknowledged (October), and 3 acknowledged ones this week.
    await t.db.insert(incidents).values(Array.from({ length: 25 }, (_, i) => ({ ratId: rat.id, fosterHomeId: home.id, biteGrade: 'bite' as const, occurredAt: day(i + 1) })));
    await t.db.insert(incidents).values(
      [20, 21, 22].map((d) => ({ ratId: rat.id, fosterHomeId: home.id, biteGrade: 'bite' as const, occurredAt: new Date(Date.UTC(2026, 10, d, 10)), acknowledgedAt: now, acknowledgedBy: coordinator.id })),
    );
    // An old acknowledged bite is done with: neither listed nor counted.
    await t.db.insert(incidents).values({ ratId: rat.id, fosterHomeId: home.id, biteGrade: 'bite', occurredAt: day(30), acknowledgedAt: now, acknowledgedBy: coordinator.id });

    const { rows, total } = await listIncidentsToReview(t.db, { now, limit: 20 });
    expect(total).toBe(28);
    expect(rows).toHaveLength(20);
    expect(rows.every((r) => r.acknowledgedAt === null)).toBe(true);
    expect(rows[0].occurredAt).toEqual(day(25));
    expect(rows[19].occurredAt).toEqual(day(6));
  });
});

describe(`handling report on the demo rescue on ${driverName()}`, () => {
  beforeAll(async () => {
    await t.reset();
    await seedDemo(t.db, { now });
  });

  /** The slow way: ask the database about each rat on its own, then count its sessions into weeks. */
  async function perRat() {
    const weeks = reportWeeks(now);
    const result = new Map<number, { homeId: number; weeks: number[]; step: number | null; lastHandledAt: Date | null }>();
    for (const rat of await t.db.select().from(rats)) {
      if (!(IN_CARE_STATUSES as readonly string[]).includes(rat.status)) continue;
      const [placement] = await t.db.select().from(placements).where(and(eq(placements.ratId, rat.id), isNull(placements.endedAt)));
      if (!placement) continue;
      const sessions = await t.db
        .select()
        .from(handlingSessions)
        .where(and(eq(handlingSessions.ratId, rat.id), lte(handlingSessions.sessionAt, now)));
      const counts = weeks.map(() => 0);
      for (const s of sessions) {
        if (s.sessionAt < placement.startedAt) continue;
        const index = weekIndexOf(s.sessionAt.toISOString().slice(0, 10), weeks);
        if (index >= 0) counts[index]++;
      }
      const last = sessions.reduce<Date | null>((latest, s) => (!latest || s.sessionAt > latest ? s.sessionAt : latest), null);
      result.set(rat.id, { homeId: placement.fosterHomeId, weeks: counts, step: currentTrustStep(sessions), lastHandledAt: last });
    }
    return result;
  }

  it('the report pages by rats: the pages together hold every reported rat once, home by home, and a home filter keeps one home', async () => {
    const all = handlingReport(await loadHandlingReportRows(t.db, { now }), now, await getPolicy(t.db));
    const everyRat = all.homes.flatMap((h) => h.rats.map((r) => r.ratId));
    const paged: number[] = [];
    for (let page = 1; page <= 20; page++) paged.push(...(await listHandlingReportPage(t.db, { homeId: null, page, perPage: 7 })).ratIds);
    expect(paged.toSorted((a, b) => a - b)).toEqual(everyRat.toSorted((a, b) => a - b));
    const first = await listHandlingReportPage(t.db, { homeId: null, page: 1, perPage: 7 });
    expect(first.totalRats).toBe(everyRat.length);
    const home = all.homes.find((h) => h.rats.length > 0)!;
    const one = await listHandlingReportPage(t.db, { homeId: home.fosterHomeId, page: 1, perPage: 100 });
    expect(one).toEqual({ ratIds: expect.any(Array), homeIds: [home.fosterHomeId], totalRats: home.rats.length });
    expect(one.ratIds.toSorted((a, b) => a - b)).toEqual(home.rats.map((r) => r.ratId).toSorted((a, b) => a - b));
  });

  it('the report query’s counts, steps and last sessions match a per-rat computation', async () => {
    const policy = await getPolicy(t.db);
    const report = handlingReport(await loadHandlingReportRows(t.db, { now }), now, policy);
    const slow = await perRat();

    const reported = report.homes.flatMap((h) => h.rats.map((r) => ({ ...r, homeId: h.fosterHomeId })));
    expect(reported.length).toBeGreaterThan(20);
    expect(reported.map((r) => r.ratId).sort((a, b) => a - b)).toEqual([...slow.keys()].sort((a, b) => a - b));
    for (const r of reported) {
      const expected = slow.get(r.ratId)!;
      expect({ rat: r.name, homeId: r.homeId, weeks: r.weeks.map((n) => n ?? 0), step: r.step }).toEqual({
        rat: r.name,
        homeId: expected.homeId,
        weeks: expected.weeks,
        step: expected.step,
      });
      expect(r.freshness).toEqual(handlingFreshness(expected.lastHandledAt, now, policy));
    }
    // The demo has six weeks of sessions in every home that has rats, and someone to flag.
    expect(report.homes.map((h) => h.name)).toEqual(expect.arrayContaining(['Willow House', 'Maple Cottage', 'Birch Flat', 'Oak Barn']));
    expect(report.homes.every((h) => h.rats.length === 0 || h.weekTotals.reduce((a, b) => a + b, 0) > 0)).toBe(true);
    expect(reported.some((r) => r.freshness.stale)).toBe(true);
  });

  it("lists this week's bite at Willow House for review", async () => {
    const { rows: list } = await listIncidentsToReview(t.db, { now });
    const [foster] = await t.db.select().from(users).where(eq(users.email, 'foster@ratwise.test'));
    expect(list.length).toBeGreaterThan(0);
    expect(list[0]).toMatchObject({ ratName: 'Badger', homeName: 'Willow House', biteGrade: 'bite', acknowledgedAt: null });
    expect(foster.fosterHomeId).not.toBeNull();
  });
});
