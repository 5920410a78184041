import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getPolicy, updatePolicy } from '@/db/queries/settings';
import {
  countUsers,
  createFirstAdmin,
  createUser,
  DuplicateEmailError,
  getSessionUser,
  getUserForSignIn,
  setUserActive,
  updateUserRole,
} from '@/db/queries/users';
import { auditLog, settings, users } from '@/db/schema';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { insertFosterHome, insertUser, TEST_PASSWORD_HASH } from '../fixtures/builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();

describe(`users on ${driverName()}`, () => {
  it('creates the first admin only while no user exists', async () => {
    const first = await createFirstAdmin(t.db, { name: 'Ada', email: 'ada@example.org', passwordHash: TEST_PASSWORD_HASH });
    expect(first).not.toBeNull();
    const second = await createFirstAdmin(t.db, { name: 'Eve', email: 'eve@example.org', passwordHash: TEST_PASSWORD_HASH });
    expect(second).toBeNull();
    const all = await t.db.select({ email: users.email, role: users.role }).from(users);
    expect(all).toEqual([{ email: 'ada@example.org', role: 'admin' }]);
  });

  it('two simultaneous first visits create exactly one admin', async () => {
    const results = await Promise.all(
      ['a', 'b', 'c'].map((n) => createFirstAdmin(t.db, { name: n, email: `${n}@example.org`, passwordHash: TEST_PASSWORD_HASH })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await countUsers(t.db)).toBe(1);
  });

  it('refuses a second account with the same email in another case, writing nothing', async () => {
    await insertUser(t.db, { email: 'sam@example.org' });
    const before = await t.db.select().from(auditLog);
    await expect(
      createUser(t.db, { name: 'Sam 2', email: 'SAM@example.org', role: 'staff', passwordHash: TEST_PASSWORD_HASH, fosterHomeId: null, actorId: null }),
    ).rejects.toBeInstanceOf(DuplicateEmailError);
    expect(await countUsers(t.db)).toBe(1);
    expect(await t.db.select().from(auditLog)).toEqual(before);
  });

  it('finds a user for sign-in whatever the case of the typed email', async () => {
    await insertUser(t.db, { email: 'fran@example.org' });
    expect((await getUserForSignIn(t.db, { email: 'Fran@Example.org' }))?.email).toBe('fran@example.org');
  });

  it('links a foster to a home and records who changed it', async () => {
    const admin = await insertUser(t.db, { role: 'admin' });
    const home = await insertFosterHome(t.db);
    const foster = await insertUser(t.db, { role: 'staff' });
    await updateUserRole(t.db, { userId: foster.id, role: 'foster', fosterHomeId: home.id, actorId: admin.id });
    expect(await getSessionUser(t.db, { id: foster.id })).toMatchObject({ role: 'foster', fosterHomeId: home.id });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, foster.id));
    expect(entry).toMatchObject({ actorId: admin.id, action: 'update', entityType: 'user' });
    expect(entry.changes).toEqual({ role: { from: 'staff', to: 'foster' }, fosterHomeId: { from: null, to: home.id } });
  });

  it('a deactivated user reads back as inactive so their session stops working', async () => {
    const admin = await insertUser(t.db, { role: 'admin' });
    const staff = await insertUser(t.db, { role: 'staff' });
    await setUserActive(t.db, { userId: staff.id, active: false, actorId: admin.id });
    expect((await getSessionUser(t.db, { id: staff.id }))?.active).toBe(false);
  });
});

describe(`settings on ${driverName()}`, () => {
  it('uses the defaults until an admin saves the settings', async () => {
    expect(await getPolicy(t.db)).toEqual(DEFAULT_POLICY);
  });

  it('stores the policy numbers and audits only the ones that changed', async () => {
    const admin = await insertUser(t.db, { role: 'admin' });
    await updatePolicy(t.db, { policy: { ...DEFAULT_POLICY, quarantineDays: 28 }, actorId: admin.id });
    expect((await getPolicy(t.db)).quarantineDays).toBe(28);
    const entries = await t.db.select().from(auditLog);
    expect(entries).toHaveLength(1);
    expect(entries[0].changes).toEqual({ quarantineDays: { from: 21, to: 28 } });
  });

  it('writes nothing when no number changed', async () => {
    const admin = await insertUser(t.db, { role: 'admin' });
    await updatePolicy(t.db, { policy: { ...DEFAULT_POLICY }, actorId: admin.id });
    expect(await t.db.select().from(settings)).toEqual([]);
    expect(await t.db.select().from(auditLog)).toEqual([]);
  });
});
