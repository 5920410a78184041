import type { Metadata } from 'next';
import { SessionForm } from '@/components/sessions/session-form';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listHandlingRats } from '@/db/queries/handling-sessions';
import { ratScope, requireUser } from '@/lib/authz';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Log a session' };

/** `?group=<cageGroupId>` preselects a cage group; `?rat=<id>` one rat. Only rats in scope are offered. */
export default async function NewSessionPage({ searchParams }: { searchParams: Promise<{ group?: string; rat?: string }> }) {
  const user = await requireUser();
  const { group, rat } = await searchParams;
  const all = await listHandlingRats(await getDb(), { scope: ratScope(user) });
  const groupId = parseId(group);
  const ratId = parseId(rat);
  const chosen = all.filter((r) => (group ? r.cageGroupId === groupId : rat ? r.id === ratId : false));
  // Offer the rats of the same home as the chosen ones (a foster has one home anyway).
  const homeId = chosen[0]?.fosterHomeId;
  const offered = homeId ? all.filter((r) => r.fosterHomeId === homeId) : all;
  return (
    <>
      <PageHeader title="Log a session" description="Who you handled, what you tried and how far each rat came." />
      {offered.length === 0 ? (
        <EmptyState title="No rats to log for">Rats placed in your home appear here.</EmptyState>
      ) : (
        <SessionForm
          rats={offered.map((r) => ({
            id: r.id,
            name: r.name,
            code: r.code,
            cageGroupName: r.cageGroupName,
            currentStep: r.currentStep,
          }))}
          aboveTabBar={user.role === 'foster'}
          preselected={(chosen.length ? chosen : offered.filter((r) => r.cageGroupId === offered[0].cageGroupId)).map((r) => r.id)}
        />
      )}
    </>
  );
}
