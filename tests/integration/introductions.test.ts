import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  changeIntroductionStage,
  getIntroduction,
  listFailedIntroductionPairs,
  markIntroductionBonded,
  planIntroduction,
  recordObservation,
  setIntroductionStatus,
  type NewIntroduction,
} from '@/db/queries/introductions';
import { cageGroupMemberships, cageGroups, introductionObservations, introductions, placements } from '@/db/schema';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { insertCageGroup, insertCageGroupMembership, insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();
const NOW = new Date();
const ALL = { kind: 'all' } as const;

async function group(fosterHomeId: number, name: string, ratNames: string[], overrides: Parameters<typeof insertRat>[1] = {}) {
  const g = await insertCageGroup(t.db, { fosterHomeId, name });
  const members = [];
  for (const ratName of ratNames) {
    const rat = await insertRat(t.db, { name: ratName, ...overrides });
    await insertPlacement(t.db, { ratId: rat.id, fosterHomeId });
    await insertCageGroupMembership(t.db, { cageGroupId: g.id, ratId: rat.id });
    members.push(rat);
  }
  return { group: g, rats: members };
}

/** A coordinator, a home, a pair and a trio living there. */
async function setting() {
  const coordinator = await insertUser(t.db, { role: 'coordinator' });
  const oak = await insertFosterHome(t.db, { name: 'Oak Barn' });
  const pair = await group(oak.id, 'Pip & Dot', ['Pip', 'Dot']);
  const trio = await group(oak.id, 'The trio', ['Fern', 'Nova', 'Echo']);
  const plan: NewIntroduction = {
    sideA: pair.rats.map((r) => r.id),
    sideB: trio.rats.map((r) => r.id),
    method: 'gradual_neutral_space',
    fosterHomeId: oak.id,
    runById: coordinator.id,
    plannedStart: '2026-11-25',
    createdById: coordinator.id,
  };
  return { coordinator, oak, pair, trio, plan };
}

async function planned(s: Awaited<ReturnType<typeof setting>>, stage: 'full_cage' | 'scent_swap' = 'full_cage') {
  const result = await planIntroduction(t.db, { ...s.plan, now: NOW, policy: DEFAULT_POLICY });
  if (!result.ok) throw new Error(result.blocks.join(' '));
  if (stage === 'full_cage') {
    await t.db.update(introductions).set({ stage: 'full_cage', status: 'in_progress' }).where(eq(introductions.id, result.id));
  }
  return result.id;
}

async function housing() {
  return {
    groups: await t.db.select().from(cageGroups).orderBy(asc(cageGroups.id)),
    memberships: await t.db.select().from(cageGroupMemberships).orderBy(asc(cageGroupMemberships.id)),
    placements: await t.db.select().from(placements).orderBy(asc(placements.id)),
    introductions: await t.db.select().from(introductions).orderBy(asc(introductions.id)),
  };
}

describe(`planning introductions on ${driverName()}`, () => {
  it('plans an introduction between a pair and a trio in one home, with each rat’s cage group', async () => {
    const s = await setting();
    const id = await planned(s, 'scent_swap');
    const detail = await getIntroduction(t.db, { id, scope: ALL });
    expect(detail).toMatchObject({ status: 'planned', stage: 'scent_swap', homeName: 'Oak Barn' });
    expect(detail!.sideA.map((r) => [r.name, r.cageGroupId])).toEqual([
      ['Dot', s.pair.group.id],
      ['Pip', s.pair.group.id],
    ]);
    expect(detail!.sideB).toHaveLength(3);
  });

  it('refuses an intact male with a female, writing nothing', async () => {
    const s = await setting();
    const buck = await group(s.oak.id, 'Brutus', ['Brutus'], { sex: 'male' });
    const result = await planIntroduction(t.db, { ...s.plan, sideA: buck.rats.map((r) => r.id), now: NOW, policy: DEFAULT_POLICY });
    expect(result).toMatchObject({ ok: false, blocks: [expect.stringContaining('Brutus is an intact male, and')] });
    expect(await t.db.select().from(introductions)).toEqual([]);
  });

  it('refuses a rat already in another running introduction', async () => {
    const s = await setting();
    await planned(s, 'scent_swap');
    const result = await planIntroduction(t.db, { ...s.plan, now: NOW, policy: DEFAULT_POLICY });
    expect(result.ok).toBe(false);
  });

  it('records which rats failed together and warns a later plan, which needs a reason to go ahead', async () => {
    const s = await setting();
    const id = await planned(s, 'scent_swap');
    expect(await setIntroductionStatus(t.db, { id, to: 'failed', reason: 'Echo pinned Pip', version: 1, actorId: s.coordinator.id, now: NOW })).toMatchObject({ ok: true });
    const pairs = await listFailedIntroductionPairs(t.db, { ratIds: [s.pair.rats[0].id] });
    expect(pairs).toHaveLength(3);
    expect(pairs.every((p) => p.introductionId === id && p.ratIdA === s.pair.rats[0].id)).toBe(true);

    const again = await planIntroduction(t.db, { ...s.plan, now: NOW, policy: DEFAULT_POLICY });
    expect(again).toMatchObject({ ok: false, blocks: [], needsReason: true, warnings: [expect.stringContaining(`introduction #${id} between`)] });
    const accepted = await planIntroduction(t.db, { ...s.plan, warningsAcceptedReason: 'Pip has calmed down since', now: NOW, policy: DEFAULT_POLICY });
    expect(accepted.ok).toBe(true);
    const [row] = await t.db.select().from(introductions).where(eq(introductions.id, accepted.ok ? accepted.id : 0));
    expect(row.warningsAcceptedReason).toBe('Pip has calmed down since');
    expect(row.acceptedWarnings).toHaveLength(1);
  });

  it('refuses a skipped stage without a reason and a stale version', async () => {
    const s = await setting();
    const id = await planned(s, 'scent_swap');
    const skip = await changeIntroductionStage(t.db, { id, to: 'neutral_meeting', reason: null, version: 1, actorId: s.coordinator.id, now: NOW });
    expect(skip).toMatchObject({ ok: false, reason: expect.stringContaining('skips side by side') });
    expect(await changeIntroductionStage(t.db, { id, to: 'side_by_side', reason: null, version: 1, actorId: s.coordinator.id, now: NOW })).toMatchObject({ ok: true });
    expect(await changeIntroductionStage(t.db, { id, to: 'neutral_meeting', reason: null, version: 1, actorId: s.coordinator.id, now: NOW })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('changed since you opened it'),
    });
  });
});

