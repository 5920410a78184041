import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { litters, plannedPairings, quarantines, rats, watches } from '../schema';
import type { DbOrTx } from '../connect';
import { toIsoDate } from '../../lib/domain/dates';
import { putTogether, type PairingRat } from '../../lib/domain/pairings';
import type { Policy } from '../../lib/domain/policy';
import { formatShortDate } from '../../lib/domain/quarantine';
import { WATCH_KIND_LABELS } from '../../lib/domain/watches';
import { IN_CARE_STATUSES } from '../../lib/domain/vocabulary';
import type { PlannedPairingInput } from '../../lib/validation/pedigrees';
import { recordAudit } from './audit';
import { outer } from './outer';
import { ratNaming } from './rat-joins';

// The outer rat, qualified: inside these subqueries a bare "id" would name the subquery's own table.
const ratIdRef = outer(rats.id);
const quarantineEndsOn = sql<string | null>`(select max(q.planned_end_on)::text from ${quarantines} q where q.rat_id = ${ratIdRef} and q.ended_on is null)`;
const littersBefore = sql<number>`(select count(*) from ${litters} l where l.dam_id = ${ratIdRef})`.mapWith(Number);
const pregnancyDueOn = sql<string | null>`(select min(w.due_on)::text from ${watches} w where w.rat_id = ${ratIdRef} and w.kind = 'pregnancy' and w.closed_on is null)`;

