import { and, asc, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  cageGroupMemberships,
  cageGroups,
  fosterHomes,
  introductionObservations,
  introductionParticipants,
  introductionStageChanges,
  introductions,
  ratPhotos,
  rats,
  users,
} from '../schema';
import type { DbOrTx, Tx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { toIsoDate } from '../../lib/domain/dates';
import {
  canChangeStage,
  canMarkBonded,
  evaluateIntroduction,
  quarantineBlock,
  sexBlock,
  type FailedPair,
  type IntroRat,
} from '../../lib/domain/introductions';
import { soloWarning } from '../../lib/domain/placements';
import type { Policy } from '../../lib/domain/policy';
import { listInWords } from '../../lib/domain/quarantine';
import {
  RUNNING_INTRODUCTION_STATUSES,
  type BiteRisk,
  type IntroductionMethod,
  type IntroductionSide,
  type IntroductionStage,
  type IntroductionStatus,
  type ObservationBehaviour,
  type ObservationOutcome,
} from '../../lib/domain/vocabulary';
import { recordAudit, type AuditInput } from './audit';
import { listGroupMembers } from './cage-groups';
import { listRatsWithHousing } from './housing';
import { outer } from './outer';
import { rehome } from './placements';

const ALL: RatScope = { kind: 'all' };
const RUNNING = [...RUNNING_INTRODUCTION_STATUSES];

/** An introduction a user may see: everyone in the office, a foster only in their own home. */
function introductionScope(scope: RatScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return sql`false`;
  return eq(introductions.fosterHomeId, scope.fosterHomeId);
}

// ---------------------------------------------------------------------------------------------
// Reading the rats a plan involves
// ---------------------------------------------------------------------------------------------
/**
 * The given rats as the planning rules need them: housing, open quarantine, latest bite risk
 * and any other running introduction (ignoring `exceptIntroductionId`).
 */
export async function loadIntroRats(db: DbOrTx, params: { ratIds: number[]; exceptIntroductionId?: number }): Promise<IntroRat[]> {
  if (params.ratIds.length === 0) return [];
  const housed = await listRatsWithHousing(db, { where: inArray(rats.id, params.ratIds), scope: ALL });
  const except = params.exceptIntroductionId ?? 0;
  const extra = await db
    .select({
      id: rats.id,
      biteRisk: sql<BiteRisk | null>`(select ta.bite_risk::text from temperament_assessments ta where ta.rat_id = ${outer(rats.id)} order by ta.assessed_at desc limit 1)`,
      runningId: sql<number | null>`(select ip.introduction_id from ${introductionParticipants} ip join ${introductions} i on i.id = ip.introduction_id
        where ip.rat_id = ${outer(rats.id)} and i.id <> ${except} and i.status in (${sql.join(RUNNING.map((st) => sql`${st}`), sql`, `)}) order by i.id limit 1)`.mapWith((v) =>
        v === null ? null : Number(v),
      ),
    })
    .from(rats)
    .where(inArray(rats.id, params.ratIds));
  const byId = new Map(extra.map((e) => [e.id, e]));
  return housed.map((r) => ({
    id: r.id,
    name: r.name,
    sex: r.sex,
    neuteredOn: r.neuteredOn,
    birthDate: r.birthDate,
    status: r.status,
    fosterHomeId: r.fosterHomeId,
    homeName: r.homeName,
    quarantine: r.quarantine,
    latestBiteRisk: byId.get(r.id)?.biteRisk ?? null,
    runningIntroductionId: byId.get(r.id)?.runningId ?? null,
  }));
}

/**
 * Pairs of rats that were on opposite sides of a failed introduction, for any pair touching
 * `ratIds`. Later plans are warned about them; pair matching treats them as a hard block.
 */
export async function listFailedIntroductionPairs(db: DbOrTx, params: { ratIds: number[] }): Promise<FailedPair[]> {
  if (params.ratIds.length === 0) return [];
  const a = alias(introductionParticipants, 'pa');
  const b = alias(introductionParticipants, 'pb');
  const rows = await db
    .select({ introductionId: introductions.id, ratIdA: a.ratId, ratIdB: b.ratId, endedOn: introductions.endedOn })
    .from(introductions)
    .innerJoin(a, and(eq(a.introductionId, introductions.id), eq(a.side, 'a')))
    .innerJoin(b, and(eq(b.introductionId, introductions.id), eq(b.side, 'b')))
    .where(and(eq(introductions.status, 'failed'), or(inArray(a.ratId, params.ratIds), inArray(b.ratId, params.ratIds))))
    .orderBy(sql`${introductions.endedOn} desc nulls last`, desc(introductions.id));
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------
export type NewIntroduction = {
  sideA: number[];
  sideB: number[];
  method: IntroductionMethod;
  fosterHomeId: number;
  runById: number | null;
  /** 'YYYY-MM-DD' */
  plannedStart: string;
  /** Set when the plan goes ahead despite warnings. */
  warningsAcceptedReason?: string | null;
  acceptedWarnings?: string[];
  movePlanned?: boolean;
  notes?: string | null;
  createdById: number | null;
};

/**
 * Writes a planned introduction (status planned, stage scent swap) with both sides and each
 * rat's cage group, inside the caller's transaction; returns its id. It does not check the
 * rules: call `planIntroduction` for that, or check with `evaluateIntroduction` first (a pair
 * proposal's trial does both in its own transaction).
 */
export async function createIntroduction(tx: DbOrTx, params: NewIntroduction): Promise<number> {
  const ratIds = [...params.sideA, ...params.sideB];
  const [intro] = await tx
    .insert(introductions)
    .values({
      method: params.method,
      fosterHomeId: params.fosterHomeId,
      runBy: params.runById,
      plannedStartOn: params.plannedStart,
      warningsAcceptedReason: params.warningsAcceptedReason ?? null,
      acceptedWarnings: params.acceptedWarnings ?? [],
      movePlanned: params.movePlanned ?? false,
      notes: params.notes ?? null,
      createdBy: params.createdById,
    })
    .returning({ id: introductions.id });
  const groups = await tx
    .select({ ratId: cageGroupMemberships.ratId, groupId: cageGroupMemberships.cageGroupId })
    .from(cageGroupMemberships)
    .where(and(inArray(cageGroupMemberships.ratId, ratIds), isNull(cageGroupMemberships.leftAt)));
  const groupOf = new Map(groups.map((g) => [g.ratId, g.groupId]));
  const side = (ids: number[], s: IntroductionSide) => ids.map((ratId) => ({ introductionId: intro.id, ratId, side: s, cageGroupId: groupOf.get(ratId) ?? null }));
  await tx.insert(introductionParticipants).values([...side(params.sideA, 'a'), ...side(params.sideB, 'b')]);
  await tx.insert(introductionStageChanges).values({
    introductionId: intro.id,
    toStage: 'scent_swap',
    toStatus: 'planned',
    reason: params.warningsAcceptedReason ? `Planned despite warnings: ${params.warningsAcceptedReason}` : 'Planned',
    changedBy: params.createdById,
  });
  const named = await tx.select({ id: rats.id, name: rats.name }).from(rats).where(inArray(rats.id, ratIds));
  const nameOf = new Map(named.map((r) => [r.id, r.name]));
  const names = (ids: number[]) => listInWords(ids.map((id) => nameOf.get(id) ?? `#${id}`));
  await recordAudit(tx, [
    {
      actorId: params.createdById,
      action: 'create',
      entityType: 'introduction',
      entityId: intro.id,
      fosterHomeId: params.fosterHomeId,
      summary: `Planned an introduction: ${names(params.sideA)} with ${names(params.sideB)}`,
      changes: params.warningsAcceptedReason ? { warningsAccepted: { from: null, to: params.warningsAcceptedReason } } : {},
    },
    ...ratIds.map(
      (ratId): AuditInput => ({
        actorId: params.createdById,
        action: 'create',
        entityType: 'introduction',
        entityId: intro.id,
        ratId,
        summary: `Introduction planned with ${names(params.sideA.includes(ratId) ? params.sideB : params.sideA)}`,
      }),
    ),
  ]);
  return intro.id;
}

export type PlanResult =
  | { ok: true; id: number; warnings: string[] }
  | { ok: false; blocks: string[]; warnings: string[]; needsReason: boolean };

/**
 * Checks a plan against every rule and writes it in one transaction: refused with the blocks,
 * or (when there are warnings and no reason to go ahead) refused asking for one.
 */
export async function planIntroduction(db: DbOrTx, params: NewIntroduction & { now: Date; policy: Policy }): Promise<PlanResult> {
  return db.transaction(async (tx) => {
    const ratIds = [...params.sideA, ...params.sideB];
    const [home] = await tx.select({ name: fosterHomes.name, active: fosterHomes.active }).from(fosterHomes).where(eq(fosterHomes.id, params.fosterHomeId));
    if (!home || !home.active) return { ok: false, blocks: ['Choose an active foster home for the introduction.'], warnings: [], needsReason: false };
    const found = await loadIntroRats(tx, { ratIds });
    if (found.length !== new Set(ratIds).size) return { ok: false, blocks: ['One of the rats no longer exists: reload the page.'], warnings: [], needsReason: false };
    const byId = new Map(found.map((r) => [r.id, r]));
    const decision = evaluateIntroduction(
      {
        sideA: params.sideA.map((id) => byId.get(id)!),
        sideB: params.sideB.map((id) => byId.get(id)!),
        fosterHomeId: params.fosterHomeId,
        homeName: home.name,
        movePlanned: params.movePlanned ?? false,
        failedPairs: await listFailedIntroductionPairs(tx, { ratIds }),
      },
      params.now,
      params.policy,
    );
    if (decision.blocks.length > 0) return { ok: false, ...decision, needsReason: false };
    const reason = params.warningsAcceptedReason?.trim() || null;
    if (decision.warnings.length > 0 && !reason) return { ok: false, ...decision, needsReason: true };
    const id = await createIntroduction(tx, {
      ...params,
      warningsAcceptedReason: decision.warnings.length > 0 ? reason : null,
      acceptedWarnings: decision.warnings,
    });
    return { ok: true, id, warnings: decision.warnings };
  });
}

// ---------------------------------------------------------------------------------------------
// The board and the detail page
// ---------------------------------------------------------------------------------------------
export type BoardFilters = { fosterHomeId?: number | null; statuses?: IntroductionStatus[] };

/** Introductions in scope for the board, with both sides (photo or initial) and the latest outcome. */
export async function listIntroductions(db: DbOrTx, params: { scope: RatScope; filters?: BoardFilters; limit?: number }) {
  const f = params.filters ?? {};
  const latestOutcome = sql<ObservationOutcome | null>`(select o.outcome::text from ${introductionObservations} o where o.introduction_id = ${outer(introductions.id)} order by o.observed_at desc, o.id desc limit 1)`;
  const rows = await db
    .select({
      id: introductions.id,
      method: introductions.method,
      stage: introductions.stage,
      status: introductions.status,
      stageChangedAt: introductions.stageChangedAt,
      plannedStartOn: introductions.plannedStartOn,
      endedOn: introductions.endedOn,
      fosterHomeId: introductions.fosterHomeId,
      homeName: fosterHomes.name,
      latestOutcome,
    })
    .from(introductions)
    .leftJoin(fosterHomes, eq(fosterHomes.id, introductions.fosterHomeId))
    .where(
      and(
        introductionScope(params.scope),
        f.fosterHomeId ? eq(introductions.fosterHomeId, f.fosterHomeId) : undefined,
        f.statuses && f.statuses.length > 0 ? inArray(introductions.status, f.statuses) : undefined,
      ),
    )
    .orderBy(desc(introductions.stageChangedAt), desc(introductions.id))
    .limit(params.limit ?? 200);
  const sides = await listSides(db, { introductionIds: rows.map((r) => r.id) });
  return rows.map((r) => ({ ...r, sideA: sides.get(r.id)?.a ?? [], sideB: sides.get(r.id)?.b ?? [] }));
}
export type BoardIntroduction = Awaited<ReturnType<typeof listIntroductions>>[number];

export type SideRat = { ratId: number; name: string; code: string; photoId: number | null; cageGroupId: number | null };

async function listSides(db: DbOrTx, params: { introductionIds: number[] }) {
  const bySide = new Map<number, { a: SideRat[]; b: SideRat[] }>();
  if (params.introductionIds.length === 0) return bySide;
  const rows = await db
    .select({
      introductionId: introductionParticipants.introductionId,
      side: introductionParticipants.side,
      cageGroupId: introductionParticipants.cageGroupId,
      ratId: rats.id,
      name: rats.name,
      code: rats.code,
      photoId: ratPhotos.id,
    })
    .from(introductionParticipants)
    .innerJoin(rats, eq(rats.id, introductionParticipants.ratId))
    .leftJoin(ratPhotos, and(eq(ratPhotos.ratId, rats.id), eq(ratPhotos.isMain, true)))
    .where(inArray(introductionParticipants.introductionId, params.introductionIds))
    .orderBy(asc(rats.name));
  for (const r of rows) {
    const entry = bySide.get(r.introductionId) ?? { a: [], b: [] };
    entry[r.side].push({ ratId: r.ratId, name: r.name, code: r.code, photoId: r.photoId, cageGroupId: r.cageGroupId });
    bySide.set(r.introductionId, entry);
  }
  return bySide;
}

/** One introduction in scope with its sides, observations and stage history; null when missing or outside the scope. */
export async function getIntroduction(db: DbOrTx, params: { id: number; scope: RatScope }) {
  const runner = sql<string | null>`(select u.name from ${users} u where u.id = ${outer(introductions.runBy)})`;
  const [row] = await db
    .select({
      id: introductions.id,
      method: introductions.method,
      stage: introductions.stage,
      status: introductions.status,
      plannedStartOn: introductions.plannedStartOn,
      startedOn: introductions.startedOn,
      endedOn: introductions.endedOn,
      stageChangedAt: introductions.stageChangedAt,
      fosterHomeId: introductions.fosterHomeId,
      homeName: fosterHomes.name,
      notes: introductions.notes,
      runByName: runner,
      warningsAcceptedReason: introductions.warningsAcceptedReason,
      acceptedWarnings: introductions.acceptedWarnings,
      movePlanned: introductions.movePlanned,
      mergedCageGroupId: introductions.mergedCageGroupId,
      version: introductions.version,
    })
    .from(introductions)
    .leftJoin(fosterHomes, eq(fosterHomes.id, introductions.fosterHomeId))
    .where(and(eq(introductions.id, params.id), introductionScope(params.scope)));
  if (!row) return null;
  const [sides, observations, changes] = await Promise.all([
    listSides(db, { introductionIds: [row.id] }),
    db
      .select({
        id: introductionObservations.id,
        observedAt: introductionObservations.observedAt,
        stage: introductionObservations.stage,
        outcome: introductionObservations.outcome,
        durationMinutes: introductionObservations.durationMinutes,
        behaviours: introductionObservations.behaviours,
        injuries: introductionObservations.injuries,
        notes: introductionObservations.notes,
        recordedByName: users.name,
      })
      .from(introductionObservations)
      .leftJoin(users, eq(users.id, introductionObservations.recordedBy))
      .where(eq(introductionObservations.introductionId, row.id))
      .orderBy(desc(introductionObservations.observedAt), desc(introductionObservations.id)),
    db
      .select({
        id: introductionStageChanges.id,
        fromStage: introductionStageChanges.fromStage,
        toStage: introductionStageChanges.toStage,
        fromStatus: introductionStageChanges.fromStatus,
        toStatus: introductionStageChanges.toStatus,
        reason: introductionStageChanges.reason,
        changedAt: introductionStageChanges.changedAt,
        changedByName: users.name,
      })
      .from(introductionStageChanges)
      .leftJoin(users, eq(users.id, introductionStageChanges.changedBy))
      .where(eq(introductionStageChanges.introductionId, row.id))
      .orderBy(desc(introductionStageChanges.changedAt), desc(introductionStageChanges.id)),
  ]);
  return { ...row, sideA: sides.get(row.id)?.a ?? [], sideB: sides.get(row.id)?.b ?? [], observations, changes };
}
export type IntroductionDetail = NonNullable<Awaited<ReturnType<typeof getIntroduction>>>;

/** People who can run an introduction: active office users and fosters (with their home). */
export async function listIntroductionRunners(db: DbOrTx) {
  return db
    .select({ id: users.id, name: users.name, role: users.role, fosterHomeId: users.fosterHomeId })
    .from(users)
    .where(and(eq(users.active, true), ne(users.role, 'admin')))
    .orderBy(asc(users.name));
}

/** Rats in care with where they live, for the planning form's side pickers. */
export async function listPlannableRats(db: DbOrTx) {
  return listRatsWithHousing(db, { where: inArray(rats.status, ['intake', 'in_care', 'available', 'returned']), scope: ALL, orderBy: 'home' });
}

// ---------------------------------------------------------------------------------------------
// Writes on a running introduction
// ---------------------------------------------------------------------------------------------
export type WriteResult = { ok: true; message: string; warnings?: string[] } | { ok: false; reason: string; notFound?: boolean };

const STALE = 'This introduction changed since you opened it (someone else updated it): reload the page and try again.';

async function lockIntroduction(tx: Tx, params: { id: number; scope: RatScope }) {
  const [row] = await tx
    .select({
      id: introductions.id,
      stage: introductions.stage,
      status: introductions.status,
      fosterHomeId: introductions.fosterHomeId,
      startedOn: introductions.startedOn,
      version: introductions.version,
    })
    .from(introductions)
    .where(and(eq(introductions.id, params.id), introductionScope(params.scope)))
    .for('update');
  return row ?? null;
}

async function recordChange(
  tx: Tx,
  from: { id: number; stage: IntroductionStage; status: IntroductionStatus; startedOn: string | null; fosterHomeId: number | null },
  to: { stage: IntroductionStage; status: IntroductionStatus; reason: string; actorId: number | null; now: Date; ended?: boolean; mergedCageGroupId?: number },
) {
  const stageChanged = from.stage !== to.stage;
  await tx
    .update(introductions)
    .set({
      stage: to.stage,
      status: to.status,
      version: sql`${introductions.version} + 1`,
      ...(stageChanged ? { stageChangedAt: to.now } : {}),
      ...(from.startedOn === null && to.status !== 'planned' ? { startedOn: toIsoDate(to.now) } : {}),
      ...(to.ended ? { endedOn: toIsoDate(to.now) } : {}),
      ...(to.mergedCageGroupId ? { mergedCageGroupId: to.mergedCageGroupId } : {}),
    })
    .where(eq(introductions.id, from.id));
  await tx.insert(introductionStageChanges).values({
    introductionId: from.id,
    fromStage: from.stage,
    toStage: to.stage,
    fromStatus: from.status,
    toStatus: to.status,
    reason: to.reason,
    changedAt: to.now,
    changedBy: to.actorId,
  });
  await recordAudit(tx, {
    actorId: to.actorId,
    action: 'update',
    entityType: 'introduction',
    entityId: from.id,
    fosterHomeId: from.fosterHomeId,
    summary: `Introduction #${from.id}: ${to.reason}`,
    changes: {
      ...(stageChanged ? { stage: { from: from.stage, to: to.stage } } : {}),
      ...(from.status !== to.status ? { status: { from: from.status, to: to.status } } : {}),
    },
  });
}

export type ObservationInput = {
  observedAt: Date;
  stage: IntroductionStage;
  durationMinutes: number | null;
  behaviours: ObservationBehaviour[];
  outcome: ObservationOutcome;
  notes: string | null;
};

/**
 * Logs one meeting. A foster may log only for an introduction in their own home (others are
 * not found); the first meeting starts a planned introduction.
 */
export async function recordObservation(
  db: DbOrTx,
  params: { introductionId: number; scope: RatScope; actorId: number; now: Date; observation: ObservationInput },
): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    const intro = await lockIntroduction(tx, { id: params.introductionId, scope: params.scope });
    if (!intro) return { ok: false, reason: 'That introduction was not found.', notFound: true };
    if (intro.status === 'bonded' || intro.status === 'failed') return { ok: false, reason: `This introduction has ended (${intro.status}): no more meetings can be logged.` };
    const o = params.observation;
    await tx.insert(introductionObservations).values({
      introductionId: intro.id,
      observedAt: o.observedAt,
      stage: o.stage,
      outcome: o.outcome,
      durationMinutes: o.durationMinutes,
      behaviours: o.behaviours,
      injuries: o.behaviours.includes('blood_drawn'),
      notes: o.notes,
      recordedBy: params.actorId,
    });
    if (intro.status === 'planned') {
      await recordChange(tx, intro, { stage: intro.stage, status: 'in_progress', reason: 'Started with the first meeting', actorId: params.actorId, now: params.now });
    } else {
      await tx.update(introductions).set({ version: sql`${introductions.version} + 1` }).where(eq(introductions.id, intro.id));
    }
    return { ok: true, message: 'Meeting logged.' };
  });
}

