import type { Metadata } from 'next';
import { SessionForm } from '@/components/sessions/session-form';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listHandlingRats } from '@/db/queries/handling-sessions';
import { listLitterKittenIds } from '@/db/queries/litters';
import { ratScope, requireUser } from '@/lib/authz';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Log a session' };

/**
 * `?group=<cageGroupId>` preselects a cage group; `?rat=<id>` one rat; `?litter=<id>` every kitten
 * of a litter (one session for the whole litter, each kitten's step kept). Only rats in scope are offered.
 */
export default async function NewSessionPage({ searchParams }: { searchParams: Promise<{ group?: string; rat?: string; litter?: string }> }) {
  const user = await requireUser();
  const { group, rat, litter } = await searchParams;
  const db = await getDb();
  const litterId = parseId(litter);
  const litterKittens = litter && litterId !== null ? await listLitterKittenIds(db, { litterId }) : null;
  const all = await listHandlingRats(db, { scope: ratScope(user) });
  const groupId = parseId(group);
  const ratId = parseId(rat);
  const chosen = all.filter((r) => (litterKittens ? litterKittens.includes(r.id) : group ? r.cageGroupId === groupId : rat ? r.id === ratId : false));
  // Offer the rats of the same home as the chosen ones (a foster has one home anyway); a litter's kittens only.
  const homeId = chosen[0]?.fosterHomeId;
  const offered = litterKittens ? chosen : homeId ? all.filter((r) => r.fosterHomeId === homeId) : all;
  return (
    <>
      <PageHeader
        title={litterKittens ? 'Log a session for the whole litter' : 'Log a session'}
        description={litterKittens ? 'One session for every kitten: what you tried, and how far each kitten came.' : 'Who you handled, what you tried and how far each rat came.'}
      />
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
          litterId={litterKittens && litterId !== null ? litterId : undefined}
          preselected={(chosen.length ? chosen : offered.filter((r) => r.cageGroupId === offered[0].cageGroupId)).map((r) => r.id)}
        />
      )}
    </>
  );
}
