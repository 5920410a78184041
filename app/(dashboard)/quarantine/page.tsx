import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { QuarantineTimeline } from '@/components/quarantine/quarantine-timeline';
import { ReleaseForm } from '@/components/quarantine/release-form';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb, type Db } from '@/db/client';
import { describeOpenQuarantine, getReleasedRatName, listOpenQuarantines, pageOfOpenQuarantine, type OpenQuarantine } from '@/db/queries/quarantines';
import { PagerLinks, pageParam } from '@/components/ui/pager-links';
import { requireRole, type CurrentUser } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { quarantineTimeline } from '@/lib/domain/charts';
import { toIsoDate } from '@/lib/domain/dates';
import { QUARANTINE_REASON_LABELS, QUARANTINES_PER_PAGE, quarantineClock } from '@/lib/domain/quarantine';
import { formatDate } from '@/lib/format';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Quarantine' };

export default async function QuarantinePage({ searchParams }: { searchParams: Promise<{ released?: string; started?: string; extended?: string; page?: string }> }) {
  const user = await requireRole(rolesFor('/quarantine'));
  const { released: releasedId, started, extended, page } = await searchParams;
  const coordinates = user.role === 'admin' || user.role === 'coordinator';
  // The address carries only ids: every banner is read from the database, never address text.
  const db = await getDb();
  const releasedQuarantineId = parseId(releasedId);
  const startedId = parseId(started);
  const extendedId = parseId(extended);
  const released = releasedQuarantineId !== null ? await getReleasedRatName(db, { quarantineId: releasedQuarantineId }) : null;
  const done =
    startedId !== null
      ? await describeOpenQuarantine(db, { id: startedId, what: 'started' })
      : extendedId !== null
        ? await describeOpenQuarantine(db, { id: extendedId, what: 'extended' })
        : null;
  return (
    <>
      <PageHeader
        title="Quarantine"
        description="Every open quarantine, with days left or overdue. Sendai and SDA spread through the air from rats that look healthy: keep cohorts apart."
        actions={
          <>
            {coordinates ? (
              <Button asChild>
                <Link href="/quarantine/start">Start a quarantine</Link>
              </Button>
            ) : null}
            <Button asChild variant="outline" className="h-auto min-h-10 whitespace-normal">
              <Link href="/litters">Litters and sex separation</Link>
            </Button>
          </>
        }
      />
      {released ? (
        <Alert variant="success" className="mb-4">
          {released} is out of quarantine.
        </Alert>
      ) : null}
      {done ? (
        <Alert variant="success" className="mb-4" role="status">
          {done}
        </Alert>
      ) : null}
      <Suspense fallback={<PageSkeleton rows={8} />}>
        <QuarantineList user={user} page={page !== undefined ? pageParam(page) : await pageOf(db, startedId ?? extendedId)} />
      </Suspense>
    </>
  );
}


/** A quarantine just started or extended is shown on its own page of the list. */
async function pageOf(db: Db, quarantineId: number | null): Promise<number> {
  return quarantineId === null ? 1 : ((await pageOfOpenQuarantine(db, { id: quarantineId, perPage: QUARANTINES_PER_PAGE })) ?? 1);
}

async function QuarantineList({ user, page }: { user: CurrentUser; page: number }) {
  const now = new Date();
  const { rows: periods, total } = await listOpenQuarantines(await getDb(), { limit: QUARANTINES_PER_PAGE, offset: (page - 1) * QUARANTINES_PER_PAGE });
  const pageCount = Math.max(1, Math.ceil(total / QUARANTINES_PER_PAGE));
  if (periods.length === 0 && total > 0) {
    return (
      <>
        <EmptyState title="Nothing on this page">There are {total} open quarantines on earlier pages.</EmptyState>
        <PagerLinks page={page} pageCount={pageCount} label="Quarantine pages" hrefFor={quarantinePageHref} />
      </>
    );
  }
  if (periods.length === 0) return <EmptyState title="No rats in quarantine">New intakes start a quarantine automatically; coordinators start one by hand after a show, an exposure, an illness or a return from adoption.</EmptyState>;
  const canRelease = user.role === 'admin' || user.role === 'coordinator';
  return (
    <div className="flex flex-col gap-6">
      <QuarantineTable groups={cohortGroups(periods)} now={now} canRelease={canRelease} />
      <PagerLinks page={page} pageCount={pageCount} label="Quarantine pages" hrefFor={quarantinePageHref} />
      <Card>
        <CardHeader>
          <CardTitle>Timeline</CardTitle>
          <CardDescription>Each bar runs from the start to the planned end; the dashed line is today, red bars are overdue for release.</CardDescription>
        </CardHeader>
        <CardContent>
          <QuarantineTimeline rows={quarantineTimeline(periods, toIsoDate(now))} />
        </CardContent>
      </Card>
    </div>
  );
}

