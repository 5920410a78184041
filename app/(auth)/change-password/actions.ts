'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getPasswordHolder, setPassword } from '@/db/queries/account-security';
import { DEMO_PASSWORD } from '@/db/seed/demo-accounts';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { getCurrentUser } from '@/lib/authz';
import { hashPassword, verifyPassword } from '@/lib/passwords';
import { changePasswordInput } from '@/lib/validation/auth';

/**
 * Any signed-in user changes their own password, proving the current one. Every session they
 * hold ends, this one included: they sign in again with the new password.
 */
export async function changeOwnPasswordAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  // getCurrentUser, not requireUser: a user who must change their password may still reach this.
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  const input = changePasswordInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  if (input.data.password === DEMO_PASSWORD) return refused('Choose a password of your own, not the demo one.');
  const db = await getDb();
  const holder = await getPasswordHolder(db, { id: user.id });
  if (!holder || !(await verifyPassword(holder.passwordHash, input.data.currentPassword))) {
    return { ok: false, message: 'Nothing was changed.', fieldErrors: { currentPassword: ['That is not your current password.'] } };
  }
  await setPassword(db, {
    userId: user.id,
    passwordHash: await hashPassword(input.data.password),
    mustChange: false,
    actorId: user.id,
    summary: `${user.name} changed their password`,
  });
  redirect('/sign-in?notice=password-changed');
}
