import { asc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { importRatsFromRows } from '@/db/queries/rat-import';
import { allocateRescueCodes } from '@/db/queries/rescue-codes';
import { ratCodeCounters, rats } from '@/db/schema';
import { autoMapColumns, type ImportRow } from '@/lib/domain/rat-import';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();

const NOW = new Date('2026-06-15T10:00:00Z');
const mapping = autoMapColumns(['Name', 'Code', 'Sex']);

function importCodes(codes: string[], strict = false) {
  const rows: ImportRow[] = codes.map((code, i) => ({ Name: `Rat ${i}`, Code: code, Sex: 'f' }));
  return importRatsFromRows(t.db, { rows, mapping, strict, fileName: 'old-records.csv', actorId: null, now: NOW });
}

const allocate = (year: number, count: number) => t.db.transaction((tx) => allocateRescueCodes(tx, { year, count }));

describe(`imported rescue codes and the year's counter on ${driverName()}`, () => {
  it('refuses R-2026-2147483647 with a row message, and the year’s intakes carry on', async () => {
    const outcome = await importCodes(['R-2026-2147483647']);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.results[0].reasons).toEqual([
      "Code R-2026-2147483647 is outside the rescue's numbering: imported codes run from R-2026-0001 to R-2026-9999",
    ]);
    expect(await t.db.select().from(rats)).toEqual([]);
    expect(await allocate(2026, 2)).toEqual(['R-2026-0001', 'R-2026-0002']);
  });

  it('refuses codes with an impossible year or number, and writes none of them', async () => {
    const outcome = await importCodes(['R-0001-0001', 'R-2031-0001', 'R-2026-0000', 'R-2026-00042', 'R-2026-99999999999999999999'], true);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.results.map((r) => r.ok)).toEqual([false, false, false, false, false]);
    expect(outcome.results[0].reasons[0]).toMatch(/no real intake year: use a year from 1900 to 2026/);
    expect(await t.db.select().from(rats)).toEqual([]);
    expect(await t.db.select().from(ratCodeCounters)).toEqual([]);
  });

  it('an imported code never moves the counter: new codes fill the year from 0001 and step over imported ones', async () => {
    const outcome = await importCodes(['R-2026-0002', 'R-2026-0500', 'R-2024-0500']);
    expect(outcome).toMatchObject({ ok: true, imported: 3 });
    expect(await allocate(2026, 3)).toEqual(['R-2026-0001', 'R-2026-0003', 'R-2026-0004']);
    expect(await allocate(2024, 1)).toEqual(['R-2024-0001']);
    const counters = await t.db.select().from(ratCodeCounters).orderBy(asc(ratCodeCounters.year));
    // The counter counts numbers passed, taken or stepped over; it never jumped to 500.
    expect(counters).toEqual([
      { year: 2024, lastNumber: 1 },
      { year: 2026, lastNumber: 4 },
    ]);
  });

  it('a new code never collides with an imported one, however the two interleave', async () => {
    await importCodes(['R-2026-0003', 'R-2026-0004', 'R-2026-0006']);
    const fresh = await allocate(2026, 5);
    expect(fresh).toEqual(['R-2026-0001', 'R-2026-0002', 'R-2026-0005', 'R-2026-0007', 'R-2026-0008']);
    const second = await importCodes(['', 'R-2026-0009']);
    expect(second).toMatchObject({ ok: true, imported: 2 });
    const all = (await t.db.select({ code: rats.code }).from(rats)).map((r) => r.code);
    expect(new Set(all).size).toBe(all.length);
  });

  it('a counter already pushed to the integer maximum by an old import is set back, and the year’s intakes carry on', async () => {
    await t.db.insert(rats).values([
      { code: 'R-2026-2147483647', name: 'Odd', sex: 'female', status: 'in_care' },
      { code: 'R-2026-0003', name: 'Three', sex: 'male', status: 'in_care' },
    ]);
    await t.db.insert(ratCodeCounters).values({ year: 2026, lastNumber: 2_147_483_647 });
    expect(await allocate(2026, 2)).toEqual(['R-2026-0004', 'R-2026-0005']);
    expect(await t.db.select().from(ratCodeCounters)).toEqual([{ year: 2026, lastNumber: 5 }]);
  });
});
