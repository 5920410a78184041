import { and, asc, count, eq, inArray, isNotNull, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { cageGroupMemberships, fosterHomes, healthEvents, quarantineCohorts, quarantines, ratStatusChanges, rats } from '../schema';
import type { DbOrTx } from '../connect';
import {
  cageMatesInQuarantineWarning,
  canRelease,
  quarantineExtendedMessage,
  quarantineStartedMessage,
  canStartQuarantine,
  extendQuarantine,
  formatShortDate,
  plannedEndFor,
  QUARANTINE_REASON_LABELS,
  type ManualQuarantineReason,
  type QuarantinePeriod,
  type SymptomRecord,
} from '../../lib/domain/quarantine';
import { IN_CARE_STATUSES } from '../../lib/domain/vocabulary';
import { listRatsWithHousing } from './housing';
import type { Decision } from '../../lib/domain/sex-safety';
import type { Policy } from '../../lib/domain/policy';
import { toIsoDate } from '../../lib/domain/dates';
import { recordAudit } from './audit';

/** Every open quarantine with its rat, home and cohort, soonest planned end first. */
function openQuarantinesQuery(db: DbOrTx, where: SQL | undefined) {
  return db
    .select({
      id: quarantines.id,
      ratId: rats.id,
      ratName: rats.name,
      ratCode: rats.code,
      reason: quarantines.reason,
      startedOn: quarantines.startedOn,
      plannedEndOn: quarantines.plannedEndOn,
      restartedOn: quarantines.restartedOn,
      restartReason: quarantines.restartReason,
      notes: quarantines.notes,
      airspace: quarantines.airspace,
      fosterHomeId: quarantines.fosterHomeId,
      homeName: fosterHomes.name,
      cohortId: quarantines.cohortId,
      cohortLabel: quarantineCohorts.label,
    })
    .from(quarantines)
    .innerJoin(rats, eq(rats.id, quarantines.ratId))
    .leftJoin(fosterHomes, eq(fosterHomes.id, quarantines.fosterHomeId))
    .leftJoin(quarantineCohorts, eq(quarantineCohorts.id, quarantines.cohortId))
    .where(and(isNull(quarantines.endedOn), where))
    .$dynamic();
}

/** When the first rat of a quarantine's cohort is due out: cohorts are listed in that order. */
const cohortDue = sql`min(${quarantines.plannedEndOn}) over (partition by ${quarantines.cohortId})`;

type OrderColumns = { due: unknown; cohortId: unknown; plannedEndOn: unknown; ratName: unknown; id: unknown };

/** The list's order over these columns: cohort by cohort (rats without one last), then each cohort's rats by planned end and name. */
function listOrder(c: OrderColumns): SQL[] {
  return [sql`${c.due} asc`, sql`${c.cohortId} asc nulls last`, sql`${c.plannedEndOn} asc`, sql`${c.ratName} asc`, sql`${c.id} asc`];
}

/**
 * One page of the open quarantines, grouped by cohort (cohorts in the order their first rat is
 * due out, rats without a cohort last), each cohort's rats by planned end, with how many are open.
 */
export async function listOpenQuarantines(db: DbOrTx, params: { limit: number; offset: number } = { limit: 10_000, offset: 0 }) {
  const [rows, [{ n }]] = await Promise.all([
    openQuarantinesQuery(db, undefined)
      .orderBy(...listOrder({ due: cohortDue, cohortId: quarantines.cohortId, plannedEndOn: quarantines.plannedEndOn, ratName: rats.name, id: quarantines.id }))
      .limit(params.limit)
      .offset(params.offset),
    db.select({ n: count() }).from(quarantines).where(isNull(quarantines.endedOn)),
  ]);
  return { rows, total: n };
}

/** The page of the open quarantines list (pages of `perPage`) that holds this quarantine, or null when it is not open. */
export async function pageOfOpenQuarantine(db: DbOrTx, params: { id: number; perPage: number }): Promise<number | null> {
  const withDue = db
    .select({ id: quarantines.id, cohortId: quarantines.cohortId, plannedEndOn: quarantines.plannedEndOn, ratName: rats.name, due: sql`${cohortDue}`.as('due') })
    .from(quarantines)
    .innerJoin(rats, eq(rats.id, quarantines.ratId))
    .where(isNull(quarantines.endedOn))
    .as('with_due');
  const ranked = db
    .select({
      id: withDue.id,
      position: sql<number>`row_number() over (order by ${sql.join(listOrder(withDue), sql`, `)})`
        .mapWith(Number)
        .as('position'),
    })
    .from(withDue)
    .as('ranked');
  const [row] = await db.select({ position: ranked.position }).from(ranked).where(eq(ranked.id, params.id));
  return row ? Math.floor((row.position - 1) / params.perPage) + 1 : null;
}

/** One open quarantine with its rat, or null: the extend page reads it. */
export async function getOpenQuarantine(db: DbOrTx, params: { id: number }) {
  const [row] = await openQuarantinesQuery(db, eq(quarantines.id, params.id));
  return row ?? null;
}

/**
 * The confirmation after a quarantine was started or extended, read from the database (the
 * address carries only the quarantine's id): null when it is no longer open.
 */
export async function describeOpenQuarantine(db: DbOrTx, params: { id: number; what: 'started' | 'extended' }): Promise<string | null> {
  const q = await getOpenQuarantine(db, { id: params.id });
  if (!q) return null;
  if (params.what === 'started') return quarantineStartedMessage(q.ratName, q);
  const lastNote = q.notes?.split('\n').at(-1) ?? '';
  return lastNote.startsWith('Quarantine extended') ? quarantineExtendedMessage(q.ratName, lastNote) : null;
}

/** Cohorts that still hold a rat in open quarantine: a new quarantine may join one of them. */
export async function listOpenCohorts(db: DbOrTx) {
  return db
    .selectDistinct({ id: quarantineCohorts.id, label: quarantineCohorts.label })
    .from(quarantineCohorts)
    .innerJoin(quarantines, and(eq(quarantines.cohortId, quarantineCohorts.id), isNull(quarantines.endedOn)))
    .orderBy(asc(quarantineCohorts.label));
}

/** Rats in care with no open quarantine, with their home: the ones a quarantine can be started for. */
export async function listRatsForQuarantineStart(db: DbOrTx) {
  const rows = await listRatsWithHousing(db, { where: inArray(rats.status, [...IN_CARE_STATUSES]), scope: { kind: 'all' }, orderBy: 'home' });
  return rows.filter((r) => r.quarantine === null).map((r) => ({ id: r.id, code: r.code, name: r.name, homeName: r.homeName }));
}

const mates = alias(cageGroupMemberships, 'mates');

/** The open quarantines of the rats sharing `ratId`'s cage group (not the rat itself), locked for update. */
export async function cageMatesInQuarantine(tx: DbOrTx, ratId: number) {
  return tx
    .select({ period: quarantines, name: rats.name })
    .from(cageGroupMemberships)
    .innerJoin(mates, and(eq(mates.cageGroupId, cageGroupMemberships.cageGroupId), isNull(mates.leftAt), ne(mates.ratId, ratId)))
    .innerJoin(quarantines, and(eq(quarantines.ratId, mates.ratId), isNull(quarantines.endedOn)))
    .innerJoin(rats, eq(rats.id, mates.ratId))
    .where(and(eq(cageGroupMemberships.ratId, ratId), isNull(cageGroupMemberships.leftAt)))
    .orderBy(asc(rats.name))
    .for('update', { of: quarantines });
}

export type CohortChoice = { kind: 'existing'; cohortId: number } | { kind: 'new'; label: string | null };

export type QuarantineWrite = { ok: false; reason: string } | { ok: true; quarantineId: number; message: string };

/**
 * Starts a quarantine by hand for a rat in care (show or exposure, illness, return from
 * adoption), in a chosen cohort or a new one, with the planned end from policy; one transaction.
 */
export async function startQuarantineByHand(
  db: DbOrTx,
  params: { ratId: number; reason: ManualQuarantineReason; startedOn: string; cohort: CohortChoice; notes: string | null; actorId: number; now: Date; policy: Policy },
): Promise<QuarantineWrite> {
  return db.transaction(async (tx) => {
    const [rat] = await listRatsWithHousing(tx, { where: eq(rats.id, params.ratId), scope: { kind: 'all' } });
    if (!rat) return { ok: false, reason: 'That rat no longer exists.' };
    const [home] = rat.fosterHomeId
      ? await tx.select({ name: fosterHomes.name, canQuarantine: fosterHomes.canQuarantine }).from(fosterHomes).where(eq(fosterHomes.id, rat.fosterHomeId))
      : [];
    const decision = canStartQuarantine({ name: rat.name, status: rat.status, openQuarantine: rat.quarantine, home: home ?? null }, params.startedOn, params.now);
    if (!decision.ok) return decision;
    let cohortId: number;
    if (params.cohort.kind === 'existing') {
      const [cohort] = await tx.select({ id: quarantineCohorts.id }).from(quarantineCohorts).where(eq(quarantineCohorts.id, params.cohort.cohortId));
      if (!cohort) return { ok: false, reason: 'That cohort no longer exists: choose another or start a new one.' };
      cohortId = cohort.id;
    } else {
      const label = params.cohort.label ?? `${rat.name}: ${QUARANTINE_REASON_LABELS[params.reason].toLowerCase()} from ${formatShortDate(params.startedOn)}`;
      const [cohort] = await tx.insert(quarantineCohorts).values({ label, fosterHomeId: rat.fosterHomeId }).returning({ id: quarantineCohorts.id });
      cohortId = cohort.id;
    }
    const plannedEndOn = plannedEndFor(params.reason, params.startedOn, params.policy);
    const [created] = await tx
      .insert(quarantines)
      .values({ ratId: rat.id, reason: params.reason, cohortId, fosterHomeId: rat.fosterHomeId, startedOn: params.startedOn, plannedEndOn, notes: params.notes })
      .returning({ id: quarantines.id });
    const message = quarantineStartedMessage(rat.name, { reason: params.reason, startedOn: params.startedOn, plannedEndOn });
    await recordAudit(tx, {
      actorId: params.actorId,
      action: 'create',
      entityType: 'quarantine',
      entityId: created.id,
      ratId: rat.id,
      fosterHomeId: rat.fosterHomeId,
      summary: message,
    });
    return { ok: true, quarantineId: created.id, message };
  });
}

/** Extends an open quarantine to a later planned end; the reason is kept on the quarantine and in the history. */
export async function extendQuarantineById(
  db: DbOrTx,
  params: { quarantineId: number; until: string; why: string; actorId: number },
): Promise<QuarantineWrite> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ period: quarantines, ratName: rats.name })
      .from(quarantines)
      .innerJoin(rats, eq(rats.id, quarantines.ratId))
      .where(eq(quarantines.id, params.quarantineId))
      .for('update', { of: quarantines });
    if (!row) return { ok: false, reason: 'That quarantine no longer exists.' };
    const extension = extendQuarantine(row.period, params.until, params.why);
    if (!extension.ok) return extension;
    await tx
      .update(quarantines)
      .set({ plannedEndOn: extension.plannedEndOn, notes: sql`concat_ws(E'\n', ${quarantines.notes}, ${extension.message}::text)` })
      .where(eq(quarantines.id, row.period.id));
    await recordAudit(tx, {
      actorId: params.actorId,
      action: 'update',
      entityType: 'quarantine',
      entityId: row.period.id,
      ratId: row.period.ratId,
      fosterHomeId: row.period.fosterHomeId,
      summary: `${row.ratName}: ${extension.message}`,
      changes: { plannedEndOn: { from: row.period.plannedEndOn, to: extension.plannedEndOn } },
    });
    return { ok: true, quarantineId: row.period.id, message: quarantineExtendedMessage(row.ratName, extension.message) };
  });
}

