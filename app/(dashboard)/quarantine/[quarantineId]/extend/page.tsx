import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/ui/back-link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ExtendQuarantineForm } from '@/components/quarantine/extend-quarantine-form';
import { getDb } from '@/db/client';
import { getOpenQuarantine } from '@/db/queries/quarantines';
import { requireRole } from '@/lib/authz';
import { addDays } from '@/lib/domain/dates';
import { formatShortDate, QUARANTINE_REASON_LABELS, quarantineClock } from '@/lib/domain/quarantine';

export const metadata: Metadata = { title: 'Extend a quarantine' };

export default async function ExtendQuarantinePage({ params }: { params: Promise<{ quarantineId: string }> }) {
  const { quarantineId } = await params;
  const id = Number(quarantineId);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  await requireRole(['admin', 'coordinator']);
  const q = await getOpenQuarantine(await getDb(), { id });
  if (!q) notFound();
  const clock = quarantineClock(q, new Date());
  return (
    <>
      <BackLink href="/quarantine">Quarantine</BackLink>
      <PageHeader title={`Extend ${q.ratName}’s quarantine`} description="When the rat is not ready for release: say why, and the new planned end." />
      <Card className="max-w-2xl">
        <CardHeader>
          <CardTitle>
            {QUARANTINE_REASON_LABELS[q.reason]} quarantine, planned end {formatShortDate(q.plannedEndOn)}
          </CardTitle>
          <CardDescription>
            Started {formatShortDate(q.startedOn)}
            {q.restartReason ? `, restarted after ${q.restartReason}` : ''}. {clock.label}.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ExtendQuarantineForm quarantineId={q.id} suggestedEnd={addDays(q.plannedEndOn, 7)} />
        </CardContent>
      </Card>
    </>
  );
}
