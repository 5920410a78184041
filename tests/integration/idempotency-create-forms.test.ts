import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAdopter, decideAdopter } from '@/db/queries/adopters';
import { setReadinessOverride } from '@/db/queries/readiness';
import {
  adopters,
  adoptionRats,
  adoptions,
  healthEvents,
  pairProposals,
  pedigreeAncestors,
  plannedPairings,
  ratPhotos,
  rats,
} from '@/db/schema';
import { insertCageGroup, insertCageGroupMembership, insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { formOf, harness, outcomeOf, signInAs } from './helpers/action-harness';
import { driverName, testDbForFile } from './helpers/test-db';

vi.mock('next-auth', async () => (await import('./helpers/action-harness')).nextAuthMock);
vi.mock('@/db/client', async () => (await import('./helpers/action-harness')).dbClientMock);
vi.mock('next/cache', async () => (await import('./helpers/action-harness')).nextCacheMock);

// Uploaded photos go to a folder of this test's own.
const uploads = await mkdtemp(path.join(os.tmpdir(), 'ratwise-idempotency-'));
process.env.UPLOADS_DIR = uploads;

const { createAdopterAction, recordAdoptionAction, recordReturnAction } = await import('@/app/(dashboard)/adopters/actions');
const { proposePairAction } = await import('@/app/(dashboard)/matching/actions');
const { createPairingAction, createOutsideAncestorAction } = await import('@/app/(dashboard)/breeding/actions');
const { importRatsAction } = await import('@/app/(dashboard)/rats/import/actions');
const { uploadRatPhotoAction } = await import('@/app/(dashboard)/rats/[ratId]/actions');

const t = testDbForFile();
const NOW = new Date();
const TODAY = NOW.toISOString().slice(0, 10);
beforeEach(() => {
  harness.db = t.db;
});
afterAll(async () => {
  await rm(uploads, { recursive: true, force: true });
});

let keys = 0;
/** A fresh form key (a UUID) for each test's form. */
const newKey = () => `6e0b1f2a-3c4d-4e5f-8a9b-${String(++keys).padStart(12, '0')}`;

/** The form as the browser posts it, with repeated fields for the lists. */
function formWith(fields: Record<string, string>, lists: Record<string, string[]> = {}): FormData {
  const form = formOf(fields);
  for (const [name, values] of Object.entries(lists)) for (const v of values) form.append(name, v);
  return form;
}

/** Posts the same form twice, one after the other, and returns both outcomes. */
async function twice(call: (form: FormData) => Promise<unknown>, form: () => FormData) {
  return [await outcomeOf(() => call(form())), await outcomeOf(() => call(form()))];
}

async function coordinator() {
  const user = await insertUser(t.db, { role: 'coordinator' });
  signInAs(user);
  return user;
}

/** Two available does in one cage, checked today and declared ready, and an approved adopter without rats. */
async function readyPair() {
  const user = await coordinator();
  const home = await insertFosterHome(t.db, { name: `Willow ${Math.random()}`, canQuarantine: true });
  const cage = await insertCageGroup(t.db, { fosterHomeId: home.id, name: 'The girls' });
  const pair = [];
  for (const name of ['Pip', 'Bella']) {
    const rat = await insertRat(t.db, { name, status: 'available' });
    await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: home.id });
    await insertCageGroupMembership(t.db, { cageGroupId: cage.id, ratId: rat.id });
    await t.db.insert(healthEvents).values({ ratId: rat.id, kind: 'health_check', occurredOn: TODAY });
    await setReadinessOverride(t.db, { ratId: rat.id, expectedVersion: rat.version, reason: 'Settled and handled daily', actorId: user.id, now: NOW });
    pair.push(rat);
  }
  const adopterId = await createAdopter(t.db, {
    values: {
      name: 'Sam Carter',
      email: null,
      phone: null,
      area: null,
      household: null,
      existingRatsCount: 0,
      existingRatsFemales: 0,
      existingRatsMales: 0,
      existingRatsNeuteredMales: 0,
      cageSize: null,
      otherPets: [],
      hasChildren: false,
      experience: 'some',
      experienceNotes: null,
      preferences: null,
      notes: null,
    },
    actorId: user.id,
  });
  await decideAdopter(t.db, { adopterId, version: 1, approval: 'approved', reason: 'Home visit went well', actorId: user.id, now: NOW });
  return { user, home, pair, adopterId };
}

