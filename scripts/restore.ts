/**
 * `npm run restore -- <file> --yes`: replaces every row of the database (embedded, or
 * DATABASE_URL) with a backup's, in one transaction. Migrations are applied first, so a backup
 * from an older Ratwise restores into the current schema. With the embedded database the app
 * must be stopped (the data folder lock refuses otherwise); stop it on PostgreSQL too, so
 * nobody writes while the rows are replaced.
 */
import { readFileSync } from 'node:fs';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { checkBackup, restoreBackup } from '../db/backup';
import { connect, MIGRATIONS_FOLDER } from '../db/connect';
import { parseEnv } from '../lib/env';

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('Name the backup file: npm run restore -- backups/ratwise-20260615-1000.json --yes');
  if (!args.includes('--yes')) {
    throw new Error(`Restoring replaces everything in the database with ${file}. Run again with --yes to go ahead.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`${file} cannot be read as a Ratwise backup.`);
  }
  const checked = checkBackup(parsed, readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length);
  if (!checked.ok) throw new Error(checked.reason);

  const env = parseEnv(process.env);
  const connection = await connect(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.pgliteDir });
  try {
    await connection.migrate();
    const restored = await restoreBackup(connection.db, checked.backup);
    console.log(`Restored ${restored.rows} rows in ${restored.tables} tables from ${file} (${connection.driver}, taken ${checked.backup.createdAt}).`);
  } finally {
    await connection.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
