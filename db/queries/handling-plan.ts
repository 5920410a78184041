import { and, desc, eq, lte } from 'drizzle-orm';
import { handlingSessions, rats, temperamentAssessments } from '../schema';
import type { DbOrTx } from '../connect';
import type { HandlingPlanInput } from '../../lib/domain/handling-plan';
import { PLAN_RECENT_SESSIONS } from '../../lib/domain/handling-plan';
import { currentTrustStep, TRUST_STEP_WINDOW } from '../../lib/domain/trust-step';

/** Both rules read only a rat's latest sessions: the step its last three, the plan its last three. */
const SESSIONS_READ = Math.max(PLAN_RECENT_SESSIONS, TRUST_STEP_WINDOW);

/**
 * Everything `handlingPlan` reads for one rat, as of `now`: its sex, birth and neuter dates, its
 * latest sessions (and the step they give), and its latest temperament assessment. Null when
 * the rat does not exist; the caller has already checked the rat is in the user's scope.
 */
export async function loadHandlingPlanInput(db: DbOrTx, params: { ratId: number; now: Date }): Promise<HandlingPlanInput | null> {
  const [rat, sessions, temperament] = await Promise.all([
    db
      .select({ sex: rats.sex, birthDate: rats.birthDate, neuteredOn: rats.neuteredOn })
      .from(rats)
      .where(eq(rats.id, params.ratId))
      .then((rows) => rows[0]),
    db
      .select({
        id: handlingSessions.id,
        sessionAt: handlingSessions.sessionAt,
        highestStep: handlingSessions.highestStep,
        stressSigns: handlingSessions.stressSigns,
        biteGrade: handlingSessions.biteGrade,
      })
      .from(handlingSessions)
      .where(and(eq(handlingSessions.ratId, params.ratId), lte(handlingSessions.sessionAt, params.now)))
      .orderBy(desc(handlingSessions.sessionAt), desc(handlingSessions.id))
      .limit(SESSIONS_READ),
    db
      .select({
        biteRisk: temperamentAssessments.biteRisk,
        category: temperamentAssessments.category,
        fearTriggers: temperamentAssessments.fearTriggers,
        backgroundCauses: temperamentAssessments.backgroundCauses,
      })
      .from(temperamentAssessments)
      .where(and(eq(temperamentAssessments.ratId, params.ratId), lte(temperamentAssessments.assessedAt, params.now)))
      .orderBy(desc(temperamentAssessments.assessedAt), desc(temperamentAssessments.id))
      .limit(1)
      .then((rows) => rows[0] ?? null),
  ]);
  if (!rat) return null;
  return { step: currentTrustStep(sessions), temperament, sessions, rat };
}