/** What the pairing rules need to know about two rats, by id (missing ids are left out). */
export async function getPairingRats(db: DbOrTx, params: { ids: number[] }): Promise<Map<number, PairingRat>> {
  const rows = await db
    .select({
      id: rats.id,
      name: rats.name,
      sex: rats.sex,
      status: rats.status,
      birthDate: rats.birthDate,
      neuteredOn: rats.neuteredOn,
      quarantineEndsOn,
      littersBefore,
      pregnancyDueOn,
    })
    .from(rats)
    .where(inArray(rats.id, params.ids.length ? params.ids : [-1]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Does and intact bucks in care who could be paired, by name. */
export async function listPairingCandidates(db: DbOrTx) {
  return db
    .select({ ...ratNaming, sex: rats.sex, birthDate: rats.birthDate })
    .from(rats)
    .where(and(inArray(rats.status, [...IN_CARE_STATUSES]), sql`(${rats.sex} = 'female' or (${rats.sex} = 'male' and ${rats.neuteredOn} is null))`))
    .orderBy(asc(rats.name));
}

export type PairingOutcome = { ok: true; pairingId: number } | { ok: false; reason: string };

/** Plans a pairing of a doe and a buck; the rules that block it on the planned date are shown on its page and refuse putting them together. */
export async function createPlannedPairing(db: DbOrTx, params: { input: PlannedPairingInput; actorId: number }): Promise<PairingOutcome> {
  const { input, actorId } = params;
  return db.transaction(async (tx) => {
    const found = await getPairingRats(tx, { ids: [input.doeId, input.buckId] });
    const doe = found.get(input.doeId);
    const buck = found.get(input.buckId);
    if (!doe || !buck) return { ok: false, reason: 'Choose the doe and the buck: one of them was not found.' };
    if (doe.sex !== 'female') return { ok: false, reason: `${doe.name} is not recorded as female, so she cannot be the doe of a pairing.` };
    if (buck.sex !== 'male') return { ok: false, reason: `${buck.name} is not recorded as male, so he cannot be the buck of a pairing.` };
    const [pairing] = await tx
      .insert(plannedPairings)
      .values({ doeId: doe.id, buckId: buck.id, plannedOn: input.plannedOn, goals: input.goals, createdBy: actorId })
      .returning({ id: plannedPairings.id });
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entityType: 'planned_pairing',
      entityId: pairing.id,
      ratId: doe.id,
      summary: `Planned pairing of ${doe.name} and ${buck.name} for ${formatShortDate(input.plannedOn)}`,
    });
    return { ok: true, pairingId: pairing.id };
  });
}

const does = alias(rats, 'does');
const bucks = alias(rats, 'bucks');
const pairingColumns = {
  id: plannedPairings.id,
  plannedOn: plannedPairings.plannedOn,
  goals: plannedPairings.goals,
  status: plannedPairings.status,
  togetherOn: plannedPairings.togetherOn,
  version: plannedPairings.version,
  doeId: does.id,
  doeName: does.name,
  doeCode: does.code,
  buckId: bucks.id,
  buckName: bucks.name,
  buckCode: bucks.code,
};

/** Every planned pairing, open ones first, soonest first. */
export async function listPlannedPairings(db: DbOrTx) {
  return db
    .select(pairingColumns)
    .from(plannedPairings)
    .innerJoin(does, eq(does.id, plannedPairings.doeId))
    .innerJoin(bucks, eq(bucks.id, plannedPairings.buckId))
    .orderBy(sql`case ${plannedPairings.status} when 'planned' then 0 when 'together' then 1 else 2 end`, asc(plannedPairings.plannedOn), desc(plannedPairings.id))
    .limit(200);
}

export async function getPlannedPairing(db: DbOrTx, params: { id: number }) {
  const [row] = await db
    .select(pairingColumns)
    .from(plannedPairings)
    .innerJoin(does, eq(does.id, plannedPairings.doeId))
    .innerJoin(bucks, eq(bucks.id, plannedPairings.buckId))
    .where(eq(plannedPairings.id, params.id));
  return row ?? null;
}

/** Pairs put together whose doe's pregnancy watch is still open: the dashboard shows their birth window. */
export async function listExpectedBirths(db: DbOrTx) {
  return db
    .select({ pairingId: plannedPairings.id, togetherOn: plannedPairings.togetherOn, doeId: does.id, doeName: does.name, buckName: bucks.name })
    .from(plannedPairings)
    .innerJoin(does, eq(does.id, plannedPairings.doeId))
    .innerJoin(bucks, eq(bucks.id, plannedPairings.buckId))
    .innerJoin(watches, eq(watches.id, plannedPairings.watchId))
    .where(and(eq(plannedPairings.status, 'together'), isNull(watches.closedOn)))
    .orderBy(asc(plannedPairings.togetherOn))
    .limit(20);
}

/**
 * Puts a planned pair together on a day in one transaction: refused (with every reason) while the
 * rules block it or when the page was stale; otherwise the doe's pregnancy watch opens from that
 * day and the pairing records it.
 */
export async function putPairTogether(
  db: DbOrTx,
  params: { pairingId: number; togetherOn: string; version: number; actorId: number; now: Date; policy: Policy },
): Promise<PairingOutcome> {
  const { pairingId, togetherOn, version, actorId, now, policy } = params;
  return db.transaction(async (tx) => {
    const [pairing] = await tx.select().from(plannedPairings).where(eq(plannedPairings.id, pairingId)).for('update');
    if (!pairing) return { ok: false, reason: 'That pairing was not found.' };
    if (pairing.version !== version) return { ok: false, reason: 'This pairing was changed by someone else meanwhile. Reload the page to see it, then try again.' };
    if (togetherOn > toIsoDate(now)) return { ok: false, reason: `They cannot have gone together in the future (${formatShortDate(togetherOn)}).` };
    const found = await getPairingRats(tx, { ids: [pairing.doeId, pairing.buckId] });
    const doe = found.get(pairing.doeId)!;
    const buck = found.get(pairing.buckId)!;
    const result = putTogether(pairing, doe, buck, togetherOn, policy);
    if (!result.ok) return result;
    const { reason: _reason, ...draft } = result.watch;
    const [watch] = await tx.insert(watches).values({ ...draft, createdBy: actorId }).returning({ id: watches.id });
    await tx
      .update(plannedPairings)
      .set({ status: 'together', togetherOn, watchId: watch.id, version: pairing.version + 1, updatedAt: now })
      .where(eq(plannedPairings.id, pairing.id));
    await recordAudit(tx, [
      { actorId, action: 'update', entityType: 'planned_pairing', entityId: pairing.id, ratId: doe.id, summary: `${doe.name} and ${buck.name} put together on ${formatShortDate(togetherOn)}` },
      { actorId, action: 'create', entityType: 'watch', entityId: watch.id, ratId: doe.id, summary: `${WATCH_KIND_LABELS.pregnancy} for ${doe.name}: due ${formatShortDate(draft.dueOn)}` },
    ]);
    return { ok: true, pairingId: pairing.id };
  });
}
