import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { RatImportWizard } from '@/components/rats/import/rat-import-wizard';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { listRescueCodes } from '@/db/queries/rat-import';
import { listFosterHomeOptions } from '@/db/queries/users';
import { requireRole } from '@/lib/authz';
import { PRODUCT_NAME } from '@/lib/brand';
import { RAT_IMPORT_ROLES } from '@/lib/domain/rat-import';

export const metadata: Metadata = { title: 'Import rats' };

export default async function RatImportPage() {
  await requireRole(RAT_IMPORT_ROLES);
  return (
    <>
      <PageHeader
        title="Import rats from a spreadsheet"
        description={
          <>
            Bring a rescue’s existing rat list into {PRODUCT_NAME} in one go. The rats are grouped as one intake so you can find them again.{' '}
            <Link href="/rats" className="text-primary underline-offset-4 hover:underline">
              Back to rats
            </Link>
          </>
        }
      />
      <Suspense fallback={<PageSkeleton rows={4} />}>
        <ImportData />
      </Suspense>
    </>
  );
}

async function ImportData() {
  const db = await getDb();
  const [homes, codes] = await Promise.all([listFosterHomeOptions(db), listRescueCodes(db)]);
  return <RatImportWizard homes={homes} existingCodes={codes} />;
}
