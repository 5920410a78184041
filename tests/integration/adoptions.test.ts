import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { recordAdoption, recordReturn } from '@/db/queries/adoptions';
import { createAdopter, decideAdopter } from '@/db/queries/adopters';
import { setReadinessOverride, unmetReadinessForAdoption } from '@/db/queries/readiness';
import {
  adoptionRats,
  adoptions,
  auditLog,
  cageGroupMemberships,
  cageGroups,
  healthEvents,
  pairProposalRats,
  pairProposals,
  placements,
  quarantines,
  ratStatusChanges,
  rats,
} from '@/db/schema';
import { insertCageGroup, insertCageGroupMembership, insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();
const NOW = new Date();
const TODAY = NOW.toISOString().slice(0, 10);

async function rowCount(table: PgTable) {
  const [row] = await t.db.select({ n: count() }).from(table);
  return row.n;
}

const application = {
  name: 'Sam Carter',
  email: 'sam@example.org',
  phone: null,
  area: 'Riverside',
  household: 'Two adults',
  existingRatsCount: 0,
  existingRatsFemales: 0,
  existingRatsMales: 0,
  existingRatsNeuteredMales: 0,
  cageSize: 'Double Critter Nation',
  otherPets: [],
  hasChildren: false,
  experience: 'some' as const,
  experienceNotes: null,
  preferences: 'A pair of young does',
  notes: null,
};

/** A coordinator, an approved adopter without rats, and a cage of does in a home. */
async function scene(groupSize = 2) {
  const coordinator = await insertUser(t.db, { role: 'coordinator' });
  const adopterId = await createAdopter(t.db, { values: application, actorId: coordinator.id });
  await decideAdopter(t.db, { adopterId, version: 1, approval: 'approved', reason: 'Home visit went well', actorId: coordinator.id, now: NOW });
  const home = await insertFosterHome(t.db, { name: `Willow ${Math.random()}`, canQuarantine: true });
  const group = await insertCageGroup(t.db, { fosterHomeId: home.id, name: 'The girls' });
  const herd = [];
  for (let i = 0; i < groupSize; i++) {
    const rat = await insertRat(t.db, { name: ['Pip', 'Bella', 'Moss', 'Fern'][i], status: 'available' });
    await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: home.id });
    await insertCageGroupMembership(t.db, { cageGroupId: group.id, ratId: rat.id });
    herd.push(rat);
  }
  return { coordinator, adopterId, home, group, herd };
}

function adopt(s: Awaited<ReturnType<typeof scene>>, ratIds: number[], extra: Partial<Parameters<typeof recordAdoption>[1]> = {}) {
  return recordAdoption(t.db, { adopterId: s.adopterId, adoptedOn: TODAY, ratIds, feeCents: 2500, notes: null, leftAloneReason: null, actorId: s.coordinator.id, now: NOW, ...extra });
}

