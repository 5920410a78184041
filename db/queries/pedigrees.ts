import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { pedigreeAncestors, rats } from '../schema';
import type { DbOrTx } from '../connect';
import { canSetParent, pedigreeOf, type Pedigree, type PedigreeNode } from '../../lib/domain/inbreeding';
import type { RatStatus, Sex } from '../../lib/domain/vocabulary';
import type { OutsideAncestorInput, ParentInput } from '../../lib/validation/pedigrees';
import { recordAudit } from './audit';
import { rowsOfResult } from './rows-of';

/** Pedigree node ids: rats in the rescue's records are `r<id>`, outside ancestors `a<id>`. */
export const ratNode = (id: number) => `r${id}`;
export const ancestorNode = (id: number) => `a${id}`;
const nodeOrNull = (make: (id: number) => string, id: number | null) => (id === null ? null : make(id));

/** One animal of a pedigree chart: a rat (with its code and status) or an outside ancestor (with its rattery). */
export type PedigreeAnimal = PedigreeNode & {
  name: string;
  sex: Sex;
  variety: string | null;
  birthDate: string | null;
  ratId: number | null;
  code: string | null;
  status: RatStatus | null;
  rattery: string | null;
};


/**
 * The whole ancestry of the given rats, through rats and outside ancestors alike, in one
 * recursive query (its cost follows the pedigree's size, never the rescue's).
 */
export async function loadAncestry(db: DbOrTx, params: { ratIds: number[] }): Promise<{ pedigree: Pedigree; animals: Map<string, PedigreeAnimal> }> {
  const ids = params.ratIds.length ? params.ratIds : [-1];
  const found = rowsOfResult<{ kind: 'r' | 'a'; id: number }>(
    await db.execute(sql`
      with recursive anc(kind, id) as (
        select 'r'::text, r.id from ${rats} r where r.id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})
        union
        select v.kind, v.id from anc a
          left join ${rats} r on a.kind = 'r' and r.id = a.id
          left join ${pedigreeAncestors} x on a.kind = 'a' and x.id = a.id
          cross join lateral (values ('r', r.dam_id), ('r', r.sire_id), ('a', r.outside_dam_id), ('a', r.outside_sire_id), ('a', x.dam_id), ('a', x.sire_id)) v(kind, id)
          where v.id is not null
      )
      select kind, id from anc`),
  );
  const ratIds = found.filter((f) => f.kind === 'r').map((f) => Number(f.id));
  const ancestorIds = found.filter((f) => f.kind === 'a').map((f) => Number(f.id));
  const [ratRows, ancestorRows] = await Promise.all([
    ratIds.length
      ? db
          .select({
            id: rats.id,
            name: rats.name,
            code: rats.code,
            sex: rats.sex,
            status: rats.status,
            variety: rats.variety,
            birthDate: rats.birthDate,
            damId: rats.damId,
            sireId: rats.sireId,
            outsideDamId: rats.outsideDamId,
            outsideSireId: rats.outsideSireId,
          })
          .from(rats)
          .where(inArray(rats.id, ratIds))
      : [],
    ancestorIds.length ? db.select().from(pedigreeAncestors).where(inArray(pedigreeAncestors.id, ancestorIds)) : [],
  ]);
  const animals = new Map<string, PedigreeAnimal>();
  for (const r of ratRows) {
    const id = ratNode(r.id);
    animals.set(id, {
      id,
      damId: nodeOrNull(ratNode, r.damId) ?? nodeOrNull(ancestorNode, r.outsideDamId),
      sireId: nodeOrNull(ratNode, r.sireId) ?? nodeOrNull(ancestorNode, r.outsideSireId),
      name: r.name,
      sex: r.sex,
      variety: r.variety,
      birthDate: r.birthDate,
      ratId: r.id,
      code: r.code,
      status: r.status,
      rattery: null,
    });
  }
  for (const a of ancestorRows) {
    const id = ancestorNode(a.id);
    animals.set(id, {
      id,
      damId: nodeOrNull(ancestorNode, a.damId),
      sireId: nodeOrNull(ancestorNode, a.sireId),
      name: a.name,
      sex: a.sex,
      variety: a.variety,
      birthDate: a.birthDate,
      ratId: null,
      code: null,
      status: null,
      rattery: a.rattery,
    });
  }
  return { pedigree: pedigreeOf(animals.values()), animals };
}

