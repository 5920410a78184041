'use client';

import { CartesianGrid, ComposedChart, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { HandlingChartPoint } from '@/lib/domain/charts';

const day = (t: number) => new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The progress curve: the derived step as a line, each session's own step as dots, stress and bites as markers. */
export function TrustStepChart({ points, summary }: { points: HandlingChartPoint[]; summary: string }) {
  return (
    <figure className="w-full">
      <div className="h-64 w-full" role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={256}>
          <ComposedChart data={points} margin={{ top: 8, right: 8, left: -20, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="time" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={day} tick={{ fontSize: 12 }} />
            <YAxis domain={[0, 8]} ticks={[0, 2, 4, 6, 8]} allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip labelFormatter={(t) => day(Number(t))} />
            <Line type="stepAfter" dataKey="step" name="Trust step" stroke="var(--color-primary)" strokeWidth={2.5} dot={false} isAnimationActive={false} />
            <Scatter dataKey="reached" name="Reached in session" fill="var(--color-muted-foreground)" isAnimationActive={false} />
            <Scatter dataKey="stress" name="Stress signs" fill="var(--color-warning)" shape="triangle" isAnimationActive={false} />
            <Scatter dataKey="bite" name="Bite" fill="var(--color-destructive)" shape="cross" isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-xs text-muted-foreground">
        <span><span aria-hidden className="mr-1 inline-block h-0.5 w-4 bg-primary align-middle" />Trust step</span>
        <span><span aria-hidden className="mr-1 inline-block size-2 rounded-full bg-muted-foreground align-middle" />Reached in a session</span>
        <span><span aria-hidden className="mr-1 text-warning">▲</span>Stress signs</span>
        <span><span aria-hidden className="mr-1 text-destructive">✕</span>Bite</span>
      </figcaption>
    </figure>
  );
}
