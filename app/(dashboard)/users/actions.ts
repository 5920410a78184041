'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { answer, submitOnce, type Answer } from '@/lib/submit-once';
import { countActiveAdmins, createUser, DuplicateEmailError, getSessionUser, setUserActive, UnknownFosterHomeError, updateUserRole } from '@/db/queries/users';
import { formValues, invalid, refused, type ActionResult } from '@/lib/action-result';
import { requireRole } from '@/lib/authz';
import { setPassword } from '@/db/queries/account-security';
import { hashPassword, oneTimePassword } from '@/lib/passwords';
import { createUserInput, resetPasswordInput, setUserActiveInput, updateUserInput } from '@/lib/validation/auth';

export async function createUserAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const admin = await requireRole(['admin']);
  const input = createUserInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const passwordHash = await hashPassword(input.data.password);
  let done: Answer;
  try {
    done = await submitOnce(form, { action: 'createUser', userId: admin.id }, async (tx) => {
      await createUser(tx, {
        name: input.data.name,
        email: input.data.email,
        role: input.data.role,
        fosterHomeId: input.data.fosterHomeId,
        passwordHash,
        actorId: admin.id,
      });
      return { ok: true, message: `${input.data.name} can now sign in as ${input.data.role}.` };
    });
  } catch (error) {
    if (error instanceof DuplicateEmailError) {
      return { ok: false, message: error.message, fieldErrors: { email: [error.message] }, values: formValues(form) };
    }
    if (error instanceof UnknownFosterHomeError) {
      return { ok: false, message: error.message, fieldErrors: { fosterHomeId: [error.message] }, values: formValues(form) };
    }
    throw error;
  }
  revalidatePath('/users');
  return answer(done);
}

export async function updateUserAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const admin = await requireRole(['admin']);
  const input = updateUserInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const db = await getDb();
  const target = await getSessionUser(db, { id: input.data.userId });
  if (!target) return refused('That user no longer exists.');
  if (target.role === 'admin' && input.data.role !== 'admin' && target.active && (await countActiveAdmins(db)) <= 1) {
    return refused('The rescue needs at least one active admin: make someone else an admin first.', form);
  }
  await updateUserRole(db, { ...input.data, actorId: admin.id });
  revalidatePath('/users');
  return { ok: true, message: `Saved ${target.name}.` };
}

export async function setUserActiveAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const admin = await requireRole(['admin']);
  const input = setUserActiveInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  if (input.data.userId === admin.id && !input.data.active) return refused('You cannot deactivate your own account.');
  const db = await getDb();
  const target = await getSessionUser(db, { id: input.data.userId });
  if (!target) return refused('That user no longer exists.');
  if (!input.data.active && target.role === 'admin' && (await countActiveAdmins(db)) <= 1) {
    return refused('The rescue needs at least one active admin.');
  }
  await setUserActive(db, { ...input.data, actorId: admin.id });
  revalidatePath('/users');
  return { ok: true, message: `${target.name} is ${input.data.active ? 'active again' : 'deactivated and signed out'}.` };
}

/**
 * An admin resets someone else's password: a one-time password, shown once here, which the
 * user must replace at their next sign-in. Every session the user holds ends.
 */
export async function resetUserPasswordAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const admin = await requireRole(['admin']);
  const input = resetPasswordInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error);
  if (input.data.userId === admin.id) return refused('Change your own password from your account menu instead.');
  const db = await getDb();
  const target = await getSessionUser(db, { id: input.data.userId });
  if (!target) return refused('That user no longer exists.');
  const password = oneTimePassword();
  await setPassword(db, {
    userId: target.id,
    passwordHash: await hashPassword(password),
    mustChange: true,
    actorId: admin.id,
    summary: `Reset ${target.name}'s password`,
  });
  revalidatePath('/users');
  return {
    ok: true,
    message: `One-time password for ${target.name}: ${password} — shown only now. They choose their own at their next sign-in.`,
  };
}
