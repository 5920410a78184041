/**
 * `npm run bench -- [--label 100k] [--port 3400] [--samples 20] [--seconds 5]`: measures the app
 * against the database in DATABASE_URL (filled by `npm run seed:large`). It starts `next start`
 * on the existing build, signs in as the seed's coordinator and foster, and for each key page
 * measures one user at a time (p50, p95 of the samples), 16 concurrent connections (p95,
 * requests a second) and the HTML size, and times the page's queries run directly against the
 * database. Writes docs/bench/<label>.json and rewrites docs/performance.md from every run there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Db } from '../db/connect';
import * as schema from '../db/schema';
import { loadDashboardAlerts } from '../db/queries/alerts';
import { listFosterHomes } from '../db/queries/foster-homes';
import { createHandlingSession, listHandlingRats, listHomeScreenRats } from '../db/queries/handling-sessions';
import { listHandlingReportPage, listIncidentsToReview, listReportHomes, loadHandlingReportRows } from '../db/queries/handling-report';
import { listExpectedBirths } from '../db/queries/pairings';
import { listOpenQuarantines } from '../db/queries/quarantines';
import { listRatsTable } from '../db/queries/rat-table';
import { countRatsByStatus } from '../db/queries/rats';
import { getPolicy } from '../db/queries/settings';
import type { RatScope } from '../lib/domain/access';
import { REPORT_RATS_PER_PAGE } from '../lib/domain/handling-report';
import { homeScreenPage } from '../lib/domain/home-screen';
import { QUARANTINES_PER_PAGE } from '../lib/domain/quarantine';
import { parseEnv } from '../lib/env';
import { parseRatTableParams } from '../lib/rat-table-params';
import { filtersOf } from '../lib/validation/rat-table';
import { LARGE_SEED_ACCOUNTS, LARGE_SEED_PASSWORD } from './seed-large-shape';
import { percentile, renderPerformanceDoc, type BenchRun, type PageResult } from './bench-report';

const root = process.cwd();
const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && argv[at + 1] ? argv[at + 1] : fallback;
};
const PORT = Number(arg('port', process.env.BENCH_PORT ?? '3400'));
// p95 of 20 samples is the 19th: one hiccup of the machine does not decide it.
const SAMPLES = Math.max(7, Number(arg('samples', '20')));
const SECONDS = Number(arg('seconds', '5'));
const CONNECTIONS = 16;
const BASE = `http://127.0.0.1:${PORT}`;

type Who = 'coordinator' | 'foster';
/** `beforeEach` runs before every one-user sample; `concurrent: false` skips the 16-connection run. */
type PageSpec = { name: string; who: Who; path: string; queries?: (db: Db) => Promise<unknown>; beforeEach?: () => Promise<unknown>; concurrent?: false };

async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const jar = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password: LARGE_SEED_PASSWORD, json: 'true' }),
  });
  const cookie = [jar, cookiesOf(response)].filter(Boolean).join('; ');
  if (!/session-token=/.test(cookie)) throw new Error(`Could not sign in as ${email} (status ${response.status}).`);
  return cookie;
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function timedGet(url: string, cookie: string): Promise<{ ms: number; bytes: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, bytes: body.byteLength, status: response.status };
}

