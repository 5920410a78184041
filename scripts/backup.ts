/**
 * `npm run backup [-- <file>]`: writes the whole database (embedded, or DATABASE_URL) to a
 * portable JSON file, by default `backups/ratwise-<date>-<time>.json`. The embedded data folder
 * is locked to one process, so with the embedded database stop the app first; a PostgreSQL
 * server can be backed up while the app runs (one consistent read-only snapshot).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createBackup } from '../db/backup';
import { connect } from '../db/connect';
import { parseEnv } from '../lib/env';

async function main() {
  const env = parseEnv(process.env);
  const now = new Date();
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const file = path.resolve(process.argv[2] ?? path.join('backups', `ratwise-${stamp}.json`));
  const connection = await connect(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.pgliteDir });
  try {
    const backup = await createBackup(connection.db, now);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(backup), { mode: 0o600 });
    const rows = Object.values(backup.tables).reduce((n, list) => n + list.length, 0);
    console.log(`Backup written to ${file}: ${Object.keys(backup.tables).length} tables, ${rows} rows (${connection.driver}).`);
    console.log('Photos are files: copy the uploads folder too (see README, "Backups").');
  } finally {
    await connection.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