/** A rat's descendants down to `generations` (children first), with the generation each is in. */
export async function listDescendants(db: DbOrTx, params: { ratId: number; generations: number }) {
  const found = rowsOfResult<{ id: number; generation: number }>(
    await db.execute(sql`
      with recursive d(id, generation) as (
        select r.id, 1 from ${rats} r where r.dam_id = ${params.ratId} or r.sire_id = ${params.ratId}
        union
        select r.id, d.generation + 1 from d join ${rats} r on (r.dam_id = d.id or r.sire_id = d.id) where d.generation < ${params.generations}
      )
      select id, min(generation) as generation from d group by id`),
  );
  if (found.length === 0) return [];
  const generationOf = new Map(found.map((f) => [Number(f.id), Number(f.generation)]));
  const rows = await db
    .select({ id: rats.id, code: rats.code, name: rats.name, sex: rats.sex, status: rats.status, birthDate: rats.birthDate })
    .from(rats)
    .where(inArray(rats.id, [...generationOf.keys()]))
    .orderBy(asc(rats.birthDate), asc(rats.name));
  return rows.map((r) => ({ ...r, generation: generationOf.get(r.id)! }));
}

/** Rats and outside ancestors of one sex whose name or code matches, for the parent search box (a few at most). */
export async function searchParentCandidates(db: DbOrTx, params: { query: string; sex: 'female' | 'male'; excludeRatId: number; limit?: number }) {
  const limit = params.limit ?? 8;
  const pattern = `%${params.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const [ratRows, ancestorRows] = await Promise.all([
    db
      .select({ id: rats.id, name: rats.name, code: rats.code, birthDate: rats.birthDate, variety: rats.variety })
      .from(rats)
      .where(and(eq(rats.sex, params.sex), sql`${rats.id} <> ${params.excludeRatId}`, or(ilike(rats.name, pattern), ilike(rats.code, pattern))))
      .orderBy(asc(rats.name))
      .limit(limit),
    db
      .select({ id: pedigreeAncestors.id, name: pedigreeAncestors.name, rattery: pedigreeAncestors.rattery, birthDate: pedigreeAncestors.birthDate, variety: pedigreeAncestors.variety })
      .from(pedigreeAncestors)
      .where(and(eq(pedigreeAncestors.sex, params.sex), ilike(pedigreeAncestors.name, pattern)))
      .orderBy(asc(pedigreeAncestors.name))
      .limit(limit),
  ]);
  return [
    ...ratRows.map((r) => ({ kind: 'rat' as const, id: r.id, name: r.name, detail: [r.code, r.variety].filter(Boolean).join(' · '), birthDate: r.birthDate })),
    ...ancestorRows.map((a) => ({ kind: 'ancestor' as const, id: a.id, name: a.name, detail: [a.rattery ? `from ${a.rattery}` : 'outside line', a.variety].filter(Boolean).join(' · '), birthDate: a.birthDate })),
  ];
}

export type ParentOutcome = { ok: true } | { ok: false; reason: string };

/**
 * Sets (or clears) a rat's dam or sire: a rat of the right sex or an outside ancestor. Refused when
 * the parent would make the rat its own ancestor; the stale-edit check is the rat's version.
 */
export async function setParent(db: DbOrTx, params: { ratId: number; input: ParentInput; actorId: number }): Promise<ParentOutcome> {
  const { ratId, input, actorId } = params;
  return db.transaction(async (tx) => {
    const [rat] = await tx.select({ id: rats.id, name: rats.name, version: rats.version }).from(rats).where(eq(rats.id, ratId)).for('update');
    if (!rat) return { ok: false, reason: 'That rat was not found.' };
    if (rat.version !== input.version) return { ok: false, reason: `${rat.name}'s record was changed by someone else meanwhile. Reload the page to see it, then try again.` };
    const role = input.role === 'dam' ? 'female' : 'male';
    let parentName: string | null = null;
    let parentNode: string | null = null;
    if (input.parentKind === 'rat' && input.parentId !== null) {
      const [parent] = await tx.select({ id: rats.id, name: rats.name, sex: rats.sex }).from(rats).where(eq(rats.id, input.parentId));
      if (!parent) return { ok: false, reason: 'That parent was not found.' };
      if (parent.sex !== role) return { ok: false, reason: `${parent.name} is not recorded as ${role}, so cannot be the ${input.role}.` };
      parentName = parent.name;
      parentNode = ratNode(parent.id);
    } else if (input.parentKind === 'ancestor' && input.parentId !== null) {
      const [parent] = await tx.select({ id: pedigreeAncestors.id, name: pedigreeAncestors.name, sex: pedigreeAncestors.sex }).from(pedigreeAncestors).where(eq(pedigreeAncestors.id, input.parentId));
      if (!parent) return { ok: false, reason: 'That ancestor was not found.' };
      if (parent.sex !== role) return { ok: false, reason: `${parent.name} is not recorded as ${role}, so cannot be the ${input.role}.` };
      parentName = parent.name;
      parentNode = ancestorNode(parent.id);
    }
    if (parentNode !== null && input.parentKind === 'rat') {
      const { pedigree } = await loadAncestry(tx, { ratIds: [input.parentId!] });
      const decision = canSetParent(pedigree, ratNode(rat.id), parentNode, { child: rat.name, parent: parentName! });
      if (!decision.ok) return decision;
    }
    const ratParent = input.parentKind === 'rat' ? input.parentId : null;
    const outsideParent = input.parentKind === 'ancestor' ? input.parentId : null;
    await tx
      .update(rats)
      .set(
        input.role === 'dam'
          ? { damId: ratParent, outsideDamId: outsideParent, version: rat.version + 1, updatedAt: new Date() }
          : { sireId: ratParent, outsideSireId: outsideParent, version: rat.version + 1, updatedAt: new Date() },
      )
      .where(eq(rats.id, rat.id));
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entityType: 'rat',
      entityId: rat.id,
      ratId: rat.id,
      summary: parentName ? `${parentName} recorded as ${rat.name}'s ${input.role}` : `${rat.name}'s ${input.role} cleared`,
    });
    return { ok: true };
  });
}

