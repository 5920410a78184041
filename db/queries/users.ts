import { asc, count, eq, sql } from 'drizzle-orm';
import { fosterHomes, users } from '../schema';
import type { DbOrTx } from '../connect';
import type { Role } from '../../lib/domain/vocabulary';
import { bumpSessionVersion } from './account-security';
import { recordAudit } from './audit';

export type SessionUser = {
  id: number;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  fosterHomeId: number | null;
  sessionVersion: number;
  mustChangePassword: boolean;
};

/** The columns that say who a user is and whether they may sign in: every user query starts from these. */
const userIdentity = { id: users.id, name: users.name, email: users.email, role: users.role, active: users.active };

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function getUserForSignIn(db: DbOrTx, params: { email: string }) {
  const [row] = await db
    .select({ ...userIdentity, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(sql`lower(${users.email})`, params.email.toLowerCase()));
  return row ?? null;
}

export async function getSessionUser(db: DbOrTx, params: { id: number }): Promise<SessionUser | null> {
  const [row] = await db
    .select({ ...userIdentity, fosterHomeId: users.fosterHomeId, sessionVersion: users.sessionVersion, mustChangePassword: users.mustChangePassword })
    .from(users)
    .where(eq(users.id, params.id));
  return row ?? null;
}

export async function markSignedIn(db: DbOrTx, params: { id: number; at: Date }) {
  await db.update(users).set({ lastSignInAt: params.at }).where(eq(users.id, params.id));
}

export async function listUsers(db: DbOrTx) {
  return db
    .select({ ...userIdentity, fosterHomeId: users.fosterHomeId, fosterHomeName: fosterHomes.name, lastSignInAt: users.lastSignInAt })
    .from(users)
    .leftJoin(fosterHomes, eq(fosterHomes.id, users.fosterHomeId))
    .orderBy(asc(users.active), asc(users.name));
}

export class DuplicateEmailError extends Error {
  constructor() {
    super('Someone already uses that email address.');
  }
}

/** The chosen foster home does not exist (deleted since the form opened, or a forged id). */
export class UnknownFosterHomeError extends Error {
  constructor() {
    super('That foster home no longer exists: choose another.');
  }
}

function hasCode(error: unknown, code: string): boolean {
  let e: unknown = error;
  for (let i = 0; i < 3 && e; i++) {
    if ((e as { code?: string }).code === code) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

const isUniqueViolation = (error: unknown) => hasCode(error, '23505');
const isForeignKeyViolation = (error: unknown) => hasCode(error, '23503');

export async function createUser(
  db: DbOrTx,
  params: { name: string; email: string; role: Role; passwordHash: string; fosterHomeId: number | null; actorId: number | null },
) {
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({ name: params.name, email: params.email, role: params.role, passwordHash: params.passwordHash, fosterHomeId: params.fosterHomeId })
        .returning({ id: users.id });
      await recordAudit(tx, {
        actorId: params.actorId ?? created.id,
        action: 'create',
        entityType: 'user',
        entityId: created.id,
        fosterHomeId: params.fosterHomeId,
        summary: `Created ${params.role} account for ${params.name}`,
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateEmailError();
    if (isForeignKeyViolation(error)) throw new UnknownFosterHomeError();
    throw error;
  }
}

/**
 * Creates the first admin only while there are no users at all; the advisory lock makes two
 * simultaneous first visits create one admin, not two.
 */
export async function createFirstAdmin(db: DbOrTx, params: { name: string; email: string; passwordHash: string }) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7214001)`);
    const [row] = await tx.select({ n: count() }).from(users);
    if ((row?.n ?? 0) > 0) return null;
    const [created] = await tx
      .insert(users)
      .values({ name: params.name, email: params.email, role: 'admin', passwordHash: params.passwordHash })
      .returning({ id: users.id });
    await recordAudit(tx, {
      actorId: created.id,
      action: 'create',
      entityType: 'user',
      entityId: created.id,
      summary: `Created the first admin account for ${params.name}`,
    });
    return created;
  });
}

export async function updateUserRole(
  db: DbOrTx,
  params: { userId: number; role: Role; fosterHomeId: number | null; actorId: number },
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, params.userId));
    if (!before) return null;
    // A new role or home ends the user's sessions, so no cookie carries the old one.
    const roleChanged = before.role !== params.role || before.fosterHomeId !== params.fosterHomeId;
    await tx
      .update(users)
      .set({ role: params.role, fosterHomeId: params.fosterHomeId, ...(roleChanged ? bumpSessionVersion() : {}) })
      .where(eq(users.id, params.userId));
    await recordAudit(tx, {
      actorId: params.actorId,
      action: 'update',
      entityType: 'user',
      entityId: params.userId,
      fosterHomeId: params.fosterHomeId ?? before.fosterHomeId,
      summary: `Changed ${before.name}'s role or home`,
      changes: {
        ...(before.role !== params.role ? { role: { from: before.role, to: params.role } } : {}),
        ...(before.fosterHomeId !== params.fosterHomeId ? { fosterHomeId: { from: before.fosterHomeId, to: params.fosterHomeId } } : {}),
      },
    });
    return before;
  });
}

export async function setUserActive(db: DbOrTx, params: { userId: number; active: boolean; actorId: number }) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ name: users.name, active: users.active }).from(users).where(eq(users.id, params.userId));
    if (!before) return null;
    // Both directions end old sessions: reactivating must not revive a cookie from before.
    await tx.update(users).set({ active: params.active, ...bumpSessionVersion() }).where(eq(users.id, params.userId));
    await recordAudit(tx, {
      actorId: params.actorId,
      action: 'update',
      entityType: 'user',
      entityId: params.userId,
      summary: `${params.active ? 'Reactivated' : 'Deactivated'} ${before.name}`,
      changes: { active: { from: before.active, to: params.active } },
    });
    return before;
  });
}

export async function countActiveAdmins(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(sql`${users.role} = 'admin' and ${users.active}`);
  return row?.n ?? 0;
}

export async function listFosterHomeOptions(db: DbOrTx) {
  return db.select({ id: fosterHomes.id, name: fosterHomes.name }).from(fosterHomes).where(eq(fosterHomes.active, true)).orderBy(asc(fosterHomes.name));
}
