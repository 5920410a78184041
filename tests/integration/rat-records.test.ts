import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listAudit } from '@/db/queries/audit';
import {
  addRatPhoto,
  changeRatStatus,
  deleteRatPhoto,
  getRatPhotoInScope,
  getRatRecord,
  listStatusChanges,
  mainPhotoIdsFor,
  ratEditorsSince,
  setMainRatPhoto,
  updateRatProfile,
} from '@/db/queries/rat-records';
import { auditLog, cageGroupMemberships, placements, quarantines, ratPhotos, rats, ratStatusChanges, watches } from '@/db/schema';
import { changesSince, describeConflict, type RatProfile } from '@/lib/domain/rat-profile';
import {
  insertCageGroup,
  insertCageGroupMembership,
  insertFosterHome,
  insertPlacement,
  insertRat,
  insertUser,
} from '../fixtures/builders';
import { driverName, testDbForFile, expectViolation } from './helpers/test-db';

const t = testDbForFile();

const all = { kind: 'all' } as const;

async function people() {
  const sam = await insertUser(t.db, { name: 'Sam Staff', role: 'staff' });
  const casey = await insertUser(t.db, { name: 'Casey Coordinator', role: 'coordinator' });
  return { sam, casey };
}

function profileOf(rat: RatProfile): RatProfile {
  const { name, sex, neuteredOn, birthDate, birthDateEstimated, variety, markings, damId, sireId, notes } = rat;
  return { name, sex, neuteredOn, birthDate, birthDateEstimated, variety, markings, damId, sireId, notes };
}

async function auditCount() {
  return (await t.db.select({ id: auditLog.id }).from(auditLog)).length;
}

describe(`rat profile edits on ${driverName()}`, () => {
  it('an edit bumps the version and audits the changed fields', async () => {
    const { sam } = await people();
    const pip = await insertRat(t.db, { name: 'Pip', variety: 'agouti' });
    const result = await updateRatProfile(t.db, { ratId: pip.id, expectedVersion: 1, profile: { ...profileOf(pip), name: 'Pippa' }, actorId: sam.id });
    expect(result).toEqual({ ok: true, changes: { name: { from: 'Pip', to: 'Pippa' } } });
    const [row] = await t.db.select({ name: rats.name, version: rats.version }).from(rats).where(eq(rats.id, pip.id));
    expect(row).toEqual({ name: 'Pippa', version: 2 });
    const [entry] = await listAudit(t.db, { ratId: pip.id });
    expect(entry).toMatchObject({ action: 'update', actorName: 'Sam Staff', changes: { name: { from: 'Pip', to: 'Pippa' } } });
  });

  it('an edit based on a stale version is refused, writes nothing, and the message names the field and who changed it', async () => {
    const { sam, casey } = await people();
    const pip = await insertRat(t.db, { name: 'Pip' });
    const opened = await getRatRecord(t.db, { id: pip.id, scope: all });
    if (!opened) throw new Error('rat not found');

    // Sam saves first.
    await updateRatProfile(t.db, { ratId: pip.id, expectedVersion: opened.version, profile: { ...profileOf(pip), name: 'Pippa' }, actorId: sam.id });
    const auditsBefore = await auditCount();

    // Casey's form was opened on the same version.
    const stale = await updateRatProfile(t.db, {
      ratId: pip.id,
      expectedVersion: opened.version,
      profile: { ...profileOf(pip), markings: 'hooded' },
      actorId: casey.id,
    });
    expect(stale.ok).toBe(false);
    const [row] = await t.db.select().from(rats).where(eq(rats.id, pip.id));
    expect(row).toMatchObject({ name: 'Pippa', markings: null, version: 2 });
    expect(await auditCount()).toBe(auditsBefore);

    if (stale.ok) return;
    const editors = await ratEditorsSince(t.db, { ratId: pip.id, afterAuditId: opened.auditId });
    const message = describeConflict({ editors, changes: changesSince(opened, stale.current), now: new Date() });
    expect(message).toMatch(/^Sam Staff changed this rat at \d\d:\d\d while you were editing: name Pip → Pippa\. Your changes were not saved/);
  });

  it('saving nothing new writes nothing and keeps the version', async () => {
    const { sam } = await people();
    const pip = await insertRat(t.db, { name: 'Pip' });
    const result = await updateRatProfile(t.db, { ratId: pip.id, expectedVersion: 1, profile: profileOf(pip), actorId: sam.id });
    expect(result).toEqual({ ok: true, changes: {} });
    expect(await auditCount()).toBe(0);
    const [row] = await t.db.select({ version: rats.version }).from(rats).where(eq(rats.id, pip.id));
    expect(row.version).toBe(1);
  });

  it('the database refuses a rat as its own parent even if a check upstream is skipped', async () => {
    const { sam } = await people();
    const pip = await insertRat(t.db, { name: 'Pip' });
    await expectViolation(
      updateRatProfile(t.db, { ratId: pip.id, expectedVersion: 1, profile: { ...profileOf(pip), damId: pip.id }, actorId: sam.id }),
      'rats_not_own_parent_check',
    );
  });
});

