import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAlertRows } from '@/db/queries/alerts';
import { getPolicy } from '@/db/queries/settings';
import { seedDemo } from '@/db/seed/demo';
import {
  cageGroupMemberships,
  cageGroups,
  fosterHomes,
  handlingSessions,
  healthEvents,
  incidents,
  placements,
  quarantines,
  rats,
  users,
  watches,
} from '@/db/schema';
import type { Db } from '@/db/connect';
import { ALERT_KINDS, dashboardAlerts, type Alert, type AlertRows } from '@/lib/domain/alerts';
import { IN_CARE_STATUSES } from '@/lib/domain/vocabulary';
import { ALERT_NOW, seedEveryAlertKind } from '../fixtures/alert-builders';
import { createTestDb, driverName, type TestDb } from './helpers/test-db';

const now = new Date('2026-11-23T12:00:00Z');
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { now });
});
afterAll(async () => {
  await t.close();
});

/** The slow way: ask the database about each rat and each home on its own, then apply the same rules. */
type Collected = { [K in keyof AlertRows]: Array<AlertRows[K][number]> };

async function perRatRows(db: Db, now: Date, homeId?: number): Promise<AlertRows> {
  const rows: Collected = { quarantines: [], watches: [], cageMembers: [], handling: [], incidents: [], homes: [], males: [], weights: [] };
  const allRats = await db.select().from(rats);
  for (const rat of allRats) {
    const [placement] = await db.select().from(placements).where(and(eq(placements.ratId, rat.id), isNull(placements.endedAt)));
    if (homeId !== undefined && placement?.fosterHomeId !== homeId) continue;
    const named = { ratId: rat.id, ratName: rat.name };
    const inCare = (IN_CARE_STATUSES as readonly string[]).includes(rat.status);
    for (const q of await db.select().from(quarantines).where(and(eq(quarantines.ratId, rat.id), isNull(quarantines.endedOn)))) {
      rows.quarantines.push({ ...named, quarantineId: q.id, plannedEndOn: q.plannedEndOn, endedOn: q.endedOn });
    }
    for (const w of await db.select().from(watches).where(and(eq(watches.ratId, rat.id), isNull(watches.closedOn)))) {
      rows.watches.push({ ...named, kind: w.kind, dueOn: w.dueOn, closedOn: w.closedOn, litterId: w.litterId });
    }
    const [membership] = await db
      .select({ groupId: cageGroups.id, groupName: cageGroups.name, homeId: cageGroups.fosterHomeId })
      .from(cageGroupMemberships)
      .innerJoin(cageGroups, eq(cageGroups.id, cageGroupMemberships.cageGroupId))
      .where(and(eq(cageGroupMemberships.ratId, rat.id), isNull(cageGroupMemberships.leftAt)));
    const openQuarantine = (await db.select().from(quarantines).where(and(eq(quarantines.ratId, rat.id), isNull(quarantines.endedOn)))).length > 0;
    if (membership && inCare) {
      rows.cageMembers.push({
        ...named,
        cageGroupId: membership.groupId,
        cageGroupName: membership.groupName,
        fosterHomeId: membership.homeId,
        inQuarantine: openQuarantine,
        sex: rat.sex,
        neuteredOn: rat.neuteredOn,
        birthDate: rat.birthDate,
      });
    }
    if (placement && inCare) {
      const sessions = await db.select().from(handlingSessions).where(eq(handlingSessions.ratId, rat.id));
      const last = sessions.reduce<Date | null>((latest, s) => (!latest || s.sessionAt > latest ? s.sessionAt : latest), null);
      rows.handling.push({
        ...named,
        fosterHomeId: placement.fosterHomeId,
        lastHandledAt: last,
        inCareSince: placement.startedAt.toISOString().slice(0, 10),
        litterId: rat.litterId,
        birthDate: rat.birthDate,
      });
    }
    for (const i of await db.select().from(incidents).where(eq(incidents.ratId, rat.id))) {
      if (now.getTime() - i.occurredAt.getTime() <= 7 * 86_400_000) {
        rows.incidents.push({ ...named, fosterHomeId: i.fosterHomeId, biteGrade: i.biteGrade as 'bite' | 'severe', occurredAt: i.occurredAt });
      }
    }
    const events = await db.select().from(healthEvents).where(eq(healthEvents.ratId, rat.id));
    if (rat.sex === 'male' && !rat.neuteredOn && inCare) {
      const reviews = events.filter((e) => e.kind === 'neuter_review').map((e) => e.occurredOn).sort();
      rows.males.push({ ...named, sex: rat.sex, neuteredOn: null, birthDate: rat.birthDate, neuterReviewedOn: reviews.at(-1) ?? null });
    }
    if (inCare) {
      for (const e of events) if (e.kind === 'weight' && e.weightGrams) rows.weights.push({ ...named, occurredOn: e.occurredOn, weightGrams: e.weightGrams });
    }
  }
  for (const home of await db.select().from(fosterHomes)) {
    if (homeId !== undefined ? home.id !== homeId : !home.active) continue;
    const placed = await db.select().from(placements).where(and(eq(placements.fosterHomeId, home.id), isNull(placements.endedAt)));
    const groups = await db.select().from(cageGroups).where(and(eq(cageGroups.fosterHomeId, home.id), isNull(cageGroups.dissolvedAt)));
    let occupied = 0;
    for (const g of groups) {
      if ((await db.select().from(cageGroupMemberships).where(and(eq(cageGroupMemberships.cageGroupId, g.id), isNull(cageGroupMemberships.leftAt)))).length > 0) occupied++;
    }
    rows.homes.push({ fosterHomeId: home.id, name: home.name, capacityRats: home.capacityRats, capacityCages: home.capacityCages, ratsPlaced: placed.length, cageGroups: occupied });
  }
  return rows;
}