describe(`adoptions on ${driverName()}`, () => {
  it('adopts a pair in one go: both adopted with history, placements and memberships ended, the emptied cage closed', async () => {
    const s = await scene();
    const result = await adopt(s, s.herd.map((r) => r.id));
    expect(result).toMatchObject({ ok: true, summary: 'Pip and Bella were adopted by Sam Carter.' });
    const after = await t.db.select({ status: rats.status, version: rats.version }).from(rats).where(eq(rats.id, s.herd[0].id));
    expect(after[0]).toEqual({ status: 'adopted', version: 2 });
    const history = await t.db.select().from(ratStatusChanges).where(eq(ratStatusChanges.ratId, s.herd[0].id));
    expect(history).toMatchObject([{ fromStatus: 'available', toStatus: 'adopted', changedBy: s.coordinator.id, reason: 'Adopted by Sam Carter' }]);
    const open = await t.db.select().from(placements).where(and(eq(placements.fosterHomeId, s.home.id), isNull(placements.endedAt)));
    expect(open).toEqual([]);
    const memberships = await t.db.select().from(cageGroupMemberships).where(and(eq(cageGroupMemberships.cageGroupId, s.group.id), isNull(cageGroupMemberships.leftAt)));
    expect(memberships).toEqual([]);
    const [group] = await t.db.select().from(cageGroups).where(eq(cageGroups.id, s.group.id));
    expect(group.dissolvedAt).not.toBeNull();
  });

  it('refuses one rat alone to an adopter without rats, with the reason, and writes nothing', async () => {
    const s = await scene(1);
    const before = await rowCount(adoptions);
    const result = await adopt(s, [s.herd[0].id]);
    expect(result).toEqual({
      ok: false,
      kind: 'refused',
      reasons: ['Pip would leave alone: Sam Carter has no rats, and rats leave in groups of at least 2. Add a companion to the adoption.'],
    });
    expect(await rowCount(adoptions)).toBe(before);
  });

  it('asks for a reason before leaving a cage-mate alone, and keeps the confirmed reason', async () => {
    const s = await scene(3);
    const pair = [s.herd[0].id, s.herd[1].id];
    expect(await adopt(s, pair)).toMatchObject({ ok: false, kind: 'needs_confirmation', warnings: [expect.stringMatching(/^Moss would be left alone in The girls/)] });
    const done = await adopt(s, pair, { leftAloneReason: 'Moss meets the Oak boys’ sister group on Saturday' });
    expect(done.ok).toBe(true);
    const [row] = await t.db.select().from(adoptions).where(eq(adoptions.id, done.ok ? done.adoptionId : -1));
    expect(row.leftAloneReason).toBe('Moss meets the Oak boys’ sister group on Saturday');
  });

  it('refuses a rat that readiness reports as not ready, naming what it lacks', async () => {
    const s = await scene();
    const readiness = async () => new Map([[s.herd[1].id, ['a health check in the last 60 days']]]);
    expect(await adopt(s, s.herd.map((r) => r.id), { readiness })).toMatchObject({
      ok: false,
      reasons: ['Bella is not ready for adoption yet: a health check in the last 60 days.'],
    });
  });

  it('refuses a rat its readiness checklist holds back, naming the rat and the item, but not for want of the companion the adoption brings', async () => {
    const s = await scene();
    const [pip, bella] = s.herd;
    // Both checked today; Pip is declared ready below the ready step, Bella has no handling yet.
    // Pip's own checklist still lacks a ready companion (Bella is not ready): the adoption brings one.
    await t.db.insert(healthEvents).values(s.herd.map((r) => ({ ratId: r.id, kind: 'health_check' as const, occurredOn: TODAY })));
    await setReadinessOverride(t.db, { ratId: pip.id, expectedVersion: pip.version, reason: 'Settled with his sister', actorId: s.coordinator.id, now: NOW });
    const before = await rowCount(adoptions);
    const refused = await adopt(s, [pip.id, bella.id], { readiness: unmetReadinessForAdoption });
    expect(refused).toMatchObject({ ok: false, kind: 'refused' });
    const reasons = 'reasons' in refused ? refused.reasons : [];
    expect(reasons).toEqual([expect.stringMatching(/^Bella is not ready for adoption yet: trust step \d .*or above — no trust step yet: no handling sessions logged\.$/)]);
    expect(await rowCount(adoptions)).toBe(before);

    await setReadinessOverride(t.db, { ratId: bella.id, expectedVersion: bella.version, reason: 'Calm with the adopter at the visit', actorId: s.coordinator.id, now: NOW });
    expect(await adopt(s, [pip.id, bella.id], { readiness: unmetReadinessForAdoption })).toMatchObject({ ok: true });
  });

  it('is atomic: a failure midway writes nothing at all', async () => {
    const s = await scene();
    const before = { adoptions: await rowCount(adoptions), history: await rowCount(ratStatusChanges), audit: await rowCount(auditLog) };
    // The audit entry is the adoption's last write: make the database refuse it.
    await t.db.execute(sql`create or replace function refuse_adoption_audit() returns trigger language plpgsql as $$
      begin if new.entity_type = 'adoption' then raise exception 'audit refused'; end if; return new; end $$`);
    await t.db.execute(sql`create trigger refuse_adoption_audit before insert on audit_log for each row execute function refuse_adoption_audit()`);
    try {
      await expect(adopt(s, s.herd.map((r) => r.id))).rejects.toThrow();
    } finally {
      await t.db.execute(sql`drop trigger refuse_adoption_audit on audit_log`);
      await t.db.execute(sql`drop function refuse_adoption_audit()`);
    }
    expect({ adoptions: await rowCount(adoptions), history: await rowCount(ratStatusChanges), audit: await rowCount(auditLog) }).toEqual(before);
    const statuses = await t.db.select({ status: rats.status }).from(rats).where(eq(rats.id, s.herd[0].id));
    expect(statuses).toEqual([{ status: 'available' }]);
    const open = await t.db.select().from(placements).where(and(eq(placements.fosterHomeId, s.home.id), isNull(placements.endedAt)));
    expect(open).toHaveLength(2);
  });

  it('lets exactly one of two coordinators adopting the same rats at once succeed', async () => {
    const s = await scene();
    const otherId = await createAdopter(t.db, { values: { ...application, name: 'Jo Patel' }, actorId: s.coordinator.id });
    await decideAdopter(t.db, { adopterId: otherId, version: 1, approval: 'approved', reason: 'References checked', actorId: s.coordinator.id, now: NOW });
    const ids = s.herd.map((r) => r.id);
    const results = await Promise.all([adopt(s, ids), adopt(s, [...ids].reverse(), { adopterId: otherId })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({ ok: false, kind: 'refused', reasons: expect.arrayContaining(['Pip is already adopted.']) });
    const [{ n }] = await t.db.select({ n: count() }).from(adoptionRats).where(eq(adoptionRats.ratId, ids[0]));
    expect(n).toBe(1);
  });

  it('marks an approved pair proposal of the adopted rats as adopted', async () => {
    const s = await scene();
    const [proposal] = await t.db.insert(pairProposals).values({ status: 'approved', score: 80 }).returning({ id: pairProposals.id });
    await t.db.insert(pairProposalRats).values(s.herd.map((r) => ({ pairProposalId: proposal.id, ratId: r.id })));
    const result = await adopt(s, s.herd.map((r) => r.id));
    const [after] = await t.db.select().from(pairProposals).where(eq(pairProposals.id, proposal.id));
    expect(after).toMatchObject({ status: 'adopted', adoptionId: result.ok ? result.adoptionId : -1, adopterId: s.adopterId });
  });

  it('takes a returned rat back into care: status returned, a new home and a returned-from-adoption quarantine, its history intact', async () => {
    const s = await scene();
    const adopted = await adopt(s, s.herd.map((r) => r.id));
    if (!adopted.ok) throw new Error('adoption refused');
    const shelter = await insertFosterHome(t.db, { name: 'Oak Barn', canQuarantine: true });
    const result = await recordReturn(t.db, {
      adoptionId: adopted.adoptionId,
      ratIds: [s.herd[0].id],
      returnedOn: TODAY,
      reason: 'Allergy in the family',
      fosterHomeId: shelter.id,
      actorId: s.coordinator.id,
      now: NOW,
    });
    expect(result).toMatchObject({ ok: true });
    const pip = s.herd[0].id;
    const [rat] = await t.db.select({ status: rats.status }).from(rats).where(eq(rats.id, pip));
    expect(rat.status).toBe('returned');
    const history = await t.db.select({ from: ratStatusChanges.fromStatus, to: ratStatusChanges.toStatus }).from(ratStatusChanges).where(eq(ratStatusChanges.ratId, pip)).orderBy(asc(ratStatusChanges.id));
    expect(history).toEqual([
      { from: 'available', to: 'adopted' },
      { from: 'adopted', to: 'returned' },
    ]);
    const stays = await t.db.select({ home: placements.fosterHomeId, ended: placements.endedAt }).from(placements).where(eq(placements.ratId, pip)).orderBy(asc(placements.id));
    expect(stays.map((p) => [p.home, p.ended === null])).toEqual([
      [s.home.id, false],
      [shelter.id, true],
    ]);
    const [q] = await t.db.select().from(quarantines).where(and(eq(quarantines.ratId, pip), isNull(quarantines.endedOn)));
    expect(q).toMatchObject({ fosterHomeId: shelter.id, startedOn: TODAY, reason: 'adoption_return' });
    const [link] = await t.db.select().from(adoptionRats).where(and(eq(adoptionRats.ratId, pip), eq(adoptionRats.adoptionId, adopted.adoptionId)));
    expect(link).toMatchObject({ returnedOn: TODAY, returnReason: 'Allergy in the family' });
    const [bella] = await t.db.select({ status: rats.status }).from(rats).where(eq(rats.id, s.herd[1].id));
    expect(bella.status).toBe('adopted');
  });

  it('refuses a return into a home that cannot quarantine, and a second return of the same rat', async () => {
    const s = await scene();
    const adopted = await adopt(s, s.herd.map((r) => r.id));
    if (!adopted.ok) throw new Error('adoption refused');
    const flat = await insertFosterHome(t.db, { name: 'Town Flat', canQuarantine: false });
    const ret = (fosterHomeId: number) =>
      recordReturn(t.db, { adoptionId: adopted.adoptionId, ratIds: [s.herd[0].id], returnedOn: TODAY, reason: 'Moving abroad', fosterHomeId, actorId: s.coordinator.id, now: NOW });
    expect(await ret(flat.id)).toMatchObject({ ok: false, reasons: [expect.stringMatching(/Town Flat cannot quarantine/)] });
    expect((await ret(s.home.id)).ok).toBe(true);
    expect(await ret(s.home.id)).toMatchObject({ ok: false, reasons: [expect.stringMatching(/^Pip was already returned on/)] });
  });
});
