import { and, asc, count, desc, eq, ilike, isNull, ne, or, sql } from 'drizzle-orm';
import { auditLog, cageGroups, fosterHomes, placements, quarantines, rats, users, type FosterHome } from '../schema';
import type { DbOrTx } from '../connect';
import { changedFields } from '../../lib/domain/audit';
import { canStopQuarantining, FOSTER_HOME_FIELDS, foldChanges, type ChangeSet } from '../../lib/domain/foster-homes';
import { recordAudit } from './audit';
import { containsPattern } from './rat-table';
import { FOSTER_HOME_LIST_PAGE_SIZE } from '../../lib/validation/foster-home';

export async function getFosterHomeName(db: DbOrTx, params: { id: number }): Promise<string | null> {
  const [row] = await db.select({ name: fosterHomes.name }).from(fosterHomes).where(eq(fosterHomes.id, params.id));
  return row?.name ?? null;
}

/** Open placements and live cage groups per home, to join onto homes as their occupancy. */
function occupancy(db: DbOrTx) {
  const ratsIn = db
    .select({ fosterHomeId: placements.fosterHomeId, n: count().as('rats_n') })
    .from(placements)
    .where(isNull(placements.endedAt))
    .groupBy(placements.fosterHomeId)
    .as('rats_in');
  const cagesIn = db
    .select({ fosterHomeId: cageGroups.fosterHomeId, n: count().as('cages_n') })
    .from(cageGroups)
    .where(isNull(cageGroups.dissolvedAt))
    .groupBy(cageGroups.fosterHomeId)
    .as('cages_in');
  return {
    ratsIn,
    cagesIn,
    ratCount: sql<number>`coalesce(${ratsIn.n}, 0)`.mapWith(Number),
    cageCount: sql<number>`coalesce(${cagesIn.n}, 0)`.mapWith(Number),
  };
}

/**
 * A page of homes with their current occupancy (open placements and live cage groups) against
 * capacity, active homes first, by name; `q` searches name, contact and area. With the number of
 * homes that match.
 */
export async function listFosterHomes(db: DbOrTx, params: { q?: string; page?: number; pageSize?: number } = {}) {
  const o = occupancy(db);
  const pageSize = params.pageSize ?? FOSTER_HOME_LIST_PAGE_SIZE;
  const pattern = params.q ? containsPattern(params.q) : null;
  const where = pattern ? or(ilike(fosterHomes.name, pattern), ilike(fosterHomes.contactName, pattern), ilike(fosterHomes.area, pattern)) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: fosterHomes.id,
        name: fosterHomes.name,
        contactName: fosterHomes.contactName,
        area: fosterHomes.area,
        capacityRats: fosterHomes.capacityRats,
        capacityCages: fosterHomes.capacityCages,
        canQuarantine: fosterHomes.canQuarantine,
        experienceLevel: fosterHomes.experienceLevel,
        otherPets: fosterHomes.otherPets,
        active: fosterHomes.active,
        ratCount: o.ratCount,
        cageCount: o.cageCount,
      })
      .from(fosterHomes)
      .leftJoin(o.ratsIn, eq(o.ratsIn.fosterHomeId, fosterHomes.id))
      .leftJoin(o.cagesIn, and(eq(o.cagesIn.fosterHomeId, fosterHomes.id)))
      .where(where)
      .orderBy(desc(fosterHomes.active), asc(fosterHomes.name), asc(fosterHomes.id))
      .limit(pageSize)
      .offset(((params.page ?? 1) - 1) * pageSize),
    db.select({ total: count() }).from(fosterHomes).where(where),
  ]);
  return { rows, total };
}

/** One home with every field and its occupancy, or null. */
export async function getFosterHome(db: DbOrTx, params: { id: number }) {
  const o = occupancy(db);
  const [row] = await db
    .select({ home: fosterHomes, ratCount: o.ratCount, cageCount: o.cageCount })
    .from(fosterHomes)
    .leftJoin(o.ratsIn, eq(o.ratsIn.fosterHomeId, fosterHomes.id))
    .leftJoin(o.cagesIn, eq(o.cagesIn.fosterHomeId, fosterHomes.id))
    .where(eq(fosterHomes.id, params.id));
  return row ? { ...row.home, ratCount: row.ratCount, cageCount: row.cageCount } : null;
}

