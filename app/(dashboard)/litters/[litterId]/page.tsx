import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RatStatusBadge } from '@/components/rats/rat-status-badge';
import { SeparationDeadline } from '@/components/litters/separation-deadline';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getDb } from '@/db/client';
import { LitterWeightChart } from '@/components/breeding/litter-weight-chart';
import { Button } from '@/components/ui/button';
import { getLitterProgress } from '@/db/queries/litter-progress';
import { capacityWarningsForRats } from '@/db/queries/placements';
import { getLitter } from '@/db/queries/litters';
import { litterWeightChartData } from '@/lib/domain/litter-progress';
import { getPolicy } from '@/db/queries/settings';
import { isFoster, ratScope, requireUser } from '@/lib/authz';
import { countOf } from '@/lib/domain/quarantine';
import { humanize, IN_CARE_STATUSES } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';
import { parseId } from '@/lib/validation/ids';

export const metadata: Metadata = { title: 'Litter' };

/** One litter: its kittens, dam and sire, the pregnancy watch it closed and its sex-separation deadline. Fosters see it while the dam or a kitten lives with them. */
export default async function LitterPage({ params, searchParams }: { params: Promise<{ litterId: string }>; searchParams: Promise<{ recorded?: string; logged?: string }> }) {
  const { litterId } = await params;
  const id = parseId(litterId);
  if (id === null) notFound();
  const user = await requireUser();
  const db = await getDb();
  const [litter, policy] = await Promise.all([getLitter(db, { id, scope: ratScope(user) }), getPolicy(db)]);
  if (!litter) notFound();
  const { recorded, logged } = await searchParams;
  const { weights, progress } = await getLitterProgress(db, { kittens: litter.kittens, scope: ratScope(user) });
  const progressOf = new Map(progress.map((p) => [p.ratId, p]));
  const inCareKittens = litter.kittens.filter((k) => (IN_CARE_STATUSES as readonly string[]).includes(k.status));
  const warnings = recorded === '1' ? await capacityWarningsForRats(db, { ratIds: litter.kittens.map((k) => k.id) }) : [];
  const codes = litter.kittens.map((k) => k.code);
  const now = new Date();
  return (
    <>
      {!isFoster(user) ? (
        <Link href="/litters" className="mb-3 inline-flex min-h-11 items-center gap-1 text-sm font-medium text-primary hover:underline">
          <ArrowLeft aria-hidden className="size-4" />
          Litters
        </Link>
      ) : null}
      <PageHeader
        title={`Litter of ${litter.damName}`}
        description={`Born ${formatDate(litter.bornOn)} · ${countOf(litter.aliveCount, 'kitten')} alive${litter.deadCount ? ` · ${litter.deadCount} stillborn or died` : ''}`}
      />
      {recorded === '1' ? (
        <Alert variant="success" className="mb-6">
          Litter recorded: {countOf(codes.length, 'kitten')}
          {codes.length > 1 ? `, ${codes[0]} to ${codes[codes.length - 1]}` : codes.length === 1 ? `, ${codes[0]}` : ''}.
          {litter.pregnancyClosed ? ' Pregnancy watch closed: litter born.' : ''}
        </Alert>
      ) : null}
      {logged ? (
        <Alert variant="success" className="mb-6" role="status">
          Session logged for the whole litter: {countOf(Number(logged) || 0, 'kitten')}, each with its own step.
        </Alert>
      ) : null}
      {inCareKittens.length > 0 ? (
        <div className="mb-6 flex flex-wrap gap-3">
          <Button asChild>
            <Link href={`/sessions/new?litter=${litter.id}`}>Log a session for the whole litter</Link>
          </Button>
        </div>
      ) : null}
      {warnings.length ? (
        <Alert variant="warning" className="mb-6" role="status">
          {warnings.join(' ')} Move a cage group to another home, or raise the capacity if the home agrees.
        </Alert>
      ) : null}
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Split by sex</CardTitle>
          </CardHeader>
          <CardContent>
            {litter.separation ? (
              <SeparationDeadline watch={litter.separation} now={now} separationDay={policy.litterSeparationDay} />
            ) : (
              <p className="text-sm text-muted-foreground">No kitten lived, so there is nothing to split.</p>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Parents</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-3 text-sm">
              <div>
                <dt className="text-xs tracking-wide text-muted-foreground uppercase">Dam</dt>
                <dd className="font-medium">
                  {litter.damInScope ? (
                    <Link href={`/rats/${litter.damId}`} className="text-primary hover:underline">
                      {litter.damName}
                    </Link>
                  ) : (
                    litter.damName
                  )}{' '}
                  <span className="font-normal text-muted-foreground">{litter.damCode}</span>
                </dd>
                {litter.pregnancyClosed ? (
                  <dd className="mt-1 text-muted-foreground" data-testid="pregnancy-closed">
                    Pregnancy watch closed: litter born ({formatDate(litter.pregnancyClosed.closedOn)}).
                  </dd>
                ) : null}
              </div>
              <div>
                <dt className="text-xs tracking-wide text-muted-foreground uppercase">Sire</dt>
                <dd className="font-medium">
                  {litter.sireId ? (
                    isFoster(user) ? (
                      litter.sireName
                    ) : (
                      <Link href={`/rats/${litter.sireId}`} className="text-primary hover:underline">
                        {litter.sireName}
                      </Link>
                    )
                  ) : (
                    'Unknown'
                  )}
                </dd>
              </div>
              {litter.notes ? (
                <div>
                  <dt className="text-xs tracking-wide text-muted-foreground uppercase">Note</dt>
                  <dd className="whitespace-pre-line">{litter.notes}</dd>
                </div>
              ) : null}
            </dl>
          </CardContent>
        </Card>
      </div>
      <section aria-labelledby="kittens-heading" className="mt-6">
        <h2 id="kittens-heading" className="mb-2 text-lg font-semibold">
          Kittens <span className="text-muted-foreground">({litter.kittens.length})</span>
        </h2>
        {litter.kittens.length === 0 ? (
          <EmptyState title="No kittens to show">{litter.aliveCount === 0 ? 'No kitten lived.' : 'None of the kittens live in your home.'}</EmptyState>
        ) : (
          <Table aria-label="Kittens">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Code</TableHead>
                <TableHead scope="col">Name</TableHead>
                <TableHead scope="col">Sex</TableHead>
                <TableHead scope="col">Status</TableHead>
                <TableHead scope="col">Trust step</TableHead>
                <TableHead scope="col" className="hidden sm:table-cell">
                  Sessions
                </TableHead>
                <TableHead scope="col" className="hidden lg:table-cell">
                  Compared with the litter
                </TableHead>
                <TableHead scope="col" className="hidden sm:table-cell">
                  Home
                </TableHead>
                <TableHead scope="col" className="hidden md:table-cell">
                  Cage group
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {litter.kittens.map((k) => (
                <TableRow key={k.id}>
                  <TableCell className="font-mono text-xs whitespace-nowrap">{k.code}</TableCell>
                  <TableCell>
                    <Link href={`/rats/${k.id}`} className="font-medium text-primary hover:underline">
                      {k.name}
                    </Link>
                  </TableCell>
                  <TableCell>{humanize(k.sex)}</TableCell>
                  <TableCell className="whitespace-nowrap">
                    <RatStatusBadge status={k.status} />
                  </TableCell>
                  <TableCell>{progressOf.get(k.id)?.currentStep ?? '—'}</TableCell>
                  <TableCell className="hidden sm:table-cell">{progressOf.get(k.id)?.sessions ?? 0}</TableCell>
                  <TableCell className="hidden text-sm lg:table-cell">
                    {progressOf.get(k.id)?.stepVsLitter}
                    <span className="block text-muted-foreground">{progressOf.get(k.id)?.weightVsLitter}</span>
                  </TableCell>
                  <TableCell className="hidden sm:table-cell">{k.homeName ?? '—'}</TableCell>
                  <TableCell className="hidden md:table-cell">{k.cageGroupName ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      {litter.kittens.length > 0 ? (
        <Card className="mt-6">
          <CardHeader>
            <CardTitle>Weights</CardTitle>
          </CardHeader>
          <CardContent>
            {weights.length === 0 ? (
              <p className="text-sm text-muted-foreground">No kitten has been weighed yet. Record weights on each kitten’s health page.</p>
            ) : (
              <LitterWeightChart
                points={litterWeightChartData(weights)}
                kittens={litter.kittens.map((k) => ({ id: k.id, name: k.name }))}
                summary={`${countOf(weights.length, 'weighing')} of ${countOf(new Set(weights.map((w) => w.ratId)).size, 'kitten')}, one line per kitten.`}
              />
            )}
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}
