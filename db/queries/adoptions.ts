import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  adopters,
  adoptionRats,
  adoptions,
  cageGroupMemberships,
  cageGroups,
  fosterHomes,
  pairProposalRats,
  pairProposals,
  placements,
  quarantineCohorts,
  quarantines,
  ratStatusChanges,
  rats,
  temperamentAssessments,
  users,
} from '../schema';
import type { DbOrTx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import { unitsOf, type FitRat } from '../../lib/domain/adopter-fit';
import {
  ADOPTABLE_STATUSES,
  RETURN_QUARANTINE_REASON,
  canReturn,
  checkAdoption,
  returnDateAllowed,
  type AdoptionCheck,
  type CageMateRow,
} from '../../lib/domain/adoptions';
import { canPlaceInHome } from '../../lib/domain/cage-groups';
import { momentOn } from '../../lib/domain/health-events';
import { inQuarantine } from '../../lib/domain/placements';
import { formatShortDate, listInWords, plannedEndFor, startQuarantine } from '../../lib/domain/quarantine';
import { canLiveTogether } from '../../lib/domain/sex-safety';
import { recordAudit, type AuditInput } from './audit';
import { listGroupMembers } from './cage-groups';
import { listHandlingRats } from './handling-sessions';
import { listRatsWithHousing } from './housing';
import { getPolicy } from './settings';
import { ratIdentityColumns } from './rat-joins';
import { groupBy } from '../../lib/group-by';

const ALL: RatScope = { kind: 'all' };

/**
 * What each rat still lacks to be ready for adoption, in words (no entry or an empty list: ready).
 * Read inside the adoption's transaction, so it sees the same rows the adoption locks.
 */
export type ReadinessSource = (tx: DbOrTx, params: { ratIds: number[]; now: Date }) => Promise<ReadonlyMap<number, readonly string[]>>;

/** The latest temperament assessment of each rat (bite risk and category), by rat id. */
async function latestAssessments(db: DbOrTx, ratIds: number[]) {
  const byRat = new Map<number, { biteRisk: FitRat['biteRisk']; category: FitRat['category'] }>();
  if (ratIds.length === 0) return byRat;
  const rows = await db
    .selectDistinctOn([temperamentAssessments.ratId], {
      ratId: temperamentAssessments.ratId,
      biteRisk: temperamentAssessments.biteRisk,
      category: temperamentAssessments.category,
    })
    .from(temperamentAssessments)
    .where(inArray(temperamentAssessments.ratId, ratIds))
    .orderBy(temperamentAssessments.ratId, desc(temperamentAssessments.assessedAt), desc(temperamentAssessments.id));
  for (const r of rows) byRat.set(r.ratId, { biteRisk: r.biteRisk, category: r.category });
  return byRat;
}

/**
 * The rats that can leave for adoption now (available or reserved), each with its home, cage
 * group, open quarantine, current trust step and latest assessment: the adoption form's choices
 * and the input of adopter fit.
 */
export async function listAdoptableRats(db: DbOrTx, params: { now: Date }) {
  const housed = await listRatsWithHousing(db, { where: inArray(rats.id, db.select({ id: rats.id }).from(rats).where(inArray(rats.status, [...ADOPTABLE_STATUSES]))), scope: ALL, orderBy: 'home' });
  const ids = housed.map((r) => r.id);
  const [steps, assessments] = await Promise.all([ids.length ? listHandlingRats(db, { scope: ALL, ratIds: ids }) : [], latestAssessments(db, ids)]);
  const stepOf = new Map(steps.map((s) => [s.id, s.currentStep]));
  return housed.map((r) => ({
    ...r,
    quarantineEndsOn: r.quarantine && inQuarantine(r, params.now) ? r.quarantine.plannedEndOn : null,
    trustStep: stepOf.get(r.id) ?? null,
    biteRisk: assessments.get(r.id)?.biteRisk ?? null,
    category: assessments.get(r.id)?.category ?? null,
  }));
}
export type AdoptableRat = Awaited<ReturnType<typeof listAdoptableRats>>[number];

/** The adoptable rats grouped into the units that leave together. */
export async function listAdoptionUnits(db: DbOrTx, params: { now: Date }) {
  return unitsOf(await listAdoptableRats(db, params));
}

export type AdoptionOutcome = AdoptionCheck | { ok: false; kind: 'missing'; reasons: string[] };
export type RecordedAdoption = { ok: true; adoptionId: number; warnings: string[]; summary: string };

/**
 * Records an adoption in one transaction: the adoption and its rats, each rat `adopted` with its
 * status history, their placements and cage-group memberships ended (a group left empty is
 * closed), an approved pair proposal made of these rats marked adopted, and the audit. The rat
 * rows are locked first, so of two coordinators adopting the same rat at once exactly one
 * succeeds; the other is refused because the rat is already adopted. Nothing is written when
 * the check refuses or asks for a confirmation.
 */
export async function recordAdoption(
  db: DbOrTx,
  params: {
    adopterId: number;
    adoptedOn: string;
    ratIds: number[];
    feeCents: number;
    notes: string | null;
    leftAloneReason: string | null;
    actorId: number;
    now: Date;
    readiness?: ReadinessSource;
  },
): Promise<RecordedAdoption | Exclude<AdoptionOutcome, { ok: true }>> {
  const ratIds = [...new Set(params.ratIds)].sort((a, b) => a - b);
  return db.transaction(async (tx) => {
    const [adopter] = await tx.select().from(adopters).where(eq(adopters.id, params.adopterId)).for('update');
    if (!adopter) return { ok: false, kind: 'missing', reasons: ['This adopter no longer exists.'] } as const;
    // Lock the rats in id order (no deadlock between two adoptions sharing rats), then read them.
    const locked = await tx.select({ id: rats.id }).from(rats).where(inArray(rats.id, ratIds)).orderBy(asc(rats.id)).for('update');
    if (locked.length !== ratIds.length) return { ok: false, kind: 'missing', reasons: ['A chosen rat no longer exists: reload the page.'] } as const;
    const leaving = await listRatsWithHousing(tx, { where: inArray(rats.id, ratIds), scope: ALL });
    const groupIds = [...new Set(leaving.map((r) => r.groupId).filter((id): id is number => id !== null))];
    const members = await listGroupMembers(tx, { groupIds, scope: ALL });
    const groupNames = new Map(leaving.map((r) => [r.groupId, r.groupName]));
    const cageMates: CageMateRow[] = [...members.entries()].flatMap(([groupId, list]) =>
      list.map((m) => ({ ratId: m.ratId, ratName: m.name, cageGroupId: groupId, cageGroupName: groupNames.get(groupId) ?? 'their cage', inQuarantine: inQuarantine(m, params.now) })),
    );
    const policy = await getPolicy(tx);
    const unmetReadiness = params.readiness ? await params.readiness(tx, { ratIds, now: params.now }) : null;
    const adopterRats = { count: adopter.existingRatsCount, females: adopter.existingRatsFemales, males: adopter.existingRatsMales, neuteredMales: adopter.existingRatsNeuteredMales };
    const check = checkAdoption(
      {
        adopter: { name: adopter.name, approval: adopter.approval, rats: adopterRats },
        adoptedOn: params.adoptedOn,
        rats: leaving,
        cageMates,
        unmetReadiness,
        leftAloneReason: params.leftAloneReason,
      },
      params.now,
      policy,
    );
    if (!check.ok) return check;

    const [adoption] = await tx
      .insert(adoptions)
      .values({ adopterId: adopter.id, adoptedOn: params.adoptedOn, feeCents: params.feeCents, notes: params.notes, createdBy: params.actorId, leftAloneReason: check.warnings.length ? params.leftAloneReason : null })
      .returning({ id: adoptions.id });
    await tx.insert(adoptionRats).values(ratIds.map((ratId) => ({ adoptionId: adoption.id, ratId })));
    const why = `Adopted by ${adopter.name}`;
    for (const rat of leaving) {
      await tx.update(rats).set({ status: 'adopted', version: sql`${rats.version} + 1` }).where(and(eq(rats.id, rat.id), eq(rats.status, rat.status)));
    }
    await tx.insert(ratStatusChanges).values(leaving.map((r) => ({ ratId: r.id, fromStatus: r.status, toStatus: 'adopted' as const, changedAt: params.now, changedBy: params.actorId, reason: why })));
    const leftAt = momentOn(params.adoptedOn, params.now).toISOString();
    await tx
      .update(placements)
      .set({ endedAt: sql`greatest(${placements.startedAt}, ${leftAt}::timestamptz)`, endReason: why })
      .where(and(inArray(placements.ratId, ratIds), isNull(placements.endedAt)));
    await tx
      .update(cageGroupMemberships)
      .set({ leftAt: sql`greatest(${cageGroupMemberships.joinedAt}, ${leftAt}::timestamptz)`, reason: why })
      .where(and(inArray(cageGroupMemberships.ratId, ratIds), isNull(cageGroupMemberships.leftAt)));
    const emptied = groupIds.filter((g) => (members.get(g) ?? []).every((m) => ratIds.includes(m.ratId)));
    if (emptied.length) await tx.update(cageGroups).set({ dissolvedAt: params.now }).where(inArray(cageGroups.id, emptied));

    const proposals = await markProposalsAdopted(tx, { ratIds, adoptionId: adoption.id, adopterId: adopter.id });
    const names = leaving.map((r) => r.name);
    const fee = `£${(params.feeCents / 100).toFixed(2)}`;
    const entries: AuditInput[] = leaving.map((r) => ({
      actorId: params.actorId,
      action: 'status_change',
      entityType: 'rat',
      entityId: r.id,
      ratId: r.id,
      fosterHomeId: r.fosterHomeId,
      summary: `${r.name} was adopted by ${adopter.name} with ${listInWords(names.filter((n) => n !== r.name)) || 'the adopter’s own rats'}`,
      changes: { status: { from: r.status, to: 'adopted' }, fosterHome: { from: r.homeName, to: null }, cageGroup: { from: r.groupName, to: null } },
    }));
    entries.push({
      actorId: params.actorId,
      action: 'create',
      entityType: 'adoption',
      entityId: adoption.id,
      summary: `Recorded the adoption of ${listInWords(names)} by ${adopter.name} (fee ${fee})${check.warnings.length ? `; left alone confirmed: ${params.leftAloneReason}` : ''}${proposals.length ? `; pair proposal ${proposals.join(', ')} adopted` : ''}`,
    });
    await recordAudit(tx, entries);
    return { ok: true, adoptionId: adoption.id, warnings: check.warnings, summary: `${listInWords(names)} ${names.length === 1 ? 'was' : 'were'} adopted by ${adopter.name}.` } as const;
  });
}

/** An approved pair proposal whose rats all leave in this adoption becomes adopted. Returns their ids. */
async function markProposalsAdopted(tx: DbOrTx, params: { ratIds: number[]; adoptionId: number; adopterId: number }): Promise<number[]> {
  const candidates = await tx
    .select({ id: pairProposals.id, ratId: pairProposalRats.ratId })
    .from(pairProposals)
    .innerJoin(pairProposalRats, eq(pairProposalRats.pairProposalId, pairProposals.id))
    .where(and(eq(pairProposals.status, 'approved'), inArray(pairProposals.id, tx.select({ id: pairProposalRats.pairProposalId }).from(pairProposalRats).where(inArray(pairProposalRats.ratId, params.ratIds)))));
  const byProposal = groupBy(candidates, (c) => c.id, (c) => c.ratId);
  const adopted = [...byProposal.entries()].filter(([, ids]) => ids.every((id) => params.ratIds.includes(id))).map(([id]) => id);
  if (adopted.length) {
    await tx
      .update(pairProposals)
      .set({ status: 'adopted', adoptionId: params.adoptionId, adopterId: params.adopterId, version: sql`${pairProposals.version} + 1` })
      .where(inArray(pairProposals.id, adopted));
  }
  return adopted;
}

/** One adoption for its printable record: adopter, rats (with any returns) and who recorded it. */
export async function getAdoptionRecord(db: DbOrTx, params: { id: number }) {
  const [row] = await db
    .select({ adoption: adoptions, adopter: adopters, recordedByName: users.name })
    .from(adoptions)
    .innerJoin(adopters, eq(adopters.id, adoptions.adopterId))
    .leftJoin(users, eq(users.id, adoptions.createdBy))
    .where(eq(adoptions.id, params.id));
  if (!row) return null;
  const ratRows = await db
    .select({
      ...ratIdentityColumns,
      returnedOn: adoptionRats.returnedOn,
      returnReason: adoptionRats.returnReason,
    })
    .from(adoptionRats)
    .innerJoin(rats, eq(rats.id, adoptionRats.ratId))
    .where(eq(adoptionRats.adoptionId, params.id))
    .orderBy(asc(rats.name));
  return { ...row.adoption, adopter: row.adopter, recordedByName: row.recordedByName, rats: ratRows };
}
export type AdoptionRecord = NonNullable<Awaited<ReturnType<typeof getAdoptionRecord>>>;

export type ReturnOutcome = { ok: true; summary: string } | { ok: false; reasons: string[] };

/**
 * Records the return of rats of an adoption in one transaction: each rat back in care (status
 * `returned`, with history), placed in the chosen home in one new cage group and one quarantine
 * cohort per policy, the return kept on the adoption. Refused when the home cannot quarantine,
 * a rat is not adopted any more, the date is impossible, or the rats could not live together.
 */
export async function recordReturn(
  db: DbOrTx,
  params: { adoptionId: number; ratIds: number[]; returnedOn: string; reason: string; fosterHomeId: number; actorId: number; now: Date },
): Promise<ReturnOutcome> {
  const ratIds = [...new Set(params.ratIds)].sort((a, b) => a - b);
  return db.transaction(async (tx) => {
    const [adoption] = await tx
      .select({ id: adoptions.id, adoptedOn: adoptions.adoptedOn, adopterName: adopters.name })
      .from(adoptions)
      .innerJoin(adopters, eq(adopters.id, adoptions.adopterId))
      .where(eq(adoptions.id, params.adoptionId));
    if (!adoption) return { ok: false, reasons: ['This adoption no longer exists.'] };
    await tx.select({ id: rats.id }).from(rats).where(inArray(rats.id, ratIds)).orderBy(asc(rats.id)).for('update');
    const returning = await tx
      .select({ id: rats.id, name: rats.name, sex: rats.sex, neuteredOn: rats.neuteredOn, birthDate: rats.birthDate, status: rats.status, returnedOn: adoptionRats.returnedOn })
      .from(adoptionRats)
      .innerJoin(rats, eq(rats.id, adoptionRats.ratId))
      .where(and(eq(adoptionRats.adoptionId, params.adoptionId), inArray(adoptionRats.ratId, ratIds)))
      .orderBy(asc(rats.name));
    if (returning.length !== ratIds.length) return { ok: false, reasons: ['A chosen rat was not part of this adoption: reload the page.'] };
    const [home] = await tx
      .select({ id: fosterHomes.id, name: fosterHomes.name, canQuarantine: fosterHomes.canQuarantine, active: fosterHomes.active })
      .from(fosterHomes)
      .where(eq(fosterHomes.id, params.fosterHomeId));
    if (!home) return { ok: false, reasons: ['That foster home no longer exists.'] };
    const reasons: string[] = [];
    const push = (d: { ok: true } | { ok: false; reason: string }) => {
      if (!d.ok) reasons.push(d.reason);
    };
    for (const rat of returning) push(canReturn(rat));
    push(returnDateAllowed(params.returnedOn, adoption.adoptedOn, params.now));
    push(canPlaceInHome(returning.map((r) => ({ name: r.name, inQuarantine: true })), home));
    const policy = await getPolicy(tx);
    push(canLiveTogether(returning, params.now, policy));
    if (reasons.length) return { ok: false, reasons };

    const at = momentOn(params.returnedOn, params.now);
    const why = `Returned by ${adoption.adopterName}: ${params.reason}`;
    await tx
      .update(adoptionRats)
      .set({ returnedOn: params.returnedOn, returnReason: params.reason, returnRecordedBy: params.actorId })
      .where(and(eq(adoptionRats.adoptionId, params.adoptionId), inArray(adoptionRats.ratId, ratIds)));
    await tx.update(rats).set({ status: 'returned', version: sql`${rats.version} + 1` }).where(inArray(rats.id, ratIds));
    await tx.insert(ratStatusChanges).values(returning.map((r) => ({ ratId: r.id, fromStatus: 'adopted' as const, toStatus: 'returned' as const, changedAt: params.now, changedBy: params.actorId, reason: why })));
    const label = `Back from ${adoption.adopterName}`;
    const [cohort] = await tx.insert(quarantineCohorts).values({ label, fosterHomeId: home.id }).returning({ id: quarantineCohorts.id });
    await tx.insert(quarantines).values(
      returning.map((r) => ({ ...startQuarantine({ ratId: r.id, cohortId: cohort.id }, RETURN_QUARANTINE_REASON, params.returnedOn, policy), fosterHomeId: home.id, notes: why })),
    );
    const [group] = await tx.insert(cageGroups).values({ name: `${label} (${listInWords(returning.map((r) => r.name))})`.slice(0, 120), fosterHomeId: home.id }).returning({ id: cageGroups.id });
    await tx.insert(cageGroupMemberships).values(returning.map((r) => ({ cageGroupId: group.id, ratId: r.id, joinedAt: at, reason: why, createdBy: params.actorId })));
    await tx.insert(placements).values(returning.map((r) => ({ ratId: r.id, fosterHomeId: home.id, startedAt: at, reason: `Return quarantine: ${params.reason}`, createdBy: params.actorId })));
    await recordAudit(
      tx,
      returning.map((r) => ({
        actorId: params.actorId,
        action: 'status_change' as const,
        entityType: 'rat',
        entityId: r.id,
        ratId: r.id,
        fosterHomeId: home.id,
        summary: `${r.name} came back from ${adoption.adopterName} into quarantine at ${home.name}: ${params.reason}`,
        changes: { status: { from: 'adopted', to: 'returned' }, fosterHome: { from: null, to: home.name } },
      })),
    );
    const names = listInWords(returning.map((r) => r.name));
    return { ok: true, summary: `${names} ${returning.length === 1 ? 'is' : 'are'} back in care at ${home.name}, in quarantine until ${formatShortDate(plannedEndFor(RETURN_QUARANTINE_REASON, params.returnedOn, policy))}.` };
  });
}
