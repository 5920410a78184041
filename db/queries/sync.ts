import type { DbOrTx, Tx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { recordedTimeDecision } from '../../lib/domain/offline';
import type { Policy } from '../../lib/domain/policy';
import { listInWords } from '../../lib/domain/quarantine';
import type { Role } from '../../lib/domain/vocabulary';
import { handlingSessionInput } from '../../lib/validation/handling';
import { healthEventInput } from '../../lib/validation/health';
import { observationInput } from '../../lib/validation/introductions';
import { syncPhotoPayload, syncWeightPayload, type SyncEnvelope } from '../../lib/validation/sync';
import { createHandlingSession, RatsOutOfScopeError, ratsThatMovedAway } from './handling-sessions';
import { RatNotInScopeError, recordHealthEvent } from './health-events';
import { getRatInScope } from './housing';
import { writeOnce } from './idempotency';
import { recordObservation } from './introductions';
import { addRatPhoto } from './rat-records';

/** A photo already checked and stored by the caller (files first, then the row). */
export type StoredPhoto = { storageKey: string; thumbnailKey: string; contentType: string; bytes: number };

/**
 * What became of one entry: saved now, or saved before (the same key arrived again: nothing
 * written), or refused with a reason in words (nothing written, the key left free so the
 * foster may send it again once the cause is fixed).
 */
export type SyncResult = { status: 'accepted'; first: boolean; message: string } | { status: 'refused'; reason: string };

/** A refusal inside the write: thrown so the transaction, and the key's claim with it, roll back. */
class Refusal extends Error {}

const WHAT: Record<SyncEnvelope['kind'], string> = {
  session: 'this session',
  weight: 'this weight',
  observation: 'this meeting',
  photo: 'this photo',
};

function firstIssue(error: { issues: ReadonlyArray<{ message: string }> }): string {
  return error.issues[0]?.message ?? 'This entry could not be read.';
}

/** Rats of the foster's home that live elsewhere now, named when the foster knew them. */
async function movedAway(tx: DbOrTx, ratIds: number[], scope: RatScope, what: string): Promise<Refusal> {
  const names = await ratsThatMovedAway(tx, ratIds, scope);
  return movedAwayRefusal(names, what);
}

function movedAwayRefusal(names: readonly string[], what: string): Refusal {
  if (names.length === 0) return new Refusal(`That rat is not in your home: ${what} was not saved.`);
  return new Refusal(`${listInWords(names)} now ${names.length === 1 ? 'lives' : 'live'} in another home; ${what} was not saved.`);
}

/**
 * Accepts one entry recorded on a phone, exactly once per idempotency key: the key is claimed
 * in the same transaction as the write, so a second arrival of the same entry writes nothing
 * and answers "accepted". The time recorded on the device is kept (within the bounds of
 * lib/domain/offline.ts), not the time it arrived. Each kind is written through its own
 * query, with the same checks as its online form: sessions through createHandlingSession,
 * weights through recordHealthEvent, meetings through recordObservation, photos through
 * addRatPhoto; the rat (or the introduction) must be in the sender's scope at the moment of writing.
 */
export async function acceptSyncEntry(
  db: DbOrTx,
  params: { entry: SyncEnvelope; actor: { id: number; role: Role }; scope: RatScope; now: Date; policy: Policy; photo?: StoredPhoto },
): Promise<SyncResult> {
  const { entry, actor, scope, now } = params;
  const what = WHAT[entry.kind];
  const when = recordedTimeDecision(entry.recordedAt, now);
  if (!when.ok) return { status: 'refused', reason: when.reason };
  try {
    const done = await writeOnce(db, { key: entry.key, action: `sync:${entry.kind}`, userId: actor.id }, (tx) => write(tx, params));
    return { status: 'accepted', first: done.first, message: done.first ? (done.value ?? 'Saved.') : 'Already saved.' };
  } catch (error) {
    if (error instanceof Refusal) return { status: 'refused', reason: error.message };
    if (error instanceof RatsOutOfScopeError) return { status: 'refused', reason: movedAwayRefusal(error.names, what).message };
    if (error instanceof RatNotInScopeError) return { status: 'refused', reason: (await movedAway(db, ratIdOf(entry), scope, what)).message };
    throw error;
  }
}

function ratIdOf(entry: SyncEnvelope): number[] {
  const id = Number(entry.payload.ratId);
  return Number.isInteger(id) && id > 0 ? [id] : [];
}

async function write(tx: Tx, params: Parameters<typeof acceptSyncEntry>[1]): Promise<string> {
  const { entry, actor, scope, now } = params;
  switch (entry.kind) {
    case 'session': {
      const input = handlingSessionInput(now).safeParse(entry.payload);
      if (!input.success) throw new Refusal(firstIssue(input.error));
      const time = recordedTimeDecision(input.data.sessionAt, now);
      if (!time.ok) throw new Refusal(time.reason);
      const result = await createHandlingSession(tx, { input: input.data, scope, loggedBy: actor.id });
      const n = input.data.rats.length;
      return `Session saved for ${n === 1 ? '1 rat' : `${n} rats`}.${result.incidents ? ' The bite was reported to the coordinators.' : ''}`;
    }
    case 'weight': {
      const raw = syncWeightPayload.safeParse(entry.payload);
      if (!raw.success) throw new Refusal(firstIssue(raw.error));
      const input = healthEventInput(now).safeParse({ kind: 'weight', occurredOn: raw.data.occurredOn, weightGrams: raw.data.weightGrams, notes: raw.data.notes });
      if (!input.success) throw new Refusal(firstIssue(input.error));
      const outcome = await recordHealthEvent(tx, { ratId: raw.data.ratId, input: input.data, scope, actor, now, policy: params.policy });
      if (!outcome.ok) throw new Refusal(outcome.reason);
      return outcome.confirmation;
    }
    case 'observation': {
      const input = observationInput(now).safeParse(entry.payload);
      if (!input.success) throw new Refusal(firstIssue(input.error));
      const time = recordedTimeDecision(input.data.observedAt, now);
      if (!time.ok) throw new Refusal(time.reason);
      const { introductionId, ...observation } = input.data;
      const result = await recordObservation(tx, { introductionId, scope, actorId: actor.id, now, observation });
      if (!result.ok) throw new Refusal(result.notFound ? `That introduction is not in your home any more: ${WHAT.observation} was not saved.` : result.reason);
      return result.message;
    }
    case 'photo': {
      const input = syncPhotoPayload.safeParse(entry.payload);
      if (!input.success) throw new Refusal(firstIssue(input.error));
      if (!params.photo) throw new Refusal('The photo did not arrive: send it again.');
      const rat = await getRatInScope(tx, { id: input.data.ratId, scope });
      if (!rat) throw await movedAway(tx, [input.data.ratId], scope, WHAT.photo);
      await addRatPhoto(tx, { ratId: rat.id, ...params.photo, caption: input.data.caption, actorId: actor.id });
      return `Added the photo of ${rat.name}.`;
    }
  }
}
