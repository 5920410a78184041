import { and, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { fosterHomes, placements, rats } from '../schema';
import type { DbOrTx } from '../connect';
import type { RatScope } from '../../lib/domain/access';

/**
 * The condition that limits rats to a scope. Fosters see only rats with an open placement in
 * their home; the check is in the query, never in a hidden field.
 */
export function ratScopeCondition(scope: RatScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return sql`false`;
  return sql`exists (select 1 from ${placements} p where p.rat_id = ${rats.id} and p.ended_at is null and p.foster_home_id = ${scope.fosterHomeId})`;
}

export async function countRatsByStatus(db: DbOrTx, params: { scope: RatScope }) {
  return db
    .select({ status: rats.status, n: count() })
    .from(rats)
    .where(ratScopeCondition(params.scope))
    .groupBy(rats.status);
}

/** One rat, or null when it does not exist or is outside the scope (the page answers not-found). */
export async function getRatInScope(db: DbOrTx, params: { id: number; scope: RatScope }) {
  const [row] = await db
    .select({
      id: rats.id,
      code: rats.code,
      name: rats.name,
      sex: rats.sex,
      status: rats.status,
      birthDate: rats.birthDate,
      birthDateEstimated: rats.birthDateEstimated,
      neuteredOn: rats.neuteredOn,
      variety: rats.variety,
      markings: rats.markings,
      notes: rats.notes,
      homeName: fosterHomes.name,
    })
    .from(rats)
    .leftJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
    .leftJoin(fosterHomes, eq(fosterHomes.id, placements.fosterHomeId))
    .where(and(eq(rats.id, params.id), ratScopeCondition(params.scope)));
  return row ?? null;
}
