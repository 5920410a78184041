import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '@/db/connect';
import { listRatsForExport, listRatsTable } from '@/db/queries/rat-table';
import { rats as ratsTable } from '@/db/schema';
import type { RatScope } from '@/lib/domain/access';
import { currentTrustStep, type StepSession } from '@/lib/domain/trust-step';
import { exportRatsCsv } from '@/lib/rat-export';
import { parseRatTableParams } from '@/lib/rat-table-params';
import { filtersOf } from '@/lib/validation/rat-table';
import { insertFosterHome, insertPlacement, insertRat } from '../fixtures/builders';
import { insertHandlingSession, insertIntake, insertQuarantine } from '../fixtures/rat-table-builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();

const ALL: RatScope = { kind: 'all' };

/** The table as the page asks for it, from URL parameters. */
async function table(params: Record<string, string> = {}, scope: RatScope = ALL) {
  const query = parseRatTableParams(params);
  return listRatsTable(t.db, {
    scope,
    filters: filtersOf(query),
    sort: { by: query.sort, dir: query.dir },
    page: query.page,
    pageSize: query.size,
    after: query.after,
    before: query.before,
  });
}

async function names(params: Record<string, string> = {}, scope: RatScope = ALL) {
  return (await table(params, scope)).rows.map((r) => r.name);
}

const day = (n: number) => new Date(Date.UTC(2026, 4, n, 18));

/**
 * A small rescue: two homes, five rats across statuses, sexes and homes, one in quarantine,
 * handling sessions giving Pip step 4 and Moss step 2.
 */
async function smallRescue() {
  const willow = await insertFosterHome(t.db, { name: 'Willow House' });
  const maple = await insertFosterHome(t.db, { name: 'Maple Cottage' });
  const intake = await insertIntake(t.db);
  const pip = await insertRat(t.db, { code: 'R-2026-0001', name: 'Pip', sex: 'female', status: 'in_care', birthDate: '2025-10-01', intakeId: intake.id });
  const moss = await insertRat(t.db, { code: 'R-2026-0002', name: 'moss', sex: 'male', status: 'intake', birthDate: '2025-12-24', intakeId: intake.id });
  const acorn = await insertRat(t.db, { code: 'R-2026-0003', name: 'Acorn', sex: 'male', status: 'available', birthDate: null });
  const bramble = await insertRat(t.db, { code: 'R-2025-0099', name: 'Bramble_1', sex: 'female', status: 'adopted', birthDate: '2024-04-04' });
  const clover = await insertRat(t.db, { code: 'R-2026-0004', name: 'Clover', sex: 'unknown', status: 'intake', birthDate: '2026-03-01' });
  await insertPlacement(t.db, { ratId: pip.id, fosterHomeId: willow.id });
  await insertPlacement(t.db, { ratId: moss.id, fosterHomeId: willow.id });
  await insertPlacement(t.db, { ratId: acorn.id, fosterHomeId: maple.id });
  await insertPlacement(t.db, { ratId: clover.id, fosterHomeId: maple.id });
  await insertQuarantine(t.db, { ratId: moss.id, plannedEndOn: '2026-06-01' });
  await insertQuarantine(t.db, { ratId: acorn.id, startedOn: '2026-01-01', plannedEndOn: '2026-01-22', endedOn: '2026-01-22' });
  for (const [n, step] of [[1, 2], [2, 4], [3, 5], [4, 4]] as const) await insertHandlingSession(t.db, { ratId: pip.id, sessionAt: day(n), highestStep: step });
  for (const [n, step] of [[1, 1], [2, 2]] as const) await insertHandlingSession(t.db, { ratId: moss.id, sessionAt: day(n), highestStep: step });
  return { willow, maple, intake, pip, moss, acorn, bramble, clover };
}

