import { count, sql, type SQL } from 'drizzle-orm';
import { placements, rats } from '../schema';
import type { DbOrTx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { outer } from './outer';

/**
 * The condition that limits rats to a scope. Fosters see only rats with an open placement in
 * their home; the check is in the query, never in a hidden field.
 */
export function ratScopeCondition(scope: RatScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return sql`false`;
  return sql`exists (select 1 from ${placements} p where p.rat_id = ${outer(rats.id)} and p.ended_at is null and p.foster_home_id = ${scope.fosterHomeId})`;
}

export async function countRatsByStatus(db: DbOrTx, params: { scope: RatScope }) {
  return db
    .select({ status: rats.status, n: count() })
    .from(rats)
    .where(ratScopeCondition(params.scope))
    .groupBy(rats.status);
}
