import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createFosterHome, getFosterHome, listFosterHomes, setFosterHomeActive, updateFosterHome, type FosterHomeValues } from '@/db/queries/foster-homes';
import { auditLog, fosterHomes, placements } from '@/db/schema';
import { insertCageGroup, insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();

const willow: FosterHomeValues = {
  name: 'Willow House',
  contactName: 'Fran Foster',
  email: 'fran@example.org',
  phone: null,
  area: 'Headingley',
  capacityRats: 14,
  capacityCages: 4,
  canQuarantine: true,
  otherPets: [],
  hasChildren: false,
  experienceLevel: 'experienced',
  accepts: ['quarantine', 'biters'],
  notes: null,
};

describe(`foster homes on ${driverName()}`, () => {
  it('adds a home at version 1 with an audit entry', async () => {
    const staff = await insertUser(t.db, { role: 'staff' });
    const result = await createFosterHome(t.db, { values: willow, actorId: staff.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const home = await getFosterHome(t.db, { id: result.id });
    expect(home).toMatchObject({ ...willow, version: 1, active: true, ratCount: 0, cageCount: 0 });
    const [entry] = await t.db.select().from(auditLog);
    expect(entry).toMatchObject({ action: 'create', entityType: 'foster_home', fosterHomeId: result.id, actorId: staff.id });
  });

  it('refuses a second home with the same name in another case', async () => {
    await createFosterHome(t.db, { values: willow, actorId: null });
    expect(await createFosterHome(t.db, { values: { ...willow, name: 'WILLOW house' }, actorId: null })).toEqual({ ok: false, kind: 'duplicate_name' });
    expect(await t.db.select().from(fosterHomes)).toHaveLength(1);
  });

  it('counts occupancy from open placements and live cage groups', async () => {
    const home = await insertFosterHome(t.db, { capacityRats: 1, capacityCages: 1 });
    for (const name of ['Pip', 'Dot']) {
      const rat = await insertRat(t.db, { name });
      await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: home.id });
    }
    await insertCageGroup(t.db, { fosterHomeId: home.id });
    await insertCageGroup(t.db, { fosterHomeId: home.id, dissolvedAt: new Date() });
    const {
      rows: [listed],
    } = await listFosterHomes(t.db);
    expect(listed).toMatchObject({ ratCount: 2, cageCount: 1 });
  });

  it('lists homes a page at a time, active homes first by name, with the number that match', async () => {
    for (const name of ['Cedar', 'Ash', 'Birch', 'Damson', 'Elder']) await insertFosterHome(t.db, { name: `${name} House` });
    await insertFosterHome(t.db, { name: 'Aardvark Lodge', active: false });
    const first = await listFosterHomes(t.db, { page: 1, pageSize: 4 });
    const second = await listFosterHomes(t.db, { page: 2, pageSize: 4 });
    expect(first.total).toBe(6);
    expect(first.rows.map((h) => h.name)).toEqual(['Ash House', 'Birch House', 'Cedar House', 'Damson House']);
    expect(second.rows.map((h) => h.name)).toEqual(['Elder House', 'Aardvark Lodge']);
  });

  it('searches homes by name, contact or area, with % and _ taken literally', async () => {
    await insertFosterHome(t.db, { name: 'Willow House', contactName: 'Fran Foster', area: 'Headingley' });
    await insertFosterHome(t.db, { name: 'Maple Cottage', contactName: 'Sam Willowby', area: 'Otley' });
    await insertFosterHome(t.db, { name: 'Oak Barn', contactName: 'Kit', area: 'Far Headingley' });
    const names = async (q: string) => (await listFosterHomes(t.db, { q })).rows.map((h) => h.name);
    expect(await names('willow')).toEqual(['Maple Cottage', 'Willow House']);
    expect(await names('HEADINGLEY')).toEqual(['Oak Barn', 'Willow House']);
    expect(await names('%')).toEqual([]);
    expect((await listFosterHomes(t.db, { q: 'otley' })).total).toBe(1);
  });

  it('saves an edit, bumps the version and records only the changed fields', async () => {
    const created = await createFosterHome(t.db, { values: willow, actorId: null });
    if (!created.ok) throw new Error('not created');
    const result = await updateFosterHome(t.db, { homeId: created.id, version: 1, values: { ...willow, capacityRats: 16, otherPets: ['cats'] }, actorId: null });
    expect(result).toMatchObject({ ok: true, changes: { capacityRats: { from: 14, to: 16 }, otherPets: { from: [], to: ['cats'] } } });
    expect((await getFosterHome(t.db, { id: created.id }))?.version).toBe(2);
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, 'update'));
    expect(entries).toHaveLength(1);
  });

  it('refuses an edit based on an old version, writes nothing, and says who changed what since', async () => {
    const sam = await insertUser(t.db, { role: 'staff', name: 'Sam Staff' });
    const created = await createFosterHome(t.db, { values: willow, actorId: null });
    if (!created.ok) throw new Error('not created');
    await updateFosterHome(t.db, { homeId: created.id, version: 1, values: { ...willow, phone: '07700 900114' }, actorId: sam.id });
    await updateFosterHome(t.db, { homeId: created.id, version: 2, values: { ...willow, phone: '07700 900114', capacityRats: 10 }, actorId: sam.id });
    const before = await t.db.select().from(fosterHomes);
    const auditBefore = await t.db.select().from(auditLog).orderBy(asc(auditLog.id));

    const stale = await updateFosterHome(t.db, { homeId: created.id, version: 1, values: { ...willow, area: 'Kirkstall' }, actorId: null });
    expect(stale).toMatchObject({
      ok: false,
      kind: 'stale',
      version: 3,
      editors: ['Sam Staff'],
      theirChanges: { phone: { from: null, to: '07700 900114' }, capacityRats: { from: 14, to: 10 } },
    });
    expect(await t.db.select().from(fosterHomes)).toEqual(before);
    expect(await t.db.select().from(auditLog).orderBy(asc(auditLog.id))).toEqual(auditBefore);
  });

  it('writes nothing for a save that changes nothing', async () => {
    const created = await createFosterHome(t.db, { values: willow, actorId: null });
    if (!created.ok) throw new Error('not created');
    expect(await updateFosterHome(t.db, { homeId: created.id, version: 1, values: willow, actorId: null })).toMatchObject({ ok: true, changes: {} });
    expect((await getFosterHome(t.db, { id: created.id }))?.version).toBe(1);
  });

  it('refuses to deactivate a home that still houses rats, and deactivates and reactivates an empty one', async () => {
    const home = await insertFosterHome(t.db, { name: 'Birch Flat' });
    const rat = await insertRat(t.db);
    const placement = await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: home.id });
    expect(await setFosterHomeActive(t.db, { homeId: home.id, version: 1, active: false, actorId: null })).toEqual({ ok: false, kind: 'still_housing', ratCount: 1 });
    await t.db.update(placements).set({ endedAt: new Date() }).where(eq(placements.id, placement.id));
    expect(await setFosterHomeActive(t.db, { homeId: home.id, version: 1, active: false, actorId: null })).toMatchObject({ ok: true });
    expect(await setFosterHomeActive(t.db, { homeId: home.id, version: 2, active: true, actorId: null })).toMatchObject({ ok: true });
    expect(await getFosterHome(t.db, { id: home.id })).toMatchObject({ active: true, version: 3 });
  });
});
