'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { createPlannedPairing, putPairTogether } from '@/db/queries/pairings';
import { createOutsideAncestor, setParent } from '@/db/queries/pedigrees';
import { updateRattery } from '@/db/queries/rattery';
import { getPolicy } from '@/db/queries/settings';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { requireRole, STAFF_ROLES } from '@/lib/authz';
import { answer, submitOnce } from '@/lib/submit-once';
import { idField } from '@/lib/validation/fields';
import { outsideAncestorInput, pairTogetherInput, parentInput, plannedPairingInput } from '@/lib/validation/pedigrees';
import { ratteryInput } from '@/lib/validation/settings';

/** Plans a pairing of a doe and a buck, then shows its page (kittens' COI, shared ancestors, what blocks it). */
export async function createPairingAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(STAFF_ROLES);
  const input = plannedPairingInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const done = await submitOnce(form, { action: 'createPlannedPairing', userId: user.id }, async (tx) => {
    const outcome = await createPlannedPairing(tx, { input: input.data, actorId: user.id });
    return outcome.ok ? { redirectTo: `/breeding/pairings/${outcome.pairingId}` } : refused(outcome.reason, form);
  });
  revalidatePath('/breeding');
  return answer(done);
}

/** Puts a planned pair together: the doe's pregnancy watch opens; refused with every reason while the rules block it. */
export async function putPairTogetherAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(STAFF_ROLES);
  const input = pairTogetherInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const db = await getDb();
  const outcome = await putPairTogether(db, { ...input.data, actorId: user.id, now: new Date(), policy: await getPolicy(db) });
  if (!outcome.ok) return refused(outcome.reason, form);
  revalidatePath('/breeding', 'layout');
  revalidatePath('/dashboard');
  return { ok: true, message: 'Put together: the doe is on pregnancy watch.' };
}

/** Records (or clears) a rat's dam or sire; a loop is refused (a rat cannot be its own ancestor). */
export async function setParentAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(STAFF_ROLES);
  const ratId = idField.safeParse(form.get('ratId'));
  if (!ratId.success) return refused('This rat is missing: reload the page.');
  const input = parentInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const outcome = await setParent(await getDb(), { ratId: ratId.data, input: input.data, actorId: user.id });
  if (!outcome.ok) return refused(outcome.reason);
  revalidatePath(`/rats/${ratId.data}`, 'layout');
  return { ok: true, message: input.data.parentKind === 'none' ? `The ${input.data.role} is cleared.` : `The ${input.data.role} is recorded.` };
}

/** Records an ancestor from an outside line: in pedigrees only, never among the rats in care. */
export async function createOutsideAncestorAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(STAFF_ROLES);
  const input = outsideAncestorInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const done = await submitOnce(form, { action: 'createOutsideAncestor', userId: user.id }, async (tx) => {
    const ancestor = await createOutsideAncestor(tx, { input: input.data, actorId: user.id });
    return { ok: true, message: `${ancestor.name} is recorded as an outside ancestor. Search for the name to set it as a dam or sire.` };
  });
  revalidatePath('/breeding', 'layout');
  return answer(done);
}

/** The rattery's name and kitten-name prefix (admins, like every setting). */
export async function updateRatteryAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(['admin']);
  const input = ratteryInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  await updateRattery(await getDb(), { input: input.data, actorId: user.id });
  revalidatePath('/settings');
  return { ok: true, message: 'Rattery saved.' };
}
