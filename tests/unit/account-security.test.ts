import { describe, expect, it } from 'vitest';
import { lockFromFailures, sessionProblem, signInLock, SESSION_ABSOLUTE_LIFETIME_MS } from '@/lib/domain/account-security';

const now = new Date('2026-11-24T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const times = (n: number, msAgo = 1_000) => Array.from({ length: n }, () => ago(msAgo));

describe('sign-in locks', () => {
  it('four failures lock nothing', () => {
    expect(lockFromFailures(times(4), 5, now)).toEqual({ locked: false });
  });

  it('five failures in a minute lock the account for a minute, saying so', () => {
    expect(signInLock(times(5), [], now)).toMatchObject({ locked: true, message: 'Too many attempts: try again in 1 minute.' });
  });

  it('each further failure doubles the wait, up to an hour', () => {
    expect(signInLock(times(7), [], now)).toMatchObject({ message: 'Too many attempts: try again in 4 minutes.' });
    expect(signInLock(times(30), [], now)).toMatchObject({ message: 'Too many attempts: try again in 60 minutes.' });
  });

  it('a lock ends once its wait has passed since the last failure', () => {
    expect(signInLock(times(5, 61_000), [], now)).toEqual({ locked: false });
  });

  it('failures older than an hour are forgotten', () => {
    expect(signInLock(times(10, 61 * 60_000), [], now)).toEqual({ locked: false });
  });

  it('an address needs twenty failures, since many people can share one', () => {
    expect(signInLock([], times(19), now)).toEqual({ locked: false });
    expect(signInLock([], times(20), now)).toMatchObject({ locked: true });
  });
});

describe('sessions', () => {
  const claims = { uid: 1, sv: 2, signedInAt: now.getTime() - 1_000 };
  const holder = { active: true, sessionVersion: 2 };

  it('a fresh session of an active user with the current version is good', () => {
    expect(sessionProblem(claims, holder, now)).toBeNull();
  });

  it('a session from before the user’s last password, role or active change is refused', () => {
    expect(sessionProblem(claims, { ...holder, sessionVersion: 3 }, now)).toBe('session revoked');
  });

  it('a deactivated or deleted user has no session', () => {
    expect(sessionProblem(claims, { ...holder, active: false }, now)).toBe('user deactivated');
    expect(sessionProblem(claims, null, now)).toBe('user no longer exists');
  });

  it('a session ends at its absolute lifetime however recently it was used', () => {
    expect(sessionProblem({ ...claims, signedInAt: now.getTime() - SESSION_ABSOLUTE_LIFETIME_MS }, holder, now)).toBe('session expired');
  });

  it('a cookie from before session versions existed is refused', () => {
    expect(sessionProblem({ uid: 1 }, holder, now)).toBe('incomplete session');
  });
});
