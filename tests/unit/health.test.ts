import { describe, expect, it } from 'vitest';
import { detectWeightLoss, grimaceScore, weightChartData } from '@/lib/domain/health';
import { DEFAULT_POLICY } from '@/lib/domain/policy';

const now = new Date('2026-11-20T12:00:00Z');

/** Weighings from [date, grams] pairs. */
const weighings = (...entries: Array<[string, number]>) => entries.map(([occurredOn, weightGrams]) => ({ occurredOn, weightGrams }));

describe('weight-loss threshold', () => {
  it('does not alert on a loss of exactly 10%', () => {
    expect(detectWeightLoss(weighings(['2026-11-01', 300], ['2026-11-20', 270]), now, DEFAULT_POLICY)).toBeNull();
  });

  it('alerts on a loss of more than 10% within 30 days', () => {
    const loss = detectWeightLoss(weighings(['2026-11-01', 300], ['2026-11-20', 269]), now, DEFAULT_POLICY);
    expect(loss).toMatchObject({ lostGrams: 31, lostPercent: 10.3 });
    expect(loss?.message).toBe('Lost 10.3% of body weight: from 300 g on 1 Nov to 269 g on 20 Nov.');
  });

  it('compares with the heaviest weighing in the window, not the first', () => {
    const loss = detectWeightLoss(weighings(['2026-11-20', 280], ['2026-10-25', 300], ['2026-11-05', 320]), now, DEFAULT_POLICY);
    expect(loss?.peak).toEqual({ occurredOn: '2026-11-05', weightGrams: 320 });
  });

  it('counts a weighing exactly 30 days before', () => {
    expect(detectWeightLoss(weighings(['2026-10-21', 300], ['2026-11-20', 250]), now, DEFAULT_POLICY)).not.toBeNull();
  });

  it('does not alert on a heavier weighing outside the 30-day window', () => {
    expect(detectWeightLoss(weighings(['2026-10-20', 300], ['2026-11-20', 250]), now, DEFAULT_POLICY)).toBeNull();
  });

  it('judges the latest weighing, so a rat that regained weight does not alert', () => {
    const weights = weighings(['2026-11-01', 300], ['2026-11-10', 250], ['2026-11-18', 295]);
    expect(detectWeightLoss(weights, now, DEFAULT_POLICY)).toBeNull();
  });

  it('ignores weighings dated after today', () => {
    expect(detectWeightLoss(weighings(['2026-11-01', 300], ['2026-11-25', 200]), now, DEFAULT_POLICY)).toBeNull();
  });
});

describe('Rat Grimace Scale', () => {
  it('adds the four action units into a total of 0 to 8', () => {
    expect(grimaceScore({ orbital: 2, noseCheek: 1, ears: 2, whiskers: 1 }).total).toBe(6);
  });

  it('reads a total of 0 or 1 as no clear sign of pain', () => {
    expect(grimaceScore({ orbital: 1, noseCheek: 0, ears: 0, whiskers: 0 })).toEqual({ total: 1, band: 'no_pain', label: 'No clear sign of pain.' });
  });

  it('reads a total of 2 as possible discomfort to score again', () => {
    expect(grimaceScore({ orbital: 1, noseCheek: 1, ears: 0, whiskers: 0 }).band).toBe('watch');
  });

  it('reads a total of 3 as likely pain that needs the vet', () => {
    expect(grimaceScore({ orbital: 1, noseCheek: 1, ears: 1, whiskers: 0 })).toMatchObject({ band: 'pain', label: 'Likely in pain: call the vet about pain relief.' });
  });

  it('reads a total of 6 or more as severe pain', () => {
    expect(grimaceScore({ orbital: 2, noseCheek: 2, ears: 2, whiskers: 2 }).band).toBe('severe_pain');
  });

  it('refuses an action unit scored outside 0 to 2', () => {
    expect(() => grimaceScore({ orbital: 3, noseCheek: 0, ears: 0, whiskers: 0 })).toThrow('Orbital tightening (eyes narrowed) must be scored 0, 1 or 2, not 3.');
  });
});

describe('weight chart data', () => {
  const points = weightChartData(weighings(['2026-11-15', 260], ['2026-11-01', 300], ['2026-11-08', 290]), DEFAULT_POLICY);

  it('sorts the points by date with grams and a numeric time', () => {
    expect(points.map((p) => [p.date, p.grams])).toEqual([
      ['2026-11-01', 300],
      ['2026-11-08', 290],
      ['2026-11-15', 260],
    ]);
    expect(points[0].time).toBe(Date.UTC(2026, 10, 1));
  });

  it('flags only the points that triggered the weight-loss alert', () => {
    expect(points.map((p) => p.lossAlert)).toEqual([false, false, true]);
  });
});
