'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { acknowledgeIncident } from '@/db/queries/handling-report';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { requireRole } from '@/lib/authz';
import { INCIDENT_ACKNOWLEDGE_ROLES } from '@/lib/domain/handling-report';
import { acknowledgeIncidentInput } from '@/lib/validation/incidents';

export async function acknowledgeIncidentAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(INCIDENT_ACKNOWLEDGE_ROLES);
  const input = acknowledgeIncidentInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  const result = await acknowledgeIncident(await getDb(), { incidentId: input.data.incidentId, actorId: user.id, now: new Date() });
  if (!result.ok) {
    return refused(result.reason === 'not_found' ? 'That incident no longer exists.' : `Someone already acknowledged it${result.by ? ` (${result.by})` : ''}.`);
  }
  revalidatePath('/reports/handling');
  return { ok: true, message: `Acknowledged ${result.ratName}’s bite.` };
}
