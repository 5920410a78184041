import { describe, expect, it } from 'vitest';
import { compareWithinLitter, litterWeightChartData } from '@/lib/domain/litter-progress';

describe('litter weight chart', () => {
  it('puts each weighing day on one row with a value per kitten weighed that day', () => {
    expect(
      litterWeightChartData([
        { ratId: 2, occurredOn: '2026-11-12', weightGrams: 14 },
        { ratId: 1, occurredOn: '2026-11-10', weightGrams: 6 },
        { ratId: 2, occurredOn: '2026-11-10', weightGrams: 7 },
      ]),
    ).toEqual([
      { time: Date.UTC(2026, 10, 10), k1: 6, k2: 7 },
      { time: Date.UTC(2026, 10, 12), k2: 14 },
    ]);
  });
});

describe('kittens compared within the litter', () => {
  it('says how far each kitten is ahead of or behind the litter median step, and its weight against the median', () => {
    const result = compareWithinLitter([
      { ratId: 1, name: 'A', currentStep: 3, sessions: 4, latestGrams: 40 },
      { ratId: 2, name: 'B', currentStep: 2, sessions: 4, latestGrams: 50 },
      { ratId: 3, name: 'C', currentStep: 1, sessions: 4, latestGrams: 30 },
    ]);
    expect(result.map((k) => [k.stepVsLitter, k.weightVsLitter])).toEqual([
      ['1 step ahead of the litter', "100% of the litter's median weight"],
      ['Level with the litter', "125% of the litter's median weight"],
      ['1 step behind the litter', "75% of the litter's median weight"],
    ]);
  });

  it('says so when a kitten has no step or weight yet', () => {
    const [kitten] = compareWithinLitter([{ ratId: 1, name: 'A', currentStep: null, sessions: 0, latestGrams: null }]);
    expect(kitten).toMatchObject({ stepVsLitter: 'Not enough sessions yet', weightVsLitter: 'Not weighed yet' });
  });
});
