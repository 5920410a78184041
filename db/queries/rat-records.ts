import { and, asc, desc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  auditLog,
  cageGroupMemberships,
  cageGroups,
  fosterHomes,
  placements,
  quarantines,
  ratPhotos,
  rats,
  ratStatusChanges,
  users,
  watches,
} from '../schema';
import type { DbOrTx, Tx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { changedFields } from '../../lib/domain/audit';
import { toIsoDate } from '../../lib/domain/dates';
import { PROFILE_FIELDS, type ProfileSnapshot, type RatProfile } from '../../lib/domain/rat-profile';
import { isFinalStatus } from '../../lib/domain/rat-status';
import { RAT_STATUS_LABELS, type RatStatus, type Sex } from '../../lib/domain/vocabulary';
import { canSetParent } from '../../lib/domain/inbreeding';
import { loadAncestry, ratNode } from './pedigrees';
import { recordAudit, type AuditInput } from './audit';
import { ratScopeCondition } from './rats';
import { outer } from './outer';

/*
 * The rat page: profile (with optimistic concurrency on `rats.version`), status and its
 * history, photos, and where the rat lives. Every read that a person can reach takes a scope.
 */

const dams = alias(rats, 'dams');
const sires = alias(rats, 'sires');

const profileColumns = {
  name: rats.name,
  sex: rats.sex,
  neuteredOn: rats.neuteredOn,
  birthDate: rats.birthDate,
  birthDateEstimated: rats.birthDateEstimated,
  variety: rats.variety,
  markings: rats.markings,
  damId: rats.damId,
  sireId: rats.sireId,
  notes: rats.notes,
};

/** The newest audit entry about the rat: the form remembers it to tell who changed the rat since. */
const latestAuditIdOf = sql<number>`(select coalesce(max(a.id), 0) from ${auditLog} a where a.rat_id = ${outer(rats.id)})`.mapWith(Number);

/** Everything the rat page shows in its header and profile, or null when out of scope. */
export async function getRatRecord(db: DbOrTx, params: { id: number; scope: RatScope }) {
  const [row] = await db
    .select({
      id: rats.id,
      code: rats.code,
      ...profileColumns,
      status: rats.status,
      version: rats.version,
      updatedAt: rats.updatedAt,
      damName: dams.name,
      damCode: dams.code,
      sireName: sires.name,
      sireCode: sires.code,
      homeName: fosterHomes.name,
      auditId: latestAuditIdOf,
    })
    .from(rats)
    .leftJoin(dams, eq(dams.id, rats.damId))
    .leftJoin(sires, eq(sires.id, rats.sireId))
    .leftJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
    .leftJoin(fosterHomes, eq(fosterHomes.id, placements.fosterHomeId))
    .where(and(eq(rats.id, params.id), ratScopeCondition(params.scope)));
  return row ?? null;
}

export type RatRecord = NonNullable<Awaited<ReturnType<typeof getRatRecord>>>;

/** Name and sex of the rats chosen as dam and sire, to check them. */
export async function getParentCandidates(db: DbOrTx, params: { ids: number[] }): Promise<Map<number, { name: string; sex: Sex }>> {
  if (params.ids.length === 0) return new Map();
  const rows = await db.select({ id: rats.id, name: rats.name, sex: rats.sex }).from(rats).where(inArray(rats.id, params.ids));
  return new Map(rows.map((r) => [r.id, { name: r.name, sex: r.sex }]));
}

/** `Name (R-2026-0042)` for each rat id, to show parents in messages. */
export async function ratLabels(db: DbOrTx, params: { ids: number[] }): Promise<Map<number, string>> {
  const ids = [...new Set(params.ids)];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: rats.id, name: rats.name, code: rats.code }).from(rats).where(inArray(rats.id, ids));
  return new Map(rows.map((r) => [r.id, `${r.name} (${r.code})`]));
}

