import Link from 'next/link';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { cn } from '@/lib/utils';
import type { GroupView } from './group-view';
import { SafetyBadges, SexLabel, SoloBadge } from './rat-badges';

/** Plain words for a rat left alone: the alert every view of a solo rat shows. */
export function SoloWarning({ name, className }: { name: string; className?: string }) {
  return (
    <Alert variant="warning" className={className}>
      <strong>{name} is living alone.</strong> Rats must never be kept alone: plan an introduction or move a companion into this cage group.
    </Alert>
  );
}

/** The members of a cage group, each linking to its rat, with quarantine and watch badges. */
export function MemberList({ group, moveLinks = false }: { group: GroupView; moveLinks?: boolean }) {
  if (group.members.length === 0) {
    return <p className="text-sm text-muted-foreground">No rats live in this cage group yet.</p>;
  }
  return (
    <ul className="divide-y" aria-label={`Rats in ${group.name}`}>
      {group.members.map((m) => (
        <li key={m.ratId} className="flex flex-col gap-1 py-2">
          <span className="flex items-baseline justify-between gap-3">
            <span className="flex flex-wrap items-baseline gap-x-2">
              <Link href={`/rats/${m.ratId}`} className="font-medium text-primary hover:underline">
                {m.name}
              </Link>
              <span className="font-mono text-xs">{m.code}</span>
              <span className="text-sm">
                <SexLabel sex={m.sex} />
              </span>
              {group.soloRatName === m.name ? <SoloBadge /> : null}
            </span>
            {moveLinks ? (
              <Link href={`/rats/${m.ratId}/move`} className="shrink-0 text-sm text-primary hover:underline" aria-label={`Move ${m.name}`}>
                Move
              </Link>
            ) : null}
          </span>
          <SafetyBadges quarantineUntil={m.quarantineUntil} watches={m.watches} />
        </li>
      ))}
    </ul>
  );
}

/** A cage group as a card: name linking to its page, home, members, the solo warning, and an action. */
export function CageGroupCard({ group, showHome = false, action }: { group: GroupView; showHome?: boolean; action?: ReactNode }) {
  const count = group.members.length;
  return (
    <Card className={cn(group.soloRatName && 'border-warning/60')}>
      <CardHeader className="flex-row items-start justify-between gap-3 pb-2">
        <div className="min-w-0">
          <h3 className="font-semibold leading-tight">
            <Link href={`/cage-groups/${group.id}`} className="hover:underline">
              {group.name}
            </Link>
          </h3>
          <p className="text-sm text-muted-foreground">
            {count === 1 ? '1 rat' : `${count} rats`}
            {showHome ? ` · ${group.homeName ?? 'Awaiting placement'}` : ''}
          </p>
        </div>
        {action ? <div className="shrink-0">{action}</div> : null}
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {group.soloRatName ? <SoloWarning name={group.soloRatName} /> : null}
        <MemberList group={group} />
      </CardContent>
    </Card>
  );
}
