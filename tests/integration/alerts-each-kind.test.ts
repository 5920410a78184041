import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAlertRows } from '@/db/queries/alerts';
import { getPolicy } from '@/db/queries/settings';
import { ALERT_KINDS, dashboardAlerts, type Alert, type AlertKind } from '@/lib/domain/alerts';
import { ALERT_NOW, seedEveryAlertKind, type AlertExpectation } from '../fixtures/alert-builders';
import { createTestDb, driverName, type TestDb } from './helpers/test-db';

let t: TestDb;
let expected: Record<AlertKind, AlertExpectation>;
let alerts: Alert[];

beforeAll(async () => {
  t = await createTestDb();
  expected = await seedEveryAlertKind(t.db);
  const policy = await getPolicy(t.db);
  alerts = dashboardAlerts(await loadAlertRows(t.db, { scope: { kind: 'all' }, now: ALERT_NOW, policy }), ALERT_NOW, policy);
});
afterAll(async () => {
  await t.close();
});

const TITLES: Record<AlertKind, string> = {
  quarantine_ending: 'a quarantine ending within three days alerts for that rat only',
  quarantine_overdue: 'a quarantine past its planned end alerts for that rat only',
  watch_due: 'a watch due within three days alerts for that rat only',
  watch_overdue: 'a watch past its due date alerts for that rat only',
  solo_rat: 'a rat alone in its cage group alerts, rats with company do not',
  handling_stale: 'a rat not handled for three days alerts, its handled cage-mate does not',
  bites_this_week: 'a bite this week alerts, a bite a month ago does not',
  home_over_capacity: 'a home over its places or its cages alerts, a home within both does not',
  neuter_review: 'a neuter review clears the alert of that male only, never of another',
  weight_loss: 'a rat that lost weight alerts, its steady cage-mate does not',
  hormonal_males_together: 'two intact adult males sharing a cage group alert, an intact male with a neutered one does not',
};

describe(`each dashboard alert flags only the rat or home it is about, on ${driverName()}`, () => {
  for (const kind of ALERT_KINDS) {
    it(TITLES[kind], () => {
      const titles = alerts.filter((a) => a.kind === kind).map((a) => a.title);
      const about = (name: string) => titles.some((title) => title.includes(name));
      expect(expected[kind].flagged.filter((name) => !about(name))).toEqual([]);
      expect(expected[kind].clear.filter(about)).toEqual([]);
    });
  }
});
