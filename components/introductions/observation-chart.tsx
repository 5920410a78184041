'use client';

import { CartesianGrid, ComposedChart, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { TimelinePoint } from '@/lib/domain/introductions';

const OUTCOME_TICKS = ['Fight', 'Tense', 'Calm', 'Went well'];
const STAGE_TICKS = ['Scent', 'Side by side', 'Neutral', 'Carrier / small cage', 'Full cage', 'Bonded'];

/** The meetings over time: how each went (dots and line) and the stage it was at (steps). */
export function ObservationChart({ points, summary }: { points: TimelinePoint[]; summary: string }) {
  const data = points.map((p) => ({ ...p, time: new Date(p.at).getTime() }));
  const day = (t: number) => new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (
    <figure className="w-full">
      <div className="h-64 w-full" role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={256}>
          <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="time" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={day} tick={{ fontSize: 12 }} />
            <YAxis yAxisId="outcome" domain={[0, 3]} ticks={[0, 1, 2, 3]} tickFormatter={(v: number) => OUTCOME_TICKS[v] ?? ''} width={70} tick={{ fontSize: 11 }} />
            <YAxis yAxisId="stage" orientation="right" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} hide />
            <Tooltip labelFormatter={(t) => day(Number(t))} formatter={(value, name) => (name === 'How it went' ? OUTCOME_TICKS[Number(value)] : STAGE_TICKS[Number(value)])} />
            <Line yAxisId="stage" type="stepAfter" dataKey="stageStep" name="Stage" stroke="var(--color-muted-foreground)" strokeDasharray="4 3" dot={false} isAnimationActive={false} />
            <Line yAxisId="outcome" type="monotone" dataKey="score" name="How it went" stroke="var(--color-primary)" strokeWidth={2.5} isAnimationActive={false} />
            <Scatter yAxisId="outcome" dataKey="score" fill="var(--color-primary)" isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-xs text-muted-foreground">
        <span><span aria-hidden className="mr-1 inline-block h-0.5 w-4 bg-primary align-middle" />How each meeting went</span>
        <span><span aria-hidden className="mr-1 inline-block h-0.5 w-4 border-t border-dashed border-muted-foreground align-middle" />Stage (rises as they move on)</span>
      </figcaption>
    </figure>
  );
}
