import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { CageGroupCard } from '@/components/cage-groups/cage-group-card';
import { toGroupView } from '@/components/cage-groups/group-view';
import { SafetyBadges, SexLabel } from '@/components/cage-groups/rat-badges';
import { RatStatusBadge } from '@/components/rats/rat-status-badge';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb } from '@/db/client';
import { capacityWarningsForRats } from '@/db/queries/placements';
import { listCageGroups } from '@/db/queries/cage-groups';
import { getIntake, listIntakeRats } from '@/db/queries/intakes';
import { ratScope, requireRole, type CurrentUser } from '@/lib/authz';
import { intakeTitle } from '@/lib/domain/intake';
import { PLACEMENT_ROLES } from '@/lib/domain/staff-roles';
import { INTAKE_SOURCE_LABELS } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Intake' };

export default async function IntakePage({ params, searchParams }: { params: Promise<{ intakeId: string }>; searchParams: Promise<{ recorded?: string }> }) {
  const { intakeId } = await params;
  const id = parseId(intakeId);
  if (id === null) notFound();
  const user = await requireRole(PLACEMENT_ROLES);
  const { recorded } = await searchParams;
  return (
    <Suspense fallback={<PageSkeleton rows={8} />}>
      <IntakeContent id={id} user={user} recorded={recorded === '1'} />
    </Suspense>
  );
}

async function IntakeContent({ id, user, recorded }: { id: number; user: CurrentUser; recorded: boolean }) {
  const db = await getDb();
  const scope = ratScope(user);
  const intake = await getIntake(db, { id });
  if (!intake) notFound();
  const [ratsIn, groups] = await Promise.all([listIntakeRats(db, { intakeId: id, scope }), listCageGroups(db, { intakeId: id, scope })]);
  const warnings = recorded ? await capacityWarningsForRats(db, { ratIds: ratsIn.map((r) => r.id) }) : [];
  const now = new Date();
  const live = groups.filter((g) => !g.dissolvedAt).map((g) => toGroupView(g, now));
  const codes = ratsIn.map((r) => r.code);
  const quarantineEnd = ratsIn.find((r) => r.quarantineEndOn)?.quarantineEndOn ?? null;
  const watched = ratsIn.filter((r) => r.watches.some((w) => w.kind === 'pregnancy')).length;
  const details: Array<[string, string | null]> = [
    ['Source', INTAKE_SOURCE_LABELS[intake.sourceType]],
    ['Source details', intake.sourceDetails],
    ['Reason', intake.reason],
    ['Housing before intake', intake.mixedSex ? 'Mixed-sex: males and females together' : 'Not mixed-sex'],
    ['Recorded by', intake.createdByName ? `${intake.createdByName}, ${formatDate(intake.createdAt)}` : formatDate(intake.createdAt)],
  ];

  return (
    <>
      <PageHeader
        title={intakeTitle(intake)}
        description={`Intake of ${intake.ratCount === 1 ? '1 rat' : `${intake.ratCount} rats`} on ${formatDate(intake.intakeDate)}`}
        actions={
          <Button asChild variant="outline">
            <Link href="/rats">All rats</Link>
          </Button>
        }
      />
      <div className="flex flex-col gap-6">
        {recorded ? (
          <Alert variant="success">
            <strong>Intake recorded.</strong> {codes.length === 1 ? `1 rat, ${codes[0]}` : `${codes.length} rats, ${codes[0]} to ${codes.at(-1)}`}
            {quarantineEnd ? `, in quarantine until ${formatDate(quarantineEnd)}` : ''}
            {watched ? `; ${watched === 1 ? '1 female is' : `${watched} females are`} on pregnancy watch` : ''}. Place each cage group in a home that can quarantine.
          </Alert>
        ) : null}
        {warnings.length ? (
          <Alert variant="warning" role="status">
            {warnings.join(' ')} Move a cage group to another home, or raise the capacity if the home agrees.
          </Alert>
        ) : null}

        <section aria-labelledby="intake-rats" className="flex flex-col gap-3">
          <h2 id="intake-rats" className="text-lg font-semibold">
            Rats
          </h2>
          {ratsIn.length === 0 ? (
            <EmptyState title="No rats to show">The rats of this intake are not in your view.</EmptyState>
          ) : (
            <Table aria-label="Rats of this intake">
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">Code</TableHead>
                  <TableHead scope="col">Name</TableHead>
                  <TableHead scope="col">Sex</TableHead>
                  <TableHead scope="col" className="hidden md:table-cell">
                    Born
                  </TableHead>
                  <TableHead scope="col" className="hidden lg:table-cell">
                    Variety
                  </TableHead>
                  <TableHead scope="col">Cage group</TableHead>
                  <TableHead scope="col">Safety</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {ratsIn.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell className="whitespace-nowrap font-mono text-xs">{r.code}</TableCell>
                    <TableCell>
                      <Link href={`/rats/${r.id}`} className="font-medium text-primary hover:underline">
                        {r.name}
                      </Link>
                      <span className="ml-2">
                        <RatStatusBadge status={r.status} />
                      </span>
                    </TableCell>
                    <TableCell>
                      <SexLabel sex={r.sex} />
                    </TableCell>
                    <TableCell className="hidden md:table-cell">
                      {r.birthDate ? `${formatDate(r.birthDate)}${r.birthDateEstimated ? ' (est.)' : ''}` : '—'}
                    </TableCell>
                    <TableCell className="hidden lg:table-cell">{[r.variety, r.markings].filter(Boolean).join(', ') || '—'}</TableCell>
                    <TableCell>
                      {r.groupId ? (
                        <Link href={`/cage-groups/${r.groupId}`} className="hover:underline">
                          {r.groupName}
                        </Link>
                      ) : (
                        '—'
                      )}
                      <span className="block text-xs text-muted-foreground">{r.homeName ?? 'Awaiting placement'}</span>
                    </TableCell>
                    <TableCell>
                      <SafetyBadges quarantineUntil={r.quarantineEndOn} watches={r.watches} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>

        <section aria-labelledby="intake-groups" className="flex flex-col gap-3">
          <div>
            <h2 id="intake-groups" className="text-lg font-semibold">
              Cage groups
            </h2>
            <p className="text-sm text-muted-foreground">Housed by sex so no intact male shares a cage with a female. Quarantined rats share only with their own intake.</p>
          </div>
          {live.length === 0 ? (
            <EmptyState title="No cage groups left">Every rat of this intake has moved on to another cage group.</EmptyState>
          ) : (
            <div className="grid gap-4 lg:grid-cols-2">
              {live.map((g) => (
                <CageGroupCard
                  key={g.id}
                  group={g}
                  showHome
                  action={
                    <Button asChild size="sm" variant={g.fosterHomeId ? 'outline' : 'default'}>
                      <Link href={`/cage-groups/${g.id}#move-group`} aria-label={`${g.fosterHomeId ? 'Move' : 'Place'} ${g.name}`}>
                        {g.fosterHomeId ? 'Move' : 'Place'}
                      </Link>
                    </Button>
                  }
                />
              ))}
            </div>
          )}
        </section>

        <Card>
          <CardContent className="p-5">
            <h2 className="mb-3 text-lg font-semibold">Intake details</h2>
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
              {details.map(([label, value]) => (
                <div key={label}>
                  <dt className="text-xs uppercase tracking-wide text-muted-foreground">{label}</dt>
                  <dd className="font-medium">{value ?? '—'}</dd>
                </div>
              ))}
            </dl>
            {intake.notes ? <p className="mt-4 whitespace-pre-line text-sm">{intake.notes}</p> : null}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
