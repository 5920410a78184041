import { inArray, sql } from 'drizzle-orm';
import type { Tx } from '../connect';
import { rats } from '../schema';
import { formatRescueCode } from '../../lib/domain/rescue-code';
import { rowsOfResult } from './rows-of';

/**
 * Reserves `count` rescue codes for `year` inside the caller's transaction. The counter row is
 * locked by the upsert, so concurrent intakes queue rather than collide, and a rolled-back
 * intake gives its numbers back: no gaps, no duplicates.
 *
 * Imported codes never move the counter (a spreadsheet's `R-2024-0500` into an empty year
 * would otherwise leave 1-499 unused, and one absurd number would end the year's intakes).
 * Instead the counter steps over any number a rat already carries, so new codes fill the year
 * from the bottom and never collide with an imported one.
 */
export async function allocateRescueCodes(
  tx: Tx,
  params: { year: number; count: number; /** Codes about to be written in the same transaction. */ alsoTaken?: ReadonlySet<string> },
): Promise<string[]> {
  const codes: string[] = [];
  if (params.count <= 0) return codes;
  await repairRunawayCounter(tx, params.year);
  let needed = params.count;
  while (needed > 0) {
    const last = await reserveNumbers(tx, params.year, needed);
    const candidates = Array.from({ length: needed }, (_, i) => formatRescueCode(params.year, last - needed + i + 1));
    const taken = new Set(
      (await tx.select({ code: rats.code }).from(rats).where(inArray(rats.code, candidates))).map((r) => r.code),
    );
    for (const code of candidates) if (params.alsoTaken?.has(code)) taken.add(code);
    codes.push(...candidates.filter((c) => !taken.has(c)));
    needed = taken.size;
  }
  return codes;
}

/** A counter past this is no real rescue's: only a code imported before imports were checked put it there. */
const RUNAWAY_COUNTER = 99_999;

/**
 * Before imported codes were checked, one row (`R-2026-2147483647`) could push a year's counter
 * to the integer maximum and stop every intake of that year. Such a counter is set back to the
 * highest five-digit number in use; the odd code itself stays on its rat, and is stepped over.
 */
async function repairRunawayCounter(tx: Tx, year: number): Promise<void> {
  await tx.execute(sql`
    update rat_code_counters set last_number = (
      select coalesce(max(substring(code from 8)::integer), 0) from rats
      where code like ${`R-${year}-%`} and length(code) <= 12)
    where year = ${year} and last_number > ${RUNAWAY_COUNTER}`);
}

async function reserveNumbers(tx: Tx, year: number, count: number): Promise<number> {
  const result = await tx.execute(sql`
    insert into rat_code_counters (year, last_number) values (${year}, ${count})
    on conflict (year) do update set last_number = rat_code_counters.last_number + ${count}
    returning last_number`);
  const rows = rowsOfResult<{ last_number: number }>(result);
  return Number(rows[0].last_number);
}

/**
 * Locks the counters of `years` until the caller's transaction ends, without moving them: an
 * import holds them while it writes its codes, so an intake running at the same moment waits
 * and then steps over those codes instead of colliding with them.
 */
export async function lockRescueCodeYears(tx: Tx, years: readonly number[]): Promise<void> {
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    await tx.execute(sql`
      insert into rat_code_counters (year, last_number) values (${year}, 0)
      on conflict (year) do update set last_number = rat_code_counters.last_number`);
  }
}
