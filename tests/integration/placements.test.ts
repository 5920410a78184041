import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { createCageGroup, getCageGroup, listHomeRatsWithoutGroup } from '@/db/queries/cage-groups';
import { createIntake } from '@/db/queries/intakes';
import { moveCageGroup, moveRat } from '@/db/queries/placements';
import { auditLog, cageGroupMemberships, cageGroups, placements, quarantines } from '@/db/schema';
import { addDays, toIsoDate } from '@/lib/domain/dates';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import {
  insertCageGroup,
  insertCageGroupMembership,
  insertFosterHome,
  insertPlacement,
  insertQuarantine,
  insertQuarantineCohort,
  insertRat,
  insertUser,
} from '../fixtures/builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();

const NOW = new Date();
const ALL = { kind: 'all' } as const;

async function rowCount(table: PgTable) {
  const [row] = await t.db.select({ n: count() }).from(table);
  return row.n;
}

/** A rat living in a cage group in a home (open placement and membership). */
async function housedRat(group: { id: number; fosterHomeId: number | null }, overrides: Parameters<typeof insertRat>[1] = {}) {
  const rat = await insertRat(t.db, overrides);
  if (group.fosterHomeId !== null) await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: group.fosterHomeId });
  await insertCageGroupMembership(t.db, { cageGroupId: group.id, ratId: rat.id });
  return rat;
}

/** Everything a move writes, to prove a refused move wrote nothing. */
async function snapshot() {
  return {
    placements: await t.db.select().from(placements).orderBy(asc(placements.id)),
    memberships: await t.db.select().from(cageGroupMemberships).orderBy(asc(cageGroupMemberships.id)),
    groups: await t.db.select().from(cageGroups).orderBy(asc(cageGroups.id)),
    quarantines: await t.db.select().from(quarantines).orderBy(asc(quarantines.id)),
    audit: await rowCount(auditLog),
  };
}

