import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { formatFee, ownRatsInWords } from '@/components/adopters/labels';
import { PrintButton } from '@/components/ui/print-button';
import { ReturnForm } from '@/components/adopters/return-form';
import { Alert } from '@/components/ui/alert';
import { BackLink } from '@/components/ui/back-link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb } from '@/db/client';
import { getAdoptionRecord } from '@/db/queries/adoptions';
import { listPlacementHomes } from '@/db/queries/foster-homes';
import { requireRole, type CurrentUser } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { toIsoDate } from '@/lib/domain/dates';
import { ADOPTION_ROLES, hasRole } from '@/lib/domain/staff-roles';
import { PRODUCT_NAME } from '@/lib/brand';
import { formatDate } from '@/lib/format';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Adoption record' };

export default async function AdoptionRecordPage({ params, searchParams }: { params: Promise<{ adoptionId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { adoptionId } = await params;
  const id = parseId(adoptionId);
  if (id === null) notFound();
  const user = await requireRole(rolesFor('/adopters'));
  const { saved } = await searchParams;
  return (
    <Suspense fallback={<PageSkeleton rows={8} />}>
      <AdoptionRecord id={id} user={user} saved={saved === 'adopted'} />
    </Suspense>
  );
}

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_minmax(0,1fr)] gap-2 py-1">
      <dt className="text-muted-foreground">{label}</dt>
      <dd>{children || '—'}</dd>
    </div>
  );
}

async function AdoptionRecord({ id, user, saved }: { id: number; user: CurrentUser; saved: boolean }) {
  const db = await getDb();
  const record = await getAdoptionRecord(db, { id });
  if (!record) notFound();
  const canReturn = hasRole(user.role, ADOPTION_ROLES);
  const stillAdopted = record.rats.filter((r) => !r.returnedOn && r.status === 'adopted');
  const homes = canReturn && stillAdopted.length ? await listPlacementHomes(db, { canQuarantine: true }) : [];
  const { adopter } = record;
  return (
    <>
      <div className="print:hidden">
        <BackLink href={`/adopters/${adopter.id}`}>{adopter.name}</BackLink>
      </div>
      {saved ? (
        <Alert variant="success" className="mb-4 print:hidden">
          Adoption recorded: {record.rats.map((r) => r.name).join(' and ')} {record.rats.length === 1 ? 'is' : 'are'} now adopted.
        </Alert>
      ) : null}
      <article className="mx-auto max-w-3xl rounded-lg border bg-card p-6 print:max-w-none print:border-0 print:p-0" aria-labelledby="record-title">
        <header className="mb-6 flex items-start justify-between gap-4 border-b pb-4">
          <div>
            <p className="text-sm text-muted-foreground">{PRODUCT_NAME} · adoption record no. {record.id}</p>
            <h1 id="record-title" className="text-2xl font-semibold tracking-tight">
              Adoption of {record.rats.map((r) => r.name).join(' and ')}
            </h1>
            <p className="text-sm">{formatDate(record.adoptedOn)}</p>
          </div>
          <PrintButton />
        </header>
        <section className="mb-6">
          <h2 className="mb-2 font-semibold">Adopter</h2>
          <dl className="text-sm">
            <Line label="Name">{adopter.name}</Line>
            <Line label="Contact">{[adopter.email, adopter.phone].filter(Boolean).join(' · ')}</Line>
            <Line label="Area">{adopter.area}</Line>
            <Line label="Their rats">{ownRatsInWords(adopter)}</Line>
            <Line label="Cage">{adopter.cageSize}</Line>
          </dl>
        </section>
        <section className="mb-6">
          <h2 className="mb-2 font-semibold">Rats that left together</h2>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Rat</TableHead>
                <TableHead>Sex</TableHead>
                <TableHead>Born</TableHead>
                <TableHead>Variety</TableHead>
                <TableHead>Returned</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {record.rats.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>
                    <span className="font-medium">{r.name}</span> <span className="text-xs text-muted-foreground">{r.code}</span>
                  </TableCell>
                  <TableCell>
                    {r.sex}
                    {r.neuteredOn ? `, neutered ${formatDate(r.neuteredOn)}` : ''}
                  </TableCell>
                  <TableCell>
                    {r.birthDate ? `${r.birthDateEstimated ? 'about ' : ''}${formatDate(r.birthDate)}` : '—'}
                  </TableCell>
                  <TableCell>{[r.variety, r.markings].filter(Boolean).join(', ') || '—'}</TableCell>
                  <TableCell>{r.returnedOn ? `${formatDate(r.returnedOn)}: ${r.returnReason}` : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
        <section className="mb-6">
          <h2 className="mb-2 font-semibold">Adoption</h2>
          <dl className="text-sm">
            <Line label="Date">{formatDate(record.adoptedOn)}</Line>
            <Line label="Fee">{formatFee(record.feeCents)}</Line>
            <Line label="Recorded by">{record.recordedByName}</Line>
            <Line label="Notes">{record.notes}</Line>
            {record.leftAloneReason ? <Line label="Left behind">{record.leftAloneReason}</Line> : null}
          </dl>
        </section>
        <section className="hidden print:block">
          <p className="mb-8 text-sm">Rats must never live alone. Please contact the rescue before rehoming any of these rats.</p>
          <div className="grid grid-cols-2 gap-8 text-sm">
            <p className="border-t pt-1">Adopter’s signature and date</p>
            <p className="border-t pt-1">For the rescue</p>
          </div>
        </section>
      </article>
      {canReturn && stillAdopted.length ? (
        <Card className="mx-auto mt-6 max-w-3xl print:hidden">
          <CardHeader>
            <CardTitle>Record a return</CardTitle>
            <CardDescription>A rat that comes back is back in care (status returned) and starts a quarantine in the home you choose. Its history is kept.</CardDescription>
          </CardHeader>
          <CardContent>
            <ReturnForm adoptionId={record.id} rats={stillAdopted.map((r) => ({ id: r.id, name: r.name }))} homes={homes} today={toIsoDate(new Date())} />
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}
