'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ASSESSMENT_SCALE, onCurrentScale, SCORE_KEYS, SCORE_QUESTIONS, type ScoreKey, type TrendPoint } from '@/lib/domain/temperament';

/** Colour and dash per score, so the lines stay apart in greyscale and for colour-blind readers. */
const LINES: Record<ScoreKey, { color: string; dash?: string }> = {
  approach: { color: 'var(--color-primary)' },
  handlingTolerance: { color: 'var(--color-info)', dash: '6 3' },
  newSpaceConfidence: { color: 'var(--color-success)', dash: '2 3' },
  ratSociability: { color: 'var(--color-warning-foreground)', dash: '10 3 2 3' },
};

const HEIGHT = 260;
const TICKS = Array.from({ length: ASSESSMENT_SCALE.max }, (_, i) => i / (ASSESSMENT_SCALE.max - 1));

/**
 * The four scores over time. Points are normalised (0 to 1) so assessments from any scale share
 * the axis; the axis reads on today's 1–5 scale and the tooltip shows each score as it was given.
 */
export function TemperamentTrend({ points, summary }: { points: TrendPoint[]; summary: string }) {
  return (
    <figure className="flex flex-col gap-2">
      <div role="img" aria-label={`Temperament trend. ${summary}`} style={{ height: HEIGHT }} className="w-full">
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 12, left: -24, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis
              domain={[0, 1]}
              ticks={TICKS}
              tickFormatter={(v: number) => String(Math.round(onCurrentScale(v)))}
              tick={{ fontSize: 12 }}
              allowDecimals
            />
            <Tooltip
              formatter={(_value, name, item) => {
                const key = SCORE_KEYS.find((k) => SCORE_QUESTIONS[k].label === name);
                const point = item?.payload as TrendPoint | undefined;
                return [key && point ? point.raw[key] : '', name];
              }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {SCORE_KEYS.map((key) => (
              <Line
                key={key}
                type="monotone"
                dataKey={key}
                name={SCORE_QUESTIONS[key].label}
                stroke={LINES[key].color}
                strokeDasharray={LINES[key].dash}
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-muted-foreground">{summary}</figcaption>
    </figure>
  );
}
