import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { AssessmentList } from '@/components/assessments/assessment-list';
import { LatestAssessment } from '@/components/assessments/latest-assessment';
import { TemperamentTrend } from '@/components/assessments/temperament-trend';
import { HandlingPlanPanel } from '@/components/handling/handling-plan-panel';
import { Alert } from '@/components/ui/alert';
import { BackLink } from '@/components/ui/back-link';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listAssessments } from '@/db/queries/assessments';
import { loadHandlingPlanInput } from '@/db/queries/handling-plan';
import { getPolicy } from '@/db/queries/settings';
import { handlingPlan } from '@/lib/domain/handling-plan';
import { ASSESSOR_ROLES, temperamentTrend, trendSummary } from '@/lib/domain/temperament';
import { explainTrustStep } from '@/lib/domain/trust-step';
import { requireRatInScope } from '@/lib/scoped-rat';

export const metadata: Metadata = { title: 'Temperament assessments' };

export default async function AssessmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ ratId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { rat } = await requireRatInScope((await params).ratId, ASSESSOR_ROLES);
  const { saved } = await searchParams;
  const base = `/rats/${rat.id}`;
  return (
    <>
      <BackLink href={base}>{rat.name}</BackLink>
      <PageHeader
        title="Temperament assessments"
        description={[rat.name, rat.code, rat.homeName].filter(Boolean).join(' · ')}
        actions={
          <Button asChild size="lg" className="w-full sm:w-auto">
            <Link href={`${base}/assessments/new`}>New assessment</Link>
          </Button>
        }
      />
      {saved ? (
        <Alert variant="success" className="mb-4">
          Assessment saved.
        </Alert>
      ) : null}
      <Suspense fallback={<PageSkeleton rows={6} />}>
        <AssessmentsContent ratId={rat.id} ratName={rat.name} newHref={`${base}/assessments/new`} />
      </Suspense>
    </>
  );
}

async function AssessmentsContent({ ratId, ratName, newHref }: { ratId: number; ratName: string; newHref: string }) {
  const db = await getDb();
  const now = new Date();
  const [assessments, planInput, policy] = await Promise.all([listAssessments(db, { ratId }), loadHandlingPlanInput(db, { ratId, now }), getPolicy(db)]);
  const plan = planInput ? handlingPlan(planInput, now, policy) : [];
  const stepText = planInput ? explainTrustStep(planInput.sessions).text : undefined;
  const points = temperamentTrend(assessments);
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)] lg:items-start">
      <Card className="lg:col-start-1">
        <CardHeader>
          <CardTitle>Latest assessment</CardTitle>
        </CardHeader>
        <CardContent>
          <LatestAssessment assessment={assessments[0] ?? null} />
        </CardContent>
      </Card>

      <Card className="lg:col-start-2 lg:row-span-3 lg:row-start-1">
        <CardHeader>
          <CardTitle>Handling plan</CardTitle>
          <CardDescription>Suggestions for {ratName}’s next sessions, from its trust step, recent sessions and latest assessment.</CardDescription>
        </CardHeader>
        <CardContent>
          <HandlingPlanPanel suggestions={plan} stepText={stepText} />
        </CardContent>
      </Card>

      {points.length > 0 ? (
        <Card className="lg:col-start-1">
          <CardHeader>
            <CardTitle>Trend</CardTitle>
            <CardDescription>Each score over time. Higher is calmer and more confident.</CardDescription>
          </CardHeader>
          <CardContent>
            <TemperamentTrend points={points} summary={trendSummary(points)} />
          </CardContent>
        </Card>
      ) : null}

      <section aria-labelledby="history-heading" className="flex flex-col gap-3 lg:col-start-1">
        <h2 id="history-heading" className="text-lg font-semibold">
          All assessments <span className="text-muted-foreground">({assessments.length})</span>
        </h2>
        {assessments.length === 0 ? (
          <EmptyState
            title="No assessments yet"
            action={
              <Button asChild>
                <Link href={newHref}>Make the first assessment</Link>
              </Button>
            }
          >
            Score how {ratName} approaches, takes handling, copes with a new space and gets on with other rats.
          </EmptyState>
        ) : (
          <AssessmentList assessments={assessments} />
        )}
      </section>
    </div>
  );
}
