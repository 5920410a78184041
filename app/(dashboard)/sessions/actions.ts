'use server';

import { revalidatePath } from 'next/cache';
import { createHandlingSession, RatsOutOfScopeError } from '@/db/queries/handling-sessions';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { answer, submitOnce, type Answer } from '@/lib/submit-once';
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
  const litterNumber = Number(form.get('litterId'));
  const litterId = Number.isInteger(litterNumber) && litterNumber > 0 ? litterNumber : null;
  let done: Answer;
  try {
    // A repeat of a saved form lands where the first did, having written nothing.
    done = await submitOnce(form, { action: 'logHandlingSession', userId: user.id }, async (tx) => {
      const result = await createHandlingSession(tx, { input: input.data, scope: ratScope(user), loggedBy: user.id });
      const n = input.data.rats.length;
      // A whole-litter session returns to the litter's page (the litter id only chooses where to go next).
      if (litterId !== null) return { redirectTo: `/litters/${litterId}?logged=${n}` };
      return { redirectTo: `/dashboard?logged=${n}${result.incidents ? `&incidents=${result.incidents}` : ''}` };
    });
  } catch (error) {
    if (error instanceof RatsOutOfScopeError) return refused(error.message);
    throw error;
  }
  revalidatePath('/dashboard');
  revalidatePath('/rats', 'layout');
  if (litterId !== null) revalidatePath(`/litters/${litterId}`);
  return answer(done);
}
