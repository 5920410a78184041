import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { AuditList } from '@/components/audit/audit-list';
import { CageGroupCard } from '@/components/cage-groups/cage-group-card';
import { toGroupView } from '@/components/cage-groups/group-view';
import { NewCageGroupForm } from '@/components/cage-groups/new-cage-group-form';
import { HomeActiveForm } from '@/components/foster-homes/home-active-form';
import { ACCEPTS_LABELS, EXPERIENCE_LABELS, OTHER_PET_LABELS } from '@/components/foster-homes/labels';
import { OccupancyMeter } from '@/components/foster-homes/occupancy-meter';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { listAudit } from '@/db/queries/audit';
import { listCageGroups, listHomeRatsWithoutGroup } from '@/db/queries/cage-groups';
import { getFosterHome } from '@/db/queries/foster-homes';
import { ratScope, requireRole, type CurrentUser } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { occupancyState } from '@/lib/domain/foster-homes';
import { hasRole, HOME_EDIT_ROLES, PLACEMENT_ROLES } from '@/lib/domain/staff-roles';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Foster home' };

const SAVED: Record<string, string> = {
  created: 'Foster home added. Set up its cage groups below, or place rats here from a cage group’s page.',
  edited: 'Changes saved.',
  unchanged: 'Nothing had changed, so nothing was saved.',
};

