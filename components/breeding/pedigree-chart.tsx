import Link from 'next/link';
import type { PedigreeAnimal } from '@/db/queries/pedigrees';
import { formatDate } from '@/lib/format';
import { cn } from '@/lib/utils';
import { ScrollArea } from '@/components/ui/scroll-area';

const GENERATION_NAMES = ['Parents', 'Grandparents', 'Great-grandparents', 'Great-great-grandparents', '5th generation', '6th generation'];

/**
 * A pedigree chart: one column per generation, dam above sire, each ancestor with its variety,
 * rattery (outside lines) and date of birth; unknown ancestors as empty boxes. Prints on one page.
 */
export function PedigreeChart({ slots, animals, linkRats }: { slots: Array<Array<string | null>>; animals: Map<string, PedigreeAnimal>; linkRats: boolean }) {
  return (
    <ScrollArea label="Pedigree chart" className="pedigree-chart overflow-x-auto" data-testid="pedigree-chart" data-generations={slots.length}>
      <div className="grid min-w-[48rem] gap-2" style={{ gridTemplateColumns: `repeat(${slots.length}, minmax(0, 1fr))` }}>
        {slots.map((row, g) => (
          <section key={g} aria-label={GENERATION_NAMES[g] ?? `Generation ${g + 1}`} className="flex flex-col" data-generation={g + 1}>
            <h3 className="mb-2 text-xs font-semibold tracking-wide text-muted-foreground uppercase">{GENERATION_NAMES[g] ?? `Generation ${g + 1}`}</h3>
            <ol className="flex flex-1 flex-col justify-around gap-1">
              {row.map((id, i) => {
                const animal = id ? animals.get(id) : undefined;
                const role = i % 2 === 0 ? 'Dam' : 'Sire';
                return (
                  <li
                    key={i}
                    className={cn(
                      'rounded-md border px-2 py-1 text-xs break-inside-avoid',
                      animal ? (i % 2 === 0 ? 'border-pink-400/60 bg-pink-500/10' : 'border-sky-400/60 bg-sky-500/10') : 'border-dashed text-muted-foreground',
                    )}
                  >
                    {animal ? (
                      <>
                        <span className="sr-only">{role}: </span>
                        {linkRats && animal.ratId ? (
                          <Link href={`/rats/${animal.ratId}/pedigree`} className="font-medium text-primary hover:underline">
                            {animal.name}
                          </Link>
                        ) : (
                          <span className="font-medium">{animal.name}</span>
                        )}
                        <span className="block text-muted-foreground">
                          {[animal.variety, animal.ratId ? animal.code : animal.rattery ? `${animal.rattery} (outside line)` : 'outside line', animal.birthDate ? `b. ${formatDate(animal.birthDate)}` : null]
                            .filter(Boolean)
                            .join(' · ')}
                        </span>
                      </>
                    ) : (
                      <span>{role} unknown</span>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </div>
    </ScrollArea>
  );
}
