import { z } from 'zod';
import { MANUAL_QUARANTINE_REASONS } from '@/lib/domain/quarantine';
import { checkboxField, idField, idOf, isoDateField, optionalText, reasonField } from './fields';

/** Starting a quarantine by hand: a rat, a reason, a start date, and a cohort chosen or new. */
export const startQuarantineInput = z
  .object({
    ratId: idOf('Choose the rat to quarantine.'),
    reason: z.enum(MANUAL_QUARANTINE_REASONS, 'Choose why the rat goes into quarantine.'),
    startedOn: isoDateField('Enter the day the quarantine starts.'),
    cohort: z.union([z.literal('new'), idOf('Choose a cohort, or start a new one.')], 'Choose a cohort, or start a new one.'),
    newCohortLabel: optionalText(80),
    notes: optionalText(500),
  })
  .transform(({ cohort, newCohortLabel, ...rest }) => ({
    ...rest,
    cohort: cohort === 'new' ? ({ kind: 'new', label: newCohortLabel } as const) : ({ kind: 'existing', cohortId: cohort } as const),
  }));
export type StartQuarantineInput = z.infer<typeof startQuarantineInput>;

/** Extending a quarantine: a later planned end and why, kept with the quarantine. */
export const extendQuarantineInput = z.object({
  quarantineId: idField,
  until: isoDateField('Enter the new planned end.'),
  why: reasonField,
});

/** Releasing: the quarantine, and the confirmation asked for when a cage-mate stays in quarantine. */
export const releaseQuarantineInput = z.object({
  quarantineId: idField,
  confirmCageMates: checkboxField,
});

