import { z } from 'zod';
import { idOf, text } from './fields';
import { addDays, isYearInRange, toIsoDate, YEAR_RANGE_MESSAGE } from '@/lib/domain/dates';
import { MAX_STATUS_REASON_LENGTH } from '@/lib/domain/rat-status';
import { RAT_STATUSES, SEXES, type Sex } from '@/lib/domain/vocabulary';
import { formatBytes, MAX_PHOTO_BYTES } from '@/lib/photos';

export const MAX_RAT_NAME_LENGTH = 80;
export const MAX_RAT_TEXT_LENGTH = 120;
export const MAX_RAT_NOTES_LENGTH = 4000;
export const MAX_CAPTION_LENGTH = 200;
/** Rats rarely live past four years: a birth date further back than this is a typo in the year. */
export const MAX_RAT_AGE_DAYS = 6 * 365;

/** The latest calendar day it is anywhere on Earth (UTC+14): "today" typed in any time zone passes. */
function latestToday(now: Date): string {
  return toIsoDate(new Date(now.getTime() + 14 * 3_600_000));
}

const id = idOf;

const optionalText = (max: number, what: string) =>
  text()
    .trim()
    .max(max, `Keep ${what} to ${max} characters or fewer.`)
    .optional()
    .transform((v) => (v ? v : null));

const optionalDate = (message: string) =>
  z.preprocess((v) => (v === '' || v === undefined ? null : v), z.iso.date(message).refine(isYearInRange, YEAR_RANGE_MESSAGE).nullable());

/** Refinements also run over fields that failed: compare only real dates. */
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

const optionalRatId = (message: string) =>
  z
    .union([z.literal(''), id(message)])
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v));

/** A checkbox: present ('on') is true, absent is false. */
const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
  .optional()
  .transform((v) => v === 'on' || v === 'true');

/** What the profile form needs to know about a rat chosen as dam or sire. */
export type ParentCandidate = { name: string; sex: Sex };

/**
 * A rat's profile as edited on its page: `parents` are the rats the form offered as dam or
 * sire (a dam must be female, a sire male, and no rat is its own parent); dates may not lie in
 * the future, and a rat is neutered after it was born. A female may have a neutered-on date
 * (spayed).
 */
export function ratProfileInput(params: { now: Date; parents: ReadonlyMap<number, ParentCandidate> }) {
  const today = latestToday(params.now);
  const earliestBirth = addDays(toIsoDate(params.now), -MAX_RAT_AGE_DAYS);
  return z
    .object({
      ratId: id('This rat could not be found.'),
      version: id('Reload the page: this form is missing the rat’s version.'),
      name: text('Enter a name.')
        .trim()
        .min(1, 'Enter a name.')
        .max(MAX_RAT_NAME_LENGTH, `Keep the name to ${MAX_RAT_NAME_LENGTH} characters or fewer.`),
      sex: z.enum(SEXES, 'Choose female, male or unknown.'),
      neuteredOn: optionalDate('Enter the neutered-on date as a date, like 2026-03-14.'),
      birthDate: optionalDate('Enter the birth date as a date, like 2025-11-02.'),
      birthDateEstimated: checkbox,
      variety: optionalText(MAX_RAT_TEXT_LENGTH, 'the variety'),
      markings: optionalText(MAX_RAT_TEXT_LENGTH, 'the markings'),
      damId: optionalRatId('Choose a dam from the list.'),
      sireId: optionalRatId('Choose a sire from the list.'),
      notes: optionalText(MAX_RAT_NOTES_LENGTH, 'the notes'),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const birthDate = isDate(v.birthDate) ? v.birthDate : null;
      const neuteredOn = isDate(v.neuteredOn) ? v.neuteredOn : null;
      if (birthDate && birthDate > today) issue('birthDate', 'The birth date is in the future: enter the day the rat was born (or your best guess).');
      else if (birthDate && birthDate < earliestBirth) issue('birthDate', 'That birth date makes the rat more than six years old: check the year.');
      if (neuteredOn && neuteredOn > today) issue('neuteredOn', 'The neutered-on date is in the future: record the neuter once it has happened.');
      else if (neuteredOn && birthDate && neuteredOn < birthDate) issue('neuteredOn', 'The neutered-on date is before the birth date.');
      for (const [field, role, sex] of [
        ['damId', 'dam', 'female'],
        ['sireId', 'sire', 'male'],
      ] as const) {
        const parentId = v[field];
        if (parentId === null) continue;
        if (parentId === v.ratId) {
          issue(field, `A rat cannot be its own ${role}.`);
          continue;
        }
        const parent = params.parents.get(parentId);
        if (!parent) issue(field, `Choose a ${role} from the list.`);
        else if (parent.sex !== sex) issue(field, `${parent.name} is ${parent.sex === 'unknown' ? 'not sexed yet' : parent.sex}: a ${role} must be ${sex}.`);
      }
    });
}

export type RatProfileInput = z.infer<ReturnType<typeof ratProfileInput>>;

const nullableText = text().nullable();
const nullableDate = z.iso.date().nullable();
const nullableId = z.number().int().positive().nullable();

/**
 * The rat as the profile form was opened (a hidden field): used only to explain a refused
 * edit and to keep the person's changes, never to decide what is written.
 */
export const profileBaseInput = text()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Reload the page: the form is damaged.' });
      return z.NEVER;
    }
  })
  .pipe(
    z.object({
      name: text(),
      sex: z.enum(SEXES),
      neuteredOn: nullableDate,
      birthDate: nullableDate,
      birthDateEstimated: z.boolean(),
      variety: nullableText,
      markings: nullableText,
      damId: nullableId,
      sireId: nullableId,
      notes: nullableText,
      status: z.enum(RAT_STATUSES),
      /** The newest audit entry of this rat when the form was opened. */
      auditId: z.number().int().nonnegative(),
    }),
  );

export type ProfileBase = z.infer<typeof profileBaseInput>;

/** A status change: the new status, why, and the version of the rat it was based on. */
export const ratStatusInput = z.object({
  ratId: id('This rat could not be found.'),
  version: id('Reload the page: this form is missing the rat’s version.'),
  auditId: z.coerce.number().int().nonnegative().optional().default(0),
  status: z.enum(RAT_STATUSES, 'Choose the new status.'),
  reason: text()
    .trim()
    .max(MAX_STATUS_REASON_LENGTH, `Keep the reason to ${MAX_STATUS_REASON_LENGTH} characters or fewer.`)
    .optional()
    .transform((v) => v ?? ''),
});

export type RatStatusInput = z.infer<typeof ratStatusInput>;

/** A photo upload: one JPEG, PNG or WebP file of at most 8 MB (the real type is checked from its bytes). */
export const ratPhotoUploadInput = z.object({
  ratId: id('This rat could not be found.'),
  caption: optionalText(MAX_CAPTION_LENGTH, 'the caption'),
  photo: z
    .instanceof(File, { message: 'Choose a photo to upload.' })
    .superRefine((file, ctx) => {
      if (file.size === 0) ctx.addIssue({ code: 'custom', message: 'Choose a photo to upload.' });
      else if (file.size > MAX_PHOTO_BYTES) {
        ctx.addIssue({ code: 'custom', message: `That photo is ${formatBytes(file.size)}: the limit is ${formatBytes(MAX_PHOTO_BYTES)}. Choose a smaller one.` });
      }
    }),
});

/** Setting the main photo or deleting a photo. */
export const ratPhotoInput = z.object({
  ratId: id('This rat could not be found.'),
  photoId: id('This photo could not be found.'),
});
