import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createHandlingSession } from '@/db/queries/handling-sessions';
import { updateRatProfile } from '@/db/queries/rat-records';
import { getLitterProgress } from '@/db/queries/litter-progress';
import { listLitterKittenIds, recordLitter } from '@/db/queries/litters';
import { createPlannedPairing, getPairingRats, listExpectedBirths, putPairTogether } from '@/db/queries/pairings';
import { createOutsideAncestor, loadAncestry, ratNode, setParent } from '@/db/queries/pedigrees';
import { handlingSessions, plannedPairings, rats, watches } from '@/db/schema';
import { pairingCoi } from '@/lib/domain/inbreeding';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { handlingSessionInput } from '@/lib/validation/handling';
import { litterInput } from '@/lib/validation/litters';
import { insertCageGroup, insertCageGroupMembership, insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { insertQuarantine, insertWatch } from '../fixtures/health-builders';
import { driverName, testDbForFile } from './helpers/test-db';

const now = new Date('2026-11-20T12:00:00Z');
const t = testDbForFile();

/** Clover x Juniper (outside ancestors) -> full sisters Poppy and Primrose (outside) -> Wren (rat) and Bramble (rat): first cousins. */
async function cousins() {
  const staff = await insertUser(t.db, { role: 'staff' });
  const ancestor = (name: string, sex: 'female' | 'male', damId: number | null = null, sireId: number | null = null) =>
    createOutsideAncestor(t.db, { input: { name, sex, variety: null, rattery: 'Northern Lights', birthDate: null, damId, sireId }, actorId: staff.id });
  const clover = await ancestor('Clover', 'female');
  const juniper = await ancestor('Juniper', 'male');
  const poppy = await ancestor('Poppy', 'female', clover.id, juniper.id);
  const primrose = await ancestor('Primrose', 'female', clover.id, juniper.id);
  const wren = await insertRat(t.db, { name: 'Wren', sex: 'female', birthDate: '2026-06-20', outsideDamId: poppy.id });
  const bramble = await insertRat(t.db, { name: 'Bramble', sex: 'male', birthDate: '2026-05-01', outsideDamId: primrose.id });
  return { staff, wren, bramble, clover, juniper };
}

describe(`breeding on ${driverName()}`, () => {
  it('the ancestry of a planned pairing runs through rats and outside ancestors and gives first cousins 6.25%', async () => {
    const { wren, bramble } = await cousins();
    const { pedigree, animals } = await loadAncestry(t.db, { ratIds: [wren.id, bramble.id] });
    const coi = pairingCoi(pedigree, ratNode(wren.id), ratNode(bramble.id));
    expect(coi.coefficient).toBe(0.0625);
    expect(coi.contributions.map((c) => animals.get(c.ancestorId)?.name).sort()).toEqual(['Clover', 'Juniper']);
  });

  it('setting a parent that descends from the rat is refused: a rat cannot be its own ancestor', async () => {
    const { staff, wren } = await cousins();
    const kit = await insertRat(t.db, { name: 'Kit', sex: 'female', damId: wren.id });
    const outcome = await setParent(t.db, { ratId: wren.id, input: { role: 'dam', parentKind: 'rat', parentId: kit.id, version: wren.version }, actorId: staff.id });
    expect(outcome).toEqual({ ok: false, reason: 'Kit descends from Wren, so Kit cannot also be a parent of Wren: a rat cannot be its own ancestor.' });
    const [after] = await t.db.select().from(rats).where(eq(rats.id, wren.id));
    expect(after.damId).toBeNull();
  });

  it('setting a parent replaces an outside dam with a rat dam and is refused on a stale version', async () => {
    const { staff, wren } = await cousins();
    const mum = await insertRat(t.db, { name: 'Mum', sex: 'female' });
    expect(await setParent(t.db, { ratId: wren.id, input: { role: 'dam', parentKind: 'rat', parentId: mum.id, version: wren.version }, actorId: staff.id })).toEqual({ ok: true });
    const [after] = await t.db.select().from(rats).where(eq(rats.id, wren.id));
    expect(after).toMatchObject({ damId: mum.id, outsideDamId: null, version: wren.version + 1 });
    const stale = await setParent(t.db, { ratId: wren.id, input: { role: 'dam', parentKind: 'none', parentId: null, version: wren.version }, actorId: staff.id });
    expect(stale.ok).toBe(false);
  });

  it('putting a planned pair together opens the pregnancy watch and shows the birth window', async () => {
    const { staff, wren, bramble } = await cousins();
    const planned = await createPlannedPairing(t.db, { input: { doeId: wren.id, buckId: bramble.id, plannedOn: '2026-11-20', goals: 'Calm temperaments' }, actorId: staff.id });
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    const outcome = await putPairTogether(t.db, { pairingId: planned.pairingId, togetherOn: '2026-11-20', version: 1, actorId: staff.id, now, policy: DEFAULT_POLICY });
    expect(outcome).toEqual({ ok: true, pairingId: planned.pairingId });
    const [watch] = await t.db.select().from(watches).where(and(eq(watches.ratId, wren.id), isNull(watches.closedOn)));
    expect(watch).toMatchObject({ kind: 'pregnancy', startedOn: '2026-11-20', dueOn: '2026-12-14' });
    const [pairing] = await t.db.select().from(plannedPairings);
    expect(pairing).toMatchObject({ status: 'together', togetherOn: '2026-11-20', watchId: watch.id, version: 2 });
    expect(await listExpectedBirths(t.db)).toEqual([{ pairingId: planned.pairingId, togetherOn: '2026-11-20', doeId: wren.id, doeName: 'Wren', buckName: 'Bramble' }]);
  });

  it('putting together is refused with the reason while a rat is in quarantine, and nothing is written', async () => {
    const { staff, wren, bramble } = await cousins();
    await insertQuarantine(t.db, { ratId: bramble.id, startedOn: '2026-11-10', plannedEndOn: '2026-12-01' });
    const planned = await createPlannedPairing(t.db, { input: { doeId: wren.id, buckId: bramble.id, plannedOn: '2026-11-20', goals: null }, actorId: staff.id });
    if (!planned.ok) throw new Error(planned.reason);
    const outcome = await putPairTogether(t.db, { pairingId: planned.pairingId, togetherOn: '2026-11-20', version: 1, actorId: staff.id, now, policy: DEFAULT_POLICY });
    expect(outcome).toEqual({ ok: false, reason: 'Bramble is in quarantine until 1 Dec: quarantined rats meet no rat from outside their quarantine.' });
    expect(await t.db.select().from(watches)).toEqual([]);
    const [pairing] = await t.db.select().from(plannedPairings);
    expect(pairing.status).toBe('planned');
  });

  it("a doe's earlier litters and open pregnancy watch are counted for the pairing rules", async () => {
    const { staff, wren, bramble } = await cousins();
    const home = await insertFosterHome(t.db, { name: 'Oak' });
    await insertPlacement(t.db, { ratId: wren.id, fosterHomeId: home.id });
    const litter = await recordLitter(t.db, { input: litterInput(now).parse({ damId: String(wren.id), bornOn: '2026-11-01', aliveCount: '1' }), actorId: staff.id, now, policy: DEFAULT_POLICY });
    expect(litter.ok).toBe(true);
    await insertWatch(t.db, { ratId: wren.id, kind: 'pregnancy', startedOn: '2026-11-15', dueOn: '2026-12-09' });
    const found = await getPairingRats(t.db, { ids: [wren.id, bramble.id] });
    expect(found.get(wren.id)).toMatchObject({ littersBefore: 1, pregnancyDueOn: '2026-12-09', quarantineEndsOn: null });
    expect(found.get(bramble.id)).toMatchObject({ littersBefore: 0, pregnancyDueOn: null });
  });

  it('a pairing needs a female doe and a male buck', async () => {
    const { staff, wren, bramble } = await cousins();
    const outcome = await createPlannedPairing(t.db, { input: { doeId: bramble.id, buckId: wren.id, plannedOn: '2026-11-20', goals: null }, actorId: staff.id });
    expect(outcome).toEqual({ ok: false, reason: 'Bramble is not recorded as female, so she cannot be the doe of a pairing.' });
  });

  it('one session for the whole litter writes one row per kitten in one batch, each with its own step', async () => {
    const { staff, wren, bramble } = await cousins();
    const home = await insertFosterHome(t.db, { name: 'Oak' });
    const cage = await insertCageGroup(t.db, { fosterHomeId: home.id, name: 'Does' });
    await insertPlacement(t.db, { ratId: wren.id, fosterHomeId: home.id });
    await insertCageGroupMembership(t.db, { cageGroupId: cage.id, ratId: wren.id });
    const litter = await recordLitter(t.db, {
      input: litterInput(now).parse({ damId: String(wren.id), sireId: String(bramble.id), bornOn: '2026-11-14', aliveCount: '3', deadCount: '0' }),
      actorId: staff.id,
      now,
      policy: DEFAULT_POLICY,
    });
    if (!litter.ok) throw new Error(litter.reason);
    const kittenIds = await listLitterKittenIds(t.db, { litterId: litter.litterId });
    expect(kittenIds).toHaveLength(3);
    const input = handlingSessionInput(now).parse({
      sessionAt: '2026-11-20T09:00:00Z',
      durationMinutes: 10,
      techniques: ['scent'],
      rats: kittenIds.map((ratId, i) => ({ ratId, highestStep: i, confidence: 3 })),
    });
    await createHandlingSession(t.db, { input, scope: { kind: 'all' }, loggedBy: staff.id });
    const rows = await t.db.select().from(handlingSessions);
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.batchId)).size).toBe(1);
    expect(rows.map((r) => [r.ratId, r.highestStep]).sort()).toEqual(kittenIds.map((id, i) => [id, i]).sort());
    const progress = await getLitterProgress(t.db, { kittens: kittenIds.map((id) => ({ id, name: `k${id}` })), scope: { kind: 'all' } });
    expect(progress.progress.map((p) => p.sessions)).toEqual([1, 1, 1]);
  });

  it('a whole-litter session is refused whole when one kitten is outside the foster’s home', async () => {
    const { staff, wren } = await cousins();
    const home = await insertFosterHome(t.db, { name: 'Oak' });
    const other = await insertFosterHome(t.db, { name: 'Elm' });
    const a = await insertRat(t.db, { name: 'A', litterId: null, damId: wren.id });
    const b = await insertRat(t.db, { name: 'B', damId: wren.id });
    await insertPlacement(t.db, { ratId: a.id, fosterHomeId: home.id });
    await insertPlacement(t.db, { ratId: b.id, fosterHomeId: other.id });
    const input = handlingSessionInput(now).parse({ sessionAt: '2026-11-20T09:00:00Z', durationMinutes: 10, rats: [a, b].map((r) => ({ ratId: r.id, highestStep: 1, confidence: 3 })) });
    await expect(createHandlingSession(t.db, { input, scope: { kind: 'home', fosterHomeId: home.id }, loggedBy: staff.id })).rejects.toThrow('not in your home');
    expect(await t.db.select().from(handlingSessions)).toEqual([]);
  });
});

