'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { addRatToPairProposal, createPairProposal, decidePairProposal, startPairProposalTrial } from '@/db/queries/pair-proposals';
import { getPolicy } from '@/db/queries/settings';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { answer, submitOnce } from '@/lib/submit-once';
import { addRatToProposalInput, pairProposalInput, proposalDecisionInput, startTrialInput } from '@/lib/validation/matching';

async function context() {
  const user = await requireRole(rolesFor('/matching'));
  const db = await getDb();
  return { user, db, clock: { actorId: user.id, now: new Date(), policy: await getPolicy(db) } };
}

/** A refused form keeps every rat that was ticked (form values hold one value per name). */
function withChosenRats(result: ActionResult, form: FormData): ActionResult {
  return result.ok ? result : { ...result, values: { ...result.values, ratIds: form.getAll('ratIds').join(',') } };
}

function done(message: string): ActionResult {
  revalidatePath('/matching');
  return { ok: true, message };
}

/** Proposes rats to go to adoption together, keeping the score and reasons they have now. */
export async function proposePairAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const { clock } = await context();
  const input = pairProposalInput.safeParse({ ratIds: form.getAll('ratIds'), notes: form.get('notes') ?? undefined });
  if (!input.success) return withChosenRats(invalid(input.error, form), form);
  const proposed = await submitOnce(form, { action: 'proposePair', userId: clock.actorId }, async (tx) => {
    const result = await createPairProposal(tx, { ...clock, ratIds: input.data.ratIds, notes: input.data.notes || null });
    return result.ok ? { ok: true, message: 'Proposed. It is listed under Pair proposals.' } : withChosenRats(refused(result.reason, form), form);
  });
  revalidatePath('/matching');
  return answer(proposed);
}

/** Starts the proposal's trial introduction; warnings need the coordinator's reason first. */
export async function startTrialAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const { db, clock } = await context();
  const input = startTrialInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const result = await startPairProposalTrial(db, { ...clock, ...input.data });
  if (!result.ok) {
    if ('needsReason' in result) {
      return { ok: false, message: `${result.reason} ${result.warnings.join(' ')}`, fieldErrors: { warningsAcceptedReason: ['Say why the trial should go ahead despite the warnings.'] } };
    }
    return refused(result.reason);
  }
  revalidatePath('/introductions');
  return done('Trial started: a planned introduction was added.');
}

/** Approves or rejects a proposal. */
export async function decideProposalAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const { db, clock } = await context();
  const input = proposalDecisionInput.safeParse(Object.fromEntries(form));
  if (!input.success) return refused('Choose a proposal and a decision.');
  const result = await decidePairProposal(db, { ...clock, ...input.data, notes: input.data.notes || null });
  if (!result.ok) return refused(result.reason);
  return done(input.data.decision === 'approved' ? 'Approved: these rats will leave together.' : 'Rejected.');
}

/** Adds a rat (with its bonded group) to a proposal by hand: a third rat joining a pair. */
export async function addRatToProposalAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const { db, clock } = await context();
  const input = addRatToProposalInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const result = await addRatToPairProposal(db, { ...clock, ...input.data });
  if (!result.ok) return refused(result.reason, form);
  return done('Added to the proposal.');
}
