import { asc, count, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { importRats, importRatsFromRows } from '@/db/queries/rat-import';
import { auditLog, intakes, placements, ratCodeCounters, ratStatusChanges, rats } from '@/db/schema';
import { autoMapColumns, type ImportedRat, type ImportRow } from '@/lib/domain/rat-import';
import { insertFosterHome, insertRat, insertUser } from '../fixtures/builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();

const NOW = new Date('2026-06-15T10:00:00Z');
const HEADERS = ['Name', 'Code', 'Sex', 'DOB', 'Home', 'Status'];
const mapping = autoMapColumns(HEADERS);

function row(values: Partial<Record<(typeof HEADERS)[number], string>>): ImportRow {
  return { Name: 'Pip', Code: '', Sex: 'f', DOB: '', Home: '', Status: '', ...values };
}

async function runImport(rows: ImportRow[], options: { strict?: boolean; actorId?: number | null } = {}) {
  return importRatsFromRows(t.db, { rows, mapping, strict: options.strict ?? false, fileName: 'rescue-list.csv', actorId: options.actorId ?? null, now: NOW });
}

async function tally() {
  const [[r], [i], [p], [s], [a]] = await Promise.all([
    t.db.select({ n: count() }).from(rats),
    t.db.select({ n: count() }).from(intakes),
    t.db.select({ n: count() }).from(placements),
    t.db.select({ n: count() }).from(ratStatusChanges),
    t.db.select({ n: count() }).from(auditLog),
  ]);
  return { rats: r.n, intakes: i.n, placements: p.n, statusChanges: s.n, audit: a.n };
}

describe(`CSV import of rats on ${driverName()}`, () => {
  it('writes the valid rows with their intake, status, placement and audit trail', async () => {
    const staff = await insertUser(t.db, { name: 'Sam Staff' });
    const willow = await insertFosterHome(t.db, { name: 'Willow House' });
    const outcome = await runImport(
      [
        row({ Name: 'Pip', Code: 'R-2026-0040', Sex: 'doe', DOB: '2025-09-14', Home: 'Willow House', Status: 'Available' }),
        row({ Name: 'Moss', Sex: 'buck' }),
        row({ Name: 'Clover', Sex: 'x' }),
      ],
      { actorId: staff.id },
    );
    expect(outcome).toMatchObject({ ok: true, imported: 2 });
    if (!outcome.ok) return;
    expect(outcome.skipped.map((r) => r.row)).toEqual([4]);

    const saved = await t.db.select().from(rats).orderBy(asc(rats.id));
    expect(saved.map((r) => [r.name, r.code, r.sex, r.status, r.birthDate, r.intakeId])).toEqual([
      ['Pip', 'R-2026-0040', 'female', 'available', '2025-09-14', outcome.intakeId],
      // The file's code does not move the counter: the new code is the year's first free one.
      ['Moss', 'R-2026-0001', 'male', 'in_care', null, outcome.intakeId],
    ]);
    const [intake] = await t.db.select().from(intakes).where(eq(intakes.id, outcome.intakeId));
    expect(intake).toMatchObject({ sourceType: 'other', sourceDetails: 'CSV import rescue-list.csv', intakeDate: '2026-06-15', createdBy: staff.id });
    const open = await t.db.select().from(placements).where(isNull(placements.endedAt));
    expect(open.map((p) => [p.ratId, p.fosterHomeId])).toEqual([[saved[0].id, willow.id]]);
    const statuses = await t.db.select().from(ratStatusChanges).orderBy(asc(ratStatusChanges.ratId));
    expect(statuses.map((s) => [s.ratId, s.fromStatus, s.toStatus, s.changedBy])).toEqual([
      [saved[0].id, null, 'available', staff.id],
      [saved[1].id, null, 'in_care', staff.id],
    ]);
    const audit = await t.db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(audit.map((a) => [a.entityType, a.ratId, a.actorId])).toEqual([
      ['intake', null, staff.id],
      ['rat', saved[0].id, staff.id],
      ['rat', saved[1].id, staff.id],
    ]);
    expect(audit[0].summary).toBe('Imported 2 rats from rescue-list.csv');
    expect(audit[1].changes).toMatchObject({ name: { from: null, to: 'Pip' }, homeName: { from: null, to: 'Willow House' } });
  });

  it('in strict mode writes nothing when one row is bad', async () => {
    const outcome = await runImport([row({ Name: 'Pip' }), row({ Name: 'Moss', DOB: '2026-02-30' })], { strict: true });
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/^Strict mode: nothing was imported because row 3/) });
    expect(await tally()).toEqual({ rats: 0, intakes: 0, placements: 0, statusChanges: 0, audit: 0 });
  });

  it('in strict mode writes every row of a clean file', async () => {
    expect(await runImport([row({ Name: 'Pip' }), row({ Name: 'Moss' })], { strict: true })).toMatchObject({ ok: true, imported: 2 });
  });

  it('refuses a code already in the database and a code repeated in the file', async () => {
    await insertRat(t.db, { code: 'R-2026-0007', name: 'Existing' });
    const outcome = await runImport([
      row({ Name: 'Taken', Code: 'R-2026-0007' }),
      row({ Name: 'Twin A', Code: 'R-2026-0020' }),
      row({ Name: 'Twin B', Code: 'R-2026-0020' }),
      row({ Name: 'Fine' }),
    ]);
    expect(outcome).toMatchObject({ ok: true, imported: 1 });
    if (!outcome.ok) return;
    expect(outcome.skipped.map((r) => [r.row, r.reasons])).toEqual([
      [2, ['Code R-2026-0007 already belongs to a rat in the rescue']],
      [3, ['Code R-2026-0020 is also on row 4']],
      [4, ['Code R-2026-0020 is also on row 3']],
    ]);
    const names = await t.db.select({ name: rats.name }).from(rats).orderBy(asc(rats.id));
    expect(names.map((r) => r.name)).toEqual(['Existing', 'Fine']);
  });

  it('checks rows again on the server: a home made inactive since the preview is refused', async () => {
    await insertFosterHome(t.db, { name: 'Birch Flat', active: false });
    const outcome = await runImport([row({ Name: 'Pip', Home: 'Birch Flat' })]);
    expect(outcome).toMatchObject({ ok: false, message: 'Nothing was imported: no row is valid.' });
    expect((await tally()).rats).toBe(0);
  });

  it('rolls everything back when the write fails part-way', async () => {
    const home = await insertFosterHome(t.db);
    const valid: ImportedRat = { name: 'Pip', code: null, sex: 'female', birthDate: null, fosterHomeId: home.id, homeName: home.name, status: 'in_care', variety: null, markings: null, notes: null };
    // The second rat's home does not exist: its placement fails after the rats and statuses are written.
    const broken: ImportedRat = { ...valid, name: 'Moss', fosterHomeId: home.id + 999 };
    await expect(importRats(t.db, { rats: [valid, broken], actorId: null, fileName: 'bad.csv', now: NOW })).rejects.toThrow();
    expect(await tally()).toEqual({ rats: 0, intakes: 0, placements: 0, statusChanges: 0, audit: 0 });
    // The codes it would have used are free again.
    expect(await t.db.select().from(ratCodeCounters)).toEqual([]);
  });

  it('writes a thousand rats in one import', async () => {
    await insertFosterHome(t.db, { name: 'Oak Barn' });
    const rows = Array.from({ length: 1000 }, (_, i) => row({ Name: `Bulk ${i}`, Sex: i % 2 ? 'm' : 'f', Home: i % 3 ? 'Oak Barn' : '' }));
    const outcome = await runImport(rows);
    expect(outcome).toMatchObject({ ok: true, imported: 1000 });
    const counts = await tally();
    expect(counts).toEqual({ rats: 1000, intakes: 1, placements: 666, statusChanges: 1000, audit: 1001 });
    const codes = await t.db.select({ code: rats.code }).from(rats).orderBy(asc(rats.id));
    expect(codes[0].code).toBe('R-2026-0001');
    expect(codes[999].code).toBe('R-2026-1000');
  });
});
