import { AlertTriangle, Info, OctagonAlert } from 'lucide-react';
import Link from 'next/link';
import { EmptyState } from '@/components/ui/page-header';
import type { Alert, AlertSeverity } from '@/lib/domain/alerts';
import { cn } from '@/lib/utils';

const STYLE: Record<AlertSeverity, { icon: typeof Info; className: string; label: string }> = {
  danger: { icon: OctagonAlert, className: 'text-destructive', label: 'Urgent' },
  warning: { icon: AlertTriangle, className: 'text-warning-foreground', label: 'Needs attention' },
  info: { icon: Info, className: 'text-info', label: 'For information' },
};

/** How a bundle of alerts of one kind reads, e.g. "11 males may need a neuter review". */
const GROUP_TITLES: Record<Alert['kind'], string> = {
  quarantine_ending: 'quarantines end soon',
  quarantine_overdue: 'quarantines are overdue for release',
  watch_due: 'watches are due soon',
  watch_overdue: 'watches are overdue',
  solo_rat: 'rats live alone',
  handling_stale: 'rats have not been handled recently',
  bites_this_week: 'rats bit someone this week',
  home_over_capacity: 'foster homes are over capacity',
  neuter_review: 'males may need a neuter review',
  weight_loss: 'rats are losing weight',
  hormonal_males_together: 'cage groups hold intact adult males together',
  available_not_ready: 'available rats are no longer ready',
  went_backwards: 'rats went back on the trust ladder',
  new_application: 'online applications wait for a decision',
};

/** Alerts of one kind and severity beyond this many are bundled into one expandable line. */
const BUNDLE_FROM = 4;

/**
 * An open bundle lists this many; the rest are one link away on the kind's own paged list, so the
 * dashboard stays the same size however many rats the rescue has.
 */
export const ALERTS_SHOWN_PER_KIND = 5;

type Entry = { kind: 'single'; alert: Alert } | { kind: 'bundle'; alerts: Alert[] };

function bundle(alerts: Alert[]): Entry[] {
  const counts = new Map<string, number>();
  for (const a of alerts) counts.set(`${a.severity}:${a.kind}`, (counts.get(`${a.severity}:${a.kind}`) ?? 0) + 1);
  const entries: Entry[] = [];
  const bundles = new Map<string, Alert[]>();
  for (const alert of alerts) {
    const key = `${alert.severity}:${alert.kind}`;
    if ((counts.get(key) ?? 0) < BUNDLE_FROM) {
      entries.push({ kind: 'single', alert });
      continue;
    }
    const existing = bundles.get(key);
    if (existing) existing.push(alert);
    else {
      const list = [alert];
      bundles.set(key, list);
      entries.push({ kind: 'bundle', alerts: list });
    }
  }
  return entries;
}

function AlertIcon({ severity }: { severity: AlertSeverity }) {
  const style = STYLE[severity];
  const Icon = style.icon;
  return (
    <>
      <Icon aria-hidden className={cn('mt-0.5 size-5 shrink-0', style.className)} />
      <span className="sr-only">{style.label}: </span>
    </>
  );
}

/** The dashboard's alerts, most urgent first, each linking to where it is dealt with. */
export function AlertList({ alerts }: { alerts: Alert[] }) {
  if (alerts.length === 0) {
    return <EmptyState title="Nothing needs attention">No quarantines or watches due, no solo rats, everyone handled recently.</EmptyState>;
  }
  return (
    <ul className="flex flex-col divide-y rounded-lg border bg-card" aria-label="Alerts">
      {bundle(alerts).map((entry, i) =>
        entry.kind === 'single' ? (
          <li key={i} data-alert-kind={entry.alert.kind}>
            <Link href={entry.alert.href} className="flex gap-3 p-4 hover:bg-muted/50">
              <AlertIcon severity={entry.alert.severity} />
              <span className="min-w-0">
                <span className="block font-medium">{entry.alert.title}</span>
                <span className="block text-sm text-muted-foreground">{entry.alert.detail}</span>
              </span>
            </Link>
          </li>
        ) : (
          <li key={i} data-alert-kind={entry.alerts[0].kind}>
            <details className="group">
              <summary className="flex cursor-pointer list-none gap-3 p-4 hover:bg-muted/50">
                <AlertIcon severity={entry.alerts[0].severity} />
                <span className="min-w-0">
                  <span className="block font-medium">
                    {entry.alerts.length} {GROUP_TITLES[entry.alerts[0].kind]}
                  </span>
                  <span className="block text-sm text-muted-foreground group-open:hidden">
                    Show each one
                  </span>
                </span>
              </summary>
              <ul className="border-t bg-muted/30">
                {entry.alerts.slice(0, ALERTS_SHOWN_PER_KIND).map((alert, j) => (
                  <li key={j}>
                    <AlertLink alert={alert} />
                  </li>
                ))}
                {entry.alerts.length > ALERTS_SHOWN_PER_KIND ? (
                  <li>
                    <Link href={`/dashboard/alerts/${entry.alerts[0].kind}`} className="block px-12 py-2 text-sm font-medium text-primary underline-offset-4 hover:underline">
                      See all {entry.alerts.length}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </details>
          </li>
        ),
      )}
    </ul>
  );
}

/** One alert as a line in a longer list: the bundle's first few, or a kind's full list. */
export function AlertLink({ alert }: { alert: Alert }) {
  return (
    <Link href={alert.href} className="block px-12 py-2 text-sm hover:bg-muted">
      <span className="font-medium">{alert.title}</span>
      <span className="block text-muted-foreground">{alert.detail}</span>
    </Link>
  );
}

/** "11 males may need a neuter review": a kind's alerts in one phrase. */
export function alertGroupTitle(kind: Alert['kind'], count: number): string {
  return `${count} ${GROUP_TITLES[kind]}`;
}
