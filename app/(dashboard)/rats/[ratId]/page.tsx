import { ChevronLeft, Printer } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache, Suspense } from 'react';
import { LatestAssessment } from '@/components/assessments/latest-assessment';
import { AuditList } from '@/components/audit/audit-list';
import { HandlingPlanPanel } from '@/components/handling/handling-plan-panel';
import { RatHandlingSection } from '@/components/handling/rat-handling-section';
import { ReadinessChecklist } from '@/components/readiness/readiness-checklist';
import { ReadinessOverrideForm } from '@/components/readiness/readiness-override-form';
import { ListingCard } from '@/components/public-listing/listing-card';
import { RatHeader } from '@/components/rats/rat-header';
import { RatHousing, type OpenWindows } from '@/components/rats/rat-housing';
import { RatPhotoGallery } from '@/components/rats/rat-photo-gallery';
import { RatPhotoUpload } from '@/components/rats/rat-photo-upload';
import { FosterPhotoUpload } from '@/components/offline/foster-photo-upload';
import { RatProfileFacts } from '@/components/rats/rat-profile-facts';
import { RatProfileForm, type ParentOption } from '@/components/rats/rat-profile-form';
import { RatStatusBadge } from '@/components/rats/rat-status-badge';
import { RatStatusForm } from '@/components/rats/rat-status-form';
import { parseRatTab, RatTabs, ratTabLabel } from '@/components/rats/rat-tabs';
import { StatusTimeline } from '@/components/rats/status-timeline';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { listAssessments } from '@/db/queries/assessments';
import { listAudit } from '@/db/queries/audit';
import { loadHandlingPlanInput } from '@/db/queries/handling-plan';
import { listProgressPeriods, listRatSessions } from '@/db/queries/rat-handling';
import { getReadiness } from '@/db/queries/readiness';
import { getPolicy } from '@/db/queries/settings';
import {
  getOpenSafetyWindows,
  getRatHousing,
  getRatRecord,
  listRatPhotos,
  listStatusChanges,
  mainPhotoIdsFor,
  type RatRecord,
} from '@/db/queries/rat-records';
import { isFoster, ratScope, requireUser, STAFF_ROLES } from '@/lib/authz';
import { toIsoDate } from '@/lib/domain/dates';
import { handlingPlan } from '@/lib/domain/handling-plan';
import { READINESS_OVERRIDE_ROLES } from '@/lib/domain/readiness';
import { hasRole, LISTING_ROLES } from '@/lib/domain/staff-roles';
import { profileBase, profileFormValues } from '@/lib/domain/rat-profile';
import { isFinalStatus, statusChoices } from '@/lib/domain/rat-status';
import { IN_CARE_STATUSES, RAT_STATUS_LABELS, type Role } from '@/lib/domain/vocabulary';
import { parseId } from '@/lib/validation/ids';

