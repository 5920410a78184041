import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AlertLink, alertGroupTitle } from '@/components/dashboard/alert-list';
import { BackLink } from '@/components/ui/back-link';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { PagerLinks, pageParam } from '@/components/ui/pager-links';
import { getDb } from '@/db/client';
import { loadDashboardAlertsRemembered } from '@/db/queries/alerts';
import { getPolicy } from '@/db/queries/settings';
import { ratScope, requireUser } from '@/lib/authz';
import { ALERT_KINDS, forFoster, type Alert } from '@/lib/domain/alerts';

export const metadata: Metadata = { title: 'Alerts' };

/** Alerts on one page of a kind's full list. */
const ALERTS_PER_PAGE = 50;

const KINDS: ReadonlyArray<Alert['kind']> = [...ALERT_KINDS, 'available_not_ready', 'went_backwards'];

/** One kind of dashboard alert in full, a page at a time, most urgent first. */
export default async function AlertKindPage({ params, searchParams }: { params: Promise<{ kind: string }>; searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const { kind: kindParam } = await params;
  const kind = KINDS.find((k) => k === kindParam);
  if (!kind) notFound();
  const page = pageParam((await searchParams).page);
  const db = await getDb();
  const now = new Date();
  const foster = user.role === 'foster';
  const all = await loadDashboardAlertsRemembered(db, { scope: ratScope(user), now, policy: await getPolicy(db), backwards: !foster });
  const ofKind = (foster ? forFoster(all) : all).filter((a) => a.kind === kind);
  const pageCount = Math.max(1, Math.ceil(ofKind.length / ALERTS_PER_PAGE));
  const shown = ofKind.slice((page - 1) * ALERTS_PER_PAGE, page * ALERTS_PER_PAGE);
  return (
    <>
      <BackLink href="/dashboard">Dashboard</BackLink>
      <PageHeader title={alertGroupTitle(kind, ofKind.length)} description="Most urgent first; each opens where it is dealt with." />
      {shown.length === 0 ? (
        <EmptyState title="Nothing on this page">{ofKind.length === 0 ? 'None of these need attention now.' : 'The list is shorter than this page number.'}</EmptyState>
      ) : (
        <ul className="flex flex-col divide-y rounded-lg border bg-card" aria-label="Alerts" data-alert-kind={kind}>
          {shown.map((alert, i) => (
            <li key={i}>
              <AlertLink alert={alert} />
            </li>
          ))}
        </ul>
      )}
      <PagerLinks page={page} pageCount={pageCount} label="Alert pages" hrefFor={(n) => `/dashboard/alerts/${kind}${n > 1 ? `?page=${n}` : ''}`} />
    </>
  );
}
