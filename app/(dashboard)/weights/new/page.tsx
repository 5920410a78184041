import type { Metadata } from 'next';
import { WeightsForm } from '@/components/offline/weights-form';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listHandlingRats } from '@/db/queries/handling-sessions';
import { ratScope, requireRole } from '@/lib/authz';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Record weights' };

/**
 * A foster weighs a cage group (`?group=<id>`) or one rat (`?rat=<id>`) on the scale: each weight
 * is kept on the phone and sent at once, or when the signal returns. Staff record weights on a
 * rat's health page.
 */
export default async function NewWeightsPage({ searchParams }: { searchParams: Promise<{ group?: string; rat?: string }> }) {
  const user = await requireRole(['foster']);
  const { group, rat } = await searchParams;
  const all = await listHandlingRats(await getDb(), { scope: ratScope(user) });
  const groupId = parseId(group);
  const ratId = parseId(rat);
  const chosen = all.filter((r) => (group ? r.cageGroupId === groupId : rat ? r.id === ratId : true));
  return (
    <>
      <PageHeader title="Record weights" description="Weigh each rat and type the grams. Leave a rat empty to skip it." />
      {chosen.length === 0 ? (
        <EmptyState title="No rats to weigh">Rats placed in your home appear here.</EmptyState>
      ) : (
        <WeightsForm rats={chosen.map((r) => ({ id: r.id, name: r.name }))} />
      )}
    </>
  );
}
