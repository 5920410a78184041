import { sql } from 'drizzle-orm';
import type { DbOrTx, Db } from './connect';
import { rowsOf } from './queries/rows-of';

/**
 * A portable backup: every table's rows as PostgreSQL renders them in JSON, the identity
 * counters, and how many migrations the database had. The same file restores into the embedded
 * database or a PostgreSQL server (so it also moves a rescue from one to the other), and
 * PostgreSQL itself turns each value back into its column's type.
 */
export type Backup = {
  format: 'ratwise-backup';
  version: 1;
  createdAt: string;
  migrations: number;
  tables: Record<string, Record<string, unknown>[]>;
  sequences: Record<string, number | null>;
};

type Row = Record<string, unknown>;


const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function tableNames(db: DbOrTx): Promise<string[]> {
  const found = await rowsOf<{ name: string }>(db, sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`);
  return found.map((r) => r.name);
}

async function migrationCount(db: DbOrTx): Promise<number> {
  const [found] = await rowsOf<{ n: number | string | null }>(
    db,
    sql`select case when to_regclass('drizzle.__drizzle_migrations') is null then null else 1 end as n`,
  );
  if (found?.n === null || found?.n === undefined) return 0;
  const [counted] = await rowsOf<{ n: number | string }>(db, sql`select count(*) as n from drizzle.__drizzle_migrations`);
  return Number(counted.n);
}

/** Reads the whole database in one read-only snapshot, so the backup is consistent while the rescue keeps working. */
export async function createBackup(db: Db, now: Date): Promise<Backup> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read, read only`);
    const tables: Backup['tables'] = {};
    for (const name of await tableNames(tx)) {
      const found = await rowsOf<{ row: Row }>(tx, sql.raw(`select row_to_json(t) as row from ${quote(name)} t`));
      tables[name] = found.map((r) => (typeof r.row === 'string' ? (JSON.parse(r.row) as Row) : r.row));
    }
    const sequences: Backup['sequences'] = {};
    for (const s of await rowsOf<{ name: string; last: string | number | null }>(
      tx,
      sql`select sequencename as name, last_value as last from pg_sequences where schemaname = 'public' order by sequencename`,
    )) {
      sequences[s.name] = s.last === null ? null : Number(s.last);
    }
    return { format: 'ratwise-backup', version: 1, createdAt: now.toISOString(), migrations: await migrationCount(tx), tables, sequences };
  });
}

/** Checks a parsed file is a Ratwise backup this version can restore; the reason otherwise. */
export function checkBackup(value: unknown, migrationsHere: number): { ok: true; backup: Backup } | { ok: false; reason: string } {
  const b = value as Partial<Backup> | null;
  if (!b || typeof b !== 'object' || b.format !== 'ratwise-backup' || b.version !== 1 || typeof b.tables !== 'object' || !b.tables) {
    return { ok: false, reason: 'This file is not a Ratwise backup.' };
  }
  if (typeof b.migrations !== 'number' || b.migrations > migrationsHere) {
    return { ok: false, reason: 'This backup comes from a newer Ratwise: update Ratwise, then restore it.' };
  }
  return { ok: true, backup: b as Backup };
}

const RESTORE_CHUNK = 500;

/**
 * Replaces every row of the (migrated) database with the backup's, in one transaction: on any
 * failure nothing changes. Foreign keys are checked by the backup's own consistency, so rows go
 * in with triggers off (`session_replication_role = replica`, which needs the database owner
 * as superuser on PostgreSQL); identity counters are set back to where they were.
 */
export async function restoreBackup(db: Db, backup: Backup): Promise<{ tables: number; rows: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    const here = await tableNames(tx);
    const unknown = Object.keys(backup.tables).filter((name) => !here.includes(name));
    if (unknown.length > 0) throw new Error(`The backup has tables this database does not: ${unknown.join(', ')}.`);
    for (const name of here) await tx.execute(sql.raw(`delete from ${quote(name)}`));
    let total = 0;
    for (const [name, list] of Object.entries(backup.tables)) {
      if (list.length === 0) continue;
      // Only the backup's columns: a column added since it was taken keeps its default.
      const columns = Object.keys(list[0]).map(quote).join(', ');
      for (let i = 0; i < list.length; i += RESTORE_CHUNK) {
        const chunk = JSON.stringify(list.slice(i, i + RESTORE_CHUNK));
        await tx.execute(sql`insert into ${sql.raw(quote(name))} (${sql.raw(columns)}) overriding system value
          select ${sql.raw(columns)} from json_populate_recordset(null::${sql.raw(quote(name))}, ${chunk}::json)`);
      }
      total += list.length;
    }
    for (const [name, last] of Object.entries(backup.sequences ?? {})) {
      const seq = `public.${quote(name)}`;
      if (last === null) await tx.execute(sql`select setval(${seq}::regclass, (select start_value from pg_sequences where schemaname = 'public' and sequencename = ${name}), false)`);
      else await tx.execute(sql`select setval(${seq}::regclass, ${last})`);
    }
    return { tables: Object.keys(backup.tables).length, rows: total };
  });
}
