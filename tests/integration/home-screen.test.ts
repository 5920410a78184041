import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHandlingRats, listHomeScreenRats } from '@/db/queries/handling-sessions';
import { seedDemo } from '@/db/seed/demo';
import { fosterHomes } from '@/db/schema';
import { CAGES_PER_PAGE, homeScreenPage } from '@/lib/domain/home-screen';
import { insertCageGroup, insertCageGroupMembership, insertFosterHome, insertPlacement, insertRat } from '../fixtures/builders';
import { createTestDb, driverName, type TestDb } from './helpers/test-db';

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { now: new Date('2026-11-23T12:00:00Z') });
});
afterAll(async () => {
  await t.close();
});

describe(`the foster home screen's pages of cages, on ${driverName()}`, () => {
  it('the light list has the same rats in the same order as the full one, in every demo home', async () => {
    for (const home of await t.db.select({ id: fosterHomes.id }).from(fosterHomes)) {
      const scope = { kind: 'home' as const, fosterHomeId: home.id };
      const light = await listHomeScreenRats(t.db, { scope });
      const full = await listHandlingRats(t.db, { scope });
      expect(light.map((r) => r.ratId)).toEqual(full.map((r) => r.id));
      expect(light.map((r) => r.cageGroupId)).toEqual(full.map((r) => r.cageGroupId));
    }
  });

  it('a page reads only its own cages, whole, and together the pages hold every rat once', async () => {
    const home = await insertFosterHome(t.db, { name: 'Big Barn', capacityRats: 200, capacityCages: 60 });
    for (let g = 1; g <= 30; g++) {
      // Names sort apart from insertion order, and two cages share a name.
      const cage = await insertCageGroup(t.db, { fosterHomeId: home.id, name: `Cage ${String((g * 7) % 30).padStart(2, '0')}` });
      for (let r = 1; r <= 3; r++) {
        const rat = await insertRat(t.db, { name: `Barn ${g}-${r}`, code: `R-2030-${String(g * 10 + r).padStart(4, '0')}`, status: 'in_care' });
        await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: home.id });
        await insertCageGroupMembership(t.db, { cageGroupId: cage.id, ratId: rat.id });
      }
    }
    const scope = { kind: 'home' as const, fosterHomeId: home.id };
    const light = await listHomeScreenRats(t.db, { scope });
    const first = homeScreenPage(light, 1);
    expect(first.pageCount).toBe(Math.ceil(30 / CAGES_PER_PAGE));
    const seen: number[] = [];
    for (let page = 1; page <= first.pageCount; page++) {
      const shown = await listHandlingRats(t.db, { scope, ratIds: homeScreenPage(light, page).ratIds });
      const cages = new Set(shown.map((r) => r.cageGroupId));
      expect(cages.size).toBeLessThanOrEqual(CAGES_PER_PAGE);
      expect(shown).toHaveLength(cages.size * 3);
      seen.push(...shown.map((r) => r.id));
    }
    expect(seen).toEqual(light.map((r) => r.ratId));
  });
});
