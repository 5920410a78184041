import { and, desc, eq, isNull } from 'drizzle-orm';
import { placements, temperamentAssessments, users } from '../schema';
import type { DbOrTx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { changedFields } from '../../lib/domain/audit';
import { ASSESSMENT_SCALE, TEMPERAMENT_CATEGORY_LABELS } from '../../lib/domain/temperament';
import type { TemperamentAssessmentInput } from '../../lib/validation/handling';
import { recordAudit } from './audit';
import { getRatInScope } from './housing';

/** Every assessment of a rat, newest first, with who made it. */
export async function listAssessments(db: DbOrTx, params: { ratId: number }) {
  return db
    .select({
      id: temperamentAssessments.id,
      assessedAt: temperamentAssessments.assessedAt,
      assessorName: users.name,
      scaleVersion: temperamentAssessments.scaleVersion,
      scaleMax: temperamentAssessments.scaleMax,
      approach: temperamentAssessments.approach,
      handlingTolerance: temperamentAssessments.handlingTolerance,
      newSpaceConfidence: temperamentAssessments.newSpaceConfidence,
      ratSociability: temperamentAssessments.ratSociability,
      biteRisk: temperamentAssessments.biteRisk,
      backgroundCauses: temperamentAssessments.backgroundCauses,
      fearTriggers: temperamentAssessments.fearTriggers,
      category: temperamentAssessments.category,
      notes: temperamentAssessments.notes,
    })
    .from(temperamentAssessments)
    .leftJoin(users, eq(users.id, temperamentAssessments.assessedBy))
    .where(eq(temperamentAssessments.ratId, params.ratId))
    .orderBy(desc(temperamentAssessments.assessedAt), desc(temperamentAssessments.id));
}

export type AssessmentRow = Awaited<ReturnType<typeof listAssessments>>[number];

const AUDITED_FIELDS = [
  'scaleVersion',
  'scaleMax',
  'approach',
  'handlingTolerance',
  'newSpaceConfidence',
  'ratSociability',
  'biteRisk',
  'backgroundCauses',
  'fearTriggers',
  'category',
  'notes',
] as const;

/**
 * Records an assessment on the current scale, with its audit entry, in one transaction. The rat
 * is looked up inside the transaction through the caller's scope: a foster whose rat has left
 * their home (or who names another home's rat) gets null and nothing is written.
 */
export async function createAssessment(
  db: DbOrTx,
  params: { ratId: number; scope: RatScope; actorId: number; input: TemperamentAssessmentInput; now: Date },
): Promise<{ id: number } | null> {
  const { input } = params;
  return db.transaction(async (tx) => {
    const rat = await getRatInScope(tx, { id: params.ratId, scope: params.scope });
    if (!rat) return null;
    const values = {
      scaleVersion: ASSESSMENT_SCALE.version,
      scaleMax: ASSESSMENT_SCALE.max,
      approach: input.approach,
      handlingTolerance: input.handlingTolerance,
      newSpaceConfidence: input.newSpaceConfidence,
      ratSociability: input.ratSociability,
      biteRisk: input.biteRisk,
      backgroundCauses: input.backgroundCauses,
      fearTriggers: input.fearTriggers,
      category: input.category,
      notes: input.notes ?? null,
    };
    const [created] = await tx
      .insert(temperamentAssessments)
      .values({ ratId: rat.id, assessedBy: params.actorId, assessedAt: params.now, ...values })
      .returning({ id: temperamentAssessments.id });
    const [home] = await tx
      .select({ fosterHomeId: placements.fosterHomeId })
      .from(placements)
      .where(and(eq(placements.ratId, rat.id), isNull(placements.endedAt)));
    const nothing = Object.fromEntries(AUDITED_FIELDS.map((f) => [f, null])) as Record<(typeof AUDITED_FIELDS)[number], null>;
    await recordAudit(tx, {
      actorId: params.actorId,
      action: 'create',
      entityType: 'temperament_assessment',
      entityId: created.id,
      ratId: rat.id,
      fosterHomeId: home?.fosterHomeId ?? null,
      summary: `Assessed ${rat.name}: ${TEMPERAMENT_CATEGORY_LABELS[input.category].label.toLowerCase()}, ${input.biteRisk} bite risk`,
      changes: changedFields<Record<string, unknown>>(nothing, values, AUDITED_FIELDS),
    });
    return created;
  });
}
