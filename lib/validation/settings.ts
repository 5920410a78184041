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
);
