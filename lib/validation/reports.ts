import { z } from 'zod';
import { REPORT_KEYS } from '@/lib/domain/reports';

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
/** A month in the URL: 'YYYY-MM' between 2000 and 2100; anything else is ignored (the default applies). */
const month = z.preprocess(
  one,
  z
    .string()
    .regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
);

export const reportRangeParams = z.object({ from: month, to: month });

export const reportKeyParam = z.enum(REPORT_KEYS);
