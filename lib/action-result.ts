import type { z } from 'zod';

export type FieldErrors = Record<string, string[] | undefined>;

/** What every server action returns: a readable message, field messages, and the values to refill the form. */
export type ActionResult =
  | { ok: true; message?: string }
  | { ok: false; message: string; fieldErrors?: FieldErrors; values?: Record<string, string> };

export const idle: ActionResult = { ok: true };

export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !/password/i.test(key)) values[key] = value;
  }
  return values;
}

export function invalid(error: z.ZodError, form?: FormData): ActionResult {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return {
    ok: false,
    message: 'Some fields need attention. Nothing was saved.',
    fieldErrors,
    values: form ? formValues(form) : undefined,
  };
}

export function refused(message: string, form?: FormData): ActionResult {
  return { ok: false, message, values: form ? formValues(form) : undefined };
}

export function firstError(result: ActionResult, field: string): string | undefined {
  return result.ok ? undefined : result.fieldErrors?.[field]?.[0];
}
