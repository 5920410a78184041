import { describe, expect, it } from 'vitest';
import { allocateRescueCodes } from '@/db/queries/rescue-codes';
import { ratCodeCounters } from '@/db/schema';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();

describe(`rescue code allocation on ${driverName()}`, () => {
  it('hands out consecutive codes per year, continuing across intakes', async () => {
    const first = await t.db.transaction((tx) => allocateRescueCodes(tx, { year: 2026, count: 3 }));
    const second = await t.db.transaction((tx) => allocateRescueCodes(tx, { year: 2026, count: 2 }));
    const otherYear = await t.db.transaction((tx) => allocateRescueCodes(tx, { year: 2027, count: 1 }));
    expect(first).toEqual(['R-2026-0001', 'R-2026-0002', 'R-2026-0003']);
    expect(second).toEqual(['R-2026-0004', 'R-2026-0005']);
    expect(otherYear).toEqual(['R-2027-0001']);
  });

  it('gives the numbers of a rolled-back intake back, leaving no gap', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await allocateRescueCodes(tx, { year: 2026, count: 4 });
        throw new Error('the intake failed');
      }),
    ).rejects.toThrow('the intake failed');
    const codes = await t.db.transaction((tx) => allocateRescueCodes(tx, { year: 2026, count: 1 }));
    expect(codes).toEqual(['R-2026-0001']);
  });

  it('never hands the same code to concurrent intakes', async () => {
    const batches = await Promise.all(
      Array.from({ length: 6 }, () => t.db.transaction((tx) => allocateRescueCodes(tx, { year: 2026, count: 5 }))),
    );
    const all = batches.flat();
    expect(new Set(all).size).toBe(30);
    expect(all.map((c) => Number(c.slice(-4))).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const [counter] = await t.db.select().from(ratCodeCounters);
    expect(counter).toEqual({ year: 2026, lastNumber: 30 });
  });
});
