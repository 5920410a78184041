'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { listRecentSignInFailures } from '@/db/queries/account-security';
import { countUsers, createFirstAdmin } from '@/db/queries/users';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { requestAddress } from '@/lib/auth';
import { signInLock } from '@/lib/domain/account-security';
import { hashPassword } from '@/lib/passwords';
import { firstAdminInput } from '@/lib/validation/auth';

const ALREADY_SET_UP = 'Ratwise is already set up. Sign in instead.';

/**
 * Public by nature (nobody is signed in yet). Everything that can refuse does so before the
 * password is hashed, so the page cannot be used to make the server burn memory and time.
 */
export async function createFirstAdminAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const input = firstAdminInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const db = await getDb();
  if ((await countUsers(db)) > 0) return refused(ALREADY_SET_UP);
  const now = new Date();
  const address = requestAddress(Object.fromEntries((await headers()).entries()));
  const failures = await listRecentSignInFailures(db, { email: input.data.email, address, now });
  const lock = signInLock(failures.account, failures.address, now);
  if (lock.locked) return refused(lock.message, form);
  const created = await createFirstAdmin(db, {
    name: input.data.name,
    email: input.data.email,
    passwordHash: await hashPassword(input.data.password),
  });
  if (!created) return refused(ALREADY_SET_UP);
  redirect('/sign-in?welcome=1');
}
