import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAlertRows } from '@/db/queries/alerts';
import { getReadiness } from '@/db/queries/readiness';
import { getPolicy } from '@/db/queries/settings';
import { seedDemo } from '@/db/seed/demo';
import { rats } from '@/db/schema';
import { dashboardAlerts } from '@/lib/domain/alerts';
import { createTestDb, type TestDb } from './helpers/test-db';

/**
 * The demo's dates count back from the moment it is seeded, while the app reads them against the
 * clock: an e2e run seeded just before midnight (UTC) goes on after it. Nothing in the demo may sit
 * on the edge of a day-counted rule, or a check would read differently on each side of midnight.
 */
const seededAt = new Date('2026-11-24T23:59:30Z');
const afterMidnight = new Date('2026-11-25T00:40:00Z');
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { now: seededAt });
});
afterAll(async () => {
  await t.close();
});

describe('the demo rescue just after the midnight that follows its seeding', () => {
  it('has the same readiness, item by item, for every rat', async () => {
    const all = await t.db.select({ id: rats.id, name: rats.name }).from(rats);
    const checklist = async (now: Date) => {
      const readiness = await getReadiness(t.db, { ratIds: all.map((r) => r.id), now });
      return all.map((r) => {
        const found = readiness.get(r.id);
        return `${r.name}: ${found?.ready ? 'ready' : 'not ready'}; unmet ${found?.items.filter((i) => !i.met).map((i) => i.key).join(', ')}`;
      });
    };
    expect(await checklist(afterMidnight)).toEqual(await checklist(seededAt));
  });

  it('raises the same dashboard alerts, about the same rats and homes', async () => {
    const policy = await getPolicy(t.db);
    const alerts = async (now: Date) =>
      dashboardAlerts(await loadAlertRows(t.db, { scope: { kind: 'all' }, now, policy }), now, policy)
        .map((a) => `${a.kind} rat ${a.ratId ?? '-'} home ${a.fosterHomeId ?? '-'}`)
        .sort();
    expect(await alerts(afterMidnight)).toEqual(await alerts(seededAt));
  });
});
