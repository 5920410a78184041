import { deleteOfflineStore } from './store';

/** The caches the offline worker (public/sw.js) makes all start with this. */
const CACHE_PREFIX = 'ratwise-';

/** Deletes the worker's copies of pages and files. Browser only. */
export async function clearOfflineCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
}

/**
 * Signing out: deletes every page copy, the queue on this phone and the worker itself, so
 * nothing of the foster's stays on the phone for the next person. Browser only.
 */
export async function clearOfflineData(): Promise<void> {
  await clearOfflineCaches();
  // Another open tab holds the store open and blocks its deletion until it closes: wait a
  // moment, not forever (the deletion goes on and completes when that tab closes).
  await Promise.race([deleteOfflineStore().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2_000))]);
  if ('serviceWorker' in navigator) {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  }
}
