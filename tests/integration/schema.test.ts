import { randomUUID } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  cageGroupMemberships,
  handlingSessions,
  healthEvents,
  placements,
  rats,
  temperamentAssessments,
  users,
  watches,
} from '@/db/schema';
import {
  insertCageGroup,
  insertCageGroupMembership,
  insertFosterHome,
  insertPlacement,
  insertRat,
  insertUser,
} from '../fixtures/builders';
import { createTestDb, driverName, expectViolation, queryRows, schemaTableNames, type TestDb } from './helpers/test-db';

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.reset();
});

async function rowCount(table: PgTable): Promise<number> {
  const [row] = await t.db.select({ n: count() }).from(table);
  return row.n;
}

describe(`migrations on ${driverName()}`, () => {
  it('creates every table declared in db/schema.ts', async () => {
    const rows = await queryRows<{ table_name: string }>(
      t.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const existing = rows.map((r) => r.table_name);
    const declared = schemaTableNames();
    expect(declared.length).toBeGreaterThan(20);
    expect(existing).toEqual(expect.arrayContaining(declared));
  });

  it('starts every file with empty tables', async () => {
    expect(await rowCount(rats)).toBe(0);
    expect(await rowCount(users)).toBe(0);
  });
});

describe(`schema constraints on ${driverName()}`, () => {
  describe('placements', () => {
    it('refuses a placement that ends before it starts', async () => {
      const home = await insertFosterHome(t.db);
      const rat = await insertRat(t.db);
      await expectViolation(
        insertPlacement(t.db, {
          ratId: rat.id,
          fosterHomeId: home.id,
          startedAt: new Date('2026-03-10T10:00:00Z'),
          endedAt: new Date('2026-03-09T10:00:00Z'),
        }),
        'placements_end_after_start_check',
      );
      expect(await rowCount(placements)).toBe(0);
    });

    it('refuses a second open placement for the same rat', async () => {
      const [first, second] = [await insertFosterHome(t.db), await insertFosterHome(t.db)];
      const rat = await insertRat(t.db);
      await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: first.id });
      await expectViolation(
        insertPlacement(t.db, { ratId: rat.id, fosterHomeId: second.id }),
        'placements_one_open_per_rat_key',
      );
      expect(await rowCount(placements)).toBe(1);
    });

    it('accepts a new open placement once the previous one has ended', async () => {
      const [first, second] = [await insertFosterHome(t.db), await insertFosterHome(t.db)];
      const rat = await insertRat(t.db);
      await insertPlacement(t.db, {
        ratId: rat.id,
        fosterHomeId: first.id,
        startedAt: new Date('2026-03-01T10:00:00Z'),
        endedAt: new Date('2026-03-20T10:00:00Z'),
      });
      await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: second.id, startedAt: new Date('2026-03-20T10:00:00Z') });
      expect(await rowCount(placements)).toBe(2);
    });
  });

  describe('rats', () => {
    it('refuses a duplicate rescue code', async () => {
      await insertRat(t.db, { code: 'R-2026-0042', name: 'Pip' });
      await expectViolation(insertRat(t.db, { code: 'R-2026-0042', name: 'Squeak' }), 'rats_code_key');
      const named = await t.db.select({ name: rats.name }).from(rats).where(eq(rats.code, 'R-2026-0042'));
      expect(named).toEqual([{ name: 'Pip' }]);
    });

    it('refuses a rescue code not shaped R-YYYY-NNNN', async () => {
      for (const code of ['R-26-0001', 'r-2026-0001', 'R-2026-001', 'R2026-0001', 'R-2026-0001a', ' R-2026-0001', '']) {
        await expectViolation(insertRat(t.db, { code }), 'rats_code_format_check');
      }
      expect(await rowCount(rats)).toBe(0);
    });

    it('accepts rescue codes past 9999 in a year', async () => {
      const rat = await insertRat(t.db, { code: 'R-2026-10000' });
      expect(rat.code).toBe('R-2026-10000');
    });
  });

  describe('users', () => {
    it('refuses a foster home link on a user who is not a foster', async () => {
      const home = await insertFosterHome(t.db);
      for (const role of ['admin', 'staff', 'coordinator'] as const) {
        await expectViolation(insertUser(t.db, { role, fosterHomeId: home.id }), 'users_foster_home_only_for_fosters');
      }
      expect(await rowCount(users)).toBe(0);
    });

    it('accepts a foster linked to a home', async () => {
      const home = await insertFosterHome(t.db);
      const foster = await insertUser(t.db, { role: 'foster', fosterHomeId: home.id });
      expect(foster.fosterHomeId).toBe(home.id);
    });

    it('refuses a duplicate email regardless of case', async () => {
      await insertUser(t.db, { email: 'Ann.Smith@Example.org' });
      await expectViolation(insertUser(t.db, { email: 'ann.smith@example.ORG' }), 'users_email_key');
      expect(await rowCount(users)).toBe(1);
    });
  });

  describe('handling sessions', () => {
    async function session(values: { highestStep: number; durationMinutes: number }) {
      const rat = await insertRat(t.db);
      return t.db
        .insert(handlingSessions)
        .values({ batchId: randomUUID(), ratId: rat.id, sessionAt: new Date('2026-03-05T18:00:00Z'), confidence: 3, ...values })
        .returning();
    }

    it('refuses a handling session step outside 0-8 and a duration over 8 hours', async () => {
      await expectViolation(session({ highestStep: 9, durationMinutes: 15 }), 'handling_sessions_step_check');
      await expectViolation(session({ highestStep: -1, durationMinutes: 15 }), 'handling_sessions_step_check');
      await expectViolation(session({ highestStep: 3, durationMinutes: 481 }), 'handling_sessions_duration_check');
      await expectViolation(session({ highestStep: 3, durationMinutes: 0 }), 'handling_sessions_duration_check');
      expect(await rowCount(handlingSessions)).toBe(0);
    });

    it('accepts the edges of the ladder and an 8-hour session', async () => {
      await session({ highestStep: 0, durationMinutes: 1 });
      await session({ highestStep: 8, durationMinutes: 480 });
      expect(await rowCount(handlingSessions)).toBe(2);
    });
  });

  describe('cage groups', () => {
    it('refuses a second open cage-group membership', async () => {
      const home = await insertFosterHome(t.db);
      const [cageA, cageB] = [await insertCageGroup(t.db, { fosterHomeId: home.id }), await insertCageGroup(t.db, { fosterHomeId: home.id })];
      const rat = await insertRat(t.db);
      await insertCageGroupMembership(t.db, { cageGroupId: cageA.id, ratId: rat.id });
      await expectViolation(
        insertCageGroupMembership(t.db, { cageGroupId: cageB.id, ratId: rat.id }),
        'cage_group_memberships_one_open_per_rat_key',
      );
      expect(await rowCount(cageGroupMemberships)).toBe(1);
    });
  });

  describe('health events', () => {
    it('refuses a weight event without a weight', async () => {
      const rat = await insertRat(t.db);
      await expectViolation(
        t.db.insert(healthEvents).values({ ratId: rat.id, kind: 'weight', occurredOn: '2026-03-05' }),
        'health_events_weight_required_check',
      );
      expect(await rowCount(healthEvents)).toBe(0);
    });
  });

  describe('temperament assessments', () => {
    async function assess(scores: { scaleMax?: number; approach: number }) {
      const rat = await insertRat(t.db);
      return t.db.insert(temperamentAssessments).values({
        ratId: rat.id,
        assessedAt: new Date('2026-03-05T18:00:00Z'),
        handlingTolerance: 2,
        newSpaceConfidence: 2,
        ratSociability: 4,
        biteRisk: 'low',
        category: 'shy',
        ...scores,
      });
    }

    it('refuses a temperament score above its scale', async () => {
      await expectViolation(assess({ approach: 6 }), 'temperament_assessments_scores_check');
      await expectViolation(assess({ scaleMax: 3, approach: 4 }), 'temperament_assessments_scores_check');
      await expectViolation(assess({ approach: 0 }), 'temperament_assessments_scores_check');
      expect(await rowCount(temperamentAssessments)).toBe(0);
    });

    it('accepts a score within a longer scale than the default', async () => {
      await assess({ scaleMax: 10, approach: 6 });
      expect(await rowCount(temperamentAssessments)).toBe(1);
    });
  });

  describe('watches', () => {
    async function watch(values: Partial<typeof watches.$inferInsert>) {
      const rat = await insertRat(t.db);
      return t.db.insert(watches).values({ ratId: rat.id, kind: 'pregnancy', startedOn: '2026-03-01', dueOn: '2026-03-25', ...values });
    }

    it('refuses a watch closed without an outcome', async () => {
      await expectViolation(watch({ closedOn: '2026-03-25' }), 'watches_closed_check');
      await expectViolation(watch({ outcome: 'not_pregnant' }), 'watches_closed_check');
      expect(await rowCount(watches)).toBe(0);
    });
  });
});
