import 'server-only';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { getSessionUser, type SessionUser } from '@/db/queries/users';
import { authOptions } from '@/lib/auth';
import type { Role } from '@/lib/domain/vocabulary';

export type CurrentUser = SessionUser;

/**
 * The signed-in user, read fresh from the database on every request: a deactivated user's
 * session stops working at once, and a role change takes effect on the next click.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getSessionUser(await getDb(), { id });
  // The same rule the session endpoint applies: an old cookie (before a password change, a
  // deactivation or a role change) is no session at all.
  if (!user || !user.active || user.sessionVersion !== session.user.sessionVersion) return null;
  return user;
});

/** Signed in, with a password of their own: after an admin's reset the user must choose one first. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  if (user.mustChangePassword) redirect('/change-password');
  return user;
}

/** Anyone outside `roles` gets not-found, never a hint that the page exists. */
export async function requireRole(roles: readonly Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) notFound();
  return user;
}

export const STAFF_ROLES = ['admin', 'staff', 'coordinator'] as const satisfies readonly Role[];

export function isFoster(user: Pick<CurrentUser, 'role'>): boolean {
  return user.role === 'foster';
}

export { ratScope, type RatScope } from '@/lib/domain/access';
