import type { Metadata } from 'next';
import Link from 'next/link';
import { CoiContributions } from '@/components/breeding/coi-contributions';
import { PedigreeChart } from '@/components/breeding/pedigree-chart';
import { ParentSearch } from '@/components/breeding/parent-search';
import { PrintButton } from '@/components/ui/print-button';
import { BackLink } from '@/components/ui/back-link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listDescendants, loadAncestry, ratNode, searchParentCandidates } from '@/db/queries/pedigrees';
import { getRatVersion } from '@/db/queries/pedigrees';
import { STAFF_ROLES } from '@/lib/authz';
import { animalCoi, formatCoi, knownGenerations, pedigreeSlots } from '@/lib/domain/inbreeding';
import { humanize } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';
import { requireRatInScope } from '@/lib/scoped-rat';

export const metadata: Metadata = { title: 'Pedigree' };

/** Rescue policy: the chart shows four generations (five with `?generations=5`), the usual pedigree certificate. */
const DEFAULT_GENERATIONS = 4;

/**
 * A rat's pedigree: the chart of its ancestors (printable), its own COI with the shared ancestors,
 * its descendants, and setting its dam or sire by search.
 */
export default async function PedigreePage({
  params,
  searchParams,
}: {
  params: Promise<{ ratId: string }>;
  searchParams: Promise<{ generations?: string; dam?: string; sire?: string }>;
}) {
  const { rat } = await requireRatInScope((await params).ratId, STAFF_ROLES);
  const query = await searchParams;
  const generations = query.generations === '5' ? 5 : DEFAULT_GENERATIONS;
  const db = await getDb();
  const damQuery = query.dam?.trim().slice(0, 60) ?? '';
  const sireQuery = query.sire?.trim().slice(0, 60) ?? '';
  const [ancestry, descendants, version, damResults, sireResults] = await Promise.all([
    loadAncestry(db, { ratIds: [rat.id] }),
    listDescendants(db, { ratId: rat.id, generations: 3 }),
    getRatVersion(db, { id: rat.id }),
    damQuery ? searchParentCandidates(db, { query: damQuery, sex: 'female', excludeRatId: rat.id }) : null,
    sireQuery ? searchParentCandidates(db, { query: sireQuery, sex: 'male', excludeRatId: rat.id }) : null,
  ]);
  const node = ratNode(rat.id);
  const slots = pedigreeSlots(ancestry.pedigree, node, generations);
  const coi = animalCoi(ancestry.pedigree, node);
  const self = ancestry.animals.get(node)!;
  const dam = self.damId ? ancestry.animals.get(self.damId) : undefined;
  const sire = self.sireId ? ancestry.animals.get(self.sireId) : undefined;
  return (
    <div className="print-landscape">
      <div className="print:hidden">
        <BackLink href={`/rats/${rat.id}`}>{rat.name}</BackLink>
      </div>
      <PageHeader
        title={`Pedigree of ${rat.name}`}
        description={`${rat.code} · ${humanize(rat.sex)}${self.variety ? ` · ${self.variety}` : ''}${self.birthDate ? ` · born ${formatDate(self.birthDate)}` : ''} · COI ${formatCoi(coi.coefficient)} · ${knownGenerations(slots)} of ${generations} generations known`}
        actions={
          <div className="flex gap-2 print:hidden">
            <Link className="inline-flex min-h-11 items-center px-2 text-sm text-primary hover:underline" href={`/rats/${rat.id}/pedigree${generations === 5 ? '' : '?generations=5'}`}>
              {generations === 5 ? 'Four generations' : 'Five generations'}
            </Link>
            <PrintButton />
          </div>
        }
      />
      <Card className="mb-6">
        <CardContent className="p-4">
          <PedigreeChart slots={slots} animals={ancestry.animals} linkRats />
        </CardContent>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="break-inside-avoid">
          <CardHeader>
            <CardTitle>Coefficient of inbreeding: {formatCoi(coi.coefficient)}</CardTitle>
          </CardHeader>
          <CardContent>
            <CoiContributions result={coi} animals={ancestry.animals} subject={`${rat.name}'s parents`} />
          </CardContent>
        </Card>
        <Card className="break-inside-avoid">
          <CardHeader>
            <CardTitle>Descendants</CardTitle>
          </CardHeader>
          <CardContent>
            {descendants.length === 0 ? (
              <p className="text-sm text-muted-foreground">No kittens of {rat.name} are recorded.</p>
            ) : (
              <ul className="grid gap-1 text-sm" aria-label="Descendants">
                {descendants.map((d) => (
                  <li key={d.id}>
                    <span className="text-muted-foreground">{d.generation === 1 ? 'Kitten' : d.generation === 2 ? 'Grandkitten' : 'Great-grandkitten'}: </span>
                    <Link href={`/rats/${d.id}/pedigree`} className="font-medium text-primary hover:underline">
                      {d.name}
                    </Link>{' '}
                    <span className="text-muted-foreground">
                      {d.code}
                      {d.birthDate ? ` · born ${formatDate(d.birthDate)}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
      <Card className="mt-6 print:hidden">
        <CardHeader>
          <CardTitle>Dam and sire</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-6 md:grid-cols-2">
          <ParentSearch ratId={rat.id} version={version} role="dam" current={dam?.name ?? null} query={damQuery} results={damResults} otherQuery={sireQuery ? { sire: sireQuery } : {}} />
          <ParentSearch ratId={rat.id} version={version} role="sire" current={sire?.name ?? null} query={sireQuery} results={sireResults} otherQuery={damQuery ? { dam: damQuery } : {}} />
        </CardContent>
      </Card>
    </div>
  );
}
