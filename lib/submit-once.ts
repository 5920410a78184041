import 'server-only';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import type { DbOrTx } from '@/db/connect';
import { writeOnce } from '@/db/queries/idempotency';
import { refused, type ActionResult } from '@/lib/action-result';
import { idempotencyKeyOf, INCOMPLETE_FORM } from '@/lib/idempotency';

/** What a create-type action answers: go to the new record, or a result for the form. */
export type Answer = { redirectTo: string } | ActionResult;

/**
 * The write of a form, done once per form key (see components/ui/idempotency-key.tsx): the
 * first request writes and its answer is stored with the key in the same transaction; a double
 * tap or a retried request gets that same answer and writes nothing. `write` must use the
 * database it is given (the transaction).
 */
export async function submitOnce(form: FormData, params: { action: string; userId: number }, write: (db: DbOrTx) => Promise<Answer>): Promise<Answer> {
  const key = idempotencyKeyOf(form);
  if (!key) return refused(INCOMPLETE_FORM);
  const done = await writeOnce(await getDb(), { key, ...params }, write);
  return done.value ?? refused('This form was already sent.');
}

/** Follows an answer: redirects to the new record, or hands the result back to the form. */
export function answer(result: Answer): ActionResult {
  if ('redirectTo' in result) redirect(result.redirectTo);
  return result;
}
