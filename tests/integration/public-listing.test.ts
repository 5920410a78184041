import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getListingState, getPublicThumbnail, listPublicUnits, saveListing } from '@/db/queries/public-listings';
import { addRatPhoto } from '@/db/queries/rat-records';
import { auditLog, handlingSessions, healthEvents, intakes, publicListings, publicProfile, rats, temperamentAssessments } from '@/db/schema';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { insertCageGroup, insertCageGroupMembership, insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { formOf, harness, outcomeOf, signInAs } from './helpers/action-harness';
import { driverName, testDbForFile } from './helpers/test-db';

vi.mock('next-auth', async () => (await import('./helpers/action-harness')).nextAuthMock);
vi.mock('@/db/client', async () => (await import('./helpers/action-harness')).dbClientMock);
vi.mock('next/cache', async () => (await import('./helpers/action-harness')).nextCacheMock);
vi.hoisted(() => {
  process.env.DATA_DIR = `${process.env.TMPDIR ?? '/tmp'}/ratwise-public-listing-${process.pid}`;
});

const t = testDbForFile();
beforeEach(() => {
  harness.db = t.db;
  signInAs(null);
});

const now = new Date();
/** Strings that live only in private columns: none may reach a public answer. */
const PRIVATE = {
  home: 'Secret Hollow Farm',
  contact: 'Ottoline Privet',
  email: 'ottoline@private.example',
  phone: '07700 900999',
  area: 'Hidden Lane, Nowhere',
  ratNote: 'PRIVATE-RAT-NOTE bites the vet',
  assessmentNote: 'PRIVATE-ASSESSMENT-NOTE',
  healthNote: 'PRIVATE-HEALTH-NOTE mites',
  intakeSource: 'PRIVATE-INTAKE-SOURCE Flat 3',
  cageName: 'PRIVATE-CAGE-NAME',
  code: 'R-2026-0777',
};

/** A home with private details, a bonded pair (available, handled, assessed, with private notes) and a coordinator. */
async function world(status: 'available' | 'in_care' = 'available') {
  const home = await insertFosterHome(t.db, { name: PRIVATE.home, contactName: PRIVATE.contact, email: PRIVATE.email, phone: PRIVATE.phone, area: PRIVATE.area, notes: PRIVATE.ratNote });
  const coordinator = await insertUser(t.db, { role: 'coordinator' });
  const [intake] = await t.db.insert(intakes).values({ intakeDate: '2026-01-10', sourceType: 'owner_surrender', sourceDetails: PRIVATE.intakeSource }).returning();
  const cage = await insertCageGroup(t.db, { fosterHomeId: home.id, name: PRIVATE.cageName, notes: PRIVATE.ratNote });
  const pip = await insertRat(t.db, { name: 'Pip', code: PRIVATE.code, status, notes: PRIVATE.ratNote, intakeId: intake.id, birthDate: '2025-10-01', variety: 'agouti' });
  const squeak = await insertRat(t.db, { name: 'Squeak', status, notes: PRIVATE.ratNote, intakeId: intake.id, birthDate: '2025-10-01', variety: 'black self' });
  for (const rat of [pip, squeak]) {
    await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: home.id });
    await insertCageGroupMembership(t.db, { cageGroupId: cage.id, ratId: rat.id });
    await t.db.insert(handlingSessions).values(
      [3, 2, 1].map((d) => ({ batchId: randomUUID(), ratId: rat.id, fosterHomeId: home.id, sessionAt: new Date(now.getTime() - d * 86_400_000), durationMinutes: 15, highestStep: 8, confidence: 5, notes: PRIVATE.ratNote })),
    );
    await t.db.insert(temperamentAssessments).values({ ratId: rat.id, assessedAt: new Date(now.getTime() - 5 * 86_400_000), approach: 5, handlingTolerance: 5, newSpaceConfidence: 5, ratSociability: 5, biteRisk: 'low', category: 'confident', notes: PRIVATE.assessmentNote });
    await t.db.insert(healthEvents).values({ ratId: rat.id, kind: 'vet_visit', occurredOn: '2026-01-12', diagnosis: PRIVATE.healthNote, notes: PRIVATE.healthNote });
  }
  await t.db.insert(publicProfile).values({ id: 1, rescueName: 'Test Rat Rescue', feePerRatCents: 1500 });
  return { home, coordinator, cage, pip, squeak };
}

