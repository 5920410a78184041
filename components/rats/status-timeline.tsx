import { EmptyState } from '@/components/ui/page-header';
import type { RatStatus } from '@/lib/domain/vocabulary';
import { RatStatusBadge } from './rat-status-badge';
import { When } from './when';

export type StatusTimelineEntry = {
  id: number;
  fromStatus: RatStatus | null;
  toStatus: RatStatus;
  changedAt: Date;
  reason: string;
  changedByName: string | null;
};

/** Every status change, newest first: from → to, when, who and why. */
export function StatusTimeline({ entries }: { entries: StatusTimelineEntry[] }) {
  if (entries.length === 0) {
    return <EmptyState title="No status changes yet">Each change will appear here with who made it, when and why.</EmptyState>;
  }
  return (
    <ol className="relative flex flex-col gap-5 border-l-2 border-border pl-6" aria-label="Status history">
      {entries.map((entry, index) => (
        <li key={entry.id} className="relative">
          <span
            aria-hidden
            className={`absolute top-1.5 -left-[31px] size-3.5 rounded-full border-2 border-background ${index === 0 ? 'bg-primary' : 'bg-muted-foreground/40'}`}
          />
          <p className="flex flex-wrap items-center gap-1.5 text-sm">
            {entry.fromStatus ? (
              <>
                <RatStatusBadge status={entry.fromStatus} />
                <span aria-hidden>→</span>
                <span className="sr-only">to</span>
              </>
            ) : null}
            <RatStatusBadge status={entry.toStatus} />
          </p>
          <p className="mt-1 text-xs text-muted-foreground">
            <When at={entry.changedAt} /> · {entry.changedByName ?? 'System'}
          </p>
          <p className="mt-1 text-sm">{entry.reason ? entry.reason : <span className="text-muted-foreground">No reason given</span>}</p>
        </li>
      ))}
    </ol>
  );
}
