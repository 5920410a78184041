'use client';

import { CloudOff, Wifi } from 'lucide-react';
import { useEffect, useSyncExternalStore } from 'react';
import { formatTimeOrDay } from '@/lib/format';
import { cn } from '@/lib/utils';
import { useOffline } from './offline-provider';

const TICK_MS = 30_000;

function subscribeToClock(onChange: () => void) {
  const id = window.setInterval(onChange, TICK_MS);
  return () => window.clearInterval(id);
}

/** Hydration-safe "now", to the half minute: null on the server, the phone's clock in the browser. */
function useNow(): Date | null {
  const tick = useSyncExternalStore(
    subscribeToClock,
    () => Math.floor(Date.now() / TICK_MS) * TICK_MS,
    () => null,
  );
  return tick === null ? null : new Date(tick);
}

function waitingText(n: number): string {
  if (n === 0) return 'Nothing waiting to send';
  return n === 1 ? '1 entry waiting to send' : `${n} entries waiting to send`;
}

/** The foster's connection line: online or offline, how many entries wait on this phone, when it last synced. */
export function OfflineStatus() {
  const offline = useOffline();
  const now = useNow();
  if (!offline) return null;
  const waiting = offline.entries.filter((e) => e.state === 'waiting').length;
  const refused = offline.entries.length - waiting;
  return (
    <div
      role="status"
      data-testid="offline-status"
      className={cn('mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border px-3 py-2 text-sm', offline.online ? 'bg-card' : 'border-warning/50 bg-warning/10')}
    >
      <span className="flex items-center gap-1.5 font-medium" data-testid="connection">
        {offline.online ? <Wifi aria-hidden className="size-4" /> : <CloudOff aria-hidden className="size-4" />}
        {offline.online ? 'Online' : 'Offline'}
      </span>
      <span data-testid="waiting-count">{waitingText(waiting)}</span>
      {refused > 0 ? <span className="font-medium text-destructive">{refused === 1 ? '1 entry not saved' : `${refused} entries not saved`}</span> : null}
      {offline.lastSyncAt && now ? (
        <span className="text-muted-foreground" data-testid="last-sync">
          Last synced {formatTimeOrDay(offline.lastSyncAt, now)}
        </span>
      ) : null}
      {offline.offlineReady ? (
        <span className="sr-only" data-testid="offline-ready">
          Ready to use with no signal
        </span>
      ) : null}
    </div>
  );
}

/**
 * On the foster's home screen: with no signal, says the rats shown are as of the last sync and
 * their trust steps may be out of date.
 */
export function SnapshotNote({ renderedAt }: { renderedAt: string }) {
  const offline = useOffline();
  const now = useNow();
  if (!offline || offline.online || !now) return null;
  return (
    <p className="mb-4 rounded-md border border-warning/50 bg-warning/10 px-3 py-2 text-sm" data-testid="snapshot-note">
      You are offline. Your rats as of {formatTimeOrDay(renderedAt, now)}: trust steps and handling times may be out of date.
    </p>
  );
}

/** Asks the worker to keep the foster's screens (home, log a session, weights) for use with no signal. */
export function KeepForOffline({ urls }: { urls: string[] }) {
  const offline = useOffline();
  const keep = offline?.keepForOffline;
  const key = urls.join('|');
  useEffect(() => {
    keep?.(key.split('|'));
  }, [keep, key]);
  return null;
}
