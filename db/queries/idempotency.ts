import { and, eq } from 'drizzle-orm';
import { idempotencyKeys } from '../schema';
import type { DbOrTx, Tx } from '../connect';

export type Once<T> = { first: true; value: T } | { first: false; value: T | null };

/**
 * Runs `write` once per (key, action): the key is claimed in the same transaction as the write,
 * so a second request with the same key waits for the first, then finds it taken and gets the
 * first request's stored answer instead of writing again. If the write fails, the claim rolls
 * back with it and a retry may write.
 */
export async function writeOnce<T>(
  db: DbOrTx,
  params: { key: string; action: string; userId: number | null },
  write: (tx: Tx) => Promise<T>,
): Promise<Once<T>> {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(idempotencyKeys)
      .values({ key: params.key, action: params.action, userId: params.userId })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length === 0) {
      const [earlier] = await tx
        .select({ result: idempotencyKeys.result })
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.key, params.key), eq(idempotencyKeys.action, params.action)));
      return { first: false as const, value: (earlier?.result ?? null) as T | null };
    }
    const value = await write(tx);
    await tx
      .update(idempotencyKeys)
      .set({ result: value ?? null })
      .where(and(eq(idempotencyKeys.key, params.key), eq(idempotencyKeys.action, params.action)));
    return { first: true as const, value };
  });
}
