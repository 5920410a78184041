/**
 * The device's queue of entries recorded with no signal: pure rules, no storage and no network
 * (lib/offline/store.ts keeps the entries in IndexedDB, lib/offline/sender.ts sends them).
 *
 * Rules:
 * - every entry carries its own idempotency key, made when it is recorded, and keeps it for
 *   every attempt: the server accepts a key once, so an entry sent twice is saved once;
 * - entries go oldest first, one at a time; a failure of the network or the server stops the
 *   round and the entry waits, with a back-off that doubles per failed attempt up to a cap;
 * - an entry the server refuses (the rat moved to another home, the time is out of bounds) is
 *   kept with the reason, never dropped: the foster sends it again or discards it.
 */

export const OFFLINE_ENTRY_KINDS = ['session', 'weight', 'observation', 'photo'] as const;
export type OfflineEntryKind = (typeof OFFLINE_ENTRY_KINDS)[number];

export type EntryState = 'waiting' | 'refused';

export type QueueEntry = {
  /** The idempotency key (a UUID), made on the device when the entry is recorded. */
  key: string;
  kind: OfflineEntryKind;
  /** Who recorded it: a device shared by two fosters sends each one's entries only while they are signed in. */
  userId: number;
  /** When it was recorded on the device (ISO): the order entries go in. */
  recordedAt: string;
  /** What the foster sees in the waiting list, e.g. "Session with Pip and Bean". */
  label: string;
  /** The entry's content, as the server's sync endpoint reads it (a photo's file travels beside it). */
  payload: Record<string, unknown>;
  photo?: Blob;
  state: EntryState;
  /** Failed attempts so far (network or server errors, not refusals). */
  attempts: number;
  /** Not before this time (ISO); null: at once. */
  nextAttemptAt: string | null;
  /** Why the server refused it, in the server's words. */
  reason?: string;
};

/** What one attempt to send an entry came to. */
export type SendOutcome =
  /** Saved now, or saved by an earlier attempt whose answer was lost: either way it is on the server. */
  | { kind: 'accepted' }
  /** The server will not take it as it is: keep it with the reason. */
  | { kind: 'refused'; reason: string }
  /** The network or the server failed: try again later. */
  | { kind: 'failed' }
  /** Signed out meanwhile: keep it, try again once signed in. */
  | { kind: 'signed-out' };

/** Back-off policy: the first retry after 5 seconds, doubling each time, never more than 5 minutes apart. */
export const FIRST_RETRY_MS = 5_000;
export const MAX_RETRY_MS = 5 * 60_000;

/** How long to wait after `attempts` failed attempts: 5 s, 10 s, 20 s, … capped at 5 minutes. */
export function retryDelay(attempts: number): number {
  if (attempts <= 0) return 0;
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(attempts - 1, 30));
}

export function newEntry(params: {
  key: string;
  kind: OfflineEntryKind;
  userId: number;
  recordedAt: Date;
  label: string;
  payload: Record<string, unknown>;
  photo?: Blob;
}): QueueEntry {
  return {
    key: params.key,
    kind: params.kind,
    userId: params.userId,
    recordedAt: params.recordedAt.toISOString(),
    label: params.label,
    payload: params.payload,
    ...(params.photo ? { photo: params.photo } : {}),
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: null,
  };
}

/** Oldest first; entries recorded in the same millisecond keep a stable order by key. */
export function inSendOrder(entries: readonly QueueEntry[]): QueueEntry[] {
  return [...entries].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.key.localeCompare(b.key));
}

/** The user's entries waiting to go, oldest first (refused ones wait for the foster, not the network). */
export function waitingEntries(entries: readonly QueueEntry[], userId: number): QueueEntry[] {
  return inSendOrder(entries.filter((e) => e.userId === userId && e.state === 'waiting'));
}

/**
 * The next entry to send now, or null: the oldest waiting entry of the user, unless it is still
 * backing off (then nothing goes, so entries reach the server in the order they were recorded).
 */
export function nextToSend(entries: readonly QueueEntry[], userId: number, now: Date): QueueEntry | null {
  const [first] = waitingEntries(entries, userId);
  if (!first) return null;
  if (first.nextAttemptAt && Date.parse(first.nextAttemptAt) > now.getTime()) return null;
  return first;
}

/** When the next attempt is due (to set a timer), or null when nothing is waiting. */
export function nextAttemptDue(entries: readonly QueueEntry[], userId: number): Date | null {
  const [first] = waitingEntries(entries, userId);
  if (!first) return null;
  return first.nextAttemptAt ? new Date(first.nextAttemptAt) : new Date(0);
}

/**
 * The entry after an attempt: null when it is on the server (remove it from the device); kept
 * with its reason when refused; kept with a longer wait when the attempt failed; unchanged when
 * the foster was signed out.
 */
export function afterAttempt(entry: QueueEntry, outcome: SendOutcome, now: Date): QueueEntry | null {
  switch (outcome.kind) {
    case 'accepted':
      return null;
    case 'refused':
      return { ...entry, state: 'refused', reason: outcome.reason, nextAttemptAt: null };
    case 'failed': {
      const attempts = entry.attempts + 1;
      return { ...entry, attempts, nextAttemptAt: new Date(now.getTime() + retryDelay(attempts)).toISOString() };
    }
    case 'signed-out':
      return entry;
  }
}

/** The foster asks to send a refused entry again (say, after the rat came back): same key, at once. */
export function retryRefused(entry: QueueEntry): QueueEntry {
  const { reason: _reason, ...rest } = entry;
  return { ...rest, state: 'waiting', attempts: 0, nextAttemptAt: null };
}

/** The network came back: every waiting entry may go at once rather than sit out its back-off. */
export function clearBackOff(entries: readonly QueueEntry[]): QueueEntry[] {
  return entries.map((e) => (e.state === 'waiting' && e.nextAttemptAt ? { ...e, nextAttemptAt: null } : e));
}

/** Reads the sync endpoint's answer: a refusal carries its reason; 401 means signed out; anything else unexpected is a failure to retry. */
export function outcomeOfResponse(status: number, body: unknown): SendOutcome {
  const reason = typeof body === 'object' && body !== null && typeof (body as { reason?: unknown }).reason === 'string' ? (body as { reason: string }).reason : null;
  if (status === 200) return { kind: 'accepted' };
  if (status === 401) return { kind: 'signed-out' };
  if ((status === 409 || status === 422 || status === 404) && reason) return { kind: 'refused', reason };
  return { kind: 'failed' };
}
