import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { releaseQuarantine } from '@/db/queries/quarantines';
import { auditLog, healthEvents, quarantines, ratStatusChanges, rats } from '@/db/schema';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { insertRat, insertUser } from '../fixtures/builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();

const now = new Date('2026-11-23T12:00:00Z');

async function quarantined(startedOn: string, plannedEndOn: string) {
  const coordinator = await insertUser(t.db, { role: 'coordinator' });
  const rat = await insertRat(t.db, { name: 'Pip', status: 'intake' });
  const [q] = await t.db.insert(quarantines).values({ ratId: rat.id, reason: 'intake', startedOn, plannedEndOn }).returning();
  return { coordinator, rat, q };
}

describe(`quarantine release on ${driverName()}`, () => {
  it('refuses release before the planned end, with the date it becomes possible, writing nothing', async () => {
    const { coordinator, q } = await quarantined('2026-11-13', '2026-12-04');
    const result = await releaseQuarantine(t.db, { quarantineId: q.id, actorId: coordinator.id, now, policy: DEFAULT_POLICY });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('runs until 4 Dec') });
    const [after] = await t.db.select().from(quarantines).where(eq(quarantines.id, q.id));
    expect(after.endedOn).toBeNull();
    expect(await t.db.select().from(auditLog)).toEqual([]);
  });

  it('refuses release while a symptom recorded after the clock started has not restarted it', async () => {
    const { coordinator, rat, q } = await quarantined('2026-10-20', '2026-11-10');
    await t.db.insert(healthEvents).values({ ratId: rat.id, kind: 'illness', occurredOn: '2026-11-20', symptoms: ['sneezing'] });
    const result = await releaseQuarantine(t.db, { quarantineId: q.id, actorId: coordinator.id, now, policy: DEFAULT_POLICY });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^Sneezing was recorded on 20 Nov/) });
  });

  it('releases after the planned end, moves the rat from intake to in care and records who did it', async () => {
    const { coordinator, rat, q } = await quarantined('2026-10-20', '2026-11-10');
    const result = await releaseQuarantine(t.db, { quarantineId: q.id, actorId: coordinator.id, now, policy: DEFAULT_POLICY });
    expect(result.ok).toBe(true);
    const [after] = await t.db.select().from(quarantines).where(eq(quarantines.id, q.id));
    expect(after).toMatchObject({ endedOn: '2026-11-23', releasedBy: coordinator.id });
    const [ratAfter] = await t.db.select().from(rats).where(eq(rats.id, rat.id));
    expect(ratAfter).toMatchObject({ status: 'in_care', version: rat.version + 1 });
    expect(await t.db.select({ to: ratStatusChanges.toStatus }).from(ratStatusChanges)).toEqual([{ to: 'in_care' }]);
    const [entry] = await t.db.select().from(auditLog);
    expect(entry).toMatchObject({ actorId: coordinator.id, ratId: rat.id, entityType: 'quarantine' });
  });

  it('refuses a second release of the same quarantine', async () => {
    const { coordinator, q } = await quarantined('2026-10-20', '2026-11-10');
    await releaseQuarantine(t.db, { quarantineId: q.id, actorId: coordinator.id, now, policy: DEFAULT_POLICY });
    const again = await releaseQuarantine(t.db, { quarantineId: q.id, actorId: coordinator.id, now, policy: DEFAULT_POLICY });
    expect(again).toMatchObject({ ok: false, reason: expect.stringContaining('already ended') });
  });
});