/** Moves an introduction to another stage under the stage-order rule (a skip needs a reason; stepping back is recorded). */
export async function changeIntroductionStage(
  db: DbOrTx,
  params: { id: number; to: IntroductionStage; reason: string | null; version: number; actorId: number; now: Date },
): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    const intro = await lockIntroduction(tx, { id: params.id, scope: ALL });
    if (!intro) return { ok: false, reason: 'That introduction was not found.', notFound: true };
    if (intro.version !== params.version) return { ok: false, reason: STALE };
    const move = canChangeStage(intro, params.to, params.reason);
    if (!move.ok) return { ok: false, reason: move.reason };
    const status = intro.status === 'planned' || intro.status === 'paused' ? 'in_progress' : intro.status;
    const reason = params.reason ? `${move.note}: ${params.reason}` : move.note;
    await recordChange(tx, intro, { stage: params.to, status, reason, actorId: params.actorId, now: params.now });
    return { ok: true, message: `${reason}.` };
  });
}

/** Pauses, resumes or fails a running introduction; failing records which rats failed together. */
export async function setIntroductionStatus(
  db: DbOrTx,
  params: { id: number; to: 'paused' | 'in_progress' | 'failed'; reason: string; version: number; actorId: number; now: Date },
): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    const intro = await lockIntroduction(tx, { id: params.id, scope: ALL });
    if (!intro) return { ok: false, reason: 'That introduction was not found.', notFound: true };
    if (intro.version !== params.version) return { ok: false, reason: STALE };
    if (intro.status === 'bonded' || intro.status === 'failed') return { ok: false, reason: `This introduction has already ended (${intro.status}).` };
    if (intro.status === params.to) return { ok: false, reason: 'Nothing to change: the introduction already has that status.' };
    const words = { paused: 'Paused', in_progress: 'Resumed', failed: 'Failed' }[params.to];
    await recordChange(tx, intro, { stage: intro.stage, status: params.to, reason: `${words}: ${params.reason}`, actorId: params.actorId, now: params.now, ended: params.to === 'failed' });
    return {
      ok: true,
      message: params.to === 'failed' ? 'Marked failed. These rats will be flagged if anyone plans to introduce them again.' : `${words}.`,
    };
  });
}

