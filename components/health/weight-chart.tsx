'use client';

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeightChartPoint } from '@/lib/domain/health';

const CHART_HEIGHT = 240;

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

type DotProps = { cx?: number; cy?: number; payload?: WeightChartPoint; index?: number };

/** Ordinary weighings are small dots; a weighing that triggered the weight-loss alert is a larger red ring. */
function WeightDot({ cx, cy, payload, index }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  if (payload.lossAlert) {
    return <circle key={index} cx={cx} cy={cy} r={6} fill="var(--color-card)" stroke="var(--color-destructive)" strokeWidth={3} data-loss-alert="true" />;
  }
  return <circle key={index} cx={cx} cy={cy} r={3.5} fill="var(--color-primary)" stroke="var(--color-card)" strokeWidth={1.5} />;
}

function WeightTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: WeightChartPoint }> }) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="rounded-md border bg-card px-3 py-2 text-sm shadow-sm">
      <p className="font-medium">{point.grams} g</p>
      <p className="text-muted-foreground">{fullDate.format(new Date(point.time))}</p>
      {point.lossAlert ? <p className="font-medium text-destructive">Weight-loss alert</p> : null}
    </div>
  );
}

/**
 * A rat's weight over time (data shaped by weightChartData). The chart itself is hidden from
 * screen readers; `summary` (weightChartSummary) says the same in words as the caption.
 */
export function WeightChart({ points, summary }: { points: WeightChartPoint[]; summary: string }) {
  const grams = points.map((p) => p.grams);
  // Round the axis to whole tens (or fives for kittens) so its ticks read as plain weights.
  const step = Math.max(...grams) < 100 ? 5 : 10;
  const pad = Math.max(step, (Math.max(...grams) - Math.min(...grams)) * 0.15);
  const domain: [number, number] = [Math.max(0, Math.floor((Math.min(...grams) - pad) / step) * step), Math.ceil((Math.max(...grams) + pad) / step) * step];
  const flagged = points.some((p) => p.lossAlert);
  return (
    <figure className="flex flex-col gap-3">
      <div aria-hidden className="w-full" style={{ height: CHART_HEIGHT }} data-testid="weight-chart" data-points={points.length}>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart accessibilityLayer={false} data={points} margin={{ top: 12, right: 12, left: -8, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={points.length === 1 ? [points[0].time - 86_400_000 * 3, points[0].time + 86_400_000 * 3] : ['dataMin', 'dataMax']}
              tickFormatter={(t: number) => dayMonth.format(new Date(t))}
              tick={{ fontSize: 12 }}
              minTickGap={24}
            />
            <YAxis domain={domain} tick={{ fontSize: 12 }} width={56} unit=" g" allowDecimals={false} tickCount={5} />
            <Tooltip content={<WeightTooltip />} />
            <Line type="monotone" dataKey="grams" name="Weight" stroke="var(--color-primary)" strokeWidth={2} dot={<WeightDot />} activeDot={{ r: 6 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-muted-foreground">
        {summary}
        {flagged ? <span className="ml-1 text-destructive">Red rings mark weighings that triggered the weight-loss alert.</span> : null}
      </figcaption>
    </figure>
  );
}