describe(`rats table sorting on ${driverName()}`, () => {
  it('sorts by code by default', async () => {
    await smallRescue();
    expect(await names()).toEqual(['Bramble_1', 'Pip', 'moss', 'Acorn', 'Clover']);
  });

  it('sorts by name without regard to case, both ways', async () => {
    await smallRescue();
    expect(await names({ sort: 'name' })).toEqual(['Acorn', 'Bramble_1', 'Clover', 'moss', 'Pip']);
    expect(await names({ sort: 'name', dir: 'desc' })).toEqual(['Pip', 'moss', 'Clover', 'Bramble_1', 'Acorn']);
  });

  it('puts rats with no birth date last in either direction', async () => {
    await smallRescue();
    expect(await names({ sort: 'birthDate' })).toEqual(['Bramble_1', 'Pip', 'moss', 'Clover', 'Acorn']);
    expect(await names({ sort: 'birthDate', dir: 'desc' })).toEqual(['Clover', 'moss', 'Pip', 'Bramble_1', 'Acorn']);
  });

  it('sorts by home name, rats without a home last', async () => {
    await smallRescue();
    expect(await names({ sort: 'home' })).toEqual(['Acorn', 'Clover', 'Pip', 'moss', 'Bramble_1']);
  });

  it('sorts by status in lifecycle order and by sex', async () => {
    await smallRescue();
    expect(await names({ sort: 'status' })).toEqual(['moss', 'Clover', 'Pip', 'Acorn', 'Bramble_1']);
    expect(await names({ sort: 'sex' })).toEqual(['Bramble_1', 'Pip', 'moss', 'Acorn', 'Clover']);
  });

  it('sorts by trust step, rats without sessions last', async () => {
    await smallRescue();
    const { rows } = await table({ sort: 'trustStep', dir: 'desc' });
    expect(rows.map((r) => [r.name, r.trustStep])).toEqual([
      ['Pip', 4],
      ['moss', 1],
      ['Bramble_1', null],
      ['Acorn', null],
      ['Clover', null],
    ]);
  });
});

describe(`rats table filters on ${driverName()}`, () => {
  it('filters by several statuses at once', async () => {
    await smallRescue();
    expect(await names({ status: 'intake,available' })).toEqual(['moss', 'Acorn', 'Clover']);
  });

  it('filters by home, and by "no home"', async () => {
    const { willow } = await smallRescue();
    expect(await names({ home: String(willow.id) })).toEqual(['Pip', 'moss']);
    expect(await names({ home: 'none' })).toEqual(['Bramble_1']);
  });

  it('filters by sex', async () => {
    await smallRescue();
    expect(await names({ sex: 'male' })).toEqual(['moss', 'Acorn']);
  });

  it('filters by quarantine: only an open quarantine counts', async () => {
    await smallRescue();
    expect(await names({ quarantine: 'yes' })).toEqual(['moss']);
    expect(await names({ quarantine: 'no' })).toEqual(['Bramble_1', 'Pip', 'Acorn', 'Clover']);
  });

  it('filters by trust step range; rats with no sessions have no step and are left out', async () => {
    await smallRescue();
    expect(await names({ stepMin: '2' })).toEqual(['Pip']);
    expect(await names({ stepMax: '3' })).toEqual(['moss']);
    expect(await names({ stepMin: '1', stepMax: '4' })).toEqual(['Pip', 'moss']);
  });

  it('filters by intake', async () => {
    const { intake } = await smallRescue();
    expect(await names({ intake: String(intake.id) })).toEqual(['Pip', 'moss']);
  });

  it('finds free text in the name or the code, whatever the case', async () => {
    await smallRescue();
    expect(await names({ q: 'MOSS' })).toEqual(['moss']);
    expect(await names({ q: 'r-2025' })).toEqual(['Bramble_1']);
    expect(await names({ q: 'o' })).toEqual(['moss', 'Acorn', 'Clover']);
  });

  it('matches % and _ in the search literally', async () => {
    await smallRescue();
    expect(await names({ q: '_' })).toEqual(['Bramble_1']);
    expect(await names({ q: '%' })).toEqual([]);
  });

  it('combines filters', async () => {
    const { maple } = await smallRescue();
    expect(await names({ home: String(maple.id), status: 'intake,available', sex: 'male' })).toEqual(['Acorn']);
  });
});

describe(`rats table pages and scope on ${driverName()}`, () => {
  it('pages through 60 rats with the total on every page', async () => {
    for (let i = 1; i <= 60; i++) await insertRat(t.db, { code: `R-2026-${String(i).padStart(4, '0')}`, name: `Rat ${i}` });
    const first = await table({ size: '25' });
    const third = await table({ size: '25', page: '3' });
    expect([first.rows.length, first.total]).toEqual([25, 60]);
    expect([third.rows.length, third.total]).toEqual([10, 60]);
    expect(third.rows[0].code).toBe('R-2026-0051');
    expect((await table({ size: '50', page: '2' })).rows.map((r) => r.code)).toEqual(
      Array.from({ length: 10 }, (_, i) => `R-2026-${String(51 + i).padStart(4, '0')}`),
    );
  });

  it('still counts the matching rats on a page past the end', async () => {
    await smallRescue();
    expect(await table({ page: '9' })).toEqual({ rows: [], total: 5 });
  });

  it('counts only the rats that match the filter', async () => {
    await smallRescue();
    expect((await table({ status: 'intake' })).total).toBe(2);
  });

  it('shows a foster only the rats placed in their home, filters included', async () => {
    const { willow } = await smallRescue();
    const scope: RatScope = { kind: 'home', fosterHomeId: willow.id };
    expect(await names({}, scope)).toEqual(['Pip', 'moss']);
    expect(await names({ q: 'acorn' }, scope)).toEqual([]);
    expect((await table({ status: 'intake' }, scope)).total).toBe(1);
    expect(await names({}, { kind: 'none' })).toEqual([]);
  });
});

