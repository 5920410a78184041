'use client';

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TimelineRow } from '@/lib/domain/charts';

/** Each open quarantine as a bar from its start to its planned end; the line is today. */
export function QuarantineTimeline({ rows }: { rows: TimelineRow[] }) {
  const data = rows.map((r) => ({ ...r, name: `${r.label} (${r.home})`, offset: r.start }));
  const height = Math.max(160, rows.length * 28 + 60);
  const min = Math.min(0, ...rows.map((r) => r.start));
  const max = Math.max(7, ...rows.map((r) => r.start + r.length));
  return (
    <div style={{ height }} className="w-full" role="img" aria-label={`Quarantine timeline: ${rows.map((r) => `${r.label} at ${r.home}${r.overdue ? ', overdue' : ''}`).join('; ')}`}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 8, right: 16, left: 8, bottom: 8 }} barCategoryGap={6}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[min, max]} tickFormatter={(d: number) => (d === 0 ? 'today' : `${d > 0 ? '+' : ''}${d}d`)} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value, key) => (key === 'length' ? [`${value} days`, 'Planned length'] : null)} />
          <Bar dataKey="offset" stackId="t" fill="transparent" isAnimationActive={false} />
          <Bar dataKey="length" stackId="t" radius={[4, 4, 4, 4]} isAnimationActive={false}>
            {data.map((row) => (
              <Cell key={row.name} fill={row.overdue ? 'var(--color-destructive)' : 'var(--color-warning)'} />
            ))}
          </Bar>
          <ReferenceLine x={0} stroke="var(--color-foreground)" strokeDasharray="4 2" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
