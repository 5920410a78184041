'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { writeOnce } from '@/db/queries/idempotency';
import { submitPublicApplication } from '@/db/queries/public-applications';
import { getPublicUnit } from '@/db/queries/public-listings';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { requestAddress } from '@/lib/auth';
import { HONEYPOT_REFUSAL } from '@/lib/domain/public-application';
import { unitTitle } from '@/lib/domain/public-listing';
import { idempotencyKeyOf, INCOMPLETE_FORM } from '@/lib/idempotency';
import { honeypotFilled, publicApplicationFormData, publicApplicationInput } from '@/lib/validation/public-application';

const NO_LONGER_LISTED =
  'These rats are no longer on our listing (they may have found a home). Nothing was sent: choose other rats, or send a general application and we will suggest some.';

/**
 * The online application, open to anyone (no sign-in): parsed with the adopters schema, refused
 * in words for a filled honeypot, too many applications from one address or a listing that is
 * gone, then recorded once per form (a double tap sends once) as an adopter in `applied`,
 * linked to the rats asked for, which the coordinators' dashboard then shows.
 */
export async function applyToAdoptAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const input = publicApplicationInput.safeParse(publicApplicationFormData(form));
  if (!input.success) return invalid(input.error, form);
  const key = idempotencyKeyOf(form);
  if (!key) return refused(INCOMPLETE_FORM, form);
  const db = await getDb();
  const now = new Date();
  const { listingId, ...values } = input.data;
  const unit = listingId === null ? null : await getPublicUnit(db, { listingId, now });
  if (listingId !== null && !unit) return refused(NO_LONGER_LISTED, form);
  const address = requestAddress(Object.fromEntries((await headers()).entries()));
  const done = await writeOnce(db, { key, action: 'public-application', userId: null }, (tx) =>
    submitPublicApplication(tx, { values, listingId, listingTitle: unit ? unitTitle(unit.rats) : null, honeypot: honeypotFilled(form), address, now }),
  );
  const outcome = done.value;
  if (outcome === null) return refused('This application was already sent.', form);
  if (!outcome.ok) return refused(outcome.kind === 'honeypot' ? HONEYPOT_REFUSAL : outcome.message, form);
  redirect('/adopt/applied');
}
