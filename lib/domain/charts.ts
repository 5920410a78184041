import { RAT_STATUSES, RAT_STATUS_LABELS, type RatStatus } from './vocabulary';

/** Counts per status in lifecycle order, with every status present (zero when none). */
export function ratsByStatus(rows: ReadonlyArray<{ status: RatStatus; n: number }>): Array<{ status: RatStatus; label: string; count: number }> {
  const counts = new Map(rows.map((r) => [r.status, r.n]));
  return RAT_STATUSES.map((status) => ({ status, label: RAT_STATUS_LABELS[status], count: counts.get(status) ?? 0 }));
}