function countByKind(alerts: Alert[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of alerts) counts[a.kind] = (counts[a.kind] ?? 0) + 1;
  return counts;
}

describe(`dashboard alerts on ${driverName()}`, () => {
  it('the dashboard query counts match a slow per-rat computation on the demo rescue', async () => {
    const policy = await getPolicy(t.db);
    const fast = dashboardAlerts(await loadAlertRows(t.db, { scope: { kind: 'all' }, now, policy }), now, policy);
    const slow = dashboardAlerts(await perRatRows(t.db, now), now, policy);
    expect(countByKind(fast)).toEqual(countByKind(slow));
    expect(fast.map((a) => a.title).sort()).toEqual(slow.map((a) => a.title).sort());
    // The demo rescue is built to show each kind at least once.
    expect(Object.keys(countByKind(fast)).sort()).toEqual(
      expect.arrayContaining(['solo_rat', 'handling_stale', 'bites_this_week', 'weight_loss']),
    );
  });

  it('a foster sees only the alerts of their own home', async () => {
    const policy = await getPolicy(t.db);
    const [foster] = await t.db.select().from(users).where(eq(users.email, 'foster@ratwise.test'));
    const homeId = foster.fosterHomeId!;
    const fast = dashboardAlerts(await loadAlertRows(t.db, { scope: { kind: 'home', fosterHomeId: homeId }, now, policy }), now, policy);
    const slow = dashboardAlerts(await perRatRows(t.db, now, homeId), now, policy);
    expect(countByKind(fast)).toEqual(countByKind(slow));
    expect(fast.length).toBeGreaterThan(0);
    expect(fast.every((a) => a.fosterHomeId === undefined || a.fosterHomeId === homeId)).toBe(true);
  });
});

describe(`dashboard alerts against the per-rat computation for every kind, on ${driverName()}`, () => {
  let every: TestDb;
  beforeAll(async () => {
    every = await createTestDb();
    await seedEveryAlertKind(every.db);
  });
  afterAll(async () => {
    await every.close();
  });

  it('the dashboard query raises exactly the alerts of the per-rat computation, for every kind, where each kind is both present and absent', async () => {
    const policy = await getPolicy(every.db);
    const fast = dashboardAlerts(await loadAlertRows(every.db, { scope: { kind: 'all' }, now: ALERT_NOW, policy }), ALERT_NOW, policy);
    const slow = dashboardAlerts(await perRatRows(every.db, ALERT_NOW), ALERT_NOW, policy);
    expect(Object.keys(countByKind(slow)).sort()).toEqual([...ALERT_KINDS].sort());
    expect(countByKind(fast)).toEqual(countByKind(slow));
    expect(fast.map((a) => `${a.kind}: ${a.title}`).sort()).toEqual(slow.map((a) => `${a.kind}: ${a.title}`).sort());
  });
});