async function list(w: Awaited<ReturnType<typeof world>>, text = 'Two bright girls.') {
  const state = await getListingState(t.db, { target: { cageGroupId: w.cage.id }, now });
  return saveListing(t.db, { target: { cageGroupId: w.cage.id }, version: state.version, listed: true, text, joinsResidentRats: false, actorId: w.coordinator.id, now, unitName: 'Pip and Squeak' });
}

function expectNothingPrivate(body: string) {
  for (const value of Object.values(PRIVATE)) expect(body, `leaked: ${value}`).not.toContain(value);
}

/** Every key the public unit may carry: a new one has to be added here, on purpose. */
const PUBLIC_UNIT_KEYS = ['id', 'joinsResidentRats', 'kind', 'rats', 'text'];
const PUBLIC_RAT_KEYS = ['assessment', 'birthDate', 'birthDateEstimated', 'inCareSince', 'name', 'neuteredOn', 'photoId', 'ratId', 'sex', 'status', 'trustStep', 'variety'];

describe(`public listing queries on ${driverName()}`, () => {
  it('the listing query returns only public fields, and none of the private values', async () => {
    const w = await world();
    await list(w);
    const units = await listPublicUnits(t.db, { now, policy: DEFAULT_POLICY });
    expect(units).toHaveLength(1);
    expect(Object.keys(units[0]).sort()).toEqual(PUBLIC_UNIT_KEYS);
    for (const rat of units[0].rats) {
      expect(Object.keys(rat).sort()).toEqual(PUBLIC_RAT_KEYS);
      expect(Object.keys(rat.assessment ?? {}).sort()).toEqual(['biteRisk', 'category']);
    }
    expect(units[0].rats.map((r) => r.name)).toEqual(['Pip', 'Squeak']);
    expectNothingPrivate(JSON.stringify(units));
  });

  it('a listed pair drops off the listing the moment one rat stops being available', async () => {
    const w = await world();
    await list(w);
    await t.db.update(rats).set({ status: 'reserved' }).where(eq(rats.id, w.squeak.id));
    expect(await listPublicUnits(t.db, { now })).toEqual([]);
    await t.db.update(rats).set({ status: 'available' }).where(eq(rats.id, w.squeak.id));
    expect(await listPublicUnits(t.db, { now })).toHaveLength(1);
  });

  it('unlisting takes effect at once and keeps the unit’s id for the next listing', async () => {
    const w = await world();
    const first = await list(w);
    const state = await getListingState(t.db, { target: { cageGroupId: w.cage.id }, now });
    await saveListing(t.db, { target: { cageGroupId: w.cage.id }, version: state.version, listed: false, text: 'Two bright girls.', joinsResidentRats: false, actorId: w.coordinator.id, now, unitName: 'Pip and Squeak' });
    expect(await listPublicUnits(t.db, { now })).toEqual([]);
    const again = await list(w);
    expect(again).toEqual(first);
  });

  it('a stale listing edit is refused and writes nothing', async () => {
    const w = await world();
    await list(w, 'First words.');
    const result = await saveListing(t.db, { target: { cageGroupId: w.cage.id }, version: 0, listed: true, text: 'Other words.', joinsResidentRats: false, actorId: w.coordinator.id, now, unitName: 'Pip and Squeak' });
    expect(result).toEqual({ ok: false, reason: 'stale' });
    const [row] = await t.db.select({ text: publicListings.text }).from(publicListings);
    expect(row.text).toBe('First words.');
  });

  it('a single rat shows only while it is flagged to join a home with rats', async () => {
    const home = await insertFosterHome(t.db);
    const coordinator = await insertUser(t.db, { role: 'coordinator' });
    const solo = await insertRat(t.db, { name: 'Hugo', status: 'available', sex: 'male' });
    await insertPlacement(t.db, { ratId: solo.id, fosterHomeId: home.id });
    const save = (joinsResidentRats: boolean, version: number) =>
      saveListing(t.db, { target: { ratId: solo.id }, version, listed: true, text: 'Calm boy.', joinsResidentRats, actorId: coordinator.id, now, unitName: 'Hugo' });
    await save(false, 0);
    expect(await listPublicUnits(t.db, { now })).toEqual([]);
    await save(true, 1);
    const [unit] = await listPublicUnits(t.db, { now });
    expect(unit).toMatchObject({ kind: 'rat', joinsResidentRats: true, rats: [{ name: 'Hugo' }] });
  });

  it('a public thumbnail is served only while its rat is listed', async () => {
    const w = await world();
    const { putObject } = await import('@/lib/storage');
    await putObject(`test/${w.pip.id}.webp`, new Uint8Array([1, 2, 3]));
    const photo = (await addRatPhoto(t.db, { ratId: w.pip.id, storageKey: `test/${w.pip.id}.webp`, thumbnailKey: `test/${w.pip.id}.webp`, contentType: 'image/webp', bytes: 3, caption: null, actorId: w.coordinator.id })) as { id: number };
    expect(await getPublicThumbnail(t.db, { photoId: photo.id, now })).toBeNull();
    await list(w);
    expect(await getPublicThumbnail(t.db, { photoId: photo.id, now })).toEqual({ thumbnailKey: `test/${w.pip.id}.webp` });

    const { GET } = await import('@/app/api/public/photos/[photoId]/route');
    const response = await GET(new Request(`http://localhost/api/public/photos/${photo.id}`), { params: Promise.resolve({ photoId: String(photo.id) }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toContain('public');
    const missing = await GET(new Request('http://localhost/api/public/photos/999'), { params: Promise.resolve({ photoId: '999' }) });
    expect(missing.status).toBe(404);
  });
});

describe(`public feed and snippet on ${driverName()}`, () => {
  it('the JSON feed answers signed out with stable ids, cache headers and nothing private', async () => {
    const w = await world();
    await list(w);
    const { GET } = await import('@/app/api/public/listings/route');
    const response = await GET(new Request('http://localhost/api/public/listings'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toMatch(/^public, max-age=\d+/);
    const body = await response.text();
    expectNothingPrivate(body);
    const feed = JSON.parse(body) as { rescue: { name: string }; units: Array<{ id: number; title: string; feeText: string; url: string }> };
    const [listing] = await t.db.select({ id: publicListings.id }).from(publicListings);
    expect(feed.rescue.name).toBe('Test Rat Rescue');
    expect(feed.units).toEqual([expect.objectContaining({ id: listing.id, title: 'Pip and Squeak', feeText: 'Adoption fee £30 for the pair', url: `http://localhost/adopt/${listing.id}` })]);
  });

  it('the embeddable snippet escapes the listing text and leaks nothing private', async () => {
    const w = await world();
    await list(w, 'Loves <script>alert(1)</script> peas');
    const { GET } = await import('@/app/api/public/listings/embed/route');
    const response = await GET(new Request('http://localhost/api/public/listings/embed'));
    expect(response.headers.get('Content-Type')).toContain('text/html');
    const body = await response.text();
    expect(body).toContain('Pip and Squeak');
    expect(body).not.toContain('<script>');
    expectNothingPrivate(body);
  });
});

describe(`the listing control on ${driverName()}`, () => {
  it('a coordinator cannot list a group whose rats are not available, and is told why', async () => {
    const w = await world('in_care');
    signInAs(w.coordinator);
    const { saveListingAction } = await import('@/app/(dashboard)/public-listing/actions');
    const outcome = await outcomeOf(() => saveListingAction({ ok: true }, formOf({ cageGroupId: String(w.cage.id), version: '0', listed: 'on', text: 'Two girls.' })));
    expect(outcome).toEqual({ kind: 'result', value: expect.objectContaining({ ok: false, message: expect.stringContaining('Pip and Squeak are not available') }) });
    expect(await t.db.select().from(publicListings)).toEqual([]);
  });

  it('a coordinator lists an available pair with its text, audited', async () => {
    const w = await world();
    signInAs(w.coordinator);
    const { saveListingAction } = await import('@/app/(dashboard)/public-listing/actions');
    const outcome = await outcomeOf(() => saveListingAction({ ok: true }, formOf({ cageGroupId: String(w.cage.id), version: '0', listed: 'on', text: 'Two girls.' })));
    expect(outcome).toEqual({ kind: 'result', value: expect.objectContaining({ ok: true }) });
    expect(await listPublicUnits(t.db, { now })).toHaveLength(1);
    const audit = await t.db.select({ summary: auditLog.summary }).from(auditLog).where(eq(auditLog.entityType, 'public_listing'));
    expect(audit).toEqual([{ summary: 'Listed publicly: Pip and Squeak' }]);
  });
});
