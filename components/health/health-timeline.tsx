import { Activity, HeartPulse, Pill, Scale, Scissors, Stethoscope, ClipboardCheck, Flower2, type LucideIcon } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/page-header';
import type { HealthTimelineEntry } from '@/db/queries/health-events';
import { eventGrimace, HEALTH_EVENT_LABELS, healthEventHeadline } from '@/lib/domain/health-events';
import type { HealthEventKind } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';
import { cn } from '@/lib/utils';

const ICONS: Record<HealthEventKind, LucideIcon> = {
  weight: Scale,
  health_check: ClipboardCheck,
  vet_visit: Stethoscope,
  illness: Activity,
  medication: Pill,
  neuter: Scissors,
  neuter_review: HeartPulse,
  death: Flower2,
};

const PAIN_VARIANT = { no_pain: 'success', watch: 'warning', pain: 'destructive', severe_pain: 'destructive' } as const;

/** A rat's health events, newest first: what happened, the pain score if taken, the note, and who recorded it. */
export function HealthTimeline({ events }: { events: HealthTimelineEntry[] }) {
  if (events.length === 0) return <EmptyState title="No health events yet">Weights, checks, symptoms and vet visits appear here, newest first.</EmptyState>;
  return (
    <ol className="flex flex-col" aria-label="Health timeline">
      {events.map((event, i) => {
        const Icon = ICONS[event.kind];
        const pain = eventGrimace(event);
        const last = i === events.length - 1;
        return (
          <li key={event.id} className="relative flex gap-3 pb-5" data-kind={event.kind}>
            {!last ? <span aria-hidden className="absolute top-9 bottom-0 left-[1.0625rem] w-px bg-border" /> : null}
            <span
              aria-hidden
              className={cn(
                'z-10 flex size-9 shrink-0 items-center justify-center rounded-full border bg-card',
                event.kind === 'illness' && 'border-warning/60 text-warning-foreground',
                event.kind === 'death' && 'border-foreground/30 text-muted-foreground',
                event.kind === 'weight' && 'text-primary',
              )}
            >
              <Icon className="size-4" />
            </span>
            <div className="min-w-0 flex-1 pt-1">
              <p className="flex flex-wrap items-baseline gap-x-2 text-xs text-muted-foreground">
                <time dateTime={event.occurredOn} className="font-medium text-foreground">
                  {formatDate(event.occurredOn)}
                </time>
                <span>{HEALTH_EVENT_LABELS[event.kind]}</span>
              </p>
              <p className="mt-0.5 font-medium break-words">{healthEventHeadline(event)}</p>
              {pain ? (
                <p className="mt-1">
                  <Badge variant={PAIN_VARIANT[pain.band]}>Pain score {pain.total}/8</Badge> <span className="text-xs text-muted-foreground">{pain.label}</span>
                </p>
              ) : null}
              {event.notes ? <p className="mt-1 text-sm whitespace-pre-line break-words text-muted-foreground">{event.notes}</p> : null}
              {event.recordedByName ? <p className="mt-1 text-xs text-muted-foreground">Recorded by {event.recordedByName}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
