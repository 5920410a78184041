import { z } from 'zod';
import { MAX_OVERRIDE_REASON_LENGTH } from '@/lib/domain/readiness';
import { idField, requiredText } from './fields';

/** A coordinator declares a rat ready below the ready step: the reason is required. */
export const readinessOverrideInput = z.object({
  ratId: idField,
  version: idField,
  reason: requiredText('Say why this rat is ready anyway, e.g. “shy, but an experienced adopter is lined up”.', MAX_OVERRIDE_REASON_LENGTH),
});

/** Revoking an override needs only the rat and the version the page showed. */
export const revokeReadinessOverrideInput = z.object({ ratId: idField, version: idField });

/** Marking rats available from the ready list: one or more rats, each with the version the list showed. */
export const markAvailableInput = z.object({
  rats: z
    .array(z.object({ ratId: idField, version: idField }))
    .min(1, 'Choose at least one rat to mark available.')
    .max(50, 'Mark at most 50 rats at once.'),
});
