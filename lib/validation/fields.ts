import { z } from 'zod';
import { isYearInRange, YEAR_RANGE_MESSAGE } from '../domain/dates';
import { MAX_ID } from './ids';

/** Small zod building blocks for form fields: every message says what to type, not what went wrong inside. */

const NUL = /\u0000/g;

/**
 * Every text field starts here: a NUL character (which nobody types, and PostgreSQL cannot
 * store) is dropped before any other check, so pasted binary never reaches the database.
 */
export function text(message?: string) {
  return z.string(message).overwrite((v) => v.replace(NUL, ''));
}

/** Text that must be given, trimmed. */
export function requiredText(message: string, max = 120) {
  return text(message)
    .trim()
    .min(1, message)
    .max(max, `Use at most ${max} characters.`);
}

/** Text that may be left empty: empty becomes null. */
export function optionalText(max = 500) {
  return text()
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

/** A record id (1 to 2,147,483,647, the database's integer) from a hidden field or a select; `message` when it is anything else. */
export function idOf(message = 'This record is missing: reload the page.') {
  return z.coerce.number(message).int(message).positive(message).max(MAX_ID, message);
}

/** A record id from a hidden field or a select. */
export const idField = idOf();

/** A select whose empty option means "none". */
export const optionalIdField = z
  .union([z.literal(''), idOf()])
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
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v), 'Enter a real date, like 2026-03-14.')
    .refine(isYearInRange, YEAR_RANGE_MESSAGE);
}

/** An optional calendar date: empty becomes null. */
export const optionalIsoDateField = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v)), 'Enter a real date, like 2026-03-14.')
  .refine((v) => !v || isYearInRange(v), YEAR_RANGE_MESSAGE)
  .transform((v) => (v ? v : null));

/** A whole number typed in a number input, within a range, with messages naming the field. */
export function wholeNumberField(label: string, min: number, max: number, unit = '') {
  const suffix = unit ? ` ${unit}` : '';
  return text(`Enter ${label.toLowerCase()} as a number.`)
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
export const optionalEmail = text()
  .trim()
  .max(200, 'Use at most 200 characters.')
  .optional()
  .refine((v) => !v || z.email().safeParse(v).success, 'Enter a valid email address, like name@example.org, or leave it empty.')
  .transform((v) => (v ? v.toLowerCase() : null));
