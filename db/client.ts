import 'server-only';
import { getEnv } from '@/lib/env';
import { connect, type Connection, type Db } from './connect';
import { seedDemoIfEmpty } from './seed/demo';

export type { Db, DbOrTx, Tx } from './connect';

type Cache = { connection?: Promise<Connection> };
// One instance per process: two PGlite instances on one folder silently lose writes.
const cache = globalThis as typeof globalThis & { __ratwiseDb?: Cache };
const store: Cache = (cache.__ratwiseDb ??= {});

async function open(): Promise<Connection> {
  const env = getEnv();
  const connection = await connect(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.pgliteDir });
  await connection.migrate();
  if (env.RATWISE_SEED_DEMO === 'true') {
    const now = env.RATWISE_DEMO_AS_OF ? new Date(env.RATWISE_DEMO_AS_OF) : undefined;
    await seedDemoIfEmpty(connection.db, { quiet: false, now });
  }
  return connection;
}

/** The app's database, migrated; opened once per process. */
export async function getDb(): Promise<Db> {
  if (!store.connection) {
    store.connection = open().catch((error) => {
      store.connection = undefined; // let a later request retry
      throw error;
    });
  }
  return (await store.connection).db;
}
