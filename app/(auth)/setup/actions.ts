'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { createFirstAdmin } from '@/db/queries/users';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { hashPassword } from '@/lib/passwords';
import { firstAdminInput } from '@/lib/validation/auth';

/** Public by nature (nobody is signed in yet), so it refuses as soon as any user exists. */
export async function createFirstAdminAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const input = firstAdminInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const created = await createFirstAdmin(await getDb(), {
    name: input.data.name,
    email: input.data.email,
    passwordHash: await hashPassword(input.data.password),
  });
  if (!created) return refused('Ratwise is already set up. Sign in instead.');
  redirect('/sign-in?welcome=1');
}
