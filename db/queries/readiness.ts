import { and, asc, eq, exists, gt, gte, inArray, isNull, lte, max, notExists, sql } from 'drizzle-orm';
import {
  adopters,
  cageGroupMemberships,
  cageGroups,
  fosterHomes,
  healthEvents,
  incidents,
  pairProposalRats,
  pairProposals,
  placements,
  quarantines,
  rats,
  users,
  watches,
} from '../schema';
import type { DbOrTx } from '../connect';
import { addDays, toIsoDate } from '../../lib/domain/dates';
import type { Policy } from '../../lib/domain/policy';
import {
  assessReadiness,
  ownReadinessItems,
  READINESS_BITE_DAYS,
  READINESS_HEALTH_CHECK_DAYS,
  type Readiness,
  type ReadinessInput,
  unmetForAdoption,
} from '../../lib/domain/readiness';
import type { RatStatus, Sex } from '../../lib/domain/vocabulary';
import { anyOf } from './any-of';
import { recordAudit } from './audit';
import { weightRowsOf } from './health-events';
import { lastSessionsOf } from './handling-sessions';
import { changeRatStatus } from './rat-records';
import { getPolicy } from './settings';
import { groupBy } from '../../lib/group-by';

/*
 * Readiness for any set of rats in a fixed number of set-based queries (never one per rat).
 * A rat's companion is "ready" when it meets every item of its own, so cage-mates are read too.
 *
 * An adopter with compatible rats is linked to a rat through an approved pair proposal that names
 * that adopter: the coordinator approved this rat (alone, or with others) for that household.
 */

type Group = { ratId: number; cageGroupId: number };

async function cageMembersOf(db: DbOrTx, ratIds: readonly number[]): Promise<Group[]> {
  const groups = db
    .select({ id: cageGroupMemberships.cageGroupId })
    .from(cageGroupMemberships)
    .where(and(anyOf(cageGroupMemberships.ratId, ratIds), isNull(cageGroupMemberships.leftAt)));
  return db
    .select({ ratId: cageGroupMemberships.ratId, cageGroupId: cageGroupMemberships.cageGroupId })
    .from(cageGroupMemberships)
    .innerJoin(cageGroups, eq(cageGroups.id, cageGroupMemberships.cageGroupId))
    .where(and(inArray(cageGroupMemberships.cageGroupId, groups), isNull(cageGroupMemberships.leftAt), isNull(cageGroups.dissolvedAt)));
}

async function approvedProposalsOf(db: DbOrTx, ratIds: readonly number[]) {
  const mine = await db
    .select({ ratId: pairProposalRats.ratId, proposalId: pairProposals.id, adopterId: pairProposals.adopterId })
    .from(pairProposalRats)
    .innerJoin(pairProposals, eq(pairProposals.id, pairProposalRats.pairProposalId))
    .where(and(anyOf(pairProposalRats.ratId, ratIds), eq(pairProposals.status, 'approved')));
  if (mine.length === 0) return { mine, members: [], households: [] };
  const proposalIds = [...new Set(mine.map((m) => m.proposalId))];
  const adopterIds = [...new Set(mine.flatMap((m) => (m.adopterId === null ? [] : [m.adopterId])))];
  const [members, households] = await Promise.all([
    db
      .select({ proposalId: pairProposalRats.pairProposalId, ratId: rats.id, name: rats.name })
      .from(pairProposalRats)
      .innerJoin(rats, eq(rats.id, pairProposalRats.ratId))
      .where(anyOf(pairProposalRats.pairProposalId, proposalIds)),
    adopterIds.length === 0
      ? Promise.resolve([])
      : db
          .select({ id: adopters.id, name: adopters.name, ratCount: adopters.existingRatsCount })
          .from(adopters)
          .where(and(anyOf(adopters.id, adopterIds), eq(adopters.approval, 'approved'), gt(adopters.existingRatsCount, 0))),
  ]);
  return { mine, members, households };
}

