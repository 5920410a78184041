/**
 * Dashboard alerts for coordinators: applications sent from the public form that wait for a
 * decision. Built like the other alerts, from plain rows.
 */
import type { Alert } from './alerts';
import { countOf, todayIso } from './quarantine';

export type NewApplicationRow = { adopterId: number; name: string; appliedOnlineAt: Date; listingTitle: string | null };

/**
 * One alert per new application (the newest few), each naming the rats asked for; when more
 * wait than are named, one more alert counts the rest and links to the list of applications.
 */
export function newApplicationAlerts(rows: { total: number; newest: readonly NewApplicationRow[] }): Alert[] {
  const alerts: Alert[] = rows.newest.map((row) => ({
    kind: 'new_application',
    severity: 'info',
    title: `New application from ${row.name}${row.listingTitle ? ` for ${row.listingTitle}` : ''}`,
    detail: `Sent from the public listing${row.listingTitle ? '' : ' (a general application)'}. Read it and approve or decline it.`,
    href: `/adopters/${row.adopterId}`,
    on: todayIso(row.appliedOnlineAt),
  }));
  const rest = rows.total - rows.newest.length;
  if (rest > 0) {
    const last = rows.newest[rows.newest.length - 1];
    alerts.push({
      kind: 'new_application',
      severity: 'info',
      title: `${countOf(rest, 'more online application')} ${rest === 1 ? 'waits' : 'wait'} for a decision`,
      detail: 'The list of applications shows them all, newest first.',
      href: '/adopters?approval=applied',
      on: last ? todayIso(last.appliedOnlineAt) : '',
    });
  }
  return alerts;
}
