import { Pencil } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { AdoptionForm, type UnitView } from '@/components/adopters/adoption-form';
import { DecisionForm } from '@/components/adopters/decision-form';
import { ADOPTER_EXPERIENCE_LABELS, APPROVAL_LABELS, APPROVAL_VARIANTS, formatFee, ownRatsInWords } from '@/components/adopters/labels';
import { OTHER_PET_LABELS } from '@/components/foster-homes/labels';
import { Alert } from '@/components/ui/alert';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { listingTitles } from '@/db/queries/public-applications';
import { getAdopter, listAdoptionsOfAdopter, type AdopterRecord } from '@/db/queries/adopters';
import { listAdoptionUnits } from '@/db/queries/adoptions';
import { getPolicy } from '@/db/queries/settings';
import { requireRole, type CurrentUser } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { adopterFit } from '@/lib/domain/adopter-fit';
import { toIsoDate } from '@/lib/domain/dates';
import { ADOPTION_ROLES, hasRole } from '@/lib/domain/staff-roles';
import { RAT_STATUS_LABELS } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Adopter' };

const SAVED: Record<string, string> = {
  created: 'Application recorded. Approve it once the home check is done.',
  edited: 'Changes saved.',
  unchanged: 'Nothing had changed, so nothing was saved.',
};

