import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CoiContributions } from '@/components/breeding/coi-contributions';
import { PutTogetherForm } from '@/components/breeding/breeding-forms';
import { Alert } from '@/components/ui/alert';
import { BackLink } from '@/components/ui/back-link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { getPairingRats, getPlannedPairing } from '@/db/queries/pairings';
import { loadAncestry, ratNode } from '@/db/queries/pedigrees';
import { getPolicy } from '@/db/queries/settings';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { formatCoi, pairingCoi } from '@/lib/domain/inbreeding';
import { birthWindowInWords, expectedBirthWindow, pairingBlocks } from '@/lib/domain/pairings';
import { todayIso } from '@/lib/domain/quarantine';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Planned pairing' };

/** One planned pairing: the kittens' COI with the shared ancestors, what blocks it and why, and putting the pair together. */
export default async function PairingPage({ params }: { params: Promise<{ pairingId: string }> }) {
  await requireRole(rolesFor('/breeding'));
  const id = Number((await params).pairingId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const db = await getDb();
  const pairing = await getPlannedPairing(db, { id });
  if (!pairing) notFound();
  const [ancestry, rats, policy] = await Promise.all([loadAncestry(db, { ratIds: [pairing.doeId, pairing.buckId] }), getPairingRats(db, { ids: [pairing.doeId, pairing.buckId] }), getPolicy(db)]);
  const coi = pairingCoi(ancestry.pedigree, ratNode(pairing.doeId), ratNode(pairing.buckId));
  const now = new Date();
  const today = todayIso(now);
  const blocks = pairing.status === 'planned' ? pairingBlocks(rats.get(pairing.doeId)!, rats.get(pairing.buckId)!, pairing.plannedOn < today ? today : pairing.plannedOn, policy, today) : [];
  return (
    <>
      <BackLink href="/breeding">Breeding</BackLink>
      <PageHeader
        title={`${pairing.doeName} × ${pairing.buckName}`}
        description={`Planned for ${formatDate(pairing.plannedOn)} · ${pairing.status === 'together' && pairing.togetherOn ? `together since ${formatDate(pairing.togetherOn)}` : pairing.status}`}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Kittens’ coefficient of inbreeding</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <p className="text-4xl font-semibold tabular-nums" data-testid="pairing-coi">
              COI {formatCoi(coi.coefficient)}
            </p>
            <CoiContributions result={coi} animals={ancestry.animals} subject="the kittens" />
            <p className="text-xs text-muted-foreground">
              Wright’s coefficient, exact over every recorded generation. See the pedigrees of{' '}
              <Link className="text-primary hover:underline" href={`/rats/${pairing.doeId}/pedigree`}>
                {pairing.doeName}
              </Link>{' '}
              and{' '}
              <Link className="text-primary hover:underline" href={`/rats/${pairing.buckId}/pedigree`}>
                {pairing.buckName}
              </Link>
              .
            </p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{pairing.status === 'planned' ? 'Can they be paired?' : 'Pairing'}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {pairing.goals ? (
              <div className="text-sm">
                <p className="text-xs tracking-wide text-muted-foreground uppercase">Goals</p>
                <p className="whitespace-pre-line">{pairing.goals}</p>
              </div>
            ) : null}
            {pairing.status === 'together' && pairing.togetherOn ? (
              <Alert variant="success">
                Together since {formatDate(pairing.togetherOn)}: {pairing.doeName} is on pregnancy watch. Kittens expected {birthWindowInWords(expectedBirthWindow(pairing.togetherOn))}.
              </Alert>
            ) : null}
            {pairing.status === 'planned' && blocks.length > 0 ? (
              <div role="status">
                <p className="mb-2 text-sm font-medium text-destructive">Blocked</p>
                <ul className="list-disc space-y-1 pl-5 text-sm" aria-label="What blocks this pairing">
                  {blocks.map((b) => (
                    <li key={b}>{b}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {pairing.status === 'planned' && blocks.length === 0 ? <p className="text-sm">Nothing blocks this pairing. Put them together when the day comes: {pairing.doeName} goes on pregnancy watch.</p> : null}
            {pairing.status === 'planned' ? <PutTogetherForm pairingId={pairing.id} version={pairing.version} today={today} /> : null}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
