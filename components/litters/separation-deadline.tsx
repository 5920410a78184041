import { Badge } from '@/components/ui/badge';
import { separationStatus, type SeparationStatus } from '@/lib/domain/litters';
import type { WatchOutcome } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';

const BADGE = {
  open: { variant: 'info', label: 'Open' },
  due_soon: { variant: 'warning', label: 'Due soon' },
  overdue: { variant: 'destructive', label: 'Overdue' },
  closed: { variant: 'success', label: 'Split' },
} as const;

/** Where the split by sex stands, as a small badge. */
export function SeparationBadge({ status, outcome }: { status: SeparationStatus; outcome: WatchOutcome | null }) {
  const badge = BADGE[status.state];
  return <Badge variant={badge.variant}>{status.state === 'closed' && outcome !== 'separated' ? 'Closed' : badge.label}</Badge>;
}

/** A litter's sex-separation deadline: the date, where it stands, and why it matters. */
export function SeparationDeadline({
  watch,
  now,
  separationDay,
}: {
  watch: { dueOn: string; closedOn: string | null; outcome: WatchOutcome | null };
  now: Date;
  separationDay: number;
}) {
  const status = separationStatus(watch, now);
  return (
    <div className="flex flex-col gap-2" data-testid="separation-deadline">
      <p className="flex flex-wrap items-center gap-2">
        <span className="text-2xl font-semibold">{formatDate(watch.dueOn)}</span>
        <SeparationBadge status={status} outcome={watch.outcome} />
      </p>
      <p className="text-sm font-medium">{status.text}</p>
      {watch.closedOn === null ? (
        <p className="text-sm text-muted-foreground">
          Males can be fertile from day {separationDay}: sex the kittens and move the males away from their mother and sisters before then.
        </p>
      ) : null}
    </div>
  );
}