export default async function AdopterPage({ params, searchParams }: { params: Promise<{ adopterId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { adopterId } = await params;
  const id = parseId(adopterId);
  if (id === null) notFound();
  const user = await requireRole(rolesFor('/adopters'));
  const { saved } = await searchParams;
  return (
    <Suspense fallback={<PageSkeleton rows={8} />}>
      <AdopterContent id={id} user={user} saved={saved ? SAVED[saved] : undefined} />
    </Suspense>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-muted-foreground">{label}</dt>
      <dd className="mt-0.5 whitespace-pre-line">{children || '—'}</dd>
    </div>
  );
}

async function AdopterContent({ id, user, saved }: { id: number; user: CurrentUser; saved?: string }) {
  const db = await getDb();
  const adopter = await getAdopter(db, { id });
  if (!adopter) notFound();
  const [adoptions, appliedFor] = await Promise.all([
    listAdoptionsOfAdopter(db, { adopterId: id }),
    adopter.appliedForListingId === null ? Promise.resolve(new Map<number, string>()) : listingTitles(db, [adopter.appliedForListingId]),
  ]);
  const canDecide = hasRole(user.role, ADOPTION_ROLES);
  return (
    <>
      <BackLink href="/adopters">Adopters</BackLink>
      <PageHeader
        title={adopter.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge variant={APPROVAL_VARIANTS[adopter.approval]}>{APPROVAL_LABELS[adopter.approval]}</Badge>
            <span>{[adopter.area, ownRatsInWords(adopter), ADOPTER_EXPERIENCE_LABELS[adopter.experience]].filter(Boolean).join(' · ')}</span>
          </span>
        }
        actions={
          <Button asChild variant="outline">
            <Link href={`/adopters/${id}/edit`}>
              <Pencil aria-hidden />
              Edit application
            </Link>
          </Button>
        }
      />
      {saved ? (
        <Alert variant="success" className="mb-4">
          {saved}
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Application</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-4 sm:grid-cols-2">
              {adopter.appliedOnlineAt ? (
                <Fact label="Applied online">
                  {formatDate(adopter.appliedOnlineAt)}
                  {adopter.appliedForListingId === null
                    ? ', a general application'
                    : `, for ${appliedFor.get(adopter.appliedForListingId) ?? 'rats no longer listed'}`}
                </Fact>
              ) : null}
              <Fact label="Email">{adopter.email}</Fact>
              <Fact label="Phone">{adopter.phone}</Fact>
              <Fact label="Household">{adopter.household}</Fact>
              <Fact label="Children">{adopter.hasChildren ? 'Yes' : 'No'}</Fact>
              <Fact label="Their rats">{ownRatsInWords(adopter)}</Fact>
              <Fact label="Cage">{adopter.cageSize}</Fact>
              <Fact label="Other pets">{adopter.otherPets.map((p) => OTHER_PET_LABELS[p]).join(', ') || 'None'}</Fact>
              <Fact label="Experience">
                {ADOPTER_EXPERIENCE_LABELS[adopter.experience]}
                {adopter.experienceNotes ? `: ${adopter.experienceNotes}` : ''}
              </Fact>
              <Fact label="Preferences">{adopter.preferences}</Fact>
              <Fact label="Notes">{adopter.notes}</Fact>
            </dl>
          </CardContent>
        </Card>
        <div className="flex flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Approval</CardTitle>
              <CardDescription>
                {adopter.decidedAt
                  ? `${APPROVAL_LABELS[adopter.approval]} by ${adopter.decidedByName ?? 'a former user'} on ${formatDate(adopter.decidedAt)}: ${adopter.decisionReason}`
                  : `Applied on ${formatDate(adopter.createdAt)}; no decision yet.`}
              </CardDescription>
            </CardHeader>
            {canDecide ? (
              <CardContent>
                <DecisionForm adopterId={adopter.id} version={adopter.version} current={adopter.approval} />
              </CardContent>
            ) : null}
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Adoptions</CardTitle>
            </CardHeader>
            <CardContent>
              {adoptions.length === 0 ? (
                <p className="text-sm text-muted-foreground">No adoption yet.</p>
              ) : (
                <ul className="flex flex-col gap-2 text-sm">
                  {adoptions.map((a) => (
                    <li key={a.id}>
                      <Link href={`/adopters/adoptions/${a.id}`} className="font-medium text-primary hover:underline">
                        {formatDate(a.adoptedOn)}: {a.rats.map((r) => r.name).join(', ')}
                      </Link>{' '}
                      <span className="text-muted-foreground">
                        · {formatFee(a.feeCents)}
                        {a.rats.some((r) => r.returnedOn) ? ` · returned: ${a.rats.filter((r) => r.returnedOn).map((r) => r.name).join(', ')}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
        </div>
      </div>
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Rats that fit, and recording an adoption</CardTitle>
          <CardDescription>
            Available rats, each cage group as one unit that leaves together, checked against this adopter’s rats, experience and other pets.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {adopter.approval !== 'approved' ? (
            <p className="text-sm text-muted-foreground">Approve the application to see which rats fit and to record an adoption.</p>
          ) : (
            <FitAndAdoption adopter={adopter} canRecord={canDecide} />
          )}
        </CardContent>
      </Card>
    </>
  );
}

async function FitAndAdoption({ adopter, canRecord }: { adopter: AdopterRecord; canRecord: boolean }) {
  const db = await getDb();
  const now = new Date();
  const [units, policy] = await Promise.all([listAdoptionUnits(db, { now }), getPolicy(db)]);
  const fits = adopterFit(
    units,
    {
      name: adopter.name,
      experience: adopter.experience,
      otherPets: adopter.otherPets,
      hasChildren: adopter.hasChildren,
      rats: { count: adopter.existingRatsCount, females: adopter.existingRatsFemales, males: adopter.existingRatsMales, neuteredMales: adopter.existingRatsNeuteredMales },
    },
    now,
    policy,
  );
  const views: UnitView[] = fits.map((f) => {
    const first = units.find((u) => u.key === f.unit.key)!.rats[0];
    return {
      key: f.unit.key,
      label: f.unit.label,
      where: [first.groupName, first.homeName].filter(Boolean).join(', ') || 'not placed',
      fits: f.fits,
      reasons: f.reasons,
      rats: units.find((u) => u.key === f.unit.key)!.rats.map((r) => ({ id: r.id, name: r.name, code: r.code, sex: r.sex, status: RAT_STATUS_LABELS[r.status].toLowerCase() })),
    };
  });
  if (!canRecord) {
    return <p className="text-sm text-muted-foreground">{views.filter((v) => v.fits).length} of {views.length} available units fit. A coordinator records adoptions.</p>;
  }
  return <AdoptionForm adopterId={adopter.id} units={views} today={toIsoDate(now)} />;
}
