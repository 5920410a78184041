import { NotebookPen, Scale } from 'lucide-react';
import Link from 'next/link';
import { RatAvatar } from '@/components/rats/rat-avatar';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/page-header';
import type { HandlingRat } from '@/db/queries/handling-sessions';
import { handlingFreshness } from '@/lib/domain/handling';
import type { HomeScreenPage } from '@/lib/domain/home-screen';
import type { Policy } from '@/lib/domain/policy';
import { trustStepName } from '@/lib/domain/trust-ladder';
import { WATCH_KIND_LABELS } from '@/lib/domain/watches';

type Group = { id: number | null; name: string; rats: HandlingRat[] };

function byCageGroup(rats: HandlingRat[]): Group[] {
  const groups = new Map<number | null, Group>();
  for (const rat of rats) {
    const group = groups.get(rat.cageGroupId) ?? { id: rat.cageGroupId, name: rat.cageGroupName ?? 'Not in a cage group', rats: [] };
    group.rats.push(rat);
    groups.set(rat.cageGroupId, group);
  }
  return [...groups.values()];
}

/** A cage on the home screen: a cage group, or a rat in none (then known by that rat). */
type Cage = { cageGroupId: number | null; firstRatId: number };

function cageQuery(cage: Cage): string {
  return cage.cageGroupId ? `group=${cage.cageGroupId}` : `rat=${cage.firstRatId}`;
}

function sessionLink(cage: Cage): string {
  return `/sessions/new?${cageQuery(cage)}`;
}

function weightsLink(cage: Cage): string {
  return `/weights/new?${cageQuery(cage)}`;
}

function cageOf(group: Group): Cage {
  return { cageGroupId: group.id, firstRatId: group.rats[0].id };
}

/** The home screen's address for a page of cages. */
export function homeScreenHref(page: number): string {
  return page > 1 ? `/dashboard?page=${page}` : '/dashboard';
}

/** The screens a foster needs with no signal: every page of the home screen, and each cage's session and weights forms. */
export function offlinePages(screen: Pick<HomeScreenPage, 'pageCount' | 'cages'>): string[] {
  const pages = Array.from({ length: screen.pageCount }, (_, i) => homeScreenHref(i + 1));
  return [...pages, ...screen.cages.flatMap((cage) => [sessionLink(cage), weightsLink(cage)])];
}

/** A foster's rats by cage group, each with its trust step and when it was last handled, and one big action per cage. */
export function FosterHomeScreen({ rats, now, policy }: { rats: HandlingRat[]; now: Date; policy: Policy }) {
  if (rats.length === 0) return <EmptyState title="No rats placed with you yet">When staff place rats in your home they appear here.</EmptyState>;
  return (
    <div className="flex flex-col gap-4">
      {byCageGroup(rats).map((group) => (
        <Card key={group.id ?? 'none'} aria-labelledby={`group-${group.id}`} className="overflow-hidden">
          <div className="flex items-center justify-between gap-3 border-b bg-muted/40 px-4 py-3">
            <h2 id={`group-${group.id}`} className="font-semibold">
              {group.name}
            </h2>
            <span className="text-xs text-muted-foreground">{group.rats.length === 1 ? '1 rat' : `${group.rats.length} rats`}</span>
          </div>
          <ul className="divide-y">
            {group.rats.map((rat) => {
              const freshness = handlingFreshness(rat.lastHandledAt, now, policy);
              return (
                <li key={rat.id}>
                  <Link href={`/rats/${rat.id}`} className="flex items-center gap-3 px-4 py-3 hover:bg-muted/50" data-testid={`rat-${rat.name}`}>
                    <RatAvatar ratId={rat.id} photoId={rat.mainPhotoId} name={rat.name} className="size-12 text-lg" />
                    <span className="min-w-0 flex-1">
                      <span className="block font-medium">{rat.name}</span>
                      <span className="block text-sm" data-testid="trust-step">
                        {rat.currentStep === null ? 'No step yet' : `Step ${rat.currentStep} · ${trustStepName(rat.currentStep)}`}
                      </span>
                      <span className={freshness.stale ? 'block text-xs font-medium text-destructive' : 'block text-xs text-muted-foreground'} data-testid="handled">
                        {freshness.text}
                      </span>
                    </span>
                    <span className="flex flex-col items-end gap-1">
                      {rat.inQuarantine ? <Badge variant="warning">Quarantine</Badge> : null}
                      {rat.watchKinds.map((k) => (
                        <Badge key={k} variant="info">
                          {WATCH_KIND_LABELS[k]}
                        </Badge>
                      ))}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
          <div className="flex flex-col gap-2 p-3">
            <Button asChild size="lg" className="w-full">
              <Link href={sessionLink(cageOf(group))}>
                <NotebookPen aria-hidden />
                Log a session{group.rats.length > 1 ? ` with ${group.name}` : ` with ${group.rats[0].name}`}
              </Link>
            </Button>
            <Button asChild variant="outline" className="w-full">
              <Link href={weightsLink(cageOf(group))}>
                <Scale aria-hidden />
                Record weights{group.rats.length > 1 ? ` for ${group.name}` : ` for ${group.rats[0].name}`}
              </Link>
            </Button>
          </div>
        </Card>
      ))}
    </div>
  );
}
