import fc from 'fast-check';
import { count, max } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { importRatsFromRows } from '@/db/queries/rat-import';
import { createUser, UnknownFosterHomeError } from '@/db/queries/users';
import { auditLog, intakes, placements, ratCodeCounters, rats, users } from '@/db/schema';
import { cellsFromRows, IMPORT_FIELDS, rowsFromCells } from '@/lib/domain/rat-import';
import { ratImportInput } from '@/lib/validation/rat-import';
import { insertFosterHome } from '../fixtures/builders';
import { nastyText } from '../fixtures/fuzz';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();
const NOW = new Date('2026-06-15T10:00:00Z');
let generated = 0;
// A fixed seed: the same spreadsheets every run, so a failure is reproducible.
fc.configureGlobal({ seed: 20_261_124 });

async function tally() {
  const [[r], [i], [p], [a], [c]] = await Promise.all([
    t.db.select({ n: count() }).from(rats),
    t.db.select({ n: count() }).from(intakes),
    t.db.select({ n: count() }).from(placements),
    t.db.select({ n: count() }).from(auditLog),
    t.db.select({ n: max(ratCodeCounters.lastNumber) }).from(ratCodeCounters),
  ]);
  return { rats: r.n, intakes: i.n, placements: p.n, audit: a.n, highestCounter: c.n ?? 0 };
}

const cell = fc.oneof(
  { weight: 3, arbitrary: nastyText },
  { weight: 2, arbitrary: fc.constantFrom('Pip', 'f', 'm', 'Willow House', 'In care', 'adopted', '2025-09-14', '14/03/2026', '0001-01-01', 'R-2026-0001', 'R-2026-0042', 'R-2026-2147483647', 'R-2024-0500') },
);
const spreadsheet = fc.array(fc.record(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, cell])) as Record<(typeof IMPORT_FIELDS)[number], fc.Arbitrary<string>>), { minLength: 1, maxLength: 6 });

describe(`bad input is refused in words, never half-written, on ${driverName()}`, () => {
  afterAll(() => console.log(`import fuzz: ${generated} generated spreadsheets`));

  it('creating a user with a foster home that does not exist is refused, and no user is written', async () => {
    const home = await insertFosterHome(t.db);
    await expect(
      createUser(t.db, { name: 'Fern', email: 'fern@example.org', role: 'foster', passwordHash: 'x', fosterHomeId: home.id + 999, actorId: null }),
    ).rejects.toBeInstanceOf(UnknownFosterHomeError);
    expect(await t.db.select().from(users)).toEqual([]);
  });

  it('fuzzed spreadsheets through the import action’s parsing: no unhandled error, all rows or none, and the code counter stays sane', { timeout: 300_000 }, async () => {
    await insertFosterHome(t.db, { name: 'Willow House' });
    await fc.assert(
      fc.asyncProperty(spreadsheet, fc.boolean(), async (sheet, strict) => {
        generated++;
        const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, f]));
        const { fields, cells } = cellsFromRows(sheet, mapping);
        const input = ratImportInput.safeParse({ fileName: 'fuzz.csv', strict: strict ? 'on' : '', rows: JSON.stringify({ fields, cells }) });
        if (!input.success) return;
        const before = await tally();
        const { rows, mapping: parsedMapping } = rowsFromCells(input.data.rows.fields, input.data.rows.cells);
        const outcome = await importRatsFromRows(t.db, { rows, mapping: parsedMapping, strict: input.data.strict, fileName: input.data.fileName, actorId: null, now: NOW });
        const after = await tally();
        if (outcome.ok) {
          expect(after.rats - before.rats).toBe(outcome.imported);
          expect(after.intakes - before.intakes).toBe(1);
          expect(after.audit - before.audit).toBe(outcome.imported + 1);
          const written = await t.db.select({ name: rats.name, notes: rats.notes }).from(rats);
          expect(written.some((r) => r.name.includes('\u0000') || r.notes?.includes('\u0000'))).toBe(false);
        } else {
          expect(after).toEqual(before);
        }
        // However many codes the files carried, the counter only ever counts codes handed out.
        expect(after.highestCounter).toBeLessThanOrEqual(after.rats);
      }),
      { numRuns: 150 },
    );
  });
});