describe(`the stored trust step on ${driverName()}`, () => {
  it('matches currentTrustStep for generated session histories, ties in time included, and so does the migration that fills it', async () => {
    // A seeded generator: the same histories every run.
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const expected = new Map<number, number | null>();
    for (let i = 0; i < 40; i++) {
      const rat = await insertRat(t.db, { code: `R-2026-${String(i + 1).padStart(4, '0')}` });
      const count = Math.floor(random() * 6); // 0-5 sessions
      const sessions: StepSession[] = [];
      for (let s = 0; s < count; s++) {
        // Few distinct days, so several sessions share a timestamp and the id decides.
        const sessionAt = day(1 + Math.floor(random() * 3));
        const highestStep = Math.floor(random() * 9);
        const row = await insertHandlingSession(t.db, { ratId: rat.id, sessionAt, highestStep });
        sessions.push({ id: row.id, sessionAt, highestStep });
      }
      expected.set(rat.id, currentTrustStep(sessions));
    }
    const { rows } = await table({ size: '100' });
    expect(new Map(rows.map((r) => [r.id, r.trustStep]))).toEqual(expected);

    // The migration that added the summary fills it for existing sessions with its last statement.
    const migration = await readFile(path.join(MIGRATIONS_FOLDER, '0007_handling-summary.sql'), 'utf8');
    const backfill = migration.split('--> statement-breakpoint').at(-1)!;
    await t.db.update(ratsTable).set({ currentTrustStep: null, lastHandledAt: null });
    await t.db.execute(sql.raw(backfill));
    const refilled = await table({ size: '100' });
    expect(new Map(refilled.rows.map((r) => [r.id, r.trustStep]))).toEqual(expected);
  });
});

