import type { Metadata } from 'next';
import Link from 'next/link';
import { ApplicationForm } from '@/components/public/application-form';
import { JoinsResidentRatsNote } from '@/components/public/unit-card';
import { getDb } from '@/db/client';
import { getPublicProfile, getPublicUnit } from '@/db/queries/public-listings';
import { getPolicy } from '@/db/queries/settings';
import { publicUnitView, rescueNameOf } from '@/lib/public-listing-view';
import { parseId } from '@/lib/validation/ids';

export async function generateMetadata(): Promise<Metadata> {
  const profile = await getPublicProfile(await getDb());
  return { title: { absolute: `Apply to adopt · ${rescueNameOf(profile)}` } };
}

/** The online application, for the rats of one listing (`?listing=`) or in general. */
export default async function ApplyPage({ searchParams }: { searchParams: Promise<{ listing?: string | string[] }> }) {
  const raw = (await searchParams).listing;
  const listingId = typeof raw === 'string' ? parseId(raw) : null;
  const db = await getDb();
  const now = new Date();
  const [profile, policy] = await Promise.all([getPublicProfile(db), getPolicy(db)]);
  const unit = listingId === null ? null : await getPublicUnit(db, { listingId, now, policy });
  const view = unit ? publicUnitView(unit, profile, policy, now) : null;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-semibold tracking-tight">{view ? `Apply for ${view.title}` : 'Apply to adopt'}</h1>
      {view ? (
        <div className="mt-2 flex flex-col gap-2">
          <p className="text-muted-foreground">
            {view.rats.length > 1 ? `${view.title} leave together.` : `${view.title} joins your rats.`} {view.feeText}.{' '}
            <Link href={view.path} className="text-primary underline underline-offset-4">
              Back to {view.title}
            </Link>
          </p>
          <JoinsResidentRatsNote unit={view} />
        </div>
      ) : (
        <p className="mt-2 text-muted-foreground">
          {listingId !== null ? 'Those rats are no longer listed: this is a general application, and we will suggest others. ' : ''}
          Tell us about your home and we will suggest rats that suit you.{' '}
          <Link href="/adopt" className="text-primary underline underline-offset-4">
            See the rats looking for a home
          </Link>
        </p>
      )}
      <div className="mt-5">
        <ApplicationForm listingId={view ? view.id : null} />
      </div>
    </div>
  );
}
