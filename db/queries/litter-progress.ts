import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { handlingSessions, healthEvents } from '../schema';
import type { DbOrTx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { compareWithinLitter } from '../../lib/domain/litter-progress';
import { listHandlingRats } from './handling-sessions';

/** The litter's kittens' weighings, their sessions and current trust steps, compared within the litter. */
export async function getLitterProgress(db: DbOrTx, params: { kittens: ReadonlyArray<{ id: number; name: string }>; scope: RatScope }) {
  const ids = params.kittens.map((k) => k.id);
  if (ids.length === 0) return { weights: [], progress: [] };
  const [weights, sessionCounts, handling] = await Promise.all([
    db
      .select({ ratId: healthEvents.ratId, occurredOn: healthEvents.occurredOn, weightGrams: healthEvents.weightGrams })
      .from(healthEvents)
      .where(and(inArray(healthEvents.ratId, ids), eq(healthEvents.kind, 'weight')))
      .orderBy(asc(healthEvents.occurredOn), asc(healthEvents.id)),
    db.select({ ratId: handlingSessions.ratId, n: count() }).from(handlingSessions).where(inArray(handlingSessions.ratId, ids)).groupBy(handlingSessions.ratId),
    listHandlingRats(db, { scope: params.scope, ratIds: ids }),
  ]);
  const weighed = weights.flatMap((w) => (w.weightGrams === null ? [] : [{ ratId: w.ratId, occurredOn: w.occurredOn, weightGrams: w.weightGrams }]));
  const sessionsOf = new Map(sessionCounts.map((s) => [s.ratId, Number(s.n)]));
  const stepOf = new Map(handling.map((h) => [h.id, h.currentStep]));
  const latestOf = new Map<number, number>();
  for (const w of weighed) latestOf.set(w.ratId, w.weightGrams);
  const progress = compareWithinLitter(
    params.kittens.map((k) => ({ ratId: k.id, name: k.name, currentStep: stepOf.get(k.id) ?? null, sessions: sessionsOf.get(k.id) ?? 0, latestGrams: latestOf.get(k.id) ?? null })),
  );
  return { weights: weighed, progress };
}
