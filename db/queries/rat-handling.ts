import { asc, desc, eq } from 'drizzle-orm';
import { fosterHomes, handlingSessions, placements, quarantines, users } from '../schema';
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

/** A rat's quarantine periods and home stays, oldest first: the progress chart shades them. */
export async function listProgressPeriods(db: DbOrTx, params: { ratId: number }) {
  const [quarantineRows, placementRows] = await Promise.all([
    db
      .select({ startedOn: quarantines.startedOn, endedOn: quarantines.endedOn, plannedEndOn: quarantines.plannedEndOn })
      .from(quarantines)
      .where(eq(quarantines.ratId, params.ratId))
      .orderBy(asc(quarantines.startedOn)),
    db
      .select({ homeName: fosterHomes.name, startedAt: placements.startedAt, endedAt: placements.endedAt })
      .from(placements)
      .innerJoin(fosterHomes, eq(fosterHomes.id, placements.fosterHomeId))
      .where(eq(placements.ratId, params.ratId))
      .orderBy(asc(placements.startedAt)),
  ]);
  return { quarantines: quarantineRows, placements: placementRows };
}

export type ProgressPeriods = Awaited<ReturnType<typeof listProgressPeriods>>;
