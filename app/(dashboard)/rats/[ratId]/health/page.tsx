import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { HealthEventForm } from '@/components/health/health-event-form';
import { HealthTimeline } from '@/components/health/health-timeline';
import { WeightChart } from '@/components/health/weight-chart';
import { RatStatusBadge } from '@/components/rats/rat-status-badge';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { getHealthRat, listHealthEvents } from '@/db/queries/health-events';
import { getPolicy } from '@/db/queries/settings';
import { isFoster, ratScope, requireUser, type CurrentUser } from '@/lib/authz';
import { detectWeightLoss, weightChartData } from '@/lib/domain/health';
import { healthKindsFor, weightChartSummary } from '@/lib/domain/health-events';
import { todayIso } from '@/lib/domain/quarantine';
import { IN_CARE_STATUSES, type RatStatus } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Health' };

type HealthRat = NonNullable<Awaited<ReturnType<typeof getHealthRat>>>;

/** A rat's health: record an event, the weight chart with its loss alert, and the timeline. Fosters see only their home's rats. */
export default async function RatHealthPage({ params }: { params: Promise<{ ratId: string }> }) {
  const { ratId } = await params;
  const id = parseId(ratId);
  if (id === null) notFound();
  const user = await requireUser();
  const rat = await getHealthRat(await getDb(), { id, scope: ratScope(user) });
  if (!rat) notFound();
  const inCare = (IN_CARE_STATUSES as readonly RatStatus[]).includes(rat.status);
  const canRecordLitter = !isFoster(user) && rat.sex === 'female' && inCare;
  return (
    <>
      <Link href={`/rats/${rat.id}`} className="mb-3 inline-flex min-h-11 items-center gap-1 text-sm font-medium text-primary hover:underline">
        <ArrowLeft aria-hidden className="size-4" />
        {rat.name}
      </Link>
      <PageHeader
        title={`${rat.name}’s health`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>
              {rat.code}
              {rat.homeName ? ` · ${rat.homeName}` : ''}
            </span>
            {!inCare ? <RatStatusBadge status={rat.status} /> : null}
            {rat.quarantinePlannedEndOn ? <Badge variant="warning">Quarantine until {formatDate(rat.quarantinePlannedEndOn)}</Badge> : null}
          </span>
        }
        actions={
          <>
            {canRecordLitter ? (
              <Button asChild variant="outline">
                <Link href={`/litters/new?dam=${rat.id}`}>Record a litter</Link>
              </Button>
            ) : null}
            {inCare && !rat.quarantinePlannedEndOn && (user.role === 'coordinator' || user.role === 'admin') ? (
              <Button asChild variant="outline">
                <Link href={`/quarantine/start?ratId=${rat.id}&reason=illness`}>Start an illness quarantine</Link>
              </Button>
            ) : null}
          </>
        }
      />
      <Suspense fallback={<PageSkeleton rows={6} />}>
        <HealthContent rat={rat} user={user} />
      </Suspense>
    </>
  );
}

async function HealthContent({ rat, user }: { rat: HealthRat; user: CurrentUser }) {
  const db = await getDb();
  const now = new Date();
  const [events, policy] = await Promise.all([listHealthEvents(db, { ratId: rat.id }), getPolicy(db)]);
  const weights = events.flatMap((e) => (e.kind === 'weight' && e.weightGrams !== null ? [{ occurredOn: e.occurredOn, weightGrams: e.weightGrams }] : []));
  const points = weightChartData(weights, policy);
  const loss = detectWeightLoss(weights, now, policy);
  const death = rat.status === 'deceased' ? events.find((e) => e.kind === 'death') : undefined;
  return (
    <div className="flex flex-col gap-6">
      {loss ? (
        <Alert variant="destructive" data-testid="weight-loss-alert">
          <p className="font-semibold">Weight loss</p>
          <p>{loss.message} Weight loss is often the first sign of illness: arrange a health check.</p>
        </Alert>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)] xl:grid-cols-[minmax(0,28rem)_minmax(0,1fr)]">
        <Card className="self-start">
          <CardHeader>
            <CardTitle>Record</CardTitle>
            <CardDescription>
              {isFoster(user) ? 'A weight, a health check or a symptom you have seen.' : 'Weights, checks, symptoms, vet visits, medication, neuters and deaths.'}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <HealthEventForm
              ratId={rat.id}
              ratName={rat.name}
              kinds={healthKindsFor(user.role)}
              today={todayIso(now)}
              quarantineUntil={rat.quarantinePlannedEndOn ? formatDate(rat.quarantinePlannedEndOn) : null}
              closedNote={rat.status === 'deceased' ? `${rat.name} died${death ? ` on ${formatDate(death.occurredOn)}` : ''}. The record is kept below.` : null}
            />
          </CardContent>
        </Card>
        <div className="flex min-w-0 flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Weight</CardTitle>
              <CardDescription>
                Alerts when {rat.name} loses more than {policy.weightLossAlertPercent}% within {policy.weightLossWindowDays} days.
              </CardDescription>
            </CardHeader>
            <CardContent>
              {points.length > 0 ? (
                <WeightChart points={points} summary={weightChartSummary(points)} />
              ) : (
                <EmptyState title="No weights yet">Weigh {rat.name} weekly: a loss is often the first sign of illness.</EmptyState>
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Health timeline</CardTitle>
            </CardHeader>
            <CardContent>
              <HealthTimeline events={events} />
            </CardContent>
          </Card>
        </div>
      </div>
    </div>
  );
}
