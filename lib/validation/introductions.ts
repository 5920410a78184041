import { z } from 'zod';
import { INTRODUCTION_METHODS, INTRODUCTION_STAGES, OBSERVATION_BEHAVIOURS, OBSERVATION_OUTCOMES } from '@/lib/domain/vocabulary';
import { SESSION_CLOCK_SKEW_MS } from './handling';
import { checkboxField, idField, isoDateField, optionalIdField, optionalText, reasonField } from './fields';

/** Rescue policy: one side of an introduction holds at most this many rats. */
export const MAX_SIDE_RATS = 30;

/** Rescue policy: one meeting lasts at most twelve hours (a full-cage day is logged in parts). */
export const MAX_MEETING_MINUTES = 720;

function side(label: string) {
  return z
    .array(z.coerce.number('Choose rats from the list.').int('Choose rats from the list.').positive('Choose rats from the list.'), `Choose at least one rat for ${label}.`)
    .min(1, `Choose at least one rat for ${label}.`)
    .max(MAX_SIDE_RATS, `Keep ${label} to ${MAX_SIDE_RATS} rats or fewer.`)
    .transform((ids) => [...new Set(ids)]);
}

/** Reads the form's repeated fields (sideA, sideB, behaviours) as lists, the rest as single values. */
export function formToObject(form: FormData, lists: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(form);
  for (const key of lists) out[key] = form.getAll(key).filter((v): v is string => typeof v === 'string' && v !== '');
  return out;
}

export const planIntroductionInput = z.object({
  sideA: side('side A'),
  sideB: side('side B'),
  method: z.enum(INTRODUCTION_METHODS, 'Choose how the rats will meet.'),
  fosterHomeId: z.coerce.number('Choose the home where it runs.').int('Choose the home where it runs.').positive('Choose the home where it runs.'),
  runById: optionalIdField,
  plannedStart: isoDateField('Choose the day it starts.'),
  movePlanned: checkboxField,
  warningsAcceptedReason: optionalText(300),
  notes: optionalText(1000),
});

export function observationInput(now: Date) {
  return z.object({
    introductionId: idField,
    /** Empty means now: an ordinary log is made at the cage, right after the meeting. */
    observedAt: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? new Date(v) : now))
      .refine((d) => !Number.isNaN(d.getTime()), 'Enter a real date and time.')
      .refine((d) => d.getTime() <= now.getTime() + SESSION_CLOCK_SKEW_MS, 'The meeting cannot be in the future.')
      .refine((d) => d.getTime() >= now.getTime() - 365 * 86_400_000, 'Log meetings from the last year only.'),
    stage: z.enum(INTRODUCTION_STAGES.filter((s) => s !== 'bonded') as [string, ...string[]], 'Choose the stage of this meeting.').transform((s) => s as (typeof INTRODUCTION_STAGES)[number]),
    durationMinutes: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.coerce.number('Enter the minutes as a number.').int('Enter whole minutes.').min(1, 'A meeting lasts at least a minute.').max(MAX_MEETING_MINUTES, `Log at most ${MAX_MEETING_MINUTES} minutes per meeting.`).optional(),
    ).transform((v) => v ?? null),
    behaviours: z.array(z.enum(OBSERVATION_BEHAVIOURS, 'Choose behaviours from the list.')).max(OBSERVATION_BEHAVIOURS.length).transform((b) => [...new Set(b)]),
    outcome: z.enum(OBSERVATION_OUTCOMES, 'Choose how the meeting went.'),
    notes: optionalText(2000),
  });
}

const version = z.coerce.number('Reload the page and try again.').int().positive('Reload the page and try again.');

export const changeStageInput = z.object({
  introductionId: idField,
  version,
  to: z.enum(INTRODUCTION_STAGES, 'Choose the stage to move to.'),
  reason: optionalText(300),
});

export const setStatusInput = z.object({
  introductionId: idField,
  version,
  to: z.enum(['paused', 'in_progress', 'failed'], 'Choose what happens next.'),
  reason: reasonField,
});

export const markBondedInput = z.object({
  introductionId: idField,
  version,
  groupName: optionalText(120),
  reason: optionalText(300),
});

export const boardFilterInput = z.object({
  home: z.coerce.number().int().positive().optional().catch(undefined),
  status: z.enum(['running', 'all', 'planned', 'in_progress', 'paused', 'bonded', 'failed']).optional().catch(undefined),
});
