import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `import 'server-only'` throws outside a React server bundle; under vitest it is a no-op.
      // (The package's exports map hides `server-only/empty.js`, so point at the file itself.)
      { find: /^server-only$/, replacement: path.join(root, 'node_modules/server-only/empty.js') },
    ],
  },
  test: {
    environment: 'node',
    // 2 cores, and each PGlite instance holds a few hundred MB: two workers at most.
    pool: 'forks',
    maxWorkers: 2,
    // Global teardown drops this run's PostgreSQL databases: give it time.
    teardownTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Migrates one template database (PGlite, or PostgreSQL with TEST_DATABASE_URL) per run.
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
