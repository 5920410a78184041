'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import {
  changeIntroductionStage,
  markIntroductionBonded,
  planIntroduction,
  recordObservation,
  setIntroductionStatus,
  type WriteResult,
} from '@/db/queries/introductions';
import { getPolicy } from '@/db/queries/settings';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { ratScope, requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { INTRODUCTION_ROLES } from '@/lib/domain/staff-roles';
import {
  changeStageInput,
  formToObject,
  markBondedInput,
  observationInput,
  planIntroductionInput,
  setStatusInput,
} from '@/lib/validation/introductions';

/** A plan refused by the rules: every block, or the warnings that need a reason to go ahead. */
export type PlanActionResult = ActionResult & { blocks?: string[]; warnings?: string[]; needsReason?: boolean };

export async function planIntroductionAction(_prev: PlanActionResult, form: FormData): Promise<PlanActionResult> {
  const user = await requireRole(INTRODUCTION_ROLES);
  const input = planIntroductionInput.safeParse(formToObject(form, ['sideA', 'sideB']));
  if (!input.success) return invalid(input.error, form);
  const db = await getDb();
  const result = await planIntroduction(db, { ...input.data, createdById: user.id, now: new Date(), policy: await getPolicy(db) });
  if (!result.ok) {
    const message = result.blocks.length > 0 ? 'This introduction cannot go ahead:' : 'Check these warnings. To go ahead anyway, say why: the reason is kept with the introduction.';
    return { ...refused(message, form), blocks: result.blocks, warnings: result.warnings, needsReason: result.needsReason };
  }
  revalidatePath('/introductions');
  redirect(`/introductions/${result.id}?planned=1`);
}

function after(result: WriteResult, form: FormData, id: number): ActionResult {
  if (!result.ok) {
    if (result.notFound) notFound();
    return refused(result.reason, form);
  }
  revalidatePath(`/introductions/${id}`);
  revalidatePath('/introductions');
  return { ok: true, message: result.message };
}

/** Fosters log meetings only for introductions in their own home: the query is scoped, others are not found. */
export async function recordObservationAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(rolesFor('/introductions'));
  const now = new Date();
  const input = observationInput(now).safeParse(formToObject(form, ['behaviours']));
  if (!input.success) return invalid(input.error, form);
  const { introductionId, ...observation } = input.data;
  const result = await recordObservation(await getDb(), { introductionId, scope: ratScope(user), actorId: user.id, now, observation });
  return after(result, form, introductionId);
}

export async function changeStageAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(INTRODUCTION_ROLES);
  const input = changeStageInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const { introductionId, ...rest } = input.data;
  const result = await changeIntroductionStage(await getDb(), { id: introductionId, ...rest, actorId: user.id, now: new Date() });
  return after(result, form, introductionId);
}

export async function setIntroductionStatusAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(INTRODUCTION_ROLES);
  const input = setStatusInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const { introductionId, ...rest } = input.data;
  const result = await setIntroductionStatus(await getDb(), { id: introductionId, ...rest, actorId: user.id, now: new Date() });
  return after(result, form, introductionId);
}

export async function markBondedAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(INTRODUCTION_ROLES);
  const input = markBondedInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const { introductionId, ...rest } = input.data;
  const db = await getDb();
  const result = await markIntroductionBonded(db, { id: introductionId, ...rest, actorId: user.id, now: new Date(), policy: await getPolicy(db) });
  if (result.ok) revalidatePath('/', 'layout');
  const outcome = after(result, form, introductionId);
  if (outcome.ok && result.ok && result.warnings && result.warnings.length > 0) return { ok: true, message: `${result.message} ${result.warnings.join(' ')}` };
  return outcome;
}
