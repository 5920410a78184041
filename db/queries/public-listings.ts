import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { cageGroupMemberships, cageGroups, handlingSessions, intakes, publicListings, publicProfile, ratPhotos, rats, temperamentAssessments } from '../schema';
import type { DbOrTx } from '../connect';
import { changedFields } from '../../lib/domain/audit';
import type { Policy } from '../../lib/domain/policy';
import { isPubliclyShown, type ListingCandidate, type ListingKind, type ListingRat } from '../../lib/domain/public-listing';
import { currentTrustStep, TRUST_STEP_WINDOW } from '../../lib/domain/trust-step';
import { recordAudit } from './audit';
import { rankedSessionColumns } from './handling-sessions';
import { getPolicy } from './settings';
import { groupBy } from '../../lib/group-by';

/*
 * The ONLY reads behind the public pages, the feed and the public thumbnails. Every select names
 * its columns, and only public ones: a rat's name, sex, neuter date, birth date, variety, status,
 * the day it came into care, its derived trust step, its latest temperament category and bite
 * risk, its main photo's id; a listing's id and its public text; the rescue's public name and
 * fee. Never a foster home, a person, an address, a health record or a note. Unit rules live in
 * lib/domain/public-listing.ts.
 */

export type PublicProfile = { rescueName: string; feePerRatCents: number };

/** Saves the rescue's public name and fee per rat (admins, on Settings), audited. */
export async function updatePublicProfile(db: DbOrTx, params: { profile: PublicProfile; actorId: number }) {
  await db.transaction(async (tx) => {
    const before = await getPublicProfile(tx);
    const changes = changedFields(before, params.profile, ['rescueName', 'feePerRatCents']);
    if (Object.keys(changes).length === 0) return;
    await tx
      .insert(publicProfile)
      .values({ id: 1, ...params.profile, updatedBy: params.actorId })
      .onConflictDoUpdate({ target: publicProfile.id, set: { rescueName: params.profile.rescueName, feePerRatCents: params.profile.feePerRatCents, updatedBy: params.actorId, updatedAt: sql`now()` } });
    await recordAudit(tx, { actorId: params.actorId, action: 'update', entityType: 'settings', summary: 'Changed the public listing’s name or fee', changes });
  });
}

/** The rescue's public name and fee per rat; empty name and no fee until an admin sets them. */
export async function getPublicProfile(db: DbOrTx): Promise<PublicProfile> {
  const [row] = await db.select({ rescueName: publicProfile.rescueName, feePerRatCents: publicProfile.feePerRatCents }).from(publicProfile).where(eq(publicProfile.id, 1));
  return row ?? { rescueName: '', feePerRatCents: 0 };
}

export type PublicUnit = {
  /** Stable: the listing's id, kept when a unit is unlisted and listed again. */
  id: number;
  kind: ListingKind;
  text: string;
  joinsResidentRats: boolean;
  rats: ListingRat[];
};

type ListingRow = { id: number; cageGroupId: number | null; ratId: number | null; listed: boolean; text: string; joinsResidentRats: boolean };

const listingColumns = {
  id: publicListings.id,
  cageGroupId: publicListings.cageGroupId,
  ratId: publicListings.ratId,
  listed: publicListings.listed,
  text: publicListings.text,
  joinsResidentRats: publicListings.joinsResidentRats,
};

