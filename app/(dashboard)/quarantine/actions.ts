'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { extendQuarantineById, releaseQuarantine, startQuarantineByHand } from '@/db/queries/quarantines';
import { getPolicy } from '@/db/queries/settings';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { requireRole } from '@/lib/authz';
import { answer, submitOnce } from '@/lib/submit-once';
import { extendQuarantineInput, releaseQuarantineInput, startQuarantineInput } from '@/lib/validation/quarantine';

const QUARANTINE_ROLES = ['admin', 'coordinator'] as const;

function revalidateQuarantine() {
  revalidatePath('/quarantine');
  revalidatePath('/dashboard');
}

/**
 * Coordinators (and admins) release; refused with the reason while the rules say no. Releasing a
 * rat whose cage-mate stays in quarantine asks for a confirmation naming the cage-mate.
 */
export async function releaseQuarantineAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole([...QUARANTINE_ROLES]);
  const input = releaseQuarantineInput.safeParse(Object.fromEntries(form));
  if (!input.success) return refused('Choose a quarantine to release.');
  const db = await getDb();
  const result = await releaseQuarantine(db, {
    quarantineId: input.data.quarantineId,
    cageMatesConfirmed: input.data.confirmCageMates,
    actorId: user.id,
    now: new Date(),
    policy: await getPolicy(db),
  });
  if (!result.ok) return result.needsConfirmation ? { ok: false, message: result.reason, fieldErrors: { confirmCageMates: [result.reason] } } : refused(result.reason);
  revalidateQuarantine();
  // The row leaves the list once released, so the confirmation is shown above it.
  // Only the rat's id travels in the address; the page reads the name itself.
  redirect(`/quarantine?released=${input.data.quarantineId}`);
}

/** Coordinators start a quarantine by hand for a rat in care: show or exposure, illness, return from adoption. */
export async function startQuarantineAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole([...QUARANTINE_ROLES]);
  const input = startQuarantineInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const done = await submitOnce(form, { action: 'startQuarantine', userId: user.id }, async (tx) => {
    const result = await startQuarantineByHand(tx, { ...input.data, actorId: user.id, now: new Date(), policy: await getPolicy(tx) });
    // Only the quarantine's id travels in the address; the page reads the confirmation itself.
    return result.ok ? { redirectTo: `/quarantine?started=${result.quarantineId}` } : refused(result.reason, form);
  });
  revalidateQuarantine();
  return answer(done);
}

/** Coordinators extend an open quarantine to a later planned end, with the reason kept. */
export async function extendQuarantineAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole([...QUARANTINE_ROLES]);
  const input = extendQuarantineInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const result = await extendQuarantineById(await getDb(), { ...input.data, actorId: user.id });
  if (!result.ok) return refused(result.reason, form);
  revalidateQuarantine();
  redirect(`/quarantine?extended=${result.quarantineId}`);
}
