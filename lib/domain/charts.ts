import { daysBetween } from './dates';
import { RAT_STATUSES, RAT_STATUS_LABELS, type RatStatus } from './vocabulary';

/** Counts per status in lifecycle order, with every status present (zero when none). */
export function ratsByStatus(rows: ReadonlyArray<{ status: RatStatus; n: number }>): Array<{ status: RatStatus; label: string; count: number }> {
  const counts = new Map(rows.map((r) => [r.status, r.n]));
  return RAT_STATUSES.map((status) => ({ status, label: RAT_STATUS_LABELS[status], count: counts.get(status) ?? 0 }));
}

export type TimelineRow = {
  label: string;
  home: string;
  /** Days from today to the start (negative: it started in the past). */
  start: number;
  /** Days the period lasts as planned now. */
  length: number;
  overdue: boolean;
};

/** Quarantine periods as bars on a day axis centred on today, grouped by home then by planned end. */
export function quarantineTimeline(
  periods: ReadonlyArray<{ ratName: string; homeName: string | null; startedOn: string; plannedEndOn: string }>,
  today: string,
): TimelineRow[] {
  return [...periods]
    .sort((a, b) => (a.homeName ?? '').localeCompare(b.homeName ?? '') || a.plannedEndOn.localeCompare(b.plannedEndOn) || a.ratName.localeCompare(b.ratName))
    .map((p) => ({
      label: p.ratName,
      home: p.homeName ?? 'Awaiting placement',
      start: daysBetween(today, p.startedOn),
      length: Math.max(1, daysBetween(p.startedOn, p.plannedEndOn)),
      overdue: p.plannedEndOn < today,
    }));
}

export type HandlingChartSession = {
  id: number;
  sessionAt: Date;
  highestStep: number;
  confidence: number;
  stressCount: number;
  bitten: boolean;
};

export type HandlingChartPoint = {
  time: number;
  date: string;
  /** The derived trust step after this session (the progress curve). */
  step: number;
  /** What this one session reached. */
  reached: number;
  confidence: number;
  /** Set only on sessions with stress signs or a bite, so they show as markers. */
  stress: number | null;
  bite: number | null;
};

/** A rat's sessions as chart points: the derived step line, each session's own step, and markers for stress and bites. */
export function handlingChartData(sessions: readonly HandlingChartSession[], history: ReadonlyArray<{ sessionId: number; step: number }>): HandlingChartPoint[] {
  const stepAfter = new Map(history.map((h) => [h.sessionId, h.step]));
  return [...sessions]
    .sort((a, b) => a.sessionAt.getTime() - b.sessionAt.getTime() || a.id - b.id)
    .map((s) => ({
      time: s.sessionAt.getTime(),
      date: s.sessionAt.toISOString().slice(0, 10),
      step: stepAfter.get(s.id) ?? s.highestStep,
      reached: s.highestStep,
      confidence: s.confidence,
      stress: s.stressCount > 0 ? s.highestStep : null,
      bite: s.bitten ? s.highestStep : null,
    }));
}
