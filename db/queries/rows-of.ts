import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from '../connect';

/** Rows of a raw query on either driver (PGlite returns `{ rows }`, postgres.js an array). */
export async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return rowsOfResult<T>(await db.execute(query));
}

/** The rows of a result `db.execute` already gave. */
export function rowsOfResult<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
