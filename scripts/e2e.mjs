#!/usr/bin/env node
// `npm run test:e2e [-- <playwright args>]`: Chromium present, app built, fresh data, Playwright.
//   RATWISE_SKIP_BUILD=1  reuse the existing .next build
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';

function say(message) {
  console.log(`\n[e2e] ${message}`);
}

/** Runs a command with inherited stdio; exits with its code if it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) {
    console.error(`[e2e] could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.signal) {
    console.error(`[e2e] ${command} was stopped by ${result.signal}`);
    process.exit(1);
  }
  return result.status ?? 1;
}

function runOrExit(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`[e2e] ${[command, ...args].join(' ')} failed (exit ${status})`);
    process.exit(status);
  }
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `[e2e] Chromium is missing (${CHROMIUM}). The e2e tests drive Debian's Chromium, not a browser\n` +
        `      downloaded by Playwright. Install it as root, then run this again:\n\n` +
        `        sudo apt-get update && sudo apt-get install -y chromium\n`,
    );
    process.exit(1);
  }
  say(`Chromium is missing (${CHROMIUM}): installing it with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  runOrExit('apt-get', ['update'], { env });
  runOrExit('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { env });
  if (!existsSync(CHROMIUM)) {
    console.error(`[e2e] apt-get installed chromium, but ${CHROMIUM} still does not exist.`);
    process.exit(1);
  }
  say('Chromium installed.');
}

ensureChromium();

if (process.env.RATWISE_SKIP_BUILD === '1') {
  say('RATWISE_SKIP_BUILD=1: using the existing build in .next');
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.error('[e2e] there is no build in .next: run without RATWISE_SKIP_BUILD (or `npx next build`) first.');
    process.exit(1);
  }
} else {
  say('next build');
  // NODE_ENV must be production (or unset) for `next build`; never a leftover `test`.
  runOrExit('npx', ['next', 'build'], { env: { ...process.env, NODE_ENV: 'production' } });
}

say('fresh data: removing .data-e2e');
rmSync(path.join(root, '.data-e2e'), { recursive: true, force: true });

const extra = process.argv.slice(2);
say(`playwright test ${extra.join(' ')}`.trim());
// Playwright's own browser download is never needed: the config points at Debian's Chromium.
const status = run('npx', ['playwright', 'test', ...extra], {
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
process.exit(status);
