import type { Metadata } from 'next';
import { AlertTriangle } from 'lucide-react';
import Link from 'next/link';
import { Suspense } from 'react';
import { AcknowledgeIncidentForm } from '@/components/handling/acknowledge-incident-form';
import { SessionBars, sessionBarsLabel } from '@/components/handling/session-bars';
import { HomeChoice } from '@/components/foster-homes/home-choice';
import { BackLink } from '@/components/ui/back-link';
import { PagerLinks, pageParam } from '@/components/ui/pager-links';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb } from '@/db/client';
import { listHandlingReportPage, listIncidentsToReview, listReportHomes, loadHandlingReportRows } from '@/db/queries/handling-report';
import { getPolicy } from '@/db/queries/settings';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { handlingReport, INCIDENT_ACKNOWLEDGE_ROLES, REPORT_RATS_PER_PAGE, REPORT_WEEKS, type ReportHome, type ReportIncidentRow } from '@/lib/domain/handling-report';
import { formatDate } from '@/lib/format';
import { parseId } from '@/lib/validation/ids';
import { cn } from '@/lib/utils';

export const metadata: Metadata = { title: 'Handling by foster home' };


type SearchParams = Promise<{ home?: string; page?: string }>;

export default async function HandlingReportPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole(rolesFor('/reports'));
  const { home, page } = await searchParams;
  const view = { homeId: parseId(home), page: pageParam(page) };
  const canAcknowledge = (INCIDENT_ACKNOWLEDGE_ROLES as readonly string[]).includes(user.role);
  return (
    <>
      <BackLink href="/reports">Reports</BackLink>
      <PageHeader
        title="Handling by foster home"
        description={`Sessions per week over the last ${REPORT_WEEKS} weeks, each rat’s trust step, and when it was last handled.`}
      />
      <Suspense fallback={<PageSkeleton rows={8} />}>
        <HandlingReportContent canAcknowledge={canAcknowledge} view={view} />
      </Suspense>
    </>
  );
}

async function HandlingReportContent({ canAcknowledge, view }: { canAcknowledge: boolean; view: { homeId: number | null; page: number } }) {
  const db = await getDb();
  const now = new Date();
  const [homes, onPage] = await Promise.all([listReportHomes(db), listHandlingReportPage(db, { homeId: view.homeId, page: view.page, perPage: REPORT_RATS_PER_PAGE })]);
  const pageCount = Math.max(1, Math.ceil(onPage.totalRats / REPORT_RATS_PER_PAGE));
  const [policy, rows, { rows: incidents, total: incidentCount }] = await Promise.all([
    getPolicy(db),
    loadHandlingReportRows(db, { now, homeIds: onPage.homeIds, ratIds: onPage.ratIds }),
    listIncidentsToReview(db, { now }),
  ]);
  const report = handlingReport(rows, now, policy);
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="incidents-heading" className="flex flex-col gap-3">
        <h2 id="incidents-heading" className="text-lg font-semibold">
          Bites to review
        </h2>
        <p className="-mt-2 text-sm text-muted-foreground">
          Every bite of the last 7 days, and older ones nobody has acknowledged yet
          {incidentCount > incidents.length ? `: the ${incidents.length} most urgent of ${incidentCount} shown. Acknowledge these to see the rest.` : '.'}
        </p>
        {incidents.length === 0 ? (
          <EmptyState title="No bites this week">A bite that breaks the skin, logged in a handling session, shows here.</EmptyState>
        ) : (
          <ul className="flex flex-col gap-2" aria-label="Bite incidents">
            {incidents.map((incident) => (
              <IncidentItem key={incident.id} incident={incident} canAcknowledge={canAcknowledge} />
            ))}
          </ul>
        )}
      </section>

      <p className="text-sm text-muted-foreground">
        Rats not handled for {policy.handlingStaleDays} days or more are highlighted (the{' '}
        <Link href="/settings" className="font-medium text-primary hover:underline">
          handling-stale setting
        </Link>
        ). Bars show sessions per week, oldest first; a dot is a week before the rat came to the home.
      </p>

      <HomeChoice id="report-home" homes={homes} value={view.homeId} first="Every home" submit="Show" />

      {report.homes.length === 0 ? <EmptyState title="No foster home here">Choose another home or page.</EmptyState> : null}
      {report.homes.map((home) => (
        <HomeCard key={home.fosterHomeId} home={home} staleDays={policy.handlingStaleDays} />
      ))}
      <PagerLinks page={view.page} pageCount={pageCount} label="Report pages" hrefFor={(n) => reportHref(view.homeId, n)} />
    </div>
  );
}

