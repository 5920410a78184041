/**
 * Benchmark of the CSV import: `npx tsx scripts/bench-import.ts [--pglite] [--rows N]`.
 *
 * Creates a fresh database (PostgreSQL from BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test as the admin entry; or PGlite in memory with --pglite),
 * migrates it, adds a few foster homes, generates N valid CSV rows (default 1,000), then runs
 * the steps the import action runs — parse, load the context, check every row, plan, write with
 * `importRats` — timing the check and the write separately. The database is dropped at the end.
 * Run it from the project root (the migrations are read from ./db/migrations).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import postgres from 'postgres';
import { connect, type Connection } from '../db/connect';
import { importRats, loadImportContext } from '../db/queries/rat-import';
import { fosterHomes } from '../db/schema';
import { autoMapColumns, planImport, validateImportRows } from '../lib/domain/rat-import';

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';
const HOMES = ['Willow House', 'Maple Cottage', 'Birch Flat', 'Oak Barn'];
const SEXES = ['f', 'm', 'doe', 'buck', 'female', 'male'];
const STATUSES = ['In care', 'Available', 'Intake', 'Reserved'];

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** N valid rows, like a rescue's spreadsheet: about a third with their own codes, most with a home. */
function generateCsv(count: number): string {
  const rows = Array.from({ length: count }, (_, i) => ({
    Name: `Bench rat ${i + 1}`,
    Code: i % 3 === 0 ? `R-2025-${String(i + 1).padStart(4, '0')}` : '',
    Sex: SEXES[i % SEXES.length],
    DOB: `${2024 + (i % 2)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    Home: i % 5 === 0 ? '' : HOMES[i % HOMES.length],
    Status: STATUSES[i % STATUSES.length],
    Variety: i % 2 ? 'Agouti' : 'Black Berkshire',
    Notes: i % 7 === 0 ? 'Shy, "nervous" with hands; takes treats from a spoon' : '',
  }));
  return Papa.unparse(rows);
}

async function openDatabase(usePglite: boolean): Promise<{ connection: Connection; label: string; drop: () => Promise<void> }> {
  if (usePglite) {
    const connection = await connect({ memory: true });
    return { connection, label: 'PGlite (in memory)', drop: async () => {} };
  }
  const adminUrl = process.env.BENCH_DATABASE_URL?.trim() || DEFAULT_ADMIN_URL;
  const name = `ratwise_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const connection = await connect({ url: url.toString() });
  return {
    connection,
    label: `PostgreSQL (${url.host}, database ${name})`,
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

const ms = (start: number, end: number) => `${(end - start).toFixed(1)} ms`;

async function main() {
  const usePglite = process.argv.includes('--pglite');
  const count = Number(option('--rows') ?? 1000);
  if (!Number.isInteger(count) || count < 1 || count > 5000) throw new Error('--rows must be a whole number from 1 to 5000 (the import limit)');

  const { connection, label, drop } = await openDatabase(usePglite);
  try {
    const setupStart = performance.now();
    await connection.migrate();
    const db = connection.db;
    await db.insert(fosterHomes).values(HOMES.map((name) => ({ name, contactName: `${name} foster`, area: 'Leeds', capacityRats: 2000, capacityCages: 500 })));
    const setupEnd = performance.now();
    const csv = generateCsv(count);
    console.log(`Database: ${label}; migrated and seeded in ${ms(setupStart, setupEnd)}`);
    console.log(`Importing ${count} generated rows (${(csv.length / 1024).toFixed(0)} KiB of CSV)…`);

    const now = new Date();
    const t0 = performance.now();
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: 'greedy' });
    const mapping = autoMapColumns(parsed.meta.fields ?? []);
    const t1 = performance.now();
    const context = await loadImportContext(db, { codes: parsed.data.map((r) => r.Code ?? ''), now });
    const results = validateImportRows(parsed.data, mapping, context);
    const plan = planImport(results, { strict: true });
    const t2 = performance.now();
    if (!plan.ok) throw new Error(`The generated rows did not validate: ${plan.reason}`);
    const written = await importRats(db, { rats: plan.rats, actorId: null, fileName: 'bench.csv', now });
    const t3 = performance.now();

    console.log(`  parse CSV:               ${ms(t0, t1)}`);
    console.log(`  validation (with lookup): ${ms(t1, t2)}`);
    console.log(`  write (one transaction):  ${ms(t2, t3)}`);
    console.log(`  total:                    ${ms(t0, t3)}`);
    console.log(`Wrote ${written.ratIds.length} rats (intake ${written.intakeId}, codes ${written.codes[0]} … ${written.codes[written.codes.length - 1]}).`);
  } finally {
    await connection.close();
    await drop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
