import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadReportData } from '@/db/queries/reports';
import {
  adoptionRats,
  adoptions,
  adopters,
  fosterHomes,
  handlingSessions,
  incidents,
  intakes,
  placements,
  rats,
  ratStatusChanges,
  temperamentAssessments,
} from '@/db/schema';
import { addDays, daysBetween, toIsoDate } from '@/lib/domain/dates';
import { monthsOf, rangeDays, weeksOf, type ReportRange } from '@/lib/domain/reports';
import { currentTrustStep } from '@/lib/domain/trust-step';
import { INTAKE_SOURCE_TYPES, RAT_STATUSES, TEMPERAMENT_CATEGORIES } from '@/lib/domain/vocabulary';
import { insertFosterHome, insertRat } from '../fixtures/builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();
const now = new Date('2026-11-24T12:00:00Z');
const range: ReportRange = { from: '2026-05', to: '2026-11' };
const READY = 6;

/** A small deterministic generator, so the seeded rescue is the same on every run. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

/** Seeds a rescue with intakes, status histories, sessions, assessments, placements, adoptions, returns and bites. */
async function seedRescue() {
  const rnd = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const homes = [await insertFosterHome(t.db, { name: 'Willow', capacityRats: 8 }), await insertFosterHome(t.db, { name: 'Maple', capacityRats: 5 })];
  await insertFosterHome(t.db, { name: 'Closed', capacityRats: 9, active: false });
  const [adopter] = await t.db.insert(adopters).values({ name: 'A. Dopter' }).returning();
  for (let i = 0; i < 36; i++) {
    const intakeDay = addDays('2026-03-01', Math.floor(rnd() * 260));
    const [intake] = await t.db.insert(intakes).values({ intakeDate: intakeDay, sourceType: pick(INTAKE_SOURCE_TYPES.slice(0, 5)) }).returning();
    const rat = await insertRat(t.db, { intakeId: intake.id, status: 'intake' });
    const home = pick(homes);
    const changes: Array<{ to: (typeof RAT_STATUSES)[number]; on: string }> = [{ to: 'intake', on: intakeDay }];
    let day = intakeDay;
    const step = (days: number) => (day = addDays(day, days));
    await t.db.insert(placements).values({ ratId: rat.id, fosterHomeId: home.id, startedAt: at(intakeDay), reason: 'Intake', endedAt: null });
    if (rnd() < 0.85) changes.push({ to: 'in_care', on: step(1 + Math.floor(rnd() * 10)) });
    // Sessions climbing from 0 at a rat's own pace.
    const pace = 0.2 + rnd() * 0.6;
    const sessions = [];
    let level = 0;
    for (let d = addDays(intakeDay, 2); d < toIsoDate(now) && sessions.length < 30; d = addDays(d, 2 + Math.floor(rnd() * 3))) {
      level = Math.min(8, level + (rnd() < pace ? 1 : 0) - (rnd() < 0.1 ? 1 : 0));
      level = Math.max(0, level);
      sessions.push({ batchId: randomUUID(), ratId: rat.id, fosterHomeId: home.id, sessionAt: at(d, 18), durationMinutes: 15, highestStep: level, confidence: 3 });
    }
    if (sessions.length > 0) await t.db.insert(handlingSessions).values(sessions);
    if (rnd() < 0.7) {
      await t.db.insert(temperamentAssessments).values({ ratId: rat.id, assessedAt: at(addDays(intakeDay, 5)), approach: 3, handlingTolerance: 3, newSpaceConfidence: 3, ratSociability: 3, biteRisk: 'low', category: pick(TEMPERAMENT_CATEGORIES) });
    }
    if (rnd() < 0.2) await t.db.update(rats).set({ readinessOverrideReason: 'Experienced adopter', readinessOverrideAt: at(addDays(intakeDay, 20)) }).where(eq(rats.id, rat.id));
    if (rnd() < 0.3) await t.db.insert(incidents).values({ ratId: rat.id, biteGrade: rnd() < 0.3 ? 'severe' : 'bite', occurredAt: at(addDays(intakeDay, 10 + Math.floor(rnd() * 40))) });
    const last = changes.at(-1)!;
    if (last.to === 'in_care' && rnd() < 0.6) {
      changes.push({ to: 'available', on: step(20 + Math.floor(rnd() * 40)) });
      if (day < toIsoDate(now) && rnd() < 0.7) {
        changes.push({ to: 'reserved', on: step(3) });
        const adoptedOn = step(5);
        if (adoptedOn < toIsoDate(now)) {
          changes.push({ to: 'adopted', on: adoptedOn });
          const [adoption] = await t.db.insert(adoptions).values({ adopterId: adopter.id, adoptedOn }).returning();
          const returned = rnd() < 0.3 ? step(10 + Math.floor(rnd() * 30)) : null;
          await t.db.insert(adoptionRats).values({ adoptionId: adoption.id, ratId: rat.id, returnedOn: returned && returned < toIsoDate(now) ? returned : null, returnReason: returned && returned < toIsoDate(now) ? 'Allergy' : null });
          await t.db.update(placements).set({ endedAt: at(adoptedOn) }).where(eq(placements.ratId, rat.id));
        }
      }
    }
    const valid = changes.filter((c) => c.on < toIsoDate(now));
    await t.db.insert(ratStatusChanges).values(valid.map((c, k) => ({ ratId: rat.id, fromStatus: k === 0 ? null : valid[k - 1].to, toStatus: c.to, changedAt: at(c.on, 9), reason: 'Seeded' })));
  }
}