/** Active homes a rat or cage group can be placed in, with occupancy; `canQuarantine` keeps only homes that can. */
export async function listPlacementHomes(db: DbOrTx, params: { canQuarantine?: boolean } = {}) {
  const o = occupancy(db);
  return db
    .select({
      id: fosterHomes.id,
      name: fosterHomes.name,
      area: fosterHomes.area,
      canQuarantine: fosterHomes.canQuarantine,
      capacityRats: fosterHomes.capacityRats,
      capacityCages: fosterHomes.capacityCages,
      ratCount: o.ratCount,
      cageCount: o.cageCount,
    })
    .from(fosterHomes)
    .leftJoin(o.ratsIn, eq(o.ratsIn.fosterHomeId, fosterHomes.id))
    .leftJoin(o.cagesIn, eq(o.cagesIn.fosterHomeId, fosterHomes.id))
    .where(and(eq(fosterHomes.active, true), params.canQuarantine ? eq(fosterHomes.canQuarantine, true) : undefined))
    .orderBy(asc(fosterHomes.name));
}
export type PlacementHome = Awaited<ReturnType<typeof listPlacementHomes>>[number];

export type FosterHomeValues = Pick<FosterHome, (typeof FOSTER_HOME_FIELDS)[number]>;

function valuesOf(home: FosterHome): FosterHomeValues {
  return Object.fromEntries(FOSTER_HOME_FIELDS.map((f) => [f, home[f]])) as FosterHomeValues;
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

async function nameTaken(db: DbOrTx, name: string, exceptId?: number): Promise<boolean> {
  const [row] = await db
    .select({ id: fosterHomes.id })
    .from(fosterHomes)
    .where(and(eq(sql`lower(${fosterHomes.name})`, name.toLowerCase()), exceptId ? ne(fosterHomes.id, exceptId) : undefined));
  return !!row;
}

export type FosterHomeWrite =
  | { ok: true; id: number; changes: ChangeSet }
  | { ok: false; kind: 'duplicate_name' }
  | { ok: false; kind: 'missing' }
  | { ok: false; kind: 'stale'; current: FosterHomeValues; version: number; theirChanges: ChangeSet; editors: string[] }
  | { ok: false; kind: 'still_housing'; ratCount: number }
  | { ok: false; kind: 'holds_quarantined'; reason: string };

/** Adds a home (version 1) and audits it; a name another home uses (in any case) is refused. */
export async function createFosterHome(db: DbOrTx, params: { values: FosterHomeValues; actorId: number | null }): Promise<FosterHomeWrite> {
  try {
    return await db.transaction(async (tx) => {
      if (await nameTaken(tx, params.values.name)) return { ok: false, kind: 'duplicate_name' } as const;
      const [home] = await tx.insert(fosterHomes).values(params.values).returning({ id: fosterHomes.id });
      await recordAudit(tx, {
        actorId: params.actorId,
        action: 'create',
        entityType: 'foster_home',
        entityId: home.id,
        fosterHomeId: home.id,
        summary: `Added foster home ${params.values.name}`,
      });
      return { ok: true, id: home.id, changes: {} } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, kind: 'duplicate_name' };
    throw error;
  }
}

/**
 * What changed between `fromVersion` and the current version: every save bumps the version by
 * one and writes one audit entry with its changes, so the last (current - from) entries are it.
 */
async function changesSince(tx: DbOrTx, params: { homeId: number; fromVersion: number; currentVersion: number }) {
  const saves = Math.max(0, params.currentVersion - params.fromVersion);
  if (saves === 0) return { theirChanges: {}, editors: [] };
  const entries = await tx
    .select({ changes: auditLog.changes, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, 'foster_home'), eq(auditLog.entityId, params.homeId), eq(auditLog.action, 'update')))
    .orderBy(desc(auditLog.id))
    .limit(saves);
  const oldestFirst = entries.reverse();
  return {
    theirChanges: foldChanges(oldestFirst.map((e) => e.changes)),
    editors: [...new Set(oldestFirst.map((e) => e.actorName ?? 'Someone'))],
  };
}

/** Locks the home's row for this transaction, so two saves of one home queue instead of racing. */
async function lockHome(tx: DbOrTx, homeId: number): Promise<FosterHome | null> {
  const [home] = await tx.select().from(fosterHomes).where(eq(fosterHomes.id, homeId)).for('update');
  return home ?? null;
}

/** Every save of a home bumps its version by one and writes exactly one audit entry: changesSince relies on it. */
async function saveNextVersion(
  tx: DbOrTx,
  params: { home: FosterHome; set: Partial<FosterHomeValues> & { active?: boolean }; changes: ChangeSet; summary: string; actorId: number | null },
) {
  await tx
    .update(fosterHomes)
    .set({ ...params.set, version: params.home.version + 1 })
    .where(eq(fosterHomes.id, params.home.id));
  await recordAudit(tx, {
    actorId: params.actorId,
    action: 'update',
    entityType: 'foster_home',
    entityId: params.home.id,
    fosterHomeId: params.home.id,
    summary: params.summary,
    changes: params.changes,
  });
}

async function staleResult(tx: DbOrTx, home: FosterHome, basedOn: number): Promise<FosterHomeWrite> {
  const since = await changesSince(tx, { homeId: home.id, fromVersion: basedOn, currentVersion: home.version });
  return { ok: false, kind: 'stale', current: valuesOf(home), version: home.version, ...since };
}

/**
 * Saves an edit made on `version` of the home. If someone saved since, nothing is written and
 * the result says what they changed. A save that changes nothing writes nothing.
 */
export async function updateFosterHome(
  db: DbOrTx,
  params: { homeId: number; version: number; values: FosterHomeValues; actorId: number | null },
): Promise<FosterHomeWrite> {
  try {
    return await db.transaction(async (tx) => {
      const home = await lockHome(tx, params.homeId);
      if (!home) return { ok: false, kind: 'missing' } as const;
      if (home.version !== params.version) return staleResult(tx, home, params.version);
      if (params.values.name.toLowerCase() !== home.name.toLowerCase() && (await nameTaken(tx, params.values.name, home.id))) {
        return { ok: false, kind: 'duplicate_name' } as const;
      }
      const changes = changedFields(valuesOf(home), params.values, FOSTER_HOME_FIELDS);
      if (Object.keys(changes).length === 0) return { ok: true, id: home.id, changes } as const;
      if (home.canQuarantine && !params.values.canQuarantine) {
        const held = await tx
          .select({ name: rats.name })
          .from(placements)
          .innerJoin(quarantines, and(eq(quarantines.ratId, placements.ratId), isNull(quarantines.endedOn)))
          .innerJoin(rats, eq(rats.id, placements.ratId))
          .where(and(eq(placements.fosterHomeId, home.id), isNull(placements.endedAt)))
          .orderBy(asc(rats.name));
        const decision = canStopQuarantining(home.name, held.map((r) => r.name));
        if (!decision.ok) return { ok: false, kind: 'holds_quarantined', reason: decision.reason } as const;
      }
      await saveNextVersion(tx, { home, set: params.values, changes, summary: `Edited foster home ${params.values.name}`, actorId: params.actorId });
      return { ok: true, id: home.id, changes } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, kind: 'duplicate_name' };
    throw error;
  }
}

/**
 * Deactivates or reactivates a home. A home still housing rats cannot be deactivated: they would
 * be left in a home nobody can place with or look after.
 */
export async function setFosterHomeActive(
  db: DbOrTx,
  params: { homeId: number; version: number; active: boolean; actorId: number | null },
): Promise<FosterHomeWrite> {
  return db.transaction(async (tx) => {
    const home = await lockHome(tx, params.homeId);
    if (!home) return { ok: false, kind: 'missing' } as const;
    if (home.version !== params.version) return staleResult(tx, home, params.version);
    if (home.active === params.active) return { ok: true, id: home.id, changes: {} } as const;
    if (!params.active) {
      const [placed] = await tx
        .select({ n: count() })
        .from(placements)
        .where(and(eq(placements.fosterHomeId, home.id), isNull(placements.endedAt)));
      if (placed.n > 0) return { ok: false, kind: 'still_housing', ratCount: placed.n } as const;
    }
    const changes = { active: { from: home.active, to: params.active } };
    const summary = `${params.active ? 'Reactivated' : 'Deactivated'} foster home ${home.name}`;
    await saveNextVersion(tx, { home, set: { active: params.active }, changes, summary, actorId: params.actorId });
    return { ok: true, id: home.id, changes } as const;
  });
}
