/**
 * Progress: when a rat will reach the ready step at its recent pace, with honest uncertainty, and
 * whether it went backwards lately.
 */
import { addDays, toIsoDate } from './dates';
import { formatShortDate } from './quarantine';
import { trustStepName } from './trust-ladder';
import type { TrustStepPoint } from './trust-step';

/** Rescue policy: the pace is read from the derived step over this many recent weeks… */
export const PROJECTION_WEEKS = 6;
/** …and needs at least this many sessions and weeks of them, or there is too little to go on. */
export const PROJECTION_MIN_SESSIONS = 4;
export const PROJECTION_MIN_WEEKS = 2;
/** Rescue policy: "went backwards" compares the step now with the step this many days ago. */
export const BACKWARDS_DAYS = 14;

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

export type Projection =
  | { kind: 'range'; earliest: string; latest: string; weeklyGain: number; text: string }
  | { kind: 'none'; reason: 'already_ready' | 'too_little_data' | 'no_upward_trend'; text: string };

/** The derived step at a moment: the step after the last session at or before it (null before any). */
export function stepAt(history: readonly Pick<TrustStepPoint, 'sessionAt' | 'step'>[], at: Date): number | null {
  let step: number | null = null;
  for (const p of history) if (p.sessionAt.getTime() <= at.getTime()) step = p.step;
  return step;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / (values.length - 1));
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * When the rat reaches the ready step at its recent pace: from the derived step's gain in each of
 * the last PROJECTION_WEEKS weeks, a date range from (mean + spread) to (mean - spread) steps a
 * week. None when it is already there, when there are fewer than PROJECTION_MIN_SESSIONS sessions
 * or PROJECTION_MIN_WEEKS weeks of them, or when the recent pace is not upward; each says why.
 */
export function projectReadyDate(history: readonly TrustStepPoint[], now: Date, readyStep: number): Projection {
  const past = [...history].filter((p) => p.sessionAt.getTime() <= now.getTime()).sort((a, b) => a.sessionAt.getTime() - b.sessionAt.getTime());
  const current = past.at(-1)?.step ?? null;
  if (current !== null && current >= readyStep) {
    return { kind: 'none', reason: 'already_ready', text: `Already at step ${current}, at or above the ready step ${readyStep}.` };
  }
  const spanWeeks = past.length > 0 ? (now.getTime() - past[0].sessionAt.getTime()) / WEEK_MS : 0;
  if (past.length < PROJECTION_MIN_SESSIONS || spanWeeks < PROJECTION_MIN_WEEKS) {
    return {
      kind: 'none',
      reason: 'too_little_data',
      text: `No projection yet: it needs at least ${PROJECTION_MIN_SESSIONS} sessions over ${PROJECTION_MIN_WEEKS} weeks (${past.length} so far).`,
    };
  }
  const weeks = Math.min(PROJECTION_WEEKS, Math.floor(spanWeeks));
  const gains: number[] = [];
  for (let w = weeks; w >= 1; w--) {
    const from = stepAt(past, new Date(now.getTime() - w * WEEK_MS)) ?? 0;
    const to = stepAt(past, new Date(now.getTime() - (w - 1) * WEEK_MS)) ?? 0;
    gains.push(to - from);
  }
  const pace = mean(gains);
  if (pace <= 0) {
    return {
      kind: 'none',
      reason: 'no_upward_trend',
      text: `No projection: over the last ${weeks} weeks the step did not rise (weekly changes ${gains.join(', ')}).`,
    };
  }
  const spread = standardDeviation(gains);
  const remaining = readyStep - (current ?? 0);
  const fast = pace + spread;
  // A slowest pace at or below zero would never arrive: floor it at half the mean pace, and say so.
  const slow = Math.max(pace - spread, pace / 2);
  const today = toIsoDate(now);
  const earliest = addDays(today, Math.ceil((remaining / fast) * 7));
  const latest = addDays(today, Math.ceil((remaining / slow) * 7));
  const range = earliest === latest ? `around ${formatShortDate(earliest)}` : `between ${formatShortDate(earliest)} and ${formatShortDate(latest)}`;
  return {
    kind: 'range',
    earliest,
    latest,
    weeklyGain: round1(pace),
    text: `At its recent pace (${round1(pace)} steps a week, give or take ${round1(spread)}), step ${readyStep} (${trustStepName(readyStep)}) ${range}.`,
  };
}

export type Backwards = { from: number; to: number; text: string };

/** A rat went backwards when its derived step now is below its derived step BACKWARDS_DAYS days ago. */
export function wentBackwards(history: readonly Pick<TrustStepPoint, 'sessionAt' | 'step'>[], now: Date): Backwards | null {
  const then = stepAt(history, new Date(now.getTime() - BACKWARDS_DAYS * DAY_MS));
  const current = stepAt(history, now);
  if (then === null || current === null || current >= then) return null;
  return { from: then, to: current, text: `Went back from step ${then} to step ${current} over the last ${BACKWARDS_DAYS / 7} weeks.` };
}

export type ChartBand = { kind: 'quarantine' | 'home'; from: number; to: number; label: string };

/**
 * Shaded bands for the progress chart: each quarantine period, and each stay in a home after the
 * first (a home change), clipped to the chart's time span.
 */
export function progressBands(
  periods: {
    quarantines: ReadonlyArray<{ startedOn: string; endedOn: string | null; plannedEndOn: string }>;
    placements: ReadonlyArray<{ homeName: string; startedAt: Date; endedAt: Date | null }>;
  },
  span: { from: number; to: number },
): ChartBand[] {
  const clip = (from: number, to: number) => ({ from: Math.max(from, span.from), to: Math.min(to, span.to) });
  const quarantine = periods.quarantines.map((q) => {
    const end = q.endedOn ?? q.plannedEndOn;
    return { kind: 'quarantine' as const, ...clip(Date.parse(`${q.startedOn}T00:00:00Z`), Date.parse(`${end}T00:00:00Z`)), label: `Quarantine ${formatShortDate(q.startedOn)} to ${formatShortDate(end)}` };
  });
  const ordered = [...periods.placements].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const homes = ordered.slice(1).map((p) => ({
    kind: 'home' as const,
    ...clip(p.startedAt.getTime(), (p.endedAt ?? new Date(span.to)).getTime()),
    label: `Moved to ${p.homeName} on ${formatShortDate(toIsoDate(p.startedAt))}`,
  }));
  return [...quarantine, ...homes].filter((b) => b.to > b.from);
}
