import { and, asc, count, desc, eq, gt, ilike, or, sql, type SQL } from 'drizzle-orm';
import { adopters, adoptionRats, adoptions, auditLog, rats, users, type Adopter } from '../schema';
import type { DbOrTx } from '../connect';
import { changedFields } from '../../lib/domain/audit';
import type { AdopterApproval } from '../../lib/domain/vocabulary';
import type { AdopterInput, AdopterListQuery } from '../../lib/validation/adopter';
import { recordAudit } from './audit';
import { containsPattern } from './rat-table';

/** The fields of an application a person edits (approval has its own decision form). */
export const ADOPTER_FIELDS = [
  'name',
  'email',
  'phone',
  'area',
  'household',
  'existingRatsCount',
  'existingRatsFemales',
  'existingRatsMales',
  'existingRatsNeuteredMales',
  'cageSize',
  'otherPets',
  'hasChildren',
  'experience',
  'experienceNotes',
  'preferences',
  'notes',
] as const satisfies ReadonlyArray<keyof Adopter & keyof AdopterInput>;

/** One page of adopters matching the search (name, email, phone, area) and filters, newest application first. */
export async function listAdopters(db: DbOrTx, params: { filters: Omit<AdopterListQuery, 'page'>; page: number; pageSize: number }) {
  const { filters } = params;
  const conditions: Array<SQL | undefined> = [];
  if (filters.q) {
    const p = containsPattern(filters.q);
    conditions.push(or(ilike(adopters.name, p), ilike(adopters.email, p), ilike(adopters.phone, p), ilike(adopters.area, p)));
  }
  if (filters.approval) conditions.push(eq(adopters.approval, filters.approval));
  if (filters.rats === 'with') conditions.push(gt(adopters.existingRatsCount, 0));
  if (filters.rats === 'without') conditions.push(eq(adopters.existingRatsCount, 0));
  const where = and(...conditions);
  const adopted = db
    .select({ adopterId: adoptions.adopterId, n: count().as('adopted_n') })
    .from(adoptions)
    .innerJoin(adoptionRats, eq(adoptionRats.adoptionId, adoptions.id))
    .groupBy(adoptions.adopterId)
    .as('adopted');
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: adopters.id,
        name: adopters.name,
        email: adopters.email,
        area: adopters.area,
        approval: adopters.approval,
        experience: adopters.experience,
        existingRatsCount: adopters.existingRatsCount,
        otherPets: adopters.otherPets,
        createdAt: adopters.createdAt,
        adoptedCount: sql<number>`coalesce(${adopted.n}, 0)`.mapWith(Number),
      })
      .from(adopters)
      .leftJoin(adopted, eq(adopted.adopterId, adopters.id))
      .where(where)
      .orderBy(desc(adopters.createdAt), desc(adopters.id))
      .limit(params.pageSize)
      .offset((params.page - 1) * params.pageSize),
    db.select({ total: count() }).from(adopters).where(where),
  ]);
  return { rows, total };
}
export type AdopterListRow = Awaited<ReturnType<typeof listAdopters>>['rows'][number];

/** One adopter with the name of whoever made the last approval decision, or null. */
export async function getAdopter(db: DbOrTx, params: { id: number }) {
  const [row] = await db
    .select({ adopter: adopters, decidedByName: users.name })
    .from(adopters)
    .leftJoin(users, eq(users.id, adopters.decidedBy))
    .where(eq(adopters.id, params.id));
  return row ? { ...row.adopter, decidedByName: row.decidedByName } : null;
}
export type AdopterRecord = NonNullable<Awaited<ReturnType<typeof getAdopter>>>;

/** Records an application (state `applied`, version 1) and audits it. */
export async function createAdopter(db: DbOrTx, params: { values: AdopterInput; actorId: number }): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(adopters)
      .values({ ...params.values, createdBy: params.actorId })
      .returning({ id: adopters.id });
    await recordAudit(tx, { actorId: params.actorId, action: 'create', entityType: 'adopter', entityId: row.id, summary: `Recorded the application of ${params.values.name}` });
    return row.id;
  });
}

export type AdopterWrite =
  | { ok: true; changes: Record<string, { from: unknown; to: unknown }> }
  | { ok: false; kind: 'missing' }
  | { ok: false; kind: 'stale'; editor: string | null };

