'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartSpec, Cell } from '@/lib/domain/reports';

const COLOURS = ['var(--color-primary)', 'var(--color-info)', 'var(--color-warning)', 'var(--color-success)', 'var(--color-destructive)', 'var(--color-muted-foreground)', 'oklch(0.6 0.15 300)', 'oklch(0.6 0.12 200)'];

/** One report's chart from its table rows; a dash (no value) charts as a gap. */
export function ReportChart({ spec, rows, label }: { spec: ChartSpec; rows: Array<Record<string, Cell>>; label: string }) {
  const data = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '–' ? null : v])));
  const common = (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey={spec.x} tick={{ fontSize: 11 }} minTickGap={8} />
      <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
      <Tooltip />
      <Legend wrapperStyle={{ fontSize: 12 }} />
    </>
  );
  return (
    <div className="h-64 w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={256}>
        {spec.kind === 'line' ? (
          <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
            {common}
            {spec.series.map((s, i) => (
              <Line key={s.key} dataKey={s.key} name={s.label} stroke={COLOURS[i % COLOURS.length]} strokeWidth={2} isAnimationActive={false} />
            ))}
          </LineChart>
        ) : (
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
            {common}
            {spec.series.map((s, i) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} stackId={spec.kind === 'stacked' ? 'a' : undefined} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