describe(`rat status changes on ${driverName()}`, () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('a status change writes the status, its history row and the audit entry together', async () => {
    const { casey } = await people();
    const home = await insertFosterHome(t.db, { name: 'Willow' });
    const pip = await insertRat(t.db, { name: 'Pip', status: 'in_care' });
    await insertPlacement(t.db, { ratId: pip.id, fosterHomeId: home.id });
    const result = await changeRatStatus(t.db, { ratId: pip.id, expectedVersion: 1, from: 'in_care', to: 'available', reason: 'Handling-ready', actorId: casey.id, now });
    expect(result).toEqual({ ok: true });

    const [row] = await t.db.select({ status: rats.status, version: rats.version }).from(rats).where(eq(rats.id, pip.id));
    expect(row).toEqual({ status: 'available', version: 2 });
    expect(await listStatusChanges(t.db, { ratId: pip.id })).toEqual([
      { id: expect.any(Number), fromStatus: 'in_care', toStatus: 'available', changedAt: now, reason: 'Handling-ready', changedByName: 'Casey Coordinator' },
    ]);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.ratId, pip.id));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'status_change', actorId: casey.id, fosterHomeId: home.id, changes: { status: { from: 'in_care', to: 'available' } } });
  });

  it('a status change that fails half-way leaves no trace (one transaction)', async () => {
    const { casey } = await people();
    const pip = await insertRat(t.db, { name: 'Pip', status: 'in_care' });
    // from = to passes the update but breaks the history row's check: everything must roll back.
    await expectViolation(
      changeRatStatus(t.db, { ratId: pip.id, expectedVersion: 1, from: 'in_care', to: 'in_care', reason: 'x', actorId: casey.id, now }),
      'rat_status_changes_differs_check',
    );
    const [row] = await t.db.select({ status: rats.status, version: rats.version }).from(rats).where(eq(rats.id, pip.id));
    expect(row).toEqual({ status: 'in_care', version: 1 });
    expect(await t.db.select().from(ratStatusChanges)).toEqual([]);
    expect(await auditCount()).toBe(0);
  });

  it('a status change on a stale version is refused and writes nothing', async () => {
    const { sam, casey } = await people();
    const pip = await insertRat(t.db, { name: 'Pip', status: 'in_care' });
    await updateRatProfile(t.db, { ratId: pip.id, expectedVersion: 1, profile: { ...profileOf(pip), notes: 'Shy' }, actorId: sam.id });
    const result = await changeRatStatus(t.db, { ratId: pip.id, expectedVersion: 1, from: 'in_care', to: 'available', reason: '', actorId: casey.id, now });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.current).toMatchObject({ status: 'in_care', notes: 'Shy', version: 2 });
    expect(await t.db.select().from(ratStatusChanges)).toEqual([]);
  });

  it('a death ends the rat’s placement, cage group membership, quarantine and watches', async () => {
    const { sam } = await people();
    const home = await insertFosterHome(t.db, { name: 'Oak' });
    const pip = await insertRat(t.db, { name: 'Pip', status: 'in_care' });
    const moss = await insertRat(t.db, { name: 'Moss', status: 'in_care' });
    const cage = await insertCageGroup(t.db, { fosterHomeId: home.id, name: 'Oak girls' });
    for (const rat of [pip, moss]) {
      await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: home.id });
      await insertCageGroupMembership(t.db, { cageGroupId: cage.id, ratId: rat.id });
    }
    await t.db.insert(quarantines).values({ ratId: pip.id, reason: 'intake', startedOn: '2026-03-01', plannedEndOn: '2026-03-22', fosterHomeId: home.id });
    await t.db.insert(watches).values({ ratId: pip.id, kind: 'pregnancy', startedOn: '2026-03-01', dueOn: '2026-03-25' });

    await changeRatStatus(t.db, { ratId: pip.id, expectedVersion: 1, from: 'in_care', to: 'deceased', reason: 'Respiratory infection', actorId: sam.id, now });

    const open = (table: typeof placements | typeof cageGroupMemberships, ended: typeof placements.endedAt | typeof cageGroupMemberships.leftAt) =>
      t.db.select({ ratId: table.ratId }).from(table).where(isNull(ended));
    expect((await open(placements, placements.endedAt)).map((r) => r.ratId)).toEqual([moss.id]);
    expect((await open(cageGroupMemberships, cageGroupMemberships.leftAt)).map((r) => r.ratId)).toEqual([moss.id]);
    const [q] = await t.db.select().from(quarantines).where(eq(quarantines.ratId, pip.id));
    expect(q.endedOn).toBe('2026-03-10');
    const [w] = await t.db.select().from(watches).where(eq(watches.ratId, pip.id));
    expect(w).toMatchObject({ closedOn: '2026-03-10', outcome: 'cancelled' });
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.ratId, pip.id), eq(auditLog.action, 'status_change')));
    expect(entry.changes).toMatchObject({ status: { from: 'in_care', to: 'deceased' }, fosterHome: { from: 'Oak', to: null }, cageGroup: { from: 'Oak girls', to: null } });
  });
});

