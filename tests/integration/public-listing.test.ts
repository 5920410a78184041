import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listNewApplications, submitPublicApplication } from '@/db/queries/public-applications';
import { getListingState, getPublicThumbnail, listPublicUnits, saveListing } from '@/db/queries/public-listings';
import { newApplicationAlerts } from '@/lib/domain/application-alerts';
import { HONEYPOT_REFUSAL } from '@/lib/domain/public-application';
import { publicApplicationInput } from '@/lib/validation/public-application';
import { addRatPhoto } from '@/db/queries/rat-records';
import { adopters, auditLog, handlingSessions, healthEvents, intakes, publicListings, publicProfile, rats, temperamentAssessments } from '@/db/schema';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { insertCageGroup, insertCageGroupMembership, insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { formOf, harness, outcomeOf, signInAs } from './helpers/action-harness';
import { driverName, testDbForFile } from './helpers/test-db';

vi.mock('next-auth', async () => (await import('./helpers/action-harness')).nextAuthMock);
vi.mock('@/db/client', async () => (await import('./helpers/action-harness')).dbClientMock);
vi.mock('next/cache', async () => (await import('./helpers/action-harness')).nextCacheMock);
/** The address the application comes from, as the server in front of the app reports it. */
const request = vi.hoisted(() => ({ address: '203.0.113.7' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': request.address }) }));
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

/** A complete application as the public form posts it. */
function applicationForm(fields: Record<string, string> = {}) {
  return formOf({
    idempotencyKey: randomUUID(),
    name: 'Jo Applicant',
    email: 'jo@example.org',
    household: 'Two adults, a quiet flat',
    existingRatsCount: '0',
    existingRatsFemales: '0',
    existingRatsMales: '0',
    existingRatsNeuteredMales: '0',
    experience: 'some',
    preferences: 'A pair of girls',
    ...fields,
  });
}

describe(`the online application on ${driverName()}`, () => {
  beforeEach(() => {
    request.address = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
  });

  it('creates an adopter in applied, linked to the listing, and a dashboard alert for coordinators', async () => {
    const w = await world();
    await list(w);
    const [listing] = await t.db.select({ id: publicListings.id }).from(publicListings);
    const { applyToAdoptAction } = await import('@/app/(public)/adopt/apply/actions');
    const outcome = await outcomeOf(() => applyToAdoptAction({ ok: true }, applicationForm({ listingId: String(listing.id), notes: 'typed into a hidden field' })));
    expect(outcome).toEqual({ kind: 'redirect', to: '/adopt/applied' });
    const [adopter] = await t.db.select().from(adopters);
    expect(adopter).toMatchObject({ name: 'Jo Applicant', email: 'jo@example.org', approval: 'applied', appliedForListingId: listing.id, createdBy: null, notes: null });
    expect(adopter.appliedOnlineAt).not.toBeNull();
    const alerts = newApplicationAlerts(await listNewApplications(t.db));
    expect(alerts).toEqual([expect.objectContaining({ title: 'New application from Jo Applicant for Pip and Squeak', href: `/adopters/${adopter.id}` })]);
    const audit = await t.db.select({ summary: auditLog.summary }).from(auditLog).where(eq(auditLog.entityType, 'adopter'));
    expect(audit).toEqual([{ summary: 'Application received online from Jo Applicant for Pip and Squeak' }]);
  });

  it('a decided application no longer raises the alert', async () => {
    const { applyToAdoptAction } = await import('@/app/(public)/adopt/apply/actions');
    await outcomeOf(() => applyToAdoptAction({ ok: true }, applicationForm()));
    expect((await listNewApplications(t.db)).total).toBe(1);
    await t.db.update(adopters).set({ approval: 'declined' });
    expect((await listNewApplications(t.db)).total).toBe(0);
  });

  it('a filled honeypot is refused with a message, writes no adopter, and counts against the address', async () => {
    const { applyToAdoptAction } = await import('@/app/(public)/adopt/apply/actions');
    const outcome = await outcomeOf(() => applyToAdoptAction({ ok: true }, applicationForm({ website: 'http://spam.example' })));
    expect(outcome).toEqual({ kind: 'result', value: expect.objectContaining({ ok: false, message: HONEYPOT_REFUSAL }) });
    expect(await t.db.select().from(adopters)).toEqual([]);
  });

  it('the fourth application from one address within the hour is refused in words, kept in the database', async () => {
    const { applyToAdoptAction } = await import('@/app/(public)/adopt/apply/actions');
    for (let i = 0; i < 3; i++) expect(await outcomeOf(() => applyToAdoptAction({ ok: true }, applicationForm({ name: `Applicant ${i}` })))).toEqual({ kind: 'redirect', to: '/adopt/applied' });
    const fourth = await outcomeOf(() => applyToAdoptAction({ ok: true }, applicationForm({ name: 'Applicant 4' })));
    expect(fourth).toEqual({ kind: 'result', value: expect.objectContaining({ ok: false, message: expect.stringContaining('3 applications from your connection in the last hour') }) });
    // What was typed is handed back, so nothing is lost.
    expect((fourth as { value: { values: Record<string, string> } }).value.values.name).toBe('Applicant 4');
    expect(await t.db.select({ id: adopters.id }).from(adopters)).toHaveLength(3);
    // Another address is not held back.
    request.address = '198.51.100.1';
    expect(await outcomeOf(() => applyToAdoptAction({ ok: true }, applicationForm({ name: 'Neighbour' })))).toEqual({ kind: 'redirect', to: '/adopt/applied' });
  });

  it('two applications at once from one address at the limit: only one gets through', async () => {
    const values = publicApplicationInput.parse({ name: 'Racer', email: 'r@example.org', existingRatsCount: '0', existingRatsFemales: '0', existingRatsMales: '0', existingRatsNeuteredMales: '0', experience: 'new' });
    const { listingId: _l, ...adopter } = values;
    const send = () => submitPublicApplication(t.db, { values: adopter, listingId: null, listingTitle: null, honeypot: false, address: '192.0.2.9', now: new Date() });
    await send();
    await send();
    const results = await Promise.all([send(), send()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('the same form sent twice (a double tap) records one application', async () => {
    const { applyToAdoptAction } = await import('@/app/(public)/adopt/apply/actions');
    const form = applicationForm();
    await outcomeOf(() => applyToAdoptAction({ ok: true }, form));
    expect(await outcomeOf(() => applyToAdoptAction({ ok: true }, form))).toEqual({ kind: 'redirect', to: '/adopt/applied' });
    expect(await t.db.select({ id: adopters.id }).from(adopters)).toHaveLength(1);
  });

  it('an application for rats no longer listed is refused, keeping what was typed', async () => {
    const { applyToAdoptAction } = await import('@/app/(public)/adopt/apply/actions');
    const outcome = await outcomeOf(() => applyToAdoptAction({ ok: true }, applicationForm({ listingId: '4242' })));
    expect(outcome).toEqual({ kind: 'result', value: expect.objectContaining({ ok: false, message: expect.stringContaining('no longer on our listing'), values: expect.objectContaining({ name: 'Jo Applicant' }) }) });
  });

  it('an application without an email, or with an answer over its size limit, is refused field by field', async () => {
    const { applyToAdoptAction } = await import('@/app/(public)/adopt/apply/actions');
    const outcome = await outcomeOf(() => applyToAdoptAction({ ok: true }, applicationForm({ email: '', preferences: 'x'.repeat(2001) })));
    expect(outcome).toEqual({
      kind: 'result',
      value: expect.objectContaining({ ok: false, fieldErrors: expect.objectContaining({ email: ['Enter your email address, so we can reply.'], preferences: ['Use at most 2000 characters.'] }) }),
    });
    expect(await t.db.select().from(adopters)).toEqual([]);
  });
});

describe(`the public listing settings on ${driverName()}`, () => {
  it('an admin sets the rescue’s public name and fee per rat; the feed reads them', async () => {
    const admin = await insertUser(t.db, { role: 'admin' });
    signInAs(admin);
    const { updatePublicProfileAction } = await import('@/app/(dashboard)/settings/actions');
    const outcome = await outcomeOf(() => updatePublicProfileAction({ ok: true }, formOf({ rescueName: 'Riverside Rat Rescue', feePerRat: '12.50' })));
    expect(outcome).toEqual({ kind: 'result', value: expect.objectContaining({ ok: true }) });
    const { getPublicProfile } = await import('@/db/queries/public-listings');
    expect(await getPublicProfile(t.db)).toEqual({ rescueName: 'Riverside Rat Rescue', feePerRatCents: 1250 });
    const bad = await outcomeOf(() => updatePublicProfileAction({ ok: true }, formOf({ rescueName: ' ', feePerRat: 'ten' })));
    expect(bad).toEqual({ kind: 'result', value: expect.objectContaining({ ok: false, fieldErrors: expect.objectContaining({ rescueName: expect.any(Array), feePerRat: expect.any(Array) }) }) });
  });
});
