import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { cageGroupMemberships, cageGroups, fosterHomes, placements, quarantines, rats } from '../schema';
import type { DbOrTx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { canPlaceInHome } from '../../lib/domain/cage-groups';
import { occupancyState } from '../../lib/domain/foster-homes';
import { canJoinCageGroup, canMoveRat, inQuarantine, soloWarning, type HousedRat } from '../../lib/domain/placements';
import { listInWords } from '../../lib/domain/quarantine';
import { hormonalMalesWarning } from '../../lib/domain/sex-safety';
import { recordAudit, type AuditInput } from './audit';
import { listGroupMembers, type GroupMember } from './cage-groups';
import { getFosterHome } from './foster-homes';
import { listRatsWithHousing } from './housing';
import { getPolicy } from './settings';

const ALL: RatScope = { kind: 'all' };
const AWAITING = 'awaiting placement';

export type MoveResult =
  | { ok: false; reason: string }
  | { ok: true; summary: string; warnings: string[]; groupId: number; fosterHomeId: number };

/** A rat's home (open placement), cage group (open membership) and open quarantine; null when out of scope. */
export async function getRatHousing(db: DbOrTx, params: { ratId: number; scope: RatScope }) {
  const [row] = await listRatsWithHousing(db, { where: eq(rats.id, params.ratId), scope: params.scope });
  return row ?? null;
}
export type RatHousing = NonNullable<Awaited<ReturnType<typeof getRatHousing>>>;

/** '3 rats', 'Pip' or 'Pip, Dot and Sky': who moved, short enough for a history line. */
function whoMoved(names: readonly string[]): string {
  if (names.length > 5) return `${names.slice(0, 4).join(', ')} and ${names.length - 4} more`;
  return listInWords(names);
}

/** The move's capacity check, shared by intakes and litters: a warning when the home is now over capacity. */
export async function capacityWarnings(tx: DbOrTx, fosterHomeId: number): Promise<string[]> {
  const home = await getFosterHome(tx, { id: fosterHomeId });
  if (!home) return [];
  const state = occupancyState(home);
  return state.over ? [`${home.name} is now ${state.message!.charAt(0).toLowerCase()}${state.message!.slice(1)}`] : [];
}

/** The capacity warnings of every home the given rats are placed in now: what an intake or a litter page shows after recording. */
export async function capacityWarningsForRats(db: DbOrTx, params: { ratIds: readonly number[] }): Promise<string[]> {
  if (params.ratIds.length === 0) return [];
  const homes = await db
    .selectDistinct({ id: placements.fosterHomeId })
    .from(placements)
    .where(and(inArray(placements.ratId, [...params.ratIds]), isNull(placements.endedAt)));
  return (await Promise.all(homes.map((h) => capacityWarnings(db, h.id)))).flat();
}

/** Ends the rats' open placements with `reason` and opens new ones in `toHomeId`; quarantines follow the rats. */
export async function rehome(tx: DbOrTx, params: { ratIds: number[]; toHomeId: number; reason: string; actorId: number | null; at: Date }) {
  if (params.ratIds.length === 0) return;
  await tx
    .update(placements)
    .set({ endedAt: sql`greatest(${placements.startedAt}, ${params.at.toISOString()}::timestamptz)`, endReason: params.reason })
    .where(and(inArray(placements.ratId, params.ratIds), isNull(placements.endedAt)));
  await tx.insert(placements).values(
    params.ratIds.map((ratId) => ({ ratId, fosterHomeId: params.toHomeId, startedAt: params.at, reason: params.reason, createdBy: params.actorId })),
  );
  await tx
    .update(quarantines)
    .set({ fosterHomeId: params.toHomeId, airspace: null })
    .where(and(inArray(quarantines.ratId, params.ratIds), isNull(quarantines.endedOn)));
}

function housed(m: Pick<GroupMember, 'name' | 'sex' | 'neuteredOn' | 'birthDate' | 'quarantine'>): HousedRat {
  return { name: m.name, sex: m.sex, neuteredOn: m.neuteredOn, birthDate: m.birthDate, quarantine: m.quarantine };
}

/**
 * Moves a whole cage group to another home in one transaction: every rat's open placement ends
 * with the reason and a new one opens, the group's home changes, the history is kept. Refused,
 * with nothing written, when a rat in quarantine would go to a home that cannot quarantine.
 */
export async function moveCageGroup(
  db: DbOrTx,
  params: { groupId: number; toHomeId: number; reason: string; actorId: number | null; now: Date },
): Promise<MoveResult> {
  return db.transaction(async (tx) => {
    const [group] = await tx
      .select({ id: cageGroups.id, name: cageGroups.name, fosterHomeId: cageGroups.fosterHomeId, dissolvedAt: cageGroups.dissolvedAt, fromHomeName: fosterHomes.name })
      .from(cageGroups)
      .leftJoin(fosterHomes, eq(fosterHomes.id, cageGroups.fosterHomeId))
      .where(eq(cageGroups.id, params.groupId))
      .for('update', { of: cageGroups });
    if (!group || group.dissolvedAt) return { ok: false, reason: 'This cage group no longer exists: its rats have moved on.' };
    const [home] = await tx
      .select({ id: fosterHomes.id, name: fosterHomes.name, canQuarantine: fosterHomes.canQuarantine, active: fosterHomes.active })
      .from(fosterHomes)
      .where(eq(fosterHomes.id, params.toHomeId));
    if (!home) return { ok: false, reason: 'That foster home no longer exists.' };
    if (group.fosterHomeId === home.id) return { ok: false, reason: `${group.name} already lives at ${home.name}.` };
    const members = (await listGroupMembers(tx, { groupIds: [group.id], scope: ALL })).get(group.id) ?? [];
    const decision = canPlaceInHome(
      members.map((m) => ({ name: m.name, inQuarantine: inQuarantine(m, params.now) })),
      home,
    );
    if (!decision.ok) return decision;

    const ratIds = members.map((m) => m.ratId);
    await rehome(tx, { ratIds, toHomeId: home.id, reason: params.reason, actorId: params.actorId, at: params.now });
    await tx.update(cageGroups).set({ fosterHomeId: home.id }).where(eq(cageGroups.id, group.id));

    const from = group.fromHomeName ?? AWAITING;
    const names = whoMoved(members.map((m) => m.name));
    const homeChange = { home: { from: group.fromHomeName, to: home.name } };
    const entries: AuditInput[] = [
      {
        actorId: params.actorId,
        action: 'move',
        entityType: 'cage_group',
        entityId: group.id,
        fosterHomeId: home.id,
        summary: `Cage group ${group.name} moved in from ${from}${members.length ? ` with ${names}` : ''}: ${params.reason}`,
        changes: homeChange,
      },
      ...members.map(
        (m): AuditInput => ({
          actorId: params.actorId,
          action: 'move',
          entityType: 'rat',
          entityId: m.ratId,
          ratId: m.ratId,
          summary: `Moved with cage group ${group.name} from ${from} to ${home.name}: ${params.reason}`,
          changes: homeChange,
        }),
      ),
    ];
    if (group.fosterHomeId !== null) {
      entries.push({
        actorId: params.actorId,
        action: 'move',
        entityType: 'cage_group',
        entityId: group.id,
        fosterHomeId: group.fosterHomeId,
        summary: `Cage group ${group.name} moved out to ${home.name}${members.length ? ` with ${names}` : ''}: ${params.reason}`,
        changes: homeChange,
      });
    }
    await recordAudit(tx, entries);
    return {
      ok: true,
      summary: `${group.name} moved to ${home.name}${members.length ? ` with ${members.length === 1 ? '1 rat' : `${members.length} rats`}` : ''}.`,
      warnings: await capacityWarnings(tx, home.id),
      groupId: group.id,
      fosterHomeId: home.id,
    };
  });
}

export type MoveDestination = { kind: 'group'; groupId: number } | { kind: 'home'; fosterHomeId: number; newGroupName: string };

type Target = { groupId: number | null; groupName: string; home: { id: number; name: string; canQuarantine: boolean; active: boolean } };

async function resolveTarget(tx: DbOrTx, to: MoveDestination, rat: RatHousing): Promise<Target | { reason: string }> {
  const homeColumns = { id: fosterHomes.id, name: fosterHomes.name, canQuarantine: fosterHomes.canQuarantine, active: fosterHomes.active };
  if (to.kind === 'home') {
    const [home] = await tx.select(homeColumns).from(fosterHomes).where(eq(fosterHomes.id, to.fosterHomeId));
    return home ? { groupId: null, groupName: to.newGroupName, home } : { reason: 'That foster home no longer exists.' };
  }
  const [row] = await tx
    .select({ id: cageGroups.id, name: cageGroups.name, dissolvedAt: cageGroups.dissolvedAt, home: homeColumns })
    .from(cageGroups)
    .leftJoin(fosterHomes, eq(fosterHomes.id, cageGroups.fosterHomeId))
    .where(eq(cageGroups.id, to.groupId))
    .for('update', { of: cageGroups });
  if (!row || row.dissolvedAt) return { reason: 'That cage group no longer exists: choose another.' };
  if (row.id === rat.groupId) return { reason: `${rat.name} already lives in ${row.name}.` };
  if (!row.home) return { reason: `${row.name} is waiting for its first home: place it in a foster home before moving other rats in.` };
  return { groupId: row.id, groupName: row.name, home: row.home };
}

/**
 * Moves one rat into another cage group (an existing one, or a new one in a home), and into that
 * group's home if it differs, in one transaction. Refused, with nothing written, when the rat has
 * left care, when a quarantined rat would go to a home that cannot quarantine, or when the rat
 * could not safely live with the group (sex safety, quarantine cohort). A group the rat leaves
 * empty is closed; one left with a single rat outside quarantine raises a solo warning.
 */
export async function moveRat(
  db: DbOrTx,
  params: { ratId: number; to: MoveDestination; reason: string; actorId: number | null; now: Date },
): Promise<MoveResult> {
  return db.transaction(async (tx) => {
    const rat = await getRatHousing(tx, { ratId: params.ratId, scope: ALL });
    if (!rat) return { ok: false, reason: 'That rat no longer exists.' };
    const movable = canMoveRat(rat);
    if (!movable.ok) return movable;
    const target = await resolveTarget(tx, params.to, rat);
    if ('reason' in target) return { ok: false, reason: target.reason };

    const placeable = canPlaceInHome([{ name: rat.name, inQuarantine: inQuarantine(rat, params.now) }], target.home);
    if (!placeable.ok) return placeable;
    const policy = await getPolicy(tx);
    const groupIds = [target.groupId, rat.groupId].filter((id): id is number => id !== null);
    const membersByGroup = await listGroupMembers(tx, { groupIds, scope: ALL });
    const joining = target.groupId === null ? [] : (membersByGroup.get(target.groupId) ?? []);
    const safe = canJoinCageGroup(housed(rat), joining.map(housed), params.now, policy);
    if (!safe.ok) return safe;

    const at = params.now;
    let groupId = target.groupId;
    if (groupId === null) {
      const [created] = await tx.insert(cageGroups).values({ name: target.groupName, fosterHomeId: target.home.id }).returning({ id: cageGroups.id });
      groupId = created.id;
    }
    await tx
      .update(cageGroupMemberships)
      .set({ leftAt: sql`greatest(${cageGroupMemberships.joinedAt}, ${at.toISOString()}::timestamptz)` })
      .where(and(eq(cageGroupMemberships.ratId, rat.id), isNull(cageGroupMemberships.leftAt)));
    await tx.insert(cageGroupMemberships).values({ cageGroupId: groupId, ratId: rat.id, joinedAt: at, reason: params.reason, createdBy: params.actorId });
    const homeChanges = rat.fosterHomeId !== target.home.id;
    if (homeChanges) await rehome(tx, { ratIds: [rat.id], toHomeId: target.home.id, reason: params.reason, actorId: params.actorId, at });

    const warnings: string[] = [];
    const left = rat.groupId === null ? null : (membersByGroup.get(rat.groupId) ?? []).filter((m) => m.ratId !== rat.id);
    if (left && left.length === 0) await tx.update(cageGroups).set({ dissolvedAt: at }).where(eq(cageGroups.id, rat.groupId!));
    if (left) warnings.push(...[soloWarning({ name: rat.groupName!, members: left }, params.now)].filter((w): w is string => w !== null));
    const arrived = soloWarning({ name: target.groupName, members: [...joining, rat] }, params.now);
    if (arrived) warnings.push(arrived);
    const males = hormonalMalesWarning([...joining, rat].map(housed), params.now, policy);
    if (males) warnings.push(males);
    if (homeChanges) warnings.push(...(await capacityWarnings(tx, target.home.id)));

    const fromHome = rat.homeName ?? AWAITING;
    const changes = {
      ...(homeChanges ? { home: { from: rat.homeName, to: target.home.name } } : {}),
      cageGroup: { from: rat.groupName, to: target.groupName },
    };
    const where = homeChanges ? `from ${fromHome} to ${target.home.name}, into ${target.groupName}` : `from ${rat.groupName ?? 'no cage group'} to ${target.groupName}`;
    const entries: AuditInput[] = [
      {
        actorId: params.actorId,
        action: 'move',
        entityType: 'rat',
        entityId: rat.id,
        ratId: rat.id,
        fosterHomeId: target.home.id,
        summary: `Moved ${rat.name} ${where}: ${params.reason}`,
        changes,
      },
    ];
    if (homeChanges && rat.fosterHomeId !== null) {
      entries.push({
        actorId: params.actorId,
        action: 'move',
        entityType: 'rat',
        entityId: rat.id,
        fosterHomeId: rat.fosterHomeId,
        summary: `${rat.name} moved out to ${target.home.name}: ${params.reason}`,
        changes,
      });
    }
    await recordAudit(tx, entries);
    return {
      ok: true,
      summary: homeChanges ? `${rat.name} moved to ${target.groupName} at ${target.home.name}.` : `${rat.name} moved to ${target.groupName}.`,
      warnings,
      groupId,
      fosterHomeId: target.home.id,
    };
  });
}
