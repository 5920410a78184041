import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createHandlingSession, listHandlingRats, RatsOutOfScopeError, refreshHandlingSummaries } from '@/db/queries/handling-sessions';
import { auditLog, handlingSessions, incidents, placements, rats } from '@/db/schema';
import { currentTrustStep } from '@/lib/domain/trust-step';
import type { HandlingSessionInput } from '@/lib/validation/handling';
import { insertCageGroup, insertCageGroupMembership, insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();

async function setup() {
  const willow = await insertFosterHome(t.db, { name: 'Willow' });
  const maple = await insertFosterHome(t.db, { name: 'Maple' });
  const foster = await insertUser(t.db, { role: 'foster', fosterHomeId: willow.id });
  const pip = await insertRat(t.db, { name: 'Pip' });
  const moss = await insertRat(t.db, { name: 'Moss' });
  const fern = await insertRat(t.db, { name: 'Fern' });
  const pipPlacement = await insertPlacement(t.db, { ratId: pip.id, fosterHomeId: willow.id });
  await insertPlacement(t.db, { ratId: moss.id, fosterHomeId: willow.id });
  await insertPlacement(t.db, { ratId: fern.id, fosterHomeId: maple.id });
  return { willow, maple, foster, pip, moss, fern, pipPlacement, scope: { kind: 'home' as const, fosterHomeId: willow.id } };
}

function session(ratIds: number[], over: Partial<HandlingSessionInput['rats'][number]> = {}, at = new Date('2026-11-20T18:00:00Z')): HandlingSessionInput {
  return {
    sessionAt: at,
    durationMinutes: 15,
    techniques: ['treat_from_fingers'],
    rats: ratIds.map((ratId) => ({ ratId, highestStep: 3, positiveSigns: [], stressSigns: [], biteGrade: 'none', confidence: 3, note: undefined, ...over })),
  };
}

describe(`handling sessions on ${driverName()}`, () => {
  it('stores one row per rat sharing a batch id, with an audit entry each', async () => {
    const { foster, pip, moss, scope } = await setup();
    const { batchId } = await createHandlingSession(t.db, { input: session([pip.id, moss.id]), scope, loggedBy: foster.id });
    const rows = await t.db.select().from(handlingSessions);
    expect(rows.map((r) => r.ratId).sort()).toEqual([pip.id, moss.id].sort());
    expect(new Set(rows.map((r) => r.batchId))).toEqual(new Set([batchId]));
    expect(await t.db.select().from(auditLog)).toHaveLength(2);
  });

  it('turns a bite or worse into an incident coordinators see, but not a nip', async () => {
    const { foster, pip, moss, scope } = await setup();
    await createHandlingSession(t.db, { input: session([pip.id], { biteGrade: 'nip' }), scope, loggedBy: foster.id });
    await createHandlingSession(t.db, { input: session([moss.id], { biteGrade: 'bite', note: 'Grabbed my finger' }), scope, loggedBy: foster.id });
    const rows = await t.db.select().from(incidents);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ratId: moss.id, biteGrade: 'bite', description: 'Grabbed my finger' });
  });

  it('refuses a foster’s session that includes a rat of another home, writing nothing and never naming a rat the foster never had', async () => {
    const { foster, pip, fern, scope } = await setup();
    await expect(createHandlingSession(t.db, { input: session([pip.id, fern.id]), scope, loggedBy: foster.id })).rejects.toBeInstanceOf(RatsOutOfScopeError);
    await expect(createHandlingSession(t.db, { input: session([pip.id, fern.id]), scope, loggedBy: foster.id })).rejects.toThrow(/^One of these rats is not in your home any more/);
    expect(await t.db.select().from(handlingSessions)).toEqual([]);
    expect(await t.db.select().from(auditLog)).toEqual([]);
  });

  it('a session refused because a rat moved away names the rat', async () => {
    const { foster, maple, pip, pipPlacement, scope } = await setup();
    const offered = await listHandlingRats(t.db, { scope });
    expect(offered.map((r) => r.name)).toContain('Pip');
    const movedAt = new Date('2026-11-21T09:00:00Z');
    await t.db.update(placements).set({ endedAt: movedAt }).where(eq(placements.id, pipPlacement.id));
    await insertPlacement(t.db, { ratId: pip.id, fosterHomeId: maple.id, startedAt: movedAt });
    await expect(createHandlingSession(t.db, { input: session([pip.id]), scope, loggedBy: foster.id })).rejects.toThrow(
      'Pip is not in your home any more, so the session was not saved. Reload the page to see your rats now.',
    );
    expect(await t.db.select().from(handlingSessions)).toEqual([]);
  });

  it('the session form lists one home’s rats, or one cage group’s, never beyond the asker’s scope', async () => {
    const { willow, maple, scope } = await setup();
    const all = { kind: 'all' as const };
    expect((await listHandlingRats(t.db, { scope: all, fosterHomeId: willow.id })).map((r) => r.name).sort()).toEqual(['Moss', 'Pip']);
    expect((await listHandlingRats(t.db, { scope: all, fosterHomeId: maple.id })).map((r) => r.name)).toEqual(['Fern']);
    // A foster asking for another home's rats gets none of them.
    expect(await listHandlingRats(t.db, { scope, fosterHomeId: maple.id })).toEqual([]);
    const cage = await insertCageGroup(t.db, { fosterHomeId: maple.id, name: 'Fern cage' });
    const [fern] = await listHandlingRats(t.db, { scope: all, fosterHomeId: maple.id });
    await insertCageGroupMembership(t.db, { cageGroupId: cage.id, ratId: fern.id });
    expect((await listHandlingRats(t.db, { scope: all, cageGroupId: cage.id })).map((r) => r.name)).toEqual(['Fern']);
    expect(await listHandlingRats(t.db, { scope, cageGroupId: cage.id })).toEqual([]);
  });

  it('derives each rat’s current step from its last three sessions, as the domain rule does', async () => {
    const { foster, pip, scope } = await setup();
    const steps = [1, 2, 5, 4, 2];
    for (const [i, step] of steps.entries()) {
      await createHandlingSession(t.db, { input: session([pip.id], { highestStep: step }, new Date(Date.UTC(2026, 10, 10 + i, 18))), scope, loggedBy: foster.id });
    }
    const [row] = (await listHandlingRats(t.db, { scope })).filter((r) => r.id === pip.id);
    const sessions = (await t.db.select().from(handlingSessions)).map((s) => ({ id: s.id, sessionAt: s.sessionAt, highestStep: s.highestStep }));
    expect(row.currentStep).toBe(currentTrustStep(sessions));
    expect(row.currentStep).toBe(4);
    expect(row.lastHandledAt?.toISOString()).toBe('2026-11-14T18:00:00.000Z');
  });
});

