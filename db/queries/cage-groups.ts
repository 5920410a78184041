import { and, asc, count, eq, inArray, isNull, notInArray, sql, type SQL } from 'drizzle-orm';
import { cageGroupMemberships, cageGroups, fosterHomes, placements, quarantines, rats, watches } from '../schema';
import type { DbOrTx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { LEFT_CARE } from '../../lib/domain/placements';
import type { QuarantinePeriod } from '../../lib/domain/quarantine';
import type { RatStatus, WatchKind } from '../../lib/domain/vocabulary';
import { recordAudit } from './audit';
import { listRatsWithHousing } from './housing';
import { ratScopeCondition } from './rats';
import { outer } from './outer';
import { groupBy } from '../../lib/group-by';

export type GroupMember = {
  ratId: number;
  code: string;
  name: string;
  sex: 'female' | 'male' | 'unknown';
  status: RatStatus;
  birthDate: string | null;
  neuteredOn: string | null;
  joinedAt: Date;
  /** The rat's open quarantine, if any. */
  quarantine: Pick<QuarantinePeriod, 'cohortId' | 'startedOn' | 'plannedEndOn' | 'endedOn'> | null;
  /** Open watches on the rat, with their due dates. */
  watches: Array<{ kind: WatchKind; dueOn: string }>;
};

/** The open watches of the given rats. */
export async function listOpenWatches(db: DbOrTx, params: { ratIds: number[] }) {
  if (params.ratIds.length === 0) return [];
  return db
    .select({ ratId: watches.ratId, kind: watches.kind, dueOn: watches.dueOn })
    .from(watches)
    .where(and(inArray(watches.ratId, params.ratIds), isNull(watches.closedOn)))
    .orderBy(asc(watches.dueOn));
}

/** Members (open memberships) of the given cage groups, each with its open quarantine and watches. */
export async function listGroupMembers(db: DbOrTx, params: { groupIds: number[]; scope: RatScope }): Promise<Map<number, GroupMember[]>> {
  if (params.groupIds.length === 0) return new Map();
  const rows = await db
    .select({
      groupId: cageGroupMemberships.cageGroupId,
      joinedAt: cageGroupMemberships.joinedAt,
      ratId: rats.id,
      code: rats.code,
      name: rats.name,
      sex: rats.sex,
      status: rats.status,
      birthDate: rats.birthDate,
      neuteredOn: rats.neuteredOn,
      qCohortId: quarantines.cohortId,
      qStartedOn: quarantines.startedOn,
      qPlannedEndOn: quarantines.plannedEndOn,
      qEndedOn: quarantines.endedOn,
    })
    .from(cageGroupMemberships)
    .innerJoin(rats, eq(rats.id, cageGroupMemberships.ratId))
    .leftJoin(quarantines, and(eq(quarantines.ratId, rats.id), isNull(quarantines.endedOn)))
    .where(and(inArray(cageGroupMemberships.cageGroupId, params.groupIds), isNull(cageGroupMemberships.leftAt), ratScopeCondition(params.scope)))
    .orderBy(asc(rats.name), asc(rats.code));
  const open = groupBy(await listOpenWatches(db, { ratIds: rows.map((r) => r.ratId) }), (w) => w.ratId, (w) => ({ kind: w.kind, dueOn: w.dueOn }));
  return groupBy(
    rows,
    (r) => r.groupId,
    (r): GroupMember => ({
      ratId: r.ratId,
      code: r.code,
      name: r.name,
      sex: r.sex,
      status: r.status,
      birthDate: r.birthDate,
      neuteredOn: r.neuteredOn,
      joinedAt: r.joinedAt,
      quarantine: r.qStartedOn && r.qPlannedEndOn ? { cohortId: r.qCohortId, startedOn: r.qStartedOn, plannedEndOn: r.qPlannedEndOn, endedOn: r.qEndedOn } : null,
      watches: open.get(r.ratId) ?? [],
    }),
  );
}

/** Live cage groups (of a home, of an intake, or one group) with their home and members. */
export async function listCageGroups(
  db: DbOrTx,
  params: ({ fosterHomeId: number } | { intakeId: number } | { groupId: number }) & { scope: RatScope },
) {
  let where: SQL | undefined;
  if ('groupId' in params) where = eq(cageGroups.id, params.groupId);
  else if ('intakeId' in params) where = eq(cageGroups.intakeId, params.intakeId);
  else where = and(eq(cageGroups.fosterHomeId, params.fosterHomeId), isNull(cageGroups.dissolvedAt));
  const groups = await db
    .select({
      id: cageGroups.id,
      name: cageGroups.name,
      notes: cageGroups.notes,
      intakeId: cageGroups.intakeId,
      dissolvedAt: cageGroups.dissolvedAt,
      createdAt: cageGroups.createdAt,
      fosterHomeId: cageGroups.fosterHomeId,
      homeName: fosterHomes.name,
      homeCanQuarantine: fosterHomes.canQuarantine,
    })
    .from(cageGroups)
    .leftJoin(fosterHomes, eq(fosterHomes.id, cageGroups.fosterHomeId))
    .where(where)
    .orderBy(asc(cageGroups.name), asc(cageGroups.id));
  const members = await listGroupMembers(db, { groupIds: groups.map((g) => g.id), scope: params.scope });
  return groups.map((g) => ({ ...g, members: members.get(g.id) ?? [] }));
}
export type CageGroupWithMembers = Awaited<ReturnType<typeof listCageGroups>>[number];

export async function getCageGroup(db: DbOrTx, params: { id: number; scope: RatScope }): Promise<CageGroupWithMembers | null> {
  const [group] = await listCageGroups(db, { groupId: params.id, scope: params.scope });
  return group ?? null;
}

/** Live cage groups in active homes, with their rat count: the places a rat can move to. */
export async function listCageGroupTargets(db: DbOrTx) {
  const sizes = db
    .select({ groupId: cageGroupMemberships.cageGroupId, n: count().as('members_n') })
    .from(cageGroupMemberships)
    .where(isNull(cageGroupMemberships.leftAt))
    .groupBy(cageGroupMemberships.cageGroupId)
    .as('sizes');
  return db
    .select({
      id: cageGroups.id,
      name: cageGroups.name,
      fosterHomeId: fosterHomes.id,
      homeName: fosterHomes.name,
      ratCount: sql<number>`coalesce(${sizes.n}, 0)`.mapWith(Number),
    })
    .from(cageGroups)
    .innerJoin(fosterHomes, eq(fosterHomes.id, cageGroups.fosterHomeId))
    .leftJoin(sizes, eq(sizes.groupId, cageGroups.id))
    .where(and(isNull(cageGroups.dissolvedAt), eq(fosterHomes.active, true)))
    .orderBy(asc(fosterHomes.name), asc(cageGroups.name));
}

/** Rats in the rescue's care (in scope), with where they live: the rats that can be moved. */
export async function listMovableRats(db: DbOrTx, params: { scope: RatScope }) {
  return listRatsWithHousing(db, { where: notInArray(rats.status, [...LEFT_CARE]), scope: params.scope, orderBy: 'home' });
}

/** Rats placed in a home but in no cage group there: they need a cage. */
export async function listHomeRatsWithoutGroup(db: DbOrTx, params: { fosterHomeId: number; scope: RatScope }) {
  return db
    .select({ id: rats.id, code: rats.code, name: rats.name, sex: rats.sex })
    .from(placements)
    .innerJoin(rats, eq(rats.id, placements.ratId))
    .where(
      and(
        eq(placements.fosterHomeId, params.fosterHomeId),
        isNull(placements.endedAt),
        sql`not exists (select 1 from ${cageGroupMemberships} m join ${cageGroups} g on g.id = m.cage_group_id
                        where m.rat_id = ${outer(rats.id)} and m.left_at is null and g.foster_home_id = ${params.fosterHomeId})`,
        ratScopeCondition(params.scope),
      ),
    )
    .orderBy(asc(rats.name));
}

/** A new, empty cage group in a home; rats are moved into it afterwards. */
export async function createCageGroup(
  db: DbOrTx,
  params: { fosterHomeId: number; name: string; notes: string | null; actorId: number | null },
): Promise<{ ok: true; id: number } | { ok: false; reason: string }> {
  return db.transaction(async (tx) => {
    const [home] = await tx.select({ name: fosterHomes.name, active: fosterHomes.active }).from(fosterHomes).where(eq(fosterHomes.id, params.fosterHomeId));
    if (!home) return { ok: false, reason: 'That foster home no longer exists.' };
    if (!home.active) return { ok: false, reason: `${home.name} is no longer active as a foster home.` };
    const [group] = await tx
      .insert(cageGroups)
      .values({ name: params.name, notes: params.notes, fosterHomeId: params.fosterHomeId })
      .returning({ id: cageGroups.id });
    await recordAudit(tx, {
      actorId: params.actorId,
      action: 'create',
      entityType: 'cage_group',
      entityId: group.id,
      fosterHomeId: params.fosterHomeId,
      summary: `Set up cage group ${params.name} at ${home.name}`,
    });
    return { ok: true, id: group.id };
  });
}
