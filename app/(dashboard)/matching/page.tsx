import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { ProposalControls, ProposeButton, HandProposalForm, type ChoosableRat } from '@/components/matching/proposal-forms';
import { ReasonList } from '@/components/matching/reason-list';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { getDb } from '@/db/client';
import { loadMatchPopulation } from '@/db/queries/matching';
import { listPairProposals, type PairProposalRow } from '@/db/queries/pair-proposals';
import { getPolicy } from '@/db/queries/settings';
import { requireRole } from '@/lib/authz';
import { rolesFor } from '@/lib/domain/access';
import { BASE_COMPANION_SCORE, bestPartners, optimalPairing, unitName, type MatchContext, type MatchUnit } from '@/lib/domain/matching';
import { OPEN_PROPOSAL_STATUSES, PAIR_PROPOSAL_STATUS_LABELS } from '@/lib/domain/pair-proposals';
import { countOf } from '@/lib/domain/quarantine';
import { maxWeightMatching } from '@/lib/matching/max-weight-matching';
import { cn } from '@/lib/utils';

export const metadata: Metadata = { title: 'Matching' };

type Search = { view?: string; rat?: string };

export default async function MatchingPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireRole(rolesFor('/matching'));
  const { view, rat } = await searchParams;
  const partners = view === 'partners';
  const ratId = Number.parseInt(rat ?? '', 10);
  return (
    <>
      <PageHeader
        title="Matching"
        description="Rats leave in pairs or groups, never alone. Scores explain themselves: a base for any safe companion, plus or minus each reason."
      />
      <nav aria-label="Matching views" className="mb-6 flex gap-2">
        <Button asChild variant={partners ? 'outline' : 'default'} size="sm">
          <Link href="/matching" aria-current={partners ? undefined : 'page'}>
            Optimal pairing
          </Link>
        </Button>
        <Button asChild variant={partners ? 'default' : 'outline'} size="sm">
          <Link href="/matching?view=partners" aria-current={partners ? 'page' : undefined}>
            Best partners
          </Link>
        </Button>
      </nav>
      <Suspense key={`${view}-${rat}`} fallback={<PageSkeleton rows={6} />}>
        <MatchingViews partners={partners} ratId={Number.isSafeInteger(ratId) && ratId > 0 ? ratId : null} />
      </Suspense>
    </>
  );
}

async function MatchingViews({ partners, ratId }: { partners: boolean; ratId: number | null }) {
  const db = await getDb();
  const [population, policy, proposals] = await Promise.all([loadMatchPopulation(db, { ratIds: ratId ? [ratId] : [] }), getPolicy(db), listPairProposals(db)]);
  const ctx: MatchContext = { now: new Date(), policy, introductions: population.introductions };
  const proposed = new Set(proposals.filter((p) => (OPEN_PROPOSAL_STATUSES as readonly string[]).includes(p.status)).flatMap((p) => p.rats.map((r) => r.id)));
  // Rats already in an open proposal are spoken for: the views match the others.
  const free = population.units.filter((u) => u.rats.every((r) => !proposed.has(r.id)) && u.rats.some((r) => r.status === 'available'));
  const choosable: ChoosableRat[] = free.flatMap((u) =>
    u.rats.map((r) => ({ id: r.id, name: r.name, code: r.code ?? '', detail: u.rats.length > 1 ? `Lives with ${unitName({ rats: u.rats.filter((o) => o.id !== r.id) })}` : humanSex(r.sex, r.neuteredOn) })),
  );
  return (
    <div className="flex flex-col gap-8">
      {partners ? <BestPartnersView units={free} all={population.units} ratId={ratId} ctx={ctx} /> : <OptimalPairingView units={free} ctx={ctx} proposedCount={proposed.size} />}
      <ProposalsSection proposals={proposals} choosable={choosable} />
    </div>
  );
}

function humanSex(sex: string, neuteredOn: string | null): string {
  return sex === 'male' ? (neuteredOn ? 'Neutered male' : 'Male') : sex === 'female' ? 'Female' : 'Sex not recorded';
}

function ratIdsOf(...units: MatchUnit[]): number[] {
  return units.flatMap((u) => u.rats.map((r) => r.id));
}

function UnitNames({ unit }: { unit: MatchUnit }) {
  return (
    <span>
      {unit.rats.map((r, i) => (
        <span key={r.id}>
          {i > 0 ? (i === unit.rats.length - 1 ? ' and ' : ', ') : null}
          <Link href={`/rats/${r.id}`} className="font-medium text-primary hover:underline">
            {r.name}
          </Link>
        </span>
      ))}
      {unit.rats.length > 1 ? <span className="text-xs text-muted-foreground"> (bonded, move together)</span> : null}
    </span>
  );
}

