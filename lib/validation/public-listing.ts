import { z } from 'zod';
import { feeField } from './adopter';
import { checkboxField, idField, optionalText, requiredText } from './fields';

/** Rescue policy: a listing's text is a short paragraph adopters read on a phone. */
export const MAX_LISTING_TEXT = 1000;

/** The coordinator's listing control for a cage group or a single rat: list or unlist, and the words. */
export const listingInput = z
  .object({
    cageGroupId: idField.optional(),
    ratId: idField.optional(),
    version: z.coerce.number('This record is missing: reload the page.').int().min(0).max(2_147_483_647),
    listed: checkboxField,
    text: optionalText(MAX_LISTING_TEXT).transform((v) => v ?? ''),
    joinsResidentRats: checkboxField,
  })
  .refine((v) => (v.cageGroupId === undefined) !== (v.ratId === undefined), { path: ['form'], message: 'This record is missing: reload the page.' })
  .refine((v) => !v.listed || v.text.length > 0, { path: ['text'], message: 'Write a few words for adopters before listing: what they are like, what home suits them.' });
export type ListingInput = z.output<typeof listingInput>;

/** The public pages' settings: the rescue's name and its adoption fee per rat (pounds and pence). */
export const publicProfileInput = z.object({
  rescueName: requiredText('Enter the rescue’s name as adopters should read it.', 120),
  feePerRat: feeField,
});
export type PublicProfileInput = z.output<typeof publicProfileInput>;
