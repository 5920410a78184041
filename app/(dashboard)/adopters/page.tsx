import { Plus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { ADOPTER_EXPERIENCE_LABELS, APPROVAL_LABELS, APPROVAL_VARIANTS } from '@/components/adopters/labels';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb } from '@/db/client';
import { listAdopters } from '@/db/queries/adopters';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { ADOPTER_APPROVALS } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';
import { ADOPTER_LIST_PAGE_SIZE, parseAdopterListQuery, type AdopterListQuery } from '@/lib/validation/adopter';

export const metadata: Metadata = { title: 'Adopters' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function href(query: AdopterListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.approval) params.set('approval', query.approval);
  if (query.rats) params.set('rats', query.rats);
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return s ? `/adopters?${s}` : '/adopters';
}

export default async function AdoptersPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRole(rolesFor('/adopters'));
  const query = parseAdopterListQuery(await searchParams);
  return (
    <>
      <PageHeader
        title="Adopters"
        description="People who applied to adopt, their approval and their adoptions."
        actions={
          <Button asChild>
            <Link href="/adopters/new">
              <Plus aria-hidden />
              New application
            </Link>
          </Button>
        }
      />
      <form method="get" action="/adopters" role="search" className="mb-4 grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="q">Search</Label>
          <Input id="q" name="q" type="search" defaultValue={query.q} placeholder="Name, email, phone or area" />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="approval">Approval</Label>
          <NativeSelect id="approval" name="approval" defaultValue={query.approval ?? ''}>
            <option value="">Any</option>
            {ADOPTER_APPROVALS.map((a) => (
              <option key={a} value={a}>
                {APPROVAL_LABELS[a]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="rats">Their own rats</Label>
          <NativeSelect id="rats" name="rats" defaultValue={query.rats ?? ''}>
            <option value="">Any</option>
            <option value="with">Has rats</option>
            <option value="without">No rats</option>
          </NativeSelect>
        </div>
        <div className="flex gap-2">
          <Button type="submit">Filter</Button>
          {query.q || query.approval || query.rats ? (
            <Button asChild variant="ghost">
              <Link href="/adopters">Clear</Link>
            </Button>
          ) : null}
        </div>
      </form>
      <Suspense key={JSON.stringify(query)} fallback={<PageSkeleton rows={8} />}>
        <AdoptersList query={query} />
      </Suspense>
    </>
  );
}

async function AdoptersList({ query }: { query: AdopterListQuery }) {
  const db = await getDb();
  const { rows, total } = await listAdopters(db, { filters: query, page: query.page, pageSize: ADOPTER_LIST_PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / ADOPTER_LIST_PAGE_SIZE));
  const filtered = !!(query.q || query.approval || query.rats);
  if (total === 0) {
    return (
      <EmptyState title={filtered ? 'No adopter matches these filters' : 'No applications yet'}>
        {filtered ? 'Try another search, or clear the filters.' : 'Record the first application with “New application”.'}
      </EmptyState>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted-foreground" role="status" aria-live="polite">
        {total === 1 ? '1 adopter' : `${total} adopters`}
        {pages > 1 ? `, page ${query.page} of ${pages}` : ''}
      </p>
      <Table aria-label="Adopters">
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Approval</TableHead>
            <TableHead className="hidden md:table-cell">Area</TableHead>
            <TableHead className="hidden md:table-cell">Experience</TableHead>
            <TableHead>Own rats</TableHead>
            <TableHead className="hidden sm:table-cell">Adopted</TableHead>
            <TableHead className="hidden lg:table-cell">Applied</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((a) => (
            <TableRow key={a.id}>
              <TableCell>
                <Link href={`/adopters/${a.id}`} className="font-medium text-primary hover:underline">
                  {a.name}
                </Link>
                {a.email ? <span className="block text-xs text-muted-foreground">{a.email}</span> : null}
              </TableCell>
              <TableCell>
                <Badge variant={APPROVAL_VARIANTS[a.approval]}>{APPROVAL_LABELS[a.approval]}</Badge>
              </TableCell>
              <TableCell className="hidden md:table-cell">{a.area ?? '—'}</TableCell>
              <TableCell className="hidden md:table-cell">{ADOPTER_EXPERIENCE_LABELS[a.experience]}</TableCell>
              <TableCell>{a.existingRatsCount}</TableCell>
              <TableCell className="hidden sm:table-cell">{a.adoptedCount ? `${a.adoptedCount} rats` : '—'}</TableCell>
              <TableCell className="hidden lg:table-cell">{formatDate(a.createdAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex items-center justify-end gap-2">
          {query.page > 1 ? (
            <Button asChild variant="outline" size="sm">
              <Link href={href(query, query.page - 1)}>Previous</Link>
            </Button>
          ) : null}
          {query.page < pages ? (
            <Button asChild variant="outline" size="sm">
              <Link href={href(query, query.page + 1)}>Next</Link>
            </Button>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
