/**
 * Account security rules: how long a session lasts, when a session is still good, and how
 * repeated wrong passwords are slowed down. Pure: the caller passes `now` and the stored facts.
 */

/**
 * A session ends 12 hours after sign-in however often it is used: a shift's length, so a
 * phone left signed in at a foster home does not stay signed in for days.
 */
export const SESSION_ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** Failures looked at when deciding a lock: older ones are forgotten. */
export const FAILURE_WINDOW_MS = 60 * 60 * 1000;

/**
 * Five wrong passwords for one account lock it for a minute; each further failure doubles the
 * lock, up to an hour. Guessing a 10-character password at that pace takes lifetimes.
 */
export const ACCOUNT_FAILURES_BEFORE_LOCK = 5;

/** Many people can share one address (an office, a phone network), so an address gets more tries. */
export const ADDRESS_FAILURES_BEFORE_LOCK = 20;

export const MAX_LOCK_MS = 60 * 60 * 1000;

export type SignInLock = { locked: false } | { locked: true; until: Date; message: string };

/** The lock earned by `failures` (times of recent wrong passwords) against a threshold, or none. */
export function lockFromFailures(failures: readonly Date[], threshold: number, now: Date): SignInLock {
  const recent = failures.filter((at) => now.getTime() - at.getTime() < FAILURE_WINDOW_MS);
  if (recent.length < threshold) return { locked: false };
  const last = Math.max(...recent.map((at) => at.getTime()));
  const lockMs = Math.min(MAX_LOCK_MS, 60_000 * 2 ** (recent.length - threshold));
  const until = new Date(last + lockMs);
  if (until.getTime() <= now.getTime()) return { locked: false };
  return { locked: true, until, message: tooManyAttempts(until, now) };
}

/** The later of two locks (by account and by address), or none. */
export function signInLock(account: readonly Date[], address: readonly Date[], now: Date): SignInLock {
  const locks = [
    lockFromFailures(account, ACCOUNT_FAILURES_BEFORE_LOCK, now),
    lockFromFailures(address, ADDRESS_FAILURES_BEFORE_LOCK, now),
  ].filter((l): l is Extract<SignInLock, { locked: true }> => l.locked);
  if (locks.length === 0) return { locked: false };
  return locks.reduce((a, b) => (a.until >= b.until ? a : b));
}

export function tooManyAttempts(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Too many attempts: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

export type SessionClaims = { uid?: number; sv?: number; signedInAt?: number };
export type SessionHolder = { active: boolean; sessionVersion: number } | null;

/**
 * A session is good while its user exists and is active, its version matches the user's
 * (bumped on a password change, a deactivation, a reactivation and a role change), and it is
 * younger than the absolute lifetime.
 */
export function sessionProblem(claims: SessionClaims, user: SessionHolder, now: Date): string | null {
  if (!claims.uid || claims.signedInAt === undefined || claims.sv === undefined) return 'incomplete session';
  if (!user) return 'user no longer exists';
  if (!user.active) return 'user deactivated';
  if (user.sessionVersion !== claims.sv) return 'session revoked';
  if (now.getTime() - claims.signedInAt >= SESSION_ABSOLUTE_LIFETIME_MS) return 'session expired';
  return null;
}