/** Who changed the rat after the audit entry `afterAuditId`, and when: edits to the rat itself first. */
export async function ratEditorsSince(db: DbOrTx, params: { ratId: number; afterAuditId: number }) {
  const rows = await db
    .select({ name: users.name, at: auditLog.at, entityType: auditLog.entityType })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.ratId, params.ratId), gt(auditLog.id, params.afterAuditId)))
    .orderBy(asc(auditLog.id));
  const ownEdits = rows.filter((r) => r.entityType === 'rat');
  return (ownEdits.length ? ownEdits : rows).map((r) => ({ name: r.name, at: r.at }));
}

async function snapshotOf(tx: DbOrTx, ratId: number): Promise<(ProfileSnapshot & { version: number }) | null> {
  const [row] = await tx
    .select({ ...profileColumns, status: rats.status, version: rats.version })
    .from(rats)
    .where(eq(rats.id, ratId));
  return row ?? null;
}

/** The home a rat lives in now, to file audit entries under it too. */
async function openPlacementOf(tx: DbOrTx, ratId: number) {
  const [row] = await tx
    .select({ id: placements.id, fosterHomeId: placements.fosterHomeId, homeName: fosterHomes.name })
    .from(placements)
    .innerJoin(fosterHomes, eq(fosterHomes.id, placements.fosterHomeId))
    .where(and(eq(placements.ratId, ratId), isNull(placements.endedAt)));
  return row ?? null;
}

/**
 * Audits a change to a rat, filed under the rat and under the home it lives in (so it shows in
 * both histories). `fosterHomeId` overrides the lookup when the rat has just left its home.
 */
async function auditRat(tx: Tx, entry: Omit<AuditInput, 'ratId' | 'fosterHomeId'> & { ratId: number; fosterHomeId?: number | null }) {
  const fosterHomeId = entry.fosterHomeId !== undefined ? entry.fosterHomeId : ((await openPlacementOf(tx, entry.ratId))?.fosterHomeId ?? null);
  await recordAudit(tx, { ...entry, fosterHomeId });
}

export type VersionConflict = { ok: false; current: ProfileSnapshot & { version: number } };
/** A new dam or sire that descends from the rat: nothing is saved. */
export class PedigreeLoopError extends Error {}

/**
 * Saves a profile edit made on version `expectedVersion`:
 * `update rats set …, version = version + 1 where id = $1 and version = $expected`. When no
 * row updates, someone else saved first: nothing is written and the rat as it is now returns.
 */
export async function updateRatProfile(
  db: DbOrTx,
  params: { ratId: number; expectedVersion: number; profile: RatProfile; actorId: number },
): Promise<{ ok: true; changes: Record<string, { from: unknown; to: unknown }> } | VersionConflict> {
  return db.transaction(async (tx) => {
    const before = await snapshotOf(tx, params.ratId);
    if (!before) throw new Error(`Rat ${params.ratId} does not exist`);
    if (before.version !== params.expectedVersion) return { ok: false, current: before };
    const changes = changedFields(before, params.profile, PROFILE_FIELDS);
    if (Object.keys(changes).length === 0) return { ok: true, changes };
    // A new dam or sire must not descend from the rat (a rat cannot be its own ancestor); a rat
    // parent replaces an outside-line parent recorded before.
    const outside: { outsideDamId?: null; outsideSireId?: null } = {};
    for (const [field, outsideField] of [
      ['damId', 'outsideDamId'],
      ['sireId', 'outsideSireId'],
    ] as const) {
      const parentId = params.profile[field];
      if (!changes[field] || parentId === null || parentId === params.ratId) continue;
      const { pedigree, animals } = await loadAncestry(tx, { ratIds: [parentId] });
      const decision = canSetParent(pedigree, ratNode(params.ratId), ratNode(parentId), { child: params.profile.name, parent: animals.get(ratNode(parentId))?.name ?? 'That rat' });
      if (!decision.ok) throw new PedigreeLoopError(decision.reason);
      outside[outsideField] = null;
    }
    const updated = await tx
      .update(rats)
      .set({ ...params.profile, ...outside, version: sql`${rats.version} + 1` })
      .where(and(eq(rats.id, params.ratId), eq(rats.version, params.expectedVersion)))
      .returning({ id: rats.id });
    if (updated.length === 0) {
      const current = await snapshotOf(tx, params.ratId);
      if (!current) throw new Error(`Rat ${params.ratId} does not exist`);
      return { ok: false, current };
    }
    await auditRat(tx, {
      actorId: params.actorId,
      action: 'update',
      entityType: 'rat',
      entityId: params.ratId,
      ratId: params.ratId,
      summary: `Edited ${params.profile.name}’s profile`,
      changes,
    });
    return { ok: true, changes };
  });
}

