import type { Metadata } from 'next';
import Link from 'next/link';
import { UnitCard } from '@/components/public/unit-card';
import { ListingFiltersForm } from '@/components/public/listing-filters';
import { getDb } from '@/db/client';
import { getPublicProfile, listPublicUnits } from '@/db/queries/public-listings';
import { getPolicy } from '@/db/queries/settings';
import { filterUnits, parseListingFilters, publicUnitView, rescueNameOf } from '@/lib/public-listing-view';

export async function generateMetadata(): Promise<Metadata> {
  const profile = await getPublicProfile(await getDb());
  return { title: { absolute: `Rats looking for a home · ${rescueNameOf(profile)}` } };
}

/** The public listing: every unit a coordinator listed that is still available, filtered by a plain GET form. */
export default async function AdoptPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = parseListingFilters(await searchParams);
  const db = await getDb();
  const now = new Date();
  const [profile, policy] = await Promise.all([getPublicProfile(db), getPolicy(db)]);
  const units = await listPublicUnits(db, { now, policy });
  const views = units.map((u) => publicUnitView(u, profile, policy, now));
  const shown = filterUnits(views, filters);
  const filtered = filters.sex !== null || filters.age !== null || filters.experience !== null;
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Rats looking for a home</h1>
      <p className="mt-1 max-w-prose text-muted-foreground">
        Rats are social: ours leave in bonded pairs or groups, and a rat on its own only joins a home that already has rats.
      </p>
      <ListingFiltersForm filters={filters} />
      <p role="status" className="mt-4 text-sm text-muted-foreground">
        {shown.length === 0
          ? filtered
            ? 'No rats match these choices right now.'
            : 'No rats are listed right now: please check back soon.'
          : `${shown.length} ${shown.length === 1 ? 'listing' : 'listings'}${filtered ? ` of ${views.length}` : ''}.`}
        {filtered ? (
          <>
            {' '}
            <Link href="/adopt" className="text-primary underline underline-offset-4">
              Show all
            </Link>
          </>
        ) : null}
      </p>
      <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Rats looking for a home">
        {shown.map((unit) => (
          <UnitCard key={unit.id} unit={unit} />
        ))}
      </ul>
      <p className="mt-8 text-sm">
        Not sure which rats suit you?{' '}
        <Link href="/adopt/apply" className="text-primary underline underline-offset-4">
          Send a general application
        </Link>{' '}
        and we will suggest some.
      </p>
    </>
  );
}
