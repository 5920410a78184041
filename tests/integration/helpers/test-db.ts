import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { is, sql, type SQL } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, beforeEach, expect, inject } from 'vitest';
import { connect, type Db, type Tx } from '@/db/connect';
import * as schema from '@/db/schema';
import { rowsOf } from '@/db/queries/rows-of';

/**
 * What global setup hands to every integration test file (through vitest's provide/inject):
 * - pglite: the path of a tarball of an in-memory PGlite with the migrations applied;
 * - postgres: a migrated template database to copy, and the prefix every copy's name starts with.
 */
export type TestDbInfo =
  | { driver: 'pglite'; snapshotPath: string }
  | { driver: 'postgres'; adminUrl: string; template: string; copyPrefix: string };

declare module 'vitest' {
  export interface ProvidedContext {
    ratwiseTestDb: TestDbInfo;
  }
}

export type TestDb = {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Empties every table and restarts identities: call it in `beforeEach`. */
  reset: () => Promise<void>;
  /** Closes the connection (and drops this file's PostgreSQL database). */
  close: () => Promise<void>;
};

/** 'pglite' or 'postgres': put it in describe titles so the output shows which driver ran. */
export function driverName(): TestDbInfo['driver'] {
  return inject('ratwiseTestDb').driver;
}

/** The names of every table db/schema.ts declares. */
export function schemaTableNames(): string[] {
  return (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => getTableConfig(table).name)
    .sort();
}

/** Rows of a raw query on either driver (PGlite returns `{ rows }`, postgres.js an array). */
export function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  return rowsOf<T>(db, query);
}

/**
 * A database for one test file, with the real migrations applied: a copy of the PGlite
 * snapshot, or (with TEST_DATABASE_URL) a PostgreSQL database created from the template.
 */
export async function createTestDb(): Promise<TestDb> {
  const info = inject('ratwiseTestDb');
  if (info.driver === 'pglite') {
    const tarball = await readFile(info.snapshotPath);
    const connection = await connect({
      memory: true,
      loadDataDir: new Blob([tarball], { type: 'application/x-tar' }),
    });
    return { db: connection.db, driver: 'pglite', reset: resetter(connection.db), close: connection.close };
  }

  const name = `${info.copyPrefix}${randomBytes(4).toString('hex')}`;
  await withAdmin(info.adminUrl, (admin) => createDatabaseFromTemplate(admin, name, info.template));
  const connection = await connect({ url: databaseUrl(info.adminUrl, name) });
  return {
    db: connection.db,
    driver: 'postgres',
    reset: resetter(connection.db),
    close: async () => {
      await connection.close();
      // Global teardown drops whatever is left if this never runs.
      await withAdmin(info.adminUrl, (admin) => dropDatabase(admin, name));
    },
  };
}

/**
 * Empties every table and restarts every identity, i.e. the effect of
 * `TRUNCATE <all tables> RESTART IDENTITY CASCADE`, but much cheaper: TRUNCATE gives each table
 * and index a new file (≈ 40-130 ms a test on PGlite). Instead one probe finds the tables that
 * hold rows and the identity sequences that were used (≈ 5-10 ms; nothing more after a
 * read-only test), then those rows are deleted with foreign-key triggers off for the
 * transaction (`session_replication_role = replica`; the rows of every table go, so nothing
 * is left dangling) and those sequences are rewound. A role that may not set that (not a
 * superuser, on PostgreSQL) falls back to TRUNCATE of those tables.
 */