/** Ends where a rat lives and its safety windows: it has left the rescue (died or transferred). */
async function closeHousingFor(tx: Tx, params: { ratId: number; at: Date; why: string; actorId: number }) {
  const today = toIsoDate(params.at);
  const placement = await openPlacementOf(tx, params.ratId);
  if (placement) {
    await tx.update(placements).set({ endedAt: params.at, endReason: params.why }).where(eq(placements.id, placement.id));
  }
  const [membership] = await tx
    .update(cageGroupMemberships)
    .set({ leftAt: params.at, reason: params.why })
    .where(and(eq(cageGroupMemberships.ratId, params.ratId), isNull(cageGroupMemberships.leftAt)))
    .returning({ cageGroupId: cageGroupMemberships.cageGroupId });
  const [group] = membership
    ? await tx.select({ name: cageGroups.name }).from(cageGroups).where(eq(cageGroups.id, membership.cageGroupId))
    : [];
  const endedQuarantines = await tx
    .update(quarantines)
    .set({ endedOn: sql`greatest(${quarantines.startedOn}, ${today}::date)`, releasedBy: params.actorId, notes: sql`concat_ws(E'\n', ${quarantines.notes}, ${params.why}::text)` })
    .where(and(eq(quarantines.ratId, params.ratId), isNull(quarantines.endedOn)))
    .returning({ id: quarantines.id });
  const closedWatches = await tx
    .update(watches)
    .set({ closedOn: sql`greatest(${watches.startedOn}, ${today}::date)`, outcome: 'cancelled', outcomeNotes: params.why, closedBy: params.actorId })
    .where(and(eq(watches.ratId, params.ratId), isNull(watches.closedOn)))
    .returning({ kind: watches.kind });
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  if (placement) changes.fosterHome = { from: placement.homeName, to: null };
  if (group) changes.cageGroup = { from: group.name, to: null };
  if (endedQuarantines.length) changes.quarantine = { from: 'open', to: 'ended' };
  if (closedWatches.length) changes.watches = { from: closedWatches.map((w) => w.kind), to: [] };
  return { changes };
}

/**
 * Moves a rat from `from` to `to` on version `expectedVersion` (the caller has checked the
 * rule): the status, its history row and the audit entry are one transaction. A final status
 * also ends the rat's placement, cage group membership, quarantine and watches.
 */
