'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { createHandlingSession, RatsOutOfScopeError } from '@/db/queries/handling-sessions';
import { writeOnce, type Once } from '@/db/queries/idempotency';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { idempotencyKeyOf, INCOMPLETE_FORM } from '@/lib/idempotency';
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
  const key = idempotencyKeyOf(form);
  if (!key) return refused(INCOMPLETE_FORM);
  let done: Once<string>;
  try {
    done = await writeOnce(await getDb(), { key, action: 'logHandlingSession', userId: user.id }, async (tx) => {
      const result = await createHandlingSession(tx, { input: input.data, scope: ratScope(user), loggedBy: user.id });
      const n = input.data.rats.length;
      return `/dashboard?logged=${n}${result.incidents ? `&incidents=${result.incidents}` : ''}`;
    });
  } catch (error) {
    if (error instanceof RatsOutOfScopeError) return refused(error.message);
    throw error;
  }
  revalidatePath('/dashboard');
  revalidatePath('/rats', 'layout');
  // A repeat of a saved form lands where the first did, having written nothing.
  redirect(done.value ?? '/dashboard');
}