/** Who saved the adopter last: named in a stale-edit refusal. */
async function lastEditor(tx: DbOrTx, adopterId: number): Promise<string | null> {
  const [row] = await tx
    .select({ name: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, 'adopter'), eq(auditLog.entityId, adopterId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(1);
  return row?.name ?? null;
}

/** Saves an edit made on `version`; refused (nothing written) when someone saved the adopter since. */
export async function updateAdopter(db: DbOrTx, params: { adopterId: number; version: number; values: AdopterInput; actorId: number }): Promise<AdopterWrite> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(adopters).where(eq(adopters.id, params.adopterId)).for('update');
    if (!before) return { ok: false, kind: 'missing' } as const;
    if (before.version !== params.version) return { ok: false, kind: 'stale', editor: await lastEditor(tx, params.adopterId) } as const;
    const changes = changedFields(before, params.values, ADOPTER_FIELDS);
    if (Object.keys(changes).length === 0) return { ok: true, changes } as const;
    await tx
      .update(adopters)
      .set({ ...params.values, version: sql`${adopters.version} + 1` })
      .where(eq(adopters.id, params.adopterId));
    await recordAudit(tx, { actorId: params.actorId, action: 'update', entityType: 'adopter', entityId: params.adopterId, summary: `Edited the application of ${params.values.name}`, changes });
    return { ok: true, changes } as const;
  });
}

/** Records an approval decision with who made it, when and why; refused when the adopter changed since the page was read. */
export async function decideAdopter(
  db: DbOrTx,
  params: { adopterId: number; version: number; approval: AdopterApproval; reason: string; actorId: number; now: Date },
): Promise<AdopterWrite> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(adopters).where(eq(adopters.id, params.adopterId)).for('update');
    if (!before) return { ok: false, kind: 'missing' } as const;
    if (before.version !== params.version) return { ok: false, kind: 'stale', editor: await lastEditor(tx, params.adopterId) } as const;
    const approved = params.approval === 'approved';
    await tx
      .update(adopters)
      .set({
        approval: params.approval,
        decisionReason: params.reason,
        decidedBy: params.actorId,
        decidedAt: params.now,
        ...(approved ? { approvedBy: params.actorId, approvedAt: params.now } : {}),
        version: sql`${adopters.version} + 1`,
      })
      .where(eq(adopters.id, params.adopterId));
    const changes = { approval: { from: before.approval, to: params.approval } };
    await recordAudit(tx, {
      actorId: params.actorId,
      action: 'status_change',
      entityType: 'adopter',
      entityId: params.adopterId,
      summary: `Set ${before.name}’s application to ${params.approval}: ${params.reason}`,
      changes,
    });
    return { ok: true, changes } as const;
  });
}

/** The adopter's adoptions, newest first, each with its rats and their returns. */
export async function listAdoptionsOfAdopter(db: DbOrTx, params: { adopterId: number }) {
  const rows = await db
    .select({
      id: adoptions.id,
      adoptedOn: adoptions.adoptedOn,
      feeCents: adoptions.feeCents,
      ratId: rats.id,
      ratName: rats.name,
      ratCode: rats.code,
      returnedOn: adoptionRats.returnedOn,
    })
    .from(adoptions)
    .innerJoin(adoptionRats, eq(adoptionRats.adoptionId, adoptions.id))
    .innerJoin(rats, eq(rats.id, adoptionRats.ratId))
    .where(eq(adoptions.adopterId, params.adopterId))
    .orderBy(desc(adoptions.adoptedOn), desc(adoptions.id), asc(rats.name));
  const byId = new Map<number, { id: number; adoptedOn: string; feeCents: number; rats: Array<{ id: number; name: string; code: string; returnedOn: string | null }> }>();
  for (const r of rows) {
    const a = byId.get(r.id) ?? { id: r.id, adoptedOn: r.adoptedOn, feeCents: r.feeCents, rats: [] };
    a.rats.push({ id: r.ratId, name: r.ratName, code: r.ratCode, returnedOn: r.returnedOn });
    byId.set(r.id, a);
  }
  return [...byId.values()];
}