export async function changeRatStatus(
  db: DbOrTx,
  params: { ratId: number; expectedVersion: number; from: RatStatus; to: RatStatus; reason: string; actorId: number; now: Date },
): Promise<{ ok: true } | VersionConflict> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(rats)
      .set({ status: params.to, version: sql`${rats.version} + 1` })
      .where(and(eq(rats.id, params.ratId), eq(rats.version, params.expectedVersion), eq(rats.status, params.from)))
      .returning({ name: rats.name });
    if (updated.length === 0) {
      const current = await snapshotOf(tx, params.ratId);
      if (!current) throw new Error(`Rat ${params.ratId} does not exist`);
      return { ok: false, current };
    }
    await tx.insert(ratStatusChanges).values({
      ratId: params.ratId,
      fromStatus: params.from,
      toStatus: params.to,
      changedAt: params.now,
      changedBy: params.actorId,
      reason: params.reason,
    });
    // Looked up before a final status ends the placement: the change belongs to that home's history.
    const home = await openPlacementOf(tx, params.ratId);
    const left = isFinalStatus(params.to)
      ? await closeHousingFor(tx, {
          ratId: params.ratId,
          at: params.now,
          why: `${RAT_STATUS_LABELS[params.to]}${params.reason ? `: ${params.reason}` : ''}`,
          actorId: params.actorId,
        })
      : { changes: {} };
    const labels = `${RAT_STATUS_LABELS[params.from]} to ${RAT_STATUS_LABELS[params.to]}`;
    await auditRat(tx, {
      actorId: params.actorId,
      action: 'status_change',
      entityType: 'rat',
      entityId: params.ratId,
      ratId: params.ratId,
      fosterHomeId: home?.fosterHomeId ?? null,
      summary: `Changed ${updated[0].name}’s status from ${labels}${params.reason ? `: ${params.reason}` : ''}`,
      changes: { status: { from: params.from, to: params.to }, ...left.changes },
    });
    return { ok: true };
  });
}

/** The status timeline, newest first, with who made each change. */
export async function listStatusChanges(db: DbOrTx, params: { ratId: number }) {
  return db
    .select({
      id: ratStatusChanges.id,
      fromStatus: ratStatusChanges.fromStatus,
      toStatus: ratStatusChanges.toStatus,
      changedAt: ratStatusChanges.changedAt,
      reason: ratStatusChanges.reason,
      changedByName: users.name,
    })
    .from(ratStatusChanges)
    .leftJoin(users, eq(users.id, ratStatusChanges.changedBy))
    .where(eq(ratStatusChanges.ratId, params.ratId))
    .orderBy(desc(ratStatusChanges.changedAt), desc(ratStatusChanges.id));
}

// ---------------------------------------------------------------------------------------------
// Photos
// ---------------------------------------------------------------------------------------------

/** A rat's photos: the main one first, then the newest. */
export async function listRatPhotos(db: DbOrTx, params: { ratId: number }) {
  return db
    .select({
      id: ratPhotos.id,
      caption: ratPhotos.caption,
      isMain: ratPhotos.isMain,
      contentType: ratPhotos.contentType,
      bytes: ratPhotos.bytes,
      createdAt: ratPhotos.createdAt,
      uploadedByName: users.name,
    })
    .from(ratPhotos)
    .leftJoin(users, eq(users.id, ratPhotos.uploadedBy))
    .where(eq(ratPhotos.ratId, params.ratId))
    .orderBy(desc(ratPhotos.isMain), desc(ratPhotos.createdAt), desc(ratPhotos.id));
}

/** The main photo of each rat that has one, as ratId → photoId (for lists and tables). */
export async function mainPhotoIdsFor(db: DbOrTx, ratIds: readonly number[]): Promise<Map<number, number>> {
  const ids = [...new Set(ratIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ ratId: ratPhotos.ratId, photoId: ratPhotos.id })
    .from(ratPhotos)
    .where(and(inArray(ratPhotos.ratId, ids), eq(ratPhotos.isMain, true)));
  return new Map(rows.map((r) => [r.ratId, r.photoId]));
}

/** A photo's stored objects, or null when the photo or its rat is missing or out of scope. */
export async function getRatPhotoInScope(db: DbOrTx, params: { ratId: number; photoId: number; scope: RatScope }) {
  const [row] = await db
    .select({ storageKey: ratPhotos.storageKey, thumbnailKey: ratPhotos.thumbnailKey, contentType: ratPhotos.contentType })
    .from(ratPhotos)
    .innerJoin(rats, eq(rats.id, ratPhotos.ratId))
    .where(and(eq(ratPhotos.id, params.photoId), eq(ratPhotos.ratId, params.ratId), ratScopeCondition(params.scope)));
  return row ?? null;
}

