import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { RatStatusBadge } from '@/components/rats/rat-status-badge';
import { Badge } from '@/components/ui/badge';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb } from '@/db/client';
import { listRatsBasic } from '@/db/queries/rats';
import { ratScope, requireUser, type CurrentUser } from '@/lib/authz';
import { humanize } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Rats' };

export default async function RatsPage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader title="Rats" description={user.role === 'foster' ? 'The rats placed in your home.' : 'Every rat the rescue has recorded.'} />
      <Suspense fallback={<PageSkeleton rows={10} />}>
        <RatsList user={user} />
      </Suspense>
    </>
  );
}

async function RatsList({ user }: { user: CurrentUser }) {
  const rats = await listRatsBasic(await getDb(), { scope: ratScope(user) });
  return (
    <>
      {rats.length === 0 ? (
        <EmptyState title="No rats yet">Rats appear here once an intake is recorded.</EmptyState>
      ) : (
        <Table aria-label="Rats">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Code</TableHead>
              <TableHead scope="col">Name</TableHead>
              <TableHead scope="col">Sex</TableHead>
              <TableHead scope="col">Status</TableHead>
              <TableHead scope="col" className="hidden sm:table-cell">Home</TableHead>
              <TableHead scope="col" className="hidden md:table-cell">Cage group</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rats.map((r) => (
              <TableRow key={r.id}>
                <TableCell className="font-mono text-xs">{r.code}</TableCell>
                <TableCell>
                  <Link href={`/rats/${r.id}`} className="font-medium text-primary hover:underline">
                    {r.name}
                  </Link>
                </TableCell>
                <TableCell>{humanize(r.sex)}</TableCell>
                <TableCell>
                  <span className="flex flex-wrap gap-1">
                    <RatStatusBadge status={r.status} />
                    {r.quarantineEndOn ? <Badge variant="warning">Quarantine until {formatDate(r.quarantineEndOn)}</Badge> : null}
                  </span>
                </TableCell>
                <TableCell className="hidden sm:table-cell">{r.homeName ?? '—'}</TableCell>
                <TableCell className="hidden md:table-cell">{r.cageGroupName ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