describe(`moving a cage group on ${driverName()}`, () => {
  it('moves every rat of the group to the new home in one go: old placements end with the reason, new ones open, history kept', async () => {
    const staff = await insertUser(t.db, { role: 'staff' });
    const willow = await insertFosterHome(t.db, { name: 'Willow House' });
    const oak = await insertFosterHome(t.db, { name: 'Oak Barn' });
    const group = await insertCageGroup(t.db, { fosterHomeId: willow.id, name: 'The lads' });
    const a = await housedRat(group, { name: 'Rocco', sex: 'male' });
    const b = await housedRat(group, { name: 'Dexter', sex: 'male' });

    const result = await moveCageGroup(t.db, { groupId: group.id, toHomeId: oak.id, reason: 'Willow needs the space', actorId: staff.id, now: NOW });
    expect(result).toMatchObject({ ok: true, summary: 'The lads moved to Oak Barn with 2 rats.' });

    const all = await t.db.select().from(placements).orderBy(asc(placements.id));
    expect(all).toHaveLength(4);
    const ended = all.filter((p) => p.endedAt !== null).sort((x, y) => x.ratId - y.ratId);
    expect(ended.map((p) => [p.ratId, p.fosterHomeId, p.endReason])).toEqual([
      [a.id, willow.id, 'Willow needs the space'],
      [b.id, willow.id, 'Willow needs the space'],
    ]);
    const open = all.filter((p) => p.endedAt === null).sort((x, y) => x.ratId - y.ratId);
    expect(open.map((p) => [p.ratId, p.fosterHomeId, p.reason])).toEqual([
      [a.id, oak.id, 'Willow needs the space'],
      [b.id, oak.id, 'Willow needs the space'],
    ]);
    const [moved] = await t.db.select().from(cageGroups).where(eq(cageGroups.id, group.id));
    expect(moved.fosterHomeId).toBe(oak.id);
    expect(await t.db.select().from(cageGroupMemberships).where(isNull(cageGroupMemberships.leftAt))).toHaveLength(2);
    const homeHistory = await t.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'cage_group'), eq(auditLog.action, 'move')));
    expect(homeHistory.map((e) => e.fosterHomeId).sort()).toEqual([willow.id, oak.id].sort());
    expect(await t.db.select().from(auditLog).where(eq(auditLog.ratId, a.id))).toHaveLength(1);
  });

  it('refuses to move a group with a rat in quarantine into a home that cannot quarantine, naming the rat and writing nothing', async () => {
    const willow = await insertFosterHome(t.db, { name: 'Willow House', canQuarantine: true });
    const maple = await insertFosterHome(t.db, { name: 'Maple Cottage', canQuarantine: false });
    const group = await insertCageGroup(t.db, { fosterHomeId: willow.id });
    const pip = await housedRat(group, { name: 'Pip' });
    await housedRat(group, { name: 'Dot' });
    await insertQuarantine(t.db, { ratId: pip.id, fosterHomeId: willow.id });
    const before = await snapshot();

    const result = await moveCageGroup(t.db, { groupId: group.id, toHomeId: maple.id, reason: 'Closer to the vet', actorId: null, now: NOW });
    expect(result).toEqual({
      ok: false,
      reason: 'Pip is in quarantine, and Maple Cottage cannot quarantine (it has no separate airspace). Choose a home that can quarantine.',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('places an intake’s cage group that was awaiting its first home, and its quarantines follow it', async () => {
    const oak = await insertFosterHome(t.db, { name: 'Oak Barn', canQuarantine: true });
    const created = await createIntake(t.db, {
      intake: {
        intakeDate: NOW.toISOString().slice(0, 10),
        sourceType: 'stray',
        sourceDetails: null,
        reason: null,
        mixedSex: false,
        notes: null,
        arrivesAt: null,
        rats: ['Ivy', 'Juno'].map((name) => ({ name, sex: 'female' as const, birthDate: null, birthDateEstimated: true, variety: null, markings: null, notes: null })),
      },
      actorId: null,
      policy: DEFAULT_POLICY,
      now: NOW,
    });
    const [group] = await t.db.select().from(cageGroups).where(eq(cageGroups.intakeId, created.intakeId));
    const result = await moveCageGroup(t.db, { groupId: group.id, toHomeId: oak.id, reason: 'First placement', actorId: null, now: NOW });
    expect(result.ok).toBe(true);
    const open = await t.db.select().from(placements);
    expect(open.map((p) => [p.fosterHomeId, p.endedAt])).toEqual([
      [oak.id, null],
      [oak.id, null],
    ]);
    expect((await t.db.select().from(quarantines)).every((q) => q.fosterHomeId === oak.id)).toBe(true);
  });
});

describe(`moving a rat on ${driverName()}`, () => {
  it('refuses to move an intact male into a cage group with a female, with the reason, writing nothing', async () => {
    const home = await insertFosterHome(t.db);
    const girls = await insertCageGroup(t.db, { fosterHomeId: home.id, name: 'Girls' });
    const boys = await insertCageGroup(t.db, { fosterHomeId: home.id, name: 'Boys' });
    await housedRat(girls, { name: 'Hazel', sex: 'female' });
    const rocco = await housedRat(boys, { name: 'Rocco', sex: 'male' });
    await housedRat(boys, { name: 'Dexter', sex: 'male' });
    const before = await snapshot();

    const result = await moveRat(t.db, { ratId: rocco.id, to: { kind: 'group', groupId: girls.id }, reason: 'More room', actorId: null, now: NOW });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('Rocco is an intact male and Hazel is female') });
    expect(await snapshot()).toEqual(before);
  });

  it('lets a male neutered long enough ago join females', async () => {
    const home = await insertFosterHome(t.db);
    const girls = await insertCageGroup(t.db, { fosterHomeId: home.id });
    const boys = await insertCageGroup(t.db, { fosterHomeId: home.id });
    await housedRat(girls, { name: 'Hazel', sex: 'female' });
    await housedRat(boys, { name: 'Dexter', sex: 'male' });
    const truffle = await housedRat(boys, { name: 'Truffle', sex: 'male', neuteredOn: '2025-01-10' });
    const result = await moveRat(t.db, { ratId: truffle.id, to: { kind: 'group', groupId: girls.id }, reason: 'Bonded through the bars', actorId: null, now: NOW });
    expect(result.ok).toBe(true);
  });

  it('refuses to move a quarantined rat into a cage group outside its quarantine cohort', async () => {
    const home = await insertFosterHome(t.db, { canQuarantine: true });
    const cohortA = await insertQuarantineCohort(t.db);
    const cohortB = await insertQuarantineCohort(t.db);
    const groupA = await insertCageGroup(t.db, { fosterHomeId: home.id });
    const groupB = await insertCageGroup(t.db, { fosterHomeId: home.id });
    const pip = await housedRat(groupA, { name: 'Pip' });
    const dot = await housedRat(groupB, { name: 'Dot' });
    await insertQuarantine(t.db, { ratId: pip.id, cohortId: cohortA.id });
    await insertQuarantine(t.db, { ratId: dot.id, cohortId: cohortB.id });
    const result = await moveRat(t.db, { ratId: pip.id, to: { kind: 'group', groupId: groupB.id }, reason: 'Company', actorId: null, now: NOW });
    expect(result).toEqual({ ok: false, reason: 'Pip and Dot are in different quarantine cohorts: they may not share a cage or meet until both are released.' });
  });

  it('refuses to move a quarantined rat to a home that cannot quarantine', async () => {
    const willow = await insertFosterHome(t.db, { canQuarantine: true });
    const maple = await insertFosterHome(t.db, { name: 'Maple Cottage', canQuarantine: false });
    const group = await insertCageGroup(t.db, { fosterHomeId: willow.id });
    const pip = await housedRat(group, { name: 'Pip' });
    await insertQuarantine(t.db, { ratId: pip.id });
    const before = await snapshot();
    const result = await moveRat(t.db, { ratId: pip.id, to: { kind: 'home', fosterHomeId: maple.id, newGroupName: 'Pip' }, reason: 'x', actorId: null, now: NOW });
    expect(result.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('moves a rat into a new cage group in another home: placement and membership change, the emptied group closes, and the lone rat is flagged solo', async () => {
    const willow = await insertFosterHome(t.db, { name: 'Willow House' });
    const birch = await insertFosterHome(t.db, { name: 'Birch Flat' });
    const group = await insertCageGroup(t.db, { fosterHomeId: willow.id, name: 'Sage' });
    const sage = await housedRat(group, { name: 'Sage' });
    const result = await moveRat(t.db, { ratId: sage.id, to: { kind: 'home', fosterHomeId: birch.id, newGroupName: 'Sage at Birch' }, reason: 'Closer to her new friends', actorId: null, now: NOW });
    expect(result).toMatchObject({ ok: true, summary: 'Sage moved to Sage at Birch at Birch Flat.' });
    if (!result.ok) return;
    expect(result.warnings).toEqual(['Sage is now alone in Sage at Birch. Rats must never be kept alone: plan an introduction or move a companion in.']);
    const [old] = await t.db.select().from(cageGroups).where(eq(cageGroups.id, group.id));
    expect(old.dissolvedAt).not.toBeNull();
    const open = await t.db.select().from(placements).where(isNull(placements.endedAt));
    expect(open.map((p) => p.fosterHomeId)).toEqual([birch.id]);
    const moved = await getCageGroup(t.db, { id: result.groupId, scope: ALL });
    expect(moved?.members.map((m) => m.name)).toEqual(['Sage']);
    expect(moved?.homeName).toBe('Birch Flat');
  });

  it('warns when a move leaves one rat alone in the group it came from', async () => {
    const home = await insertFosterHome(t.db);
    const pair = await insertCageGroup(t.db, { fosterHomeId: home.id, name: 'Pepper & Nutmeg' });
    const trio = await insertCageGroup(t.db, { fosterHomeId: home.id, name: 'Oak girls' });
    const pepper = await housedRat(pair, { name: 'Pepper' });
    await housedRat(pair, { name: 'Nutmeg' });
    await housedRat(trio, { name: 'Bluebell' });
    const result = await moveRat(t.db, { ratId: pepper.id, to: { kind: 'group', groupId: trio.id }, reason: 'Introduction bonded', actorId: null, now: NOW });
    expect(result.ok && result.warnings).toEqual(['Nutmeg is now alone in Pepper & Nutmeg. Rats must never be kept alone: plan an introduction or move a companion in.']);
  });

  it('warns, without refusing, when a move puts two intact males past the hormonal age in one cage group, with the reason', async () => {
    const home = await insertFosterHome(t.db);
    const lads = await insertCageGroup(t.db, { fosterHomeId: home.id, name: 'The lads' });
    const other = await insertCageGroup(t.db, { fosterHomeId: home.id, name: 'Spare cage' });
    const adult = addDays(toIsoDate(NOW), -200);
    await housedRat(lads, { name: 'Rocco', sex: 'male', birthDate: adult });
    await housedRat(other, { name: 'Pip', sex: 'male', birthDate: adult });
    const dexter = await housedRat(other, { name: 'Dexter', sex: 'male', birthDate: adult });
    const result = await moveRat(t.db, { ratId: dexter.id, to: { kind: 'group', groupId: lads.id }, reason: 'Pairing up', actorId: null, now: NOW });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.find((w) => w.includes('intact males'))).toContain('Rocco and Dexter are intact males older than 90 days sharing a cage');
  });

  it('refuses to move a rat that has been adopted', async () => {
    const home = await insertFosterHome(t.db);
    const group = await insertCageGroup(t.db, { fosterHomeId: home.id });
    const other = await insertCageGroup(t.db, { fosterHomeId: home.id });
    const gone = await housedRat(group, { name: 'Pepper', status: 'adopted' });
    const result = await moveRat(t.db, { ratId: gone.id, to: { kind: 'group', groupId: other.id }, reason: 'x', actorId: null, now: NOW });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('Pepper has left the rescue’s care (adopted)') });
  });
});

