import { z } from 'zod';
import { SEXES } from '@/lib/domain/vocabulary';

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const orNull = <T extends z.ZodType>(schema: T) => z.preprocess(one, schema.optional().catch(undefined)).transform((v) => v ?? null);

/** The ready list's filters from the URL; anything malformed is ignored, never an error page. */
export const readyListFilters = z.object({
  home: orNull(z.coerce.number().int().positive().max(2_147_483_647)),
  sex: orNull(z.enum(SEXES)),
  status: orNull(z.enum(['in_care', 'available'])),
  q: orNull(z.string().trim().min(1).max(60)),
});
