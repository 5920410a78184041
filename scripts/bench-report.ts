/** Shapes `npm run bench` results into docs/performance.md: pure, so a unit test can check it. */

export type PageResult = {
  name: string;
  who: 'coordinator' | 'foster';
  path: string;
  status: number;
  p50: number;
  p95: number;
  samples: number[];
  bytes: number;
  concurrentP95: number;
  concurrentRps: number;
  concurrentErrors: number;
  /** The page's queries run directly against the database (median), when the bench knows them. */
  queriesMs: number | null;
  heaviest: { ms: number; sql: string; plan: string } | null;
};

export type BenchRun = {
  label: string;
  rats: number;
  sessions: number;
  at: string;
  samples: number;
  connections: number;
  seconds: number;
  pages: PageResult[];
  sessionWrite: { p50: number; p95: number };
};

/** The nearest-rank percentile (of 9 samples, p95 is the slowest). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The issue's one-user p95 targets at 100,000 rats, by page name prefix. */
export const P95_TARGETS: Array<{ prefix: string; ms: number }> = [
  { prefix: 'rats table', ms: 50 },
  { prefix: 'rat page', ms: 80 },
  { prefix: "coordinator's dashboard", ms: 100 },
  { prefix: "foster's home screen", ms: 50 },
  { prefix: "foster's rats table", ms: 50 },
  { prefix: 'log a session', ms: 50 },
  { prefix: 'handling report', ms: 150 },
];

export function targetFor(name: string): number | null {
  return P95_TARGETS.find((t) => name.startsWith(t.prefix))?.ms ?? null;
}

/** Whether the 16-connection run was made for the page (NaN in memory, null once in JSON when skipped). */
function measuredUnderLoad(page: Pick<PageResult, 'concurrentRps'>): boolean {
  return typeof page.concurrentRps === 'number' && !Number.isNaN(page.concurrentRps);
}

