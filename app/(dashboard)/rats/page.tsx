import { FileUp, Plus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { ExportCsvLink } from '@/components/rats/export-csv-link';
import { RatsTable } from '@/components/rats/rats-table';
import { RatsTableSkeleton } from '@/components/rats/rats-table-skeleton';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { getIntakeSummary, listRatsTable } from '@/db/queries/rat-table';
import { listFosterHomeOptions } from '@/db/queries/users';
import { isFoster, ratScope, requireUser, type CurrentUser } from '@/lib/authz';
import { RAT_IMPORT_ROLES } from '@/lib/domain/rat-import';
import { INTAKE_SOURCE_LABELS } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';
import { loadRatTableParams } from '@/lib/rat-table-params';
import { filtersOf, type RatTableQuery } from '@/lib/validation/rat-table';

export const metadata: Metadata = { title: 'Rats' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RatsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const query = await loadRatTableParams(searchParams);
  const canImport = (RAT_IMPORT_ROLES as readonly string[]).includes(user.role);
  return (
    <>
      <PageHeader
        title="Rats"
        description={isFoster(user) ? 'The rats placed in your home.' : 'Every rat the rescue has recorded.'}
        actions={
          <div className="flex flex-wrap gap-2">
            {canImport ? (
              <>
                <Button asChild>
                  <Link href="/intakes/new">
                    <Plus aria-hidden />
                    Record intake
                  </Link>
                </Button>
                <Button asChild variant="outline">
                  <Link href="/rats/import">
                    <FileUp aria-hidden />
                    Import CSV
                  </Link>
                </Button>
              </>
            ) : null}
            <ExportCsvLink />
          </div>
        }
      />
      <Suspense fallback={<RatsTableSkeleton />}>
        <RatsTableData user={user} query={query} />
      </Suspense>
    </>
  );
}

async function RatsTableData({ user, query }: { user: CurrentUser; query: RatTableQuery }) {
  const db = await getDb();
  const foster = isFoster(user);
  const [{ rows, total }, homes, intake] = await Promise.all([
    listRatsTable(db, {
      scope: ratScope(user),
      filters: filtersOf(query),
      sort: { by: query.sort, dir: query.dir },
      page: query.page,
      pageSize: query.size,
      after: query.after,
      before: query.before,
    }),
    foster ? null : listFosterHomeOptions(db),
    query.intake !== null && !foster ? getIntakeSummary(db, { id: query.intake }) : null,
  ]);
  const intakeLabel = intake
    ? `${intake.sourceType === 'other' && intake.sourceDetails ? intake.sourceDetails : INTAKE_SOURCE_LABELS[intake.sourceType]}, ${formatDate(intake.intakeDate)}`
    : null;
  return <RatsTable rows={rows} total={total} homes={homes} intakeLabel={intakeLabel} />;
}