describe(`profile edits and pedigree loops on ${driverName()}`, () => {
  it('editing a profile to make a descendant its dam is refused and nothing is saved', async () => {
    const staff = await insertUser(t.db, { role: 'staff' });
    const gran = await insertRat(t.db, { name: 'Gran', sex: 'female' });
    const kit = await insertRat(t.db, { name: 'Kit', sex: 'female', damId: gran.id });
    const profile = { name: 'Gran', sex: 'female' as const, neuteredOn: null, birthDate: null, birthDateEstimated: true, variety: null, markings: null, damId: kit.id, sireId: null, notes: null };
    await expect(updateRatProfile(t.db, { ratId: gran.id, expectedVersion: gran.version, profile, actorId: staff.id })).rejects.toThrow(
      'Kit descends from Gran, so Kit cannot also be a parent of Gran: a rat cannot be its own ancestor.',
    );
    const [after] = await t.db.select().from(rats).where(eq(rats.id, gran.id));
    expect(after).toMatchObject({ damId: null, version: gran.version });
  });

  it('a rat dam chosen in the profile replaces an outside-line dam', async () => {
    const { staff, wren } = await cousins();
    const mum = await insertRat(t.db, { name: 'Mum', sex: 'female' });
    const profile = { name: 'Wren', sex: 'female' as const, neuteredOn: null, birthDate: '2026-06-20', birthDateEstimated: true, variety: null, markings: null, damId: mum.id, sireId: null, notes: null };
    const result = await updateRatProfile(t.db, { ratId: wren.id, expectedVersion: wren.version, profile, actorId: staff.id });
    expect(result.ok).toBe(true);
    const [after] = await t.db.select().from(rats).where(eq(rats.id, wren.id));
    expect(after).toMatchObject({ damId: mum.id, outsideDamId: null });
  });
});
