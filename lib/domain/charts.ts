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
