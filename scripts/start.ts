/**
 * `npm start`: builds when the build is missing or older than the source, then runs the app on
 * the embedded database with the demo rescue (set RATWISE_SEED_DEMO=false for an empty one).
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { demoSignInLines } from '../db/seed/demo-accounts';

const root = process.cwd();
const port = process.env.PORT ?? '3000';
const dataDir = process.env.DATA_DIR ?? './data';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ['app', 'components', 'db', 'lib'].filter((d) => existsSync(d)).map((d) => newestMtime(path.join(root, d)));
  const configs = ['package-lock.json', 'next.config.ts'].filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs);
  return Math.max(...sources, ...configs) > built;
}

/** A per-installation secret kept beside the data, so sessions survive restarts without any set-up. */
function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, '.auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

if (buildIsStale()) {
  console.log('Building Ratwise (first start or changed source)…');
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' as const } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production' as const,
  DATA_DIR: dataDir,
  NEXTAUTH_SECRET: authSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  // A server database is someone's real rescue: the demo goes there only when asked for.
  RATWISE_SEED_DEMO: process.env.RATWISE_SEED_DEMO ?? (process.env.DATABASE_URL ? 'false' : 'true'),
};

console.log(`\nRatwise on http://localhost:${port} (${env.DATABASE_URL ? 'PostgreSQL' : `embedded database in ${dataDir}`})`);
if (env.RATWISE_SEED_DEMO === 'true') console.log(demoSignInLines().join('\n'));
console.log('');

// Next's own entry point run by this Node, not through npx: a signal sent to `npm start` then
// reaches the server itself rather than an intermediate shell that would leave it running.
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const server = spawn(process.execPath, [nextBin, 'start', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
