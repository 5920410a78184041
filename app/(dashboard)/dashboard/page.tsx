import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AlertList } from '@/components/dashboard/alert-list';
import { StatusChart } from '@/components/dashboard/status-chart';
import { KeepForOffline, SnapshotNote } from '@/components/offline/offline-status';
import { WaitingEntries } from '@/components/offline/waiting-entries';
import { FosterHomeScreen, homeScreenHref, offlinePages } from '@/components/sessions/foster-home-screen';
import { PagerLinks, pageParam } from '@/components/ui/pager-links';
import { Alert } from '@/components/ui/alert';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { loadDashboardAlertsRemembered } from '@/db/queries/alerts';
import { listNewApplications } from '@/db/queries/public-applications';
import { newApplicationAlerts } from '@/lib/domain/application-alerts';
import { ADOPTION_ROLES, hasRole } from '@/lib/domain/staff-roles';
import { getPolicy } from '@/db/queries/settings';
import { listHandlingRats, listHomeScreenRats } from '@/db/queries/handling-sessions';
import { CAGES_PER_PAGE, homeScreenPage } from '@/lib/domain/home-screen';
import { ExpectedBirths } from '@/components/breeding/expected-births';
import { listExpectedBirths } from '@/db/queries/pairings';
import { countRatsByStatus } from '@/db/queries/rats';
import { rememberWhileUnchanged } from '@/db/queries/snapshot-memo';
import { ratScope, requireUser, type CurrentUser } from '@/lib/authz';
import { forFoster, sortAlerts } from '@/lib/domain/alerts';
import { ratsByStatus } from '@/lib/domain/charts';
import { IN_CARE_STATUSES } from '@/lib/domain/vocabulary';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ logged?: string; incidents?: string; page?: string }> }) {
  const user = await requireUser();
  const { logged, incidents, page } = await searchParams;
  const notice = { logged: logged && /^\d+$/.test(logged) ? (logged === '1' ? '1 rat' : `${logged} rats`) : null, incidents: incidents === '1' || Number(incidents) > 1 };
  return (
    <Suspense fallback={<PageSkeleton stats={user.role !== 'foster'} />}>
      <DashboardContent user={user} logged={notice.logged} incidents={notice.incidents} page={pageParam(page)} />
    </Suspense>
  );
}

async function DashboardContent({ user, logged, incidents, page }: { user: CurrentUser; logged: string | null; incidents: boolean; page: number }) {
  const db = await getDb();
  const scope = ratScope(user);

  const now = new Date();
  const policy = await getPolicy(db);
  const foster = user.role === 'foster';
  const [found, applications, homeRats] = await Promise.all([
    loadDashboardAlertsRemembered(db, { scope, now, policy, backwards: !foster }),
    hasRole(user.role, ADOPTION_ROLES) ? listNewApplications(db) : Promise.resolve({ total: 0, newest: [] }),
    foster ? listHomeScreenRats(db, { scope }) : null,
  ]);
  const alerts = sortAlerts([...found, ...newApplicationAlerts(applications)]);

  if (homeRats) {
    const screen = homeScreenPage(homeRats, page);
    const rats = screen.ratIds.length > 0 ? await listHandlingRats(db, { scope, ratIds: screen.ratIds }) : [];
    return (
      <>
        <PageHeader
          title="My rats"
          description={
            screen.pageCount > 1
              ? `Your ${screen.ratCount} rats in ${screen.cageCount} cages, ${CAGES_PER_PAGE} cages a page. Log a session after each handling.`
              : 'Your rats by cage. Log a session after each handling.'
          }
        />
        {logged ? (
          <Alert variant="success" className="mb-4">
            Session saved for {logged}.{incidents ? ' The bite was reported to the coordinators.' : ''}
          </Alert>
        ) : null}
        <SnapshotNote renderedAt={now.toISOString()} />
        <WaitingEntries />
        <KeepForOffline urls={offlinePages(screen)} />
        <FosterHomeScreen rats={rats} now={now} policy={policy} />
        <PagerLinks page={screen.page} pageCount={screen.pageCount} label="Pages of cages" hrefFor={homeScreenHref} />
        {alerts.length > 0 ? (
          <section aria-labelledby="alerts-heading" className="mt-6">
            <h2 id="alerts-heading" className="mb-2 text-lg font-semibold">
              Needs attention
            </h2>
            <AlertList alerts={forFoster(alerts)} />
          </section>
        ) : null}
      </>
    );
  }

  const [statusRows, expectedBirths] = await Promise.all([
    // Counting every rat the rescue ever recorded reads the whole table: remembered between writes too.
    rememberWhileUnchanged(db, `rats-by-status|${JSON.stringify(scope)}`, () => countRatsByStatus(db, { scope })),
    listExpectedBirths(db),
  ]);
  const byStatus = ratsByStatus(statusRows);
  const inCare = byStatus.filter((s) => (IN_CARE_STATUSES as readonly string[]).includes(s.status)).reduce((a, s) => a + s.count, 0);
  const overCapacity = alerts.filter((a) => a.kind === 'home_over_capacity');
  return (
    <>
      <PageHeader title="Dashboard" description={`Welcome back, ${user.name}.`} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Stat label="Rats in care" value={inCare} />
        <Stat label="Available for adoption" value={byStatus.find((s) => s.status === 'available')?.count ?? 0} />
        <Stat label="Foster homes over capacity" value={overCapacity.length} warn={overCapacity.length > 0} />
      </div>
      <section aria-labelledby="alerts-heading" className="mt-6">
        <h2 id="alerts-heading" className="mb-2 text-lg font-semibold">
          Needs attention <span className="text-muted-foreground">({alerts.length})</span>
        </h2>
        <AlertList alerts={alerts} />
      </section>
      <ExpectedBirths births={expectedBirths} />
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Rats by status</CardTitle>
          <CardDescription>Every rat the rescue has recorded, by where it is in its journey.</CardDescription>
        </CardHeader>
        <CardContent>
          <StatusChart data={byStatus.map((s) => ({ label: s.label, count: s.count }))} />
        </CardContent>
      </Card>
    </>
  );
}

function Stat({ label, value, warn = false }: { label: string; value: number; warn?: boolean }) {
  return (
    <Card>
      <CardContent className="p-5">
        <p className="text-sm text-muted-foreground">{label}</p>
        <p className={warn ? 'mt-1 text-3xl font-semibold text-destructive' : 'mt-1 text-3xl font-semibold'}>{value}</p>
      </CardContent>
    </Card>
  );
}
