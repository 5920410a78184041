import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { PagerLinks } from '@/components/ui/pager-links';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb } from '@/db/client';
import { listFosterHomes } from '@/db/queries/foster-homes';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { hasRole, HOME_EDIT_ROLES } from '@/lib/domain/staff-roles';
import { humanize } from '@/lib/domain/vocabulary';
import { FOSTER_HOME_LIST_PAGE_SIZE, parseFosterHomeListQuery, type FosterHomeListQuery } from '@/lib/validation/foster-home';

export const metadata: Metadata = { title: 'Foster homes' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function listHref(query: FosterHomeListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return s ? `/foster-homes?${s}` : '/foster-homes';
}

export default async function FosterHomesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole(rolesFor('/foster-homes'));
  const canEdit = hasRole(user.role, HOME_EDIT_ROLES);
  const query = parseFosterHomeListQuery(await searchParams);
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
      <form method="get" action="/foster-homes" role="search" className="mb-4 flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1.5 sm:max-w-sm">
          <Label htmlFor="home-q">Search homes</Label>
          <Input id="home-q" name="q" type="search" defaultValue={query.q} maxLength={100} placeholder="Home, contact or area" />
        </div>
        <Button type="submit" variant="outline">
          Search
        </Button>
        {query.q ? (
          <Button asChild variant="ghost">
            <Link href="/foster-homes">Clear</Link>
          </Button>
        ) : null}
      </form>
      <Suspense key={JSON.stringify(query)} fallback={<PageSkeleton rows={4} />}>
        <FosterHomesList canEdit={canEdit} query={query} />
      </Suspense>
    </>
  );
}

async function FosterHomesList({ canEdit, query }: { canEdit: boolean; query: FosterHomeListQuery }) {
  const { rows: homes, total } = await listFosterHomes(await getDb(), { q: query.q, page: query.page, pageSize: FOSTER_HOME_LIST_PAGE_SIZE });
  const pageCount = Math.max(1, Math.ceil(total / FOSTER_HOME_LIST_PAGE_SIZE));
  if (homes.length === 0 && (query.q || total > 0)) {
    return (
      <EmptyState title={query.q ? 'No home matches this search' : 'Nothing on this page'}>
        {query.q ? 'Try part of the name, the contact’s name or the area.' : 'The list is shorter than this page number.'}
      </EmptyState>
    );
  }
  return (
    <>
      {total > homes.length ? (
        <p className="mb-2 text-sm text-muted-foreground" role="status">
          {total} homes, page {query.page} of {pageCount}
        </p>
      ) : null}
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
              const over = h.ratCount > h.capacityRats || h.cageCount > h.capacityCages;
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
                    <span className={h.ratCount > h.capacityRats ? 'font-semibold text-destructive' : undefined}>
                      {h.ratCount} / {h.capacityRats}
                    </span>
                    {over ? <Badge variant="destructive" className="ml-2">Over capacity</Badge> : null}
                  </TableCell>
                  <TableCell>
                    <span className={h.cageCount > h.capacityCages ? 'font-semibold text-destructive' : undefined}>
                      {h.cageCount} / {h.capacityCages}
                    </span>
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
      <PagerLinks page={query.page} pageCount={pageCount} label="Pages of foster homes" hrefFor={(n) => listHref(query, n)} />
    </>
  );
}
