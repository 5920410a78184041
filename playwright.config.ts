import { defineConfig, devices } from '@playwright/test';
import { DEMO_PORT, DEMO_URL, EMPTY_PORT, EMPTY_URL } from './tests/e2e/urls';

/**
 * E2E: Debian's Chromium against `next start` of the already built app (`npm run test:e2e`
 * builds first). Two servers, each on a fresh PGlite data folder under .data-e2e/ (deleted by
 * scripts/e2e.mjs, and again by each server command just before it starts):
 * - the demo rescue (seeded) on DEMO_URL;
 * - an empty rescue for the first-admin setup journey on EMPTY_URL.
 */

/** Fixed and public: only ever used by these throwaway test servers. */
const TEST_SECRET = 'ratwise-e2e-test-secret-not-for-production-0123456789';

// The moment the demo rescue's dates count back from, fixed once per run: set here in the main
// process before the servers and workers start, which inherit it, so a test knows the demo's
// "today" even when the run goes past midnight (UTC) after the demo was seeded.
const DEMO_AS_OF = (process.env.RATWISE_DEMO_AS_OF ??= new Date().toISOString());

function server(port: number, url: string, dataDir: string, seedDemo: boolean) {
  return {
    // Delete the data folder here, not at the top of this file: Playwright loads the config
    // again in every worker, while the servers are running.
    command: `rm -rf ${dataDir} && npx next start -p ${port}`,
    // `/` answers (a redirect to sign-in or setup) once the app has opened, migrated and seeded
    // its database, so the first test does not pay for that.
    url,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
    env: {
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      DATABASE_URL: '', // always PGlite, even if the shell has DATABASE_URL set
      RATWISE_SEED_DEMO: seedDemo ? 'true' : 'false',
      RATWISE_DEMO_AS_OF: DEMO_AS_OF,
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: TEST_SECRET,
    },
  };
}

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // One worker: on 2 cores the two servers and the browser already compete, and spec files
  // share the demo rescue's data (one changing settings or users while another reads them
  // would flake). Try `npm run test:e2e -- --workers=2` when the specs are independent.
  workers: 1,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    baseURL: DEMO_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-gpu',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: [
    server(DEMO_PORT, DEMO_URL, `.data-e2e/demo-${DEMO_PORT}`, true),
    server(EMPTY_PORT, EMPTY_URL, `.data-e2e/empty-${EMPTY_PORT}`, false),
  ],
});
