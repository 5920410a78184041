import { desc, eq } from 'drizzle-orm';
import { handlingSessions, users } from '../schema';
import type { DbOrTx } from '../connect';

/** A rat's handling sessions, newest first, with who logged each. */
export async function listRatSessions(db: DbOrTx, params: { ratId: number; limit?: number }) {
  return db
    .select({
      id: handlingSessions.id,
      sessionAt: handlingSessions.sessionAt,
      durationMinutes: handlingSessions.durationMinutes,
      techniques: handlingSessions.techniques,
      highestStep: handlingSessions.highestStep,
      positiveSigns: handlingSessions.positiveSigns,
      stressSigns: handlingSessions.stressSigns,
      biteGrade: handlingSessions.biteGrade,
      confidence: handlingSessions.confidence,
      notes: handlingSessions.notes,
      loggedByName: users.name,
    })
    .from(handlingSessions)
    .leftJoin(users, eq(users.id, handlingSessions.loggedBy))
    .where(eq(handlingSessions.ratId, params.ratId))
    .orderBy(desc(handlingSessions.sessionAt), desc(handlingSessions.id))
    .limit(params.limit ?? 1000);
}

export type RatSession = Awaited<ReturnType<typeof listRatSessions>>[number];
