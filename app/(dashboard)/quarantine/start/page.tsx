import type { Metadata } from 'next';
import { BackLink } from '@/components/ui/back-link';
import { Card, CardContent } from '@/components/ui/card';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { StartQuarantineForm } from '@/components/quarantine/start-quarantine-form';
import { getDb } from '@/db/client';
import { listOpenCohorts, listRatsForQuarantineStart } from '@/db/queries/quarantines';
import { getPolicy } from '@/db/queries/settings';
import { requireRole } from '@/lib/authz';
import { toIsoDate } from '@/lib/domain/dates';
import { MANUAL_QUARANTINE_REASONS, QUARANTINE_REASON_LABELS, quarantineDaysFor } from '@/lib/domain/quarantine';

export const metadata: Metadata = { title: 'Start a quarantine' };

export default async function StartQuarantinePage({ searchParams }: { searchParams: Promise<{ ratId?: string; reason?: string; startedOn?: string }> }) {
  await requireRole(['admin', 'coordinator']);
  const params = await searchParams;
  const db = await getDb();
  const [rats, cohorts, policy] = await Promise.all([listRatsForQuarantineStart(db), listOpenCohorts(db), getPolicy(db)]);
  const reasons = MANUAL_QUARANTINE_REASONS.map((value) => ({ value, label: QUARANTINE_REASON_LABELS[value], days: quarantineDaysFor(value, policy) }));
  const today = toIsoDate(new Date());
  return (
    <>
      <BackLink href="/quarantine">Quarantine</BackLink>
      <PageHeader
        title="Start a quarantine"
        description="For a rat already in care: back from a show or exposed to sick rats, ill, or returned from adoption. Intakes start their own."
      />
      {rats.length === 0 ? (
        <EmptyState title="No rat to quarantine">Every rat in care is already in quarantine, or no rat is in care.</EmptyState>
      ) : (
        <Card>
          <CardContent className="p-5">
            <StartQuarantineForm
              rats={rats}
              reasons={reasons}
              cohorts={cohorts}
              defaults={{
                ratId: params.ratId ?? '',
                reason: reasons.some((r) => r.value === params.reason) ? params.reason! : '',
                startedOn: params.startedOn && /^\d{4}-\d{2}-\d{2}$/.test(params.startedOn) ? params.startedOn : today,
              }}
            />
          </CardContent>
        </Card>
      )}
    </>
  );
}
