'use server';

import { revalidatePath } from 'next/cache';
import { answer, submitOnce, type Answer } from '@/lib/submit-once';
import { RatNotInScopeError, recordHealthEvent, type HealthEventOutcome } from '@/db/queries/health-events';
import { getPolicy } from '@/db/queries/settings';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { ratScope, requireRole } from '@/lib/authz';
import { ROLES } from '@/lib/domain/vocabulary';
import { healthEventInput, healthFormObject } from '@/lib/validation/health';
import { parseId } from '@/lib/validation/ids';

/**
 * Records a health event for one rat. Everyone may record; fosters only weights, health checks
 * and symptoms, and only for rats placed in their home now (checked by the query in the write).
 */
export async function recordHealthEventAction(ratId: number, _prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(ROLES);
  if (parseId(ratId) === null) return refused('This rat was not found: nothing was saved.');
  const now = new Date();
  const input = healthEventInput(now).safeParse(healthFormObject(form));
  if (!input.success) return invalid(input.error, form);
  let done: Answer;
  try {
    done = await submitOnce(form, { action: 'recordHealthEvent', userId: user.id }, async (tx) => {
      const outcome: HealthEventOutcome = await recordHealthEvent(tx, {
        ratId,
        input: input.data,
        scope: ratScope(user),
        actor: { id: user.id, role: user.role },
        now,
        policy: await getPolicy(tx),
      });
      if (!outcome.ok) return refused(outcome.reason, form);
      return { ok: true, message: [outcome.confirmation, ...outcome.messages].join(' ') };
    });
  } catch (error) {
    if (error instanceof RatNotInScopeError) return refused(error.message);
    throw error;
  }
  revalidatePath(`/rats/${ratId}`, 'layout');
  revalidatePath('/dashboard');
  if (input.data.kind === 'death') revalidatePath('/litters', 'layout');
  return answer(done);
}
