import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addRatPhoto } from '@/db/queries/rat-records';
import { ROUTE_HANDLERS, SERVER_ACTIONS, type AuthzEntry } from '@/lib/authz-registry';
import type { Role } from '@/lib/domain/vocabulary';
import { insertFosterHome, insertPlacement, insertRat, insertUser } from '../fixtures/builders';
import { formOf, harness, outcomeOf, signInAs, type Outcome } from './helpers/action-harness';
import { driverName, testDbForFile } from './helpers/test-db';

vi.mock('next-auth', async () => (await import('./helpers/action-harness')).nextAuthMock);
vi.mock('@/db/client', async () => (await import('./helpers/action-harness')).dbClientMock);
vi.mock('next/cache', async () => (await import('./helpers/action-harness')).nextCacheMock);
// Photos land in a folder of this file's own.
vi.hoisted(() => {
  process.env.DATA_DIR = `${process.env.TMPDIR ?? '/tmp'}/ratwise-authz-${process.pid}`;
});

const ROOT = path.resolve(__dirname, '../..');

/** Every `file#export` under app/: server actions from actions.ts files, handlers from route.ts files. */
async function discover(fileName: 'actions.ts' | 'route.ts') {
  const files = (readdirSync(path.join(ROOT, 'app'), { recursive: true }) as string[])
    .filter((f) => path.basename(f) === fileName)
    .map((f) => `app/${f.split(path.sep).join('/')}`)
    .sort();
  const found = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  for (const file of files) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'function') found.set(`${file}#${name}`, value as (...args: unknown[]) => Promise<unknown>);
    }
  }
  return found;
}

const actions = await discover('actions.ts');
const routes = await discover('route.ts');

const IDENTITIES = ['signed out', 'admin', 'staff', 'coordinator', 'foster of the rat’s home', 'foster of another home'] as const;
type Identity = (typeof IDENTITIES)[number];
type Expected = 'allowed' | 'sign-in' | 'not-found' | 'out-of-scope';

function expectedFor(entry: AuthzEntry, who: Identity): Expected {
  if (entry.scope === 'public') return 'allowed';
  if (who === 'signed out') return 'sign-in';
  const role: Role = who.startsWith('foster') ? 'foster' : (who as Role);
  if (!entry.roles.includes(role)) return 'not-found';
  if (entry.scope === 'own-home' && who === 'foster of another home') return 'out-of-scope';
  return 'allowed';
}

const t = testDbForFile();
beforeEach(() => {
  harness.db = t.db;
});

/** Two homes, a foster in each, staff roles, and one rat (with a photo) placed in the first home. */
async function world() {
  const willow = await insertFosterHome(t.db, { name: 'Willow' });
  const maple = await insertFosterHome(t.db, { name: 'Maple' });
  const users = {
    admin: await insertUser(t.db, { role: 'admin' }),
    staff: await insertUser(t.db, { role: 'staff' }),
    coordinator: await insertUser(t.db, { role: 'coordinator' }),
    'foster of the rat’s home': await insertUser(t.db, { role: 'foster', fosterHomeId: willow.id }),
    'foster of another home': await insertUser(t.db, { role: 'foster', fosterHomeId: maple.id }),
  };
  const rat = await insertRat(t.db, { name: 'Whiskerton' });
  await insertPlacement(t.db, { ratId: rat.id, fosterHomeId: willow.id });
  const { putObject } = await import('@/lib/storage');
  await putObject(`test/${rat.id}.webp`, new Uint8Array([1, 2, 3]));
  const photo = await addRatPhoto(t.db, {
    ratId: rat.id,
    storageKey: `test/${rat.id}.webp`,
    thumbnailKey: `test/${rat.id}.webp`,
    contentType: 'image/webp',
    bytes: 3,
    caption: null,
    actorId: users.admin.id,
  });
  return { willow, maple, users, rat, photoId: (photo as { id: number }).id };
}
type World = Awaited<ReturnType<typeof world>>;