/** Records an uploaded photo (already stored); the rat's first photo becomes its main photo. */
export async function addRatPhoto(
  db: DbOrTx,
  params: { ratId: number; storageKey: string; thumbnailKey: string; contentType: string; bytes: number; caption: string | null; actorId: number },
) {
  return db.transaction(async (tx) => {
    // Lock the rat row so two first uploads at once do not both try to become main.
    const [rat] = await tx.select({ name: rats.name }).from(rats).where(eq(rats.id, params.ratId)).for('update');
    if (!rat) throw new Error(`Rat ${params.ratId} does not exist`);
    const [main] = await tx.select({ id: ratPhotos.id }).from(ratPhotos).where(and(eq(ratPhotos.ratId, params.ratId), eq(ratPhotos.isMain, true)));
    const [photo] = await tx
      .insert(ratPhotos)
      .values({
        ratId: params.ratId,
        storageKey: params.storageKey,
        thumbnailKey: params.thumbnailKey,
        contentType: params.contentType,
        bytes: params.bytes,
        caption: params.caption,
        isMain: !main,
        uploadedBy: params.actorId,
      })
      .returning({ id: ratPhotos.id, isMain: ratPhotos.isMain });
    await auditRat(tx, {
      actorId: params.actorId,
      action: 'create',
      entityType: 'rat_photo',
      entityId: photo.id,
      ratId: params.ratId,
      summary: `Added a photo of ${rat.name}${photo.isMain ? ' (main photo)' : ''}`,
      changes: params.caption ? { caption: { from: null, to: params.caption } } : {},
    });
    return photo;
  });
}

/** Makes one photo the rat's main photo: the old main is unset first, in the same transaction. */
export async function setMainRatPhoto(db: DbOrTx, params: { ratId: number; photoId: number; actorId: number }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const photos = await tx
      .select({ id: ratPhotos.id, isMain: ratPhotos.isMain, ratName: rats.name })
      .from(ratPhotos)
      .innerJoin(rats, eq(rats.id, ratPhotos.ratId))
      .where(eq(ratPhotos.ratId, params.ratId))
      .for('update');
    const chosen = photos.find((p) => p.id === params.photoId);
    if (!chosen) return false;
    if (chosen.isMain) return true;
    const previous = photos.find((p) => p.isMain);
    await tx.update(ratPhotos).set({ isMain: false }).where(and(eq(ratPhotos.ratId, params.ratId), eq(ratPhotos.isMain, true)));
    await tx.update(ratPhotos).set({ isMain: true }).where(eq(ratPhotos.id, params.photoId));
    await auditRat(tx, {
      actorId: params.actorId,
      action: 'update',
      entityType: 'rat_photo',
      entityId: params.photoId,
      ratId: params.ratId,
      summary: `Chose a new main photo of ${chosen.ratName}`,
      changes: { mainPhoto: { from: previous ? `photo #${previous.id}` : null, to: `photo #${params.photoId}` } },
    });
    return true;
  });
}

/**
 * Deletes a photo's record (the newest remaining photo becomes main if it was the main one) and
 * returns its storage keys, so the caller removes the files once the transaction committed.
 */
