import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { cageGroupMemberships, handlingSessions, introductionParticipants, introductions, placements, quarantines, rats, temperamentAssessments, watches } from '../schema';
import type { DbOrTx } from '../connect';
import { unitId, trustTrend, type IntroductionBetween, type MatchRat, type MatchUnit } from '../../lib/domain/matching';
import { trustStepHistory } from '../../lib/domain/trust-step';
import { IN_CARE_STATUSES, type RatStatus } from '../../lib/domain/vocabulary';
import { groupBy } from '../../lib/group-by';

/** Rescue policy: the optimal pairing is worked out over the rats marked available for adoption. */
export const MATCHING_STATUSES: readonly RatStatus[] = ['available'];

export type MatchPopulation = { units: MatchUnit[]; introductions: IntroductionBetween[] };

/**
 * The units to match: the rats with the given statuses (plus any named rats), each with the rest
 * of its cage group (a bonded group moves as one and is never split), everything the
 * compatibility rules read, and the introductions between them.
 */
export async function loadMatchPopulation(db: DbOrTx, params: { statuses?: readonly RatStatus[]; ratIds?: readonly number[] }): Promise<MatchPopulation> {
  const statuses = [...(params.statuses ?? MATCHING_STATUSES)];
  const seeds = statuses.length === 0 ? [] : await db.select({ id: rats.id }).from(rats).where(inArray(rats.status, statuses));
  const seedIds = [...new Set([...seeds.map((s) => s.id), ...(params.ratIds ?? [])])];
  if (seedIds.length === 0) return { units: [], introductions: [] };

  const seedGroups = await db
    .select({ groupId: cageGroupMemberships.cageGroupId })
    .from(cageGroupMemberships)
    .where(and(inArray(cageGroupMemberships.ratId, seedIds), isNull(cageGroupMemberships.leftAt)));
  const groupIds = [...new Set(seedGroups.map((g) => g.groupId))];
  const members =
    groupIds.length === 0
      ? []
      : await db
          .select({ ratId: cageGroupMemberships.ratId, groupId: cageGroupMemberships.cageGroupId })
          .from(cageGroupMemberships)
          .innerJoin(rats, eq(rats.id, cageGroupMemberships.ratId))
          .where(and(inArray(cageGroupMemberships.cageGroupId, groupIds), isNull(cageGroupMemberships.leftAt), inArray(rats.status, [...IN_CARE_STATUSES])));
  const groupOf = new Map(members.map((m) => [m.ratId, m.groupId]));
  const ratIds = [...new Set([...seedIds, ...members.map((m) => m.ratId)])];

  const [rows, openWatches, assessments, sessions, participants] = await Promise.all([
    db
      .select({
        id: rats.id,
        code: rats.code,
        name: rats.name,
        sex: rats.sex,
        neuteredOn: rats.neuteredOn,
        birthDate: rats.birthDate,
        status: rats.status,
        fosterHomeId: placements.fosterHomeId,
        quarantineEndsOn: quarantines.plannedEndOn,
      })
      .from(rats)
      .leftJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
      .leftJoin(quarantines, and(eq(quarantines.ratId, rats.id), isNull(quarantines.endedOn)))
      .where(inArray(rats.id, ratIds))
      .orderBy(asc(rats.name), asc(rats.id)),
    db
      .select({ ratId: watches.ratId, dueOn: watches.dueOn })
      .from(watches)
      .where(and(inArray(watches.ratId, ratIds), eq(watches.kind, 'sex_separation'), isNull(watches.closedOn))),
    db
      .select({ ratId: temperamentAssessments.ratId, category: temperamentAssessments.category, biteRisk: temperamentAssessments.biteRisk })
      .from(temperamentAssessments)
      .where(inArray(temperamentAssessments.ratId, ratIds))
      .orderBy(desc(temperamentAssessments.assessedAt), desc(temperamentAssessments.id)),
    db
      .select({ id: handlingSessions.id, ratId: handlingSessions.ratId, sessionAt: handlingSessions.sessionAt, highestStep: handlingSessions.highestStep })
      .from(handlingSessions)
      .where(inArray(handlingSessions.ratId, ratIds)),
    db
      .select({ introductionId: introductionParticipants.introductionId, ratId: introductionParticipants.ratId, side: introductionParticipants.side, status: introductions.status })
      .from(introductionParticipants)
      .innerJoin(introductions, eq(introductions.id, introductionParticipants.introductionId))
      .where(inArray(introductionParticipants.ratId, ratIds)),
  ]);

  const separationDue = new Map(openWatches.map((w) => [w.ratId, w.dueOn]));
  const latestAssessment = new Map<number, (typeof assessments)[number]>();
  for (const a of assessments) if (!latestAssessment.has(a.ratId)) latestAssessment.set(a.ratId, a);
  const sessionsByRat = groupBy(sessions, (s) => s.ratId);

  const units = new Map<string, MatchUnit>();
  for (const row of rows) {
    const history = trustStepHistory(sessionsByRat.get(row.id) ?? []).map((p) => p.step);
    const assessment = latestAssessment.get(row.id);
    const rat: MatchRat = {
      ...row,
      sexSeparationDueOn: separationDue.get(row.id) ?? null,
      temperament: assessment?.category ?? null,
      biteRisk: assessment?.biteRisk ?? null,
      trustStep: history.length > 0 ? history[history.length - 1] : null,
      trustTrend: trustTrend(history),
    };
    const groupId = groupOf.get(row.id) ?? null;
    const id = unitId(groupId, row.id);
    const unit = units.get(id) ?? { id, cageGroupId: groupId, rats: [] };
    unit.rats.push(rat);
    units.set(id, unit);
  }

  const byIntro = groupBy(participants, (p) => p.introductionId);
  const between: IntroductionBetween[] = [];
  for (const side of byIntro.values()) {
    for (const a of side.filter((p) => p.side === 'a')) {
      for (const b of side.filter((p) => p.side === 'b')) between.push({ ratA: a.ratId, ratB: b.ratId, status: a.status });
    }
  }
  return { units: [...units.values()], introductions: between };
}
