import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { getRatInScope } from '@/db/queries/housing';
import { ratScope, requireRole } from '@/lib/authz';
import type { Role } from '@/lib/domain/vocabulary';
import { parseId } from '@/lib/validation/ids';

/**
 * For a page under /rats/[ratId]: the signed-in user (one of `roles`) and the rat, or not-found
 * when the id is malformed, the rat does not exist, or it is outside the user's scope (a
 * foster's rat that is not placed in their home). Call it before any Suspense boundary, so
 * the answer is a real 404.
 */
export async function requireRatInScope(ratIdParam: string, roles: readonly Role[]) {
  const user = await requireRole(roles);
  const id = parseId(ratIdParam);
  if (id === null) notFound();
  const rat = await getRatInScope(await getDb(), { id, scope: ratScope(user) });
  if (!rat) notFound();
  return { user, rat };
}
