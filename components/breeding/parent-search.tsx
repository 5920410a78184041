import { SetParentButton } from '@/components/breeding/breeding-forms';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { formatDate } from '@/lib/format';

type Result = { kind: 'rat' | 'ancestor'; id: number; name: string; detail: string; birthDate: string | null };

/**
 * Setting a dam or sire by searching names and codes (rats of that sex and outside ancestors),
 * never a list of every rat: the search is a GET form, each result a button that records it.
 */
export function ParentSearch({
  ratId,
  version,
  role,
  current,
  query,
  results,
  otherQuery,
}: {
  ratId: number;
  version: number;
  role: 'dam' | 'sire';
  current: string | null;
  query: string;
  results: Result[] | null;
  otherQuery: Record<string, string>;
}) {
  const id = `search-${role}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <h3 id={`${id}-heading`} className="font-medium">
        {role === 'dam' ? 'Dam' : 'Sire'}: <span className="font-normal">{current ?? 'unknown'}</span>
      </h3>
      <form method="get" className="flex gap-2" role="search">
        {Object.entries(otherQuery).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <Label htmlFor={id} className="sr-only">
          Search for the {role} by name or code
        </Label>
        <Input id={id} name={role} type="search" defaultValue={query} placeholder={`Search for the ${role} by name or code`} />
        <Button type="submit" variant="outline">
          Search
        </Button>
      </form>
      {results ? (
        <div aria-live="polite">
          {results.length === 0 ? (
            <p className="text-sm text-muted-foreground">No {role === 'dam' ? 'female' : 'male'} rat or outside ancestor matches “{query}”.</p>
          ) : (
            <ul className="divide-y rounded-md border" aria-label={`${role === 'dam' ? 'Dam' : 'Sire'} search results`}>
              {results.map((r) => (
                <li key={`${r.kind}${r.id}`} className="flex flex-wrap items-start justify-between gap-2 px-3 py-2 text-sm">
                  <span>
                    <span className="font-medium">{r.name}</span>
                    <span className="block text-muted-foreground">
                      {r.detail}
                      {r.birthDate ? ` · born ${formatDate(r.birthDate)}` : ''}
                    </span>
                  </span>
                  <SetParentButton ratId={ratId} version={version} role={role} parentKind={r.kind} parentId={r.id} label={`Set ${r.name} as ${role}`} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      {current ? <SetParentButton ratId={ratId} version={version} role={role} parentKind="none" parentId={null} label={`Clear the ${role}`} /> : null}
    </section>
  );
}
