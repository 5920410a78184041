'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import { answer, submitOnce } from '@/lib/submit-once';
import { createFosterHome, setFosterHomeActive, updateFosterHome, type FosterHomeValues, type FosterHomeWrite } from '@/db/queries/foster-homes';
import { invalid, type ActionResult } from '@/lib/action-result';
import { requireRole } from '@/lib/authz';
import { changedFieldsInWords, FOSTER_HOME_FIELD_LABELS, FOSTER_HOME_FIELDS, mergeStaleEdit } from '@/lib/domain/foster-homes';
import { listInWords } from '@/lib/domain/quarantine';
import { HOME_EDIT_ROLES } from '@/lib/domain/staff-roles';
import {
  fosterHomeFormData,
  fosterHomeFormValues,
  fosterHomeInput,
  setFosterHomeActiveInput,
  toFosterHomeFormValues,
  updateFosterHomeInput,
} from '@/lib/validation/foster-home';

const DUPLICATE = 'Another foster home already has this name: add the area or the family name to tell them apart.';
const MISSING = 'This foster home no longer exists.';

/** Field messages, with the form refilled including every ticked box of the multi-selects. */
function invalidHome(error: z.ZodError, form: FormData): ActionResult {
  const result = invalid(error);
  return result.ok ? result : { ...result, values: fosterHomeFormValues(form) };
}

function refusedWith(message: string, form: FormData, fieldErrors?: Record<string, string[]>): ActionResult {
  return { ok: false, message, fieldErrors, values: fosterHomeFormValues(form) };
}

function shown(value: unknown): string {
  if (value === null || value === '' || value === undefined) return '(empty)';
  if (Array.isArray(value)) return value.length ? value.join(', ').replace(/_/g, ' ') : '(none)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/**
 * Someone saved the home since this form was opened: nothing is written. The form comes back with
 * their changes and this person's edits on top, and a message on every field both changed.
 */
function staleRefusal(result: Extract<FosterHomeWrite, { kind: 'stale' }>, submitted: FosterHomeValues, homeId: number): ActionResult {
  const who = listInWords(result.editors);
  const { merged, conflicts } = mergeStaleEdit({ submitted, current: result.current, theirChanges: result.theirChanges, fields: FOSTER_HOME_FIELDS });
  const fieldErrors: Record<string, string[]> = {};
  for (const field of conflicts) {
    fieldErrors[field] = [`${who} changed this to “${shown(result.current[field])}” while you were editing. Your value is kept: save again to use it.`];
  }
  const what = changedFieldsInWords(result.theirChanges, { ...FOSTER_HOME_FIELD_LABELS, active: 'whether it is active' });
  return {
    ok: false,
    message: `${who} saved this home while you were editing${what ? ` (changing ${what})` : ''}. Nothing was saved: the form now holds their changes with yours on top. Check it and save again.`,
    fieldErrors,
    values: toFosterHomeFormValues({ ...merged, version: result.version, homeId }),
  };
}

export async function createFosterHomeAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(HOME_EDIT_ROLES);
  const input = fosterHomeInput.safeParse(fosterHomeFormData(form));
  if (!input.success) return invalidHome(input.error, form);
  const done = await submitOnce(form, { action: 'createFosterHome', userId: user.id }, async (tx) => {
    const result = await createFosterHome(tx, { values: input.data, actorId: user.id });
    return result.ok ? { redirectTo: `/foster-homes/${result.id}?saved=created` } : refusedWith(DUPLICATE, form, { name: [DUPLICATE] });
  });
  revalidatePath('/foster-homes');
  return answer(done);
}

export async function updateFosterHomeAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(HOME_EDIT_ROLES);
  const input = updateFosterHomeInput.safeParse(fosterHomeFormData(form));
  if (!input.success) return invalidHome(input.error, form);
  const { homeId, version, ...values } = input.data;
  const result = await updateFosterHome(await getDb(), { homeId, version, values, actorId: user.id });
  if (!result.ok) {
    if (result.kind === 'stale') return staleRefusal(result, values, homeId);
    if (result.kind === 'duplicate_name') return refusedWith(DUPLICATE, form, { name: [DUPLICATE] });
    if (result.kind === 'holds_quarantined') return refusedWith(result.reason, form, { canQuarantine: [result.reason] });
    return refusedWith(MISSING, form);
  }
  revalidatePath('/foster-homes');
  revalidatePath(`/foster-homes/${homeId}`);
  redirect(`/foster-homes/${homeId}?saved=${Object.keys(result.changes).length ? 'edited' : 'unchanged'}`);
}

export async function setFosterHomeActiveAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(HOME_EDIT_ROLES);
  const input = setFosterHomeActiveInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { ok: false, message: 'This page is out of date: reload it and try again.' };
  const result = await setFosterHomeActive(await getDb(), { ...input.data, actorId: user.id });
  if (!result.ok) {
    if (result.kind === 'still_housing') {
      return {
        ok: false,
        message: `${result.ratCount === 1 ? '1 rat still lives' : `${result.ratCount} rats still live`} here: move ${result.ratCount === 1 ? 'it' : 'them'} to another home before deactivating it.`,
      };
    }
    if (result.kind === 'stale') return { ok: false, message: 'Someone changed this home a moment ago: reload the page and try again.' };
    return { ok: false, message: MISSING };
  }
  revalidatePath('/foster-homes');
  revalidatePath(`/foster-homes/${input.data.homeId}`);
  return {
    ok: true,
    message: input.data.active ? 'The home is active again: rats can be placed here.' : 'The home is deactivated: no rat can be placed here until it is reactivated.',
  };
}
