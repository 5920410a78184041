import { cn } from '@/lib/utils';

const BAR = 10;
const GAP = 4;
const HEIGHT = 28;

/**
 * Sessions per week as a row of tiny bars, oldest first. `null` marks a week before the rat came
 * to the home (drawn as a dot, not as a zero). `max` sets the scale, so rows of one home compare.
 */
export function SessionBars({ weeks, max, label, className }: { weeks: Array<number | null>; max: number; label: string; className?: string }) {
  const width = weeks.length * BAR + (weeks.length - 1) * GAP;
  const scale = Math.max(max, 1);
  return (
    <svg role="img" aria-label={label} width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} className={cn('shrink-0 overflow-visible', className)}>
      <title>{label}</title>
      {weeks.map((n, i) => {
        const x = i * (BAR + GAP);
        if (n === null) return <circle key={i} cx={x + BAR / 2} cy={HEIGHT - 2} r={1.5} className="fill-muted-foreground/50" />;
        // Whole pixels: the bars read the same, and a page of them sends far fewer digits.
        const h = n === 0 ? 2 : Math.max(3, Math.round((n / scale) * HEIGHT));
        const current = i === weeks.length - 1;
        return (
          <rect
            key={i}
            x={x}
            y={HEIGHT - h}
            width={BAR}
            height={h}
            rx={2}
            className={n === 0 ? 'fill-destructive/60' : current ? 'fill-primary' : 'fill-primary/45'}
          />
        );
      })}
    </svg>
  );
}

/** "Sessions per week, oldest first: 0, 3, not here yet, 7 (this week)". */
export function sessionBarsLabel(weeks: Array<number | null>): string {
  const parts = weeks.map((n) => (n === null ? 'not here yet' : String(n)));
  return `Sessions per week, oldest first: ${parts.join(', ')} (this week)`;
}
