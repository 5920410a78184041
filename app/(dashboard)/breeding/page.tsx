import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb } from '@/db/client';
import { listPlannedPairings } from '@/db/queries/pairings';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { birthWindowInWords, expectedBirthWindow } from '@/lib/domain/pairings';
import { humanize } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Breeding' };

/** Planned pairings, open ones first, with links to plan another and to record outside ancestors. */
export default async function BreedingPage() {
  await requireRole(rolesFor('/breeding'));
  const pairings = await listPlannedPairings(await getDb());
  return (
    <>
      <PageHeader
        title="Breeding"
        description="Planned pairings with the kittens’ coefficient of inbreeding, and the litters they lead to."
        actions={
          <>
            <Button asChild variant="outline">
              <Link href="/breeding/ancestors/new">Outside ancestor</Link>
            </Button>
            <Button asChild>
              <Link href="/breeding/pairings/new">Plan a pairing</Link>
            </Button>
          </>
        }
      />
      {pairings.length === 0 ? (
        <EmptyState title="No pairings planned">Plan a pairing to see the kittens’ COI and the ancestors the doe and buck share.</EmptyState>
      ) : (
        <Table aria-label="Planned pairings">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Doe</TableHead>
              <TableHead scope="col">Buck</TableHead>
              <TableHead scope="col">Planned</TableHead>
              <TableHead scope="col">Status</TableHead>
              <TableHead scope="col" className="hidden sm:table-cell">
                Kittens expected
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {pairings.map((p) => (
              <TableRow key={p.id}>
                <TableCell>
                  <Link href={`/breeding/pairings/${p.id}`} className="font-medium text-primary hover:underline">
                    {p.doeName}
                  </Link>
                </TableCell>
                <TableCell>{p.buckName}</TableCell>
                <TableCell className="whitespace-nowrap">{formatDate(p.plannedOn)}</TableCell>
                <TableCell>
                  <Badge variant={p.status === 'together' ? 'default' : 'outline'}>{humanize(p.status)}</Badge>
                </TableCell>
                <TableCell className="hidden sm:table-cell">{p.togetherOn ? birthWindowInWords(expectedBirthWindow(p.togetherOn)) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
