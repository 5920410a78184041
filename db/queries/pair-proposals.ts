import { and, desc, eq, inArray } from 'drizzle-orm';
import { pairProposalRats, pairProposals, rats } from '../schema';
import type { DbOrTx, Tx } from '../connect';
import { evaluateIntroduction } from '../../lib/domain/introductions';
import { groupCompatibility, unitName, type MatchContext, type MatchRat, type MatchUnit, type Reason } from '../../lib/domain/matching';
import { canMoveProposal, OPEN_PROPOSAL_STATUSES, PAIR_PROPOSAL_STATUS_LABELS, trialHome } from '../../lib/domain/pair-proposals';
import type { Policy } from '../../lib/domain/policy';
import { listInWords } from '../../lib/domain/quarantine';
import { toIsoDate } from '../../lib/domain/dates';
import type { PairProposalStatus } from '../../lib/domain/vocabulary';
import { recordAudit } from './audit';
import { createIntroduction, listFailedIntroductionPairs, loadIntroRats } from './introductions';
import { loadMatchPopulation } from './matching';

export type ProposalOutcome = { ok: true; proposalId: number } | { ok: false; reason: string };

type Clock = { actorId: number; now: Date; policy: Policy };

const STALE = 'Someone else changed this proposal since you opened the page. Reload to see it, then try again.';

/** The units the named rats belong to (a bonded group comes whole) and the context to score them. */
async function unitsFor(tx: DbOrTx, ratIds: readonly number[], clock: Clock): Promise<{ units: MatchUnit[]; ctx: MatchContext; missing: boolean }> {
  const population = await loadMatchPopulation(tx, { statuses: [], ratIds });
  const units = population.units.filter((u) => u.rats.some((r) => ratIds.includes(r.id)));
  const found = new Set(units.flatMap((u) => u.rats.map((r) => r.id)));
  return {
    units,
    ctx: { now: clock.now, policy: clock.policy, introductions: population.introductions },
    missing: ratIds.some((id) => !found.has(id)),
  };
}

/** Names of the given rats already in another open proposal, or null. */
async function alreadyProposed(tx: DbOrTx, ratIds: readonly number[], exceptProposalId?: number): Promise<string | null> {
  const rows = await tx
    .select({ name: rats.name, proposalId: pairProposals.id })
    .from(pairProposalRats)
    .innerJoin(pairProposals, eq(pairProposals.id, pairProposalRats.pairProposalId))
    .innerJoin(rats, eq(rats.id, pairProposalRats.ratId))
    .where(and(inArray(pairProposalRats.ratId, [...ratIds]), inArray(pairProposals.status, [...OPEN_PROPOSAL_STATUSES])));
  const names = [...new Set(rows.filter((r) => r.proposalId !== exceptProposalId).map((r) => r.name))].sort((a, b) => a.localeCompare(b));
  return names.length > 0 ? `${listInWords(names)} ${names.length === 1 ? 'is' : 'are'} already in an open proposal.` : null;
}

function storedReasons(reasons: readonly Reason[]): Reason[] {
  return reasons.map((r) => ({ label: r.label, weight: r.weight }));
}

/**
 * Proposes that rats go to adoption together. A bonded cage group comes whole; the proposal
 * keeps the score and reasons it had when proposed. Refused with the reason when a rule blocks it.
 */
export async function createPairProposal(db: DbOrTx, params: Clock & { ratIds: number[]; notes?: string | null }): Promise<ProposalOutcome> {
  return db.transaction(async (tx) => {
    const { units, ctx, missing } = await unitsFor(tx, params.ratIds, params);
    if (missing) return { ok: false, reason: 'One of the chosen rats is no longer in care.' };
    if (units.length < 2) return { ok: false, reason: `${units[0] ? unitName(units[0]) : 'These rats'} already live together: choose rats from at least two cages.` };
    const allRatIds = units.flatMap((u) => u.rats.map((r) => r.id));
    const taken = await alreadyProposed(tx, allRatIds);
    if (taken) return { ok: false, reason: taken };
    const c = groupCompatibility(units, ctx);
    if (c.blocks.length > 0) return { ok: false, reason: c.blocks.join(' ') };
    const [row] = await tx
      .insert(pairProposals)
      .values({ score: c.score, reasons: storedReasons(c.reasons), notes: params.notes ?? null, proposedBy: params.actorId })
      .returning({ id: pairProposals.id });
    await tx.insert(pairProposalRats).values(allRatIds.map((ratId) => ({ pairProposalId: row.id, ratId })));
    const names = listInWords(units.map(unitName));
    await recordAudit(
      tx,
      allRatIds.map((ratId) => ({ actorId: params.actorId, action: 'create' as const, entityType: 'pair_proposal', entityId: row.id, ratId, summary: `Proposed ${names} together (score ${c.score})` })),
    );
    return { ok: true, proposalId: row.id };
  });
}

