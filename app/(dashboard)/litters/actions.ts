'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
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
  const db = await getDb();
  const outcome = await recordLitter(db, { input: input.data, actorId: user.id, now, policy: await getPolicy(db) });
  if (!outcome.ok) return refused(outcome.reason, form);
  revalidatePath('/litters', 'layout');
  revalidatePath('/dashboard');
  revalidatePath('/rats', 'layout');
  redirect(`/litters/${outcome.litterId}?recorded=1`);
}
