import { and, desc, eq, gte, inArray, lte, or, sql } from 'drizzle-orm';
import { handlingSessions, healthEvents, rats, temperamentAssessments } from '../schema';
import type { DbOrTx } from '../connect';
import type { HandlingPlanInput } from '../../lib/domain/handling-plan';
import { PLAN_RECENT_SESSIONS } from '../../lib/domain/handling-plan';
import { currentTrustStep, TRUST_STEP_WINDOW } from '../../lib/domain/trust-step';
import { addDays, toIsoDate } from '../../lib/domain/dates';
import { DEFAULT_POLICY } from '../../lib/domain/policy';
import { REST_AFTER_ILLNESS_DAYS, REST_AFTER_NEUTER_DAYS, type PlanHealth } from '../../lib/domain/handling-plan';

/** The health events the plan's rest rule reads: recent illnesses, running medications, recent weighings. */
export async function loadPlanHealth(db: DbOrTx, params: { ratId: number; now: Date; weightLossWindowDays?: number }): Promise<PlanHealth> {
  const today = toIsoDate(params.now);
  const window = params.weightLossWindowDays ?? DEFAULT_POLICY.weightLossWindowDays;
  const recentSince = addDays(today, -Math.max(REST_AFTER_ILLNESS_DAYS, REST_AFTER_NEUTER_DAYS));
  const rows = await db
    .select({
      kind: healthEvents.kind,
      occurredOn: healthEvents.occurredOn,
      symptoms: healthEvents.symptoms,
      diagnosis: healthEvents.diagnosis,
      medication: healthEvents.medication,
      courseStartOn: healthEvents.courseStartOn,
      courseEndOn: healthEvents.courseEndOn,
      weightGrams: healthEvents.weightGrams,
    })
    .from(healthEvents)
    .where(
      and(
        eq(healthEvents.ratId, params.ratId),
        inArray(healthEvents.kind, ['illness', 'medication', 'weight']),
        lte(healthEvents.occurredOn, today),
        or(
          gte(healthEvents.occurredOn, sql`${addDays(today, -2 * window)}::date`),
          and(eq(healthEvents.kind, 'medication'), gte(healthEvents.courseEndOn, today)),
        ),
      ),
    );
  return {
    illnesses: rows.filter((r) => r.kind === 'illness' && r.occurredOn >= recentSince),
    medications: rows.filter((r) => r.kind === 'medication'),
    weights: rows.flatMap((r) => (r.kind === 'weight' && r.weightGrams !== null ? [{ occurredOn: r.occurredOn, weightGrams: r.weightGrams }] : [])),
  };
}

/** Both rules read only a rat's latest sessions: the step its last three, the plan its last three. */
const SESSIONS_READ = Math.max(PLAN_RECENT_SESSIONS, TRUST_STEP_WINDOW);

/**
 * Everything `handlingPlan` reads for one rat, as of `now`: its sex, birth and neuter dates, its
 * latest sessions (and the step they give), and its latest temperament assessment. Null when
 * the rat does not exist; the caller has already checked the rat is in the user's scope.
 */
export async function loadHandlingPlanInput(db: DbOrTx, params: { ratId: number; now: Date; weightLossWindowDays?: number }): Promise<HandlingPlanInput | null> {
  const [rat, sessions, temperament, health] = await Promise.all([
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
    loadPlanHealth(db, params),
  ]);
  if (!rat) return null;
  return { step: currentTrustStep(sessions), temperament, sessions, rat, health };
}
