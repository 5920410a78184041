'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { createHandlingSession, RatsOutOfScopeError } from '@/db/queries/handling-sessions';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { ratScope, requireUser } from '@/lib/authz';
import { handlingSessionInput } from '@/lib/validation/handling';

/** Logs a session for one or more rats. Fosters may log only for rats placed in their home now. */
export async function logHandlingSessionAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  let payload: unknown;
  try {
    payload = JSON.parse(String(form.get('payload') ?? ''));
  } catch {
    return refused('The form was incomplete. Reload the page and try again.');
  }
  const input = handlingSessionInput(new Date()).safeParse(payload);
  if (!input.success) return invalid(input.error);
  let result: { incidents: number };
  try {
    result = await createHandlingSession(await getDb(), { input: input.data, scope: ratScope(user), loggedBy: user.id });
  } catch (error) {
    if (error instanceof RatsOutOfScopeError) return refused(error.message);
    throw error;
  }
  revalidatePath('/dashboard');
  revalidatePath('/rats', 'layout');
  const n = input.data.rats.length;
  // A whole-litter session returns to the litter's page (the litter id only chooses where to go next).
  const litterId = Number(form.get('litterId'));
  if (Number.isInteger(litterId) && litterId > 0) {
    revalidatePath(`/litters/${litterId}`);
    redirect(`/litters/${litterId}?logged=${n}`);
  }
  redirect(`/dashboard?logged=${n}${result.incidents ? `&incidents=${result.incidents}` : ''}`);
}