/** The rats each listing covers now, with only their public fields, in a fixed number of queries. */
async function candidatesOf(db: DbOrTx, listings: readonly ListingRow[], now: Date): Promise<Array<ListingCandidate & { text: string }>> {
  if (listings.length === 0) return [];
  const groupIds = listings.flatMap((l) => (l.cageGroupId === null ? [] : [l.cageGroupId]));
  const singleIds = listings.flatMap((l) => (l.ratId === null ? [] : [l.ratId]));
  // Current memberships of the listed groups, and of the single rats' own cages (to count cage-mates).
  const singleGroups = db
    .select({ id: cageGroupMemberships.cageGroupId })
    .from(cageGroupMemberships)
    .where(and(inArray(cageGroupMemberships.ratId, singleIds.length ? singleIds : [-1]), isNull(cageGroupMemberships.leftAt)));
  const members = await db
    .select({ cageGroupId: cageGroupMemberships.cageGroupId, ratId: cageGroupMemberships.ratId })
    .from(cageGroupMemberships)
    .innerJoin(cageGroups, eq(cageGroups.id, cageGroupMemberships.cageGroupId))
    .where(
      and(
        isNull(cageGroupMemberships.leftAt),
        isNull(cageGroups.dissolvedAt),
        or(inArray(cageGroupMemberships.cageGroupId, groupIds.length ? groupIds : [-1]), inArray(cageGroupMemberships.cageGroupId, singleGroups)),
      ),
    );
  const ratIds = [...new Set([...singleIds, ...members.filter((m) => groupIds.includes(m.cageGroupId)).map((m) => m.ratId)])];
  const byRat = await publicRats(db, ratIds, now);
  const groupOfRat = new Map(members.map((m) => [m.ratId, m.cageGroupId]));
  return listings.map((l) => {
    if (l.cageGroupId !== null) {
      const rats = members.filter((m) => m.cageGroupId === l.cageGroupId).flatMap((m) => byRat.get(m.ratId) ?? []);
      return { listingId: l.id, kind: 'group' as const, listed: l.listed, joinsResidentRats: l.joinsResidentRats, text: l.text, rats: sortByName(rats), cageMates: 0 };
    }
    const rat = byRat.get(l.ratId!);
    const group = groupOfRat.get(l.ratId!);
    const cageMates = group === undefined ? 0 : members.filter((m) => m.cageGroupId === group && m.ratId !== l.ratId).length;
    return { listingId: l.id, kind: 'rat' as const, listed: l.listed, joinsResidentRats: l.joinsResidentRats, text: l.text, rats: rat ? [rat] : [], cageMates };
  });
}