function IncidentItem({ incident, canAcknowledge }: { incident: ReportIncidentRow; canAcknowledge: boolean }) {
  const acknowledged = incident.acknowledgedAt !== null;
  return (
    <li
      className={cn('flex flex-col gap-3 rounded-lg border bg-card p-4 sm:flex-row sm:items-start sm:justify-between', !acknowledged && 'border-destructive/40')}
      data-testid="incident"
    >
      <div className="flex min-w-0 flex-col gap-1">
        <p className="flex flex-wrap items-center gap-2">
          <Link href={`/rats/${incident.ratId}`} className="font-semibold text-primary hover:underline">
            {incident.ratName}
          </Link>
          <Badge variant="destructive">{incident.biteGrade === 'severe' ? 'Severe bite' : 'Bite'}</Badge>
          {acknowledged ? <Badge variant="success">Acknowledged</Badge> : <Badge variant="warning">Not acknowledged</Badge>}
        </p>
        <p className="text-sm text-muted-foreground">
          {formatDate(incident.occurredAt)} · {incident.homeName ?? 'No home recorded'}
        </p>
        {incident.description ? <p className="text-sm">{incident.description}</p> : null}
        {acknowledged ? (
          <p className="text-sm text-muted-foreground">
            Acknowledged {incident.acknowledgedByName ? `by ${incident.acknowledgedByName} ` : ''}on {formatDate(incident.acknowledgedAt)}
          </p>
        ) : null}
      </div>
      {!acknowledged && canAcknowledge ? <AcknowledgeIncidentForm incidentId={incident.id} ratName={incident.ratName} /> : null}
    </li>
  );
}

/** Narrower cells on a phone, so four columns fit 390 px without scrolling. */
const tight = 'px-2 sm:px-3';

function HomeCard({ home, staleDays }: { home: ReportHome; staleDays: number }) {
  const headingId = `home-${home.fosterHomeId}`;
  const thisWeek = home.weekTotals[home.weekTotals.length - 1] ?? 0;
  const max = Math.max(0, ...home.rats.flatMap((r) => r.weeks.map((n) => n ?? 0)));
  return (
    <Card aria-labelledby={headingId} data-testid="home-report">
      <CardHeader className="px-4 sm:px-5">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <CardTitle id={headingId}>{home.name}</CardTitle>
            <CardDescription>
              {home.rats.length === 1 ? '1 rat' : `${home.rats.length} rats`} · {thisWeek} {thisWeek === 1 ? 'session' : 'sessions'} this week
              {home.staleCount > 0 ? ` · ${home.staleCount} not handled for ${staleDays}+ days` : ''}
            </CardDescription>
          </div>
          {home.rats.length > 0 ? (
            <SessionBars weeks={home.weekTotals} max={Math.max(...home.weekTotals)} label={`${home.name}: ${sessionBarsLabel(home.weekTotals)}`} />
          ) : null}
        </div>
      </CardHeader>
      <CardContent className="px-3 pb-3 sm:px-5 sm:pb-5">
        {home.rats.length === 0 ? (
          <p className="text-sm text-muted-foreground">No rats placed here.</p>
        ) : (
          <Table aria-label={`Rats at ${home.name}`}>
            <TableHeader>
              <TableRow>
                <TableHead scope="col" className={tight}>
                  Rat
                </TableHead>
                <TableHead scope="col" className={tight}>
                  <span className="sm:hidden">Weeks</span>
                  <span className="hidden sm:inline">Sessions per week</span>
                </TableHead>
                <TableHead scope="col" className={tight}>
                  Step
                </TableHead>
                <TableHead scope="col" className={tight}>
                  Last handled
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {home.rats.map((rat) => (
                <TableRow key={rat.ratId} className={cn(rat.freshness.stale && 'bg-warning/10 hover:bg-warning/15')} data-stale={rat.freshness.stale || undefined}>
                  <TableCell className={tight}>
                    <Link href={`/rats/${rat.ratId}`} className="font-medium text-primary hover:underline">
                      {rat.name}
                    </Link>
                    <span className="hidden font-mono text-xs text-muted-foreground sm:block">{rat.code}</span>
                  </TableCell>
                  <TableCell className={tight}>
                    <span className="flex items-center gap-2">
                      <SessionBars weeks={rat.weeks} max={max} label={`${rat.name}: ${sessionBarsLabel(rat.weeks)}`} />
                      <span className="hidden text-xs tabular-nums text-muted-foreground md:inline">{rat.total} in 6 wks</span>
                    </span>
                  </TableCell>
                  <TableCell className={tight}>
                    {rat.step === null ? (
                      <span className="text-muted-foreground">—</span>
                    ) : (
                      <span>
                        <span className="font-semibold tabular-nums">{rat.step}</span>
                        <span className="sr-only text-muted-foreground sm:not-sr-only"> · {rat.stepName}</span>
                      </span>
                    )}
                  </TableCell>
                  <TableCell className={tight}>
                    <span title={rat.freshness.text} className={cn('inline-flex items-center gap-1 whitespace-nowrap text-sm', rat.freshness.stale && 'font-semibold text-warning-foreground')}>
                      {rat.freshness.stale ? <AlertTriangle aria-hidden className="size-4 shrink-0" /> : null}
                      {rat.lastHandled}
                    </span>
                    {rat.freshness.stale ? <span className="sr-only"> (not handled for {staleDays}+ days)</span> : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

function reportHref(homeId: number | null, page: number): string {
  const query = new URLSearchParams();
  if (homeId !== null) query.set('home', String(homeId));
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/reports/handling?${text}` : '/reports/handling';
}