function OptimalPairingView({ units, ctx, proposedCount }: { units: MatchUnit[]; ctx: MatchContext; proposedCount: number }) {
  if (units.length === 0) {
    return <EmptyState title="No rats to pair">Mark rats available for adoption (on their page) and they are matched here.</EmptyState>;
  }
  const result = optimalPairing(units, ctx, maxWeightMatching);
  const paired = result.pairs.reduce((n, p) => n + p.a.rats.length + p.b.rats.length, 0);
  return (
    <section aria-labelledby="optimal-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="optimal-heading" className="text-lg font-semibold">
          Optimal pairing of the available rats
        </h2>
        <p className="text-sm text-muted-foreground" role="status">
          {countOf(result.pairs.length, 'pair')} covering {countOf(paired, 'rat')}, total score {result.total}: no other pairing of these {countOf(units.length, 'unit')} scores higher.
          {proposedCount > 0 ? ` ${countOf(proposedCount, 'rat')} already in an open proposal ${proposedCount === 1 ? 'is' : 'are'} left out.` : ''}
        </p>
      </div>
      {result.pairs.length === 0 ? <EmptyState title="No safe pairs">None of the available rats can be paired today; the reasons are below.</EmptyState> : null}
      <ol className="grid gap-4 lg:grid-cols-2" aria-label="Pairs">
        {result.pairs.map(({ a, b, compatibility }) => (
          <li key={`${a.id}-${b.id}`}>
            <Card data-testid="pair">
              <CardHeader className="flex flex-row items-start justify-between gap-3">
                <CardTitle className="text-base">
                  <UnitNames unit={a} /> <span className="text-muted-foreground">with</span> <UnitNames unit={b} />
                </CardTitle>
                <Badge aria-label={`Score ${compatibility.score}`}>Score {compatibility.score}</Badge>
              </CardHeader>
              <CardContent className="flex flex-col gap-3">
                <ReasonList base={BASE_COMPANION_SCORE} reasons={compatibility.reasons} />
                <ProposeButton ratIds={ratIdsOf(a, b)} names={`${unitName(a)} with ${unitName(b)}`} />
              </CardContent>
            </Card>
          </li>
        ))}
      </ol>
      {result.unpaired.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle>Left without a companion</CardTitle>
            <CardDescription>Why the pairing could not place each of these.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="flex flex-col gap-3" aria-label="Unpaired">
              {result.unpaired.map(({ unit, why }) => (
                <li key={unit.id} data-testid="unpaired" className="text-sm">
                  <UnitNames unit={unit} />
                  <p className="text-muted-foreground">{why}</p>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
    </section>
  );
}

function BestPartnersView({ units, all, ratId, ctx }: { units: MatchUnit[]; all: MatchUnit[]; ratId: number | null; ctx: MatchContext }) {
  const chosen = ratId ? all.find((u) => u.rats.some((r) => r.id === ratId)) : undefined;
  const options = units.flatMap((u) => u.rats).sort((x, y) => x.name.localeCompare(y.name));
  return (
    <section aria-labelledby="partners-heading" className="flex flex-col gap-4">
      <h2 id="partners-heading" className="text-lg font-semibold">
        Best partners for one rat
      </h2>
      <form method="get" action="/matching" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="view" value="partners" />
        <div className="flex min-w-56 flex-col gap-1.5">
          <Label htmlFor="partners-rat">Rat</Label>
          <NativeSelect id="partners-rat" name="rat" defaultValue={chosen ? String(ratId) : ''}>
            <option value="" disabled>
              Choose a rat
            </option>
            {options.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </NativeSelect>
        </div>
        <Button type="submit" variant="outline">
          Show partners
        </Button>
      </form>
      {!chosen ? (
        ratId ? (
          <EmptyState title="That rat is not in care">Choose one of the available rats.</EmptyState>
        ) : (
          <p className="text-sm text-muted-foreground">Choose a rat to see every possible companion, best first, with the reasons.</p>
        )
      ) : (
        <PartnersList unit={chosen} units={units.some((u) => u.id === chosen.id) ? units : [chosen, ...units]} ctx={ctx} />
      )}
    </section>
  );
}

function PartnersList({ unit, units, ctx }: { unit: MatchUnit; units: MatchUnit[]; ctx: MatchContext }) {
  const { recommended, blocked } = bestPartners(unit, units, ctx);
  return (
    <div className="flex flex-col gap-4" aria-live="polite">
      <p className="text-sm">
        Partners for <UnitNames unit={unit} />: {countOf(recommended.length, 'possible companion')}, best first.
      </p>
      {recommended.length === 0 ? <EmptyState title="No safe companion available">The blocked rats below say why.</EmptyState> : null}
      <ol className="flex flex-col gap-3" aria-label="Ranked partners">
        {recommended.map(({ unit: other, compatibility }, i) => (
          <li key={other.id}>
            <Card data-testid="partner">
              <CardHeader className="flex flex-row items-start justify-between gap-3">
                <CardTitle className="text-base">
                  <span className="mr-2 text-muted-foreground">{i + 1}.</span>
                  <UnitNames unit={other} />
                </CardTitle>
                <Badge>Score {compatibility.score}</Badge>
              </CardHeader>
              <CardContent className="flex flex-col gap-3">
                <ReasonList base={BASE_COMPANION_SCORE} reasons={compatibility.reasons} />
                <ProposeButton ratIds={ratIdsOf(unit, other)} names={`${unitName(unit)} with ${unitName(other)}`} />
              </CardContent>
            </Card>
          </li>
        ))}
      </ol>
      {blocked.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle>Cannot be paired</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="flex flex-col gap-2 text-sm" aria-label="Blocked partners">
              {blocked.map(({ unit: other, compatibility }) => (
                <li key={other.id}>
                  <UnitNames unit={other} />
                  <p className="text-muted-foreground">{compatibility.blocks.length > 0 ? compatibility.blocks.join(' ') : `Score ${compatibility.score}: too low to recommend.`}</p>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}

const STATUS_VARIANT = { proposed: 'info', trial: 'warning', approved: 'success', rejected: 'secondary', adopted: 'default' } as const;

function ProposalsSection({ proposals, choosable }: { proposals: PairProposalRow[]; choosable: ChoosableRat[] }) {
  return (
    <section aria-labelledby="proposals-heading" className="flex flex-col gap-4">
      <h2 id="proposals-heading" className="text-lg font-semibold">
        Pair proposals
      </h2>
      {proposals.length === 0 ? <EmptyState title="No proposals yet">Propose a pair from either view, or choose rats by hand below.</EmptyState> : null}
      <ul className="grid gap-4 lg:grid-cols-2" aria-label="Proposals">
        {proposals.map((p) => {
          const names = p.rats.map((r) => r.name).join(', ');
          return (
            <li key={p.id}>
              <Card data-testid="proposal" className={cn(p.status === 'rejected' && 'opacity-70')}>
                <CardHeader className="flex flex-row items-start justify-between gap-3">
                  <CardTitle className="text-base">
                    {p.rats.map((r, i) => (
                      <span key={r.id}>
                        {i > 0 ? ', ' : null}
                        <Link href={`/rats/${r.id}`} className="text-primary hover:underline">
                          {r.name}
                        </Link>
                      </span>
                    ))}
                  </CardTitle>
                  <div className="flex shrink-0 flex-col items-end gap-1">
                    <Badge variant={STATUS_VARIANT[p.status]} data-testid="proposal-status">
                      {PAIR_PROPOSAL_STATUS_LABELS[p.status]}
                    </Badge>
                    <span className="text-xs text-muted-foreground">Score {p.score} when proposed</span>
                  </div>
                </CardHeader>
                <CardContent className="flex flex-col gap-3">
                  <ReasonList reasons={p.reasons} />
                  {p.notes ? <p className="whitespace-pre-line text-sm text-muted-foreground">{p.notes}</p> : null}
                  {p.introductionId ? <p className="text-sm">A trial introduction is planned (see Introductions).</p> : null}
                  <ProposalControls proposalId={p.id} version={p.version} status={p.status} names={names} addable={choosable} />
                </CardContent>
              </Card>
            </li>
          );
        })}
      </ul>
      <Card>
        <CardHeader>
          <CardTitle>Propose by hand</CardTitle>
          <CardDescription>Any two or more available rats; a rat that lives in a bonded group brings its group.</CardDescription>
        </CardHeader>
        <CardContent>{choosable.length >= 2 ? <HandProposalForm rats={choosable} /> : <p className="text-sm text-muted-foreground">Fewer than two available rats are free to propose.</p>}</CardContent>
      </Card>
    </section>
  );
}
