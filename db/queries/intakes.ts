import { count, eq } from 'drizzle-orm';
import {
  cageGroupMemberships,
  cageGroups,
  fosterHomes,
  intakes,
  placements,
  quarantineCohorts,
  quarantines,
  rats,
  ratStatusChanges,
  users,
  watches,
} from '../schema';
import type { DbOrTx } from '../connect';
import { arrivalReason, arrivalTime, intakeHousingName, intakeTitle, nameOrCode, splitIntoCageGroups } from '../../lib/domain/intake';
import type { Policy } from '../../lib/domain/policy';
import { startQuarantine } from '../../lib/domain/quarantine';
import { watchesForIntake } from '../../lib/domain/watches';
import type { IntakeInput } from '../../lib/validation/intake';
import type { RatScope } from '../../lib/domain/access';
import { listRatsWithHousing } from './housing';
import { recordAudit, type AuditInput } from './audit';
import { listOpenWatches } from './cage-groups';
import { capacityWarnings } from './placements';
import { allocateRescueCodes } from './rescue-codes';

/** `warnings`: the home the rats arrive at is now over capacity (the same check as a move). */
export type CreatedIntake = { intakeId: number; rats: Array<{ id: number; code: string; name: string }>; warnings: string[] };

/** What createIntake needs: the parsed form (only the fields it writes). */
export type NewIntake = Pick<IntakeInput, 'intakeDate' | 'sourceType' | 'sourceDetails' | 'reason' | 'mixedSex' | 'notes' | 'arrivesAt'> & {
  rats: Array<Pick<IntakeInput['rats'][number], 'name' | 'sex' | 'birthDate' | 'birthDateEstimated' | 'variety' | 'markings' | 'notes'>>;
};

/**
 * Records an intake and all its rats in ONE transaction: the intake, a rescue code per rat (from
 * the intake date's year), the rats and their first status, a quarantine cohort and an intake
 * quarantine for each rat, pregnancy watches for the females of a mixed-sex intake, cage groups
 * split by sex with their memberships, placements when a home was chosen, and the audit trail.
 * Any failure rolls all of it back, rescue codes included. The caller checks the home can quarantine.
 */
