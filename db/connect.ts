import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { acquireDataFolderLock } from './data-lock';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type: both drivers' databases are a PgDatabase over the same schema. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Queries accept either the database or an open transaction. */
export type DbOrTx = Db | Tx;

export type Connection = {
  db: Db;
  driver: 'pglite' | 'postgres';
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

export type ConnectOptions =
  | { url: string }
  | { dataDir: string }
  | { memory: true; loadDataDir?: Blob | File };

/**
 * Opens PGlite (a folder, or memory) or a PostgreSQL server; no migration happens here. A PGlite
 * folder is locked to this process until `close()` (see data-lock.ts).
 */
export async function connect(options: ConnectOptions): Promise<Connection> {
  if ('url' in options) {
    const client = postgres(options.url, { max: 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema }) as unknown as Db;
    return {
      db,
      driver: 'postgres',
      migrate: () => migratePostgres(drizzlePostgres(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  let client: PGlite;
  let release = () => {};
  if ('dataDir' in options) {
    // Throws DataFolderLockedError while another live process has the folder open.
    release = acquireDataFolderLock(options.dataDir).release;
    try {
      mkdirSync(options.dataDir, { recursive: true });
      client = await PGlite.create(options.dataDir);
    } catch (error) {
      release();
      throw error;
    }
  } else {
    client = await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  }
  const pgliteDb = drizzlePglite(client, { schema });
  return {
    db: pgliteDb as unknown as Db,
    driver: 'pglite',
    migrate: () => migratePglite(pgliteDb, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}
