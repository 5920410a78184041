import Link from 'next/link';
import type { PedigreeAnimal } from '@/db/queries/pedigrees';
import { formatCoi, type CoiResult } from '@/lib/domain/inbreeding';

/** The coefficient and the common ancestors that add to it, largest first, each with its own COI when inbred. */
export function CoiContributions({ result, animals, subject }: { result: CoiResult; animals: Map<string, PedigreeAnimal>; subject: string }) {
  if (result.contributions.length === 0) {
    return <p className="text-sm text-muted-foreground">No shared ancestors are recorded, so {subject} have a COI of 0%.</p>;
  }
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm">Shared ancestors and what each adds:</p>
      <ul className="divide-y rounded-md border text-sm" aria-label="Shared ancestors">
        {result.contributions.map((c) => {
          const animal = animals.get(c.ancestorId);
          return (
            <li key={c.ancestorId} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2" data-testid="shared-ancestor">
              <span>
                {animal?.ratId ? (
                  <Link href={`/rats/${animal.ratId}/pedigree`} className="font-medium text-primary hover:underline">
                    {animal.name}
                  </Link>
                ) : (
                  <span className="font-medium">{animal?.name ?? 'Unknown'}</span>
                )}
                <span className="text-muted-foreground">
                  {' '}
                  · {c.paths === 1 ? '1 path' : `${c.paths} paths`}
                  {c.ancestorInbreeding > 0 ? ` · itself inbred ${formatCoi(c.ancestorInbreeding)}` : ''}
                </span>
              </span>
              <span className="font-mono">+{formatCoi(c.contribution)}</span>
            </li>
          );
        })}
      </ul>
      {!result.complete ? <p className="text-xs text-muted-foreground">The pedigree has too many paths to list every one; the total is exact.</p> : null}
    </div>
  );
}