export async function deleteRatPhoto(db: DbOrTx, params: { ratId: number; photoId: number; actorId: number }) {
  return db.transaction(async (tx) => {
    const [photo] = await tx
      .delete(ratPhotos)
      .where(and(eq(ratPhotos.id, params.photoId), eq(ratPhotos.ratId, params.ratId)))
      .returning({ storageKey: ratPhotos.storageKey, thumbnailKey: ratPhotos.thumbnailKey, isMain: ratPhotos.isMain, caption: ratPhotos.caption });
    if (!photo) return null;
    let promoted: number | null = null;
    if (photo.isMain) {
      const [next] = await tx
        .select({ id: ratPhotos.id })
        .from(ratPhotos)
        .where(eq(ratPhotos.ratId, params.ratId))
        .orderBy(desc(ratPhotos.createdAt), desc(ratPhotos.id))
        .limit(1);
      if (next) {
        await tx.update(ratPhotos).set({ isMain: true }).where(eq(ratPhotos.id, next.id));
        promoted = next.id;
      }
    }
    const [rat] = await tx.select({ name: rats.name }).from(rats).where(eq(rats.id, params.ratId));
    await auditRat(tx, {
      actorId: params.actorId,
      action: 'delete',
      entityType: 'rat_photo',
      entityId: params.photoId,
      ratId: params.ratId,
      summary: `Deleted a photo of ${rat?.name ?? 'a rat'}${!photo.isMain ? '' : promoted ? ' (the next photo is now the main one)' : ' (no photos left)'}`,
      changes: photo.caption ? { caption: { from: photo.caption, to: null } } : {},
    });
    return { storageKey: photo.storageKey, thumbnailKey: photo.thumbnailKey };
  });
}

// ---------------------------------------------------------------------------------------------
// Where the rat lives
// ---------------------------------------------------------------------------------------------

/** Open quarantine and watches: shown as badges wherever the rat appears. */
export async function getOpenSafetyWindows(db: DbOrTx, params: { ratId: number }) {
  const [quarantine] = await db
    .select({ reason: quarantines.reason, startedOn: quarantines.startedOn, plannedEndOn: quarantines.plannedEndOn, restartedOn: quarantines.restartedOn })
    .from(quarantines)
    .where(and(eq(quarantines.ratId, params.ratId), isNull(quarantines.endedOn)));
  const openWatches = await db
    .select({ id: watches.id, kind: watches.kind, startedOn: watches.startedOn, dueOn: watches.dueOn })
    .from(watches)
    .where(and(eq(watches.ratId, params.ratId), isNull(watches.closedOn)))
    .orderBy(asc(watches.dueOn));
  return { quarantine: quarantine ?? null, watches: openWatches };
}

/** The rat's current home and cage group (with its cage-mates) and every placement it has had. */
export async function getRatHousing(db: DbOrTx, params: { ratId: number }) {
  const history = await db
    .select({
      id: placements.id,
      fosterHomeId: placements.fosterHomeId,
      homeName: fosterHomes.name,
      startedAt: placements.startedAt,
      endedAt: placements.endedAt,
      reason: placements.reason,
      endReason: placements.endReason,
    })
    .from(placements)
    .innerJoin(fosterHomes, eq(fosterHomes.id, placements.fosterHomeId))
    .where(eq(placements.ratId, params.ratId))
    .orderBy(desc(placements.startedAt), desc(placements.id));
  const [membership] = await db
    .select({ cageGroupId: cageGroups.id, name: cageGroups.name, joinedAt: cageGroupMemberships.joinedAt, homeName: fosterHomes.name })
    .from(cageGroupMemberships)
    .innerJoin(cageGroups, eq(cageGroups.id, cageGroupMemberships.cageGroupId))
    .leftJoin(fosterHomes, eq(fosterHomes.id, cageGroups.fosterHomeId))
    .where(and(eq(cageGroupMemberships.ratId, params.ratId), isNull(cageGroupMemberships.leftAt)));
  const mates = membership
    ? await db
        .select({ id: rats.id, name: rats.name, code: rats.code, sex: rats.sex })
        .from(cageGroupMemberships)
        .innerJoin(rats, eq(rats.id, cageGroupMemberships.ratId))
        .where(
          and(
            eq(cageGroupMemberships.cageGroupId, membership.cageGroupId),
            isNull(cageGroupMemberships.leftAt),
            ne(cageGroupMemberships.ratId, params.ratId),
          ),
        )
        .orderBy(asc(rats.name))
    : [];
  return {
    current: history.find((p) => p.endedAt === null) ?? null,
    history,
    cageGroup: membership ? { id: membership.cageGroupId, name: membership.name, joinedAt: membership.joinedAt, homeName: membership.homeName, mates } : null,
  };
}