type PageProps = {
  params: Promise<{ ratId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The rat in the signed-in user's scope, or null; read once per request (metadata and page share it). */
const loadRat = cache(async (ratId: string) => {
  const id = parseId(ratId);
  if (id === null) return null;
  const user = await requireUser();
  const rat = await getRatRecord(await getDb(), { id, scope: ratScope(user) });
  return rat ? { user, rat } : null;
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const found = await loadRat((await params).ratId);
  return { title: found ? `${found.rat.name} (${found.rat.code})` : 'Rat' };
}

export default async function RatPage({ params, searchParams }: PageProps) {
  // Out of scope (another home's rat, for a foster) is not found, before anything suspends.
  const found = await loadRat((await params).ratId);
  if (!found) notFound();
  const { user, rat } = found;
  const id = rat.id;
  const db = await getDb();
  const tab = parseRatTab((await searchParams).tab);
  const isStaff = (STAFF_ROLES as readonly Role[]).includes(user.role);
  const [mainPhotos, windows] = await Promise.all([mainPhotoIdsFor(db, [id]), getOpenSafetyWindows(db, { ratId: id })]);

  return (
    <>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <Link href="/rats" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
          <ChevronLeft aria-hidden className="size-4" />
          All rats
        </Link>
        <Link href={`/rats/${id}/record`} className="inline-flex min-h-11 items-center gap-1 text-sm font-medium text-primary hover:underline">
          <Printer aria-hidden className="size-4" />
          Printable record
        </Link>
      </div>
      <RatHeader rat={rat} mainPhotoId={mainPhotos.get(id) ?? null} safety={windows} />
      {isStaff && rat.sex === 'female' && (IN_CARE_STATUSES as readonly string[]).includes(rat.status) ? (
        <p className="-mt-2 mb-4">
          <Link href={`/litters/new?dam=${id}`} className="text-sm font-medium text-primary hover:underline">
            Record a litter born to {rat.name}
          </Link>
        </p>
      ) : null}
      <RatTabs ratId={id} current={tab} office={!isFoster(user)} />
      <section aria-labelledby="rat-section-title">
        <h2 id="rat-section-title" className="sr-only">
          {ratTabLabel(tab)}
        </h2>
        <Suspense key={tab} fallback={<PageSkeleton rows={4} />}>
          {tab === 'profile' ? <ProfileSection rat={rat} isStaff={isStaff} /> : null}
          {tab === 'handling' ? <HandlingSection rat={rat} /> : null}
          {tab === 'readiness' ? (
            <ReadinessSection rat={rat} canOverride={(READINESS_OVERRIDE_ROLES as readonly Role[]).includes(user.role)} canList={hasRole(user.role, LISTING_ROLES)} />
          ) : null}
          {tab === 'photos' ? <PhotosSection rat={rat} isStaff={isStaff} /> : null}
          {tab === 'status' ? <StatusSection rat={rat} isStaff={isStaff} /> : null}
          {tab === 'home' ? <HomeSection rat={rat} isStaff={isStaff} windows={windows} /> : null}
          {tab === 'history' ? <HistorySection rat={rat} /> : null}
        </Suspense>
      </section>
    </>
  );
}

type SectionProps = { rat: RatRecord; isStaff: boolean };

function parentOption(current: { id: number | null; name: string | null; code: string | null }): ParentOption | null {
  return current.id ? { id: current.id, label: `${current.name} (${current.code})` } : null;
}

async function ProfileSection({ rat, isStaff }: SectionProps) {
  if (!isStaff) {
    return (
      <Card>
        <CardContent className="p-5">
          <RatProfileFacts rat={rat} linkParents={false} />
        </CardContent>
      </Card>
    );
  }
  return (
    <Card>
      <CardContent className="p-5">
        <RatProfileForm
          ratId={rat.id}
          version={rat.version}
          base={profileBase(rat)}
          values={profileFormValues(rat)}
          dam={parentOption({ id: rat.damId, name: rat.damName, code: rat.damCode })}
          sire={parentOption({ id: rat.sireId, name: rat.sireName, code: rat.sireCode })}
          today={toIsoDate(new Date())}
        />
      </CardContent>
    </Card>
  );
}

/** Trust step and why, progress, recent sessions, the latest assessment and the handling plan. */
async function HandlingSection({ rat }: { rat: RatRecord }) {
  const db = await getDb();
  const now = new Date();
  const [sessions, assessments, planInput, policy, periods] = await Promise.all([
    listRatSessions(db, { ratId: rat.id }),
    listAssessments(db, { ratId: rat.id }),
    loadHandlingPlanInput(db, { ratId: rat.id, now }),
    getPolicy(db),
    listProgressPeriods(db, { ratId: rat.id }),
  ]);
  const plan = planInput ? handlingPlan(planInput, now, policy) : [];
  const inCare = (IN_CARE_STATUSES as readonly string[]).includes(rat.status);
  return (
    <div className="grid grid-cols-1 gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)] lg:items-start">
      <RatHandlingSection ratId={rat.id} sessions={sessions} periods={periods} now={now} policy={policy} canLog={inCare} />
      <div className="flex flex-col gap-5">
        <Card>
          <CardHeader>
            <h3 className="font-semibold">Handling plan</h3>
          </CardHeader>
          <CardContent>
            <HandlingPlanPanel suggestions={plan} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
            <h3 className="font-semibold">Temperament</h3>
            <Link href={`/rats/${rat.id}/assessments`} className="text-sm font-medium text-primary hover:underline">
              All assessments
            </Link>
          </CardHeader>
          <CardContent>
            <LatestAssessment assessment={assessments[0] ?? null} />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}

/** The readiness checklist with its reasons, and (coordinators) the override with its reason. */
async function ReadinessSection({ rat, canOverride, canList }: { rat: RatRecord; canOverride: boolean; canList: boolean }) {
  const readiness = (await getReadiness(await getDb(), { ratIds: [rat.id], now: new Date() })).get(rat.id);
  if (!readiness) notFound();
  const stepItem = readiness.items.find((i) => i.key === 'trust_step')!;
  const showOverride = canOverride && (readiness.override !== null || !stepItem.met);
  return (
    <div className="grid grid-cols-1 gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)] lg:items-start">
      <Card>
        <CardHeader>
          <h3 className="font-semibold">Ready for adoption?</h3>
        </CardHeader>
        <CardContent>
          <ReadinessChecklist readiness={readiness} />
        </CardContent>
      </Card>
      {showOverride ? (
        <Card>
          <CardHeader>
            <h3 className="font-semibold">{readiness.override ? 'Coordinator override' : 'Ready anyway?'}</h3>
          </CardHeader>
          <CardContent>
            <ReadinessOverrideForm ratId={rat.id} version={rat.version} hasOverride={readiness.override !== null} />
          </CardContent>
        </Card>
      ) : null}
      {canList && rat.status === 'available' ? <ListingCard target={{ ratId: rat.id }} /> : null}
    </div>
  );
}

async function PhotosSection({ rat, isStaff }: SectionProps) {
  const photos = await listRatPhotos(await getDb(), { ratId: rat.id });
  return (
    <div className="flex flex-col gap-5">
      {isStaff ? (
        <Card>
          <CardHeader>
            <h3 className="font-semibold">Add a photo</h3>
          </CardHeader>
          <CardContent>
            <RatPhotoUpload ratId={rat.id} />
          </CardContent>
        </Card>
      ) : (
        // A foster sees only their own home's rats, so this rat is one of theirs.
        <Card>
          <CardHeader>
            <h3 className="font-semibold">Add a photo</h3>
          </CardHeader>
          <CardContent>
            <FosterPhotoUpload ratId={rat.id} ratName={rat.name} />
          </CardContent>
        </Card>
      )}
      <RatPhotoGallery ratId={rat.id} ratName={rat.name} photos={photos} canEdit={isStaff} />
    </div>
  );
}

function statusNote(rat: RatRecord): string | null {
  if (isFinalStatus(rat.status)) return `${rat.name} is ${RAT_STATUS_LABELS[rat.status].toLowerCase()}: that status is final.`;
  if (rat.status === 'adopted') return `${rat.name} was adopted. If the adopter brings ${rat.name} back, record the return on the adoption.`;
  if (rat.status === 'reserved') return `Adopted is set by recording the adoption, with the adopter and the rats that leave together.`;
  return null;
}

async function StatusSection({ rat, isStaff }: SectionProps) {
  const entries = await listStatusChanges(await getDb(), { ratId: rat.id });
  const choices = statusChoices(rat.status);
  const note = statusNote(rat);
  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)] lg:items-start">
      <Card>
        <CardHeader>
          <h3 className="font-semibold">Current status</h3>
          <p>
            <RatStatusBadge status={rat.status} />
          </p>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {note ? <Alert>{note}</Alert> : null}
          {isStaff && choices.length > 0 ? <RatStatusForm ratId={rat.id} version={rat.version} base={profileBase(rat)} choices={choices} /> : null}
          {!isStaff ? <p className="text-sm text-muted-foreground">Staff and coordinators change a rat’s status.</p> : null}
        </CardContent>
      </Card>
      <div className="flex flex-col gap-3">
        <h3 className="font-semibold">Status history</h3>
        <StatusTimeline entries={entries} />
      </div>
    </div>
  );
}

async function HomeSection({ rat, isStaff, windows }: SectionProps & { windows: OpenWindows }) {
  const housing = await getRatHousing(await getDb(), { ratId: rat.id });
  return <RatHousing ratId={rat.id} ratName={rat.name} housing={housing} windows={windows} staffLinks={isStaff} />;
}

async function HistorySection({ rat }: { rat: RatRecord }) {
  const entries = await listAudit(await getDb(), { ratId: rat.id });
  return <AuditList items={entries.map((e) => ({ id: e.id, at: e.at.toISOString(), summary: e.summary, actorName: e.actorName, changes: e.changes }))} />;
}
