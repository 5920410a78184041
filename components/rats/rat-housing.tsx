import { ArrowRightLeft } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { humanize, type Sex, type WatchKind } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';
import { When } from './when';

type PlacementRow = {
  id: number;
  fosterHomeId: number;
  homeName: string;
  startedAt: Date;
  endedAt: Date | null;
  reason: string;
  endReason: string | null;
};

export type Housing = {
  current: PlacementRow | null;
  history: PlacementRow[];
  cageGroup: {
    id: number;
    name: string;
    joinedAt: Date;
    homeName: string | null;
    mates: Array<{ id: number; name: string; code: string; sex: Sex }>;
  } | null;
};

export type OpenWindows = {
  quarantine: { reason: string; startedOn: string; plannedEndOn: string; restartedOn: string | null } | null;
  watches: Array<{ id: number; kind: WatchKind; startedOn: string; dueOn: string }>;
};

function MaybeLink({ href, show, children }: { href: string; show: boolean; children: ReactNode }) {
  return show ? (
    <Link href={href} className="font-medium text-primary hover:underline">
      {children}
    </Link>
  ) : (
    <span className="font-medium">{children}</span>
  );
}

function InfoCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <h3 className="font-semibold">{title}</h3>
      </CardHeader>
      <CardContent className="flex flex-col gap-2 text-sm">{children}</CardContent>
    </Card>
  );
}

/**
 * Where the rat lives now (home and cage group, with its cage-mates), its open quarantine and
 * watches, and every placement it has had. Read-only: moves happen on the move page.
 */
export function RatHousing({
  ratId,
  ratName,
  housing,
  windows,
  staffLinks,
}: {
  ratId: number;
  ratName: string;
  housing: Housing;
  windows: OpenWindows;
  /** Staff may open homes and cage groups and move the rat; fosters see names only. */
  staffLinks: boolean;
}) {
  const { current, cageGroup } = housing;
  const solo = cageGroup && cageGroup.mates.length === 0 && !windows.quarantine;
  return (
    <div className="flex flex-col gap-5">
      {staffLinks ? (
        <div className="flex flex-wrap justify-end gap-2">
          <Button asChild variant="outline">
            <Link href={`/introductions/new?a=rat:${ratId}`}>Plan an introduction</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href={`/rats/${ratId}/move`}>
              <ArrowRightLeft aria-hidden />
              Move…
            </Link>
          </Button>
        </div>
      ) : null}

      <div className="grid gap-4 md:grid-cols-2">
        <InfoCard title="Foster home">
          {current ? (
            <div className="flex flex-col gap-1">
              <MaybeLink href={`/foster-homes/${current.fosterHomeId}`} show={staffLinks}>
                {current.homeName}
              </MaybeLink>
              <p className="text-muted-foreground">
                Since <When at={current.startedAt} />
              </p>
              <p>{current.reason}</p>
            </div>
          ) : (
            <p className="text-muted-foreground">{ratName} is not placed in a foster home.</p>
          )}
        </InfoCard>

        <InfoCard title="Cage group">
          {cageGroup ? (
            <>
              <MaybeLink href={`/cage-groups/${cageGroup.id}`} show={staffLinks}>
                {cageGroup.name}
              </MaybeLink>
              <p className="text-muted-foreground">
                Since <When at={cageGroup.joinedAt} />
                {cageGroup.homeName ? ` · at ${cageGroup.homeName}` : ' · waiting for its first home'}
              </p>
              {cageGroup.mates.length > 0 ? (
                <div>
                  <h4 className="text-xs uppercase tracking-wide text-muted-foreground">Lives with</h4>
                  <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
                    {cageGroup.mates.map((mate) => (
                      <li key={mate.id}>
                        <Link href={`/rats/${mate.id}`} className="text-primary hover:underline">
                          {mate.name}
                        </Link>{' '}
                        <span className="text-xs text-muted-foreground">({humanize(mate.sex).toLowerCase()})</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {solo ? (
                <Alert variant="warning">
                  {ratName} is alone in this cage group. Rats must never be kept alone: plan an introduction or a move.
                </Alert>
              ) : null}
            </>
          ) : (
            <p className="text-muted-foreground">{ratName} is not in a cage group.</p>
          )}
        </InfoCard>
      </div>

      {windows.quarantine || windows.watches.length > 0 ? (
        <InfoCard title="Quarantine and watches">
          <ul className="flex flex-col gap-2 text-sm">
            {windows.quarantine ? (
              <li>
                <span className="font-medium">Quarantine ({humanize(windows.quarantine.reason).toLowerCase()})</span>: since{' '}
                {formatDate(windows.quarantine.startedOn)}
                {windows.quarantine.restartedOn ? `, restarted ${formatDate(windows.quarantine.restartedOn)}` : ''}, planned end{' '}
                {formatDate(windows.quarantine.plannedEndOn)}. Meets no rat from outside its cohort until released.
              </li>
            ) : null}
            {windows.watches.map((w) => (
              <li key={w.id}>
                <span className="font-medium">{humanize(w.kind)} watch</span>: since {formatDate(w.startedOn)}, due {formatDate(w.dueOn)}.
              </li>
            ))}
          </ul>
        </InfoCard>
      ) : null}

      <section aria-labelledby="placement-history-title" className="flex flex-col gap-3">
        <h3 id="placement-history-title" className="font-semibold">
          Placement history
        </h3>
        {housing.history.length === 0 ? (
          <EmptyState title="No placements yet">Placements appear here once {ratName} goes to a foster home.</EmptyState>
        ) : (
          <Table aria-labelledby="placement-history-title">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Home</TableHead>
                <TableHead scope="col">From</TableHead>
                <TableHead scope="col">To</TableHead>
                <TableHead scope="col" className="hidden sm:table-cell">
                  Why
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {housing.history.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>
                    <MaybeLink href={`/foster-homes/${p.fosterHomeId}`} show={staffLinks}>
                      {p.homeName}
                    </MaybeLink>
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{formatDate(p.startedAt)}</TableCell>
                  <TableCell className="whitespace-nowrap">{p.endedAt ? formatDate(p.endedAt) : 'Now'}</TableCell>
                  <TableCell className="hidden text-muted-foreground sm:table-cell">
                    {p.reason}
                    {p.endReason ? ` → left: ${p.endReason}` : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
