import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { LatestAssessment } from '@/components/assessments/latest-assessment';
import { RatHandlingSection } from '@/components/handling/rat-handling-section';
import { HealthTimeline } from '@/components/health/health-timeline';
import { RatHeader } from '@/components/rats/rat-header';
import { RatProfileFacts } from '@/components/rats/rat-profile-facts';
import { BackLink } from '@/components/ui/back-link';
import { PrintButton } from '@/components/ui/print-button';
import { getDb } from '@/db/client';
import { listAssessments } from '@/db/queries/assessments';
import { listHealthEvents } from '@/db/queries/health-events';
import { listProgressPeriods, listRatSessions } from '@/db/queries/rat-handling';
import { getOpenSafetyWindows, getRatRecord, mainPhotoIdsFor } from '@/db/queries/rat-records';
import { getPolicy } from '@/db/queries/settings';
import { PRODUCT_NAME } from '@/lib/brand';
import { ratScope, requireUser } from '@/lib/authz';
import { formatDate } from '@/lib/format';
import { parseId } from '@/lib/validation/ids';

type PageProps = { params: Promise<{ ratId: string }> };

/** The rat in the signed-in user's scope (a foster: their home's rats), or null; read once per request. */
const loadRat = cache(async (ratId: string) => {
  const id = parseId(ratId);
  if (id === null) return null;
  const user = await requireUser();
  return getRatRecord(await getDb(), { id, scope: ratScope(user) });
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const rat = await loadRat((await params).ratId);
  return { title: rat ? `Record of ${rat.name} (${rat.code})` : 'Rat record' };
}

/**
 * A rat's record on paper, for the vet or the adopter: profile and photo, trust step with its
 * progress chart, temperament, and the health timeline. Screen and print show the same page; the
 * print stylesheet leaves out navigation and buttons and prints the chart in black and white.
 */
export default async function RatRecordPage({ params }: PageProps) {
  const rat = await loadRat((await params).ratId);
  if (!rat) notFound();
  const db = await getDb();
  const now = new Date();
  const [photos, windows, sessions, periods, policy, events, assessments] = await Promise.all([
    mainPhotoIdsFor(db, [rat.id]),
    getOpenSafetyWindows(db, { ratId: rat.id }),
    listRatSessions(db, { ratId: rat.id }),
    listProgressPeriods(db, { ratId: rat.id }),
    getPolicy(db),
    listHealthEvents(db, { ratId: rat.id }),
    listAssessments(db, { ratId: rat.id }),
  ]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <BackLink href={`/rats/${rat.id}`}>{rat.name}</BackLink>
        <PrintButton />
      </div>
      <article className="print-record mx-auto flex max-w-4xl flex-col gap-6" aria-labelledby="record-title">
        <div>
          <p className="mb-2 text-sm text-muted-foreground">
            {PRODUCT_NAME} · rat record · printed {formatDate(now)}
          </p>
          <RatHeader rat={rat} mainPhotoId={photos.get(rat.id) ?? null} safety={windows} titleId="record-title" />
        </div>
        <section aria-labelledby="record-profile" className="break-inside-avoid">
          <h2 id="record-profile" className="mb-3 text-lg font-semibold">
            Profile
          </h2>
          <RatProfileFacts rat={rat} linkParents={false} />
        </section>
        <section aria-labelledby="record-handling">
          <h2 id="record-handling" className="mb-3 text-lg font-semibold">
            Trust step and progress
          </h2>
          <RatHandlingSection ratId={rat.id} sessions={sessions} periods={periods} now={now} policy={policy} canLog={false} />
        </section>
        <section aria-labelledby="record-temperament" className="break-inside-avoid">
          <h2 id="record-temperament" className="mb-3 text-lg font-semibold">
            Temperament
          </h2>
          <LatestAssessment assessment={assessments[0] ?? null} />
        </section>
        <section aria-labelledby="record-health">
          <h2 id="record-health" className="mb-3 text-lg font-semibold">
            Health timeline
          </h2>
          <HealthTimeline events={events} />
        </section>
      </article>
    </>
  );
}
