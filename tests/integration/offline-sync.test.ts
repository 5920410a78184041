import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/sync/route';
import { createIntroduction } from '@/db/queries/introductions';
import { handlingSessions, healthEvents, introductionObservations, placements, ratPhotos } from '@/db/schema';
import { OFFLINE_ENTRY_MAX_AGE_DAYS } from '@/lib/domain/offline';
import { insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { harness, signInAs } from './helpers/action-harness';
import { driverName, testDbForFile } from './helpers/test-db';

vi.mock('next-auth', async () => (await import('./helpers/action-harness')).nextAuthMock);
vi.mock('@/db/client', async () => (await import('./helpers/action-harness')).dbClientMock);
vi.mock('next/cache', async () => (await import('./helpers/action-harness')).nextCacheMock);
vi.hoisted(() => {
  process.env.DATA_DIR = `${process.env.TMPDIR ?? '/tmp'}/ratwise-sync-${process.pid}`;
});

const t = testDbForFile();
beforeEach(() => {
  harness.db = t.db;
});

async function world() {
  const willow = await insertFosterHome(t.db, { name: 'Willow' });
  const maple = await insertFosterHome(t.db, { name: 'Maple' });
  const foster = await insertUser(t.db, { role: 'foster', fosterHomeId: willow.id });
  const otherFoster = await insertUser(t.db, { role: 'foster', fosterHomeId: maple.id });
  const pip = await insertRat(t.db, { name: 'Pip' });
  const bean = await insertRat(t.db, { name: 'Bean' });
  const pipPlacement = await insertPlacement(t.db, { ratId: pip.id, fosterHomeId: willow.id });
  await insertPlacement(t.db, { ratId: bean.id, fosterHomeId: willow.id });
  return { willow, maple, foster, otherFoster, pip, bean, pipPlacement };
}

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

function sessionEntry(ratIds: number[], at: Date, key = crypto.randomUUID()) {
  return {
    key,
    kind: 'session',
    recordedAt: at.toISOString(),
    payload: {
      sessionAt: at.toISOString(),
      durationMinutes: 15,
      techniques: ['treat_from_fingers'],
      rats: ratIds.map((ratId) => ({ ratId, highestStep: 3, positiveSigns: [], stressSigns: [], biteGrade: 'none', confidence: 3 })),
    },
  };
}

async function send(body: unknown): Promise<{ status: number; body: { status: string; reason?: string; first?: boolean } }> {
  const response = await POST(
    new Request('http://localhost/api/sync', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' }, body: JSON.stringify(body) }),
  );
  return { status: response.status, body: await response.json() };
}

async function sendPhoto(entry: unknown, bytes: Uint8Array<ArrayBuffer>) {
  const form = new FormData();
  form.set('entry', JSON.stringify(entry));
  form.set('photo', new File([bytes], 'rat.jpg', { type: 'image/jpeg' }));
  const response = await POST(new Request('http://localhost/api/sync', { method: 'POST', body: form }));
  return { status: response.status, body: await response.json() };
}

describe(`offline sync endpoint on ${driverName()}`, () => {
  it('accepts an entry once even when it arrives twice: the repeat writes nothing and answers accepted', async () => {
    const w = await world();
    signInAs(w.foster);
    const entry = sessionEntry([w.pip.id, w.bean.id], minutesAgo(90));
    const first = await send(entry);
    const again = await send(entry);
    expect(first).toMatchObject({ status: 200, body: { status: 'accepted', first: true } });
    expect(again).toMatchObject({ status: 200, body: { status: 'accepted', first: false } });
    expect(await t.db.select().from(handlingSessions)).toHaveLength(2);
  });

  it('accepts an entry once when two copies arrive at the same moment', async () => {
    const w = await world();
    signInAs(w.foster);
    const entry = sessionEntry([w.pip.id], minutesAgo(5));
    const answers = await Promise.all([send(entry), send(entry)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(await t.db.select().from(handlingSessions)).toHaveLength(1);
  });

  it('keeps the time the session was recorded on the phone, not the time it arrived', async () => {
    const w = await world();
    signInAs(w.foster);
    const recorded = new Date(Date.now() - 3 * 86_400_000);
    recorded.setMilliseconds(0);
    await send(sessionEntry([w.pip.id], recorded));
    const [row] = await t.db.select().from(handlingSessions);
    expect(row.sessionAt.toISOString()).toBe(recorded.toISOString());
  });

  it(`refuses an entry recorded more than ${OFFLINE_ENTRY_MAX_AGE_DAYS} days ago, or in the future, and writes nothing`, async () => {
    const w = await world();
    signInAs(w.foster);
    const old = await send(sessionEntry([w.pip.id], new Date(Date.now() - (OFFLINE_ENTRY_MAX_AGE_DAYS + 1) * 86_400_000)));
    const future = await send(sessionEntry([w.pip.id], new Date(Date.now() + 3600_000)));
    expect(old).toMatchObject({ status: 409, body: { status: 'refused', reason: expect.stringContaining(`more than ${OFFLINE_ENTRY_MAX_AGE_DAYS} days ago`) } });
    expect(future.status).toBe(409);
    expect(await t.db.select().from(handlingSessions)).toHaveLength(0);
  });

  it('refuses a session for a rat moved to another home meanwhile, naming it, and a later send after it came back is saved', async () => {
    const w = await world();
    signInAs(w.foster);
    const entry = sessionEntry([w.pip.id], minutesAgo(60));
    await t.db.update(placements).set({ endedAt: minutesAgo(30) }).where(eq(placements.id, w.pipPlacement.id));
    const moved = await insertPlacement(t.db, { ratId: w.pip.id, fosterHomeId: w.maple.id });
    const refused = await send(entry);
    expect(refused).toEqual({ status: 409, body: { status: 'refused', reason: 'Pip now lives in another home; this session was not saved.' } });
    expect(await t.db.select().from(handlingSessions)).toHaveLength(0);

    await t.db.update(placements).set({ endedAt: new Date() }).where(eq(placements.id, moved.id));
    await insertPlacement(t.db, { ratId: w.pip.id, fosterHomeId: w.willow.id });
    expect((await send(entry)).status).toBe(200);
    expect(await t.db.select().from(handlingSessions)).toHaveLength(1);
  });

  it('a foster cannot send entries for another home’s rats, and the refusal does not name them', async () => {
    const w = await world();
    signInAs(w.otherFoster);
    const refused = await send(sessionEntry([w.pip.id], minutesAgo(5)));
    expect(refused.status).toBe(409);
    expect(refused.body.reason).not.toContain('Pip');
    const weight = await send({ key: crypto.randomUUID(), kind: 'weight', recordedAt: minutesAgo(5).toISOString(), payload: { ratId: w.pip.id, weightGrams: 300, occurredOn: new Date().toISOString().slice(0, 10) } });
    expect(weight.status).toBe(409);
    expect(weight.body.reason).not.toContain('Pip');
    expect(await t.db.select().from(handlingSessions)).toHaveLength(0);
    expect(await t.db.select().from(healthEvents)).toHaveLength(0);
  });

  it('signed out: answers 401 so the phone keeps the entry', async () => {
    const w = await world();
    signInAs(null);
    expect((await send(sessionEntry([w.pip.id], minutesAgo(5)))).status).toBe(401);
  });

  it('records a weight once under its key, on the day it was taken', async () => {
    const w = await world();
    signInAs(w.foster);
    const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    const entry = { key: crypto.randomUUID(), kind: 'weight', recordedAt: minutesAgo(2 * 24 * 60).toISOString(), payload: { ratId: w.bean.id, weightGrams: 312, occurredOn: day } };
    expect((await send(entry)).status).toBe(200);
    expect((await send(entry)).status).toBe(200);
    const rows = await t.db.select().from(healthEvents);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'weight', weightGrams: 312, occurredOn: day, ratId: w.bean.id });
  });

  it('refuses a weight out of range with the form’s message', async () => {
    const w = await world();
    signInAs(w.foster);
    const refused = await send({ key: crypto.randomUUID(), kind: 'weight', recordedAt: minutesAgo(1).toISOString(), payload: { ratId: w.bean.id, weightGrams: 0, occurredOn: new Date().toISOString().slice(0, 10) } });
    expect(refused).toMatchObject({ status: 409, body: { reason: expect.stringContaining('between 1 and 2000 grams') } });
  });

  it('adds a foster’s photo of their own rat once; another home’s foster cannot add one', async () => {
    const w = await world();
    const jpeg = new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c08040' } }).jpeg().toBuffer());
    const entry = { key: crypto.randomUUID(), kind: 'photo', recordedAt: minutesAgo(1).toISOString(), payload: { ratId: w.pip.id, caption: 'In the hammock' } };
    signInAs(w.otherFoster);
    expect((await sendPhoto({ ...entry, key: crypto.randomUUID() }, jpeg)).status).toBe(409);
    signInAs(w.foster);
    expect((await sendPhoto(entry, jpeg)).status).toBe(200);
    expect((await sendPhoto(entry, jpeg)).status).toBe(200);
    const photos = await t.db.select().from(ratPhotos);
    expect(photos).toHaveLength(1);
    expect(photos[0]).toMatchObject({ ratId: w.pip.id, caption: 'In the hammock', uploadedBy: w.foster.id, isMain: true });
  });

  it('logs an introduction meeting once under its key, at the time it was observed on the phone', async () => {
    const w = await world();
    signInAs(w.foster);
    const introductionId = await createIntroduction(t.db, {
      sideA: [w.pip.id],
      sideB: [w.bean.id],
      method: 'gradual_neutral_space',
      fosterHomeId: w.willow.id,
      runById: null,
      plannedStart: new Date().toISOString().slice(0, 10),
      createdById: null,
    });
    const observedAt = minutesAgo(6 * 60);
    observedAt.setMilliseconds(0);
    const entry = {
      key: crypto.randomUUID(),
      kind: 'observation',
      recordedAt: observedAt.toISOString(),
      payload: { introductionId, stage: 'scent_swap', durationMinutes: 15, observedAt: observedAt.toISOString(), behaviours: [], outcome: 'positive', notes: '' },
    };
    expect((await send(entry)).status).toBe(200);
    expect((await send(entry)).status).toBe(200);
    const rows = await t.db.select().from(introductionObservations);
    expect(rows).toHaveLength(1);
    expect(rows[0].observedAt.toISOString()).toBe(observedAt.toISOString());
    signInAs(w.otherFoster);
    expect((await send({ ...entry, key: crypto.randomUUID() })).status).toBe(409);
  });
});
