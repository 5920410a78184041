'use server';

import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { getCageGroup } from '@/db/queries/cage-groups';
import { getListingState, saveListing, type ListingTarget } from '@/db/queries/public-listings';
import { getRatRecord } from '@/db/queries/rat-records';
import { getPolicy } from '@/db/queries/settings';
import { invalid, refused, type ActionResult } from '@/lib/action-result';
import { ratScope, requireRole } from '@/lib/authz';
import { canList, unitTitle } from '@/lib/domain/public-listing';
import { LISTING_ROLES } from '@/lib/domain/staff-roles';
import { listingInput } from '@/lib/validation/public-listing';

const STALE = 'Someone changed this listing since you opened the page: reload it and try again.';

/**
 * Coordinators list a cage group (or a rat alone, to join a home with rats) on the public pages
 * with its text, or take it off. Listing is refused, with why, unless every rat is available;
 * unlisting always goes through and takes effect at once.
 */
export async function saveListingAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole(LISTING_ROLES);
  const input = listingInput.safeParse(Object.fromEntries(form));
  if (!input.success) return invalid(input.error, form);
  const db = await getDb();
  const scope = ratScope(user);
  const { cageGroupId, ratId } = input.data;
  const target: ListingTarget = cageGroupId !== undefined ? { cageGroupId } : { ratId: ratId! };
  const exists = 'cageGroupId' in target ? await getCageGroup(db, { id: target.cageGroupId, scope }) : await getRatRecord(db, { id: target.ratId, scope });
  if (!exists) notFound();
  const now = new Date();
  const policy = await getPolicy(db);
  const state = await getListingState(db, { target, now, policy });
  const unit = { ...state.candidate, joinsResidentRats: input.data.joinsResidentRats };
  if (input.data.listed) {
    const decision = canList(unit, policy);
    if (!decision.ok) return refused(`Not listed. ${decision.reason}`, form);
  }
  const name = unit.rats.length > 0 ? unitTitle(unit.rats) : 'an empty cage group';
  const result = await saveListing(db, { target, version: input.data.version, listed: input.data.listed, text: input.data.text, joinsResidentRats: input.data.joinsResidentRats, actorId: user.id, now, unitName: name });
  if (!result.ok) return refused(STALE, form);
  revalidatePath('/adopt');
  revalidatePath(`/adopt/${result.listingId}`);
  if ('cageGroupId' in target) revalidatePath(`/cage-groups/${target.cageGroupId}`);
  else revalidatePath(`/rats/${target.ratId}`);
  return {
    ok: true,
    message: input.data.listed ? `${name} ${state.listed ? 'listing saved' : 'listed publicly'}: adopters see it now.` : state.listed ? `${name} taken off the public listing.` : 'Listing text saved. Tick “List publicly” when it is ready to go out.',
  };
}
