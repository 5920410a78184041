import type { Metadata } from 'next';
import { SessionForm } from '@/components/sessions/session-form';
import { HomeChoice } from '@/components/foster-homes/home-choice';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listReportHomes } from '@/db/queries/handling-report';
import { listHandlingRats } from '@/db/queries/handling-sessions';
import { listLitterKittenIds } from '@/db/queries/litters';
import { ratScope, requireUser } from '@/lib/authz';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Log a session' };

/**
 * `?group=<cageGroupId>` preselects a cage group; `?rat=<id>` one rat; `?litter=<id>` every kitten
 * of a litter (one session for the whole litter, each kitten's step kept). Only rats in scope are
 * offered, and only those of one home: the chosen rats' home, the foster's own, or for staff the
 * home asked for with `?home=<id>` (staff opening the form bare choose a home first).
 */
export default async function NewSessionPage({ searchParams }: { searchParams: Promise<{ group?: string; rat?: string; litter?: string; home?: string }> }) {
  const user = await requireUser();
  const { group, rat, litter, home } = await searchParams;
  const db = await getDb();
  const scope = ratScope(user);
  const litterId = parseId(litter);
  const groupId = parseId(group);
  const ratId = parseId(rat);
  const litterKittens = litter && litterId !== null ? await listLitterKittenIds(db, { litterId }) : null;
  const chosen = litterKittens
    ? await listHandlingRats(db, { scope, ratIds: litterKittens })
    : group && groupId !== null
      ? await listHandlingRats(db, { scope, cageGroupId: groupId })
      : rat && ratId !== null
        ? await listHandlingRats(db, { scope, ratIds: [ratId] })
        : [];
  // Offer the rats of the same home as the chosen ones (a foster has one home anyway); a litter's kittens only.
  const homeId = chosen[0]?.fosterHomeId ?? parseId(home) ?? user.fosterHomeId;
  if (!litterKittens && homeId === null) return <ChooseHome homes={await listReportHomes(db)} />;
  const offered = litterKittens ? chosen : await listHandlingRats(db, { scope, fosterHomeId: homeId ?? undefined });
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

/** Staff open the form without a rat or a cage: which home's rats were handled? */
function ChooseHome({ homes }: { homes: Array<{ fosterHomeId: number; name: string }> }) {
  return (
    <>
      <PageHeader title="Log a session" description="Choose the foster home whose rats were handled, or open a rat or a cage group and log from there." />
      <HomeChoice id="session-home" action="/sessions/new" homes={homes} value={null} first="Choose a home" submit="Show its rats" required />
    </>
  );
}