function byRat<T extends { ratId: number }>(rows: readonly T[]): Map<number, T[]> {
  return groupBy(rows, (row) => row.ratId);
}

/**
 * Each rat's readiness checklist as of `now`, keyed by rat id (rats that do not exist are left
 * out). Callers outside this area (recording an adoption) use it to refuse rats that are not ready.
 */
export async function getReadiness(db: DbOrTx, params: { ratIds: readonly number[]; now: Date; policy?: Policy }): Promise<Map<number, Readiness>> {
  const result = new Map<number, Readiness>();
  const requested = [...new Set(params.ratIds)];
  if (requested.length === 0) return result;
  const { now } = params;
  const today = toIsoDate(now);
  const [policy, groups, proposals] = await Promise.all([params.policy ?? getPolicy(db), cageMembersOf(db, requested), approvedProposalsOf(db, requested)]);
  const ids = [...new Set([...requested, ...groups.map((g) => g.ratId)])];

  const [ratRows, quarantineRows, watchRows, sessionRows, biteRows, checkRows, weightRows, reviewRows] = await Promise.all([
    db
      .select({
        ratId: rats.id,
        name: rats.name,
        sex: rats.sex,
        birthDate: rats.birthDate,
        neuteredOn: rats.neuteredOn,
        overrideReason: rats.readinessOverrideReason,
        overrideAt: rats.readinessOverrideAt,
        overrideByName: users.name,
      })
      .from(rats)
      .leftJoin(users, eq(users.id, rats.readinessOverrideBy))
      .where(anyOf(rats.id, ids)),
    db
      .select({ ratId: quarantines.ratId, plannedEndOn: quarantines.plannedEndOn })
      .from(quarantines)
      .where(and(anyOf(quarantines.ratId, ids), isNull(quarantines.endedOn))),
    db
      .select({ ratId: watches.ratId, kind: watches.kind, dueOn: watches.dueOn })
      .from(watches)
      .where(and(anyOf(watches.ratId, ids), isNull(watches.closedOn))),
    lastSessionsOf(db, { where: anyOf(rats.id, ids), asOf: now }),
    db
      .select({ ratId: incidents.ratId, occurredAt: incidents.occurredAt, biteGrade: incidents.biteGrade })
      .from(incidents)
      .where(and(anyOf(incidents.ratId, ids), gt(incidents.occurredAt, new Date(now.getTime() - READINESS_BITE_DAYS * 86_400_000)), lte(incidents.occurredAt, now))),
    db
      .select({ ratId: healthEvents.ratId, on: max(healthEvents.occurredOn) })
      .from(healthEvents)
      .where(and(anyOf(healthEvents.ratId, ids), inArray(healthEvents.kind, ['health_check', 'vet_visit']), lte(healthEvents.occurredOn, today)))
      .groupBy(healthEvents.ratId),
    weightRowsOf<{ ratId: number; occurredOn: string; weightGrams: number }>(db, {
      where: and(anyOf(healthEvents.ratId, ids), gte(healthEvents.occurredOn, addDays(today, -2 * policy.weightLossWindowDays))),
    }),
    db
      .select({ ratId: healthEvents.ratId, on: max(healthEvents.occurredOn) })
      .from(healthEvents)
      .where(and(anyOf(healthEvents.ratId, ids), eq(healthEvents.kind, 'neuter_review')))
      .groupBy(healthEvents.ratId),
  ]);

  const quarantine = new Map(quarantineRows.map((q) => [q.ratId, q]));
  const watchesOf = byRat(watchRows);
  const sessionsOf = byRat(sessionRows);
  const bitesOf = byRat(biteRows);
  const checked = new Map(checkRows.map((r) => [r.ratId, r.on]));
  const weightsOf = byRat(weightRows);
  const reviewed = new Map(reviewRows.map((r) => [r.ratId, r.on]));

  const inputs = new Map<number, Omit<ReadinessInput, 'companions'>>();
  for (const r of ratRows) {
    inputs.set(r.ratId, {
      rat: { name: r.name, sex: r.sex, birthDate: r.birthDate, neuteredOn: r.neuteredOn },
      quarantine: quarantine.get(r.ratId) ?? null,
      watches: watchesOf.get(r.ratId) ?? [],
      sessions: sessionsOf.get(r.ratId) ?? [],
      bites: bitesOf.get(r.ratId) ?? [],
      lastHealthCheckOn: checked.get(r.ratId) ?? null,
      weights: weightsOf.get(r.ratId) ?? [],
      override: r.overrideReason && r.overrideAt ? { reason: r.overrideReason, byName: r.overrideByName, at: r.overrideAt } : null,
      neuterReviewedOn: reviewed.get(r.ratId) ?? null,
    });
  }
  const ownReady = new Map([...inputs].map(([id, input]) => [id, ownReadinessItems(input, now, policy).every((i) => i.met)]));
  const groupOf = new Map(groups.map((g) => [g.ratId, g.cageGroupId]));
  const proposalsOf = byRat(proposals.mine);
  const household = new Map(proposals.households.map((h) => [h.id, h]));

  for (const ratId of requested) {
    const input = inputs.get(ratId);
    if (!input) continue;
    const group = groupOf.get(ratId);
    const cageMates = groups
      .filter((g) => g.cageGroupId === group && g.ratId !== ratId)
      .map((g) => ({ name: inputs.get(g.ratId)?.rat.name ?? '', ready: ownReady.get(g.ratId) ?? false }));
    const mine = proposalsOf.get(ratId) ?? [];
    const proposalIds = new Set(mine.map((m) => m.proposalId));
    const proposalMates = [...new Set(proposals.members.filter((m) => proposalIds.has(m.proposalId) && m.ratId !== ratId).map((m) => m.name))];
    const adopter = mine.map((m) => (m.adopterId === null ? undefined : household.get(m.adopterId))).find((h) => h !== undefined);
    result.set(
      ratId,
      assessReadiness({ ...input, companions: { cageMates, proposalMates, adopterWithRats: adopter ? { name: adopter.name, ratCount: adopter.ratCount } : null } }, now, policy),
    );
  }
  return result;
}