/** The slow way: read every row and compute each figure in plain JavaScript. */
async function reference() {
  const [allRats, allIntakes, changes, sessions, assessments, allAdoptions, links, allIncidents, allPlacements, homes] = await Promise.all([
    t.db.select().from(rats),
    t.db.select().from(intakes),
    t.db.select().from(ratStatusChanges),
    t.db.select().from(handlingSessions),
    t.db.select().from(temperamentAssessments),
    t.db.select().from(adoptions),
    t.db.select().from(adoptionRats),
    t.db.select().from(incidents),
    t.db.select().from(placements),
    t.db.select().from(fosterHomes),
  ]);
  const months = monthsOf(range);
  const { start, end } = rangeDays(range);
  const monthEnd = (m: string) => {
    const [y, mo] = m.split('-').map(Number);
    const e = new Date(Date.UTC(y, mo, 1));
    return e > now ? now : e;
  };
  const status = months.flatMap((m) => {
    const e = monthEnd(m);
    const counts = new Map<string, number>();
    for (const r of allRats) {
      const latest = changes.filter((c) => c.ratId === r.id && c.changedAt < e).sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime() || b.id - a.id)[0];
      if (latest) counts.set(latest.toStatus, (counts.get(latest.toStatus) ?? 0) + 1);
    }
    return [...counts].map(([s, n]) => ({ month: m, status: s, n }));
  });
  const intakeOf = new Map(allIntakes.map((i) => [i.id, i]));
  const inRange = (d: string) => d >= start && d < end;
  const byMonth = (days: string[]) => months.map((m) => ({ month: m, n: days.filter((d) => d.slice(0, 7) === m).length })).filter((r) => r.n > 0);
  const adoptionOf = new Map(allAdoptions.map((a) => [a.id, a]));
  const readyOn = (ratId: number, override: Date | null) => {
    const mine = sessions.filter((s) => s.ratId === ratId).sort((a, b) => a.sessionAt.getTime() - b.sessionAt.getTime() || a.id - b.id);
    let first: string | null = null;
    for (let k = 0; k < mine.length && !first; k++) if ((currentTrustStep(mine.slice(0, k + 1)) ?? 0) >= READY) first = toIsoDate(mine[k].sessionAt);
    const o = override ? toIsoDate(override) : null;
    return first && o ? (first < o ? first : o) : (first ?? o);
  };
  const median = (xs: number[]) => {
    if (xs.length === 0) return null;
    const s = [...xs].sort((a, b) => a - b);
    const mid = (s.length - 1) / 2;
    return (s[Math.floor(mid)] + s[Math.ceil(mid)]) / 2;
  };
  const medians = (groupOf: (r: (typeof allRats)[number]) => string) => {
    const groups = new Map<string, { ready: number[]; adopted: number[] }>();
    for (const r of allRats) {
      const intake = r.intakeId ? intakeOf.get(r.intakeId) : undefined;
      if (!intake) continue;
      const g = groups.get(groupOf(r)) ?? { ready: [], adopted: [] };
      const ready = readyOn(r.id, r.readinessOverrideAt);
      if (ready && inRange(ready)) g.ready.push(daysBetween(intake.intakeDate, ready));
      const adopted = links.filter((l) => l.ratId === r.id).map((l) => adoptionOf.get(l.adoptionId)!.adoptedOn).sort()[0];
      if (adopted && inRange(adopted)) g.adopted.push(daysBetween(intake.intakeDate, adopted));
      groups.set(groupOf(r), g);
    }
    return [...groups].map(([group, g]) => ({ group, toReady: median(g.ready), readyCount: g.ready.length, toAdoption: median(g.adopted), adoptedCount: g.adopted.length }));
  };
  const latestCategory = (ratId: number) => assessments.filter((a) => a.ratId === ratId).sort((a, b) => b.assessedAt.getTime() - a.assessedAt.getTime() || b.id - a.id)[0]?.category ?? 'not_assessed';
  const weeks = new Set(weeksOf(range));
  const mondayOf = (d: Date) => addDays(toIsoDate(d), -((d.getUTCDay() + 6) % 7));
  const sessionCounts = new Map<string, number>();
  for (const s of sessions) {
    const d = toIsoDate(s.sessionAt);
    if (!inRange(d) || s.fosterHomeId === null) continue;
    const key = `${mondayOf(s.sessionAt)}|${s.fosterHomeId}`;
    sessionCounts.set(key, (sessionCounts.get(key) ?? 0) + 1);
  }
  const returnsIn = links.filter((l) => l.returnedOn && inRange(l.returnedOn));
  return {
    status,
    intakes: byMonth(allRats.flatMap((r) => (r.intakeId ? [intakeOf.get(r.intakeId)!.intakeDate] : [])).filter(inRange)),
    adoptions: byMonth(links.map((l) => adoptionOf.get(l.adoptionId)!.adoptedOn).filter(inRange)),
    bySource: medians((r) => intakeOf.get(r.intakeId!)!.sourceType),
    byTemperament: medians((r) => latestCategory(r.id)),
    sessions: [...sessionCounts].map(([k, n]) => ({ week: k.split('|')[0], fosterHomeId: Number(k.split('|')[1]), n })).filter((r) => weeks.has(r.week)),
    capacity: {
      rows: months.map((m) => ({ month: m, placed: allPlacements.filter((p) => p.startedAt < monthEnd(m) && (p.endedAt === null || p.endedAt >= monthEnd(m))).length })),
      capacity: homes.filter((h) => h.active).reduce((a, h) => a + h.capacityRats, 0),
    },
    bites: months.flatMap((m) =>
      (['bite', 'severe'] as const).map((grade) => ({ month: m, grade, n: allIncidents.filter((i) => i.biteGrade === grade && toIsoDate(i.occurredAt).slice(0, 7) === m).length })).filter((r) => r.n > 0),
    ),
    returns: months
      .map((m) => {
        const mine = returnsIn.filter((l) => l.returnedOn!.slice(0, 7) === m);
        return { month: m, n: mine.length, medianDaysAway: median(mine.map((l) => daysBetween(adoptionOf.get(l.adoptionId)!.adoptedOn, l.returnedOn!))) };
      })
      .filter((r) => r.n > 0),
  };
}