export async function createIntake(
  db: DbOrTx,
  params: { intake: NewIntake; actorId: number | null; policy: Policy; now: Date },
): Promise<CreatedIntake> {
  const { intake, actorId, policy, now } = params;
  return db.transaction(async (tx) => {
    const homeId = intake.arrivesAt;
    const title = intakeTitle(intake);
    const at = arrivalTime(intake.intakeDate, now);
    const [{ id: intakeId }] = await tx
      .insert(intakes)
      .values({
        intakeDate: intake.intakeDate,
        sourceType: intake.sourceType,
        sourceDetails: intake.sourceDetails,
        reason: intake.reason,
        mixedSex: intake.mixedSex,
        notes: intake.notes,
        createdBy: actorId,
      })
      .returning({ id: intakes.id });
    const housingName = intakeHousingName(intake, intakeId);

    const codes = await allocateRescueCodes(tx, { year: Number(intake.intakeDate.slice(0, 4)), count: intake.rats.length });
    const created = await tx
      .insert(rats)
      .values(
        intake.rats.map((r, i) => ({
          code: codes[i],
          name: nameOrCode(r.name, codes[i]),
          sex: r.sex,
          birthDate: r.birthDate,
          birthDateEstimated: r.birthDateEstimated,
          variety: r.variety,
          markings: r.markings,
          notes: r.notes,
          intakeId,
          status: 'intake' as const,
        })),
      )
      .returning({ id: rats.id, code: rats.code, name: rats.name, sex: rats.sex });

    await tx.insert(ratStatusChanges).values(
      created.map((r) => ({ ratId: r.id, fromStatus: null, toStatus: 'intake' as const, changedAt: at, changedBy: actorId, reason: arrivalReason(intake) })),
    );

    const [cohort] = await tx
      .insert(quarantineCohorts)
      .values({ label: housingName, intakeId, fosterHomeId: homeId })
      .returning({ id: quarantineCohorts.id });
    await tx.insert(quarantines).values(
      created.map((r) => ({
        ...startQuarantine({ ratId: r.id, cohortId: cohort.id }, 'intake', intake.intakeDate, policy),
        fosterHomeId: homeId,
      })),
    );

    const drafts = watchesForIntake(intake, created.map((r) => ({ ratId: r.id, sex: r.sex })), policy);
    if (drafts.length > 0) {
      await tx.insert(watches).values(
        drafts.map((w) => ({ ratId: w.ratId, kind: w.kind, litterId: w.litterId, startedOn: w.startedOn, dueOn: w.dueOn, createdBy: actorId })),
      );
    }

    const plans = splitIntoCageGroups(created, housingName);
    const groups = await tx
      .insert(cageGroups)
      .values(plans.map((p) => ({ name: p.name, fosterHomeId: homeId, intakeId })))
      .returning({ id: cageGroups.id });
    await tx.insert(cageGroupMemberships).values(
      plans.flatMap((p, g) =>
        p.rowIndexes.map((i) => ({ cageGroupId: groups[g].id, ratId: created[i].id, joinedAt: at, reason: `Arrived with ${title}`, createdBy: actorId })),
      ),
    );

    let homeName: string | null = null;
    if (homeId !== null) {
      const [home] = await tx.select({ name: fosterHomes.name }).from(fosterHomes).where(eq(fosterHomes.id, homeId));
      homeName = home.name;
      await tx.insert(placements).values(
        created.map((r) => ({ ratId: r.id, fosterHomeId: homeId, startedAt: at, reason: `Intake quarantine (${title})`, createdBy: actorId })),
      );
    }

    const n = created.length;
    const entries: AuditInput[] = [
      {
        actorId,
        action: 'create',
        entityType: 'intake',
        entityId: intakeId,
        ratId: n === 1 ? created[0].id : null,
        fosterHomeId: homeId,
        summary: `Recorded intake ${title}: ${n === 1 ? '1 rat' : `${n} rats`} (${codes[0]}${n > 1 ? ` to ${codes[n - 1]}` : ''})${homeName ? `, arriving at ${homeName}` : ', awaiting placement'}`,
      },
      ...created.map(
        (r): AuditInput => ({
          actorId,
          action: 'create',
          entityType: 'rat',
          entityId: r.id,
          ratId: r.id,
          summary: `${r.code} ${r.name} arrived with ${title}${homeName ? ` and went to ${homeName} for quarantine` : ''}`,
        }),
      ),
    ];
    await recordAudit(tx, entries);
    const warnings = homeId === null ? [] : await capacityWarnings(tx, homeId);
    return { intakeId, rats: created.map(({ id, code, name }) => ({ id, code, name })), warnings };
  });
}

/** One intake with who recorded it and how many rats came in. */
export async function getIntake(db: DbOrTx, params: { id: number }) {
  const [row] = await db
    .select({
      id: intakes.id,
      intakeDate: intakes.intakeDate,
      sourceType: intakes.sourceType,
      sourceDetails: intakes.sourceDetails,
      reason: intakes.reason,
      mixedSex: intakes.mixedSex,
      notes: intakes.notes,
      createdAt: intakes.createdAt,
      createdByName: users.name,
    })
    .from(intakes)
    .leftJoin(users, eq(users.id, intakes.createdBy))
    .where(eq(intakes.id, params.id));
  if (!row) return null;
  const [{ n }] = await db.select({ n: count() }).from(rats).where(eq(rats.intakeId, params.id));
  return { ...row, ratCount: n };
}

/** The rats of an intake, in code order, with where each lives now, its open quarantine and open watches. */
export async function listIntakeRats(db: DbOrTx, params: { intakeId: number; scope: RatScope }) {
  const rows = await listRatsWithHousing(db, { where: eq(rats.intakeId, params.intakeId), scope: params.scope });
  const open = await listOpenWatches(db, { ratIds: rows.map((r) => r.id) });
  return rows.map((r) => ({ ...r, quarantineEndOn: r.quarantine?.plannedEndOn ?? null, watches: open.filter((w) => w.ratId === r.id).map(({ kind, dueOn }) => ({ kind, dueOn })) }));
}
