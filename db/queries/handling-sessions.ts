import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import {
  cageGroupMemberships,
  cageGroups,
  handlingSessions,
  incidents,
  placements,
  quarantines,
  ratPhotos,
  rats,
  watches,
} from '../schema';
import type { DbOrTx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { isIncident } from '../../lib/domain/handling';
import { listInWords } from '../../lib/domain/quarantine';
import { currentTrustStep, TRUST_STEP_WINDOW, type StepSession } from '../../lib/domain/trust-step';
import type { HandlingSessionInput } from '../../lib/validation/handling';
import { IN_CARE_STATUSES, type WatchKind } from '../../lib/domain/vocabulary';
import type { HomeScreenRat } from '../../lib/domain/home-screen';
import { anyOf } from './any-of';
import { recordAudit } from './audit';
import { rowsOf } from './rows-of';

/** A session's step columns with its rank among the rat's sessions, newest first: rank <= 3 is the step window. */
export const rankedSessionColumns = {
  ratId: handlingSessions.ratId,
  id: handlingSessions.id,
  sessionAt: handlingSessions.sessionAt,
  highestStep: handlingSessions.highestStep,
  rank: sql<number>`row_number() over (partition by ${handlingSessions.ratId} order by ${handlingSessions.sessionAt} desc, ${handlingSessions.id} desc)`.as('rank'),
};
import { ratScopeCondition } from './rats';
import { outer } from './outer';

/**
 * The step window of each rat `where` selects: its last TRUST_STEP_WINDOW sessions (at or before
 * `asOf`, when given), newest first, read through the (rat, time) index three rows a rat, never
 * by ranking all of a rat's sessions. The dashboard reads thousands of these rows, so they come
 * back as plain rows (numbers only, the same on both drivers) rather than through the query
 * builder's per-row mapping.
 */
export async function lastSessionsOf(db: DbOrTx, params: { where: SQL | undefined; asOf?: Date }): Promise<Array<StepSession & { ratId: number }>> {
  const rows = await rowsOf<{ ratId: number; id: number; atMs: number; highestStep: number }>(
    db,
    sql`select w.rat_id as "ratId", w.id as "id", (extract(epoch from w.session_at) * 1000)::float8 as "atMs", w.highest_step::int as "highestStep"
      from ${rats}
      cross join lateral (
        select s.rat_id, s.id, s.session_at, s.highest_step from ${handlingSessions} s
        where s.rat_id = ${outer(rats.id)}${params.asOf ? sql` and s.session_at <= ${params.asOf.toISOString()}::timestamptz` : sql``}
        order by s.session_at desc, s.id desc
        limit ${sql.raw(String(TRUST_STEP_WINDOW))}
      ) w
      where ${params.where ?? sql`true`}`,
  );
  return rows.map((r) => ({ ratId: r.ratId, id: r.id, sessionAt: new Date(r.atMs), highestStep: r.highestStep }));
}

export type HandlingRat = {
  id: number;
  code: string;
  name: string;
  sex: string;
  cageGroupId: number | null;
  cageGroupName: string | null;
  fosterHomeId: number | null;
  mainPhotoId: number | null;
  inQuarantine: boolean;
  watchKinds: WatchKind[];
  lastHandledAt: Date | null;
  currentStep: number | null;
};

/**
 * The rats in care in scope, each with its cage group, badges, last session and current trust
 * step (from the handling summary), in one query.
 */
export async function listHandlingRats(
  db: DbOrTx,
  params: { scope: RatScope; ratIds?: number[]; cageGroupId?: number; fosterHomeId?: number },
): Promise<HandlingRat[]> {
  const base = await db
    .select({
      id: rats.id,
      code: rats.code,
      name: rats.name,
      sex: rats.sex,
      cageGroupId: cageGroups.id,
      cageGroupName: cageGroups.name,
      fosterHomeId: placements.fosterHomeId,
      mainPhotoId: ratPhotos.id,
      inQuarantine: sql<boolean>`exists (select 1 from ${quarantines} q where q.rat_id = ${outer(rats.id)} and q.ended_on is null)`,
      watchKinds: sql<WatchKind[]>`coalesce((select array_agg(w.kind::text order by w.kind) from ${watches} w where w.rat_id = ${outer(rats.id)} and w.closed_on is null), '{}')`,
      // The summary the session write keeps (refreshHandlingSummaries): no session is read here.
      lastHandledAt: rats.lastHandledAt,
      currentStep: rats.currentTrustStep,
    })
    .from(rats)
    .innerJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
    .leftJoin(cageGroupMemberships, and(eq(cageGroupMemberships.ratId, rats.id), isNull(cageGroupMemberships.leftAt)))
    .leftJoin(cageGroups, eq(cageGroups.id, cageGroupMemberships.cageGroupId))
    .leftJoin(ratPhotos, and(eq(ratPhotos.ratId, rats.id), eq(ratPhotos.isMain, true)))
    .where(
      and(
        inCareIn(params.scope),
        params.ratIds ? anyOf(rats.id, params.ratIds) : undefined,
        params.cageGroupId !== undefined ? eq(cageGroups.id, params.cageGroupId) : undefined,
        params.fosterHomeId !== undefined ? eq(placements.fosterHomeId, params.fosterHomeId) : undefined,
      ),
    )
    .orderBy(...byCage);
  return base.map((rat) => ({ ...rat, watchKinds: [...rat.watchKinds] }));
}

/** Rats in care in the scope (their open placement joined). */
function inCareIn(scope: RatScope) {
  return and(inArray(rats.status, [...IN_CARE_STATUSES]), ratScopeCondition(scope));
}

/** The home screen's order: cage group by name (rats in no group last), then rat by name. */
const byCage = [asc(cageGroups.name), asc(cageGroups.id), asc(rats.name), asc(rats.id)];

/**
 * Every rat in care in the scope with its cage group only, in the home screen's order: enough to
 * cut the home screen into pages of whole cages (lib/domain/home-screen.ts) before reading a
 * page's rats in full with listHandlingRats.
 */
export function listHomeScreenRats(db: DbOrTx, params: { scope: RatScope }): Promise<HomeScreenRat[]> {
  return db
    .select({ ratId: rats.id, cageGroupId: cageGroups.id })
    .from(rats)
    .innerJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
    .leftJoin(cageGroupMemberships, and(eq(cageGroupMemberships.ratId, rats.id), isNull(cageGroupMemberships.leftAt)))
    .leftJoin(cageGroups, eq(cageGroups.id, cageGroupMemberships.cageGroupId))
    .where(inCareIn(params.scope))
    .orderBy(...byCage);
}

export class RatsOutOfScopeError extends Error {
  /** `names`: the rats that moved away, when the asker may know them (they lived in the asker's home); otherwise none. */
  constructor(readonly names: readonly string[] = []) {
    const who = names.length === 0 ? 'One of these rats is' : `${listInWords(names)} ${names.length === 1 ? 'is' : 'are'}`;
    super(`${who} not in your home any more, so the session was not saved. Reload the page to see your rats now.`);
  }
}

/**
 * The names of the rats a session was refused for: for a foster, only rats that once lived in
 * their home (a foster never learns the name of a rat they never had); for staff, any rat.
 */
export async function ratsThatMovedAway(tx: DbOrTx, ratIds: readonly number[], scope: RatScope): Promise<string[]> {
  if (ratIds.length === 0 || scope.kind === 'none') return [];
  const knew =
    scope.kind === 'home'
      ? sql`exists (select 1 from ${placements} p where p.rat_id = ${outer(rats.id)} and p.foster_home_id = ${scope.fosterHomeId})`
      : undefined;
  const rows = await tx.select({ name: rats.name }).from(rats).where(and(inArray(rats.id, [...ratIds]), knew)).orderBy(asc(rats.name));
  return rows.map((r) => r.name);
}

/**
 * Logs one handling session: one row per rat sharing a batch id, and an incident for any bite
 * or worse. Every rat must be in scope at the moment of writing (checked inside the
 * transaction), so a rat moved to another home since the form was opened is refused.
 */
export async function createHandlingSession(
  db: DbOrTx,
  params: { input: HandlingSessionInput; scope: RatScope; loggedBy: number },
): Promise<{ batchId: string; incidents: number }> {
  const { input } = params;
  const ratIds = input.rats.map((r) => r.ratId);
  return db.transaction(async (tx) => {
    const inScope = await tx
      .select({ id: rats.id, name: rats.name, fosterHomeId: placements.fosterHomeId })
      .from(rats)
      .innerJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
      .where(and(inArray(rats.id, ratIds), inArray(rats.status, [...IN_CARE_STATUSES]), ratScopeCondition(params.scope)))
      .for('update', { of: rats });
    if (inScope.length !== ratIds.length) {
      const found = new Set(inScope.map((r) => r.id));
      throw new RatsOutOfScopeError(await ratsThatMovedAway(tx, ratIds.filter((id) => !found.has(id)), params.scope));
    }
    const homeOf = new Map(inScope.map((r) => [r.id, r]));
    const batchId = randomUUID();
    const inserted = await tx
      .insert(handlingSessions)
      .values(
        input.rats.map((r) => ({
          batchId,
          ratId: r.ratId,
          fosterHomeId: homeOf.get(r.ratId)!.fosterHomeId,
          loggedBy: params.loggedBy,
          sessionAt: input.sessionAt,
          durationMinutes: input.durationMinutes,
          techniques: input.techniques,
          highestStep: r.highestStep,
          positiveSigns: r.positiveSigns,
          stressSigns: r.stressSigns,
          biteGrade: r.biteGrade,
          confidence: r.confidence,
          notes: r.note ?? null,
        })),
      )
      .returning({ id: handlingSessions.id, ratId: handlingSessions.ratId, biteGrade: handlingSessions.biteGrade, fosterHomeId: handlingSessions.fosterHomeId });
    const bites = inserted.filter((s) => isIncident(s.biteGrade));
    if (bites.length > 0) {
      await tx.insert(incidents).values(
        bites.map((s) => ({
          kind: 'bite' as const,
          ratId: s.ratId,
          handlingSessionId: s.id,
          fosterHomeId: s.fosterHomeId,
          biteGrade: s.biteGrade,
          occurredAt: input.sessionAt,
          description: input.rats.find((r) => r.ratId === s.ratId)?.note ?? null,
        })),
      );
    }
    await refreshHandlingSummaries(tx, ratIds);
    await recordAudit(
      tx,
      inserted.map((s) => ({
        actorId: params.loggedBy,
        action: 'create' as const,
        entityType: 'handling_session',
        entityId: s.id,
        ratId: s.ratId,
        fosterHomeId: s.fosterHomeId,
        summary: `Logged a ${input.durationMinutes}-minute handling session with ${homeOf.get(s.ratId)!.name}${isIncident(s.biteGrade) ? ` (${s.biteGrade}: incident raised)` : ''}`,
      })),
    );
    return { batchId, incidents: bites.length };
  });
}

/**
 * Recomputes the handling summary (current trust step, last handled time) of the given rats from
 * their last three sessions, with the rule in lib/domain. Every write that adds, changes or
 * removes a handling session calls this inside its own transaction, so lists that sort or
 * filter by the summary never see a stale step. Reads at most three sessions a rat, by index.
 */
export async function refreshHandlingSummaries(tx: DbOrTx, ratIds: readonly number[]): Promise<void> {
  const ids = [...new Set(ratIds)];
  if (ids.length === 0) return;
  const recent = await lastSessionsOf(tx, { where: inArray(rats.id, ids) });
  const byRat = new Map<number, StepSession[]>(ids.map((id) => [id, []]));
  for (const r of recent) byRat.get(r.ratId)!.push({ id: r.id, sessionAt: r.sessionAt, highestStep: r.highestStep });
  const values = ids.map((id) => {
    const sessions = byRat.get(id)!;
    const last = sessions.reduce<Date | null>((latest, s) => (!latest || s.sessionAt > latest ? s.sessionAt : latest), null);
    return sql`(${id}::integer, ${currentTrustStep(sessions)}::smallint, ${last ? last.toISOString() : null}::timestamptz)`;
  });
  await tx.execute(sql`
    update ${rats} set current_trust_step = v.step, last_handled_at = v.last_at
    from (values ${sql.join(values, sql`, `)}) as v(rat_id, step, last_at)
    where ${rats.id} = v.rat_id`);
}