/** Records an ancestor from an outside line (never a rat in care), with its own dam and sire where they are recorded. */
export async function createOutsideAncestor(db: DbOrTx, params: { input: OutsideAncestorInput; actorId: number }) {
  const { input, actorId } = params;
  return db.transaction(async (tx) => {
    const [ancestor] = await tx
      .insert(pedigreeAncestors)
      .values({
        name: input.name,
        sex: input.sex,
        variety: input.variety ?? null,
        rattery: input.rattery ?? null,
        birthDate: input.birthDate ?? null,
        damId: input.damId ?? null,
        sireId: input.sireId ?? null,
        createdBy: actorId,
      })
      .returning({ id: pedigreeAncestors.id, name: pedigreeAncestors.name });
    await recordAudit(tx, { actorId, action: 'create', entityType: 'pedigree_ancestor', entityId: ancestor.id, summary: `Outside ancestor ${ancestor.name} recorded` });
    return ancestor;
  });
}

/** Outside ancestors of one sex, for the dam and sire of a new outside ancestor. */
export async function listOutsideAncestors(db: DbOrTx) {
  return db
    .select({ id: pedigreeAncestors.id, name: pedigreeAncestors.name, sex: pedigreeAncestors.sex, rattery: pedigreeAncestors.rattery })
    .from(pedigreeAncestors)
    .orderBy(asc(pedigreeAncestors.name))
    .limit(500);
}

/** A rat's version, for the stale-edit check when its dam or sire is set. */
export async function getRatVersion(db: DbOrTx, params: { id: number }) {
  const [row] = await db.select({ version: rats.version }).from(rats).where(eq(rats.id, params.id));
  return row?.version ?? 1;
}
