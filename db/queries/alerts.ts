import { and, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import {
  cageGroupMemberships,
  cageGroups,
  fosterHomes,
  healthEvents,
  incidents,
  placements,
  quarantines,
  rats,
  watches,
} from '../schema';
import type { Db, DbOrTx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { dashboardAlerts, sortAlerts, type Alert, type AlertRows, type WeightAlertRow } from '../../lib/domain/alerts';
import { loadReadinessAlerts } from './readiness-alerts';
import { BITE_ALERT_DAYS } from '../../lib/domain/alerts';
import { addDays, toIsoDate } from '../../lib/domain/dates';
import type { Policy } from '../../lib/domain/policy';
import { IN_CARE_STATUSES } from '../../lib/domain/vocabulary';
import { outer } from './outer';
import { ratScopeCondition } from './rats';
import { rememberWhileUnchanged } from './snapshot-memo';
import { weightRowsOf } from './health-events';

const inCare = inArray(rats.status, [...IN_CARE_STATUSES]);
const openQuarantine = sql<boolean>`exists (select 1 from ${quarantines} q where q.rat_id = ${outer(rats.id)} and q.ended_on is null)`;
const ratName = { ratId: rats.id, ratName: rats.name };

/**
 * Every row the dashboard alerts need, in one round of queries (eight set-based queries run
 * together), never one query per rat. A foster's rows are limited to their home.
 */
export async function loadAlertRows(db: DbOrTx, params: { scope: RatScope; now: Date; policy: Policy }): Promise<AlertRows> {
  const { scope, now, policy } = params;
  const scoped = ratScopeCondition(scope);
  const today = toIsoDate(now);
  const homeCondition = scope.kind === 'all' ? eq(fosterHomes.active, true) : scope.kind === 'home' ? eq(fosterHomes.id, scope.fosterHomeId) : sql`false`;

  const ratsPlaced = sql<number>`(select count(*) from ${placements} p where p.foster_home_id = ${outer(fosterHomes.id)} and p.ended_at is null)`.mapWith(Number);
  const groupsInHome = sql<number>`(select count(*) from ${cageGroups} g where g.foster_home_id = ${outer(fosterHomes.id)} and g.dissolved_at is null
      and exists (select 1 from ${cageGroupMemberships} m where m.cage_group_id = g.id and m.left_at is null))`.mapWith(Number);
  const neuterReviewedOn = sql<string | null>`(select max(e.occurred_on)::text from ${healthEvents} e where e.rat_id = ${outer(rats.id)} and e.kind = 'neuter_review')`;

  const [quarantineRows, watchRows, cageMembers, handling, incidentRows, homes, males, weights] = await Promise.all([
    db
      .select({ ...ratName, quarantineId: quarantines.id, plannedEndOn: quarantines.plannedEndOn, endedOn: quarantines.endedOn })
      .from(quarantines)
      .innerJoin(rats, eq(rats.id, quarantines.ratId))
      .where(and(isNull(quarantines.endedOn), scoped)),
    db
      .select({ ...ratName, kind: watches.kind, dueOn: watches.dueOn, closedOn: watches.closedOn, litterId: watches.litterId })
      .from(watches)
      .innerJoin(rats, eq(rats.id, watches.ratId))
      .where(and(isNull(watches.closedOn), scoped)),
    db
      .select({
        ...ratName,
        cageGroupId: cageGroups.id,
        cageGroupName: cageGroups.name,
        fosterHomeId: cageGroups.fosterHomeId,
        inQuarantine: openQuarantine,
        sex: rats.sex,
        neuteredOn: rats.neuteredOn,
        birthDate: rats.birthDate,
      })
      .from(cageGroupMemberships)
      .innerJoin(cageGroups, eq(cageGroups.id, cageGroupMemberships.cageGroupId))
      .innerJoin(rats, eq(rats.id, cageGroupMemberships.ratId))
      .where(and(isNull(cageGroupMemberships.leftAt), inCare, scoped)),
    db
      .select({
        ...ratName,
        fosterHomeId: placements.fosterHomeId,
        // The handling summary the session write keeps: no session is read here.
        lastHandledAt: rats.lastHandledAt,
        litterId: rats.litterId,
        birthDate: rats.birthDate,
        inCareSince: sql<string>`to_char(${placements.startedAt} at time zone 'UTC', 'YYYY-MM-DD')`,
      })
      .from(rats)
      .innerJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
      .where(and(inCare, scoped)),
    db
      .select({ ...ratName, fosterHomeId: incidents.fosterHomeId, biteGrade: incidents.biteGrade, occurredAt: incidents.occurredAt })
      .from(incidents)
      .innerJoin(rats, eq(rats.id, incidents.ratId))
      .where(and(gte(incidents.occurredAt, new Date(now.getTime() - BITE_ALERT_DAYS * 86_400_000)), scoped)),
    db
      .select({
        fosterHomeId: fosterHomes.id,
        name: fosterHomes.name,
        capacityRats: fosterHomes.capacityRats,
        capacityCages: fosterHomes.capacityCages,
        ratsPlaced,
        cageGroups: groupsInHome,
      })
      .from(fosterHomes)
      .where(homeCondition),
    db
      .select({ ...ratName, sex: rats.sex, neuteredOn: rats.neuteredOn, birthDate: rats.birthDate, neuterReviewedOn })
      .from(rats)
      .where(and(eq(rats.sex, 'male'), isNull(rats.neuteredOn), inCare, scoped)),
    // Several weighings a rat in care: plain rows (see weightRowsOf).
    weightRowsOf<WeightAlertRow>(db, {
      named: true,
      where: and(gte(healthEvents.occurredOn, addDays(today, -2 * policy.weightLossWindowDays)), inCare, scoped),
    }),
  ]);

  return {
    quarantines: quarantineRows,
    watches: watchRows,
    cageMembers,
    handling,
    incidents: incidentRows.map((r) => ({ ...r, biteGrade: r.biteGrade as 'bite' | 'severe' })),
    homes,
    males,
    weights,
  };
}


/**
 * Every alert in the scope, most urgent first: the dashboard shows counts and the first few of
 * each kind, the alerts page one kind in full, a page at a time. `backwards`: include rats that
 * went back on the trust ladder (the office's view).
 */
export async function loadDashboardAlerts(db: DbOrTx, params: { scope: RatScope; now: Date; policy: Policy; backwards: boolean }): Promise<Alert[]> {
  const [alertRows, readinessAlerts] = await Promise.all([loadAlertRows(db, params), loadReadinessAlerts(db, params)]);
  return sortAlerts([...dashboardAlerts(alertRows, params.now, params.policy), ...readinessAlerts]);
}

/** Alerts are remembered per minute at most: a quarantine's or a bite's clock moves on its own. */
const ALERT_CLOCK_MS = 60_000;

/**
 * loadDashboardAlerts for the pages: the same alerts, computed once for every view between two
 * writes to the database within the same minute (see snapshot-memo.ts), so a rescue's staff
 * opening the dashboard do not each recompute every rule over every rat in care.
 */
export function loadDashboardAlertsRemembered(db: Db, params: { scope: RatScope; now: Date; policy: Policy; backwards: boolean }): Promise<Alert[]> {
  const minute = Math.floor(params.now.getTime() / ALERT_CLOCK_MS);
  const key = ['dashboard-alerts', JSON.stringify(params.scope), params.backwards, minute, JSON.stringify(params.policy)].join('|');
  return rememberWhileUnchanged(db, key, () => loadDashboardAlerts(db, params));
}
