import { count, eq } from 'drizzle-orm';
import type { JWT } from 'next-auth/jwt';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getRescueFlags, RESCUE_LIVE_KEY, setRescueFlag } from '@/db/queries/account-security';
import { setUserActive, updateUserRole } from '@/db/queries/users';
import { seedDemo } from '@/db/seed/demo';
import { DEMO_PASSWORD } from '@/db/seed/demo-accounts';
import { auditLog, fosterHomes, rats, settings, signInFailures, users } from '@/db/schema';
import { SESSION_ABSOLUTE_LIFETIME_MS } from '@/lib/domain/account-security';
import { hashPassword } from '@/lib/passwords';
import { insertFosterHome, insertUser } from '../fixtures/builders';
import { formOf, harness, outcomeOf, signInAs } from './helpers/action-harness';
import { driverName, testDbForFile } from './helpers/test-db';

vi.mock('next-auth', async () => (await import('./helpers/action-harness')).nextAuthMock);
vi.mock('@/db/client', async () => (await import('./helpers/action-harness')).dbClientMock);
vi.mock('next/cache', async () => (await import('./helpers/action-harness')).nextCacheMock);

const { authOptions } = await import('@/lib/auth');
const { changeOwnPasswordAction } = await import('@/app/(auth)/change-password/actions');
const { resetUserPasswordAction } = await import('@/app/(dashboard)/users/actions');
const { removeDemoRescueAction } = await import('@/app/(dashboard)/settings/actions');
const { requireUser } = await import('@/lib/authz');

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string; sessionVersion: number }>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const jwt = authOptions.callbacks!.jwt! as (params: { token: JWT; user?: unknown }) => Promise<JWT>;

const t = testDbForFile();
beforeEach(() => {
  harness.db = t.db;
  signInAs(null);
});

const PASSWORD = 'a-good-long-password';
const FROM = (address = '203.0.113.7') => ({ headers: { 'x-forwarded-for': address } });

async function person(overrides: Parameters<typeof insertUser>[1] = {}) {
  return insertUser(t.db, { passwordHash: await hashPassword(PASSWORD), ...overrides });
}

/** Signs in through the real credentials check and returns the cookie's claims. */
async function cookieFor(email: string, password = PASSWORD): Promise<JWT> {
  const user = await authorize({ email, password }, FROM());
  return jwt({ token: {}, user: { ...user, role: 'staff' } });
}

const stillValid = (token: JWT) => jwt({ token }).then(() => true, () => false);

describe(`sessions on ${driverName()}`, () => {
  it('old cookies die after a password change', async () => {
    const me = await person();
    const cookie = await cookieFor(me.email);
    expect(await stillValid(cookie)).toBe(true);
    signInAs(me);
    const outcome = await outcomeOf(() =>
      changeOwnPasswordAction({ ok: true }, formOf({ currentPassword: PASSWORD, password: 'another-long-password', confirmPassword: 'another-long-password' })),
    );
    expect(outcome).toEqual({ kind: 'redirect', to: '/sign-in?notice=password-changed' });
    expect(await stillValid(cookie)).toBe(false);
    expect(await stillValid(await cookieFor(me.email, 'another-long-password'))).toBe(true);
  });

  it('changing your password needs the current one', async () => {
    const me = await person();
    signInAs(me);
    const outcome = await outcomeOf(() =>
      changeOwnPasswordAction({ ok: true }, formOf({ currentPassword: 'not-it-at-all', password: 'another-long-password', confirmPassword: 'another-long-password' })),
    );
    expect(outcome).toMatchObject({ kind: 'result', value: { ok: false, fieldErrors: { currentPassword: ['That is not your current password.'] } } });
    expect(await stillValid(await cookieFor(me.email))).toBe(true);
  });

  it('the session endpoint gives a deactivated user no session, and reactivation does not revive the old cookie', async () => {
    const admin = await person({ role: 'admin' });
    const me = await person();
    const cookie = await cookieFor(me.email);
    await setUserActive(t.db, { userId: me.id, active: false, actorId: admin.id });
    expect(await stillValid(cookie)).toBe(false);
    await setUserActive(t.db, { userId: me.id, active: true, actorId: admin.id });
    expect(await stillValid(cookie)).toBe(false);
  });

  it('a role change ends the user’s sessions', async () => {
    const admin = await person({ role: 'admin' });
    const me = await person();
    const cookie = await cookieFor(me.email);
    await updateUserRole(t.db, { userId: me.id, role: 'coordinator', fosterHomeId: null, actorId: admin.id });
    expect(await stillValid(cookie)).toBe(false);
  });

  it('a session ends 12 hours after sign-in however often it is refreshed', async () => {
    const me = await person();
    const cookie = await cookieFor(me.email);
    expect(await stillValid({ ...cookie, signedInAt: Date.now() - SESSION_ABSOLUTE_LIFETIME_MS + 60_000 })).toBe(true);
    expect(await stillValid({ ...cookie, signedInAt: Date.now() - SESSION_ABSOLUTE_LIFETIME_MS })).toBe(false);
  });

  it('pages refuse a cookie whose session version is stale', async () => {
    const me = await person();
    await t.db.update(users).set({ sessionVersion: 3 }).where(eq(users.id, me.id));
    signInAs({ ...me, sessionVersion: 2 });
    expect(await outcomeOf(() => requireUser())).toEqual({ kind: 'redirect', to: '/sign-in' });
  });
});

