'use client';

import { CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { HandlingChartPoint } from '@/lib/domain/charts';
import type { ChartBand } from '@/lib/domain/progress';

const day = (t: number) => new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

type Props = {
  points: HandlingChartPoint[];
  summary: string;
  readyStep: number;
  bands: ChartBand[];
  /** The projected range for reaching the ready step, as times. */
  projection: { from: number; to: number } | null;
  domain: [number, number];
};

/**
 * The progress curve: the derived step as a line, each session's own step as dots, stress and bites
 * as markers; quarantine and home changes shaded, the ready step as a line, the projection as a band.
 */
export function TrustStepChart({ points, summary, readyStep, bands, projection, domain }: Props) {
  return (
    <figure className="w-full">
      <div className="h-64 w-full" role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={256}>
          <ComposedChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, left: -20, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="time" type="number" scale="time" domain={domain} tickFormatter={day} tick={{ fontSize: 12 }} />
            <YAxis domain={[0, 8]} ticks={[0, 2, 4, 6, 8]} allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip labelFormatter={(t) => day(Number(t))} />
            {bands.map((b) => (
              <ReferenceArea
                key={`${b.kind}-${b.from}`}
                x1={b.from}
                x2={b.to}
                y1={0}
                y2={8}
                fill={b.kind === 'quarantine' ? 'var(--color-warning)' : 'var(--color-info)'}
                fillOpacity={0.12}
                ifOverflow="hidden"
              />
            ))}
            {projection ? <ReferenceArea x1={projection.from} x2={Math.max(projection.to, projection.from + 86_400_000)} y1={readyStep - 0.25} y2={readyStep + 0.25} fill="var(--color-success)" fillOpacity={0.35} ifOverflow="extendDomain" /> : null}
            <ReferenceLine y={readyStep} stroke="var(--color-success)" strokeDasharray="6 4" label={{ value: `Ready (step ${readyStep})`, position: 'insideTopLeft', fontSize: 11 }} />
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
        <span><span aria-hidden className="mr-1 inline-block h-0 w-4 border-t-2 border-dashed border-success align-middle" />Ready step</span>
        {projection ? <span><span aria-hidden className="mr-1 inline-block h-2 w-4 bg-success/40 align-middle" />Projected to reach it</span> : null}
        {bands.some((b) => b.kind === 'quarantine') ? <span><span aria-hidden className="mr-1 inline-block h-2 w-4 bg-warning/20 align-middle" />Quarantine</span> : null}
        {bands.some((b) => b.kind === 'home') ? <span><span aria-hidden className="mr-1 inline-block h-2 w-4 bg-info/20 align-middle" />After a home change</span> : null}
      </figcaption>
    </figure>
  );
}
