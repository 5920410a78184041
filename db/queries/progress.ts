import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { handlingSessions, placements, rats } from '../schema';
import type { DbOrTx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { BACKWARDS_DAYS } from '../../lib/domain/progress';
import type { BackwardsRow } from '../../lib/domain/readiness-alerts';
import { IN_CARE_STATUSES } from '../../lib/domain/vocabulary';
import { currentTrustStep, type StepSession } from '../../lib/domain/trust-step';
import { lastSessionsOf } from './handling-sessions';
import { ratScopeCondition } from './rats';
import { groupBy } from '../../lib/group-by';


const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * The derived trust step after every session up to `until`, in SQL: the highest step reached in at
 * least two of the last three sessions (the second highest of the window, or the only one), the
 * same rule as lib/domain/trust-step.ts. Columns: rat_id, session_at, step.
 */
export function derivedStepsSql(until: Date, where: SQL = sql`true`): SQL {
  return sql`(
    select rat_id, session_at, id,
      case when h1 is null then h0
           when h2 is null then least(h0, h1)
           else greatest(least(h0, h1), least(greatest(h0, h1), h2)) end as step
    from (
      select h.rat_id, h.session_at, h.id, h.highest_step as h0,
        lag(h.highest_step, 1) over w as h1, lag(h.highest_step, 2) over w as h2
      from ${handlingSessions} h
      where h.session_at <= ${at(until)} and ${where}
      window w as (partition by h.rat_id order by h.session_at, h.id)
    ) windowed
  )`;
}

/** Rats in care (in scope) whose derived step now is below their step BACKWARDS_DAYS days ago. */
export async function listWentBackwards(db: DbOrTx, params: { scope: RatScope; now: Date }): Promise<BackwardsRow[]> {
  const cutoff = new Date(params.now.getTime() - BACKWARDS_DAYS * 86_400_000);
  // Rats handled since the cutoff, found through the handling summary's index: a rat whose newest
  // session is after the cutoff is a superset of those with one in (cutoff, now], and a rat
  // without one there cannot have gone backwards since. Each needs only two step windows (three
  // sessions each, by index), then or now: the domain rule decides both steps.
  const where = and(
    inArray(rats.status, [...IN_CARE_STATUSES]),
    ratScopeCondition(params.scope),
    sql`${rats.lastHandledAt} > ${at(cutoff)}`,
  );
  const [nowRows, thenRows] = await Promise.all([lastSessionsOf(db, { where, asOf: params.now }), lastSessionsOf(db, { where, asOf: cutoff })]);
  const byRat = (rows: Array<StepSession & { ratId: number }>): Map<number, StepSession[]> => groupBy(rows, (r) => r.ratId);
  const now = byRat(nowRows);
  const then = byRat(thenRows);
  const fell = [...then.entries()]
    .map(([ratId, sessions]) => ({ ratId, stepThen: currentTrustStep(sessions), stepNow: currentTrustStep(now.get(ratId) ?? []) }))
    .filter((r): r is { ratId: number; stepThen: number; stepNow: number } => r.stepThen !== null && r.stepNow !== null && r.stepNow < r.stepThen);
  if (fell.length === 0) return [];
  const named = await db
    .select({ ratId: rats.id, ratName: rats.name, fosterHomeId: placements.fosterHomeId })
    .from(rats)
    .leftJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
    .where(inArray(rats.id, fell.map((r) => r.ratId)))
    .orderBy(asc(rats.name));
  const steps = new Map(fell.map((r) => [r.ratId, r]));
  return named.map((r) => ({ ...r, stepThen: steps.get(r.ratId)!.stepThen, stepNow: steps.get(r.ratId)!.stepNow }));
}
