/**
 * Dashboard alerts about adoption readiness: a rat listed available that is no longer ready, and a
 * rat that went backwards on the trust ladder. Kept beside the other alerts, built the same way.
 */
import type { Alert } from './alerts';
import { BACKWARDS_DAYS } from './progress';
import { todayIso } from './quarantine';
import { unmetSummary, type Readiness } from './readiness';

export type AvailableRatRow = { ratId: number; ratName: string; fosterHomeId: number | null };
export type BackwardsRow = { ratId: number; ratName: string; fosterHomeId: number | null; stepThen: number; stepNow: number };

const withHome = (alert: Alert, fosterHomeId: number | null): Alert => (fosterHomeId === null ? alert : { ...alert, fosterHomeId });

/** A rat that is available but no longer ready alerts, naming every unmet item. */
export function availableNotReadyAlerts(rows: readonly AvailableRatRow[], readiness: ReadonlyMap<number, Readiness>, now: Date): Alert[] {
  return rows.flatMap((row) => {
    const r = readiness.get(row.ratId);
    if (!r || r.ready) return [];
    const alert: Alert = {
      kind: 'available_not_ready',
      severity: 'warning',
      ratId: row.ratId,
      href: `/rats/${row.ratId}?tab=readiness`,
      title: `${row.ratName} is available but no longer ready`,
      detail: `${unmetSummary(r)} Take ${row.ratName} off the list (back to in care) or sort this out first.`,
      on: todayIso(now),
    };
    return [withHome(alert, row.fosterHomeId)];
  });
}

/** A rat whose derived step now is below its step BACKWARDS_DAYS days ago alerts the coordinator. */
export function wentBackwardsAlerts(rows: readonly BackwardsRow[], now: Date): Alert[] {
  return rows.flatMap((row) => {
    if (row.stepNow >= row.stepThen) return [];
    const alert: Alert = {
      kind: 'went_backwards',
      severity: 'warning',
      ratId: row.ratId,
      href: `/rats/${row.ratId}?tab=handling`,
      title: `${row.ratName} went back from step ${row.stepThen} to step ${row.stepNow}`,
      detail: `Over the last ${BACKWARDS_DAYS / 7} weeks. Check the handling plan and health with the foster.`,
      on: todayIso(now),
    };
    return [withHome(alert, row.fosterHomeId)];
  });
}
