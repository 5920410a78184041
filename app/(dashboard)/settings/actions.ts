'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { updatePolicy } from '@/db/queries/settings';
import { z } from 'zod';
import { RESCUE_LIVE_KEY, setRescueFlag } from '@/db/queries/account-security';
import { recordAudit } from '@/db/queries/audit';
import { removeDemoRescue } from '@/db/queries/demo-removal';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { requireRole } from '@/lib/authz';
import { settingsInput } from '@/lib/validation/settings';
import { updatePublicProfile } from '@/db/queries/public-listings';
import { publicProfileInput } from '@/lib/validation/public-listing';

export async function updateSettingsAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(['admin']);
  const input = settingsInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  await updatePolicy(await getDb(), { policy: input.data, actorId: user.id });
  revalidatePath('/', 'layout');
  return { ok: true, message: 'Settings saved.' };
}

const rescueLiveInput = z.object({ live: z.enum(['true', 'false']).transform((v) => v === 'true') });

/** Marks the rescue live (sign-in then refuses the demo password) or back to a trial. */
export async function setRescueLiveAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(['admin']);
  const input = rescueLiveInput.safeParse(Object.fromEntries(form));
  if (!input.success) return refused('Choose live or trial.');
  const db = await getDb();
  await db.transaction(async (tx) => {
    await setRescueFlag(tx, { key: RESCUE_LIVE_KEY, on: input.data.live, actorId: user.id });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'update',
      entityType: 'settings',
      summary: input.data.live ? 'Marked the rescue live: the demo password no longer signs in' : 'Marked the rescue as a trial again',
    });
  });
  revalidatePath('/', 'layout');
  return {
    ok: true,
    message: input.data.live ? 'The rescue is live: the demo password no longer signs anyone in.' : 'The rescue is back in trial.',
  };
}

const removeDemoInput = z.object({ confirm: z.literal('remove', 'Type remove to confirm.') });

/** Removes the demo rescue's data and accounts in one go, keeping the admin doing it and the settings. */
export async function removeDemoRescueAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(['admin']);
  const input = removeDemoInput.safeParse({ confirm: String(form.get('confirm') ?? '').trim().toLowerCase() });
  if (!input.success) return invalid(input.error);
  const removed = await removeDemoRescue(await getDb(), { adminId: user.id });
  if (!removed) return refused('There is no demo rescue to remove.');
  revalidatePath('/', 'layout');
  return { ok: true, message: 'The demo rescue is gone. Your account and the settings remain: add your homes and team next.' };
}

/** The public listing's name and adoption fee per rat (admins, like every setting). */
export async function updatePublicProfileAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(['admin']);
  const input = publicProfileInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  await updatePublicProfile(await getDb(), { profile: { rescueName: input.data.rescueName, feePerRatCents: input.data.feePerRat }, actorId: user.id });
  revalidatePath('/settings');
  revalidatePath('/adopt', 'layout');
  return { ok: true, message: 'Public listing settings saved.' };
}
