'use server';

import { revalidatePath } from 'next/cache';
import { answer, submitOnce } from '@/lib/submit-once';
import { recordLitter } from '@/db/queries/litters';
import { getPolicy } from '@/db/queries/settings';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { requireRole, STAFF_ROLES } from '@/lib/authz';
import { litterInput } from '@/lib/validation/litters';

/** Records a birth: the litter, its kittens as rats, their home and cage, and the dam's watches, in one transaction. */
export async function recordLitterAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(STAFF_ROLES);
  const now = new Date();
  const input = litterInput(now).safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const done = await submitOnce(form, { action: 'recordLitter', userId: user.id }, async (tx) => {
    const outcome = await recordLitter(tx, { input: input.data, actorId: user.id, now, policy: await getPolicy(tx) });
    return outcome.ok ? { redirectTo: `/litters/${outcome.litterId}?recorded=1` } : refused(outcome.reason, form);
  });
  revalidatePath('/litters', 'layout');
  revalidatePath('/dashboard');
  revalidatePath('/rats', 'layout');
  return answer(done);
}