describe(`rat photos on ${driverName()}`, () => {
  const photo = (ratId: number, actorId: number, n: number) =>
    addRatPhoto(t.db, { ratId, storageKey: `rats/${ratId}/p${n}.png`, thumbnailKey: `rats/${ratId}/p${n}-thumb.webp`, contentType: 'image/png', bytes: 100, caption: null, actorId });

  async function mains(ratId: number) {
    return t.db.select({ id: ratPhotos.id }).from(ratPhotos).where(and(eq(ratPhotos.ratId, ratId), eq(ratPhotos.isMain, true)));
  }

  it('the first photo becomes the main photo, later ones do not', async () => {
    const { sam } = await people();
    const pip = await insertRat(t.db, { name: 'Pip' });
    const first = await photo(pip.id, sam.id, 1);
    const second = await photo(pip.id, sam.id, 2);
    expect(first.isMain).toBe(true);
    expect(second.isMain).toBe(false);
  });

  it('switching the main photo keeps exactly one main photo', async () => {
    const { sam } = await people();
    const pip = await insertRat(t.db, { name: 'Pip' });
    const moss = await insertRat(t.db, { name: 'Moss' });
    await photo(pip.id, sam.id, 1);
    const second = await photo(pip.id, sam.id, 2);
    const mossMain = await photo(moss.id, sam.id, 3);

    expect(await setMainRatPhoto(t.db, { ratId: pip.id, photoId: second.id, actorId: sam.id })).toBe(true);
    expect(await mains(pip.id)).toEqual([{ id: second.id }]);
    expect(await mains(moss.id)).toEqual([{ id: mossMain.id }]);
    expect(await mainPhotoIdsFor(t.db, [pip.id, moss.id])).toEqual(new Map([[pip.id, second.id], [moss.id, mossMain.id]]));
    const [entry] = await listAudit(t.db, { ratId: pip.id });
    expect(entry.summary).toBe('Chose a new main photo of Pip');
  });

  it('the database allows only one main photo per rat', async () => {
    const { sam } = await people();
    const pip = await insertRat(t.db, { name: 'Pip' });
    await photo(pip.id, sam.id, 1);
    const other = await photo(pip.id, sam.id, 2);
    await expectViolation(t.db.update(ratPhotos).set({ isMain: true }).where(eq(ratPhotos.id, other.id)), 'rat_photos_one_main_key');
  });

  it('a photo of another rat cannot be made main', async () => {
    const { sam } = await people();
    const pip = await insertRat(t.db, { name: 'Pip' });
    const moss = await insertRat(t.db, { name: 'Moss' });
    await photo(pip.id, sam.id, 1);
    const mossPhoto = await photo(moss.id, sam.id, 2);
    expect(await setMainRatPhoto(t.db, { ratId: pip.id, photoId: mossPhoto.id, actorId: sam.id })).toBe(false);
  });

  it('deleting the main photo makes the newest remaining photo main and returns the files to remove', async () => {
    const { sam } = await people();
    const pip = await insertRat(t.db, { name: 'Pip' });
    const first = await photo(pip.id, sam.id, 1);
    const second = await photo(pip.id, sam.id, 2);
    const deleted = await deleteRatPhoto(t.db, { ratId: pip.id, photoId: first.id, actorId: sam.id });
    expect(deleted).toEqual({ storageKey: `rats/${pip.id}/p1.png`, thumbnailKey: `rats/${pip.id}/p1-thumb.webp` });
    expect(await mains(pip.id)).toEqual([{ id: second.id }]);
    expect(await deleteRatPhoto(t.db, { ratId: pip.id, photoId: first.id, actorId: sam.id })).toBeNull();
  });

  it('a foster reaches only the photos of rats placed in their home', async () => {
    const { sam } = await people();
    const willow = await insertFosterHome(t.db, { name: 'Willow' });
    const maple = await insertFosterHome(t.db, { name: 'Maple' });
    const pip = await insertRat(t.db, { name: 'Pip' });
    const moss = await insertRat(t.db, { name: 'Moss' });
    await insertPlacement(t.db, { ratId: pip.id, fosterHomeId: willow.id });
    await insertPlacement(t.db, { ratId: moss.id, fosterHomeId: maple.id });
    const pipPhoto = await photo(pip.id, sam.id, 1);
    const mossPhoto = await photo(moss.id, sam.id, 2);
    const willowScope = { kind: 'home', fosterHomeId: willow.id } as const;
    expect(await getRatPhotoInScope(t.db, { ratId: pip.id, photoId: pipPhoto.id, scope: willowScope })).toMatchObject({ contentType: 'image/png' });
    expect(await getRatPhotoInScope(t.db, { ratId: moss.id, photoId: mossPhoto.id, scope: willowScope })).toBeNull();
    // A photo id paired with the wrong rat is not found either.
    expect(await getRatPhotoInScope(t.db, { ratId: pip.id, photoId: mossPhoto.id, scope: all })).toBeNull();
  });
});
