import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RatStatusBadge } from '@/components/rats/rat-status-badge';
import { Card, CardContent } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { getRatInScope } from '@/db/queries/rats';
import { ratScope, requireUser } from '@/lib/authz';
import { humanize } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Rat' };

export default async function RatPage({ params }: { params: Promise<{ ratId: string }> }) {
  const { ratId } = await params;
  const id = Number(ratId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const user = await requireUser();
  const rat = await getRatInScope(await getDb(), { id, scope: ratScope(user) });
  if (!rat) notFound();
  const facts: Array<[string, string]> = [
    ['Rescue code', rat.code],
    ['Sex', humanize(rat.sex)],
    ['Born', rat.birthDate ? `${formatDate(rat.birthDate)}${rat.birthDateEstimated ? ' (estimated)' : ''}` : 'Unknown'],
    ['Neutered', rat.neuteredOn ? formatDate(rat.neuteredOn) : 'No'],
    ['Variety', rat.variety ?? '—'],
    ['Markings', rat.markings ?? '—'],
    ['Foster home', rat.homeName ?? '—'],
  ];
  return (
    <>
      <PageHeader title={rat.name} description={<RatStatusBadge status={rat.status} />} />
      <Card>
        <CardContent className="p-5">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-xs uppercase tracking-wide text-muted-foreground">{label}</dt>
                <dd className="font-medium">{value}</dd>
              </div>
            ))}
          </dl>
          {rat.notes ? <p className="mt-4 whitespace-pre-line text-sm">{rat.notes}</p> : null}
        </CardContent>
      </Card>
    </>
  );
}
