import { z } from 'zod';

/** Small zod building blocks for form fields: every message says what to type, not what went wrong inside. */

/** Text that must be given, trimmed. */
export function requiredText(message: string, max = 120) {
  return z
    .string(message)
    .trim()
    .min(1, message)
    .max(max, `Use at most ${max} characters.`);
}

/** Text that may be left empty: empty becomes null. */
export function optionalText(max = 500) {
  return z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : null));
}

/** A checkbox: present ('on') when ticked, absent when not. */
export const checkboxField = z
  .string()
  .optional()
  .transform((v) => v === 'on' || v === 'true');

/** A record id from a hidden field or a select. */
export const idField = z.coerce.number('This record is missing: reload the page.').int().positive('This record is missing: reload the page.');

/** A select whose empty option means "none". */
export const optionalIdField = z
  .union([z.literal(''), z.coerce.number().int().positive()])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date typed in a date input ('YYYY-MM-DD'). */
export function isoDateField(message: string) {
  return z
    .string(message)
    .trim()
    .min(1, message)
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v), 'Enter a real date, like 2026-03-14.');
}

/** An optional calendar date: empty becomes null. */
export const optionalIsoDateField = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v)), 'Enter a real date, like 2026-03-14.')
  .transform((v) => (v ? v : null));

/** A whole number typed in a number input, within a range, with messages naming the field. */
export function wholeNumberField(label: string, min: number, max: number, unit = '') {
  const suffix = unit ? ` ${unit}` : '';
  return z
    .string(`Enter ${label.toLowerCase()} as a number.`)
    .trim()
    .min(1, `Enter ${label.toLowerCase()} as a number.`)
    .regex(/^-?\d+$/, `${label} must be a whole number.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, min === 0 ? `${label} cannot be negative.` : `${label} must be at least ${min}${suffix}.`)
        .max(max, `${label} must be at most ${max}${suffix}.`),
    );
}

/** The reason a move or change happened: always asked for, because history without a why is noise. */
export const reasonField = requiredText('Say why, in a few words: it is kept in the history.', 300);

/** An email address that may be left empty: stored lower-case, empty becomes null. */
export const optionalEmail = z
  .string()
  .trim()
  .max(200, 'Use at most 200 characters.')
  .optional()
  .refine((v) => !v || z.email().safeParse(v).success, 'Enter a valid email address, like name@example.org, or leave it empty.')
  .transform((v) => (v ? v.toLowerCase() : null));
