import { getEnv } from './env';

/** Stops the server at start-up with a message naming any bad environment variable. */
export function checkEnvironmentOrExit() {
  try {
    getEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

/**
 * Opens the database at start-up; when another live process holds the embedded data folder,
 * stops with that message rather than serving pages that would fail one by one.
 */
export async function openDatabaseOrExit(open: () => Promise<unknown>) {
  try {
    await open();
  } catch (error) {
    if (error instanceof Error && error.name === 'DataFolderLockedError') {
      console.error(`Ratwise cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
