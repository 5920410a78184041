'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { kittenSeriesKey, type LitterWeightPoint } from '@/lib/domain/litter-progress';

const CHART_HEIGHT = 260;
const COLOURS = ['#2563eb', '#db2777', '#16a34a', '#ea580c', '#7c3aed', '#0891b2', '#ca8a04', '#dc2626', '#4b5563', '#65a30d', '#c026d3', '#0d9488'];
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The litter's weights, one line per kitten (data shaped by litterWeightChartData); `summary` says it in words. */
export function LitterWeightChart({ points, kittens, summary }: { points: LitterWeightPoint[]; kittens: Array<{ id: number; name: string }>; summary: string }) {
  return (
    <figure className="flex flex-col gap-3">
      <div aria-hidden className="w-full" style={{ height: CHART_HEIGHT }} data-testid="litter-weight-chart" data-lines={kittens.length}>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart accessibilityLayer={false} data={points} margin={{ top: 12, right: 12, left: -8, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="time" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={(t: number) => dayMonth.format(new Date(t))} tick={{ fontSize: 12 }} minTickGap={24} />
            <YAxis tick={{ fontSize: 12 }} width={56} unit=" g" allowDecimals={false} />
            <Tooltip labelFormatter={(t) => dayMonth.format(new Date(Number(t)))} formatter={(v) => `${v} g`} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {kittens.map((k, i) => (
              <Line key={k.id} type="monotone" dataKey={kittenSeriesKey(k.id)} name={k.name} stroke={COLOURS[i % COLOURS.length]} strokeWidth={2} connectNulls isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-muted-foreground">{summary}</figcaption>
    </figure>
  );
}
