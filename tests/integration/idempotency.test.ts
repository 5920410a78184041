import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cageGroups, handlingSessions, idempotencyKeys, incidents, users } from '@/db/schema';
import { insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { formOf, harness, outcomeOf, signInAs } from './helpers/action-harness';
import { driverName, testDbForFile } from './helpers/test-db';

vi.mock('next-auth', async () => (await import('./helpers/action-harness')).nextAuthMock);
vi.mock('@/db/client', async () => (await import('./helpers/action-harness')).dbClientMock);
vi.mock('next/cache', async () => (await import('./helpers/action-harness')).nextCacheMock);

const { logHandlingSessionAction } = await import('@/app/(dashboard)/sessions/actions');
const { createCageGroupAction } = await import('@/app/(dashboard)/cage-groups/actions');
const { createUserAction } = await import('@/app/(dashboard)/users/actions');

const t = testDbForFile();
beforeEach(() => {
  harness.db = t.db;
});

async function fosterWithRat() {
  const home = await insertFosterHome(t.db, { name: 'Willow' });
  const foster = await insertUser(t.db, { role: 'foster', fosterHomeId: home.id });
  const rat = await insertRat(t.db, { name: 'Pip' });
  await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: home.id });
  signInAs(foster);
  return { rat };
}

function sessionForm(ratId: number, key: string) {
  const payload = {
    sessionAt: new Date(Date.now() - 60_000).toISOString(),
    durationMinutes: 15,
    techniques: ['treat_from_fingers'],
    rats: [{ ratId, highestStep: 3, positiveSigns: [], stressSigns: [], biteGrade: 'bite', confidence: 3, note: 'Grabbed a finger' }],
  };
  return formOf({ payload: JSON.stringify(payload), idempotencyKey: key });
}

describe(`idempotency keys on ${driverName()}`, () => {
  it('the same session form posted three times stores one session and one incident', async () => {
    const { rat } = await fosterWithRat();
    const key = '8f0c6a52-2b1e-4c1d-9a51-1d2f3e4a5b6c';
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await outcomeOf(() => logHandlingSessionAction({ ok: true }, sessionForm(rat.id, key))));
    expect(outcomes.map((o) => o.kind)).toEqual(['redirect', 'redirect', 'redirect']);
    // Every repeat lands where the first did.
    expect(new Set(outcomes.map((o) => (o.kind === 'redirect' ? o.to : '')))).toEqual(new Set(['/dashboard?logged=1&incidents=1']));
    expect(await t.db.select().from(handlingSessions)).toHaveLength(1);
    expect(await t.db.select().from(incidents)).toHaveLength(1);
    expect(await t.db.select().from(idempotencyKeys)).toHaveLength(1);
  });

  it('three simultaneous posts of one form write once', async () => {
    const { rat } = await fosterWithRat();
    const key = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
    await Promise.all([0, 1, 2].map(() => outcomeOf(() => logHandlingSessionAction({ ok: true }, sessionForm(rat.id, key)))));
    expect(await t.db.select().from(handlingSessions)).toHaveLength(1);
    expect(await t.db.select().from(incidents)).toHaveLength(1);
  });

  it('two forms with different keys store two sessions', async () => {
    const { rat } = await fosterWithRat();
    await outcomeOf(() => logHandlingSessionAction({ ok: true }, sessionForm(rat.id, '2c9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed')));
    await outcomeOf(() => logHandlingSessionAction({ ok: true }, sessionForm(rat.id, '3d9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed')));
    expect(await t.db.select().from(handlingSessions)).toHaveLength(2);
  });

  it('a form without its key is refused and writes nothing', async () => {
    const { rat } = await fosterWithRat();
    const form = sessionForm(rat.id, 'x');
    form.delete('idempotencyKey');
    const outcome = await outcomeOf(() => logHandlingSessionAction({ ok: true }, form));
    expect(outcome).toMatchObject({ kind: 'result', value: { ok: false, message: 'The form was incomplete. Reload the page and try again.' } });
    expect(await t.db.select().from(handlingSessions)).toHaveLength(0);
  });

  it('a cage group form tapped twice sets up one cage group, and both taps land on it', async () => {
    const home = await insertFosterHome(t.db);
    signInAs(await insertUser(t.db, { role: 'staff' }));
    const form = () => formOf({ fosterHomeId: String(home.id), name: 'Spare room boys', idempotencyKey: '4a9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed' });
    const outcomes = [await outcomeOf(() => createCageGroupAction({ ok: true }, form())), await outcomeOf(() => createCageGroupAction({ ok: true }, form()))];
    expect(await t.db.select().from(cageGroups)).toHaveLength(1);
    expect(outcomes[1]).toEqual(outcomes[0]);
  });

  it('a retried add-user request creates one account and answers the same', async () => {
    const admin = await insertUser(t.db, { role: 'admin' });
    signInAs(admin);
    const form = () =>
      formOf({ name: 'Nia', email: 'nia@example.org', role: 'staff', password: 'a-long-password', idempotencyKey: '5b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed' });
    const first = await outcomeOf(() => createUserAction({ ok: true }, form()));
    const retry = await outcomeOf(() => createUserAction({ ok: true }, form()));
    expect(retry).toEqual(first);
    expect(first).toMatchObject({ kind: 'result', value: { ok: true } });
    expect(await t.db.select().from(users)).toHaveLength(2);
  });
});
