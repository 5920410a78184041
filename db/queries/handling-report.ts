import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { fosterHomes, handlingSessions, incidents, placements, rats, users } from '../schema';
import type { DbOrTx } from '../connect';
import { incidentsToReview, incidentWindowStart, reportWeeks, type ReportIncidentRow, type ReportRows } from '../../lib/domain/handling-report';
import { IN_CARE_STATUSES } from '../../lib/domain/vocabulary';
import { recordAudit } from './audit';
import { outer } from './outer';
import { lastSessionsOf } from './handling-sessions';

const inCare = inArray(rats.status, [...IN_CARE_STATUSES]);
const openPlacement = and(eq(placements.ratId, rats.id), isNull(placements.endedAt));

/** The active foster homes by name: the report's pages and its home filter. */
export async function listReportHomes(db: DbOrTx) {
  return db.select({ fosterHomeId: fosterHomes.id, name: fosterHomes.name }).from(fosterHomes).where(eq(fosterHomes.active, true)).orderBy(asc(fosterHomes.name));
}

/**
 * One page of the report: `perPage` rats in care, by home name then rat name (of one home when
 * `homeId` is given), with their homes in order and how many rats the whole report holds. A large
 * home spreads over several pages, so no page grows with the rescue.
 */
export async function listHandlingReportPage(db: DbOrTx, params: { homeId: number | null; page: number; perPage: number }) {
  const where = and(inCare, eq(fosterHomes.active, true), params.homeId !== null ? eq(placements.fosterHomeId, params.homeId) : undefined);
  const [rows, [counted]] = await Promise.all([
    db
      .select({ ratId: rats.id, fosterHomeId: placements.fosterHomeId })
      .from(rats)
      .innerJoin(placements, openPlacement)
      .innerJoin(fosterHomes, eq(fosterHomes.id, placements.fosterHomeId))
      .where(where)
      .orderBy(asc(fosterHomes.name), asc(fosterHomes.id), asc(rats.name), asc(rats.id))
      .limit(params.perPage)
      .offset((params.page - 1) * params.perPage),
    db
      .select({ n: count() })
      .from(rats)
      .innerJoin(placements, openPlacement)
      .innerJoin(fosterHomes, eq(fosterHomes.id, placements.fosterHomeId))
      .where(where),
  ]);
  const homeIds = params.homeId !== null ? [params.homeId] : [...new Set(rows.map((r) => r.fosterHomeId))];
  return { ratIds: rows.map((r) => r.ratId), homeIds, totalRats: counted?.n ?? 0 };
}

/**
 * Every row the handling report needs for the given active homes (all of them when none are
 * given), in one round of set-based queries (never one per rat): the homes, the rats in care
 * placed in them, their sessions per day since the first report week (counted only from when
 * each rat came to its current home) and their latest sessions.
 */
export async function loadHandlingReportRows(db: DbOrTx, params: { now: Date; homeIds?: readonly number[]; ratIds?: readonly number[] }): Promise<ReportRows> {
  const { now } = params;
  const onPage = params.ratIds ? inArray(rats.id, params.ratIds.length ? [...params.ratIds] : [-1]) : undefined;
  const inHomes = params.homeIds ? inArray(placements.fosterHomeId, params.homeIds.length ? [...params.homeIds] : [-1]) : undefined;
  const homeIn = params.homeIds ? inArray(fosterHomes.id, params.homeIds.length ? [...params.homeIds] : [-1]) : undefined;
  const start = new Date(`${reportWeeks(now)[0].from}T00:00:00Z`);
  const lastHandledAt = sql<Date | null>`(select max(h.session_at) from ${handlingSessions} h where h.rat_id = ${outer(rats.id)} and h.session_at <= ${now.toISOString()}::timestamptz)`.mapWith(
    (v) => (v === null ? null : new Date(v as string)),
  );
  const day = sql<string>`to_char(${handlingSessions.sessionAt} at time zone 'UTC', 'YYYY-MM-DD')`;

  const placedInHomes = sql`exists (select 1 from ${placements} p where p.rat_id = ${outer(rats.id)} and p.ended_at is null${
    params.homeIds ? sql` and p.foster_home_id in (${sql.join((params.homeIds.length ? params.homeIds : [-1]).map((id) => sql`${id}`), sql`, `)})` : sql``
  })`;

  const [homes, ratRows, sessionDays, recentSessions] = await Promise.all([
    db
      .select({ fosterHomeId: fosterHomes.id, name: fosterHomes.name })
      .from(fosterHomes)
      .where(and(eq(fosterHomes.active, true), homeIn))
      .orderBy(asc(fosterHomes.name)),
    db
      .select({
        ratId: rats.id,
        name: rats.name,
        code: rats.code,
        fosterHomeId: placements.fosterHomeId,
        placedAt: placements.startedAt,
        lastHandledAt,
      })
      .from(rats)
      .innerJoin(placements, openPlacement)
      .where(and(inCare, inHomes, onPage)),
    db
      .select({ ratId: handlingSessions.ratId, day, sessions: sql<number>`count(*)`.mapWith(Number) })
      .from(handlingSessions)
      .innerJoin(rats, eq(rats.id, handlingSessions.ratId))
      .innerJoin(placements, openPlacement)
      .where(
        and(
          inCare,
          inHomes,
          onPage,
          gte(handlingSessions.sessionAt, start),
          gte(handlingSessions.sessionAt, placements.startedAt),
          lte(handlingSessions.sessionAt, now),
        ),
      )
      .groupBy(handlingSessions.ratId, day),
    lastSessionsOf(db, { where: and(inCare, placedInHomes, onPage), asOf: now }),
  ]);
  return { homes, rats: ratRows, sessionDays, recentSessions };
}

