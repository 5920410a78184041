import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { QueueEntry } from './queue';

/**
 * The phone's own store (IndexedDB, through `idb`): the entries waiting to be sent, and when
 * the last one reached the server. Browser only.
 */
const DB_NAME = 'ratwise-offline';

interface OfflineDb extends DBSchema {
  entries: { key: string; value: QueueEntry };
  meta: { key: string; value: { key: string; value: string } };
}

let opening: Promise<IDBPDatabase<OfflineDb>> | null = null;

function db(): Promise<IDBPDatabase<OfflineDb>> {
  opening ??= openDB<OfflineDb>(DB_NAME, 1, {
    upgrade(store) {
      store.createObjectStore('entries', { keyPath: 'key' });
      store.createObjectStore('meta', { keyPath: 'key' });
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

export async function allEntries(): Promise<QueueEntry[]> {
  return (await db()).getAll('entries');
}

export async function putEntry(entry: QueueEntry): Promise<void> {
  await (await db()).put('entries', entry);
}

export async function removeEntry(key: string): Promise<void> {
  await (await db()).delete('entries', key);
}

export async function getMeta(key: string): Promise<string | null> {
  return (await (await db()).get('meta', key))?.value ?? null;
}

export async function setMeta(key: string, value: string): Promise<void> {
  await (await db()).put('meta', { key, value });
}

/** Signing out: everything this phone kept for the foster goes. */
export async function deleteOfflineStore(): Promise<void> {
  const open = opening;
  opening = null;
  if (open) (await open.catch(() => null))?.close();
  await deleteDB(DB_NAME);
}
