import { z } from 'zod';
import { text } from './fields';
import { POLICY_SETTINGS, type PolicyKey } from '@/lib/domain/policy';

/** Every policy number, each a whole number within the range its setting allows. */
export const settingsInput = z.object(
  Object.fromEntries(
    POLICY_SETTINGS.map((s) => [
      s.key,
      text()
        .trim()
        .min(1, `Enter a number for ${s.label.toLowerCase()}.`)
        .regex(/^-?\d+$/, `${s.label} must be a whole number.`)
        .transform(Number)
        .pipe(
          z
            .number()
            .min(s.min, `${s.label} must be at least ${s.min} ${s.unit}.`)
            .max(s.max, `${s.label} must be at most ${s.max} ${s.unit}.`),
        ),
    ]),
  ) as unknown as Record<PolicyKey, z.ZodType<number, string>>,
).superRefine((policy, ctx) => {
  if (policy.firstLitterMinAgeDays >= policy.firstLitterMaxAgeDays) {
    ctx.addIssue({
      code: 'custom',
      path: ['firstLitterMaxAgeDays'],
      message: 'The oldest age for a first litter must be later than the youngest.',
    });
  }
});

/** The rattery's name and the prefix put before its kittens' names; both may be left empty. */
export const ratteryInput = z.object({
  name: z.string().trim().max(80, 'Keep the rattery name to 80 characters.'),
  kittenPrefix: z
    .string()
    .trim()
    .max(30, 'Keep the prefix to 30 characters.')
    .regex(/^[\p{L}\p{N} '’.-]*$/u, 'Use letters, numbers, spaces, apostrophes, dots or hyphens in the prefix.'),
});
export type RatteryInput = z.infer<typeof ratteryInput>;