const ms = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export function renderPerformanceDoc(runs: readonly BenchRun[]): string {
  const largest = runs.at(-1);
  const smallest = runs[0];
  const lines: string[] = [];
  lines.push('# Performance');
  lines.push('');
  lines.push('Measured by `npm run bench` against a synthetic network loaded by `npm run seed:large` into PostgreSQL, with');
  lines.push('`next start` on the same 2-core machine. One user: p50 / p95 of sequential requests (time to the last byte). 16');
  lines.push('connections: p95 and requests per second over a few seconds. Queries: the page\'s own query functions run');
  lines.push('directly against the database (median), so the difference to the page is rendering and the framework. Two');
  lines.push('floors: the session endpoint (signed in, no page, no query: the server\'s own limit) and the floor page, a');
  lines.push('signed-in page in the app\'s shell that runs no query of its own (the empty new-adopter form): the');
  lines.push('framework\'s limit for a page on this machine. The 16-connection target compares each page with the floor page.');
  lines.push('');
  lines.push('## Results');
  lines.push('');
  for (const run of runs) {
    lines.push(`- **${run.label}**: ${run.rats.toLocaleString('en-GB')} rats, ${run.sessions.toLocaleString('en-GB')} handling sessions; ${run.samples} samples a page, ${run.connections} connections for ${run.seconds} s; ${run.at.slice(0, 16).replace('T', ' ')} UTC.`);
  }
  lines.push('');
  const header = ['page'];
  for (const run of runs) header.push(`${run.label}: one user p50 / p95`, `${run.label}: queries`, `${run.label}: 16 conn p95, req/s`, `${run.label}: HTML`);
  if (runs.length > 1) header.push(`p95 growth ${smallest.label}→${largest!.label}`);
  header.push(`target p95 (${largest?.label ?? ''})`);
  lines.push(`| ${header.join(' | ')} |`);
  lines.push(`|${header.map(() => '---').join('|')}|`);
  const names = largest ? largest.pages.map((p) => p.name) : [];
  for (const name of names) {
    const cells = [name];
    for (const run of runs) {
      const page = run.pages.find((p) => p.name === name);
      cells.push(
        page ? `${ms(page.p50)} / ${ms(page.p95)} ms${page.status !== 200 ? ` (status ${page.status})` : ''}` : '–',
        page?.queriesMs != null ? `${ms(page.queriesMs)} ms` : '–',
        page && measuredUnderLoad(page)
          ? `${ms(page.concurrentP95)} ms, ${page.concurrentRps.toFixed(1)}${page.concurrentErrors ? ` (${page.concurrentErrors} errors)` : ''}`
          : '–',
        page ? kb(page.bytes) : '–',
      );
    }
    if (runs.length > 1) {
      const a = smallest.pages.find((p) => p.name === name);
      const b = largest!.pages.find((p) => p.name === name);
      cells.push(a && b ? `${(b.p95 / a.p95).toFixed(2)}×` : '–');
    }
    const target = targetFor(name);
    const page = largest!.pages.find((p) => p.name === name)!;
    cells.push(target === null ? '–' : `${target} ms: ${page.p95 <= target ? 'met' : `missed by ${ms(page.p95 - target)} ms`}`);
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const writeCells = ['session write (create function, direct)'];
  for (const run of runs) writeCells.push(`${ms(run.sessionWrite.p50)} / ${ms(run.sessionWrite.p95)} ms`, '–', '–', '–');
  if (runs.length > 1) writeCells.push(`${(largest!.sessionWrite.p95 / smallest.sessionWrite.p95).toFixed(2)}×`);
  writeCells.push(largest ? `50 ms: ${largest.sessionWrite.p95 <= 50 ? 'met' : `missed by ${ms(largest.sessionWrite.p95 - 50)} ms`}` : '–');
  lines.push(`| ${writeCells.join(' | ')} |`);
  lines.push('');

  if (largest) {
    const floor = largest.pages.find((p) => p.name.startsWith('floor page')) ?? largest.pages.find((p) => p.name.startsWith('floor'));
    if (floor) {
      const half = floor.concurrentRps / 2;
      const below = largest.pages.filter((p) => !p.name.startsWith('floor') && measuredUnderLoad(p) && p.concurrentRps < half).map((p) => p.name);
      lines.push(`${floor.name.startsWith('floor page') ? 'Floor page' : 'Floor'} throughput at ${largest.label}: ${floor.concurrentRps.toFixed(1)} req/s; half of it: ${half.toFixed(1)} req/s. ${below.length === 0 ? 'Every page serves at least half of it.' : `Below half: ${below.join(', ')}.`}`);
      lines.push('');
    }
    const heavy = largest.pages
      .filter((p) => p.heaviest)
      .sort((a, b) => b.heaviest!.ms - a.heaviest!.ms)
      .slice(0, 4);
    lines.push(`## Plans of the heaviest queries (${largest.label})`);
    lines.push('');
    for (const page of heavy) {
      lines.push(`### ${page.name}: ${ms(page.heaviest!.ms)} ms`);
      lines.push('');
      lines.push('```sql');
      lines.push(page.heaviest!.sql);
      lines.push('```');
      lines.push('');
      lines.push('```');
      lines.push(page.heaviest!.plan);
      lines.push('```');
      lines.push('');
    }
  }

  lines.push('## Reproduce');
  lines.push('');
  lines.push('From a fresh clone, with PostgreSQL 15 running locally:');
  lines.push('');
  lines.push('```sh');
  lines.push('npm ci');
  lines.push('npm run build');
  lines.push('createdb ratwise_10k && createdb ratwise_100k');
  lines.push('DATABASE_URL=postgres://postgres@127.0.0.1:5432/ratwise_10k npm run seed:large -- --rats 10000');
  lines.push('DATABASE_URL=postgres://postgres@127.0.0.1:5432/ratwise_10k npm run bench');
  lines.push('DATABASE_URL=postgres://postgres@127.0.0.1:5432/ratwise_100k npm run seed:large -- --rats 100000');
  lines.push('DATABASE_URL=postgres://postgres@127.0.0.1:5432/ratwise_100k npm run bench');
  lines.push('```');
  lines.push('');
  lines.push('Each bench run writes `docs/bench/<label>.json` and rewrites this file from every run in that folder. The seed');
  lines.push('refuses a database that already holds rats or users unless `--replace` is given, and never touches the embedded');
  lines.push('database. The benchmark signs in as `bench-coordinator@example.org` and `bench-foster@example.org` (password');
  lines.push('`ratwise-bench`), and writes a few handling sessions into the seeded database when it times the session write.');
  lines.push('');
  return lines.join('\n');
}
