/**
 * Socialising a litter: the kittens' weights as one chart with a line per kitten, and each
 * kitten's progress compared with its littermates.
 */
import { parseIsoDate } from './dates';

export type KittenWeightRow = { ratId: number; occurredOn: string; weightGrams: number };

/** One chart row per weighing day: `time` and, for each kitten weighed that day, its grams under `k<ratId>`. */
export type LitterWeightPoint = { time: number } & Record<string, number>;

export const kittenSeriesKey = (ratId: number) => `k${ratId}`;

/** The litter's weighings shaped for a chart with one line per kitten, by day (the last weighing of a day counts). */
export function litterWeightChartData(rows: readonly KittenWeightRow[]): LitterWeightPoint[] {
  const byDay = new Map<string, LitterWeightPoint>();
  for (const row of [...rows].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))) {
    const point = byDay.get(row.occurredOn) ?? ({ time: parseIsoDate(row.occurredOn).getTime() } as LitterWeightPoint);
    point[kittenSeriesKey(row.ratId)] = row.weightGrams;
    byDay.set(row.occurredOn, point);
  }
  return [...byDay.values()];
}

export type KittenProgressInput = { ratId: number; name: string; currentStep: number | null; sessions: number; latestGrams: number | null };
export type KittenProgress = KittenProgressInput & { stepVsLitter: string; weightVsLitter: string };

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Each kitten against the litter's median: trust step ahead of, level with or behind its
 * littermates, and latest weight as a percentage of the litter's median (a runt shows early).
 */
export function compareWithinLitter(kittens: readonly KittenProgressInput[]): KittenProgress[] {
  const stepMedian = median(kittens.flatMap((k) => (k.currentStep === null ? [] : [k.currentStep])));
  const weightMedian = median(kittens.flatMap((k) => (k.latestGrams === null ? [] : [k.latestGrams])));
  return kittens.map((k) => {
    let stepVsLitter = 'Not enough sessions yet';
    if (k.currentStep !== null && stepMedian !== null) {
      const diff = k.currentStep - stepMedian;
      stepVsLitter = diff === 0 ? 'Level with the litter' : diff > 0 ? `${diff} step${diff === 1 ? '' : 's'} ahead of the litter` : `${-diff} step${diff === -1 ? '' : 's'} behind the litter`;
    }
    let weightVsLitter = 'Not weighed yet';
    if (k.latestGrams !== null && weightMedian !== null && weightMedian > 0) {
      weightVsLitter = `${Math.round((k.latestGrams / weightMedian) * 100)}% of the litter's median weight`;
    }
    return { ...k, stepVsLitter, weightVsLitter };
  });
}
