import { sql } from 'drizzle-orm';
import type { Tx } from '../connect';
import { nextRescueCodes } from '../../lib/domain/rescue-code';

/**
 * Reserves `count` consecutive rescue codes for `year` inside the caller's transaction. The
 * counter row is locked by the upsert, so concurrent intakes queue rather than collide, and a
 * rolled-back intake gives its numbers back: no gaps, no duplicates.
 */
export async function allocateRescueCodes(tx: Tx, params: { year: number; count: number }): Promise<string[]> {
  if (params.count <= 0) return [];
  const result = await tx.execute(sql`
    insert into rat_code_counters (year, last_number) values (${params.year}, ${params.count})
    on conflict (year) do update set last_number = rat_code_counters.last_number + ${params.count}
    returning last_number`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ last_number: number }>;
  const last = Number(rows[0].last_number);
  return nextRescueCodes(params.year, last - params.count, params.count);
}