/**
 * What each rat still lacks before an adoption, in words (see `unmetForAdoption`): the readiness
 * source `recordAdoption` checks inside its transaction. Ready rats have an empty list.
 */
export async function unmetReadinessForAdoption(db: DbOrTx, params: { ratIds: readonly number[]; now: Date }): Promise<Map<number, string[]>> {
  const readiness = await getReadiness(db, params);
  return new Map([...readiness].map(([ratId, r]) => [ratId, unmetForAdoption(r)]));
}

export type ReadinessOverrideResult = { ok: true; name: string } | { ok: false; reason: 'stale' | 'not_found' };

/**
 * Sets (reason given) or revokes (reason null) a coordinator's readiness override, bumping the
 * rat's version and auditing who did it and why, in one transaction.
 */
export async function setReadinessOverride(
  db: DbOrTx,
  params: { ratId: number; expectedVersion: number; reason: string | null; actorId: number; now: Date },
): Promise<ReadinessOverrideResult> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: rats.name, version: rats.version, reason: rats.readinessOverrideReason })
      .from(rats)
      .where(eq(rats.id, params.ratId));
    if (!before) return { ok: false, reason: 'not_found' };
    const updated = await tx
      .update(rats)
      .set({
        readinessOverrideReason: params.reason,
        readinessOverrideBy: params.reason === null ? null : params.actorId,
        readinessOverrideAt: params.reason === null ? null : params.now,
        version: sql`${rats.version} + 1`,
        updatedAt: params.now,
      })
      .where(and(eq(rats.id, params.ratId), eq(rats.version, params.expectedVersion)))
      .returning({ id: rats.id });
    if (updated.length === 0) return { ok: false, reason: 'stale' };
    await recordAudit(tx, {
      actorId: params.actorId,
      action: 'update',
      entityType: 'rat',
      entityId: params.ratId,
      ratId: params.ratId,
      summary:
        params.reason === null
          ? `Revoked the readiness override for ${before.name}${before.reason ? ` (it said: ${before.reason})` : ''}`
          : `Declared ${before.name} ready below the ready step: ${params.reason}`,
      changes: { readinessOverrideReason: { from: before.reason, to: params.reason } },
    });
    return { ok: true, name: before.name };
  });
}

