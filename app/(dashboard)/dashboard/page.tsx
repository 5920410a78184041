import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AlertList } from '@/components/dashboard/alert-list';
import { StatusChart } from '@/components/dashboard/status-chart';
import { KeepForOffline, SnapshotNote } from '@/components/offline/offline-status';
import { WaitingEntries } from '@/components/offline/waiting-entries';
import { FosterHomeScreen, offlinePages } from '@/components/sessions/foster-home-screen';
import { Alert } from '@/components/ui/alert';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { loadAlertRows } from '@/db/queries/alerts';
import { loadReadinessAlerts } from '@/db/queries/readiness-alerts';
import { listNewApplications } from '@/db/queries/public-applications';
import { newApplicationAlerts } from '@/lib/domain/application-alerts';
import { ADOPTION_ROLES, hasRole } from '@/lib/domain/staff-roles';
import { getPolicy } from '@/db/queries/settings';
import { listHandlingRats } from '@/db/queries/handling-sessions';
import { ExpectedBirths } from '@/components/breeding/expected-births';
import { listExpectedBirths } from '@/db/queries/pairings';
import { countRatsByStatus } from '@/db/queries/rats';
import { ratScope, requireUser, type CurrentUser } from '@/lib/authz';
import { dashboardAlerts, forFoster, sortAlerts } from '@/lib/domain/alerts';
import { ratsByStatus } from '@/lib/domain/charts';
import { IN_CARE_STATUSES } from '@/lib/domain/vocabulary';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ logged?: string; incidents?: string }> }) {
  const user = await requireUser();
  const { logged, incidents } = await searchParams;
  const notice = { logged: logged && /^\d+$/.test(logged) ? (logged === '1' ? '1 rat' : `${logged} rats`) : null, incidents: incidents === '1' || Number(incidents) > 1 };
  return (
    <Suspense fallback={<PageSkeleton stats={user.role !== 'foster'} />}>
      <DashboardContent user={user} logged={notice.logged} incidents={notice.incidents} />
    </Suspense>
  );
}

async function DashboardContent({ user, logged, incidents }: { user: CurrentUser; logged: string | null; incidents: boolean }) {
  const db = await getDb();
  const scope = ratScope(user);

  const now = new Date();
  const policy = await getPolicy(db);
  const [alertRows, readinessAlerts, applications] = await Promise.all([
    loadAlertRows(db, { scope, now, policy }),
    loadReadinessAlerts(db, { scope, now, policy, backwards: user.role !== 'foster' }),
    hasRole(user.role, ADOPTION_ROLES) ? listNewApplications(db) : Promise.resolve({ total: 0, newest: [] }),
  ]);
  const alerts = sortAlerts([...dashboardAlerts(alertRows, now, policy), ...readinessAlerts, ...newApplicationAlerts(applications)]);

  if (user.role === 'foster') {
    const rats = await listHandlingRats(db, { scope });
    return (
      <>
        <PageHeader title="My rats" description="Your rats by cage. Log a session after each handling." />
        {logged ? (
          <Alert variant="success" className="mb-4">
            Session saved for {logged}.{incidents ? ' The bite was reported to the coordinators.' : ''}
          </Alert>
        ) : null}
        <SnapshotNote renderedAt={now.toISOString()} />
        <WaitingEntries />
        <KeepForOffline urls={offlinePages(rats)} />
        <FosterHomeScreen rats={rats} now={now} policy={policy} />
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

  const [statusRows, expectedBirths] = await Promise.all([countRatsByStatus(db, { scope }), listExpectedBirths(db)]);
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
