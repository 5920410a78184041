import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { SoloWarning } from '@/components/cage-groups/cage-group-card';
import { SafetyBadges, SexLabel } from '@/components/cage-groups/rat-badges';
import { MoveRatForm } from '@/components/placements/move-rat-form';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { listCageGroupTargets, listGroupMembers } from '@/db/queries/cage-groups';
import { listPlacementHomes } from '@/db/queries/foster-homes';
import { getRatHousing } from '@/db/queries/placements';
import { ratScope, requireRole, type CurrentUser } from '@/lib/authz';
import { canMoveRat, inQuarantine, soloWarning } from '@/lib/domain/placements';
import { PLACEMENT_ROLES } from '@/lib/domain/staff-roles';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Move a rat' };

export default async function MoveRatPage({ params }: { params: Promise<{ ratId: string }> }) {
  const { ratId } = await params;
  const id = parseId(ratId);
  if (id === null) notFound();
  const user = await requireRole(PLACEMENT_ROLES);
  return (
    <Suspense fallback={<PageSkeleton rows={5} />}>
      <MoveRatContent id={id} user={user} />
    </Suspense>
  );
}

async function MoveRatContent({ id, user }: { id: number; user: CurrentUser }) {
  const db = await getDb();
  const scope = ratScope(user);
  const rat = await getRatHousing(db, { ratId: id, scope });
  if (!rat) notFound();
  const now = new Date();
  const [groups, homes, members] = await Promise.all([
    listCageGroupTargets(db),
    listPlacementHomes(db),
    rat.groupId ? listGroupMembers(db, { groupIds: [rat.groupId], scope }) : new Map(),
  ]);
  const cageMates = rat.groupId ? (members.get(rat.groupId) ?? []) : [];
  const alone = rat.groupName ? soloWarning({ name: rat.groupName, members: cageMates }, now) !== null : false;
  const movable = canMoveRat(rat);
  const quarantineUntil = inQuarantine(rat, now) ? rat.quarantine!.plannedEndOn : null;

  return (
    <>
      <PageHeader
        title={`Move ${rat.name}`}
        description={
          <>
            <span className="font-mono">{rat.code}</span> ·{' '}
            <Link href={`/rats/${rat.id}`} className="text-primary hover:underline">
              Back to {rat.name}
            </Link>
          </>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_24rem]">
        <Card>
          <CardHeader>
            <CardTitle>Where {rat.name} lives now</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
              <div>
                <dt className="text-xs uppercase tracking-wide text-muted-foreground">Foster home</dt>
                <dd className="font-medium">
                  {rat.fosterHomeId ? (
                    <Link href={`/foster-homes/${rat.fosterHomeId}`} className="text-primary hover:underline">
                      {rat.homeName}
                    </Link>
                  ) : (
                    'Awaiting placement'
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-xs uppercase tracking-wide text-muted-foreground">Cage group</dt>
                <dd className="font-medium">
                  {rat.groupId ? (
                    <Link href={`/cage-groups/${rat.groupId}`} className="text-primary hover:underline">
                      {rat.groupName}
                    </Link>
                  ) : (
                    'None'
                  )}
                  {rat.groupId ? <span className="block text-sm font-normal text-muted-foreground">{cageMates.length === 1 ? 'On their own' : `With ${cageMates.length - 1} other rat${cageMates.length === 2 ? '' : 's'}`}</span> : null}
                </dd>
              </div>
              <div>
                <dt className="text-xs uppercase tracking-wide text-muted-foreground">Sex</dt>
                <dd className="font-medium">
                  <SexLabel sex={rat.sex} />
                </dd>
              </div>
              <div>
                <dt className="text-xs uppercase tracking-wide text-muted-foreground">Safety</dt>
                <dd>
                  <SafetyBadges quarantineUntil={quarantineUntil} watches={[]} />
                  {quarantineUntil ? null : <span className="text-sm">Not in quarantine</span>}
                </dd>
              </div>
            </dl>
            {alone ? <SoloWarning name={rat.name} /> : null}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Move to</CardTitle>
            <CardDescription>Another cage group in this home or another; the placement follows when the home changes.</CardDescription>
          </CardHeader>
          <CardContent>
            {movable.ok ? (
              <MoveRatForm
                ratId={rat.id}
                ratName={rat.name}
                currentGroupId={rat.groupId}
                groups={groups}
                homes={homes.map(({ id: homeId, name, canQuarantine }) => ({ id: homeId, name, canQuarantine }))}
              />
            ) : (
              <Alert>{movable.reason}</Alert>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