/**
 * Marks an introduction bonded and merges the rats in one transaction: a new cage group in the
 * introduction's home holds every rat of both sides, their old memberships close (history kept),
 * old groups left empty close, placements move to the home, and the introduction ends. Any
 * failure rolls the whole merge back.
 */
export async function markIntroductionBonded(
  db: DbOrTx,
  params: { id: number; groupName: string | null; reason: string | null; version: number; actorId: number; now: Date; policy: Policy },
): Promise<WriteResult & { groupId?: number }> {
  return db.transaction(async (tx) => {
    const intro = await lockIntroduction(tx, { id: params.id, scope: ALL });
    if (!intro) return { ok: false, reason: 'That introduction was not found.', notFound: true };
    if (intro.version !== params.version) return { ok: false, reason: STALE };
    const move = canMarkBonded(intro, params.reason);
    if (!move.ok) return { ok: false, reason: move.reason };
    if (intro.fosterHomeId === null) return { ok: false, reason: 'Choose the home where the bonded rats will live first.' };
    const [home] = await tx.select({ name: fosterHomes.name }).from(fosterHomes).where(eq(fosterHomes.id, intro.fosterHomeId));
    const participants = await tx
      .select({ ratId: introductionParticipants.ratId, side: introductionParticipants.side })
      .from(introductionParticipants)
      .where(eq(introductionParticipants.introductionId, intro.id));
    const ratIds = participants.map((p) => p.ratId);
    const everyone = await loadIntroRats(tx, { ratIds, exceptIntroductionId: intro.id });
    const unsafe = quarantineBlock(everyone, params.now) ?? sexBlock(everyone, params.now, params.policy);
    if (unsafe) return { ok: false, reason: unsafe };

    const housed = await listRatsWithHousing(tx, { where: inArray(rats.id, ratIds), scope: ALL });
    const oldGroupIds = [...new Set(housed.map((r) => r.groupId).filter((g): g is number => g !== null))];
    const at = params.now;
    const side = (s: IntroductionSide) => everyone.filter((r) => participants.some((p) => p.ratId === r.id && p.side === s));
    const name = params.groupName?.trim() || `${listInWords(side('a').map((r) => r.name))} & ${listInWords(side('b').map((r) => r.name))}`.slice(0, 120);
    const [group] = await tx.insert(cageGroups).values({ name, fosterHomeId: intro.fosterHomeId }).returning({ id: cageGroups.id });
    const why = `Bonded in introduction #${intro.id}`;
    await tx
      .update(cageGroupMemberships)
      .set({ leftAt: sql`greatest(${cageGroupMemberships.joinedAt}, ${at.toISOString()}::timestamptz)`, reason: sql`coalesce(${cageGroupMemberships.reason}, ${why})` })
      .where(and(inArray(cageGroupMemberships.ratId, ratIds), isNull(cageGroupMemberships.leftAt)));
    await tx.insert(cageGroupMemberships).values(ratIds.map((ratId) => ({ cageGroupId: group.id, ratId, joinedAt: at, reason: why, createdBy: params.actorId })));
    const moving = housed.filter((r) => r.fosterHomeId !== intro.fosterHomeId).map((r) => r.id);
    await rehome(tx, { ratIds: moving, toHomeId: intro.fosterHomeId, reason: why, actorId: params.actorId, at });

    const warnings: string[] = [];
    const left = await listGroupMembers(tx, { groupIds: oldGroupIds, scope: ALL });
    const emptied = oldGroupIds.filter((g) => (left.get(g) ?? []).length === 0);
    if (emptied.length > 0) await tx.update(cageGroups).set({ dissolvedAt: at }).where(inArray(cageGroups.id, emptied));
    for (const g of oldGroupIds) {
      const members = left.get(g) ?? [];
      const groupName = housed.find((r) => r.groupId === g)?.groupName ?? 'the old cage group';
      const w = soloWarning({ name: groupName, members }, params.now);
      if (w) warnings.push(w);
    }
    const reason = params.reason ? `${move.note}: ${params.reason}` : move.note;
    await recordChange(tx, intro, { stage: 'bonded', status: 'bonded', reason, actorId: params.actorId, now: at, ended: true, mergedCageGroupId: group.id });
    await recordAudit(tx, [
      {
        actorId: params.actorId,
        action: 'create',
        entityType: 'cage_group',
        entityId: group.id,
        fosterHomeId: intro.fosterHomeId,
        summary: `Cage group ${name} formed at ${home?.name ?? 'the home'} by introduction #${intro.id}`,
      },
      ...everyone.map(
        (r): AuditInput => ({
          actorId: params.actorId,
          action: 'move',
          entityType: 'rat',
          entityId: r.id,
          ratId: r.id,
          fosterHomeId: intro.fosterHomeId,
          summary: `Bonded: moved into cage group ${name}`,
          changes: { cageGroup: { from: housed.find((h) => h.id === r.id)?.groupName ?? null, to: name } },
        }),
      ),
    ]);
    return { ok: true, message: `Bonded: ${ratIds.length} rats now live together in ${name}.`, warnings, groupId: group.id };
  });
}

/** Introductions a rat takes part in, newest first (for the rat page). */
export async function listIntroductionsForRat(db: DbOrTx, params: { ratId: number; scope: RatScope }) {
  return db
    .select({ id: introductions.id, stage: introductions.stage, status: introductions.status, plannedStartOn: introductions.plannedStartOn })
    .from(introductionParticipants)
    .innerJoin(introductions, eq(introductions.id, introductionParticipants.introductionId))
    .where(and(eq(introductionParticipants.ratId, params.ratId), introductionScope(params.scope)))
    .orderBy(desc(introductions.id));
}