function quarantinePageHref(n: number): string {
  return n > 1 ? `/quarantine?page=${n}` : '/quarantine';
}

/** The page's quarantines in runs of one cohort each (the query returns them cohort by cohort). */
function cohortGroups(periods: OpenQuarantine[]): Array<{ key: string; label: string; rows: OpenQuarantine[] }> {
  const groups: Array<{ key: string; label: string; rows: OpenQuarantine[] }> = [];
  for (const p of periods) {
    const key = p.cohortId === null ? 'none' : String(p.cohortId);
    const last = groups.at(-1);
    if (last && last.key === key) last.rows.push(p);
    else groups.push({ key, label: p.cohortLabel ? `Cohort: ${p.cohortLabel}` : 'Not in a cohort', rows: [p] });
  }
  return groups;
}

/** One table for the page: each cohort is a group of rows under its own heading row. */
function QuarantineTable({ groups, now, canRelease }: { groups: ReturnType<typeof cohortGroups>; now: Date; canRelease: boolean }) {
  return (
    <Table aria-label="Open quarantines by cohort" label="Open quarantines">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Rat</TableHead>
          <TableHead scope="col">Home</TableHead>
          <TableHead scope="col">Reason</TableHead>
          <TableHead scope="col">Planned end</TableHead>
          <TableHead scope="col">Clock</TableHead>
          {canRelease ? <TableHead scope="col">Release or extend</TableHead> : null}
        </TableRow>
      </TableHeader>
      {groups.map((group) => (
        <TableBody key={group.key} data-testid="quarantine-cohort">
          <TableRow className="bg-muted/30 hover:bg-muted/30">
            <th scope="rowgroup" colSpan={canRelease ? 6 : 5} className="px-3 py-2 text-left font-semibold">
              {group.label} <span className="font-normal text-muted-foreground">({group.rows.length === 1 ? '1 rat' : `${group.rows.length} rats`} on this page)</span>
            </th>
          </TableRow>
          <CohortRows periods={group.rows} now={now} canRelease={canRelease} />
        </TableBody>
      ))}
    </Table>
  );
}

function CohortRows({ periods, now, canRelease }: { periods: OpenQuarantine[]; now: Date; canRelease: boolean }) {
  return (
    <>
          {periods.map((p) => {
            const clock = quarantineClock(p, now);
            return (
              <TableRow key={p.id} data-testid={`quarantine-${p.ratName}`}>
                <TableCell>
                  <Link href={`/rats/${p.ratId}`} className="font-medium text-primary hover:underline">
                    {p.ratName}
                  </Link>
                  <span className="block font-mono text-xs text-muted-foreground">{p.ratCode}</span>
                </TableCell>
                <TableCell>
                  {p.homeName ?? 'Awaiting placement'}
                  {p.airspace ? <span className="block text-xs text-muted-foreground">{p.airspace}</span> : null}
                </TableCell>
                <TableCell>{QUARANTINE_REASON_LABELS[p.reason]}</TableCell>
                <TableCell>
                  <span data-testid="planned-end">{formatDate(p.plannedEndOn)}</span>
                  {p.restartReason ? (
                    <span className="block max-w-xs text-xs text-muted-foreground" data-testid="restart-reason">
                      {p.restartReason}
                    </span>
                  ) : null}
                </TableCell>
                <TableCell>
                  <Badge variant={clock.state === 'overdue' ? 'destructive' : clock.state === 'due_soon' ? 'warning' : 'secondary'}>{clock.label}</Badge>
                </TableCell>
                {canRelease ? (
                  <TableCell>
                    <ReleaseForm quarantineId={p.id} ratName={p.ratName} />
                    <Link href={`/quarantine/${p.id}/extend`} className="mt-2 inline-block text-sm text-primary hover:underline">
                      Extend quarantine
                    </Link>
                  </TableCell>
                ) : null}
              </TableRow>
            );
          })}
    </>
  );
}
