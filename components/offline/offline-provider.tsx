'use client';

import { useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { newIdempotencyKey } from '@/lib/idempotency';
import { afterAttempt, clearBackOff, inSendOrder, newEntry, nextAttemptDue, nextToSend, retryRefused, type OfflineEntryKind, type QueueEntry } from '@/lib/offline/queue';
import { sendEntry } from '@/lib/offline/sender';
import { allEntries, getMeta, putEntry, removeEntry, setMeta } from '@/lib/offline/store';

export type Enqueue = { kind: OfflineEntryKind; label: string; payload: Record<string, unknown>; photo?: Blob; recordedAt?: Date };

type Offline = {
  online: boolean;
  /** The foster's entries on this phone, oldest first: waiting, or refused with a reason. */
  entries: QueueEntry[];
  /** When this phone last heard from the server (a page loaded or an entry sent), ISO. */
  lastSyncAt: string | null;
  /** The worker holds the foster's screens: they open with no signal. */
  offlineReady: boolean;
  enqueue: (entry: Enqueue) => Promise<void>;
  retry: (key: string) => Promise<void>;
  discard: (key: string) => Promise<void>;
  /** Asks the worker to keep these pages (and their scripts) for use with no signal. */
  keepForOffline: (urls: string[]) => void;
};

const OfflineContext = createContext<Offline | null>(null);

/** The foster's offline queue and connection state; null outside a foster's screens. */
export function useOffline(): Offline | null {
  return useContext(OfflineContext);
}

const SW_URL = '/sw.js';

function postToWorker(message: unknown): Promise<unknown> {
  return navigator.serviceWorker.ready.then(
    (registration) =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data);
        registration.active?.postMessage(message, [channel.port2]);
      }),
  );
}

function subscribeToConnection(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** The browser's own word on the connection; the server renders as online. */
function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeToConnection,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * For a signed-in foster: registers the service worker, keeps the queue of entries recorded
 * with no signal (IndexedDB), and sends them, oldest first, whenever the network is there.
 */
export function OfflineProvider({ userId, renderedAt, children }: { userId: number; renderedAt: string; children: ReactNode }) {
  const router = useRouter();
  const online = useOnline();
  const [entries, setEntries] = useState<QueueEntry[]>([]);
  const [lastSyncAt, setLastSyncAt] = useState<string | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);
  const sending = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const syncLater = useRef<() => void>(() => undefined);
  const metaKey = `lastSyncAt:${userId}`;

  const reload = useCallback(() => allEntries().then((all) => setEntries(inSendOrder(all.filter((e) => e.userId === userId)))), [userId]);

  const markSynced = useCallback(
    async (at: string) => {
      const stored = await getMeta(metaKey);
      const latest = stored && stored > at ? stored : at;
      await setMeta(metaKey, latest);
      setLastSyncAt(latest);
    },
    [metaKey],
  );

  const sync = useCallback(async () => {
    if (sending.current || !navigator.onLine) return;
    sending.current = true;
    let saved = 0;
    let stop = false;
    try {
      for (;;) {
        const next = nextToSend(await allEntries(), userId, new Date());
        if (!next) break;
        const outcome = await sendEntry(next);
        const after = afterAttempt(next, outcome, new Date());
        if (after === null) {
          await removeEntry(next.key);
          saved += 1;
        } else {
          await putEntry(after);
        }
        if (outcome.kind === 'accepted' || outcome.kind === 'refused') await markSynced(new Date().toISOString());
        await reload();
        if (outcome.kind === 'failed' || outcome.kind === 'signed-out') {
          // Signed out: wait for the next sign-in (a page load), not a timer.
          stop = outcome.kind === 'signed-out';
          break;
        }
      }
    } finally {
      sending.current = false;
    }
    if (saved > 0) router.refresh();
    window.clearTimeout(timer.current);
    const due = stop ? null : nextAttemptDue(await allEntries(), userId);
    if (due) timer.current = window.setTimeout(() => syncLater.current(), Math.max(1_000, due.getTime() - Date.now()));
  }, [userId, reload, markSynced, router]);

  useEffect(() => {
    syncLater.current = () => void sync();
  }, [sync]);

  useEffect(() => {
    void reload();
    void getMeta(metaKey).then((stored) => {
      // A page rendered by the server is news from it; one opened from the phone's copy is as old as that copy.
      setLastSyncAt(stored && stored > renderedAt ? stored : renderedAt);
      if (!stored || stored < renderedAt) void setMeta(metaKey, renderedAt);
    });
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register(SW_URL, { scope: '/' }).catch(() => undefined);
    }
    const goneOnline = async () => {
      const all = await allEntries();
      for (const entry of clearBackOff(all)) await putEntry(entry);
      void sync();
    };
    window.addEventListener('online', goneOnline);
    void sync();
    return () => {
      window.removeEventListener('online', goneOnline);
      window.clearTimeout(timer.current);
    };
  }, [reload, sync, metaKey, renderedAt]);

  const enqueue = useCallback(
    async (entry: Enqueue) => {
      await putEntry(newEntry({ key: newIdempotencyKey(), userId, recordedAt: entry.recordedAt ?? new Date(), kind: entry.kind, label: entry.label, payload: entry.payload, photo: entry.photo }));
      await reload();
      void sync();
    },
    [userId, reload, sync],
  );

  const retry = useCallback(
    async (key: string) => {
      const entry = (await allEntries()).find((e) => e.key === key);
      if (entry) await putEntry(retryRefused(entry));
      await reload();
      void sync();
    },
    [reload, sync],
  );

  const discard = useCallback(
    async (key: string) => {
      await removeEntry(key);
      await reload();
    },
    [reload],
  );

  const keepForOffline = useCallback((urls: string[]) => {
    if (!('serviceWorker' in navigator) || !navigator.onLine) return;
    const assets = performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((name) => new URL(name).pathname.startsWith('/_next/static/'));
    void postToWorker({ type: 'keep', pages: urls, assets }).then((answer) => {
      if ((answer as { ok?: boolean } | null)?.ok) setOfflineReady(true);
    });
  }, []);

  const value = useMemo(
    () => ({ online, entries, lastSyncAt, offlineReady, enqueue, retry, discard, keepForOffline }),
    [online, entries, lastSyncAt, offlineReady, enqueue, retry, discard, keepForOffline],
  );
  return <OfflineContext.Provider value={value}>{children}</OfflineContext.Provider>;
}