const today = () => new Date().toISOString().slice(0, 10);
const KEY = () => crypto.randomUUID();

/**
 * A valid call for actions whose scope depends on the rat (so the right-home foster succeeds
 * and the other-home foster is refused for the rat, not for a malformed form). Other actions
 * get an empty form carrying the rat's id, which is enough to show who is let in.
 */
const VALID_CALLS: Record<string, (w: World) => unknown[]> = {
  'app/(dashboard)/sessions/actions.ts#logHandlingSessionAction': (w) => [
    { ok: true },
    formOf({
      idempotencyKey: KEY(),
      payload: JSON.stringify({
        sessionAt: new Date(Date.now() - 60_000).toISOString(),
        durationMinutes: 15,
        techniques: ['treat_from_fingers'],
        rats: [{ ratId: w.rat.id, highestStep: 3, positiveSigns: [], stressSigns: [], biteGrade: 'none', confidence: 3 }],
      }),
    }),
  ],
  'app/(dashboard)/rats/[ratId]/health/actions.ts#recordHealthEventAction': (w) => [
    w.rat.id,
    { ok: true },
    formOf({ kind: 'weight', occurredOn: today(), weightGrams: '350', idempotencyKey: KEY() }),
  ],
  'app/(dashboard)/rats/[ratId]/assessments/actions.ts#createAssessmentAction': (w) => [
    w.rat.id,
    { ok: true },
    formOf({ approach: '3', handlingTolerance: '3', newSpaceConfidence: '3', ratSociability: '3', biteRisk: 'low', category: 'shy', idempotencyKey: KEY() }),
  ],
};

function defaultCall(fn: (...args: unknown[]) => unknown, w: World): unknown[] {
  const form = formOf({ ratId: String(w.rat.id) });
  // Actions bound to a rat take its id first.
  return fn.length >= 3 ? [w.rat.id, { ok: true }, form] : [{ ok: true }, form];
}

function succeeded(outcome: Outcome): boolean {
  if (outcome.kind === 'redirect') return !outcome.to.startsWith('/sign-in');
  return outcome.kind === 'result' && (outcome.value as { ok?: boolean }).ok === true;
}

function registryLine(key: string) {
  return `  '${key}': { roles: [/* who may call it */], scope: /* 'public' | 'self' | 'rescue' | 'own-home' */ },`;
}

describe(`authorization registry on ${driverName()}`, () => {
  it('every server action and route handler is registered with its roles and scope', () => {
    const missing = [
      ...[...actions.keys()].filter((k) => !(k in SERVER_ACTIONS)).map((k) => `SERVER_ACTIONS:\n${registryLine(k)}`),
      ...[...routes.keys()].filter((k) => !(k in ROUTE_HANDLERS)).map((k) => `ROUTE_HANDLERS:\n${registryLine(k)}`),
    ];
    expect(missing, `Add to lib/authz-registry.ts:\n${missing.join('\n')}\n`).toEqual([]);
  });

  it('the registry names nothing that no longer exists', () => {
    const stale = [...Object.keys(SERVER_ACTIONS).filter((k) => !actions.has(k)), ...Object.keys(ROUTE_HANDLERS).filter((k) => !routes.has(k))];
    expect(stale, `Remove from lib/authz-registry.ts: ${stale.join(', ')}`).toEqual([]);
  });
});

const actionCases = Object.entries(SERVER_ACTIONS).flatMap(([key, entry]) => IDENTITIES.map((who) => ({ key, entry, who, expected: expectedFor(entry, who) })));