describe(`rats table key-set pages on ${driverName()}`, () => {
  it('gives the same pages stepping by cursor, forwards and back, as by page number, for every sort and direction', async () => {
    await smallRescue();
    for (let i = 10; i < 40; i++) {
      const rat = await insertRat(t.db, { code: `R-2024-${String(i).padStart(4, '0')}`, name: `Rat ${i % 7}`, birthDate: i % 3 ? `2024-0${1 + (i % 5)}-01` : null, status: i % 2 ? 'adopted' : 'in_care' });
      if (i % 4) await insertHandlingSession(t.db, { ratId: rat.id, sessionAt: day(1), highestStep: i % 5 });
    }
    for (const sort of ['code', 'name', 'sex', 'status', 'home', 'birthDate', 'trustStep']) {
      for (const dir of ['asc', 'desc']) {
        const byNumber: string[][] = [];
        for (let page = 1; page <= 3; page++) byNumber.push((await table({ sort, dir, size: '25', page: String(page) })).rows.map((r) => r.code));
        const second = await table({ sort, dir, size: '25', page: '2', after: byNumber[0].at(-1)! });
        expect(second.rows.map((r) => r.code), `${sort} ${dir} forwards`).toEqual(byNumber[1]);
        expect(second.total).toBe(35);
        const first = await table({ sort, dir, size: '25', page: '1', before: byNumber[1][0] });
        expect(first.rows.map((r) => r.code), `${sort} ${dir} backwards`).toEqual(byNumber[0]);
      }
    }
  });

  it('streams the export in key-set batches that add up to the whole table, in order, for every sort', async () => {
    await smallRescue();
    for (let i = 10; i < 33; i++) {
      const rat = await insertRat(t.db, { code: `R-2024-${String(i).padStart(4, '0')}`, name: `Rat ${i % 4}`, birthDate: i % 3 ? '2024-02-01' : null });
      if (i % 2) await insertHandlingSession(t.db, { ratId: rat.id, sessionAt: day(1), highestStep: i % 3 });
    }
    for (const sort of ['code', 'name', 'home', 'birthDate', 'trustStep'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const whole = (await table({ sort, dir, size: '100' })).rows.map((r) => r.code);
        const streamed: string[] = [];
        for await (const batch of listRatsForExport(t.db, { scope: ALL, filters: filtersOf(parseRatTableParams({})), sort: { by: sort, dir }, batchSize: 4 })) {
          streamed.push(...batch.map((r) => r.code));
        }
        expect(streamed, `${sort} ${dir}`).toEqual(whole);
      }
    }
  });

  it('pages asked by number, found by seeking along the index, hold the whole table once, in order, for every sort, filtered or not', async () => {
    await smallRescue();
    for (let i = 10; i < 140; i++) {
      const rat = await insertRat(t.db, { code: `R-2024-${String(i).padStart(4, '0')}`, name: `Rat ${i % 6}`, birthDate: i % 3 ? `2024-0${1 + (i % 4)}-01` : null, status: i % 2 ? 'adopted' : 'in_care' });
      if (i % 3) await insertHandlingSession(t.db, { ratId: rat.id, sessionAt: day(1), highestStep: i % 6 });
    }
    for (const filter of [{}, { status: 'adopted' }, { quarantine: 'no' }] as Array<Record<string, string>>) {
      for (const sort of ['code', 'name', 'sex', 'status', 'home', 'birthDate', 'trustStep'] as const) {
        for (const dir of ['asc', 'desc'] as const) {
          const whole: string[] = [];
          const filters = filtersOf(parseRatTableParams(filter));
          for await (const batch of listRatsForExport(t.db, { scope: ALL, filters, sort: { by: sort, dir } })) whole.push(...batch.map((r) => r.code));
          const paged: string[] = [];
          // Middle pages skip rows from the nearer end: forwards on the first half, backwards on the second.
          for (let page = 1; page <= Math.ceil(whole.length / 25); page++) paged.push(...(await table({ ...filter, sort, dir, size: '25', page: String(page) })).rows.map((r) => r.code));
          expect(paged, `${JSON.stringify(filter)} ${sort} ${dir}`).toEqual(whole);
        }
      }
    }
  });

  it('falls back to the page number when the cursor rat is gone', async () => {
    await smallRescue();
    expect((await table({ page: '1', after: 'R-2099-9999' })).rows).toHaveLength(5);
  });
});

describe(`CSV export on ${driverName()}`, () => {
  async function exported(params: Record<string, string>, scope: RatScope = ALL) {
    const { csv, fileName } = await exportRatsCsv(t.db, { scope, query: parseRatTableParams(params), now: new Date('2026-06-15T12:00:00Z') });
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    return { fileName, rows: parsed.data, fields: parsed.meta.fields };
  }

  it('exports every rat matching the filter, all pages, in the table order', async () => {
    await smallRescue();
    const { rows, fileName } = await exported({ status: 'intake,in_care', sort: 'name', page: '2', size: '25' });
    expect(fileName).toBe('ratwise-rats-2026-06-15.csv');
    expect(rows.map((r) => r.Name)).toEqual(['Clover', 'moss', 'Pip']);
    expect(rows.find((r) => r.Name === 'moss')).toMatchObject({
      Code: 'R-2026-0002',
      Sex: 'male',
      Status: 'Intake',
      Home: 'Willow House',
      'Birth date': '2025-12-24',
      'Trust step': '1',
      'In quarantine until': '2026-06-01',
    });
  });

  it('exports only the foster’s own rats, whatever the filter asks', async () => {
    const { willow, maple } = await smallRescue();
    const { rows } = await exported({ home: String(maple.id) }, { kind: 'home', fosterHomeId: willow.id });
    expect(rows).toEqual([]);
    const own = await exported({}, { kind: 'home', fosterHomeId: willow.id });
    expect(own.rows.map((r) => r.Name)).toEqual(['Pip', 'moss']);
  });

  it('defuses a name that a spreadsheet would run as a formula', async () => {
    await insertRat(t.db, { name: '=cmd|calc', code: 'R-2026-0001' });
    const { rows } = await exported({});
    expect(rows[0].Name).toBe(`'=cmd|calc`);
  });

  it('uses headers the CSV import recognises', async () => {
    await smallRescue();
    const { fields } = await exported({});
    expect(fields?.slice(0, 5)).toEqual(['Code', 'Name', 'Sex', 'Status', 'Home']);
  });
});
