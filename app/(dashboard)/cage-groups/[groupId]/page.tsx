import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { MemberList, SoloWarning } from '@/components/cage-groups/cage-group-card';
import { toGroupView } from '@/components/cage-groups/group-view';
import { SoloBadge } from '@/components/cage-groups/rat-badges';
import { AddRatForm } from '@/components/placements/add-rat-form';
import { MoveGroupForm } from '@/components/placements/move-group-form';
import { ListingCard } from '@/components/public-listing/listing-card';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { getCageGroup, listMovableRats } from '@/db/queries/cage-groups';
import { listPlacementHomes } from '@/db/queries/foster-homes';
import { getPolicy } from '@/db/queries/settings';
import { ratScope, requireRole, type CurrentUser } from '@/lib/authz';
import { hormonalMalesWarning } from '@/lib/domain/sex-safety';
import { hasRole, LISTING_ROLES, PLACEMENT_ROLES } from '@/lib/domain/staff-roles';
import { formatDate } from '@/lib/format';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Cage group' };

export default async function CageGroupPage({ params, searchParams }: { params: Promise<{ groupId: string }>; searchParams: Promise<{ created?: string }> }) {
  const { groupId } = await params;
  const id = parseId(groupId);
  if (id === null) notFound();
  const user = await requireRole(PLACEMENT_ROLES);
  const { created } = await searchParams;
  return (
    <Suspense fallback={<PageSkeleton rows={6} />}>
      <CageGroupContent id={id} user={user} created={created === '1'} />
    </Suspense>
  );
}

async function CageGroupContent({ id, user, created }: { id: number; user: CurrentUser; created: boolean }) {
  const db = await getDb();
  const scope = ratScope(user);
  const group = await getCageGroup(db, { id, scope });
  if (!group) notFound();
  const [homes, movable, policy] = await Promise.all([listPlacementHomes(db), group.dissolvedAt ? [] : listMovableRats(db, { scope }), getPolicy(db)]);
  const now = new Date();
  const view = toGroupView(group, now);
  const hormonalMales = hormonalMalesWarning(group.members, now, policy);
  const quarantined = view.members.some((m) => m.quarantineUntil !== null);
  const home = group.homeName ? (
    <>
      At{' '}
      <Link href={`/foster-homes/${group.fosterHomeId}`} className="font-medium text-primary hover:underline">
        {group.homeName}
      </Link>
    </>
  ) : (
    'Awaiting placement in a foster home'
  );

  return (
    <>
      <PageHeader
        title={group.name}
        actions={
          group.dissolvedAt ? null : (
            <Button asChild variant="outline">
              <Link href={`/introductions/new?a=group:${group.id}`}>Plan an introduction</Link>
            </Button>
          )
        }
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{home}</span>
            {group.homeCanQuarantine ? <Badge variant="info">Can quarantine</Badge> : null}
            {group.intakeId ? (
              <Link href={`/intakes/${group.intakeId}`} className="text-primary hover:underline">
                From an intake
              </Link>
            ) : null}
            {view.soloRatName ? <SoloBadge /> : null}
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="flex flex-col gap-4">
          {created ? <Alert variant="success">Cage group set up. Move rats into it with the form on this page.</Alert> : null}
          {group.dissolvedAt ? <Alert>This cage group closed on {formatDate(group.dissolvedAt)} when its last rat moved out.</Alert> : null}
          {!group.fosterHomeId && !group.dissolvedAt ? (
            <Alert variant="warning">These rats are waiting for their first foster home. Place the cage group in a home that can quarantine.</Alert>
          ) : null}
          {view.soloRatName ? <SoloWarning name={view.soloRatName} /> : null}
          {hormonalMales ? <Alert variant="warning">{hormonalMales}</Alert> : null}
          <Card>
            <CardHeader>
              <CardTitle>Rats</CardTitle>
              <CardDescription>{view.members.length === 1 ? '1 rat lives here.' : `${view.members.length} rats live here.`} Use “Move” to move just one rat.</CardDescription>
            </CardHeader>
            <CardContent>
              <MemberList group={view} moveLinks={!group.dissolvedAt} />
            </CardContent>
          </Card>
          {group.notes ? (
            <Card>
              <CardContent className="p-5 text-sm">
                <p className="whitespace-pre-line">{group.notes}</p>
              </CardContent>
            </Card>
          ) : null}
        </div>
        {group.dissolvedAt ? null : (
          <div className="flex flex-col gap-4">
            {hasRole(user.role, LISTING_ROLES) ? <ListingCard target={{ cageGroupId: group.id }} /> : null}
            <Card id="move-group" className="scroll-mt-20">
              <CardHeader>
                <CardTitle>{group.fosterHomeId ? 'Move this cage group to another home' : 'Place this cage group in a home'}</CardTitle>
                <CardDescription>All its rats move together; each rat’s placement history is kept.</CardDescription>
              </CardHeader>
              <CardContent>
                <MoveGroupForm groupId={group.id} currentHomeId={group.fosterHomeId} homes={homes} quarantined={quarantined} />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>Move a rat into this group</CardTitle>
                <CardDescription>From another cage group in any home.</CardDescription>
              </CardHeader>
              <CardContent>
                {group.fosterHomeId ? (
                  <AddRatForm
                    groupId={group.id}
                    rats={movable.filter((r) => r.groupId !== group.id).map(({ id: ratId, code, name, sex, homeName, groupName }) => ({ id: ratId, code, name, sex, homeName, groupName }))}
                  />
                ) : (
                  <p className="text-sm text-muted-foreground">Place this cage group in a home first; then other rats can join it.</p>
                )}
              </CardContent>
            </Card>
          </div>
        )}
      </div>
    </>
  );
}