describe(`sign-in limits on ${driverName()}`, () => {
  it('the sixth wrong password in a minute is refused with a wait, even when it is the right one', async () => {
    const me = await person();
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) messages.push(await authorize({ email: me.email, password: 'wrong-password' }, FROM()).then(() => 'in', (e: Error) => e.message));
    expect(messages.slice(0, 4)).toEqual(Array(4).fill('Wrong email or password.'));
    expect(messages[4]).toBe('Too many attempts: try again in 1 minute.');
    await expect(authorize({ email: me.email, password: PASSWORD }, FROM())).rejects.toThrow('Too many attempts: try again in 1 minute.');
  });

  it('each further failure after a lock doubles the wait', async () => {
    const me = await person();
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await t.db.insert(signInFailures).values(Array.from({ length: 7 }, () => ({ email: me.email, address: 'elsewhere', at: longAgo })));
    // 7 earlier failures plus this one: a lock of 2^(8-5) = 8 minutes from now.
    await expect(authorize({ email: me.email, password: 'wrong-password' }, FROM())).rejects.toThrow('Too many attempts: try again in 8 minutes.');
  });

  it('one address is limited across accounts', async () => {
    const emails = Array.from({ length: 20 }, (_, i) => `nobody${i}@example.org`);
    for (const email of emails) await authorize({ email, password: 'wrong-password' }, FROM('198.51.100.1')).catch(() => undefined);
    const me = await person();
    await expect(authorize({ email: me.email, password: PASSWORD }, FROM('198.51.100.1'))).rejects.toThrow(/^Too many attempts/);
    await expect(authorize({ email: me.email, password: PASSWORD }, FROM('198.51.100.2'))).resolves.toMatchObject({ id: String(me.id) });
  });

  it('successful sign-ins never count towards the limit', async () => {
    const me = await person();
    for (let i = 0; i < 8; i++) await authorize({ email: me.email, password: PASSWORD }, FROM());
    expect(await t.db.select({ n: count() }).from(signInFailures)).toEqual([{ n: 0 }]);
  });
});

describe(`resets and the demo on ${driverName()}`, () => {
  it('an admin’s reset gives a one-time password that works once and must be replaced first', async () => {
    const admin = await person({ role: 'admin' });
    const me = await person();
    const old = await cookieFor(me.email);
    signInAs(admin);
    const outcome = await outcomeOf(() => resetUserPasswordAction({ ok: true }, formOf({ userId: String(me.id) })));
    const message = outcome.kind === 'result' ? String((outcome.value as { message: string }).message) : '';
    const oneTime = /([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})/.exec(message)?.[1];
    expect(oneTime).toBeDefined();
    expect(await stillValid(old)).toBe(false);
    await expect(authorize({ email: me.email, password: PASSWORD }, FROM())).rejects.toThrow('Wrong email or password.');
    const fresh = await authorize({ email: me.email, password: oneTime! }, FROM());
    signInAs({ ...me, sessionVersion: fresh.sessionVersion });
    expect(await outcomeOf(() => requireUser())).toEqual({ kind: 'redirect', to: '/change-password' });
  });

  it('sign-in refuses the demo password once the rescue is live', async () => {
    const admin = await person({ role: 'admin' });
    const demo = await insertUser(t.db, { passwordHash: await hashPassword(DEMO_PASSWORD) });
    await expect(authorize({ email: demo.email, password: DEMO_PASSWORD }, FROM())).resolves.toBeTruthy();
    await setRescueFlag(t.db, { key: RESCUE_LIVE_KEY, on: true, actorId: admin.id });
    await expect(authorize({ email: demo.email, password: DEMO_PASSWORD }, FROM())).rejects.toThrow(/the demo password no longer works/i);
  });

  it('removing the demo leaves only the admin doing it and the settings', async () => {
    await seedDemo(t.db);
    expect((await getRescueFlags(t.db)).demo).toBe(true);
    const [admin] = await t.db.select().from(users).where(eq(users.email, 'admin@ratwise.test'));
    await t.db.insert(settings).values({ key: 'quarantineDays', value: 28, updatedBy: admin.id });
    signInAs(admin);
    const outcome = await outcomeOf(() => removeDemoRescueAction({ ok: true }, formOf({ confirm: 'remove' })));
    expect(outcome).toMatchObject({ kind: 'result', value: { ok: true } });
    expect(await t.db.select({ id: users.id, role: users.role }).from(users)).toEqual([{ id: admin.id, role: 'admin' }]);
    expect(await t.db.select({ n: count() }).from(rats)).toEqual([{ n: 0 }]);
    expect(await t.db.select({ n: count() }).from(fosterHomes)).toEqual([{ n: 0 }]);
    expect(await t.db.select({ key: settings.key, value: settings.value }).from(settings)).toEqual([{ key: 'quarantineDays', value: 28 }]);
    expect((await t.db.select({ summary: auditLog.summary }).from(auditLog)).map((a) => a.summary)).toEqual([
      'Removed the demo rescue: its rats, homes, records and accounts',
    ]);
    expect((await getRescueFlags(t.db)).demo).toBe(false);
    // The admin's own session survives: same id and version.
    expect(await outcomeOf(() => requireUser())).toMatchObject({ kind: 'result' });
    // A new home after removal gets a fresh row without clashing with the old ids.
    await insertFosterHome(t.db);
  });

  it('without the demo there is nothing to remove', async () => {
    const admin = await person({ role: 'admin' });
    signInAs(admin);
    const outcome = await outcomeOf(() => removeDemoRescueAction({ ok: true }, formOf({ confirm: 'remove' })));
    expect(outcome).toMatchObject({ kind: 'result', value: { ok: false, message: 'There is no demo rescue to remove.' } });
  });
});
