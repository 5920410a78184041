import { NotebookPen } from 'lucide-react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/page-header';
import type { RatSession } from '@/db/queries/rat-handling';
import { handlingChartData } from '@/lib/domain/charts';
import { handlingFreshness, isIncident } from '@/lib/domain/handling';
import type { Policy } from '@/lib/domain/policy';
import { explainTrustStep, trustStepHistory } from '@/lib/domain/trust-step';
import { humanize } from '@/lib/domain/vocabulary';
import { TrustStepChart } from './trust-step-chart';

/** The rat's current trust step and why, its progress curve and its recent sessions. */
export function RatHandlingSection({ ratId, sessions, now, policy, canLog }: { ratId: number; sessions: RatSession[]; now: Date; policy: Policy; canLog: boolean }) {
  const explained = explainTrustStep(sessions);
  const freshness = handlingFreshness(sessions[0]?.sessionAt ?? null, now, policy);
  const points = handlingChartData(
    sessions.map((s) => ({ id: s.id, sessionAt: s.sessionAt, highestStep: s.highestStep, confidence: s.confidence, stressCount: s.stressSigns.length, bitten: isIncident(s.biteGrade) })),
    trustStepHistory(sessions),
  );
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
            <TrustStepChart points={points} summary={`Trust step over ${points.length} sessions, from step ${points[0].step} to step ${points.at(-1)!.step}.`} />
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
