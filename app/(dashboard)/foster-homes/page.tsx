import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb } from '@/db/client';
import { listFosterHomes } from '@/db/queries/foster-homes';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { hasRole, HOME_EDIT_ROLES } from '@/lib/domain/staff-roles';
import { humanize } from '@/lib/domain/vocabulary';

export const metadata: Metadata = { title: 'Foster homes' };

export default async function FosterHomesPage() {
  const user = await requireRole(rolesFor('/foster-homes'));
  const canEdit = hasRole(user.role, HOME_EDIT_ROLES);
  return (
    <>
      <PageHeader
        title="Foster homes"
        description="Households caring for the rescue’s rats, and how full they are."
        actions={
          canEdit ? (
            <Button asChild>
              <Link href="/foster-homes/new">New foster home</Link>
            </Button>
          ) : null
        }
      />
      <Suspense fallback={<PageSkeleton rows={4} />}>
        <FosterHomesList canEdit={canEdit} />
      </Suspense>
    </>
  );
}

async function FosterHomesList({ canEdit }: { canEdit: boolean }) {
  const homes = await listFosterHomes(await getDb());
  return (
    <>
      {homes.length === 0 ? (
        <EmptyState
          title="No foster homes yet"
          action={
            canEdit ? (
              <Button asChild variant="outline">
                <Link href="/foster-homes/new">Add the first foster home</Link>
              </Button>
            ) : null
          }
        >
          Add the households that care for your rats.
        </EmptyState>
      ) : (
        <Table aria-label="Foster homes">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Home</TableHead>
              <TableHead scope="col">Area</TableHead>
              <TableHead scope="col">Rats</TableHead>
              <TableHead scope="col">Cages</TableHead>
              <TableHead scope="col" className="hidden md:table-cell">Experience</TableHead>
              <TableHead scope="col" className="hidden md:table-cell">Notes</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {homes.map((h) => {
              const over = h.ratCount > h.capacityRats;
              return (
                <TableRow key={h.id}>
                  <TableCell>
                    <Link href={`/foster-homes/${h.id}`} className="font-medium text-primary hover:underline">
                      {h.name}
                    </Link>
                    <span className="block text-xs text-muted-foreground">{h.contactName}</span>
                  </TableCell>
                  <TableCell>{h.area}</TableCell>
                  <TableCell>
                    <span className={over ? 'font-semibold text-destructive' : undefined}>
                      {h.ratCount} / {h.capacityRats}
                    </span>
                    {over ? <Badge variant="destructive" className="ml-2">Over capacity</Badge> : null}
                  </TableCell>
                  <TableCell>
                    {h.cageCount} / {h.capacityCages}
                  </TableCell>
                  <TableCell className="hidden md:table-cell">{humanize(h.experienceLevel)}</TableCell>
                  <TableCell className="hidden md:table-cell">
                    <span className="flex flex-wrap gap-1">
                      {h.canQuarantine ? <Badge variant="info">Can quarantine</Badge> : null}
                      {!h.active ? <Badge variant="outline">Inactive</Badge> : null}
                      {h.otherPets.map((p) => (
                        <Badge key={p} variant="warning">
                          {humanize(p)}
                        </Badge>
                      ))}
                    </span>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </>
  );
}