async function lockProposal(tx: Tx, proposalId: number) {
  const [row] = await tx.select().from(pairProposals).where(eq(pairProposals.id, proposalId)).for('update');
  if (!row) return null;
  const members = await tx.select({ ratId: pairProposalRats.ratId }).from(pairProposalRats).where(eq(pairProposalRats.pairProposalId, proposalId));
  return { ...row, ratIds: members.map((m) => m.ratId) };
}

/** Adds a rat (with its bonded group) to a proposal still proposed: a third rat joining a pair, by hand. */
export async function addRatToPairProposal(db: DbOrTx, params: Clock & { proposalId: number; version: number; ratId: number }): Promise<ProposalOutcome> {
  return db.transaction(async (tx) => {
    const proposal = await lockProposal(tx, params.proposalId);
    if (!proposal) return { ok: false, reason: 'That proposal no longer exists.' };
    if (proposal.version !== params.version) return { ok: false, reason: STALE };
    if (proposal.status !== 'proposed') return { ok: false, reason: `Rats can be added only while the proposal is proposed; it is ${PAIR_PROPOSAL_STATUS_LABELS[proposal.status].toLowerCase()}.` };
    if (proposal.ratIds.includes(params.ratId)) return { ok: false, reason: 'That rat is already in this proposal.' };
    const { units, ctx, missing } = await unitsFor(tx, [...proposal.ratIds, params.ratId], params);
    if (missing) return { ok: false, reason: 'One of the rats is no longer in care.' };
    const joining = units.filter((u) => u.rats.some((r) => r.id === params.ratId));
    const current: MatchUnit = { id: 'proposal', cageGroupId: null, rats: units.filter((u) => !joining.includes(u)).flatMap((u) => u.rats) };
    if (current.rats.length === 0 || joining.length === 0) return { ok: false, reason: 'That rat already lives with the rats in this proposal.' };
    const newRatIds = joining.flatMap((u) => u.rats.map((r) => r.id));
    const taken = await alreadyProposed(tx, newRatIds, proposal.id);
    if (taken) return { ok: false, reason: taken };
    const c = groupCompatibility([current, ...joining], ctx);
    if (c.blocks.length > 0) return { ok: false, reason: c.blocks.join(' ') };
    await tx
      .update(pairProposals)
      .set({ score: proposal.score + c.score, reasons: [...proposal.reasons, ...storedReasons(c.reasons)], version: proposal.version + 1, updatedAt: params.now })
      .where(eq(pairProposals.id, proposal.id));
    await tx.insert(pairProposalRats).values(newRatIds.map((ratId) => ({ pairProposalId: proposal.id, ratId })));
    await recordAudit(
      tx,
      newRatIds.map((ratId) => ({ actorId: params.actorId, action: 'update' as const, entityType: 'pair_proposal', entityId: proposal.id, ratId, summary: `Added ${listInWords(joining.map(unitName))} to the proposal with ${unitName(current)}` })),
    );
    return { ok: true, proposalId: proposal.id };
  });
}

export type TrialOutcome = ProposalOutcome | { ok: false; reason: string; warnings: string[]; needsReason: true };

/**
 * Starts the proposal's trial: re-checks every block today, then plans a real introduction
 * (the first unit on one side, the rest on the other) in the home `trialHome` picks, under the
 * introductions' own rules: their blocks refuse the trial, their warnings need a reason.
 */
