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
