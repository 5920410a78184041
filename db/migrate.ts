import { parseEnv } from '../lib/env';
import { connect } from './connect';

/** `npm run db:migrate`: applies db/migrations to PGlite (DATA_DIR) or DATABASE_URL. */
async function main() {
  const env = parseEnv(process.env);
  const connection = await connect(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.pgliteDir });
  try {
    await connection.migrate();
    console.log(`Migrations applied (${connection.driver}).`);
  } finally {
    await connection.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
