import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { AlertList } from '@/components/dashboard/alert-list';
import { StatusChart } from '@/components/dashboard/status-chart';
import { RatStatusBadge } from '@/components/rats/rat-status-badge';
import { Badge } from '@/components/ui/badge';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { loadAlertRows } from '@/db/queries/alerts';
import { getPolicy } from '@/db/queries/settings';
import { countRatsByStatus, listRatsBasic } from '@/db/queries/rats';
import { ratScope, requireUser, type CurrentUser } from '@/lib/authz';
import { dashboardAlerts } from '@/lib/domain/alerts';
import { ratsByStatus } from '@/lib/domain/charts';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const user = await requireUser();
  return (
    <Suspense fallback={<PageSkeleton stats={user.role !== 'foster'} />}>
      <DashboardContent user={user} />
    </Suspense>
  );
}

async function DashboardContent({ user }: { user: CurrentUser }) {
  const db = await getDb();
  const scope = ratScope(user);

  const now = new Date();
  const policy = await getPolicy(db);
  const alertRows = await loadAlertRows(db, { scope, now, policy });
  const alerts = dashboardAlerts(alertRows, now, policy);

  if (user.role === 'foster') {
    const rats = await listRatsBasic(db, { scope });
    return (
      <>
        <PageHeader title="My rats" description="The rats living in your home, by cage." />
        {alerts.length > 0 ? (
          <section aria-labelledby="alerts-heading" className="mb-6">
            <h2 id="alerts-heading" className="mb-2 text-lg font-semibold">
              Needs attention
            </h2>
            <AlertList alerts={alerts} />
          </section>
        ) : null}
        {rats.length === 0 ? (
          <EmptyState title="No rats placed with you yet">
            {user.fosterHomeId ? 'When staff place rats in your home they appear here.' : 'An admin has not linked your account to a foster home yet.'}
          </EmptyState>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2" aria-label="My rats">
            {rats.map((r) => (
              <li key={r.id}>
                <Link href={`/rats/${r.id}`} className="flex items-center justify-between rounded-lg border bg-card p-4 hover:bg-muted/50">
                  <span>
                    <span className="block font-medium">{r.name}</span>
                    <span className="text-xs text-muted-foreground">
                      {r.code} · {r.cageGroupName ?? 'No cage group'}
                    </span>
                  </span>
                  {r.quarantineEndOn ? <Badge variant="warning">Quarantine</Badge> : <RatStatusBadge status={r.status} />}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  const statusRows = await countRatsByStatus(db, { scope });
  const byStatus = ratsByStatus(statusRows);
  const inCare = byStatus.filter((s) => ['intake', 'in_care', 'available', 'reserved', 'returned'].includes(s.status)).reduce((a, s) => a + s.count, 0);
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
