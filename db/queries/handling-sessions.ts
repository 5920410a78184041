import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
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
import { currentTrustStep, type StepSession } from '../../lib/domain/trust-step';
import type { HandlingSessionInput } from '../../lib/validation/handling';
import { IN_CARE_STATUSES, type WatchKind } from '../../lib/domain/vocabulary';
import { recordAudit } from './audit';

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
 * step (derived from its last three sessions), in one round of queries.
 */
export async function listHandlingRats(db: DbOrTx, params: { scope: RatScope; ratIds?: number[] }): Promise<HandlingRat[]> {
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
    })
    .from(rats)
    .innerJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
    .leftJoin(cageGroupMemberships, and(eq(cageGroupMemberships.ratId, rats.id), isNull(cageGroupMemberships.leftAt)))
    .leftJoin(cageGroups, eq(cageGroups.id, cageGroupMemberships.cageGroupId))
    .leftJoin(ratPhotos, and(eq(ratPhotos.ratId, rats.id), eq(ratPhotos.isMain, true)))
    .where(
      and(
        inArray(rats.status, [...IN_CARE_STATUSES]),
        ratScopeCondition(params.scope),
        params.ratIds ? inArray(rats.id, params.ratIds.length ? params.ratIds : [-1]) : undefined,
      ),
    )
    .orderBy(asc(cageGroups.name), asc(rats.name));
  if (base.length === 0) return [];

  const recent = await db.execute(sql`
    select rat_id, id, session_at, highest_step from (
      select h.rat_id, h.id, h.session_at, h.highest_step,
             row_number() over (partition by h.rat_id order by h.session_at desc, h.id desc) as n
      from ${handlingSessions} h where h.rat_id in (${sql.join(base.map((r) => sql`${r.id}`), sql`, `)})
    ) last where n <= 3`);
  const rows = (Array.isArray(recent) ? recent : (recent as { rows: unknown[] }).rows) as Array<{
    rat_id: number;
    id: number;
    session_at: string | Date;
    highest_step: number;
  }>;
  const sessionsByRat = new Map<number, StepSession[]>();
  for (const r of rows) {
    const list = sessionsByRat.get(Number(r.rat_id)) ?? [];
    list.push({ id: Number(r.id), sessionAt: new Date(r.session_at), highestStep: Number(r.highest_step) });
    sessionsByRat.set(Number(r.rat_id), list);
  }
  return base.map((rat) => {
    const sessions = sessionsByRat.get(rat.id) ?? [];
    const last = sessions.reduce<Date | null>((latest, s) => (!latest || s.sessionAt > latest ? s.sessionAt : latest), null);
    return { ...rat, watchKinds: [...rat.watchKinds], lastHandledAt: last, currentStep: currentTrustStep(sessions) };
  });
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
