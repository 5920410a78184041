import { sql, type SQL } from 'drizzle-orm';
import { handlingSessions, placements, rats } from '../schema';
import type { DbOrTx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { BACKWARDS_DAYS } from '../../lib/domain/progress';
import type { BackwardsRow } from '../../lib/domain/readiness-alerts';
import { IN_CARE_STATUSES } from '../../lib/domain/vocabulary';
import { ratScopeCondition } from './rats';

/** Rows of a raw query on either driver (PGlite returns `{ rows }`, postgres.js an array). */
export async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

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
  // Rats handled since the cutoff, found through the handling summary's index instead of every
  // session: a rat whose newest session is after the cutoff is a superset of those with one in
  // (cutoff, now], and a rat without one there cannot have gone backwards since.
  const recent = sql`h.rat_id in (select r.id from ${rats} r where r.last_handled_at > ${at(cutoff)})`;
  const rows = await rowsOf<{ rat_id: number; name: string; foster_home_id: number | null; step_then: number | null; step_now: number }>(
    db,
    sql`
      select ${rats.id} as rat_id, ${rats.name} as name, ${placements.fosterHomeId} as foster_home_id, d.step_then, d.step_now
      from (
        select rat_id,
          (array_agg(step order by session_at desc, id desc))[1] as step_now,
          (array_agg(step order by session_at desc, id desc) filter (where session_at <= ${at(cutoff)}))[1] as step_then
        from ${derivedStepsSql(params.now, recent)} steps
        group by rat_id
      ) d
      join ${rats} on ${rats.id} = d.rat_id
      left join ${placements} on ${placements.ratId} = ${rats.id} and ${placements.endedAt} is null
      where d.step_then is not null and d.step_now < d.step_then
        and ${rats.status} in (${sql.join(IN_CARE_STATUSES.map((s) => sql`${s}`), sql`, `)})
        and ${ratScopeCondition(params.scope) ?? sql`true`}
      order by ${rats.name}`,
  );
  return rows.map((r) => ({
    ratId: Number(r.rat_id),
    ratName: r.name,
    fosterHomeId: r.foster_home_id === null ? null : Number(r.foster_home_id),
    stepThen: Number(r.step_then),
    stepNow: Number(r.step_now),
  }));
}