describe(`cage groups on ${driverName()}`, () => {
  it('sets up an empty cage group in an active home, and refuses one in an inactive home', async () => {
    const home = await insertFosterHome(t.db, { name: 'Oak Barn' });
    const closed = await insertFosterHome(t.db, { name: 'Old Mill', active: false });
    const created = await createCageGroup(t.db, { fosterHomeId: home.id, name: 'Garden room', notes: null, actorId: null });
    expect(created.ok).toBe(true);
    expect(await createCageGroup(t.db, { fosterHomeId: closed.id, name: 'Loft', notes: null, actorId: null })).toEqual({
      ok: false,
      reason: 'Old Mill is no longer active as a foster home.',
    });
  });

  it('lists the rats placed in a home that live in no cage group there', async () => {
    const home = await insertFosterHome(t.db);
    const group = await insertCageGroup(t.db, { fosterHomeId: home.id });
    await housedRat(group, { name: 'Housed' });
    const loose = await insertRat(t.db, { name: 'Loose' });
    await insertPlacement(t.db, { ratId: loose.id, fosterHomeId: home.id });
    const listed = await listHomeRatsWithoutGroup(t.db, { fosterHomeId: home.id, scope: ALL });
    expect(listed.map((r) => r.name)).toEqual(['Loose']);
  });
});