export type OpenQuarantine = Awaited<ReturnType<typeof listOpenQuarantines>>['rows'][number];

async function symptomsOf(db: DbOrTx, ratId: number): Promise<SymptomRecord[]> {
  return db
    .select({ occurredOn: healthEvents.occurredOn, symptoms: healthEvents.symptoms })
    .from(healthEvents)
    .where(and(eq(healthEvents.ratId, ratId), sql`cardinality(${healthEvents.symptoms}) > 0`));
}

/**
 * Releases a rat from quarantine when the rules allow it (not before the planned end, not while a
 * symptom is recent), in one transaction; a rat still at `intake` status moves to `in_care`.
 */
export async function releaseQuarantine(
  db: DbOrTx,
  params: { quarantineId: number; actorId: number; now: Date; policy: Policy; cageMatesConfirmed?: boolean },
): Promise<Decision & { ratName?: string; needsConfirmation?: boolean }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ period: quarantines, rat: { id: rats.id, name: rats.name, status: rats.status } })
      .from(quarantines)
      .innerJoin(rats, eq(rats.id, quarantines.ratId))
      .where(eq(quarantines.id, params.quarantineId))
      .for('update');
    if (!row) return { ok: false, reason: 'That quarantine no longer exists.' };
    const period: QuarantinePeriod = { ...row.period, ratId: row.rat.id };
    const decision = canRelease(period, await symptomsOf(tx, row.rat.id), params.now, params.policy);
    if (!decision.ok) return { ...decision, ratName: row.rat.name };
    if (!params.cageMatesConfirmed) {
      const stay = await cageMatesInQuarantine(tx, row.rat.id);
      const warning = cageMatesInQuarantineWarning(row.rat.name, stay.map((m) => ({ name: m.name, plannedEndOn: m.period.plannedEndOn })));
      if (warning) return { ok: false, reason: warning, ratName: row.rat.name, needsConfirmation: true };
    }
    const today = toIsoDate(params.now);
    await tx.update(quarantines).set({ endedOn: today, releasedBy: params.actorId }).where(eq(quarantines.id, params.quarantineId));
    if (row.rat.status === 'intake') {
      await tx.update(rats).set({ status: 'in_care', version: sql`${rats.version} + 1` }).where(eq(rats.id, row.rat.id));
      await tx.insert(ratStatusChanges).values({
        ratId: row.rat.id,
        fromStatus: 'intake',
        toStatus: 'in_care',
        changedAt: params.now,
        changedBy: params.actorId,
        reason: 'Released from quarantine',
      });
    }
    await recordAudit(tx, {
      actorId: params.actorId,
      action: 'update',
      entityType: 'quarantine',
      entityId: params.quarantineId,
      ratId: row.rat.id,
      fosterHomeId: row.period.fosterHomeId,
      summary: `Released ${row.rat.name} from ${row.period.reason} quarantine`,
      changes: {
        endedOn: { from: null, to: today },
        ...(row.rat.status === 'intake' ? { status: { from: 'intake', to: 'in_care' } } : {}),
      },
    });
    return { ok: true, ratName: row.rat.name };
  });
}

/** The rat a closed quarantine belonged to, for the confirmation after a release. */
export async function getReleasedRatName(db: DbOrTx, params: { quarantineId: number }): Promise<string | null> {
  const [row] = await db
    .select({ name: rats.name })
    .from(quarantines)
    .innerJoin(rats, eq(rats.id, quarantines.ratId))
    .where(and(eq(quarantines.id, params.quarantineId), isNotNull(quarantines.endedOn)));
  return row?.name ?? null;
}
