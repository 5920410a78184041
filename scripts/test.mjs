#!/usr/bin/env node
// `npm test`: unit + integration (vitest), then e2e (Playwright). Stops at the first failure
// with its exit code. Extra arguments go to the e2e stage (Playwright).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const stages = [
  {
    title: 'unit + integration tests (vitest)',
    command: 'npx',
    args: ['vitest', 'run'],
    // Vite warns that a .ts config in a CommonJS package will not suit its future native config
    // loader: true, and harmless today.
    env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  },
  { title: 'end-to-end tests (Playwright)', command: process.execPath, args: ['scripts/e2e.mjs', ...process.argv.slice(2)] },
];

for (const [index, stage] of stages.entries()) {
  const header = `== ${index + 1}/${stages.length} ${stage.title} `;
  console.log(`\n${header.padEnd(78, '=')}\n`);
  const started = Date.now();
  const result = spawnSync(stage.command, stage.args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...stage.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const status = result.error || result.signal ? 1 : (result.status ?? 1);
  if (result.error) console.error(`could not run ${stage.command}: ${result.error.message}`);
  if (status !== 0) {
    console.error(`\n${stage.title} failed after ${seconds} s (exit ${status}).`);
    process.exit(status);
  }
  console.log(`\n${stage.title} passed in ${seconds} s.`);
}
