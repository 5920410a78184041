import { Plus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { SeparationBadge } from '@/components/litters/separation-deadline';
import { Button } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb } from '@/db/client';
import { listLitters } from '@/db/queries/litters';
import { requireRole, STAFF_ROLES } from '@/lib/authz';
import { separationStatus } from '@/lib/domain/litters';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Litters' };

export default async function LittersPage() {
  await requireRole(STAFF_ROLES);
  return (
    <>
      <PageHeader
        title="Litters"
        description="Litters born in care and when each must be split by sex."
        actions={
          <Button asChild>
            <Link href="/litters/new">
              <Plus aria-hidden />
              Record a litter
            </Link>
          </Button>
        }
      />
      <Suspense fallback={<PageSkeleton rows={4} />}>
        <LitterList />
      </Suspense>
    </>
  );
}

async function LitterList() {
  const rows = await listLitters(await getDb());
  const now = new Date();
  if (rows.length === 0) return <EmptyState title="No litters yet">A litter recorded for a dam appears here with its sex-separation deadline.</EmptyState>;
  return (
    <Table aria-label="Litters">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Dam</TableHead>
          <TableHead scope="col">Born</TableHead>
          <TableHead scope="col">Kittens</TableHead>
          <TableHead scope="col">Split by sex</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((l) => {
          const status = l.separationDueOn ? separationStatus({ dueOn: l.separationDueOn, closedOn: l.separationClosedOn, outcome: l.separationOutcome }, now) : null;
          return (
            <TableRow key={l.id}>
              <TableCell>
                <Link href={`/litters/${l.id}`} className="font-medium text-primary hover:underline">
                  Litter of {l.damName}
                </Link>
                <span className="block text-xs text-muted-foreground">{l.damCode}</span>
              </TableCell>
              <TableCell className="whitespace-nowrap">{formatDate(l.bornOn)}</TableCell>
              <TableCell>
                {l.aliveCount} alive{l.deadCount ? <span className="text-muted-foreground"> · {l.deadCount} died</span> : null}
              </TableCell>
              <TableCell>
                {status && l.separationDueOn ? (
                  <span className="flex flex-col items-start gap-1">
                    <span className="whitespace-nowrap">{formatDate(l.separationDueOn)}</span>
                    <SeparationBadge status={status} outcome={l.separationOutcome} />
                  </span>
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
