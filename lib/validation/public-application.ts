import { z } from 'zod';
import { adopterFormData, adopterInput } from './adopter';
import { optionalIdField } from './fields';

/** The honeypot's name: a field people never see (hidden off-screen), so anything typed in it came from a script. */
export const HONEYPOT_FIELD = 'website';

/**
 * The online application: the adopters record's own schema (contact, household, their rats,
 * other pets, children, experience, wishes) with an email required to reply, and the listing
 * asked for (or none: a general application). Internal notes are the coordinators' and are
 * never taken from the public form.
 */
export const publicApplicationInput = z.intersection(
  adopterInput.refine((a) => a.email !== null, { path: ['email'], message: 'Enter your email address, so we can reply.' }),
  z.object({ listingId: optionalIdField }),
);
export type PublicApplicationInput = z.output<typeof publicApplicationInput>;

/** The form as posted: repeated keys for other pets, and never the internal notes or the honeypot. */
export function publicApplicationFormData(form: FormData): Record<string, unknown> {
  const { notes: _notes, [HONEYPOT_FIELD]: _honeypot, ...rest } = adopterFormData(form);
  return rest;
}

export function honeypotFilled(form: FormData): boolean {
  const value = form.get(HONEYPOT_FIELD);
  return typeof value === 'string' && value.trim() !== '';
}
