import { z } from 'zod';
import { text } from './fields';
import { todayIso } from '@/lib/domain/quarantine';
import { isYearInRange, YEAR_RANGE_MESSAGE } from '@/lib/domain/dates';
import { SYMPTOMS } from '@/lib/domain/vocabulary';

/** Rescue policy: a pet rat weighs well under 2 kg; anything outside 1-2000 g is a typing slip. */
export const MIN_WEIGHT_GRAMS = 1;
export const MAX_WEIGHT_GRAMS = 2000;

export const MAX_HEALTH_TEXT = 2000;

const WEIGHT_MESSAGE = `Enter a weight between ${MIN_WEIGHT_GRAMS} and ${MAX_WEIGHT_GRAMS} grams.`;

/** A form field's text: trimmed, empty counts as missing. */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** A real calendar date 'YYYY-MM-DD' (a field left empty gets `missing`). */
export function isoDate(missing: string) {
  return z.preprocess(
    blankToUndefined,
    text(missing)
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as day, month and year.')
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'Enter a real date.')
      .refine(isYearInRange, YEAR_RANGE_MESSAGE),
  );
}

/** A date no later than today (UTC, as every domain rule counts days). */
export function pastDate(missing: string, future: string, now: Date) {
  const today = todayIso(now);
  return isoDate(missing).refine((v) => v <= today, future);
}

export const optionalText = (max: number, what: string) =>
  z.preprocess(blankToUndefined, text().trim().max(max, `Keep ${what} to ${max} characters or fewer.`).optional());

const requiredText = (max: number, what: string, missing: string) =>
  z.preprocess(blankToUndefined, text(missing).trim().min(1, missing).max(max, `Keep ${what} to ${max} characters or fewer.`));

const notes = optionalText(MAX_HEALTH_TEXT, 'the note');

/** A whole number from a form field; an empty field counts as missing. */
export function wholeNumber(min: number, max: number, message: string) {
  return z.preprocess((v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v)) : v), z.number(message).int(message).min(min, message).max(max, message));
}

const grimaceUnit = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v)) : v),
  z.number().int('Score each action unit 0, 1 or 2.').min(0, 'Score each action unit 0, 1 or 2.').max(2, 'Score each action unit 0, 1 or 2.').optional(),
);

const GRIMACE_FIELDS = ['grimaceOrbital', 'grimaceNoseCheek', 'grimaceEars', 'grimaceWhiskers'] as const;

const grimace = {
  grimaceOrbital: grimaceUnit,
  grimaceNoseCheek: grimaceUnit,
  grimaceEars: grimaceUnit,
  grimaceWhiskers: grimaceUnit,
};

type GrimaceFields = Partial<Record<(typeof GRIMACE_FIELDS)[number], number | undefined>>;

/** A pain score counts only when all four action units are scored: a partial score would read as less pain than there is. */
function grimaceComplete(value: GrimaceFields, ctx: z.RefinementCtx) {
  const scored = GRIMACE_FIELDS.filter((f) => value[f] !== undefined);
  if (scored.length === 0 || scored.length === GRIMACE_FIELDS.length) return;
  for (const f of GRIMACE_FIELDS) {
    if (value[f] === undefined) ctx.addIssue({ code: 'custom', path: [f], message: 'Score all four action units for a pain score, or none.' });
  }
}

const symptoms = z
  .preprocess((v) => (v === undefined ? [] : typeof v === 'string' ? [v] : v), z.array(z.enum(SYMPTOMS, { error: (issue) => `“${String(issue.input)}” is not a symptom Ratwise knows.` })))
  .transform((list) => [...new Set(list)]);

/** Naming "other" as a symptom needs a note that says what it was. */
function otherExplained(value: { symptoms: string[]; notes?: string }, ctx: z.RefinementCtx) {
  if (value.symptoms.includes('other') && !value.notes) ctx.addIssue({ code: 'custom', path: ['notes'], message: 'Describe the other symptom in the note.' });
}

/**
 * One health event as the form sends it. Each kind asks for its own fields: a weight in grams, a
 * symptom for an illness, the clinic for a vet visit, the medicine, dose and start of a course,
 * a note for a neuter review. No date may be in the future, except the planned end of a course.
 */
export function healthEventInput(now: Date) {
  const occurredOn = pastDate('Enter the date.', 'The date cannot be in the future.', now);
  return z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('weight'), occurredOn, weightGrams: wholeNumber(MIN_WEIGHT_GRAMS, MAX_WEIGHT_GRAMS, WEIGHT_MESSAGE), notes }),
      z.object({ kind: z.literal('health_check'), occurredOn, symptoms, notes, ...grimace }).superRefine(grimaceComplete).superRefine(otherExplained),
      z
        .object({
          kind: z.literal('illness'),
          occurredOn,
          symptoms: symptoms.refine((list) => list.length > 0, 'Choose at least one symptom (or Other, and describe it in the note).'),
          notes,
          ...grimace,
        })
        .superRefine(grimaceComplete)
        .superRefine(otherExplained),
      z
        .object({
          kind: z.literal('vet_visit'),
          occurredOn,
          vetClinic: requiredText(200, 'the clinic', 'Enter the vet clinic.'),
          diagnosis: optionalText(MAX_HEALTH_TEXT, 'the diagnosis'),
          notes,
          ...grimace,
        })
        .superRefine(grimaceComplete),
      z
        .object({
          kind: z.literal('medication'),
          medication: requiredText(200, 'the medication', 'Enter the medication.'),
          dose: requiredText(200, 'the dose', 'Enter the dose and how often it is given.'),
          courseStartOn: pastDate('Enter the day the course started.', 'A course cannot have started in the future: record it on its first day.', now),
          courseEndOn: z.preprocess(blankToUndefined, isoDate('Enter the last day of the course.').optional()),
          notes,
        })
        .refine((v) => !v.courseEndOn || v.courseEndOn >= v.courseStartOn, {
          path: ['courseEndOn'],
          message: 'The course cannot end before it starts.',
        }),
      z.object({ kind: z.literal('neuter'), occurredOn, vetClinic: optionalText(200, 'the clinic'), notes }),
      z.object({
        kind: z.literal('neuter_review'),
        occurredOn,
        notes: requiredText(MAX_HEALTH_TEXT, 'the note', 'Write what was decided about neutering.'),
      }),
      z.object({
        kind: z.literal('death'),
        occurredOn,
        causeOfDeath: optionalText(500, 'the cause'),
        notes,
        // A death ends the rat's placement, cage membership and watches: it is confirmed, never a slip.
        confirmDeath: z.literal('on', 'Tick the box to confirm the death.'),
      }),
    ],
    { error: 'Choose what you are recording.' },
  );
}

export type HealthEventInput = z.infer<ReturnType<typeof healthEventInput>>;

/** The form's fields as one object: symptom chips arrive as repeated `symptoms` fields. */
export function healthFormObject(form: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  values.symptoms = form.getAll('symptoms').filter((v): v is string => typeof v === 'string');
  return values;
}

/** The event date of any kind: a medication course is dated by its first day. */
export function eventDate(input: HealthEventInput): string {
  return input.kind === 'medication' ? input.courseStartOn : input.occurredOn;
}
