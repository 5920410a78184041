import { and, asc, desc, eq, gte, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  cageGroupMemberships,
  cageGroups,
  fosterHomes,
  healthEvents,
  placements,
  quarantines,
  ratStatusChanges,
  rats,
  users,
  watches,
} from '../schema';
import type { DbOrTx, Tx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { changedFields } from '../../lib/domain/audit';
import {
  aloneAfterLeaving,
  canRecordHealthEvent,
  closingDate,
  HEALTH_EVENT_LABELS,
  healthEventHeadline,
  isSymptomRecord,
  stayEndsAt,
  timelineEvent,
  type TimelineEvent,
} from '../../lib/domain/health-events';
import type { Policy } from '../../lib/domain/policy';
import { addDays } from '../../lib/domain/dates';
import { REST_AFTER_NEUTER_DAYS } from '../../lib/domain/handling-plan';
import { formatShortDate, restartOnSymptom } from '../../lib/domain/quarantine';
import { watchForNeuter, WATCH_KIND_LABELS } from '../../lib/domain/watches';
import { IN_CARE_STATUSES, type Role, type Symptom } from '../../lib/domain/vocabulary';
import { eventDate, type HealthEventInput } from '../../lib/validation/health';
import { recordAudit } from './audit';
import { membershipGroup, openPlacement, placementHome, ratSummary } from './rat-joins';
import { cageMatesInQuarantine } from './quarantines';
import { ratScopeCondition } from './rats';
import { outer } from './outer';
import { rowsOf } from './rows-of';

const openQuarantine = sql<boolean>`exists (select 1 from ${quarantines} q where q.rat_id = ${outer(rats.id)} and q.ended_on is null)`;

/** The rat a health page is about, with its home and open quarantine, or null when out of scope. */
export async function getHealthRat(db: DbOrTx, params: { id: number; scope: RatScope }) {
  const [row] = await db
    .select({
      ...ratSummary,
      birthDate: rats.birthDate,
      neuteredOn: rats.neuteredOn,
      homeName: fosterHomes.name,
      quarantineStartedOn: quarantines.startedOn,
      quarantinePlannedEndOn: quarantines.plannedEndOn,
      quarantineRestartedOn: quarantines.restartedOn,
    })
    .from(rats)
    .leftJoin(placements, openPlacement)
    .leftJoin(fosterHomes, placementHome)
    .leftJoin(quarantines, and(eq(quarantines.ratId, rats.id), isNull(quarantines.endedOn)))
    .where(and(eq(rats.id, params.id), ratScopeCondition(params.scope)));
  return row ?? null;
}

export type HealthTimelineEntry = TimelineEvent & { id: number; notes: string | null; recordedByName: string | null };

/** A rat's health events, newest first (the caller has checked the rat is in scope). */
export async function listHealthEvents(db: DbOrTx, params: { ratId: number }): Promise<HealthTimelineEntry[]> {
  const rows = await db
    .select({
      id: healthEvents.id,
      kind: healthEvents.kind,
      occurredOn: healthEvents.occurredOn,
      weightGrams: healthEvents.weightGrams,
      symptoms: healthEvents.symptoms,
      vetClinic: healthEvents.vetClinic,
      diagnosis: healthEvents.diagnosis,
      medication: healthEvents.medication,
      dose: healthEvents.dose,
      courseStartOn: healthEvents.courseStartOn,
      courseEndOn: healthEvents.courseEndOn,
      grimaceOrbital: healthEvents.grimaceOrbital,
      grimaceNoseCheek: healthEvents.grimaceNoseCheek,
      grimaceEars: healthEvents.grimaceEars,
      grimaceWhiskers: healthEvents.grimaceWhiskers,
      causeOfDeath: healthEvents.causeOfDeath,
      notes: healthEvents.notes,
      recordedByName: users.name,
    })
    .from(healthEvents)
    .leftJoin(users, eq(users.id, healthEvents.recordedBy))
    .where(eq(healthEvents.ratId, params.ratId))
    .orderBy(desc(healthEvents.occurredOn), desc(healthEvents.id));
  return rows.map((r) => ({ ...r, symptoms: [...r.symptoms] as Symptom[] }));
}

export class RatNotInScopeError extends Error {
  constructor() {
    super('This rat was not found, or is no longer in your home: nothing was saved.');
  }
}

/** `confirmation` says what was saved; `messages` what it caused (a quarantine restart, a watch, a rat left alone). */
export type HealthEventOutcome = { ok: true; eventId: number; confirmation: string; messages: string[] } | { ok: false; reason: string };

type Actor = { id: number; role: Role };

/** The columns a validated event fills; every other column stays empty. */
function eventColumns(input: HealthEventInput) {
  const base = { kind: input.kind, occurredOn: eventDate(input), notes: input.notes ?? null };
  switch (input.kind) {
    case 'weight':
      return { ...base, weightGrams: input.weightGrams };
    case 'health_check':
    case 'illness':
      return { ...base, symptoms: input.symptoms, ...grimaceColumns(input) };
    case 'vet_visit':
      return { ...base, vetClinic: input.vetClinic, diagnosis: input.diagnosis ?? null, ...grimaceColumns(input) };
    case 'medication':
      return { ...base, medication: input.medication, dose: input.dose, courseStartOn: input.courseStartOn, courseEndOn: input.courseEndOn ?? null };
    case 'neuter':
      return { ...base, vetClinic: input.vetClinic ?? null };
    case 'neuter_review':
      return base;
    case 'death':
      return { ...base, causeOfDeath: input.causeOfDeath ?? null };
  }
}

function grimaceColumns(input: { grimaceOrbital?: number; grimaceNoseCheek?: number; grimaceEars?: number; grimaceWhiskers?: number }) {
  return {
    grimaceOrbital: input.grimaceOrbital ?? null,
    grimaceNoseCheek: input.grimaceNoseCheek ?? null,
    grimaceEars: input.grimaceEars ?? null,
    grimaceWhiskers: input.grimaceWhiskers ?? null,
  };
}

/**
 * Records one health event and everything it causes, in one transaction with its audit: a
 * symptom during an open quarantine restarts the clock; a neuter sets neutered_on and opens the
 * post-neuter watch; a death sets the rat deceased, ends its placement, cage membership,
 * quarantine and watches, and says when a cage-mate is left alone. The rat must be in scope at
 * the moment of writing.
 */
export async function recordHealthEvent(
  db: DbOrTx,
  params: { ratId: number; input: HealthEventInput; scope: RatScope; actor: Actor; now: Date; policy: Policy },
): Promise<HealthEventOutcome> {
  const { input, actor, now, policy } = params;
  return db.transaction(async (tx) => {
    const [rat] = await tx
      .select({
        id: rats.id,
        name: rats.name,
        sex: rats.sex,
        status: rats.status,
        neuteredOn: rats.neuteredOn,
        birthDate: rats.birthDate,
        version: rats.version,
        fosterHomeId: placements.fosterHomeId,
      })
      .from(rats)
      .leftJoin(placements, openPlacement)
      .where(and(eq(rats.id, params.ratId), ratScopeCondition(params.scope)))
      .for('update', { of: rats });
    if (!rat) throw new RatNotInScopeError();
    const occurredOn = eventDate(input);
    const decision = canRecordHealthEvent(rat, { kind: input.kind, occurredOn }, actor.role);
    if (!decision.ok) return { ok: false, reason: decision.reason };

    const columns = eventColumns(input);
    const [event] = await tx
      .insert(healthEvents)
      .values({ ...columns, ratId: rat.id, recordedBy: actor.id })
      .returning({ id: healthEvents.id });
    const headline = healthEventHeadline(timelineEvent(columns));
    const audit = { actorId: actor.id, ratId: rat.id, fosterHomeId: rat.fosterHomeId };
    await recordAudit(tx, {
      ...audit,
      action: 'create',
      entityType: 'health_event',
      entityId: event.id,
      summary: `Recorded ${HEALTH_EVENT_LABELS[input.kind].toLowerCase()} for ${rat.name} on ${formatShortDate(occurredOn)}: ${headline}`,
    });

    const messages: string[] = [];
    const context: EffectContext = { tx, rat, occurredOn, actor, audit, now, policy };
    if ((input.kind === 'illness' || input.kind === 'health_check') && isSymptomRecord(input)) {
      messages.push(...(await restartQuarantineOnSymptom(context, input.symptoms)));
    }
    if (input.kind === 'neuter') messages.push(...(await recordNeuter(context)));
    if (input.kind === 'death') messages.push(...(await recordDeath(context, input.causeOfDeath ?? null)));
    const confirmation =
      input.kind === 'death'
        ? `${rat.name}'s death is recorded${input.causeOfDeath ? `: ${input.causeOfDeath}` : ''}.`
        : `${HEALTH_EVENT_LABELS[input.kind]} recorded for ${rat.name}: ${headline}.`;
    return { ok: true, eventId: event.id, confirmation, messages };
  });
}

type EffectContext = {
  tx: Tx;
  rat: { id: number; name: string; sex: 'female' | 'male' | 'unknown'; status: (typeof rats.$inferSelect)['status']; neuteredOn: string | null; version: number; fosterHomeId: number | null };
  occurredOn: string;
  actor: Actor;
  audit: { actorId: number; ratId: number; fosterHomeId: number | null };
  now: Date;
  policy: Policy;
};

/**
 * A symptom while the rat's quarantine is open restarts its clock, and the clock of every cage-mate
 * in quarantine too: cage-mates share air (the domain says from when, and each says so). A symptom
 * outside quarantine points to starting an illness quarantine.
 */
async function restartQuarantineOnSymptom(ctx: EffectContext, symptoms: readonly Symptom[]): Promise<string[]> {
  const { tx, rat } = ctx;
  const [period] = await tx
    .select()
    .from(quarantines)
    .where(and(eq(quarantines.ratId, rat.id), isNull(quarantines.endedOn)))
    .for('update');
  const symptom = { occurredOn: ctx.occurredOn, symptoms };
  if (!period) {
    return [`${rat.name} is not in quarantine: start an illness quarantine from ${formatShortDate(ctx.occurredOn)} on the Quarantine page to keep the other rats safe.`];
  }
  const restart = restartOnSymptom(period, symptom, ctx.now, ctx.policy);
  if (!restart.restarted) return [restart.message];
  await applyRestart(ctx, { period, ratId: rat.id, patch: restart.patch, summary: restart.message });
  const messages = [restart.message];
  for (const mate of await cageMatesInQuarantine(tx, rat.id)) {
    const mateRestart = restartOnSymptom(mate.period, symptom, ctx.now, ctx.policy);
    // A cage-mate whose quarantine began after the symptom was not there to breathe it.
    if (!mateRestart.restarted) continue;
    const patch = { ...mateRestart.patch, restartReason: `${mateRestart.patch.restartReason} in cage-mate ${rat.name}` };
    const message = `${mate.name} shares ${rat.name}’s cage and air: ${lowerFirst(mateRestart.message)}`;
    await applyRestart(ctx, { period: mate.period, ratId: mate.period.ratId, patch, summary: message });
    messages.push(message);
  }
  return messages;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

async function applyRestart(
  ctx: EffectContext,
  params: { period: typeof quarantines.$inferSelect; ratId: number; patch: Partial<typeof quarantines.$inferSelect>; summary: string },
) {
  await ctx.tx.update(quarantines).set(params.patch).where(eq(quarantines.id, params.period.id));
  await recordAudit(ctx.tx, {
    ...ctx.audit,
    ratId: params.ratId,
    fosterHomeId: params.period.fosterHomeId,
    action: 'update',
    entityType: 'quarantine',
    entityId: params.period.id,
    summary: params.summary,
    changes: changedFields(params.period, params.patch, ['plannedEndOn', 'restartedOn', 'restartReason']),
  });
}

/** A neuter sets neutered_on; a male also goes on post-neuter watch until he counts as sterile. */
async function recordNeuter(ctx: EffectContext): Promise<string[]> {
  const { tx, rat, occurredOn } = ctx;
  await tx
    .update(rats)
    .set({ neuteredOn: occurredOn, version: rat.version + 1 })
    .where(eq(rats.id, rat.id));
  await recordAudit(tx, {
    ...ctx.audit,
    action: 'update',
    entityType: 'rat',
    entityId: rat.id,
    summary: `${rat.name} neutered on ${formatShortDate(occurredOn)}`,
    changes: { neuteredOn: { from: rat.neuteredOn, to: occurredOn } },
  });
  const { draft, message } = watchForNeuter({ ratId: rat.id, sex: rat.sex }, occurredOn, ctx.now, ctx.policy);
  if (!draft) return message ? [message] : [];
  const [open] = await tx
    .select({ id: watches.id })
    .from(watches)
    .where(and(eq(watches.ratId, rat.id), eq(watches.kind, 'post_neuter'), isNull(watches.closedOn)));
  if (open) return [];
  const [watch] = await tx
    .insert(watches)
    .values({ ratId: rat.id, kind: draft.kind, startedOn: draft.startedOn, dueOn: draft.dueOn, createdBy: ctx.actor.id })
    .returning({ id: watches.id });
  await recordAudit(tx, {
    ...ctx.audit,
    action: 'create',
    entityType: 'watch',
    entityId: watch.id,
    summary: `${WATCH_KIND_LABELS.post_neuter} opened for ${rat.name} until ${formatShortDate(draft.dueOn)}`,
  });
  return message ? [message] : [];
}

/**
 * A death: status deceased with its history row, the placement and cage membership end, an open
 * quarantine ends and open watches close as cancelled. A cage-mate left alone is named.
 */
async function recordDeath(ctx: EffectContext, cause: string | null): Promise<string[]> {
  const { tx, rat, occurredOn, now } = ctx;
  const reason = cause ? `Died: ${cause}` : 'Died';
  await tx
    .update(rats)
    .set({ status: 'deceased', version: rat.version + 1 })
    .where(eq(rats.id, rat.id));
  await tx.insert(ratStatusChanges).values({ ratId: rat.id, fromStatus: rat.status, toStatus: 'deceased', changedAt: now, changedBy: ctx.actor.id, reason });
  await recordAudit(tx, {
    ...ctx.audit,
    action: 'status_change',
    entityType: 'rat',
    entityId: rat.id,
    summary: `${rat.name} died on ${formatShortDate(occurredOn)}`,
    changes: { status: { from: rat.status, to: 'deceased' } },
  });

  const [placement] = await tx
    .select({ id: placements.id, startedAt: placements.startedAt })
    .from(placements)
    .where(and(eq(placements.ratId, rat.id), isNull(placements.endedAt)));
  if (placement) {
    await tx
      .update(placements)
      .set({ endedAt: stayEndsAt(occurredOn, placement.startedAt, now), endReason: reason })
      .where(eq(placements.id, placement.id));
  }

  const [membership] = await tx
    .select({ id: cageGroupMemberships.id, joinedAt: cageGroupMemberships.joinedAt, cageGroupId: cageGroupMemberships.cageGroupId })
    .from(cageGroupMemberships)
    .where(and(eq(cageGroupMemberships.ratId, rat.id), isNull(cageGroupMemberships.leftAt)));
  let alone: string | null = null;
  if (membership) {
    await tx
      .update(cageGroupMemberships)
      .set({ leftAt: stayEndsAt(occurredOn, membership.joinedAt, now) })
      .where(eq(cageGroupMemberships.id, membership.id));
    const remaining = await tx
      .select({
        ratId: rats.id,
        ratName: rats.name,
        cageGroupId: cageGroups.id,
        cageGroupName: cageGroups.name,
        inQuarantine: openQuarantine,
      })
      .from(cageGroupMemberships)
      .innerJoin(cageGroups, membershipGroup)
      .innerJoin(rats, eq(rats.id, cageGroupMemberships.ratId))
      .where(
        and(
          eq(cageGroupMemberships.cageGroupId, membership.cageGroupId),
          isNull(cageGroupMemberships.leftAt),
          ne(rats.id, rat.id),
          inArray(rats.status, [...IN_CARE_STATUSES]),
        ),
      );
    alone = aloneAfterLeaving(remaining);
  }

  const [period] = await tx
    .select({ id: quarantines.id, startedOn: quarantines.startedOn })
    .from(quarantines)
    .where(and(eq(quarantines.ratId, rat.id), isNull(quarantines.endedOn)));
  if (period) {
    await tx
      .update(quarantines)
      .set({ endedOn: closingDate(occurredOn, period.startedOn), notes: sql`concat_ws(E'\n', ${quarantines.notes}, ${`Ended: ${rat.name} died.`}::text)` })
      .where(eq(quarantines.id, period.id));
  }

  const open = await tx
    .select({ id: watches.id, kind: watches.kind, startedOn: watches.startedOn })
    .from(watches)
    .where(and(eq(watches.ratId, rat.id), isNull(watches.closedOn)));
  for (const watch of open) {
    await tx
      .update(watches)
      .set({ closedOn: closingDate(occurredOn, watch.startedOn), outcome: 'cancelled', outcomeNotes: `${rat.name} died.`, closedBy: ctx.actor.id })
      .where(eq(watches.id, watch.id));
  }

  const ended = [placement ? 'placement' : null, membership ? 'cage group' : null, period ? 'quarantine' : null].filter(Boolean);
  const closed = open.map((w) => WATCH_KIND_LABELS[w.kind].toLowerCase());
  const what = [...ended, ...closed];
  if (what.length > 0) {
    await recordAudit(tx, {
      ...ctx.audit,
      action: 'update',
      entityType: 'rat',
      entityId: rat.id,
      summary: `Ended ${rat.name}'s ${what.join(', ')} after death`,
    });
  }
  return alone ? [alone] : [];
}

/**
 * Medication courses of the rats placed in a home now that may still run on `today`: those with
 * an end day from today on, and those without one that started in the last REST_AFTER_NEUTER_DAYS
 * days (isMedicationRunning decides).
 */
export async function listHomeMedications(db: DbOrTx, params: { fosterHomeId: number; today: string }) {
  const start = sql<string>`coalesce(${healthEvents.courseStartOn}, ${healthEvents.occurredOn})`;
  return db
    .select({
      id: healthEvents.id,
      ratId: rats.id,
      ratName: rats.name,
      ratCode: rats.code,
      medication: healthEvents.medication,
      dose: healthEvents.dose,
      occurredOn: healthEvents.occurredOn,
      courseStartOn: healthEvents.courseStartOn,
      courseEndOn: healthEvents.courseEndOn,
    })
    .from(healthEvents)
    .innerJoin(rats, eq(rats.id, healthEvents.ratId))
    .innerJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
    .where(
      and(
        eq(placements.fosterHomeId, params.fosterHomeId),
        eq(healthEvents.kind, 'medication'),
        or(gte(healthEvents.courseEndOn, params.today), and(isNull(healthEvents.courseEndOn), gte(start, addDays(params.today, -REST_AFTER_NEUTER_DAYS)))),
      ),
    )
    .orderBy(asc(rats.name), asc(healthEvents.id));
}

/**
 * Weighings of the rats `where` selects (conditions on rats and health_events), as plain rows:
 * the dashboard and readiness read thousands of them, so they skip the query builder's per-row
 * mapping and come back the same on both drivers (dates as text, grams as numbers). `named` adds
 * the rat's name.
 */
export function weightRowsOf<T extends { ratId: number; occurredOn: string; weightGrams: number }>(db: DbOrTx, params: { where: SQL | undefined; named?: boolean }): Promise<T[]> {
  return rowsOf<T>(
    db,
    sql`select ${healthEvents.ratId} as "ratId",${params.named ? sql` ${rats.name} as "ratName",` : sql``} ${healthEvents.occurredOn}::text as "occurredOn", ${healthEvents.weightGrams}::float8 as "weightGrams"
      from ${healthEvents} inner join ${rats} on ${rats.id} = ${healthEvents.ratId}
      where ${healthEvents.kind} = 'weight' and ${params.where ?? sql`true`}`,
  );
}
