import { describe, expect, it } from 'vitest';
import { recordedTimeDecision, OFFLINE_ENTRY_MAX_AGE_DAYS } from '@/lib/domain/offline';
import { newIdempotencyKey } from '@/lib/idempotency';
import {
  afterAttempt,
  clearBackOff,
  FIRST_RETRY_MS,
  MAX_RETRY_MS,
  newEntry,
  nextAttemptDue,
  nextToSend,
  outcomeOfResponse,
  retryDelay,
  retryRefused,
  waitingEntries,
  type QueueEntry,
} from '@/lib/offline/queue';

const NOW = new Date('2026-11-24T12:00:00Z');
const FOSTER = 7;

function entry(minutesAgo: number, over: Partial<QueueEntry> = {}): QueueEntry {
  return {
    ...newEntry({
      key: newIdempotencyKey(),
      kind: 'session',
      userId: FOSTER,
      recordedAt: new Date(NOW.getTime() - minutesAgo * 60_000),
      label: `Session ${minutesAgo} minutes ago`,
      payload: {},
    }),
    ...over,
  };
}

describe('offline queue: order', () => {
  it('sends the oldest recorded entry first, whatever order they were stored in', () => {
    const newer = entry(1);
    const older = entry(30);
    expect(nextToSend([newer, older], FOSTER, NOW)?.key).toBe(older.key);
    expect(waitingEntries([newer, older], FOSTER).map((e) => e.key)).toEqual([older.key, newer.key]);
  });

  it('holds later entries back while the oldest one waits out its back-off, so entries arrive in order', () => {
    const older = afterAttempt(entry(30), { kind: 'failed' }, NOW)!;
    const newer = entry(1);
    expect(nextToSend([older, newer], FOSTER, NOW)).toBeNull();
    expect(nextToSend([older, newer], FOSTER, new Date(NOW.getTime() + FIRST_RETRY_MS))?.key).toBe(older.key);
  });

  it('sends only the signed-in foster’s entries from a shared phone', () => {
    const theirs = entry(5, { userId: 99 });
    expect(nextToSend([theirs], FOSTER, NOW)).toBeNull();
    expect(nextAttemptDue([theirs], FOSTER)).toBeNull();
  });

  it('a refused entry does not hold back the entries after it', () => {
    const refused = afterAttempt(entry(30), { kind: 'refused', reason: 'Pip now lives in another home; this session was not saved.' }, NOW)!;
    const next = entry(1);
    expect(nextToSend([refused, next], FOSTER, NOW)?.key).toBe(next.key);
  });
});

describe('offline queue: retry with back-off', () => {
  it('waits 5 seconds after the first failure and doubles the wait after each further failure', () => {
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([5_000, 10_000, 20_000, 40_000]);
  });

  it('never waits more than 5 minutes between attempts, however many failed', () => {
    expect(retryDelay(12)).toBe(MAX_RETRY_MS);
    expect(retryDelay(10_000)).toBe(MAX_RETRY_MS);
  });

  it('a failed attempt keeps the entry waiting, counts the attempt and sets when to try again', () => {
    const once = afterAttempt(entry(1), { kind: 'failed' }, NOW)!;
    const twice = afterAttempt(once, { kind: 'failed' }, NOW)!;
    expect(twice.state).toBe('waiting');
    expect(twice.attempts).toBe(2);
    expect(Date.parse(twice.nextAttemptAt!)).toBe(NOW.getTime() + 10_000);
  });

  it('when the network comes back every waiting entry may go at once', () => {
    const backingOff = afterAttempt(afterAttempt(entry(1), { kind: 'failed' }, NOW)!, { kind: 'failed' }, NOW)!;
    const [cleared] = clearBackOff([backingOff]);
    expect(nextToSend([cleared], FOSTER, NOW)?.key).toBe(backingOff.key);
  });

  it('a server error or a lost answer is a failure to retry, never a refusal', () => {
    expect(outcomeOfResponse(500, null)).toEqual({ kind: 'failed' });
    expect(outcomeOfResponse(502, '<html>')).toEqual({ kind: 'failed' });
    expect(outcomeOfResponse(409, {})).toEqual({ kind: 'failed' });
  });
});

describe('offline queue: idempotency keys', () => {
  it('each recorded entry gets its own key', () => {
    const keys = new Set(Array.from({ length: 200 }, () => entry(1).key));
    expect(keys.size).toBe(200);
  });

  it('an entry keeps its key through failed attempts and a retry after a refusal, so the server can tell a repeat', () => {
    const first = entry(1);
    const failed = afterAttempt(first, { kind: 'failed' }, NOW)!;
    const refused = afterAttempt(failed, { kind: 'refused', reason: 'Not now' }, NOW)!;
    expect(retryRefused(refused).key).toBe(first.key);
  });

  it('an entry the server already has (accepted, or saved before under the same key) leaves the phone', () => {
    expect(outcomeOfResponse(200, { status: 'accepted', first: false })).toEqual({ kind: 'accepted' });
    expect(afterAttempt(entry(1), { kind: 'accepted' }, NOW)).toBeNull();
  });
});

describe('offline queue: conflicts', () => {
  it('a refused entry stays on the phone with the server’s reason, never dropped', () => {
    const reason = 'Pip now lives in another home; this session was not saved.';
    const kept = afterAttempt(entry(1), outcomeOfResponse(409, { status: 'refused', reason }), NOW);
    expect(kept).not.toBeNull();
    expect(kept!.state).toBe('refused');
    expect(kept!.reason).toBe(reason);
  });

  it('a refused entry is not sent again until the foster asks for it', () => {
    const kept = afterAttempt(entry(1), { kind: 'refused', reason: 'Not now' }, NOW)!;
    expect(nextToSend([kept], FOSTER, NOW)).toBeNull();
    const again = retryRefused(kept);
    expect(again.state).toBe('waiting');
    expect(again.reason).toBeUndefined();
    expect(nextToSend([again], FOSTER, NOW)?.key).toBe(kept.key);
  });

  it('signed out meanwhile: the entry stays waiting as it was', () => {
    const waiting = entry(1);
    expect(outcomeOfResponse(401, {})).toEqual({ kind: 'signed-out' });
    expect(afterAttempt(waiting, { kind: 'signed-out' }, NOW)).toEqual(waiting);
  });
});

describe('recorded time of an offline entry', () => {
  it('keeps a time up to the policy limit in the past', () => {
    expect(recordedTimeDecision(new Date(NOW.getTime() - (OFFLINE_ENTRY_MAX_AGE_DAYS * 86_400_000 - 60_000)), NOW).ok).toBe(true);
  });

  it('refuses a time older than the policy limit, saying so', () => {
    const decision = recordedTimeDecision(new Date(NOW.getTime() - (OFFLINE_ENTRY_MAX_AGE_DAYS + 1) * 86_400_000), NOW);
    expect(decision).toEqual({ ok: false, reason: expect.stringContaining(`more than ${OFFLINE_ENTRY_MAX_AGE_DAYS} days ago`) });
  });

  it('refuses a time in the future beyond two minutes of clock difference', () => {
    expect(recordedTimeDecision(new Date(NOW.getTime() + 60_000), NOW).ok).toBe(true);
    expect(recordedTimeDecision(new Date(NOW.getTime() + 10 * 60_000), NOW).ok).toBe(false);
  });
});