describe(`the bonded merge on ${driverName()}`, () => {
  it('puts every rat of both sides in one new cage group in the home, closes the old groups and keeps their history', async () => {
    const s = await setting();
    const id = await planned(s);
    const result = await markIntroductionBonded(t.db, { id, groupName: null, reason: null, version: 1, actorId: s.coordinator.id, now: NOW, policy: DEFAULT_POLICY });
    expect(result).toMatchObject({ ok: true, message: 'Bonded: 5 rats now live together in Pip and Dot & Fern, Nova and Echo.' });
    const open = await t.db
      .select({ groupId: cageGroupMemberships.cageGroupId })
      .from(cageGroupMemberships)
      .where(isNull(cageGroupMemberships.leftAt));
    expect(new Set(open.map((m) => m.groupId))).toEqual(new Set([result.groupId]));
    expect(open).toHaveLength(5);
    const old = await t.db.select().from(cageGroups).where(sql`${cageGroups.id} in (${s.pair.group.id}, ${s.trio.group.id})`);
    expect(old.every((g) => g.dissolvedAt !== null)).toBe(true);
    const closed = await t.db.select().from(cageGroupMemberships).where(and(eq(cageGroupMemberships.cageGroupId, s.pair.group.id)));
    expect(closed.map((m) => m.leftAt !== null)).toEqual([true, true]);
    const [intro] = await t.db.select().from(introductions).where(eq(introductions.id, id));
    expect(intro).toMatchObject({ status: 'bonded', stage: 'bonded', mergedCageGroupId: result.groupId });
  });

  it('moves placements into the introduction’s home when the sides came from another home', async () => {
    const s = await setting();
    const willow = await insertFosterHome(t.db, { name: 'Willow House' });
    const visitors = await group(willow.id, 'Willow girls', ['Hazel', 'Sage']);
    const result = await planIntroduction(t.db, { ...s.plan, sideA: visitors.rats.map((r) => r.id), movePlanned: true, now: NOW, policy: DEFAULT_POLICY });
    if (!result.ok) throw new Error(result.blocks.join(' '));
    await t.db.update(introductions).set({ stage: 'full_cage', status: 'in_progress' }).where(eq(introductions.id, result.id));
    await markIntroductionBonded(t.db, { id: result.id, groupName: 'Oak gang', reason: null, version: 1, actorId: s.coordinator.id, now: NOW, policy: DEFAULT_POLICY });
    const open = await t.db.select().from(placements).where(isNull(placements.endedAt));
    const hazel = open.find((p) => p.ratId === visitors.rats[0].id);
    expect(hazel?.fosterHomeId).toBe(s.oak.id);
  });

  it('is atomic: a failure midway leaves both groups, memberships, placements and the introduction as they were', async () => {
    const s = await setting();
    const id = await planned(s);
    const before = await housing();
    // A real failure late in the merge: closing an old group is refused by the database.
    await t.db.execute(sql.raw(`create or replace function ratwise_test_refuse_dissolve() returns trigger language plpgsql as $$
      begin if new.dissolved_at is not null then raise exception 'refused for the test'; end if; return new; end $$`));
    await t.db.execute(sql.raw(`create trigger ratwise_test_refuse_dissolve before update on cage_groups for each row execute function ratwise_test_refuse_dissolve()`));
    try {
      await expect(
        markIntroductionBonded(t.db, { id, groupName: null, reason: null, version: 1, actorId: s.coordinator.id, now: NOW, policy: DEFAULT_POLICY }),
      ).rejects.toThrow();
    } finally {
      await t.db.execute(sql.raw(`drop trigger ratwise_test_refuse_dissolve on cage_groups`));
      await t.db.execute(sql.raw(`drop function ratwise_test_refuse_dissolve()`));
    }
    expect(await housing()).toEqual(before);
  });
});

