/** Runs once when the server starts: check the environment and open (lock, migrate, seed) the database. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { checkEnvironmentOrExit, openDatabaseOrExit } = await import('./lib/startup');
  checkEnvironmentOrExit();
  const { getDb } = await import('./db/client');
  await openDatabaseOrExit(getDb);
}
