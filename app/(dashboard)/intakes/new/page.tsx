import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { IntakeForm } from '@/components/intakes/intake-form';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { listPlacementHomes } from '@/db/queries/foster-homes';
import { getPolicy } from '@/db/queries/settings';
import { requireRole } from '@/lib/authz';
import { toIsoDate } from '@/lib/domain/dates';
import { INTAKE_ROLES } from '@/lib/domain/staff-roles';

export const metadata: Metadata = { title: 'Record an intake' };

export default async function NewIntakePage() {
  await requireRole(INTAKE_ROLES);
  return (
    <>
      <PageHeader
        title="Record an intake"
        description={
          <>
            Rats arriving together, from one rat to a whole hoarding case. Back to{' '}
            <Link href="/rats" className="text-primary hover:underline">
              Rats
            </Link>
            .
          </>
        }
      />
      <Suspense fallback={<PageSkeleton rows={8} />}>
        <IntakeFormLoader />
      </Suspense>
    </>
  );
}

async function IntakeFormLoader() {
  const db = await getDb();
  const [homes, policy] = await Promise.all([listPlacementHomes(db, { canQuarantine: true }), getPolicy(db)]);
  return (
    <IntakeForm
      homes={homes.map(({ id, name, area, ratCount, capacityRats }) => ({ id, name, area, ratCount, capacityRats }))}
      today={toIsoDate(new Date())}
      quarantineDays={policy.quarantineDays}
      pregnancyWatchDays={policy.pregnancyWatchDays}
    />
  );
}