describe(`the handling summary on ${driverName()}`, () => {
  /** Each rat's stored step and last handled time, and what lib/domain derives from all its sessions. */
  async function storedAndDerived(ratIds: number[]) {
    const stored = await t.db
      .select({ id: rats.id, step: rats.currentTrustStep, last: rats.lastHandledAt })
      .from(rats)
      .where(inArray(rats.id, ratIds))
      .orderBy(rats.id);
    const sessions = await t.db.select().from(handlingSessions).where(inArray(handlingSessions.ratId, ratIds));
    const derived = ratIds
      .toSorted((a, b) => a - b)
      .map((id) => {
        const own = sessions.filter((s) => s.ratId === id);
        const last = own.reduce<Date | null>((latest, s) => (!latest || s.sessionAt > latest ? s.sessionAt : latest), null);
        return { id, step: currentTrustStep(own), last };
      });
    return { stored, derived };
  }

  it('equals the derived step and last session after every create, backdated ones included', async () => {
    const { foster, pip, moss, scope } = await setup();
    const at = (day: number) => new Date(Date.UTC(2026, 10, day, 18));
    const steps: Array<[number, number, number]> = [
      [10, 2, 1], [12, 4, 2], [14, 5, 2], [8, 7, 7], [13, 6, 0], [14, 1, 3], [3, 8, 8],
    ];
    for (const [day, pipStep, mossStep] of steps) {
      await createHandlingSession(t.db, { input: session([pip.id], { highestStep: pipStep }, at(day)), scope, loggedBy: foster.id });
      await createHandlingSession(t.db, { input: session([moss.id], { highestStep: mossStep }, at(day)), scope, loggedBy: foster.id });
      const { stored, derived } = await storedAndDerived([pip.id, moss.id]);
      expect(stored).toEqual(derived);
    }
  });

  it('equals the derived step after sessions are edited or deleted and the write refreshes it', async () => {
    const { foster, pip, moss, scope } = await setup();
    const at = (day: number) => new Date(Date.UTC(2026, 10, day, 18));
    for (const [day, step] of [[1, 3], [2, 5], [3, 6], [4, 6]] as const) {
      await createHandlingSession(t.db, { input: session([pip.id, moss.id], { highestStep: step }, at(day)), scope, loggedBy: foster.id });
    }
    const [newest] = await t.db.select().from(handlingSessions).where(eq(handlingSessions.ratId, pip.id)).orderBy(handlingSessions.sessionAt).limit(1).offset(3);
    await t.db.transaction(async (tx) => {
      await tx.update(handlingSessions).set({ highestStep: 1, sessionAt: at(0) }).where(eq(handlingSessions.id, newest.id));
      await refreshHandlingSummaries(tx, [pip.id]);
    });
    expect((await storedAndDerived([pip.id])).stored).toEqual((await storedAndDerived([pip.id])).derived);
    await t.db.transaction(async (tx) => {
      await tx.delete(handlingSessions).where(eq(handlingSessions.ratId, moss.id));
      await refreshHandlingSummaries(tx, [moss.id]);
    });
    const after = await storedAndDerived([pip.id, moss.id]);
    expect(after.stored).toEqual(after.derived);
    expect(after.stored.find((r) => r.id === moss.id)).toMatchObject({ step: null, last: null });
  });

  it('is not written when the session is refused', async () => {
    const { foster, pip, fern, scope } = await setup();
    await expect(createHandlingSession(t.db, { input: session([pip.id, fern.id], { highestStep: 5 }), scope, loggedBy: foster.id })).rejects.toBeInstanceOf(RatsOutOfScopeError);
    const [row] = await t.db.select({ step: rats.currentTrustStep, last: rats.lastHandledAt }).from(rats).where(eq(rats.id, pip.id));
    expect(row).toEqual({ step: null, last: null });
  });
});
