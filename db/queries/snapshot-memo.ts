import { sql } from 'drizzle-orm';
import type { Db } from '../connect';
import { rowsOf } from './rows-of';

/*
 * A read-only result remembered for exactly as long as the database holds the same data.
 *
 * The key is the database's own MVCC snapshot (`pg_current_snapshot()`: the oldest running
 * transaction, the next transaction id, the ones in flight). Any commit that could change what a
 * query sees moves it: a transaction that was in flight leaves the list, a newer one raises the
 * next id. Reads assign no transaction id, so pages viewed between two writes share one result. A
 * result computed while a write committed is filed under the snapshot read before it, which no
 * later request can read again, so a stale result is never served.
 *
 * Only the top-level database is accepted: inside a transaction its own writes do not show in the
 * snapshot. Each process keeps its own results; instances never share, and never disagree.
 */

type Entry = { snapshot: string; value: Promise<unknown> };

/** Keys kept per process; the oldest is dropped first. One key holds only its latest snapshot. */
const MAX_KEYS = 500;

const shared = globalThis as typeof globalThis & { __ratwiseSnapshotMemo?: Map<string, Entry> };
const entries: Map<string, Entry> = (shared.__ratwiseSnapshotMemo ??= new Map());

/** The database's current snapshot, as text ("xmin:xmax:xip,…"). */
export async function currentSnapshot(db: Db): Promise<string> {
  const [row] = await rowsOf<{ snapshot: string }>(db, sql`select pg_current_snapshot()::text as snapshot`);
  return row.snapshot;
}

/**
 * `compute()`'s result for `key` while the database is unchanged since it was computed; callers
 * asking at the same moment share one computation. A failed computation is not remembered.
 */
export async function rememberWhileUnchanged<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  const snapshot = await currentSnapshot(db);
  const found = entries.get(key);
  if (found && found.snapshot === snapshot) {
    // Most recently used last, so the oldest key is the first one dropped.
    entries.delete(key);
    entries.set(key, found);
    return found.value as Promise<T>;
  }
  const value = compute();
  entries.delete(key);
  entries.set(key, { snapshot, value });
  while (entries.size > MAX_KEYS) entries.delete(entries.keys().next().value as string);
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** Forgets every remembered result (tests). */
export function forgetRemembered(): void {
  entries.clear();
}