class StaleRat extends Error {}

/**
 * Marks several ready rats available in one transaction, each through the same status change
 * (history and audit) as the rat page; a stale version on any rat rolls every change back.
 */
export async function markRatsAvailable(
  db: DbOrTx,
  params: { rats: ReadonlyArray<{ ratId: number; expectedVersion: number; from: RatStatus }>; actorId: number; now: Date },
): Promise<{ ok: boolean }> {
  try {
    await db.transaction(async (tx) => {
      for (const rat of params.rats) {
        const result = await changeRatStatus(tx, { ...rat, to: 'available', reason: 'Ready for adoption (marked from the ready list).', actorId: params.actorId, now: params.now });
        if (!result.ok) throw new StaleRat();
      }
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof StaleRat) return { ok: false };
    throw error;
  }
}

export type ReadyListFilters = { fosterHomeId?: number | null; sex?: Sex | null; status?: 'in_care' | 'available' | null; q?: string | null };

/**
 * Rats that may be ready, with their cage group and home: in care or available, and already clear
 * of the checks SQL can make cheaply (no open quarantine or watch, a recent health check), so the
 * full checklist runs only on these.
 */
export async function listReadyCandidates(db: DbOrTx, params: { now: Date; filters: ReadyListFilters }) {
  const { filters } = params;
  const checkedSince = addDays(toIsoDate(params.now), -READINESS_HEALTH_CHECK_DAYS);
  return db
    .select({
      ratId: rats.id,
      name: rats.name,
      code: rats.code,
      sex: rats.sex,
      status: rats.status,
      version: rats.version,
      cageGroupId: cageGroups.id,
      cageGroupName: cageGroups.name,
      fosterHomeId: fosterHomes.id,
      homeName: fosterHomes.name,
    })
    .from(rats)
    .leftJoin(cageGroupMemberships, and(eq(cageGroupMemberships.ratId, rats.id), isNull(cageGroupMemberships.leftAt)))
    .leftJoin(cageGroups, eq(cageGroups.id, cageGroupMemberships.cageGroupId))
    .leftJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
    .leftJoin(fosterHomes, eq(fosterHomes.id, placements.fosterHomeId))
    .where(
      and(
        filters.status ? eq(rats.status, filters.status) : inArray(rats.status, ['in_care', 'available', 'returned']),
        filters.fosterHomeId ? eq(placements.fosterHomeId, filters.fosterHomeId) : undefined,
        filters.sex ? eq(rats.sex, filters.sex) : undefined,
        filters.q ? sql`lower(${rats.name}) like ${`%${filters.q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`}` : undefined,
        notExists(db.select({ one: sql`1` }).from(quarantines).where(and(eq(quarantines.ratId, rats.id), isNull(quarantines.endedOn)))),
        notExists(db.select({ one: sql`1` }).from(watches).where(and(eq(watches.ratId, rats.id), isNull(watches.closedOn)))),
        exists(
          db
            .select({ one: sql`1` })
            .from(healthEvents)
            .where(and(eq(healthEvents.ratId, rats.id), inArray(healthEvents.kind, ['health_check', 'vet_visit']), gte(healthEvents.occurredOn, checkedSince))),
        ),
      ),
    )
    .orderBy(asc(fosterHomes.name), asc(cageGroups.name), asc(rats.name));
}

export type ReadyCandidate = Awaited<ReturnType<typeof listReadyCandidates>>[number];
