import { parseEnv } from '../../lib/env';
import { connect } from '../connect';
import { seedDemoIfEmpty } from './demo';
import { demoSignInLines } from './demo-accounts';

/** `npm run db:seed`: migrates, then seeds the demo rescue into PGlite (DATA_DIR) or DATABASE_URL if it has no users. */
async function main() {
  const env = parseEnv(process.env);
  const connection = await connect(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.pgliteDir });
  try {
    await connection.migrate();
    const started = performance.now();
    const seeded = await seedDemoIfEmpty(connection.db, { quiet: true });
    if (seeded) {
      console.log(`Demo rescue seeded (${connection.driver}) in ${Math.round(performance.now() - started)} ms.`);
      console.log(demoSignInLines().join('\n'));
    } else {
      console.log(`The database already has users: demo seed skipped (${connection.driver}).`);
    }
  } finally {
    await connection.close(); // PGlite keeps the process alive until closed
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