const sortBy = <T>(rows: readonly T[], key: (r: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

describe(`report aggregates on ${driverName()}`, () => {
  let data: Awaited<ReturnType<typeof loadReportData>>;
  let expected: Awaited<ReturnType<typeof reference>>;

  beforeEach(async () => {
    await seedRescue();
    [data, expected] = await Promise.all([loadReportData(t.db, { range, now, readyStep: READY }), reference()]);
  });

  it('the seeded rescue has something in every report', () => {
    for (const rows of [expected.status, expected.intakes, expected.adoptions, expected.sessions, expected.bites, expected.returns]) expect(rows.length).toBeGreaterThan(0);
    expect(expected.bySource.some((g) => g.readyCount > 0)).toBe(true);
  });

  it('rats by status at each month end equal the slow count', () => {
    expect(sortBy(data.status, (r) => `${r.month}${r.status}`)).toEqual(sortBy(expected.status, (r) => `${r.month}${r.status}`));
  });

  it('intakes and adoptions per month equal the slow count', () => {
    expect(sortBy(data.intakes, (r) => r.month)).toEqual(expected.intakes);
    expect(sortBy(data.adoptions, (r) => r.month)).toEqual(expected.adoptions);
  });

  it('median days to ready and to adoption, by source and by temperament, equal the slow medians', () => {
    expect(sortBy(data.bySource, (r) => r.group)).toEqual(sortBy(expected.bySource, (r) => r.group));
    expect(sortBy(data.byTemperament, (r) => r.group)).toEqual(sortBy(expected.byTemperament, (r) => r.group));
  });

  it('sessions per home per week, capacity use, bites and returns equal the slow counts', () => {
    expect(sortBy(data.sessions, (r) => `${r.week}${r.fosterHomeId}`)).toEqual(sortBy(expected.sessions, (r) => `${r.week}${r.fosterHomeId}`));
    expect({ rows: sortBy(data.capacity.rows, (r) => r.month), capacity: data.capacity.capacity }).toEqual(expected.capacity);
    expect(sortBy(data.bites, (r) => `${r.month}${r.grade}`)).toEqual(sortBy(expected.bites, (r) => `${r.month}${r.grade}`));
    expect(sortBy(data.returns, (r) => r.month)).toEqual(expected.returns);
  });
});