export async function startPairProposalTrial(
  db: DbOrTx,
  params: Clock & { proposalId: number; version: number; warningsAcceptedReason?: string | null },
): Promise<TrialOutcome> {
  return db.transaction(async (tx) => {
    const proposal = await lockProposal(tx, params.proposalId);
    if (!proposal) return { ok: false, reason: 'That proposal no longer exists.' };
    if (proposal.version !== params.version) return { ok: false, reason: STALE };
    const move = canMoveProposal(proposal.status, 'trial');
    if (!move.ok) return { ok: false, reason: move.reason };
    const { units, ctx, missing } = await unitsFor(tx, proposal.ratIds, params);
    if (missing) return { ok: false, reason: 'One of the rats is no longer in care.' };
    if (units.length < 2) return { ok: false, reason: 'A trial needs two sides: this proposal holds one bonded group only.' };
    const c = groupCompatibility(units, ctx);
    if (c.blocks.length > 0) return { ok: false, reason: `The trial cannot start: ${c.blocks.join(' ')}` };

    const introRats = new Map((await loadIntroRats(tx, { ratIds: proposal.ratIds })).map((r) => [r.id, r]));
    const sideIds = [units[0].rats.map((r) => r.id), units.slice(1).flatMap((u) => u.rats.map((r) => r.id))];
    const trialRats = (unitRats: readonly MatchRat[]) => unitRats.map((r) => ({ ...r, homeName: introRats.get(r.id)?.homeName ?? null }));
    const home = trialHome(trialRats(units[0].rats), trialRats(units.slice(1).flatMap((u) => u.rats)));
    if (!home.ok) return { ok: false, reason: `The trial cannot start: ${home.reason}` };
    const [sideA, sideB] = sideIds.map((ids) => ids.map((id) => introRats.get(id)!));
    const decision = evaluateIntroduction(
      { sideA, sideB, fosterHomeId: home.fosterHomeId, homeName: home.homeName, movePlanned: home.movePlanned, failedPairs: await listFailedIntroductionPairs(tx, { ratIds: proposal.ratIds }) },
      params.now,
      params.policy,
    );
    if (decision.blocks.length > 0) return { ok: false, reason: `The trial cannot start: ${decision.blocks.join(' ')}` };
    const accepted = params.warningsAcceptedReason?.trim() || null;
    if (decision.warnings.length > 0 && !accepted) {
      return { ok: false, reason: 'The trial has warnings: say why it should go ahead, then start it again.', warnings: decision.warnings, needsReason: true };
    }

    const names = listInWords(units.map(unitName));
    const introductionId = await createIntroduction(tx, {
      sideA: sideIds[0],
      sideB: sideIds[1],
      method: 'gradual_neutral_space',
      fosterHomeId: home.fosterHomeId,
      runById: null,
      plannedStart: toIsoDate(params.now),
      warningsAcceptedReason: decision.warnings.length > 0 ? accepted : null,
      acceptedWarnings: decision.warnings.length > 0 ? decision.warnings : [],
      movePlanned: home.movePlanned,
      notes: `Trial for the pair proposal of ${names}. ${home.why}`,
      createdById: params.actorId,
    });
    await tx
      .update(pairProposals)
      .set({ status: 'trial', introductionId, version: proposal.version + 1, updatedAt: params.now })
      .where(eq(pairProposals.id, proposal.id));
    await recordAudit(
      tx,
      proposal.ratIds.map((ratId) => ({ actorId: params.actorId, action: 'status_change' as const, entityType: 'pair_proposal', entityId: proposal.id, ratId, summary: `Started the trial introduction of ${names}`, changes: { status: { from: proposal.status, to: 'trial' } } })),
    );
    return { ok: true, proposalId: proposal.id };
  });
}

/** Approves or rejects a proposal; approval needs a trial first. */
export async function decidePairProposal(db: DbOrTx, params: Clock & { proposalId: number; version: number; decision: 'approved' | 'rejected'; notes?: string | null }): Promise<ProposalOutcome> {
  return db.transaction(async (tx) => {
    const proposal = await lockProposal(tx, params.proposalId);
    if (!proposal) return { ok: false, reason: 'That proposal no longer exists.' };
    if (proposal.version !== params.version) return { ok: false, reason: STALE };
    const move = canMoveProposal(proposal.status, params.decision);
    if (!move.ok) return { ok: false, reason: move.reason };
    await tx
      .update(pairProposals)
      .set({
        status: params.decision,
        decidedBy: params.actorId,
        decidedAt: params.now,
        notes: params.notes ? [proposal.notes, params.notes].filter(Boolean).join('\n') : proposal.notes,
        version: proposal.version + 1,
        updatedAt: params.now,
      })
      .where(eq(pairProposals.id, proposal.id));
    await recordAudit(
      tx,
      proposal.ratIds.map((ratId) => ({
        actorId: params.actorId,
        action: 'status_change' as const,
        entityType: 'pair_proposal',
        entityId: proposal.id,
        ratId,
        summary: `${params.decision === 'approved' ? 'Approved' : 'Rejected'} the pair proposal`,
        changes: { status: { from: proposal.status, to: params.decision } },
      })),
    );
    return { ok: true, proposalId: proposal.id };
  });
}

export type PairProposalRow = {
  id: number;
  status: PairProposalStatus;
  score: number;
  reasons: Reason[];
  notes: string | null;
  introductionId: number | null;
  version: number;
  createdAt: Date;
  rats: Array<{ id: number; name: string; code: string }>;
};

/** Proposals newest first, each with its rats; by default the open ones and the recently closed. */
export async function listPairProposals(db: DbOrTx, params: { statuses?: readonly PairProposalStatus[]; limit?: number } = {}): Promise<PairProposalRow[]> {
  const rows = await db
    .select({
      id: pairProposals.id,
      status: pairProposals.status,
      score: pairProposals.score,
      reasons: pairProposals.reasons,
      notes: pairProposals.notes,
      introductionId: pairProposals.introductionId,
      version: pairProposals.version,
      createdAt: pairProposals.createdAt,
    })
    .from(pairProposals)
    .where(params.statuses ? inArray(pairProposals.status, [...params.statuses]) : undefined)
    .orderBy(desc(pairProposals.createdAt), desc(pairProposals.id))
    .limit(params.limit ?? 50);
  if (rows.length === 0) return [];
  const members = await db
    .select({ proposalId: pairProposalRats.pairProposalId, id: rats.id, name: rats.name, code: rats.code })
    .from(pairProposalRats)
    .innerJoin(rats, eq(rats.id, pairProposalRats.ratId))
    .where(
      inArray(
        pairProposalRats.pairProposalId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(rats.name);
  return rows.map((r) => ({ ...r, rats: members.filter((m) => m.proposalId === r.id).map(({ id, name, code }) => ({ id, name, code })) }));
}