export default async function FosterHomePage({ params, searchParams }: { params: Promise<{ homeId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { homeId } = await params;
  const id = parseId(homeId);
  if (id === null) notFound();
  const user = await requireRole(rolesFor('/foster-homes'));
  const { saved } = await searchParams;
  return (
    <Suspense fallback={<PageSkeleton rows={8} stats />}>
      <FosterHomeContent id={id} user={user} saved={saved && Object.hasOwn(SAVED, saved) ? SAVED[saved] : undefined} />
    </Suspense>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-muted-foreground">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

async function FosterHomeContent({ id, user, saved }: { id: number; user: CurrentUser; saved?: string }) {
  const db = await getDb();
  const scope = ratScope(user);
  const home = await getFosterHome(db, { id });
  if (!home) notFound();
  const [groups, loose, history] = await Promise.all([
    listCageGroups(db, { fosterHomeId: id, scope }),
    listHomeRatsWithoutGroup(db, { fosterHomeId: id, scope }),
    listAudit(db, { fosterHomeId: id, limit: 100 }),
  ]);
  const now = new Date();
  const views = groups.map((g) => toGroupView(g, now));
  const solos = views.filter((g) => g.soloRatName);
  const occupancy = occupancyState(home);
  const canEdit = hasRole(user.role, HOME_EDIT_ROLES);
  const canHouse = hasRole(user.role, PLACEMENT_ROLES) && home.active;

  return (
    <>
      <PageHeader
        title={home.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>
              {home.area} · {home.contactName}
            </span>
            {home.canQuarantine ? <Badge variant="info">Can quarantine</Badge> : <Badge variant="outline">Cannot quarantine</Badge>}
            {!home.active ? <Badge variant="outline">Inactive</Badge> : null}
          </span>
        }
        actions={
          <>
            <Button asChild variant="outline">
              <Link href="/foster-homes">All homes</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={`/foster-homes/${home.id}/care-sheet`}>Care sheet</Link>
            </Button>
            {canEdit ? (
              <Button asChild>
                <Link href={`/foster-homes/${home.id}/edit`}>Edit</Link>
              </Button>
            ) : null}
          </>
        }
      />
      <div className="flex flex-col gap-6">
        {saved ? <Alert variant="success">{saved}</Alert> : null}
        {!home.active ? <Alert>This home is inactive: no rat can be placed here until it is reactivated.</Alert> : null}
        {occupancy.over ? (
          <Alert variant="warning">
            <strong>{occupancy.message}</strong> Move a cage group to another home, or raise the capacity if the home has room.
          </Alert>
        ) : null}
        {solos.length > 0 ? (
          <Alert variant="warning">
            <strong>{solos.length === 1 ? `${solos[0].soloRatName} is living alone` : `${solos.length} rats are living alone`}.</strong> Rats must never be kept alone: plan an
            introduction or move a companion in.
          </Alert>
        ) : null}

        <div className="grid gap-4 sm:grid-cols-3">
          <OccupancyMeter label="Rats" used={home.ratCount} capacity={home.capacityRats} unit="places" />
          <OccupancyMeter label="Cage groups" used={home.cageCount} capacity={home.capacityCages} unit="cages" />
          <div className="rounded-lg border bg-card p-4">
            <p className="text-sm text-muted-foreground">Quarantine</p>
            <p className="mt-1 text-lg font-semibold">{home.canQuarantine ? 'Separate airspace' : 'No separate airspace'}</p>
            <p className="text-xs text-muted-foreground">{home.canQuarantine ? 'Can take new arrivals and rats in quarantine.' : 'Takes no rat in quarantine.'}</p>
          </div>
        </div>

        <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
          <section aria-labelledby="home-groups" className="flex flex-col gap-4">
            <h2 id="home-groups" className="text-lg font-semibold">
              Cage groups
            </h2>
            {views.length === 0 ? (
              <EmptyState title="No cage groups here yet">Set one up, or place an intake’s cage group here from its page.</EmptyState>
            ) : (
              <div className="grid gap-4 xl:grid-cols-2">
                {views.map((g) => (
                  <CageGroupCard key={g.id} group={g} />
                ))}
              </div>
            )}
            {loose.length > 0 ? (
              <Alert variant="warning">
                Placed here but in no cage group:{' '}
                {loose.map((r, i) => (
                  <span key={r.id}>
                    {i > 0 ? ', ' : ''}
                    <Link href={`/rats/${r.id}/move`} className="font-medium underline">
                      {r.name}
                    </Link>
                  </span>
                ))}
                . Move each into a cage group.
              </Alert>
            ) : null}
            {canHouse ? (
              <Card>
                <CardHeader>
                  <CardTitle>New cage group</CardTitle>
                  <CardDescription>For rats that will live together in one cage here, any number of them.</CardDescription>
                </CardHeader>
                <CardContent>
                  <NewCageGroupForm fosterHomeId={home.id} />
                </CardContent>
              </Card>
            ) : null}
          </section>

          <aside className="flex flex-col gap-4">
            <Card>
              <CardHeader>
                <CardTitle>Household</CardTitle>
              </CardHeader>
              <CardContent>
                <dl className="grid gap-3 text-sm">
                  <Fact label="Contact">{home.contactName}</Fact>
                  <Fact label="Email">{home.email ? <a href={`mailto:${home.email}`} className="text-primary hover:underline">{home.email}</a> : '—'}</Fact>
                  <Fact label="Phone">{home.phone ? <a href={`tel:${home.phone.replace(/\s/g, '')}`} className="text-primary hover:underline">{home.phone}</a> : '—'}</Fact>
                  <Fact label="Experience">{EXPERIENCE_LABELS[home.experienceLevel]}</Fact>
                  <Fact label="Other pets">
                    {home.otherPets.length ? (
                      <span className="flex flex-wrap gap-1">
                        {home.otherPets.map((p) => (
                          <Badge key={p} variant="warning">
                            {OTHER_PET_LABELS[p]}
                          </Badge>
                        ))}
                      </span>
                    ) : (
                      'None'
                    )}
                  </Fact>
                  <Fact label="Children">{home.hasChildren ? 'Yes' : 'No'}</Fact>
                  <Fact label="Accepts">{home.accepts.length ? home.accepts.map((a) => ACCEPTS_LABELS[a]).join(', ') : 'Nothing special yet'}</Fact>
                </dl>
                {home.notes ? <p className="mt-4 whitespace-pre-line border-t pt-3 text-sm">{home.notes}</p> : null}
              </CardContent>
            </Card>
            {canEdit ? (
              <Card>
                <CardHeader>
                  <CardTitle>{home.active ? 'Deactivate' : 'Reactivate'}</CardTitle>
                  <CardDescription>
                    {home.active ? 'When a household stops fostering. Its history is kept; move its rats elsewhere first.' : 'When the household can foster again.'}
                  </CardDescription>
                </CardHeader>
                <CardContent>
                  <HomeActiveForm homeId={home.id} version={home.version} active={home.active} />
                </CardContent>
              </Card>
            ) : null}
          </aside>
        </div>

        <section aria-labelledby="home-history" className="flex flex-col gap-3">
          <h2 id="home-history" className="text-lg font-semibold">
            History
          </h2>
          <AuditList items={history.map((h) => ({ id: h.id, at: h.at.toISOString(), summary: h.summary, actorName: h.actorName, changes: h.changes }))} />
        </section>
      </div>
    </>
  );
}
