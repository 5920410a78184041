import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JoinsResidentRatsNote, UnitPhotos } from '@/components/public/unit-card';
import { Badge } from '@/components/ui/badge';
import { buttonVariants } from '@/components/ui/button';
import { getDb } from '@/db/client';
import { getPublicProfile, getPublicUnit } from '@/db/queries/public-listings';
import { getPolicy } from '@/db/queries/settings';
import { publicUnitView, rescueNameOf } from '@/lib/public-listing-view';
import { parseId } from '@/lib/validation/ids';

async function load(param: string) {
  const listingId = parseId(param);
  if (listingId === null) notFound();
  const db = await getDb();
  const now = new Date();
  const [profile, policy] = await Promise.all([getPublicProfile(db), getPolicy(db)]);
  const unit = await getPublicUnit(db, { listingId, now, policy });
  if (!unit) notFound();
  return { view: publicUnitView(unit, profile, policy, now), profile };
}

export async function generateMetadata({ params }: { params: Promise<{ listingId: string }> }): Promise<Metadata> {
  const { view, profile } = await load((await params).listingId);
  return { title: { absolute: `${view.title} · ${rescueNameOf(profile)}` } };
}

/** One listed unit: the rats together, in words, with the way to apply for them. */
export default async function PublicUnitPage({ params }: { params: Promise<{ listingId: string }> }) {
  const { view } = await load((await params).listingId);
  return (
    <article className="mx-auto max-w-3xl">
      <p className="mb-3 text-sm">
        <Link href="/adopt" className="text-primary underline underline-offset-4">
          ← All rats looking for a home
        </Link>
      </p>
      <div className="overflow-hidden rounded-lg border bg-card shadow-sm">
        <UnitPhotos unit={view} large />
        <div className="flex flex-col gap-4 p-5">
          <div>
            <h1 className="text-2xl font-semibold tracking-tight">{view.title}</h1>
            <p className="mt-2 flex flex-wrap gap-1.5">
              <Badge variant="secondary">{view.kind === 'group' ? (view.rats.length === 2 ? 'A bonded pair' : `A bonded group of ${view.rats.length}`) : 'On their own'}</Badge>
              <Badge variant="outline">{view.sexText}</Badge>
            </p>
          </div>
          <JoinsResidentRatsNote unit={view} />
          {view.text ? <p className="whitespace-pre-line">{view.text}</p> : null}
          <ul className="grid gap-3 sm:grid-cols-2" aria-label="The rats">
            {view.rats.map((rat) => (
              <li key={rat.name} className="rounded-md border p-3">
                <h2 className="font-semibold">{rat.name}</h2>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
                  <dt className="text-muted-foreground">Sex</dt>
                  <dd>{rat.sex}</dd>
                  <dt className="text-muted-foreground">Age</dt>
                  <dd>{rat.age}</dd>
                  {rat.variety ? (
                    <>
                      <dt className="text-muted-foreground">Variety</dt>
                      <dd>{rat.variety}</dd>
                    </>
                  ) : null}
                  <dt className="text-muted-foreground">Temperament</dt>
                  <dd>{rat.temperament}</dd>
                </dl>
              </li>
            ))}
          </ul>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-muted-foreground">Experience</dt>
            <dd>{view.experienceText}</dd>
            <dt className="text-muted-foreground">With us</dt>
            <dd>{view.timeInCare}</dd>
            <dt className="text-muted-foreground">Fee</dt>
            <dd>{view.feeText}</dd>
          </dl>
          <Link href={`/adopt/apply?listing=${view.id}`} className={buttonVariants({ size: 'lg', className: 'self-stretch sm:self-start' })}>
            Apply for {view.title}
          </Link>
        </div>
      </div>
    </article>
  );
}
