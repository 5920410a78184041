import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { MarkAvailableForm } from '@/components/readiness/mark-available-form';
import { ReadyListFiltersForm } from '@/components/readiness/ready-list-filters';
import { RatStatusBadge } from '@/components/rats/rat-status-badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { listPlacementHomes } from '@/db/queries/foster-homes';
import { getReadiness, listReadyCandidates } from '@/db/queries/readiness';
import { getPolicy } from '@/db/queries/settings';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { groupReadyRats } from '@/lib/domain/readiness';
import { readyListFilters } from '@/lib/validation/ready-list';

export const metadata: Metadata = { title: 'Ready for adoption' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReadinessPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRole(rolesFor('/readiness'));
  const filters = readyListFilters.parse(await searchParams);
  return (
    <>
      <PageHeader title="Ready for adoption" description="Rats that meet every readiness item, by cage: cage-mates leave together. Mark them available when the listing is ready." />
      <Suspense key={JSON.stringify(filters)} fallback={<PageSkeleton rows={4} />}>
        <ReadyList filters={filters} />
      </Suspense>
    </>
  );
}

async function ReadyList({ filters }: { filters: ReturnType<typeof readyListFilters.parse> }) {
  const db = await getDb();
  const now = new Date();
  const [policy, homes, candidates] = await Promise.all([
    getPolicy(db),
    listPlacementHomes(db),
    listReadyCandidates(db, { now, filters: { fosterHomeId: filters.home, sex: filters.sex, status: filters.status, q: filters.q } }),
  ]);
  const readiness = await getReadiness(db, { ratIds: candidates.map((c) => c.ratId), now, policy });
  const groups = groupReadyRats(candidates, (id) => readiness.get(id)?.ready ?? false);
  const count = groups.reduce((n, g) => n + g.rats.length, 0);
  return (
    <div className="flex flex-col gap-4">
      <ReadyListFiltersForm homes={homes.map((h) => ({ id: h.id, name: h.name }))} values={filters} />
      <p className="text-sm text-muted-foreground" role="status" aria-live="polite">
        {count === 0 ? 'No ready rats match.' : `${count} ready ${count === 1 ? 'rat' : 'rats'} in ${groups.length} ${groups.length === 1 ? 'cage' : 'cages'}.`}
      </p>
      {groups.length === 0 ? (
        <EmptyState title="No rat is ready yet">Each rat’s Readiness tab names what it still needs: a trust step, a health check, a companion.</EmptyState>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {groups.map((group) => (
            <li key={group.key}>
              <Card data-testid="ready-group" aria-label={`${group.cageGroupName}, ${group.homeName}`}>
                <CardHeader>
                  <CardTitle className="text-base">{group.cageGroupName}</CardTitle>
                  <CardDescription>{group.homeName}</CardDescription>
                </CardHeader>
                <CardContent className="flex flex-col gap-3">
                  <ul className="divide-y">
                    {group.rats.map((rat) => {
                      const r = readiness.get(rat.ratId)!;
                      return (
                        <li key={rat.ratId} className="flex flex-wrap items-center gap-2 py-2 text-sm">
                          <Link href={`/rats/${rat.ratId}?tab=readiness`} className="font-medium text-primary hover:underline">
                            {rat.name}
                          </Link>
                          <span className="text-muted-foreground">{rat.code}</span>
                          <RatStatusBadge status={rat.status} />
                          <span className="text-muted-foreground">step {r.step ?? '–'}</span>
                          {r.override ? <span className="w-full text-xs text-info">Declared ready by a coordinator: {r.override.reason}</span> : null}
                          {r.notes.map((n) => (
                            <span key={n} className="w-full text-xs text-muted-foreground">
                              {n}
                            </span>
                          ))}
                        </li>
                      );
                    })}
                  </ul>
                  <MarkAvailableForm rats={group.rats.filter((r) => r.status !== 'available').map((r) => ({ ratId: r.ratId, name: r.name, version: r.version }))} />
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