/** Bite incidents for review: the last seven days, and older ones nobody has acknowledged yet. */
/** Bites shown for review on the report: the most urgent first; the rest are counted. */
export const INCIDENTS_SHOWN = 20;

/**
 * The first `limit` incidents to review, in the review order (unacknowledged first, then newest),
 * read in that order from the database, with how many there are in all.
 */
export async function listIncidentsToReview(db: DbOrTx, params: { now: Date; limit?: number }): Promise<{ rows: ReportIncidentRow[]; total: number }> {
  const toReview = and(lte(incidents.occurredAt, params.now), or(gte(incidents.occurredAt, incidentWindowStart(params.now)), isNull(incidents.acknowledgedAt)));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: incidents.id,
        ratId: incidents.ratId,
        ratName: rats.name,
        homeName: fosterHomes.name,
        biteGrade: incidents.biteGrade,
        occurredAt: incidents.occurredAt,
        description: incidents.description,
        acknowledgedAt: incidents.acknowledgedAt,
        acknowledgedByName: users.name,
      })
      .from(incidents)
      .innerJoin(rats, eq(rats.id, incidents.ratId))
      .leftJoin(fosterHomes, eq(fosterHomes.id, incidents.fosterHomeId))
      .leftJoin(users, eq(users.id, incidents.acknowledgedBy))
      .where(toReview)
      .orderBy(sql`${incidents.acknowledgedAt} is not null`, desc(incidents.occurredAt), desc(incidents.id))
      .limit(params.limit ?? INCIDENTS_SHOWN),
    db.select({ total: count() }).from(incidents).where(toReview),
  ]);
  return {
    rows: incidentsToReview(
      rows.map((r) => ({ ...r, biteGrade: r.biteGrade as ReportIncidentRow['biteGrade'] })),
      params.now,
    ),
    total,
  };
}

export type AcknowledgeResult = { ok: true; ratName: string } | { ok: false; reason: 'not_found' | 'already_acknowledged'; by?: string | null };

/** Marks a bite incident as seen by a coordinator, once, with its audit entry, in one transaction. */
export async function acknowledgeIncident(db: DbOrTx, params: { incidentId: number; actorId: number; now: Date }): Promise<AcknowledgeResult> {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(incidents)
      .set({ acknowledgedBy: params.actorId, acknowledgedAt: params.now })
      .where(and(eq(incidents.id, params.incidentId), isNull(incidents.acknowledgedAt)))
      .returning({ id: incidents.id, ratId: incidents.ratId, fosterHomeId: incidents.fosterHomeId, biteGrade: incidents.biteGrade });
    if (!updated) {
      const [existing] = await tx
        .select({ by: users.name })
        .from(incidents)
        .leftJoin(users, eq(users.id, incidents.acknowledgedBy))
        .where(eq(incidents.id, params.incidentId));
      return existing ? { ok: false, reason: 'already_acknowledged', by: existing.by } : { ok: false, reason: 'not_found' };
    }
    const [rat] = await tx.select({ name: rats.name }).from(rats).where(eq(rats.id, updated.ratId));
    await recordAudit(tx, {
      actorId: params.actorId,
      action: 'update',
      entityType: 'incident',
      entityId: updated.id,
      ratId: updated.ratId,
      fosterHomeId: updated.fosterHomeId,
      summary: `Acknowledged the ${updated.biteGrade} incident for ${rat.name}`,
      changes: { acknowledgedBy: { from: null, to: params.actorId }, acknowledgedAt: { from: null, to: params.now.toISOString() } },
    });
    return { ok: true, ratName: rat.name };
  });
}
