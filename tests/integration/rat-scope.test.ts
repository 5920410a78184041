import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getRatInScope, listRatsWithHousing } from '@/db/queries/housing';
import { placements } from '@/db/schema';
import { insertFosterHome, insertPlacement, insertRat } from '../fixtures/builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();

describe(`foster scope on ${driverName()}`, () => {
  async function twoHomes() {
    const willow = await insertFosterHome(t.db, { name: 'Willow' });
    const maple = await insertFosterHome(t.db, { name: 'Maple' });
    const pip = await insertRat(t.db, { name: 'Pip' });
    const moss = await insertRat(t.db, { name: 'Moss' });
    const pipPlacement = await insertPlacement(t.db, { ratId: pip.id, fosterHomeId: willow.id });
    await insertPlacement(t.db, { ratId: moss.id, fosterHomeId: maple.id });
    return { willow, maple, pip, moss, pipPlacement };
  }

  it('a foster lists only the rats placed in their own home', async () => {
    const { willow } = await twoHomes();
    const rats = await listRatsWithHousing(t.db, { where: undefined, scope: { kind: 'home', fosterHomeId: willow.id } });
    expect(rats.map((r) => r.name)).toEqual(['Pip']);
  });

  it('a rat of another home is not found for a foster', async () => {
    const { willow, moss } = await twoHomes();
    expect(await getRatInScope(t.db, { id: moss.id, scope: { kind: 'home', fosterHomeId: willow.id } })).toBeNull();
  });

  it('a rat moved out of the home is no longer found for that home’s foster', async () => {
    const { willow, maple, pip, pipPlacement } = await twoHomes();
    await t.db.update(placements).set({ endedAt: new Date('2026-04-01T10:00:00Z') }).where(eq(placements.id, pipPlacement.id));
    await insertPlacement(t.db, { ratId: pip.id, fosterHomeId: maple.id, startedAt: new Date('2026-04-01T10:00:00Z') });
    expect(await getRatInScope(t.db, { id: pip.id, scope: { kind: 'home', fosterHomeId: willow.id } })).toBeNull();
    expect(await getRatInScope(t.db, { id: pip.id, scope: { kind: 'home', fosterHomeId: maple.id } })).not.toBeNull();
  });

  it('a foster with no home sees no rats, staff see all', async () => {
    await twoHomes();
    expect(await listRatsWithHousing(t.db, { where: undefined, scope: { kind: 'none' } })).toEqual([]);
    expect(await listRatsWithHousing(t.db, { where: undefined, scope: { kind: 'all' } })).toHaveLength(2);
  });
});