function sortByName<T extends { name: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** Each rat's public fields, derived trust step, latest assessment (category and bite risk) and main photo. */
async function publicRats(db: DbOrTx, ratIds: readonly number[], now: Date): Promise<Map<number, ListingRat>> {
  if (ratIds.length === 0) return new Map();
  const ids = [...ratIds];
  const ranked = db.select(rankedSessionColumns).from(handlingSessions).where(and(inArray(handlingSessions.ratId, ids), lte(handlingSessions.sessionAt, now))).as('ranked');
  const latest = db
    .select({
      ratId: temperamentAssessments.ratId,
      category: temperamentAssessments.category,
      biteRisk: temperamentAssessments.biteRisk,
      rank: sql<number>`row_number() over (partition by ${temperamentAssessments.ratId} order by ${temperamentAssessments.assessedAt} desc, ${temperamentAssessments.id} desc)`.as('rank'),
    })
    .from(temperamentAssessments)
    .where(inArray(temperamentAssessments.ratId, ids))
    .as('latest');
  const [ratRows, sessionRows, assessmentRows, photoRows] = await Promise.all([
    db
      .select({
        ratId: rats.id,
        name: rats.name,
        sex: rats.sex,
        status: rats.status,
        birthDate: rats.birthDate,
        birthDateEstimated: rats.birthDateEstimated,
        neuteredOn: rats.neuteredOn,
        variety: rats.variety,
        inCareSince: sql<string>`coalesce(${intakes.intakeDate}::text, to_char(${rats.createdAt} at time zone 'UTC', 'YYYY-MM-DD'))`,
      })
      .from(rats)
      .leftJoin(intakes, eq(intakes.id, rats.intakeId))
      .where(inArray(rats.id, ids)),
    db.select({ ratId: ranked.ratId, id: ranked.id, sessionAt: ranked.sessionAt, highestStep: ranked.highestStep }).from(ranked).where(lte(ranked.rank, TRUST_STEP_WINDOW)),
    db.select({ ratId: latest.ratId, category: latest.category, biteRisk: latest.biteRisk }).from(latest).where(eq(latest.rank, 1)),
    db
      .select({ ratId: ratPhotos.ratId, photoId: ratPhotos.id })
      .from(ratPhotos)
      .where(and(inArray(ratPhotos.ratId, ids), eq(ratPhotos.isMain, true))),
  ]);
  const sessions = groupBy(sessionRows, (s) => s.ratId);
  const assessment = new Map(assessmentRows.map((a) => [a.ratId, { category: a.category, biteRisk: a.biteRisk }]));
  const photo = new Map(photoRows.map((p) => [p.ratId, p.photoId]));
  return new Map(
    ratRows.map((r) => [
      r.ratId,
      { ...r, trustStep: currentTrustStep(sessions.get(r.ratId) ?? []), assessment: assessment.get(r.ratId) ?? null, photoId: photo.get(r.ratId) ?? null },
    ]),
  );
}

function toPublicUnit(c: ListingCandidate & { text: string }): PublicUnit {
  return { id: c.listingId, kind: c.kind, text: c.text, joinsResidentRats: c.kind === 'rat' && c.joinsResidentRats, rats: [...c.rats] };
}

/**
 * The units on the public pages now: listed, and still meeting the listing rules (every rat
 * available, a group of at least the minimum, a single rat alone and offered to join a home with
 * rats). A rat that stops being available takes its unit off at once: nothing has to be unticked.
 */
export async function listPublicUnits(db: DbOrTx, params: { now: Date; policy?: Policy; listingIds?: readonly number[] }): Promise<PublicUnit[]> {
  const policy = params.policy ?? (await getPolicy(db));
  const rows = await db
    .select(listingColumns)
    .from(publicListings)
    .where(and(eq(publicListings.listed, true), params.listingIds ? inArray(publicListings.id, params.listingIds.length ? [...params.listingIds] : [-1]) : undefined))
    .orderBy(asc(publicListings.listedAt), asc(publicListings.id));
  const candidates = await candidatesOf(db, rows, params.now);
  return candidates.filter((c) => isPubliclyShown(c, policy)).map(toPublicUnit);
}

/** One unit on the public pages, or null when it is not shown (never listed, unlisted, or no longer available). */
export async function getPublicUnit(db: DbOrTx, params: { listingId: number; now: Date; policy?: Policy }): Promise<PublicUnit | null> {
  const [unit] = await listPublicUnits(db, { ...params, listingIds: [params.listingId] });
  return unit ?? null;
}

/**
 * The stored thumbnail of a photo, only while the photo's rat is in a unit shown on the public
 * pages; null otherwise (so a photo id never reveals a rat that is not listed).
 */
export async function getPublicThumbnail(db: DbOrTx, params: { photoId: number; now: Date }): Promise<{ thumbnailKey: string } | null> {
  const [photo] = await db.select({ ratId: ratPhotos.ratId, thumbnailKey: ratPhotos.thumbnailKey }).from(ratPhotos).where(eq(ratPhotos.id, params.photoId));
  if (!photo) return null;
  const group = db
    .select({ id: cageGroupMemberships.cageGroupId })
    .from(cageGroupMemberships)
    .where(and(eq(cageGroupMemberships.ratId, photo.ratId), isNull(cageGroupMemberships.leftAt)));
  const listings = await db
    .select({ id: publicListings.id })
    .from(publicListings)
    .where(and(eq(publicListings.listed, true), or(eq(publicListings.ratId, photo.ratId), inArray(publicListings.cageGroupId, group))));
  if (listings.length === 0) return null;
  const units = await listPublicUnits(db, { now: params.now, listingIds: listings.map((l) => l.id) });
  return units.some((u) => u.rats.some((r) => r.ratId === photo.ratId && r.photoId === params.photoId)) ? { thumbnailKey: photo.thumbnailKey } : null;
}

// ---------------------------------------------------------------------------------------------
// The coordinator's control (dashboard side): the listing of one cage group or one rat
// ---------------------------------------------------------------------------------------------
export type ListingTarget = { cageGroupId: number } | { ratId: number };

export type ListingState = {
  /** Null until the unit is listed for the first time. */
  id: number | null;
  listed: boolean;
  text: string;
  joinsResidentRats: boolean;
  version: number;
  /** Shown on the public pages right now. */
  shown: boolean;
  candidate: ListingCandidate;
};

function targetCondition(target: ListingTarget) {
  return 'cageGroupId' in target ? eq(publicListings.cageGroupId, target.cageGroupId) : eq(publicListings.ratId, target.ratId);
}

/** The listing of a cage group or a rat as the coordinator's control shows it, with what would stop it showing. */
export async function getListingState(db: DbOrTx, params: { target: ListingTarget; now: Date; policy?: Policy }): Promise<ListingState> {
  const policy = params.policy ?? (await getPolicy(db));
  const [row] = await db
    .select({ ...listingColumns, version: publicListings.version })
    .from(publicListings)
    .where(targetCondition(params.target));
  const listing: ListingRow = row ?? {
    id: 0,
    cageGroupId: 'cageGroupId' in params.target ? params.target.cageGroupId : null,
    ratId: 'ratId' in params.target ? params.target.ratId : null,
    listed: false,
    text: '',
    joinsResidentRats: false,
  };
  const [candidate] = await candidatesOf(db, [listing], params.now);
  return {
    id: row?.id ?? null,
    listed: listing.listed,
    text: listing.text,
    joinsResidentRats: listing.joinsResidentRats,
    version: row?.version ?? 0,
    shown: isPubliclyShown(candidate, policy),
    candidate,
  };
}

export type ListingWrite = { ok: true; listingId: number } | { ok: false; reason: 'stale' };

/**
 * Lists (with its text) or unlists a cage group or a rat, in one transaction with its audit
 * row; refused when someone changed the listing since the control was read (`version`, 0 for
 * a unit never listed). Unlisting takes effect on the next read of any public page.
 */
export async function saveListing(
  db: DbOrTx,
  params: { target: ListingTarget; version: number; listed: boolean; text: string; joinsResidentRats: boolean; actorId: number; now: Date; unitName: string },
): Promise<ListingWrite> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(publicListings).where(targetCondition(params.target)).for('update');
    if ((before?.version ?? 0) !== params.version) return { ok: false, reason: 'stale' } as const;
    const values = {
      listed: params.listed,
      text: params.text,
      joinsResidentRats: 'ratId' in params.target ? params.joinsResidentRats : false,
      ...(params.listed && !before?.listed ? { listedAt: params.now, listedBy: params.actorId } : {}),
    };
    let id: number;
    if (before) {
      await tx
        .update(publicListings)
        .set({ ...values, version: sql`${publicListings.version} + 1`, updatedAt: params.now })
        .where(eq(publicListings.id, before.id));
      id = before.id;
    } else {
      const [created] = await tx
        .insert(publicListings)
        .values({ ...values, ...('cageGroupId' in params.target ? { cageGroupId: params.target.cageGroupId } : { ratId: params.target.ratId }) })
        .returning({ id: publicListings.id });
      id = created.id;
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if ((before?.listed ?? false) !== params.listed) changes.listed = { from: before?.listed ?? false, to: params.listed };
    if ((before?.text ?? '') !== params.text) changes.text = { from: before?.text ?? '', to: params.text };
    if ((before?.joinsResidentRats ?? false) !== values.joinsResidentRats) changes.joinsResidentRats = { from: before?.joinsResidentRats ?? false, to: values.joinsResidentRats };
    const what = params.listed ? (before?.listed ? 'Edited the public listing of' : 'Listed publicly:') : before?.listed ? 'Took off the public listing:' : 'Saved the listing text of';
    await recordAudit(tx, {
      actorId: params.actorId,
      action: 'update',
      entityType: 'public_listing',
      entityId: id,
      ratId: 'ratId' in params.target ? params.target.ratId : null,
      summary: `${what} ${params.unitName}`,
      changes,
    });
    return { ok: true, listingId: id } as const;
  });
}
