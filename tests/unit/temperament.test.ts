import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_SCALE,
  normalisedScore,
  onCurrentScale,
  temperamentTrend,
  trendSummary,
  type TrendRow,
} from '@/lib/domain/temperament';

function row(id: number, day: number, scores: [number, number, number, number], scaleMax = 5): TrendRow {
  const [approach, handlingTolerance, newSpaceConfidence, ratSociability] = scores;
  return { id, assessedAt: new Date(Date.UTC(2026, 10, day, 18)), scaleMax, approach, handlingTolerance, newSpaceConfidence, ratSociability };
}

describe('assessment scale', () => {
  it('new assessments are scored 1 to 5 on scale version 1', () => {
    expect(ASSESSMENT_SCALE).toEqual({ version: 1, max: 5 });
  });
});

describe('normalised score', () => {
  it('puts the lowest score at 0 and the highest at 1', () => {
    expect(normalisedScore(1, 5)).toBe(0);
    expect(normalisedScore(5, 5)).toBe(1);
    expect(normalisedScore(3, 5)).toBe(0.5);
  });

  it('puts an old 1-5 score and a 1-10 score with the same meaning at the same height', () => {
    expect(normalisedScore(3, 5)).toBeCloseTo(normalisedScore(5.5, 10));
    expect(normalisedScore(5, 5)).toBe(normalisedScore(10, 10));
    expect(normalisedScore(1, 5)).toBe(normalisedScore(1, 10));
  });

  it('keeps a score outside its scale on the axis', () => {
    expect(normalisedScore(0, 5)).toBe(0);
    expect(normalisedScore(7, 5)).toBe(1);
  });

  it('refuses a scale with nothing to choose between', () => {
    expect(() => normalisedScore(1, 1)).toThrow();
  });

  it('reads a normalised value back on the current 1-5 scale for the axis', () => {
    expect(onCurrentScale(0)).toBe(1);
    expect(onCurrentScale(0.5)).toBe(3);
    expect(onCurrentScale(1)).toBe(5);
  });
});

describe('temperament trend', () => {
  it('charts an old 1-5 row and a hypothetical 1-10 row on the same 0-1 axis', () => {
    const points = temperamentTrend([row(1, 1, [1, 2, 3, 5], 5), row(2, 20, [10, 4, 5.5, 1], 10)]);
    expect(points.map((p) => p.approach)).toEqual([0, 1]);
    expect(points[0].handlingTolerance).toBeCloseTo(0.25);
    expect(points[1].handlingTolerance).toBeCloseTo(1 / 3);
    expect(points[0].newSpaceConfidence).toBeCloseTo(points[1].newSpaceConfidence);
    expect(points.map((p) => p.ratSociability)).toEqual([1, 0]);
  });

  it('keeps each score as it was given, on its own scale, for the tooltip', () => {
    const [old, next] = temperamentTrend([row(1, 1, [2, 2, 3, 5], 5), row(2, 20, [7, 4, 5, 1], 10)]);
    expect(old.raw.approach).toBe('2 of 5');
    expect(next.raw.approach).toBe('7 of 10');
  });

  it('orders assessments oldest first, and same-moment assessments by id', () => {
    const points = temperamentTrend([row(3, 20, [5, 5, 5, 5]), row(2, 1, [1, 1, 1, 1]), row(1, 20, [3, 3, 3, 3])]);
    expect(points.map((p) => p.id)).toEqual([2, 1, 3]);
    expect(points.map((p) => p.label)).toEqual(['1 Nov', '20 Nov', '20 Nov']);
  });

  it('does not change the rows it is given', () => {
    const rows = [row(2, 20, [5, 5, 5, 5]), row(1, 1, [1, 1, 1, 1])];
    temperamentTrend(rows);
    expect(rows.map((r) => r.id)).toEqual([2, 1]);
  });
});

describe('trend summary', () => {
  it('says there is nothing yet', () => {
    expect(trendSummary([])).toBe('No assessments yet.');
  });

  it('reads out a single assessment', () => {
    expect(trendSummary(temperamentTrend([row(1, 3, [2, 1, 3, 4])]))).toBe(
      'One assessment, on 3 Nov: approach 2 of 5, handling tolerance 1 of 5, confidence in a new space 3 of 5, sociability with rats 4 of 5.',
    );
  });

  it('names each score from the first assessment to the last and whether it went up, down or stayed', () => {
    const text = trendSummary(temperamentTrend([row(1, 1, [1, 3, 2, 4]), row(2, 10, [2, 3, 2, 4]), row(3, 20, [4, 3, 1, 4])]));
    expect(text).toBe(
      '3 assessments from 1 Nov to 20 Nov. Approach 1 of 5 → 4 of 5 (up); handling tolerance 3 of 5 → 3 of 5 (no change); confidence in a new space 2 of 5 → 1 of 5 (down); sociability with rats 4 of 5 → 4 of 5 (no change).',
    );
  });

  it('compares across scales by meaning, not by raw number', () => {
    const text = trendSummary(temperamentTrend([row(1, 1, [3, 3, 3, 3], 5), row(2, 20, [5.5, 6, 5, 5.5], 10)]));
    expect(text).toContain('Approach 3 of 5 → 5.5 of 10 (no change)');
    expect(text).toContain('handling tolerance 3 of 5 → 6 of 10 (up)');
    expect(text).toContain('confidence in a new space 3 of 5 → 5 of 10 (down)');
  });
});
