'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { releaseQuarantine } from '@/db/queries/quarantines';
import { getPolicy } from '@/db/queries/settings';
import { refused, type ActionResult } from '@/lib/action-result';
import { requireRole } from '@/lib/authz';
import { idOf } from '@/lib/validation/fields';

const releaseInput = z.object({ quarantineId: idOf() });

/** Coordinators (and admins) release; refused with the reason while the rules say no. */
export async function releaseQuarantineAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(['admin', 'coordinator']);
  const input = releaseInput.safeParse(Object.fromEntries(form));
  if (!input.success) return refused('Choose a quarantine to release.');
  const db = await getDb();
  const result = await releaseQuarantine(db, { quarantineId: input.data.quarantineId, actorId: user.id, now: new Date(), policy: await getPolicy(db) });
  if (!result.ok) return refused(result.reason);
  revalidatePath('/quarantine');
  revalidatePath('/dashboard');
  // The row leaves the list once released, so the confirmation is shown above it.
  // Only the rat's id travels in the address; the page reads the name itself.
  redirect(`/quarantine?released=${input.data.quarantineId}`);
}