async function concurrent(url: string, cookie: string): Promise<{ p95: number; rps: number; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        try {
          const r = await timedGet(url, cookie);
          if (r.status !== 200) errors++;
          latencies.push(r.ms);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { p95: percentile(latencies, 95), rps: latencies.length / elapsed, errors };
}

async function timeQueries(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  await fn();
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return percentile(times, 50);
}

async function waitForServer(child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('next start stopped before answering.');
    try {
      const r = await fetch(`${BASE}/sign-in`);
      if (r.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('next start did not answer within two minutes.');
}

async function main() {
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL) throw new Error('bench needs DATABASE_URL: the PostgreSQL database `npm run seed:large` filled.');
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No build in .next: run `npm run build` first.');

  // Every statement the direct query timing runs, to explain the heaviest afterwards.
  let recording: string[] | null = null;
  const client = postgres(env.DATABASE_URL, { max: 4, onnotice: () => {} });
  const db = drizzle(client, {
    schema,
    logger: { logQuery: (query, params) => recording?.push(JSON.stringify({ query, params })) },
  }) as unknown as Db;

  const [{ rats: ratCount, sessions }] = await client<{ rats: number; sessions: number }[]>`
    select (select count(*) from rats)::int as rats, (select count(*) from handling_sessions)::int as sessions`;
  const label = arg('label', ratCount >= 1000 ? `${Math.round(ratCount / 1000)}k` : String(ratCount));
  const accounts = Object.fromEntries(LARGE_SEED_ACCOUNTS.map((a) => [a.role, a]));
  const [foster] = await client<{ id: number; foster_home_id: number }[]>`select id, foster_home_id from users where email = ${accounts.foster.email}`;
  const [coordinator] = await client<{ id: number }[]>`select id from users where email = ${accounts.coordinator.email}`;
  if (!foster || !coordinator) throw new Error('The seed accounts are missing: run `npm run seed:large` first.');
  const fosterScope: RatScope = { kind: 'home', fosterHomeId: foster.foster_home_id };
  const all: RatScope = { kind: 'all' };
  const [rat] = await client<{ id: number }[]>`
    select r.id from rats r join placements p on p.rat_id = r.id and p.ended_at is null
    where p.foster_home_id = ${foster.foster_home_id} order by r.last_handled_at desc nulls last limit 1`;
  // The middle page (2,000 of 4,000 at 100,000 rats): the deepest a page by number reads from either end.
  const deepPage = Math.max(2, Math.ceil(ratCount / 25 / 2));
  const [deep] = await client<{ code: string }[]>`select code from rats order by code offset ${(deepPage - 1) * 25 - 1} limit 1`;
  const homeId = foster.foster_home_id;

  const table = (params: Record<string, string>, scope: RatScope) => async (d: Db) => {
    const query = parseRatTableParams(params);
    return listRatsTable(d, { scope, filters: filtersOf(query), sort: { by: query.sort, dir: query.dir }, page: query.page, pageSize: query.size, after: query.after, before: query.before });
  };
  // The dashboard's queries as on a view after a write: every alert computed afresh (the page
  // remembers them between writes, see db/queries/snapshot-memo.ts).
  const dashboard = (scope: RatScope, isFoster: boolean) => async (d: Db) => {
    const now = new Date();
    const policy = await getPolicy(d);
    await Promise.all([
      loadDashboardAlerts(d, { scope, now, policy, backwards: !isFoster }),
      isFoster
        ? listHomeScreenRats(d, { scope }).then((rats) => listHandlingRats(d, { scope, ratIds: homeScreenPage(rats, 1).ratIds }))
        : Promise.all([countRatsByStatus(d, { scope }), listExpectedBirths(d)]),
    ]);
  };
  // A session written straight to the database: the next dashboard view computes its alerts afresh.
  const [ratToHandle] = await client<{ id: number }[]>`
    select r.id from rats r join placements p on p.rat_id = r.id and p.ended_at is null
    where p.foster_home_id = ${foster.foster_home_id} and r.status in ('intake','in_care','available','reserved') limit 1`;
  const writeSession = () =>
    createHandlingSession(db, {
      input: {
        sessionAt: new Date(),
        durationMinutes: 15,
        techniques: ['treat_from_fingers'],
        rats: [{ ratId: ratToHandle.id, highestStep: 5, positiveSigns: [], stressSigns: [], biteGrade: 'none', confidence: 3, note: undefined }],
      },
      scope: fosterScope,
      loggedBy: foster.id,
    });

  const pages: PageSpec[] = [
    { name: 'floor (signed in, session endpoint, no page)', who: 'coordinator', path: '/api/auth/session' },
    { name: 'floor page (signed in, app shell, no queries of its own)', who: 'coordinator', path: '/adopters/new' },
    { name: 'rats table, default', who: 'coordinator', path: '/rats', queries: table({}, all) },
    { name: `rats table, middle page by number`, who: 'coordinator', path: `/rats?page=${deepPage}`, queries: table({ page: String(deepPage) }, all) },
    { name: `rats table, middle page by next`, who: 'coordinator', path: `/rats?page=${deepPage}&after=${deep?.code}`, queries: table({ page: String(deepPage), after: deep?.code ?? '' }, all) },
    { name: 'rats table, sorted by trust step', who: 'coordinator', path: '/rats?sort=trustStep&dir=desc', queries: table({ sort: 'trustStep', dir: 'desc' }, all) },
    { name: 'rats table, sorted by home', who: 'coordinator', path: '/rats?sort=home', queries: table({ sort: 'home' }, all) },
    { name: 'rats table, search + filter', who: 'coordinator', path: '/rats?q=pip&status=in_care', queries: table({ q: 'pip', status: 'in_care' }, all) },
    { name: 'rat page', who: 'coordinator', path: `/rats/${rat?.id}` },
    { name: "coordinator's dashboard", who: 'coordinator', path: '/dashboard', queries: dashboard(all, false) },
    { name: "coordinator's dashboard, a session written before each view", who: 'coordinator', path: '/dashboard', queries: dashboard(all, false), beforeEach: writeSession, concurrent: false },
    { name: 'quarantine', who: 'coordinator', path: '/quarantine', queries: (d) => listOpenQuarantines(d, { limit: QUARANTINES_PER_PAGE, offset: 0 }) },
    {
      name: 'handling report',
      who: 'coordinator',
      path: '/reports/handling',
      queries: async (d) => {
        const now = new Date();
        const [, onPage] = await Promise.all([listReportHomes(d), listHandlingReportPage(d, { homeId: null, page: 1, perPage: REPORT_RATS_PER_PAGE })]);
        return Promise.all([loadHandlingReportRows(d, { now, homeIds: onPage.homeIds, ratIds: onPage.ratIds }), listIncidentsToReview(d, { now })]);
      },
    },
    { name: 'foster homes', who: 'coordinator', path: '/foster-homes', queries: (d) => listFosterHomes(d, { page: 1 }) },
    { name: "foster's home screen (dashboard)", who: 'foster', path: '/dashboard', queries: dashboard(fosterScope, true) },
    { name: "foster's rats table", who: 'foster', path: '/rats', queries: table({}, fosterScope) },
    { name: 'log a session (form)', who: 'foster', path: '/sessions/new', queries: (d) => listHandlingRats(d, { scope: fosterScope }) },
  ];

  console.log(`Benchmark ${label}: ${ratCount.toLocaleString('en-GB')} rats, ${sessions.toLocaleString('en-GB')} sessions; starting next start on port ${PORT}…`);
  const server = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', NEXTAUTH_URL: BASE, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'bench-secret-bench-secret-bench-secret-0123' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const results: PageResult[] = [];
  try {
    await waitForServer(server);
    const cookies: Record<Who, string> = { coordinator: await signIn(accounts.coordinator.email), foster: await signIn(accounts.foster.email) };
    for (const page of pages) {
      const url = `${BASE}${page.path}`;
      for (let i = 0; i < 2; i++) await timedGet(url, cookies[page.who]);
      const samples: number[] = [];
      let bytes = 0;
      let status = 0;
      for (let i = 0; i < SAMPLES; i++) {
        await page.beforeEach?.();
        const r = await timedGet(url, cookies[page.who]);
        samples.push(r.ms);
        bytes = r.bytes;
        status = r.status;
      }
      const load = page.concurrent === false ? { p95: NaN, rps: NaN, errors: 0 } : await concurrent(url, cookies[page.who]);
      let queriesMs: number | null = null;
      let statements: string[] = [];
      if (page.queries) {
        queriesMs = await timeQueries(() => page.queries!(db));
        recording = [];
        await page.queries(db);
        statements = [...new Set(recording)];
        recording = null;
      }
      const result: PageResult = {
        name: page.name,
        who: page.who,
        path: page.path,
        status,
        p50: percentile(samples, 50),
        p95: percentile(samples, 95),
        samples: samples.map((s) => Math.round(s * 10) / 10),
        bytes,
        concurrentP95: load.p95,
        concurrentRps: load.rps,
        concurrentErrors: load.errors,
        queriesMs,
        heaviest: statements.length ? await heaviestPlan(client, statements) : null,
      };
      results.push(result);
      console.log(
        `${page.name.padEnd(40)} p50 ${result.p50.toFixed(0).padStart(5)} ms  p95 ${result.p95.toFixed(0).padStart(5)} ms  ` +
          (page.concurrent === false ? `${'(one user only)'.padEnd(35)}  ` : `16 conn p95 ${load.p95.toFixed(0).padStart(5)} ms ${load.rps.toFixed(1).padStart(6)} req/s  `) +
          `${(bytes / 1024).toFixed(0).padStart(5)} KB` +
          (queriesMs !== null ? `  queries ${queriesMs.toFixed(1)} ms` : '') +
          (status !== 200 ? `  (status ${status})` : ''),
      );
    }
  } finally {
    server.kill('SIGTERM');
  }

  // The session write: the create function the form's action calls, straight against the database.
  const [ratInHome] = await client<{ id: number }[]>`
    select r.id from rats r join placements p on p.rat_id = r.id and p.ended_at is null
    where p.foster_home_id = ${homeId} and r.status in ('intake','in_care','available','reserved') limit 1`;
  const writes: number[] = [];
  for (let i = 0; i < SAMPLES + 1; i++) {
    const started = performance.now();
    await createHandlingSession(db, {
      input: {
        sessionAt: new Date(),
        durationMinutes: 15,
        techniques: ['treat_from_fingers'],
        rats: [{ ratId: ratInHome.id, highestStep: 5, positiveSigns: [], stressSigns: [], biteGrade: 'none', confidence: 3, note: undefined }],
      },
      scope: fosterScope,
      loggedBy: foster.id,
    });
    if (i > 0) writes.push(performance.now() - started);
  }
  await client.end({ timeout: 5 });

  const run: BenchRun = {
    label,
    rats: ratCount,
    sessions,
    at: new Date().toISOString(),
    samples: SAMPLES,
    connections: CONNECTIONS,
    seconds: SECONDS,
    pages: results,
    sessionWrite: { p50: percentile(writes, 50), p95: percentile(writes, 95) },
  };
  console.log(`session write (create function, direct)   p50 ${run.sessionWrite.p50.toFixed(1)} ms  p95 ${run.sessionWrite.p95.toFixed(1)} ms`);
  const dir = path.join(root, 'docs', 'bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${label}.json`), `${JSON.stringify(run, null, 2)}\n`);
  const runs = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as BenchRun)
    .sort((a, b) => a.rats - b.rats);
  writeFileSync(path.join(root, 'docs', 'performance.md'), renderPerformanceDoc(runs));
  console.log(`Wrote docs/bench/${label}.json and docs/performance.md.`);
}

/** Runs each statement under EXPLAIN ANALYZE and keeps the slowest one's plan. */
async function heaviestPlan(client: postgres.Sql, statements: string[]): Promise<{ ms: number; sql: string; plan: string } | null> {
  let heaviest: { ms: number; sql: string; plan: string } | null = null;
  for (const statement of statements) {
    const { query, params } = JSON.parse(statement) as { query: string; params: unknown[] };
    const rows = await client.unsafe(`explain (analyze, buffers) ${query}`, params as never[]);
    const plan = rows.map((r) => r['QUERY PLAN'] as string).join('\n');
    const ms = Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? 0);
    if (!heaviest || ms > heaviest.ms) heaviest = { ms, sql: query, plan };
  }
  return heaviest;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
