import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  cageGroupMemberships,
  cageGroups,
  fosterHomes,
  intakes,
  litters,
  placements,
  quarantines,
  ratStatusChanges,
  rats,
  watches,
} from '../schema';
import type { DbOrTx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { momentOn } from '../../lib/domain/health-events';
import { canRecordLitter, kittenQuarantine, planBirth, validateBirth, type BirthRecord } from '../../lib/domain/litters';
import type { Policy } from '../../lib/domain/policy';
import { countOf, formatShortDate } from '../../lib/domain/quarantine';
import { WATCH_KIND_LABELS } from '../../lib/domain/watches';
import { IN_CARE_STATUSES } from '../../lib/domain/vocabulary';
import type { LitterInput } from '../../lib/validation/litters';
import { recordAudit } from './audit';
import { getRattery } from './rattery';
import { membershipGroup, openMembership, openPlacement, placementHome, ratNaming, ratSummary } from './rat-joins';
import { capacityWarnings } from './placements';
import { ratScopeCondition } from './rats';
import { allocateRescueCodes } from './rescue-codes';
import { outer } from './outer';

const inCare = inArray(rats.status, [...IN_CARE_STATUSES]);
const pregnancyDueOn = sql<string | null>`(select min(w.due_on)::text from ${watches} w where w.rat_id = ${outer(rats.id)} and w.kind = 'pregnancy' and w.closed_on is null)`;

/** Females in care who could be a dam, those on pregnancy watch first, with their home. */
export async function listDamOptions(db: DbOrTx) {
  return db
    .select({ ...ratNaming, homeName: fosterHomes.name, pregnancyDueOn })
    .from(rats)
    .leftJoin(placements, openPlacement)
    .leftJoin(fosterHomes, placementHome)
    .where(and(eq(rats.sex, 'female'), inCare))
    .orderBy(sql`${pregnancyDueOn} is null`, asc(rats.name));
}

/** Males who could be the sire, those in care first. */
export async function listSireOptions(db: DbOrTx) {
  const inCareFirst = sql<number>`case when ${inCare} then 0 else 1 end`;
  return db
    .select(ratNaming)
    .from(rats)
    .where(eq(rats.sex, 'male'))
    .orderBy(asc(inCareFirst), asc(rats.name));
}

/** A dam for the birth form: her home, cage group and open pregnancy watch; null when she is not a female in care. */
export async function getDam(db: DbOrTx, params: { id: number }) {
  const [dam] = await db
    .select({
      id: rats.id,
      code: rats.code,
      name: rats.name,
      homeName: fosterHomes.name,
      cageGroupName: cageGroups.name,
      watchStartedOn: watches.startedOn,
      watchDueOn: watches.dueOn,
    })
    .from(rats)
    .leftJoin(placements, openPlacement)
    .leftJoin(fosterHomes, placementHome)
    .leftJoin(cageGroupMemberships, openMembership)
    .leftJoin(cageGroups, membershipGroup)
    .leftJoin(watches, and(eq(watches.ratId, rats.id), eq(watches.kind, 'pregnancy'), isNull(watches.closedOn)))
    .where(and(eq(rats.id, params.id), eq(rats.sex, 'female'), inCare));
  return dam ?? null;
}

export type LitterOutcome =
  | { ok: true; litterId: number; kittenCodes: string[]; pregnancyWatchClosed: boolean; separationDueOn: string | null; warnings: string[] }
  | { ok: false; reason: string };

/**
 * Records a birth in one transaction: the litter, a born-in-care intake, one rat per live kitten
 * (consecutive rescue codes for the birth year, exact birth date, sex unknown, status in care with
 * its history row), each placed in the dam's home and cage group (unweaned kittens stay with their
 * mother) and in her quarantine if she is in one; the dam's open pregnancy watch closes as
 * litter_born and the litter's sex-separation watch opens on her. Anything failing undoes it all.
 */
export async function recordLitter(
  db: DbOrTx,
  params: { input: LitterInput; actorId: number; now: Date; policy: Policy },
): Promise<LitterOutcome> {
  const { input, actorId, now, policy } = params;
  return db.transaction(async (tx) => {
    const [dam] = await tx
      .select({ id: rats.id, name: rats.name, sex: rats.sex, status: rats.status })
      .from(rats)
      .where(eq(rats.id, input.damId))
      .for('update');
    if (!dam) return { ok: false, reason: 'Choose the dam: that rat was not found.' };
    const [sire] = input.sireId
      ? await tx.select({ id: rats.id, name: rats.name, sex: rats.sex, status: rats.status }).from(rats).where(eq(rats.id, input.sireId))
      : [null];
    if (input.sireId && !sire) return { ok: false, reason: 'Choose the sire: that rat was not found.' };
    const damWatches = await tx
      .select({
        id: watches.id,
        ratId: watches.ratId,
        kind: watches.kind,
        litterId: watches.litterId,
        startedOn: watches.startedOn,
        dueOn: watches.dueOn,
        closedOn: watches.closedOn,
        outcome: watches.outcome,
      })
      .from(watches)
      .where(and(eq(watches.ratId, dam.id), isNull(watches.closedOn)))
      .for('update');
    const openSeparation = damWatches.find((w) => w.kind === 'sex_separation') ?? null;
    const allowed = canRecordLitter(dam, sire ?? null, openSeparation);
    if (!allowed.ok) return { ok: false, reason: allowed.reason };
    const draftBirth: BirthRecord = { litterId: null, dam: { id: dam.id, name: dam.name }, sireId: sire?.id ?? null, bornOn: input.bornOn, aliveCount: input.aliveCount };
    const valid = validateBirth(draftBirth, now);
    if (!valid.ok) return { ok: false, reason: valid.reason };

    const [home] = await tx
      .select({ fosterHomeId: placements.fosterHomeId, homeName: fosterHomes.name })
      .from(placements)
      .innerJoin(fosterHomes, placementHome)
      .where(and(eq(placements.ratId, dam.id), isNull(placements.endedAt)));
    const [cage] = await tx
      .select({ cageGroupId: cageGroupMemberships.cageGroupId })
      .from(cageGroupMemberships)
      .where(and(eq(cageGroupMemberships.ratId, dam.id), isNull(cageGroupMemberships.leftAt)));
    const [damQuarantine] = await tx
      .select({ reason: quarantines.reason, cohortId: quarantines.cohortId, startedOn: quarantines.startedOn, plannedEndOn: quarantines.plannedEndOn, airspace: quarantines.airspace, fosterHomeId: quarantines.fosterHomeId })
      .from(quarantines)
      .where(and(eq(quarantines.ratId, dam.id), isNull(quarantines.endedOn)));
    const fosterHomeId = home?.fosterHomeId ?? null;
    const audit = { actorId, fosterHomeId };

    const [intake] =
      input.aliveCount > 0
        ? await tx
            .insert(intakes)
            .values({
              intakeDate: input.bornOn,
              sourceType: 'born_in_care',
              sourceDetails: `Born in care to ${dam.name}${home ? ` at ${home.homeName}` : ''}`,
              createdBy: actorId,
            })
            .returning({ id: intakes.id })
        : [null];
    const [litter] = await tx
      .insert(litters)
      .values({
        damId: dam.id,
        sireId: sire?.id ?? null,
        bornOn: input.bornOn,
        aliveCount: input.aliveCount,
        deadCount: input.deadCount,
        intakeId: intake?.id ?? null,
        notes: input.notes ?? null,
        createdBy: actorId,
      })
      .returning({ id: litters.id });
    const birth: BirthRecord = { ...draftBirth, litterId: litter.id };
    const { kittenPrefix } = await getRattery(tx);
    const plan = planBirth(birth, damWatches, policy, kittenPrefix);

    const codes = await allocateRescueCodes(tx, { year: Number(input.bornOn.slice(0, 4)), count: plan.kittens.length });
    const kittens =
      plan.kittens.length === 0
        ? []
        : await tx
            .insert(rats)
            .values(plan.kittens.map((k, i) => ({ ...k, code: codes[i], status: 'in_care' as const, intakeId: intake?.id ?? null })))
            .returning(ratNaming);
    const bornAt = momentOn(input.bornOn, now);
    if (kittens.length > 0) {
      await tx.insert(ratStatusChanges).values(kittens.map((k) => ({ ratId: k.id, fromStatus: null, toStatus: 'in_care' as const, changedAt: now, changedBy: actorId, reason: `Born in care to ${dam.name}` })));
      if (fosterHomeId !== null) {
        await tx.insert(placements).values(kittens.map((k) => ({ ratId: k.id, fosterHomeId, startedAt: bornAt, reason: `Born in care to ${dam.name}`, createdBy: actorId })));
      }
      if (cage) {
        await tx.insert(cageGroupMemberships).values(kittens.map((k) => ({ cageGroupId: cage.cageGroupId, ratId: k.id, joinedAt: bornAt, reason: 'Born in care: stays with the mother until split by sex', createdBy: actorId })));
      }
      const shared = kittenQuarantine(damQuarantine ?? null, input.bornOn);
      if (shared && damQuarantine) {
        await tx
          .insert(quarantines)
          .values(kittens.map((k) => ({ ...shared, ratId: k.id, fosterHomeId: damQuarantine.fosterHomeId, airspace: damQuarantine.airspace, notes: `Born in quarantine to ${dam.name}` })));
      }
    }

    if (plan.closeWatch) {
      const closing = plan.closeWatch;
      const closed = damWatches.find((w) => w === closing.watch)!;
      await tx
        .update(watches)
        .set({ closedOn: closing.closedOn, outcome: closing.outcome, outcomeNotes: closing.outcomeNotes, closedBy: actorId })
        .where(eq(watches.id, closed.id));
      await recordAudit(tx, {
        ...audit,
        action: 'update',
        entityType: 'watch',
        entityId: closed.id,
        ratId: dam.id,
        summary: `${WATCH_KIND_LABELS.pregnancy} for ${dam.name} closed: litter born`,
        changes: { outcome: { from: null, to: closing.outcome }, closedOn: { from: null, to: closing.closedOn } },
      });
    }
    if (plan.separationWatch) {
      const { reason: _reason, ...draft } = plan.separationWatch;
      const [watch] = await tx.insert(watches).values({ ...draft, createdBy: actorId }).returning({ id: watches.id });
      await recordAudit(tx, {
        ...audit,
        action: 'create',
        entityType: 'watch',
        entityId: watch.id,
        ratId: dam.id,
        summary: `${WATCH_KIND_LABELS.sex_separation} for ${dam.name}'s litter: split by ${formatShortDate(draft.dueOn)}`,
      });
    }
    await recordAudit(tx, [
      {
        ...audit,
        action: 'create',
        entityType: 'litter',
        entityId: litter.id,
        ratId: dam.id,
        summary: `Recorded a litter born to ${dam.name} on ${formatShortDate(input.bornOn)}: ${countOf(input.aliveCount, 'live kitten')}${input.deadCount ? `, ${input.deadCount} dead` : ''}`,
      },
      ...kittens.map((k) => ({
        ...audit,
        action: 'create' as const,
        entityType: 'rat',
        entityId: k.id,
        ratId: k.id,
        summary: `${k.name} (${k.code}) born in care to ${dam.name}`,
      })),
    ]);
    return {
      ok: true,
      litterId: litter.id,
      kittenCodes: kittens.map((k) => k.code),
      pregnancyWatchClosed: plan.closeWatch !== null,
      separationDueOn: plan.separationWatch?.dueOn ?? null,
      warnings: fosterHomeId !== null && kittens.length > 0 ? await capacityWarnings(tx, fosterHomeId) : [],
    };
  });
}

const dams = alias(rats, 'dams');
const sires = alias(rats, 'sires');

/** Every litter, newest first, with its dam and its sex-separation deadline. */
export async function listLitters(db: DbOrTx) {
  return db
    .select({
      id: litters.id,
      bornOn: litters.bornOn,
      aliveCount: litters.aliveCount,
      deadCount: litters.deadCount,
      damId: dams.id,
      damName: dams.name,
      damCode: dams.code,
      separationDueOn: watches.dueOn,
      separationClosedOn: watches.closedOn,
      separationOutcome: watches.outcome,
    })
    .from(litters)
    .innerJoin(dams, eq(dams.id, litters.damId))
    .leftJoin(watches, and(eq(watches.litterId, litters.id), eq(watches.kind, 'sex_separation')))
    .orderBy(desc(litters.bornOn), desc(litters.id));
}

/**
 * One litter with its dam, sire, kittens, the dam's pregnancy watch it closed and its
 * sex-separation watch; null when not found or when a foster's home holds neither the dam
 * nor any kitten. Fosters see only the kittens in their home.
 */
export async function getLitter(db: DbOrTx, params: { id: number; scope: RatScope }) {
  const [litter] = await db
    .select({
      id: litters.id,
      bornOn: litters.bornOn,
      aliveCount: litters.aliveCount,
      deadCount: litters.deadCount,
      notes: litters.notes,
      intakeId: litters.intakeId,
      damId: dams.id,
      damName: dams.name,
      damCode: dams.code,
      sireId: sires.id,
      sireName: sires.name,
      sireCode: sires.code,
    })
    .from(litters)
    .innerJoin(dams, eq(dams.id, litters.damId))
    .leftJoin(sires, eq(sires.id, litters.sireId))
    .where(eq(litters.id, params.id));
  if (!litter) return null;
  const [kittens, [damInScope], separation, [pregnancy]] = await Promise.all([
    db
      .select({ ...ratSummary, homeName: fosterHomes.name, cageGroupName: cageGroups.name })
      .from(rats)
      .leftJoin(placements, openPlacement)
      .leftJoin(fosterHomes, placementHome)
      .leftJoin(cageGroupMemberships, openMembership)
      .leftJoin(cageGroups, membershipGroup)
      .where(and(eq(rats.litterId, litter.id), ratScopeCondition(params.scope)))
      .orderBy(asc(rats.code)),
    db
      .select({ id: rats.id })
      .from(rats)
      .where(and(eq(rats.id, litter.damId), ratScopeCondition(params.scope))),
    db
      .select({ dueOn: watches.dueOn, closedOn: watches.closedOn, outcome: watches.outcome, outcomeNotes: watches.outcomeNotes })
      .from(watches)
      .where(and(eq(watches.litterId, litter.id), eq(watches.kind, 'sex_separation')))
      .orderBy(desc(watches.id))
      .limit(1),
    db
      .select({ closedOn: watches.closedOn, outcomeNotes: watches.outcomeNotes })
      .from(watches)
      .where(and(eq(watches.ratId, litter.damId), eq(watches.kind, 'pregnancy'), eq(watches.outcome, 'litter_born'), eq(watches.closedOn, litter.bornOn)))
      .limit(1),
  ]);
  if (params.scope.kind !== 'all' && !damInScope && kittens.length === 0) return null;
  return { ...litter, damInScope: Boolean(damInScope), kittens, separation: separation[0] ?? null, pregnancyClosed: pregnancy ?? null };
}

/** The ids of a litter's kittens (for logging one session for the whole litter; the session checks scope itself). */
export async function listLitterKittenIds(db: DbOrTx, params: { litterId: number }) {
  const rows = await db.select({ id: rats.id }).from(rats).where(eq(rats.litterId, params.litterId));
  return rows.map((r) => r.id);
}
