import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './db/schema';
import type { Db } from './db/connect';
import { loadDashboardAlerts } from './db/queries/alerts';
import { listRatsTable } from './db/queries/rat-table';
import { listHandlingRats } from './db/queries/handling-sessions';
import { loadHandlingReportRows, listIncidentsToReview } from './db/queries/handling-report';
import { listOpenQuarantines } from './db/queries/quarantines';
import { countRatsByStatus } from './db/queries/rats';
import { getPolicy } from './db/queries/settings';
import { parseRatTableParams } from './lib/rat-table-params';
import { filtersOf } from './lib/validation/rat-table';

const client = postgres(process.env.DATABASE_URL!, { max: 4, onnotice: () => {} });
let log: string[] | null = null;
const db = drizzle(client, { schema, logger: { logQuery: (q, p) => log?.push(JSON.stringify({ q, p })) } }) as unknown as Db;
async function time(name: string, fn: () => Promise<unknown>) {
  await fn();
  const t: number[] = [];
  for (let i = 0; i < 5; i++) { const s = performance.now(); await fn(); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  log = [];
  await fn();
  const stmts = log; log = null;
  let worst = { ms: 0, q: '' };
  for (const st of stmts) {
    const { q, p } = JSON.parse(st);
    const rows = await client.unsafe(`explain analyze ${q}`, p);
    const ms = Number(/Execution Time: ([\d.]+)/.exec(rows.map((r: any) => r['QUERY PLAN']).join('\n'))?.[1]);
    if (ms > worst.ms) worst = { ms, q: q.slice(0, 160) };
  }
  console.log(`${name.padEnd(30)} median ${t[2].toFixed(1)} ms  worst stmt ${worst.ms.toFixed(1)} ms: ${worst.q}`);
}
const table = (p: Record<string, string>, scope: any = { kind: 'all' }) => () => {
  const q = parseRatTableParams(p);
  return listRatsTable(db, { scope, filters: filtersOf(q), sort: { by: q.sort, dir: q.dir }, page: q.page, pageSize: q.size, after: q.after, before: q.before });
};
(async () => {
  const policy = await getPolicy(db);
  const [deep] = await client`select code from rats order by code offset 49974 limit 1`;
  await time('rats default', table({}));
  await time('rats page 2000', table({ page: '2000' }));
  await time('rats page 2000 cursor', table({ page: '2000', after: deep?.code ?? 'R-2020-000001' }));
  await time('rats sort step desc', table({ sort: 'trustStep', dir: 'desc' }));
  await time('rats sort home', table({ sort: 'home' }));
  await time('rats sort name', table({ sort: 'name' }));
  await time('rats sort birth desc', table({ sort: 'birthDate', dir: 'desc' }));
  await time('rats q+status', table({ q: 'pip', status: 'in_care' }));
  await time('rats quarantine yes', table({ quarantine: 'yes' }));
  await time('rats step 3-5', table({ stepMin: '3', stepMax: '5' }));
  await time('rats foster', table({}, { kind: 'home', fosterHomeId: 1 }));
  await time('dashboard alerts', () => loadDashboardAlerts(db, { scope: { kind: 'all' }, now: new Date(), policy, backwards: true }));
  await time('count by status', () => countRatsByStatus(db, { scope: { kind: 'all' } }));
  await time('foster alerts', () => loadDashboardAlerts(db, { scope: { kind: 'home', fosterHomeId: 1 }, now: new Date(), policy, backwards: false }));
  await time('foster handling rats', () => listHandlingRats(db, { scope: { kind: 'home', fosterHomeId: 1 } }));
  await time('handling report p1', () => loadHandlingReportRows(db, { now: new Date(), homeIds: [1,2,3,4,5,6,7,8,9,10] }));
  await time('incidents', () => listIncidentsToReview(db, { now: new Date() }));
  await time('quarantine', () => listOpenQuarantines(db, { limit: 50, offset: 0 }));
  await client.end();
})();
