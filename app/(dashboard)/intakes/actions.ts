'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { answer, submitOnce } from '@/lib/submit-once';
import { getFosterHome } from '@/db/queries/foster-homes';
import { createIntake } from '@/db/queries/intakes';
import { getPolicy } from '@/db/queries/settings';
import { formValues, invalid, type ActionResult } from '@/lib/action-result';
import { requireRole } from '@/lib/authz';
import { INTAKE_ROLES } from '@/lib/domain/staff-roles';
import { intakeFormData, intakeInput } from '@/lib/validation/intake';

export async function createIntakeAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(INTAKE_ROLES);
  const input = intakeInput.safeParse(intakeFormData(form));
  if (!input.success) return invalid(input.error, form);
  const db = await getDb();
  if (input.data.arrivesAt !== null) {
    const home = await getFosterHome(db, { id: input.data.arrivesAt });
    const problem = !home
      ? 'That foster home no longer exists.'
      : !home.active
        ? `${home.name} is no longer active as a foster home.`
        : !home.canQuarantine
          ? `${home.name} cannot quarantine, and every new arrival starts quarantine: choose a home that can, or leave the rats awaiting placement.`
          : null;
    if (problem) return { ok: false, message: problem, fieldErrors: { arrivesAt: [problem] }, values: formValues(form) };
  }
  const done = await submitOnce(form, { action: 'createIntake', userId: user.id }, async (tx) => {
    const created = await createIntake(tx, { intake: input.data, actorId: user.id, policy: await getPolicy(tx), now: new Date() });
    return { redirectTo: `/intakes/${created.intakeId}?recorded=1` };
  });
  revalidatePath('/rats');
  revalidatePath('/dashboard');
  revalidatePath('/foster-homes');
  return answer(done);
}
