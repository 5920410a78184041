import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import { cageGroupMemberships, cageGroups, fosterHomes, placements, quarantines, rats } from '../schema';
import type { DbOrTx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { ratScopeCondition } from './rats';
import { ratIdentityColumns } from './rat-joins';

/**
 * Rats in scope with where each lives now: its open placement and home, its open cage-group
 * membership and group, and its open quarantine. The one query behind a rat's move page, an
 * intake's rat list and the list of rats that can be moved.
 */
export async function listRatsWithHousing(db: DbOrTx, params: { where: SQL | undefined; scope: RatScope; orderBy?: 'code' | 'home' }) {
  const order = params.orderBy === 'home' ? [asc(fosterHomes.name), asc(cageGroups.name), asc(rats.name)] : [asc(rats.code)];
  const rows = await db
    .select({
      ...ratIdentityColumns,
      placementId: placements.id,
      fosterHomeId: placements.fosterHomeId,
      homeName: fosterHomes.name,
      groupId: cageGroups.id,
      groupName: cageGroups.name,
      qCohortId: quarantines.cohortId,
      qStartedOn: quarantines.startedOn,
      qPlannedEndOn: quarantines.plannedEndOn,
      qEndedOn: quarantines.endedOn,
    })
    .from(rats)
    .leftJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
    .leftJoin(fosterHomes, eq(fosterHomes.id, placements.fosterHomeId))
    .leftJoin(cageGroupMemberships, and(eq(cageGroupMemberships.ratId, rats.id), isNull(cageGroupMemberships.leftAt)))
    .leftJoin(cageGroups, eq(cageGroups.id, cageGroupMemberships.cageGroupId))
    .leftJoin(quarantines, and(eq(quarantines.ratId, rats.id), isNull(quarantines.endedOn)))
    .where(and(params.where, ratScopeCondition(params.scope)))
    .orderBy(...order);
  return rows.map(({ qCohortId, qStartedOn, qPlannedEndOn, qEndedOn, ...rest }) => ({
    ...rest,
    quarantine: qStartedOn && qPlannedEndOn ? { cohortId: qCohortId, startedOn: qStartedOn, plannedEndOn: qPlannedEndOn, endedOn: qEndedOn } : null,
  }));
}
export type RatWithHousing = Awaited<ReturnType<typeof listRatsWithHousing>>[number];

/** One rat with its housing, or null when it does not exist or is outside the scope (the page answers not-found). */
export async function getRatInScope(db: DbOrTx, params: { id: number; scope: RatScope }): Promise<RatWithHousing | null> {
  const [row] = await listRatsWithHousing(db, { where: eq(rats.id, params.id), scope: params.scope });
  return row ?? null;
}