describe(`create forms sent twice write once, on ${driverName()}`, () => {
  it('an adoption application sent twice records one adopter, and both answers lead to it', async () => {
    await coordinator();
    const key = newKey();
    const outcomes = await twice(createAdopterAction.bind(null, { ok: true }), () => formOf({
        name: 'Rosa Lindqvist',
        existingRatsCount: '0',
        existingRatsFemales: '0',
        existingRatsMales: '0',
        existingRatsNeuteredMales: '0',
        experience: 'some',
        idempotencyKey: key,
      }));
    expect(outcomes[0]).toMatchObject({ kind: 'redirect', to: expect.stringMatching(/^\/adopters\/\d+\?saved=created$/) });
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(await t.db.select().from(adopters)).toHaveLength(1);
  });

  it('an adoption sent twice records one adoption, and both answers lead to its record', async () => {
    const { pair, adopterId } = await readyPair();
    const key = newKey();
    const form = () => formWith({ adopterId: String(adopterId), adoptedOn: TODAY, fee: '40', idempotencyKey: key }, { ratIds: pair.map((r) => String(r.id)) });
    const outcomes = await twice(recordAdoptionAction.bind(null, { ok: true }), form);
    expect(outcomes[0]).toMatchObject({ kind: 'redirect', to: expect.stringMatching(/^\/adopters\/adoptions\/\d+\?saved=adopted$/) });
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(await t.db.select().from(adoptions)).toHaveLength(1);
    expect(await t.db.select().from(adoptionRats)).toHaveLength(2);
  });

  it('a return sent twice takes the rat back once, with one answer', async () => {
    const { pair, adopterId, home } = await readyPair();
    await outcomeOf(() =>
      recordAdoptionAction({ ok: true }, formWith({ adopterId: String(adopterId), adoptedOn: TODAY, fee: '0', idempotencyKey: newKey() }, { ratIds: pair.map((r) => String(r.id)) })),
    );
    const [adoption] = await t.db.select().from(adoptions);
    const key = newKey();
    const form = () => formWith({ adoptionId: String(adoption.id), returnedOn: TODAY, reason: 'Landlord said no pets', fosterHomeId: String(home.id), idempotencyKey: key }, { ratIds: [String(pair[0].id)] });
    const outcomes = await twice(recordReturnAction.bind(null, { ok: true }), form);
    expect(outcomes[0]).toMatchObject({ kind: 'result', value: { ok: true, message: expect.stringContaining('Pip is back in care') } });
    expect(outcomes[1]).toEqual(outcomes[0]);
    const [pip] = await t.db.select({ status: rats.status, version: rats.version }).from(rats).where(eq(rats.id, pair[0].id));
    expect(pip.status).toBe('returned');
    const returned = await t.db.select().from(adoptionRats);
    expect(returned.filter((r) => r.returnedOn !== null)).toHaveLength(1);
  });

  it('a pair proposal sent twice is proposed once', async () => {
    await coordinator();
    const home = await insertFosterHome(t.db);
    const pair = [await insertRat(t.db, { name: 'Ann', status: 'available', birthDate: '2026-03-01' }), await insertRat(t.db, { name: 'Bea', status: 'available', birthDate: '2026-03-01' })];
    for (const rat of pair) await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: home.id });
    const key = newKey();
    const outcomes = await twice(proposePairAction.bind(null, { ok: true }), () => formWith({ idempotencyKey: key }, { ratIds: pair.map((r) => String(r.id)) }));
    expect(outcomes[0]).toMatchObject({ kind: 'result', value: { ok: true } });
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(await t.db.select().from(pairProposals)).toHaveLength(1);
  });

  it('a planned pairing and an outside ancestor, each sent twice, are recorded once', async () => {
    await coordinator();
    const doe = await insertRat(t.db, { name: 'Damson', sex: 'female' });
    const buck = await insertRat(t.db, { name: 'Sloe', sex: 'male' });
    const pairingKey = newKey();
    const pairing = await twice(createPairingAction.bind(null, { ok: true }), () => formOf({ doeId: String(doe.id), buckId: String(buck.id), plannedOn: TODAY, idempotencyKey: pairingKey }));
    expect(pairing[0]).toMatchObject({ kind: 'redirect', to: expect.stringMatching(/^\/breeding\/pairings\/\d+$/) });
    expect(pairing[1]).toEqual(pairing[0]);
    expect(await t.db.select().from(plannedPairings)).toHaveLength(1);

    const ancestorKey = newKey();
    const ancestor = await twice(createOutsideAncestorAction.bind(null, { ok: true }), () => formOf({ name: 'Blackthorn Teasel', sex: 'male', idempotencyKey: ancestorKey }));
    expect(ancestor[1]).toEqual(ancestor[0]);
    expect(await t.db.select().from(pedigreeAncestors)).toHaveLength(1);
  });

  it('a CSV import sent twice imports its rats once', async () => {
    signInAs(await insertUser(t.db, { role: 'staff' }));
    const key = newKey();
    const form = () =>
      formOf({ fileName: 'rescue-list.csv', strict: '', rows: JSON.stringify({ fields: ['name', 'sex'], cells: [['Quill', 'f'], ['Wren', 'f']] }), idempotencyKey: key });
    const outcomes = await twice(importRatsAction.bind(null, { state: 'idle' }), form);
    expect(outcomes[0]).toMatchObject({ kind: 'result', value: { state: 'imported', imported: 2 } });
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect((await t.db.select().from(rats)).filter((r) => r.name === 'Quill' || r.name === 'Wren')).toHaveLength(2);
  });

  it('a photo upload sent twice stores one photo', async () => {
    await coordinator();
    const rat = await insertRat(t.db, { name: 'Pip' });
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#a0522d' } }).png().toBuffer();
    const key = newKey();
    const form = () => {
      const f = formOf({ ratId: String(rat.id), caption: 'On the sofa', idempotencyKey: key });
      f.set('photo', new File([new Uint8Array(png)], 'pip.png', { type: 'image/png' }));
      return f;
    };
    const outcomes = await twice(uploadRatPhotoAction.bind(null, { ok: true }), form);
    expect(outcomes[0]).toMatchObject({ kind: 'result', value: { ok: true } });
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(await t.db.select().from(ratPhotos)).toHaveLength(1);
  });
});
