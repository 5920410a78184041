import { cn } from '@/lib/utils';

/** 'x of y' with a bar; the bar and the figure turn red past capacity. */
export function OccupancyMeter({ label, used, capacity, unit }: { label: string; used: number; capacity: number; unit: string }) {
  const over = used > capacity;
  const percent = capacity > 0 ? Math.min(100, Math.round((used / capacity) * 100)) : used > 0 ? 100 : 0;
  return (
    <div className="rounded-lg border bg-card p-4">
      <p className="text-sm text-muted-foreground">{label}</p>
      <p className={cn('mt-1 text-2xl font-semibold tabular-nums', over && 'text-destructive')}>
        {used} <span className="text-base font-normal text-muted-foreground">of {capacity} {unit}</span>
      </p>
      <div
        className="mt-2 h-2 overflow-hidden rounded-full bg-muted"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={capacity}
        aria-valuenow={used}
        aria-valuetext={`${used} of ${capacity} ${unit}${over ? ', over capacity' : ''}`}
      >
        <div className={cn('h-full rounded-full', over ? 'bg-destructive' : percent >= 90 ? 'bg-warning' : 'bg-success')} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
