import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { toGroupView } from '@/components/cage-groups/group-view';
import { BackLink } from '@/components/ui/back-link';
import { EmptyState } from '@/components/ui/page-header';
import { PrintButton } from '@/components/ui/print-button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb } from '@/db/client';
import { listCageGroups } from '@/db/queries/cage-groups';
import { getFosterHome } from '@/db/queries/foster-homes';
import { listHomeMedications } from '@/db/queries/health-events';
import { PRODUCT_NAME } from '@/lib/brand';
import { ratScope, requireUser } from '@/lib/authz';
import { toIsoDate } from '@/lib/domain/dates';
import { isMedicationRunning } from '@/lib/domain/handling-plan';
import { hasRole, PLACEMENT_ROLES } from '@/lib/domain/staff-roles';
import { humanize } from '@/lib/domain/vocabulary';
import { WATCH_KIND_LABELS } from '@/lib/domain/watches';
import { formatDate } from '@/lib/format';
import { parseId } from '@/lib/validation/ids';

type PageProps = { params: Promise<{ homeId: string }> };

/** The home, if the signed-in user may see its sheet: office roles any home, a foster only their own. */
const loadHome = cache(async (homeId: string) => {
  const id = parseId(homeId);
  if (id === null) return null;
  const user = await requireUser();
  if (!hasRole(user.role, PLACEMENT_ROLES) && user.fosterHomeId !== id) return null;
  const home = await getFosterHome(await getDb(), { id });
  return home ? { user, home } : null;
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const found = await loadHome((await params).homeId);
  return { title: found ? `Care sheet: ${found.home.name}` : 'Care sheet' };
}

/**
 * A foster home's care sheet, to print and pin by the cages: every cage group with its rats,
 * quarantine end days and watches, and the medication courses running today.
 */
export default async function CareSheetPage({ params }: PageProps) {
  const found = await loadHome((await params).homeId);
  if (!found) notFound();
  const { user, home } = found;
  const db = await getDb();
  const now = new Date();
  const today = toIsoDate(now);
  const [groups, medications] = await Promise.all([
    listCageGroups(db, { fosterHomeId: home.id, scope: ratScope(user) }),
    listHomeMedications(db, { fosterHomeId: home.id, today }),
  ]);
  const views = groups.map((g) => toGroupView(g, now)).filter((g) => g.members.length > 0);
  const running = medications.filter((m) => isMedicationRunning(m, today));
  const office = hasRole(user.role, PLACEMENT_ROLES);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <BackLink href={office ? `/foster-homes/${home.id}` : '/dashboard'}>{office ? home.name : 'Dashboard'}</BackLink>
        <PrintButton />
      </div>
      <article className="mx-auto flex max-w-4xl flex-col gap-6" aria-labelledby="sheet-title">
        <header>
          <p className="text-sm text-muted-foreground">
            {PRODUCT_NAME} · care sheet · printed {formatDate(now)}
          </p>
          <h1 id="sheet-title" className="text-2xl font-semibold tracking-tight">
            {home.name}
          </h1>
          <p className="text-sm">{[home.contactName, home.phone, home.area].filter(Boolean).join(' · ')}</p>
        </header>

        <section aria-labelledby="sheet-medication" className="break-inside-avoid">
          <h2 id="sheet-medication" className="mb-3 text-lg font-semibold">
            Medication due
          </h2>
          {running.length === 0 ? (
            <p className="text-sm">No rat here is on medication today.</p>
          ) : (
            <Table label="Medication due">
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">Rat</TableHead>
                  <TableHead scope="col">Medication and dose</TableHead>
                  <TableHead scope="col">Course</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {running.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell>
                      <span className="font-medium">{m.ratName}</span> <span className="font-mono text-xs">{m.ratCode}</span>
                    </TableCell>
                    <TableCell>{[m.medication, m.dose].filter(Boolean).join(', ') || 'Not named'}</TableCell>
                    <TableCell>
                      {formatDate(m.courseStartOn ?? m.occurredOn)} to {m.courseEndOn ? formatDate(m.courseEndOn) : 'no end day given'}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>

        <section aria-labelledby="sheet-groups" className="flex flex-col gap-4">
          <h2 id="sheet-groups" className="text-lg font-semibold">
            Cage groups and rats
          </h2>
          {views.length === 0 ? <EmptyState title="No rats live here now" /> : null}
          {views.map((g) => (
            <section key={g.id} aria-labelledby={`sheet-group-${g.id}`} className="break-inside-avoid">
              <h3 id={`sheet-group-${g.id}`} className="mb-2 font-semibold">
                {g.name} ({g.members.length === 1 ? '1 rat' : `${g.members.length} rats`})
              </h3>
              <Table label={g.name}>
                <TableHeader>
                  <TableRow>
                    <TableHead scope="col">Rat</TableHead>
                    <TableHead scope="col">Sex</TableHead>
                    <TableHead scope="col">Quarantine ends</TableHead>
                    <TableHead scope="col">Watches</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {g.members.map((m) => (
                    <TableRow key={m.ratId}>
                      <TableCell>
                        <span className="font-medium">{m.name}</span> <span className="font-mono text-xs">{m.code}</span>
                      </TableCell>
                      <TableCell>{humanize(m.sex)}</TableCell>
                      <TableCell>{m.quarantineUntil ? formatDate(m.quarantineUntil) : 'Not in quarantine'}</TableCell>
                      <TableCell>{m.watches.length ? m.watches.map((w) => `${WATCH_KIND_LABELS[w.kind]} until ${formatDate(w.dueOn)}`).join('; ') : '—'}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </section>
          ))}
        </section>
      </article>
    </>
  );
}
