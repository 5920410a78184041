'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { updatePolicy } from '@/db/queries/settings';
import { invalid, type ActionResult } from '@/lib/action-result';
import { requireRole } from '@/lib/authz';
import { settingsInput } from '@/lib/validation/settings';

export async function updateSettingsAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(['admin']);
  const input = settingsInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  await updatePolicy(await getDb(), { policy: input.data, actorId: user.id });
  revalidatePath('/', 'layout');
  return { ok: true, message: 'Settings saved.' };
}
