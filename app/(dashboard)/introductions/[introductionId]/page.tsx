import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { SideAvatars } from '@/components/introductions/introduction-card';
import { OUTCOME_VARIANT, STATUS_VARIANT, sideNames } from '@/components/introductions/labels';
import { ObservationChart } from '@/components/introductions/observation-chart';
import { ObservationForm } from '@/components/introductions/observation-form';
import { BondedForm, StageForm, StatusForm } from '@/components/introductions/steer-forms';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { BackLink } from '@/components/ui/back-link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { getIntroduction, type IntroductionDetail } from '@/db/queries/introductions';
import { ratScope, requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { daysInStage, nextStage, observationTimeline, suggestNextStep } from '@/lib/domain/introductions';
import { countOf, formatShortDate } from '@/lib/domain/quarantine';
import { hasRole, INTRODUCTION_ROLES } from '@/lib/domain/staff-roles';
import {
  INTRODUCTION_METHOD_LABELS,
  INTRODUCTION_STAGE_LABELS,
  INTRODUCTION_STATUS_LABELS,
  OBSERVATION_BEHAVIOUR_LABELS,
  OBSERVATION_OUTCOME_LABELS,
  type ObservationBehaviour,
} from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Introduction' };

export default async function IntroductionPage({ params, searchParams }: { params: Promise<{ introductionId: string }>; searchParams: Promise<{ planned?: string }> }) {
  const { introductionId } = await params;
  const id = Number(introductionId);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const user = await requireRole(rolesFor('/introductions'));
  // Read before any Suspense boundary: a foster asking for another home's introduction gets a real 404.
  const intro = await getIntroduction(await getDb(), { id, scope: ratScope(user) });
  if (!intro) notFound();
  const { planned } = await searchParams;
  return (
    <Suspense fallback={<PageSkeleton rows={6} />}>
      <IntroductionContent intro={intro} canSteer={hasRole(user.role, INTRODUCTION_ROLES)} planned={planned === '1'} />
    </Suspense>
  );
}

function behaviourWords(list: readonly string[]): string {
  return list.map((b) => OBSERVATION_BEHAVIOUR_LABELS[b as ObservationBehaviour] ?? b).join(', ');
}

function IntroductionContent({ intro, canSteer, planned }: { intro: IntroductionDetail; canSteer: boolean; planned: boolean }) {
  const now = new Date();
  const ended = intro.status === 'bonded' || intro.status === 'failed';
  const suggestion = ended ? null : suggestNextStep(intro.stage, intro.observations);
  const points = observationTimeline(intro.observations);
  const title = `${sideNames(intro.sideA)} with ${sideNames(intro.sideB)}`;
  const suggestedName = `${sideNames(intro.sideA)} & ${sideNames(intro.sideB)}`;
  const chartSummary =
    points.length === 0
      ? 'No meetings logged yet.'
      : `${countOf(points.length, 'meeting')} logged; the latest, on ${points[points.length - 1].label}, ${OBSERVATION_OUTCOME_LABELS[points[points.length - 1].outcome].toLowerCase()}.`;

  return (
    <>
      <BackLink href="/introductions">Introductions</BackLink>
      <PageHeader
        title={title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge variant={STATUS_VARIANT[intro.status]}>{INTRODUCTION_STATUS_LABELS[intro.status]}</Badge>
            <span>
              Stage: <strong>{INTRODUCTION_STAGE_LABELS[intro.stage]}</strong>
              {ended ? '' : ` · ${countOf(daysInStage(intro.stageChangedAt, now), 'day')} in stage`}
            </span>
            <span>· {intro.homeName ?? 'No home'}</span>
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="flex flex-col gap-4">
          {planned ? <Alert variant="success">Introduction planned. Log each meeting here; the board shows it under its stage.</Alert> : null}
          {intro.status === 'bonded' && intro.mergedCageGroupId ? (
            <Alert variant="success">
              Bonded on {intro.endedOn ? formatShortDate(intro.endedOn) : 'this day'}: they live together in{' '}
              {canSteer ? (
                <Link className="font-medium text-primary hover:underline" href={`/cage-groups/${intro.mergedCageGroupId}`}>
                  their new cage group
                </Link>
              ) : (
                'their new cage group'
              )}
              .
            </Alert>
          ) : null}
          {intro.status === 'failed' ? (
            <Alert variant="destructive">Ended as failed{intro.endedOn ? ` on ${formatShortDate(intro.endedOn)}` : ''}. Anyone planning these rats together again is warned.</Alert>
          ) : null}
          {suggestion ? (
            <Alert variant={suggestion.kind === 'separate' ? 'destructive' : suggestion.kind === 'continue' ? 'default' : 'success'} aria-live="polite">
              <p className="font-medium">Suggested next step</p>
              <p>{suggestion.reason}</p>
            </Alert>
          ) : null}
          {ended ? null : (
            <Card id="log-meeting">
              <CardHeader>
                <CardTitle>Log a meeting</CardTitle>
                <CardDescription>Right after the meeting: how it went and what you saw.</CardDescription>
              </CardHeader>
              <CardContent>
                <ObservationForm introductionId={intro.id} stage={intro.stage === 'bonded' ? 'full_cage' : intro.stage} />
              </CardContent>
            </Card>
          )}
          <Card>
            <CardHeader>
              <CardTitle>Meetings over time</CardTitle>
              <CardDescription>{chartSummary}</CardDescription>
            </CardHeader>
            <CardContent>{points.length > 0 ? <ObservationChart points={points} summary={chartSummary} /> : <p className="text-sm text-muted-foreground">The chart appears after the first meeting.</p>}</CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Meetings</CardTitle>
            </CardHeader>
            <CardContent>
              {intro.observations.length === 0 ? (
                <p className="text-sm text-muted-foreground">No meetings logged yet.</p>
              ) : (
                <ol className="flex flex-col divide-y" aria-label="Meetings, newest first">
                  {intro.observations.map((o) => (
                    <li key={o.id} className="flex flex-col gap-1 py-3 text-sm">
                      <span className="flex flex-wrap items-center gap-2">
                        <strong>{formatShortDate(o.observedAt.toISOString().slice(0, 10))}</strong>
                        <span>{INTRODUCTION_STAGE_LABELS[o.stage]}</span>
                        {o.durationMinutes ? <span className="text-muted-foreground">{o.durationMinutes} min</span> : null}
                        <Badge variant={OUTCOME_VARIANT[o.outcome]}>{OBSERVATION_OUTCOME_LABELS[o.outcome]}</Badge>
                        {o.injuries ? <Badge variant="destructive">Blood drawn</Badge> : null}
                      </span>
                      {o.behaviours.length > 0 ? <span className="text-muted-foreground">{behaviourWords(o.behaviours)}</span> : null}
                      {o.notes ? <span className="whitespace-pre-line">{o.notes}</span> : null}
                      {o.recordedByName ? <span className="text-xs text-muted-foreground">Logged by {o.recordedByName}</span> : null}
                    </li>
                  ))}
                </ol>
              )}
            </CardContent>
          </Card>
        </div>
        <div className="flex flex-col gap-4">
          <Card>
            <CardHeader>
              <CardTitle>The plan</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-3 text-sm">
              {(['A', 'B'] as const).map((side) => {
                const rats = side === 'A' ? intro.sideA : intro.sideB;
                return (
                  <div key={side} className="flex items-center gap-3">
                    <SideAvatars rats={rats} />
                    <span>
                      <span className="text-xs text-muted-foreground">Side {side}</span>
                      <br />
                      {rats.map((r, i) => (
                        <span key={r.ratId}>
                          {i > 0 ? ', ' : ''}
                          <Link href={`/rats/${r.ratId}`} className="text-primary hover:underline">
                            {r.name}
                          </Link>
                        </span>
                      ))}
                    </span>
                  </div>
                );
              })}
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                <dt className="text-muted-foreground">Method</dt>
                <dd>{INTRODUCTION_METHOD_LABELS[intro.method]}</dd>
                <dt className="text-muted-foreground">Home</dt>
                <dd>{intro.homeName ?? '—'}{intro.movePlanned ? ' (a move is planned)' : ''}</dd>
                <dt className="text-muted-foreground">Run by</dt>
                <dd>{intro.runByName ?? 'Not decided'}</dd>
                <dt className="text-muted-foreground">Planned start</dt>
                <dd>{formatDate(intro.plannedStartOn)}</dd>
                {intro.startedOn ? (
                  <>
                    <dt className="text-muted-foreground">Started</dt>
                    <dd>{formatDate(intro.startedOn)}</dd>
                  </>
                ) : null}
              </dl>
              {intro.acceptedWarnings.length > 0 ? (
                <div className="rounded-md border border-warning/50 bg-warning/10 p-2">
                  <p className="font-medium">Went ahead despite:</p>
                  <ul className="list-disc pl-5">
                    {intro.acceptedWarnings.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                  {intro.warningsAcceptedReason ? <p className="mt-1">Reason: {intro.warningsAcceptedReason}</p> : null}
                </div>
              ) : null}
              {intro.notes ? <p className="whitespace-pre-line text-muted-foreground">{intro.notes}</p> : null}
            </CardContent>
          </Card>
          {canSteer && !ended ? (
            <>
              <Card>
                <CardHeader>
                  <CardTitle>Stage</CardTitle>
                </CardHeader>
                <CardContent>
                  <StageForm introductionId={intro.id} version={intro.version} stage={intro.stage} next={nextStage(intro.stage)} />
                </CardContent>
              </Card>
              <Card>
                <CardHeader>
                  <CardTitle>Bonded</CardTitle>
                </CardHeader>
                <CardContent>
                  <BondedForm introductionId={intro.id} version={intro.version} atFullCage={intro.stage === 'full_cage'} suggestedName={suggestedName} />
                </CardContent>
              </Card>
              <Card>
                <CardHeader>
                  <CardTitle>Pause or end</CardTitle>
                </CardHeader>
                <CardContent>
                  <StatusForm introductionId={intro.id} version={intro.version} status={intro.status} />
                </CardContent>
              </Card>
            </>
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle>History</CardTitle>
            </CardHeader>
            <CardContent>
              <ol className="flex flex-col gap-2 text-sm" aria-label="Stage and status changes, newest first">
                {intro.changes.map((c) => (
                  <li key={c.id}>
                    <span className="text-muted-foreground">{formatShortDate(c.changedAt.toISOString().slice(0, 10))}</span> {c.reason ?? INTRODUCTION_STAGE_LABELS[c.toStage]}
                    {c.changedByName ? <span className="text-xs text-muted-foreground"> — {c.changedByName}</span> : null}
                  </li>
                ))}
              </ol>
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
