import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { getListingState, type ListingTarget } from '@/db/queries/public-listings';
import { listingProblems } from '@/lib/domain/public-listing';
import { getPolicy } from '@/db/queries/settings';
import { ListingControl } from './listing-control';

/** The public-listing card on a cage group's or a rat's page (coordinators and admins). */
export async function ListingCard({ target }: { target: ListingTarget }) {
  const db = await getDb();
  const policy = await getPolicy(db);
  const state = await getListingState(db, { target, now: new Date(), policy });
  // A rat that shares a cage is listed with its cage group (on the cage group's page).
  if ('ratId' in target && state.candidate.cageMates > 0 && state.id === null) return null;
  const problems = state.candidate.rats.length === 0 ? ['No rats live here.'] : listingProblems(state.candidate, policy);
  return (
    <Card data-testid="listing-card">
      <CardHeader>
        <CardTitle>Public listing</CardTitle>
        <CardDescription>Adopters see listed rats on the rescue’s public pages while every rat is available.</CardDescription>
      </CardHeader>
      <CardContent>
        <ListingControl
          target={target}
          listingId={state.id}
          version={state.version}
          listed={state.listed}
          shown={state.shown}
          text={state.text}
          joinsResidentRats={state.joinsResidentRats}
          problems={problems}
        />
      </CardContent>
    </Card>
  );
}
