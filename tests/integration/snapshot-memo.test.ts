import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDashboardAlertsRemembered } from '@/db/queries/alerts';
import { createHandlingSession } from '@/db/queries/handling-sessions';
import { getPolicy } from '@/db/queries/settings';
import { forgetRemembered, rememberWhileUnchanged } from '@/db/queries/snapshot-memo';
import { rats } from '@/db/schema';
import type { Policy } from '@/lib/domain/policy';
import { ALERT_NOW, seedEveryAlertKind } from '../fixtures/alert-builders';
import { insertFosterHome, insertUser } from '../fixtures/builders';
import { createTestDb, driverName, type TestDb } from './helpers/test-db';

let t: TestDb;
let policy: Policy;

beforeAll(async () => {
  t = await createTestDb();
  await seedEveryAlertKind(t.db);
  policy = await getPolicy(t.db);
});
afterAll(async () => {
  await t.close();
});
beforeEach(() => {
  forgetRemembered();
});

/** A computation that counts how often it really ran. */
function counted<T>(value: () => Promise<T> | T) {
  const calls = { n: 0 };
  return { calls, compute: async () => (calls.n++, value()) };
}

describe(`results remembered while the database is unchanged, on ${driverName()}`, () => {
  it('a second request with no write in between reuses the first result', async () => {
    const { calls, compute } = counted(() => 'result');
    expect(await rememberWhileUnchanged(t.db, 'k', compute)).toBe('result');
    expect(await rememberWhileUnchanged(t.db, 'k', compute)).toBe('result');
    expect(calls.n).toBe(1);
  });

  it('any committed write makes the next request compute again', async () => {
    const { calls, compute } = counted((): number => calls.n);
    expect(await rememberWhileUnchanged(t.db, 'k', compute)).toBe(1);
    await insertFosterHome(t.db, { name: 'Newly Added Home' });
    expect(await rememberWhileUnchanged(t.db, 'k', compute)).toBe(2);
    expect(calls.n).toBe(2);
  });

  it('a result computed while a write committed is never served afterwards', async () => {
    let writes = 0;
    const compute = async () => {
      // The write lands after the snapshot was read but before the result is ready.
      await insertFosterHome(t.db, { name: `Home written meanwhile ${++writes}` });
      return writes;
    };
    expect(await rememberWhileUnchanged(t.db, 'k', compute)).toBe(1);
    expect(await rememberWhileUnchanged(t.db, 'k', async () => 'fresh')).toBe('fresh');
  });

  it('different keys are remembered apart', async () => {
    await rememberWhileUnchanged(t.db, 'a', async () => 'A');
    expect(await rememberWhileUnchanged(t.db, 'b', async () => 'B')).toBe('B');
    expect(await rememberWhileUnchanged(t.db, 'a', async () => 'other')).toBe('A');
  });

  it('requests at the same moment share one computation', async () => {
    const { calls, compute } = counted(() => new Promise((resolve) => setTimeout(() => resolve('shared'), 20)));
    const results = await Promise.all([1, 2, 3].map(() => rememberWhileUnchanged(t.db, 'k', compute)));
    expect(results).toEqual(['shared', 'shared', 'shared']);
    expect(calls.n).toBe(1);
  });

  it('a failed computation is not remembered: the next request tries again', async () => {
    await expect(rememberWhileUnchanged(t.db, 'k', async () => Promise.reject(new Error('database went away')))).rejects.toThrow('database went away');
    expect(await rememberWhileUnchanged(t.db, 'k', async () => 'recovered')).toBe('recovered');
  });
});

describe(`the dashboard's remembered alerts follow every write, on ${driverName()}`, () => {
  const all = { kind: 'all' as const };

  it('a session logged for a rat not handled for days clears its alert on the next view', async () => {
    const stale = (alerts: Awaited<ReturnType<typeof loadDashboardAlertsRemembered>>) =>
      alerts.filter((a) => a.kind === 'handling_stale').map((a) => a.title);
    const before = await loadDashboardAlertsRemembered(t.db, { scope: all, now: ALERT_NOW, policy, backwards: true });
    expect(stale(before).some((title) => title.startsWith('Hettie Stale'))).toBe(true);
    // Viewing again without a write gives the very same result.
    expect(await loadDashboardAlertsRemembered(t.db, { scope: all, now: ALERT_NOW, policy, backwards: true })).toBe(before);

    const [hettie] = await t.db.select().from(rats).where(eq(rats.name, 'Hettie Stale'));
    const staff = await insertUser(t.db, { role: 'staff' });
    await createHandlingSession(t.db, {
      input: {
        sessionAt: new Date(ALERT_NOW.getTime() - 3_600_000),
        durationMinutes: 10,
        techniques: ['treat_from_fingers'],
        rats: [{ ratId: hettie.id, highestStep: 3, positiveSigns: [], stressSigns: [], biteGrade: 'none', confidence: 3, note: undefined }],
      },
      scope: all,
      loggedBy: staff.id,
    });
    const after = await loadDashboardAlertsRemembered(t.db, { scope: all, now: ALERT_NOW, policy, backwards: true });
    expect(stale(after).some((title) => title.startsWith('Hettie Stale'))).toBe(false);
  });

  it('another minute, another scope or another policy is computed apart', async () => {
    const first = await loadDashboardAlertsRemembered(t.db, { scope: all, now: ALERT_NOW, policy, backwards: true });
    const nextMinute = new Date(ALERT_NOW.getTime() + 60_000);
    expect(await loadDashboardAlertsRemembered(t.db, { scope: all, now: nextMinute, policy, backwards: true })).not.toBe(first);
    expect(await loadDashboardAlertsRemembered(t.db, { scope: all, now: ALERT_NOW, policy, backwards: false })).not.toBe(first);
    const strict = { ...policy, handlingStaleDays: 1 };
    const stricter = await loadDashboardAlertsRemembered(t.db, { scope: all, now: ALERT_NOW, policy: strict, backwards: true });
    expect(stricter.filter((a) => a.kind === 'handling_stale').length).toBeGreaterThan(first.filter((a) => a.kind === 'handling_stale').length);
  });
});