describe(`every server action answers each identity as registered on ${driverName()}`, () => {
  it.each(actionCases)('$key as $who: $expected', async ({ key, who, expected }) => {
    const fn = actions.get(key);
    expect(fn, `${key} is registered but not exported`).toBeDefined();
    const w = await world();
    signInAs(who === 'signed out' ? null : w.users[who]);
    const args = VALID_CALLS[key]?.(w) ?? defaultCall(fn!, w);
    const outcome = await outcomeOf(() => fn!(...args));
    if (expected === 'sign-in') expect(outcome).toEqual({ kind: 'redirect', to: '/sign-in' });
    else if (expected === 'not-found') expect(outcome).toEqual({ kind: 'not-found' });
    else if (expected === 'out-of-scope') {
      // Another home's rat: not found, or refused with nothing written.
      expect(succeeded(outcome), JSON.stringify(outcome)).toBe(false);
      expect(outcome.kind === 'redirect').toBe(false);
    } else {
      expect(outcome.kind === 'not-found' || (outcome.kind === 'redirect' && outcome.to === '/sign-in'), JSON.stringify(outcome)).toBe(false);
      if (VALID_CALLS[key]) expect(succeeded(outcome), JSON.stringify(outcome)).toBe(true);
    }
  });
});

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

/** How each route handler is called, and what success looks like for the rat's home. */
const ROUTE_CALLS: Record<string, (w: World) => { request: Request; params: Record<string, string>; shows: (r: Response, body: string) => boolean }> = {
  'app/api/rats/export/route.ts#GET': () => ({
    request: new Request('http://localhost/api/rats/export'),
    params: {},
    shows: (r, body) => r.status === 200 && body.includes('Whiskerton'),
  }),
  'app/api/rats/[ratId]/photos/[photoId]/route.ts#GET': (w) => ({
    request: new Request(`http://localhost/api/rats/${w.rat.id}/photos/${w.photoId}`),
    params: { ratId: String(w.rat.id), photoId: String(w.photoId) },
    shows: (r) => r.status === 200,
  }),
  'app/api/sync/route.ts#POST': (w) => ({
    request: new Request('http://localhost/api/sync', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        key: KEY(),
        kind: 'session',
        recordedAt: new Date(Date.now() - 60_000).toISOString(),
        payload: {
          sessionAt: new Date(Date.now() - 60_000).toISOString(),
          durationMinutes: 15,
          techniques: ['treat_from_fingers'],
          rats: [{ ratId: w.rat.id, highestStep: 3, positiveSigns: [], stressSigns: [], biteGrade: 'none', confidence: 3 }],
        },
      }),
    }),
    params: {},
    shows: (r) => r.status === 200,
  }),
  'app/api/reports/[report]/route.ts#GET': () => ({
    request: new Request('http://localhost/api/reports/intakes-adoptions?from=2026-01&to=2026-06'),
    params: { report: 'intakes-adoptions' },
    shows: (r, body) => r.status === 200 && body.includes('Taken in'),
  }),
};

const routeCases = Object.entries(ROUTE_HANDLERS)
  .filter(([, entry]) => entry.scope !== 'public')
  .flatMap(([key, entry]) => IDENTITIES.map((who) => ({ key, who, expected: expectedFor(entry, who) })));

describe(`every route handler answers each identity as registered on ${driverName()}`, () => {
  it('a signed-in route handler without a way to call it here fails', () => {
    const uncallable = routeCases.map((c) => c.key).filter((k) => !ROUTE_CALLS[k]);
    expect(uncallable, 'Add a call for it to ROUTE_CALLS in tests/integration/authz-matrix.test.ts').toEqual([]);
  });

  it.each(routeCases)('$key as $who: $expected', async ({ key, who, expected }) => {
    const w = await world();
    signInAs(who === 'signed out' ? null : w.users[who]);
    const call = ROUTE_CALLS[key]!(w);
    const response = await (routes.get(key) as unknown as Handler)(call.request, { params: Promise.resolve(call.params) });
    const body = await response.text();
    if (expected === 'allowed') expect(call.shows(response, body)).toBe(true);
    else {
      // Signed out, a role not allowed, or another home's rat: no rat data in the answer.
      expect(call.shows(response, body)).toBe(false);
      expect(body).not.toContain('Whiskerton');
    }
  });
});
