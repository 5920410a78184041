/**
 * Health rules: weight-loss detection, the Rat Grimace Scale, and weight-chart data for recharts.
 */
import { addDays, parseIsoDate } from './dates';
import type { Policy } from './policy';
import { formatShortDate, todayIso } from './quarantine';

/** One weighing as the health_events row reads. */
export type WeightRow = { occurredOn: string; weightGrams: number };

export type WeightLoss = {
  peak: WeightRow;
  latest: WeightRow;
  lostGrams: number;
  /** Rounded to one decimal place. */
  lostPercent: number;
  message: string;
};

/** Weighings oldest first; same-day weighings keep the order they were given in. */
export function sortWeights<T extends WeightRow>(weights: readonly T[]): T[] {
  return [...weights].sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
}

function heaviest(rows: readonly WeightRow[]): WeightRow | null {
  return rows.reduce<WeightRow | null>((best, w) => (best && best.weightGrams >= w.weightGrams ? best : w), null);
}

/** The loss at one weighing of a sorted series, against the heaviest earlier weighing within weightLossWindowDays before it. */
function lossAt(sorted: readonly WeightRow[], index: number, policy: Policy): WeightLoss | null {
  const latest = sorted[index];
  const windowStart = addDays(latest.occurredOn, -policy.weightLossWindowDays);
  const peak = heaviest(sorted.slice(0, index).filter((w) => w.occurredOn >= windowStart));
  if (!peak) return null;
  const lostGrams = peak.weightGrams - latest.weightGrams;
  // Integer comparison, so exactly the alert percent never alerts through a rounding error.
  if (lostGrams * 100 <= policy.weightLossAlertPercent * peak.weightGrams) return null;
  const lostPercent = Math.round((lostGrams * 1000) / peak.weightGrams) / 10;
  return {
    peak,
    latest,
    lostGrams,
    lostPercent,
    message: `Lost ${lostPercent}% of body weight: from ${peak.weightGrams} g on ${formatShortDate(peak.occurredOn)} to ${latest.weightGrams} g on ${formatShortDate(latest.occurredOn)}.`,
  };
}

/**
 * Weight loss alerts when the latest weighing (up to today) is more than weightLossAlertPercent below
 * the heaviest weighing in the weightLossWindowDays before it; exactly the percent does not alert.
 */
export function detectWeightLoss(weights: readonly WeightRow[], now: Date, policy: Policy): WeightLoss | null {
  const today = todayIso(now);
  const sorted = sortWeights(weights.filter((w) => w.occurredOn <= today));
  return sorted.length < 2 ? null : lossAt(sorted, sorted.length - 1, policy);
}

export type WeightChartPoint = {
  date: string;
  /** Milliseconds since the epoch, for a numeric time axis. */
  time: number;
  grams: number;
  /** This weighing was more than the alert percent below the window's heaviest before it. */
  lossAlert: boolean;
};

/** Weight chart points sorted by date, each flagged when that weighing triggered the weight-loss alert. */
export function weightChartData(weights: readonly WeightRow[], policy: Policy): WeightChartPoint[] {
  const sorted = sortWeights(weights);
  return sorted.map((w, i) => ({
    date: w.occurredOn,
    time: parseIsoDate(w.occurredOn).getTime(),
    grams: w.weightGrams,
    lossAlert: lossAt(sorted, i, policy) !== null,
  }));
}

// ---------------------------------------------------------------------------------------------
// Rat Grimace Scale (Sotocinal et al. 2011): four action units, each 0 (absent), 1 (moderate), 2 (obvious)
// ---------------------------------------------------------------------------------------------
export type GrimaceScores = { orbital: number; noseCheek: number; ears: number; whiskers: number };

export const GRIMACE_UNITS: ReadonlyArray<{ key: keyof GrimaceScores; label: string }> = [
  { key: 'orbital', label: 'Orbital tightening (eyes narrowed)' },
  { key: 'noseCheek', label: 'Nose and cheek flattening' },
  { key: 'ears', label: 'Ear changes (folded, curled, angled forward)' },
  { key: 'whiskers', label: 'Whisker change (stiff, bunched, pulled back)' },
];

export type GrimaceBand = 'no_pain' | 'watch' | 'pain' | 'severe_pain';

/**
 * Bands on the total (0-8). A mean action-unit score of 0.67 or more (a total of 3 or more) is the
 * published threshold for giving pain relief, so 3 starts 'pain'.
 */
export const GRIMACE_BANDS: ReadonlyArray<{ band: GrimaceBand; minTotal: number; label: string }> = [
  { band: 'severe_pain', minTotal: 6, label: 'Severe pain: see a vet today.' },
  { band: 'pain', minTotal: 3, label: 'Likely in pain: call the vet about pain relief.' },
  { band: 'watch', minTotal: 2, label: 'Possible discomfort: score again within a few hours.' },
  { band: 'no_pain', minTotal: 0, label: 'No clear sign of pain.' },
];

export type GrimaceResult = { total: number; band: GrimaceBand; label: string };

/** The Rat Grimace Scale total is the sum of four action units scored 0-2 each (0-8), with a plain-words band; a unit outside 0-2 is an error. */
export function grimaceScore(scores: GrimaceScores): GrimaceResult {
  for (const { key, label } of GRIMACE_UNITS) {
    const value = scores[key];
    if (!Number.isInteger(value) || value < 0 || value > 2) throw new RangeError(`${label} must be scored 0, 1 or 2, not ${value}.`);
  }
  const total = scores.orbital + scores.noseCheek + scores.ears + scores.whiskers;
  const { band, label } = GRIMACE_BANDS.find((b) => total >= b.minTotal)!;
  return { total, band, label };
}
