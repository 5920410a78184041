import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import { settings, signInFailures, users } from '../schema';
import type { DbOrTx } from '../connect';
import { FAILURE_WINDOW_MS } from '../../lib/domain/account-security';
import { recordAudit } from './audit';

/** Recent failed sign-ins for this email and for this address. */
export async function listRecentSignInFailures(db: DbOrTx, params: { email: string; address: string; now: Date }) {
  const since = new Date(params.now.getTime() - FAILURE_WINDOW_MS);
  const rows = await db
    .select({ at: signInFailures.at, email: signInFailures.email, address: signInFailures.address })
    .from(signInFailures)
    .where(and(gt(signInFailures.at, since), or(eq(signInFailures.email, params.email), eq(signInFailures.address, params.address))));
  return {
    account: rows.filter((r) => r.email === params.email).map((r) => r.at),
    address: rows.filter((r) => r.address === params.address).map((r) => r.at),
  };
}

export async function recordSignInFailure(db: DbOrTx, params: { email: string; address: string; at: Date }) {
  await db.insert(signInFailures).values(params);
  // Keep the table small: anything older than the window no longer counts.
  await db.delete(signInFailures).where(lt(signInFailures.at, new Date(params.at.getTime() - 2 * FAILURE_WINDOW_MS)));
}

/** A right password forgives the account's earlier failures (not the address's). */
export async function clearSignInFailures(db: DbOrTx, params: { email: string }) {
  await db.delete(signInFailures).where(eq(signInFailures.email, params.email));
}

/** Ends every session the user holds: their cookies carry the old version. */
export function bumpSessionVersion() {
  return { sessionVersion: sql`${users.sessionVersion} + 1` };
}

export async function getPasswordHolder(db: DbOrTx, params: { id: number }) {
  const [row] = await db
    .select({ id: users.id, name: users.name, passwordHash: users.passwordHash, mustChangePassword: users.mustChangePassword })
    .from(users)
    .where(eq(users.id, params.id));
  return row ?? null;
}

/** Sets a new password and ends every other session; returns the new session version. */
export async function setPassword(
  db: DbOrTx,
  params: { userId: number; passwordHash: string; mustChange: boolean; actorId: number; summary: string },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash: params.passwordHash, mustChangePassword: params.mustChange, ...bumpSessionVersion() })
      .where(eq(users.id, params.userId))
      .returning({ sessionVersion: users.sessionVersion });
    if (!row) return null;
    await recordAudit(tx, { actorId: params.actorId, action: 'update', entityType: 'user', entityId: params.userId, summary: params.summary });
    return row;
  });
}

// Flags kept in the settings table beside the policy numbers (1 = on).
export const RESCUE_LIVE_KEY = 'rescueLive';
export const DEMO_PRESENT_KEY = 'demoPresent';

export async function getRescueFlags(db: DbOrTx) {
  const rows = await db.select({ key: settings.key, value: settings.value }).from(settings);
  const on = (key: string) => rows.some((r) => r.key === key && r.value === 1);
  return { live: on(RESCUE_LIVE_KEY), demo: on(DEMO_PRESENT_KEY) };
}

export async function setRescueFlag(db: DbOrTx, params: { key: string; on: boolean; actorId: number | null }) {
  await db
    .insert(settings)
    .values({ key: params.key, value: params.on ? 1 : 0, updatedBy: params.actorId })
    .onConflictDoUpdate({ target: settings.key, set: { value: params.on ? 1 : 0, updatedBy: params.actorId, updatedAt: sql`now()` } });
}