function resetter(db: Db): () => Promise<void> {
  const names = schemaTableNames();
  const probe = sql.raw(`
    select 'table' as kind, name, null::bigint as start
    from (values ${names.map((n) => `('${n}', exists (select 1 from "${n}"))`).join(', ')}) as t(name, has_rows)
    where has_rows
    union all
    select 'sequence', quote_ident(s.schemaname) || '.' || quote_ident(s.sequencename), s.start_value
    from pg_sequences s
    where s.schemaname = 'public' and s.last_value is not null`);
  return async () => {
    const found = await queryRows<{ kind: 'table' | 'sequence'; name: string; start: string | number | null }>(db, probe);
    if (found.length === 0) return;
    const tables = found.filter((r) => r.kind === 'table').map((r) => `"${r.name}"`);
    const sequences = found.filter((r) => r.kind === 'sequence');
    const rewind = async (tx: Tx) => {
      if (sequences.length === 0) return;
      const calls = sequences.map((s) => `setval('${s.name}', ${Number(s.start)}, false)`).join(', ');
      await tx.execute(sql.raw(`select ${calls}`));
    };
    try {
      await db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local session_replication_role = replica`));
        if (tables.length > 0) {
          const deletes = tables.map((t, i) => `d${i} as (delete from ${t})`).join(', ');
          await tx.execute(sql.raw(`with ${deletes} select 1`));
        }
        await rewind(tx);
      });
    } catch (error) {
      if (codeOf(error) !== '42501') throw error; // insufficient privilege: not a superuser
      await db.transaction(async (tx) => {
        if (tables.length > 0) await tx.execute(sql.raw(`truncate table ${tables.join(', ')} restart identity cascade`));
        await rewind(tx);
      });
    }
  };
}

/** The SQLSTATE of a driver error, also when drizzle wrapped it. */
function codeOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL plumbing shared with global setup
// ---------------------------------------------------------------------------------------------

/** The same server and credentials as `url`, another database. */
export function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** Runs `fn` on a one-connection client to the entry database of TEST_DATABASE_URL. */
export async function withAdmin<T>(adminUrl: string, fn: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    return await fn(admin);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

export async function createDatabaseFromTemplate(admin: postgres.Sql, name: string, template: string) {
  // Two workers copying the template at the same moment can briefly see each other as "other
  // users of the source database" (55006): retry a few times.
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.unsafe(`create database "${name}" template "${template}"`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

export async function dropDatabase(admin: postgres.Sql, name: string) {
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
}

// ---------------------------------------------------------------------------------------------
// Assertions
// ---------------------------------------------------------------------------------------------

/**
 * Expects `write` to be refused by the named constraint (check, unique index, foreign key…),
 * not by anything else: drizzle wraps the driver's error, so the whole `cause` chain is read.
 */
export async function expectViolation(write: PromiseLike<unknown>, constraint: string): Promise<void> {
  let failure: unknown;
  try {
    await write;
  } catch (error) {
    failure = error;
  }
  expect(failure, `expected the write to be refused by ${constraint}`).toBeInstanceOf(Error);
  const found: string[] = [];
  for (let e: unknown = failure, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { message, constraint: c1, constraint_name: c2 } = e as Record<string, unknown>;
    for (const text of [c1, c2, message]) if (typeof text === 'string') found.push(text);
  }
  const shown = found.map((text) => (text.length > 300 ? `${text.slice(0, 300)}…` : text)).join('\n');
  expect(found.some((text) => text.includes(constraint)), `refused, but not by ${constraint}:\n${shown}`).toBe(true);
}

/**
 * The usual hooks for a test file: a database for the file (closed after it), emptied before
 * each test unless `reset: false`. Read `t.db` inside tests and hooks, not at import time.
 */
export function testDbForFile(options: { reset?: boolean } = {}): TestDb {
  let current: TestDb | undefined;
  beforeAll(async () => {
    current = await createTestDb();
  });
  afterAll(async () => {
    await current?.close();
  });
  if (options.reset !== false) {
    beforeEach(async () => {
      await ready().reset();
    });
  }
  function ready(): TestDb {
    if (!current) throw new Error('testDbForFile: the database is opened in beforeAll; use it inside tests and hooks');
    return current;
  }
  return {
    get db() {
      return ready().db;
    },
    get driver() {
      return ready().driver;
    },
    reset: () => ready().reset(),
    close: () => ready().close(),
  };
}
