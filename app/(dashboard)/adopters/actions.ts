'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import { createAdopter, decideAdopter, updateAdopter, type AdopterWrite } from '@/db/queries/adopters';
import { recordAdoption, recordReturn } from '@/db/queries/adoptions';
import { unmetReadinessForAdoption } from '@/db/queries/readiness';
import { formValues, invalid, type ActionResult } from '@/lib/action-result';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { ADOPTION_ROLES } from '@/lib/domain/staff-roles';
import { answer, submitOnce } from '@/lib/submit-once';
import {
  adopterFormData,
  adopterFormValues,
  adopterInput,
  adoptionFormData,
  adoptionInput,
  decideAdopterInput,
  returnFormData,
  returnInput,
  updateAdopterInput,
} from '@/lib/validation/adopter';

const MISSING = 'This adopter no longer exists.';

function invalidAdopter(error: z.ZodError, form: FormData): ActionResult {
  const result = invalid(error);
  return result.ok ? result : { ...result, values: adopterFormValues(form) };
}

function staleMessage(result: Extract<AdopterWrite, { kind: 'stale' }>): string {
  return `${result.editor ?? 'Someone'} saved this adopter while you were editing. Nothing was saved: reload the page to see their changes, then make yours again.`;
}

/** A list of reasons as one message a volunteer reads top to bottom. */
function inWords(reasons: readonly string[]): string {
  return reasons.join(' ');
}

export async function createAdopterAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(rolesFor('/adopters'));
  const input = adopterInput.safeParse(adopterFormData(form));
  if (!input.success) return invalidAdopter(input.error, form);
  const done = await submitOnce(form, { action: 'createAdopter', userId: user.id }, async (tx) => {
    const id = await createAdopter(tx, { values: input.data, actorId: user.id });
    return { redirectTo: `/adopters/${id}?saved=created` };
  });
  revalidatePath('/adopters');
  return answer(done);
}

export async function updateAdopterAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(rolesFor('/adopters'));
  const input = updateAdopterInput.safeParse(adopterFormData(form));
  if (!input.success) return invalidAdopter(input.error, form);
  const { adopterId, version, ...values } = input.data;
  const result = await updateAdopter(await getDb(), { adopterId, version, values, actorId: user.id });
  if (!result.ok) return { ok: false, message: result.kind === 'stale' ? staleMessage(result) : MISSING, values: adopterFormValues(form) };
  revalidatePath('/adopters');
  revalidatePath(`/adopters/${adopterId}`);
  redirect(`/adopters/${adopterId}?saved=${Object.keys(result.changes).length ? 'edited' : 'unchanged'}`);
}

export async function decideAdopterAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(ADOPTION_ROLES);
  const input = decideAdopterInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const result = await decideAdopter(await getDb(), { ...input.data, actorId: user.id, now: new Date() });
  if (!result.ok) return { ok: false, message: result.kind === 'stale' ? staleMessage(result) : MISSING, values: formValues(form) };
  revalidatePath('/adopters');
  revalidatePath(`/adopters/${input.data.adopterId}`);
  return { ok: true, message: `Decision saved: the application is now ${input.data.approval}.` };
}

/** Result of an adoption attempt: a refusal, or warnings that need the coordinator's confirmed reason. */
export type AdoptionActionResult = ActionResult & { warnings?: string[] };

export async function recordAdoptionAction(_prev: AdoptionActionResult, form: FormData): Promise<AdoptionActionResult> {
  const user = await requireRole(ADOPTION_ROLES);
  const values = { ...formValues(form), ratIds: form.getAll('ratIds').join(',') };
  const input = adoptionInput.safeParse(adoptionFormData(form));
  if (!input.success) return { ...invalid(input.error), values } as AdoptionActionResult;
  const { fee, ...rest } = input.data;
  const done = await submitOnce(form, { action: 'recordAdoption', userId: user.id }, async (tx) => {
    const result = await recordAdoption(tx, { ...rest, feeCents: fee, actorId: user.id, now: new Date(), readiness: unmetReadinessForAdoption });
    if (result.ok) return { redirectTo: `/adopters/adoptions/${result.adoptionId}?saved=adopted` };
    if (result.kind === 'needs_confirmation') {
      const confirm: AdoptionActionResult = {
        ok: false,
        message: 'Nothing was saved yet: this adoption leaves a rat behind alone. Say why it is all right, then record the adoption again.',
        warnings: result.warnings,
        fieldErrors: { leftAloneReason: ['Say why going ahead is all right, and what happens next for the rat left behind.'] },
        values,
      };
      return confirm;
    }
    return { ok: false, message: `The adoption was not recorded. ${inWords(result.reasons)}`, values };
  });
  revalidatePath('/adopters');
  revalidatePath('/rats');
  return answer(done);
}

export async function recordReturnAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(ADOPTION_ROLES);
  const input = returnInput.safeParse(returnFormData(form));
  if (!input.success) return invalid(input.error, form);
  const done = await submitOnce(form, { action: 'recordReturn', userId: user.id }, async (tx) => {
    const result = await recordReturn(tx, { ...input.data, actorId: user.id, now: new Date() });
    if (!result.ok) return { ok: false, message: `The return was not recorded. ${inWords(result.reasons)}`, values: formValues(form) };
    return { ok: true, message: result.summary };
  });
  revalidatePath(`/adopters/adoptions/${input.data.adoptionId}`);
  revalidatePath('/rats');
  return answer(done);
}
