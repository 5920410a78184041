import { z } from 'zod';
import { idOf, text } from './fields';
import { isYearInRange, YEAR_RANGE_MESSAGE } from '@/lib/domain/dates';
import { MAX_TRUST_STEP, MIN_TRUST_STEP } from '@/lib/domain/trust-ladder';
import {
  BACKGROUND_CAUSES,
  BITE_GRADES,
  BITE_RISKS,
  FEAR_TRIGGERS,
  HANDLING_TECHNIQUES,
  POSITIVE_SIGNS,
  STRESS_SIGNS,
  TEMPERAMENT_CATEGORIES,
} from '@/lib/domain/vocabulary';

/** A phone's clock may run a little ahead of the server's: a session this far "ahead" is still now. */
export const SESSION_CLOCK_SKEW_MS = 2 * 60_000;

/** Rescue policy: one session lasts at most eight hours. */
export const MAX_SESSION_MINUTES = 480;

export const MAX_NOTE_LENGTH = 2000;

/** A whole number in [min, max] from a form field or a number; an empty field counts as missing. */
function wholeNumber(min: number, max: number, message: string) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v)) : v),
    z.number(message).int(message).min(min, message).max(max, message),
  );
}

/** A list of values from `values`; an unknown value is named in the message. A single value counts as a list of one. */
function listOf<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  const item = z.enum(values, { error: (issue) => `“${String(issue.input)}” is not ${noun} Ratwise knows.` });
  return z
    .preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(item, `Choose ${noun}s from the list.`))
    .optional()
    .transform((list) => [...new Set(list ?? [])]);
}

const optionalNote = text()
  .trim()
  .max(MAX_NOTE_LENGTH, `Keep the note to ${MAX_NOTE_LENGTH} characters or fewer.`)
  .optional()
  .transform((v) => (v ? v : undefined));

const ratId = idOf('Choose a rat.');

/** What one session showed for one rat. */
export const sessionRatInput = z.object({
  ratId,
  highestStep: wholeNumber(MIN_TRUST_STEP, MAX_TRUST_STEP, `The trust step goes from ${MIN_TRUST_STEP} to ${MAX_TRUST_STEP}.`),
  positiveSigns: listOf(POSITIVE_SIGNS, 'a positive sign'),
  stressSigns: listOf(STRESS_SIGNS, 'a stress sign'),
  biteGrade: z.enum(BITE_GRADES, 'Choose how hard it bit, or “none”.').default('none'),
  confidence: wholeNumber(1, 5, 'Rate your confidence from 1 to 5.'),
  note: optionalNote,
});

/** A handling session as logged by a foster: when, how long, which techniques, and each rat's result. */
export function handlingSessionInput(now: Date) {
  const latest = now.getTime() + SESSION_CLOCK_SKEW_MS;
  return z.object({
    rats: z
      .array(sessionRatInput, 'Choose at least one rat.')
      .min(1, 'Choose at least one rat.')
      .refine((rats) => new Set(rats.map((r) => r.ratId)).size === rats.length, 'Each rat can be in a session only once.'),
    sessionAt: z.coerce
      .date('Enter when the session happened.')
      .refine(isYearInRange, YEAR_RANGE_MESSAGE)
      .refine((at) => at.getTime() <= latest, 'A session cannot be in the future: enter when it happened.'),
    durationMinutes: wholeNumber(1, MAX_SESSION_MINUTES, 'A session lasts between 1 minute and 8 hours.'),
    techniques: listOf(HANDLING_TECHNIQUES, 'a technique'),
  });
}

export type HandlingSessionInput = z.infer<ReturnType<typeof handlingSessionInput>>;

const score = (what: string) => wholeNumber(1, 5, `Score ${what} from 1 to 5.`);

/** A temperament assessment: four 1–5 scores, bite risk, background causes, fear triggers and a category. */
export const temperamentAssessmentInput = z.object({
  approach: score('approach'),
  handlingTolerance: score('handling tolerance'),
  newSpaceConfidence: score('confidence in a new space'),
  ratSociability: score('sociability with other rats'),
  biteRisk: z.enum(BITE_RISKS, 'Choose a bite risk: low, medium or high.'),
  backgroundCauses: listOf(BACKGROUND_CAUSES, 'a background cause'),
  fearTriggers: listOf(FEAR_TRIGGERS, 'a fear trigger'),
  category: z.enum(TEMPERAMENT_CATEGORIES, 'Choose a temperament category.'),
  notes: optionalNote,
});

export type TemperamentAssessmentInput = z.infer<typeof temperamentAssessmentInput>;
