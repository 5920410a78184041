import { NotebookPen } from 'lucide-react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/page-header';
import type { ProgressPeriods, RatSession } from '@/db/queries/rat-handling';
import { handlingChartData } from '@/lib/domain/charts';
import { handlingFreshness, isIncident } from '@/lib/domain/handling';
import type { Policy } from '@/lib/domain/policy';
import { progressBands, projectReadyDate } from '@/lib/domain/progress';
import { explainTrustStep, trustStepHistory } from '@/lib/domain/trust-step';
import { humanize } from '@/lib/domain/vocabulary';
import { TrustStepChart } from './trust-step-chart';

/** The rat's current trust step and why, its progress curve and its recent sessions. */
export function RatHandlingSection({ ratId, sessions, periods, now, policy, canLog }: { ratId: number; sessions: RatSession[]; periods: ProgressPeriods; now: Date; policy: Policy; canLog: boolean }) {
  const explained = explainTrustStep(sessions);
  const freshness = handlingFreshness(sessions[0]?.sessionAt ?? null, now, policy);
  const history = trustStepHistory(sessions);
  const points = handlingChartData(
    sessions.map((s) => ({ id: s.id, sessionAt: s.sessionAt, highestStep: s.highestStep, confidence: s.confidence, stressCount: s.stressSigns.length, bitten: isIncident(s.biteGrade) })),
    history,
  );
  const projection = projectReadyDate(history, now, policy.handlingReadyStep);
  const span = { from: points[0]?.time ?? now.getTime(), to: Math.max(now.getTime(), projection.kind === 'range' ? Date.parse(`${projection.latest}T00:00:00Z`) : 0) };
  const bands = progressBands(periods, span);
  const ready = explained.step !== null && explained.step >= policy.handlingReadyStep;
  return (
    <div className="flex flex-col gap-4">
      <Card>
        <CardHeader>
          <CardTitle data-testid="current-step">{explained.step === null ? 'No trust step yet' : `Step ${explained.step}`}</CardTitle>
          <CardDescription data-testid="step-explanation">{explained.text}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-wrap items-center gap-3">
          <span className={freshness.stale ? 'text-sm font-medium text-destructive' : 'text-sm text-muted-foreground'}>{freshness.text}</span>
          {ready ? <Badge variant="success">Handling-ready (step {policy.handlingReadyStep}+)</Badge> : <Badge variant="secondary">Handling-ready at step {policy.handlingReadyStep}</Badge>}
          {canLog ? (
            <Button asChild className="ml-auto">
              <Link href={`/sessions/new?rat=${ratId}`}>
                <NotebookPen aria-hidden />
                Log a session
              </Link>
            </Button>
          ) : null}
        </CardContent>
      </Card>
      {points.length > 1 ? (
        <Card>
          <CardHeader>
            <CardTitle>Progress</CardTitle>
          </CardHeader>
          <CardContent>
            <TrustStepChart
              points={points}
              readyStep={policy.handlingReadyStep}
              bands={bands}
              projection={projection.kind === 'range' ? { from: Date.parse(`${projection.earliest}T00:00:00Z`), to: Date.parse(`${projection.latest}T00:00:00Z`) } : null}
              domain={[span.from, span.to]}
              summary={`Trust step over ${points.length} sessions, from step ${points[0].step} to step ${points.at(-1)!.step}. ${projection.text}`}
            />
            <p className="mt-3 text-sm" data-testid="projection" aria-live="polite">
              {projection.text}
            </p>
          </CardContent>
        </Card>
      ) : null}
      {sessions.length === 0 ? (
        <EmptyState title="No sessions yet">The first logged session sets the rat’s trust step.</EmptyState>
      ) : (
        <Card>
          <CardHeader>
            <CardTitle>Recent sessions</CardTitle>
          </CardHeader>
          <CardContent>
            <ol className="divide-y">
              {sessions.slice(0, 10).map((s) => (
                <li key={s.id} className="py-3 text-sm">
                  <p className="font-medium">
                    {s.sessionAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })} · step {s.highestStep} · {s.durationMinutes} min
                    {s.biteGrade !== 'none' ? (
                      <Badge variant={isIncident(s.biteGrade) ? 'destructive' : 'warning'} className="ml-2">
                        {humanize(s.biteGrade)}
                      </Badge>
                    ) : null}
                  </p>
                  <p className="text-muted-foreground">
                    {[s.techniques.map(humanize).join(', '), s.stressSigns.length ? `stress: ${s.stressSigns.map(humanize).join(', ')}` : '', s.loggedByName ? `by ${s.loggedByName}` : '']
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  {s.notes ? <p className="mt-1">{s.notes}</p> : null}
                </li>
              ))}
            </ol>
          </CardContent>
        </Card>
      )}
    </div>
  );
}
