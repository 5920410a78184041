import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { IntroductionCard } from '@/components/introductions/introduction-card';
import { HomeSelect } from '@/components/foster-homes/home-select';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { listPlacementHomes } from '@/db/queries/foster-homes';
import { listIntroductions } from '@/db/queries/introductions';
import { ratScope, requireRole, type CurrentUser } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { daysInStage, stageStep } from '@/lib/domain/introductions';
import { hasRole, INTRODUCTION_ROLES } from '@/lib/domain/staff-roles';
import { INTRODUCTION_STATUS_LABELS, INTRODUCTION_STATUSES, RUNNING_INTRODUCTION_STATUSES, type IntroductionStatus } from '@/lib/domain/vocabulary';
import { boardFilterInput } from '@/lib/validation/introductions';

export const metadata: Metadata = { title: 'Introductions' };

/** The board's columns: carrier and small cage share one (either may be used). */
const COLUMNS = [
  { step: 0, title: 'Scent swap' },
  { step: 1, title: 'Side by side' },
  { step: 2, title: 'Neutral meeting' },
  { step: 3, title: 'Carrier or small cage' },
  { step: 4, title: 'Full cage' },
  { step: 5, title: 'Bonded' },
] as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function IntroductionsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole(rolesFor('/introductions'));
  const raw = await searchParams;
  const filters = boardFilterInput.parse({ home: raw.home, status: raw.status });
  const canPlan = hasRole(user.role, INTRODUCTION_ROLES);
  return (
    <>
      <PageHeader
        title="Introductions"
        description={canPlan ? 'Every introduction by stage: open one to log a meeting or move it on.' : 'Introductions in your home: open one to log a meeting.'}
        actions={canPlan ? <PlanIntroductionButton /> : null}
      />
      <Suspense fallback={<PageSkeleton rows={5} />}>
        <Board user={user} home={filters.home ?? null} status={filters.status ?? 'running'} canPlan={canPlan} />
      </Suspense>
    </>
  );
}

function PlanIntroductionButton() {
  return (
    <Button asChild>
      <Link href="/introductions/new">Plan an introduction</Link>
    </Button>
  );
}

async function Board({ user, home, status, canPlan }: { user: CurrentUser; home: number | null; status: string; canPlan: boolean }) {
  const db = await getDb();
  const statuses: IntroductionStatus[] =
    status === 'running' ? [...RUNNING_INTRODUCTION_STATUSES] : status === 'all' ? [] : [status as IntroductionStatus];
  const [intros, homes] = await Promise.all([
    listIntroductions(db, { scope: ratScope(user), filters: { fosterHomeId: home, statuses } }),
    canPlan ? listPlacementHomes(db) : Promise.resolve([]),
  ]);
  const now = new Date();
  const columns = COLUMNS.filter((c) => c.step < 5 || status !== 'running');
  return (
    <div className="flex flex-col gap-4">
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border bg-card p-3" aria-label="Filter introductions">
        {canPlan ? (
          <div className="flex flex-col gap-1">
            <Label htmlFor="filter-home">Home</Label>
            <HomeSelect id="filter-home" name="home" homes={homes} none="All homes" defaultValue={home ?? ''} className="min-w-0 sm:min-w-44" />
          </div>
        ) : null}
        <div className="flex min-w-0 max-w-full flex-col gap-1">
          <Label htmlFor="filter-status">Status</Label>
          <NativeSelect id="filter-status" name="status" defaultValue={status} className="min-w-0 max-w-full sm:min-w-44">
            <option value="running">Running (planned, in progress, paused)</option>
            <option value="all">All</option>
            {INTRODUCTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {INTRODUCTION_STATUS_LABELS[s]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <Button type="submit" variant="outline">
          Show
        </Button>
      </form>
      <p className="sr-only" role="status">
        {intros.length === 1 ? '1 introduction' : `${intros.length} introductions`} shown.
      </p>
      {intros.length === 0 ? (
        <EmptyState
          title="No introductions here"
          action={canPlan ? <PlanIntroductionButton /> : null}
        >
          {canPlan ? 'Plan one from here, from a rat, from a cage group, or from a “lives alone” alert on the dashboard.' : 'When a coordinator plans an introduction in your home, it appears here.'}
        </EmptyState>
      ) : (
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3 xl:grid-cols-5" data-testid="introductions-board">
          {columns.map((col) => {
            const cards = intros.filter((i) => stageStep(i.stage) === col.step);
            return (
              <section key={col.step} aria-labelledby={`col-${col.step}`} className="flex flex-col gap-2 rounded-lg bg-muted/50 p-2">
                <h2 id={`col-${col.step}`} className="flex items-center justify-between px-1 text-sm font-semibold">
                  {col.title}
                  <span className="rounded-full bg-card px-2 text-xs font-medium text-muted-foreground">{cards.length}</span>
                </h2>
                {cards.length === 0 ? (
                  <p className="px-1 pb-2 text-xs text-muted-foreground">None</p>
                ) : (
                  <ul className="flex flex-col gap-2">
                    {cards.map((intro) => (
                      <IntroductionCard key={intro.id} intro={intro} daysInStage={daysInStage(intro.stageChangedAt, now)} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
