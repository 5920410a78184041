'use server';

import { revalidatePath } from 'next/cache';
import { answer, submitOnce } from '@/lib/submit-once';
import { createAssessment } from '@/db/queries/assessments';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { ratScope, requireRole } from '@/lib/authz';
import { ASSESSOR_ROLES } from '@/lib/domain/temperament';
import { temperamentAssessmentInput } from '@/lib/validation/handling';
import { parseId } from '@/lib/validation/ids';

/** The form's fields that hold several values (checkbox chips). */
const LIST_FIELDS = ['backgroundCauses', 'fearTriggers'] as const;

/** The form as the schema reads it: single fields as strings, chip fields as lists. */
function assessmentFields(form: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = Object.fromEntries(form);
  for (const name of LIST_FIELDS) fields[name] = form.getAll(name);
  return fields;
}

/** Keeps the chosen chips (comma-joined) so the form can show them again after an error. */
function withChosenLists(result: ActionResult, form: FormData): ActionResult {
  if (result.ok) return result;
  const lists = Object.fromEntries(LIST_FIELDS.map((name) => [name, form.getAll(name).map(String).join(',')]));
  return { ...result, values: { ...result.values, ...lists } };
}

/**
 * Staff, coordinators and admins may assess any rat; a foster only a rat placed in their home
 * right now. The scope is applied by the query inside the write, so a rat that moved out of the
 * foster's home after the form was opened is refused and nothing is written.
 */
export async function createAssessmentAction(ratId: number, _prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(ASSESSOR_ROLES);
  if (parseId(ratId) === null) return refused('That rat could not be found. Nothing was saved.');
  const input = temperamentAssessmentInput.safeParse(assessmentFields(form));
  if (!input.success) return withChosenLists(invalid(input.error, form), form);
  const done = await submitOnce(form, { action: 'createAssessment', userId: user.id }, async (tx) => {
    const created = await createAssessment(tx, { ratId, scope: ratScope(user), actorId: user.id, input: input.data, now: new Date() });
    if (!created) {
      return withChosenLists(refused('That rat is not in your care any more (it may have moved to another home). Nothing was saved.', form), form);
    }
    return { redirectTo: `/rats/${ratId}/assessments?saved=${created.id}` };
  });
  revalidatePath(`/rats/${ratId}`, 'layout');
  return answer(done);
}