describe(`fosters and introductions on ${driverName()}`, () => {
  it('refuses a foster’s observation on another home’s introduction as not found, writing nothing', async () => {
    const s = await setting();
    const id = await planned(s, 'scent_swap');
    const willow = await insertFosterHome(t.db, { name: 'Willow House' });
    const foster = await insertUser(t.db, { role: 'foster', fosterHomeId: willow.id });
    const scope = { kind: 'home', fosterHomeId: willow.id } as const;
    const result = await recordObservation(t.db, {
      introductionId: id,
      scope,
      actorId: foster.id,
      now: NOW,
      observation: { observedAt: NOW, stage: 'scent_swap', durationMinutes: 10, behaviours: ['sniffing'], outcome: 'neutral', notes: null },
    });
    expect(result).toMatchObject({ ok: false, notFound: true });
    expect(await t.db.select().from(introductionObservations)).toEqual([]);
    expect(await getIntroduction(t.db, { id, scope })).toBeNull();
  });

  it('lets the foster of the home log a meeting, which starts a planned introduction', async () => {
    const s = await setting();
    const id = await planned(s, 'scent_swap');
    const foster = await insertUser(t.db, { role: 'foster', fosterHomeId: s.oak.id });
    const result = await recordObservation(t.db, {
      introductionId: id,
      scope: { kind: 'home', fosterHomeId: s.oak.id },
      actorId: foster.id,
      now: NOW,
      observation: { observedAt: NOW, stage: 'scent_swap', durationMinutes: 10, behaviours: ['sniffing'], outcome: 'neutral', notes: null },
    });
    expect(result.ok).toBe(true);
    const [intro] = await t.db.select().from(introductions).where(eq(introductions.id, id));
    expect(intro.status).toBe('in_progress');
  });
});
