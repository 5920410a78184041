import { inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { handlingSessions, rats } from '@/db/schema';
import { currentTrustStep } from '@/lib/domain/trust-step';
import { buildLargeSeedSteps, type Exec } from '@/scripts/seed-large';
import { largeSeedShape } from '@/scripts/seed-large-shape';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();

/** Runs raw SQL through the test database, whichever driver it is. */
const exec: Exec = async (text) => {
  const result = await t.db.execute(sql.raw(text));
  return (Array.isArray(result) ? result : (result as { rows: Array<Record<string, unknown>> }).rows) as Array<Record<string, unknown>>;
};

describe(`the large seed on ${driverName()}`, () => {
  it('builds the network at a small size: most rats adopted, a few in care, sessions, health events and audit rows, each rat’s stored step equal to the derived one', async () => {
    const shape = largeSeedShape(200);
    for (const step of buildLargeSeedSteps(shape, '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA')) await step.run(exec);

    const counts = (await exec(`select
      (select count(*) from rats)::int as rats,
      (select count(*) from rats where status in ('intake','in_care','available','reserved'))::int as in_care,
      (select count(*) from rats where status = 'adopted')::int as adopted,
      (select count(*) from foster_homes)::int as homes,
      (select count(*) from handling_sessions)::int as sessions,
      (select count(*) from health_events)::int as health,
      (select count(*) from audit_log)::int as audit,
      (select count(*) from adoptions)::int as adoptions,
      (select count(*) from placements where ended_at is null)::int as open_placements`))[0];
    expect(counts.rats).toBe(200);
    expect(counts.in_care).toBe(shape.inCare);
    expect(counts.open_placements).toBe(shape.inCare);
    expect(Number(counts.adopted)).toBeGreaterThan(150);
    expect(counts.homes).toBe(shape.homes);
    expect(Number(counts.sessions)).toBeGreaterThan(150 * shape.sessionsPerRat);
    expect(counts.health).toBe(200 * shape.healthPerRat);
    expect(Number(counts.audit)).toBeGreaterThan(Number(counts.sessions));
    expect(Number(counts.adoptions)).toBeGreaterThan(70);

    const sample = [1, 57, 120, 199, 200];
    const stored = await t.db.select({ id: rats.id, step: rats.currentTrustStep }).from(rats).where(inArray(rats.id, sample)).orderBy(rats.id);
    const sessions = await t.db.select().from(handlingSessions).where(inArray(handlingSessions.ratId, sample));
    expect(stored).toEqual(sample.map((id) => ({ id, step: currentTrustStep(sessions.filter((s) => s.ratId === id)) })));
  });
});
