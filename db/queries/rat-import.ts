import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../connect';
import { fosterHomes, intakes, placements, ratStatusChanges, rats } from '../schema';
import { changedFields } from '../../lib/domain/audit';
import { toIsoDate } from '../../lib/domain/dates';
import {
  homesByName,
  planImport,
  validateImportRows,
  type ColumnMapping,
  type ImportContext,
  type ImportedRat,
  type ImportRow,
  type ImportRowResult,
} from '../../lib/domain/rat-import';
import { parseRescueCode } from '../../lib/domain/rescue-code';
import { recordAudit, type AuditInput } from './audit';
import { allocateRescueCodes, lockRescueCodeYears } from './rescue-codes';

/** Rows per INSERT: one statement per chunk, well under PostgreSQL's 65,535 parameters. */
const INSERT_CHUNK = 1000;

/** What the import rules need from the database: the active homes and which of `codes` are taken. */
export async function loadImportContext(db: DbOrTx, params: { codes: readonly string[]; now: Date }): Promise<ImportContext> {
  const wanted = [...new Set(params.codes.map((c) => c.trim().toUpperCase()).filter((c) => parseRescueCode(c)))];
  const [homes, taken] = await Promise.all([
    db.select({ id: fosterHomes.id, name: fosterHomes.name }).from(fosterHomes).where(eq(fosterHomes.active, true)),
    wanted.length === 0 ? [] : db.select({ code: rats.code }).from(rats).where(inArray(rats.code, wanted)),
  ]);
  return { homesByName: homesByName(homes), existingCodes: new Set(taken.map((r) => r.code)), now: params.now };
}

/** Every rescue code in use, for the browser's preview (the server checks again on import). */
export async function listRescueCodes(db: DbOrTx): Promise<string[]> {
  const rows = await db.select({ code: rats.code }).from(rats);
  return rows.map((r) => r.code);
}

export type ImportedRats = { intakeId: number; ratIds: number[]; codes: string[] };

/**
 * Writes validated rats in one transaction: an intake grouping them ("CSV import <file>"), the
 * rats (keeping the file's codes, new codes for the rest), their first status, an open placement
 * for each rat with a home, and the audit trail (one summary, one entry per rat). Multi-row
 * inserts: a thousand rats take a handful of statements, not thousands of round trips.
 */
export async function importRats(
  db: DbOrTx,
  params: { rats: readonly ImportedRat[]; actorId: number | null; fileName: string; now: Date },
): Promise<ImportedRats> {
  const { now, fileName, actorId } = params;
  const source = `CSV import ${fileName}`;
  return db.transaction(async (tx) => {
    const [intake] = await tx
      .insert(intakes)
      .values({
        intakeDate: toIsoDate(now),
        sourceType: 'other',
        sourceDetails: source,
        notes: `${params.rats.length} rats imported from the spreadsheet ${fileName}.`,
        createdBy: actorId,
      })
      .returning({ id: intakes.id });

    const codes = await codesFor(tx, params.rats, now.getUTCFullYear());
    const ratRows = params.rats.map((r, i) => ({
      code: codes[i],
      name: r.name,
      sex: r.sex,
      birthDate: r.birthDate,
      variety: r.variety,
      markings: r.markings,
      notes: r.notes,
      status: r.status,
      intakeId: intake.id,
    }));
    const ratIds: number[] = [];
    for (const chunk of chunks(ratRows)) {
      const inserted = await tx.insert(rats).values(chunk).returning({ id: rats.id });
      ratIds.push(...inserted.map((r) => r.id));
    }

    const reason = `Imported from ${fileName}`;
    for (const chunk of chunks(params.rats.map((r, i) => ({ r, id: ratIds[i] })))) {
      await tx
        .insert(ratStatusChanges)
        .values(chunk.map(({ r, id }) => ({ ratId: id, fromStatus: null, toStatus: r.status, changedAt: now, changedBy: actorId, reason })));
    }
    const housed = params.rats.flatMap((r, i) => (r.fosterHomeId === null ? [] : [{ ratId: ratIds[i], fosterHomeId: r.fosterHomeId }]));
    for (const chunk of chunks(housed)) {
      await tx.insert(placements).values(chunk.map((p) => ({ ...p, startedAt: now, reason, createdBy: actorId })));
    }

    const audit: AuditInput[] = [
      {
        actorId,
        action: 'create',
        entityType: 'intake',
        entityId: intake.id,
        summary: `Imported ${params.rats.length} rats from ${fileName}`,
      },
      ...params.rats.map((r, i): AuditInput => {
        const created = { ...ratRows[i], homeName: r.homeName };
        return {
          actorId,
          action: 'create',
          entityType: 'rat',
          entityId: ratIds[i],
          ratId: ratIds[i],
          fosterHomeId: r.fosterHomeId,
          summary: `Imported from ${fileName} as ${codes[i]}${r.homeName ? `, placed in ${r.homeName}` : ''}`,
          changes: changedFields({} as Partial<typeof created>, created, AUDITED_FIELDS),
        };
      }),
    ];
    for (const chunk of chunks(audit)) await recordAudit(tx, chunk);

    return { intakeId: intake.id, ratIds, codes };
  });
}

const AUDITED_FIELDS = ['code', 'name', 'sex', 'birthDate', 'status', 'homeName', 'variety', 'markings', 'notes'] as const;

/**
 * The file's codes stay; the rest get new ones. The file's codes do not move any counter (see
 * `allocateRescueCodes`): their years stay locked until the import commits, so a concurrent
 * intake steps over them rather than taking one.
 */
async function codesFor(tx: Tx, list: readonly ImportedRat[], year: number): Promise<string[]> {
  const years = list.flatMap((r) => {
    const parsed = r.code ? parseRescueCode(r.code) : null;
    return parsed ? [parsed.year] : [];
  });
  await lockRescueCodeYears(tx, years);
  const fileCodes = new Set(list.flatMap((r) => (r.code ? [r.code] : [])));
  const fresh = await allocateRescueCodes(tx, { year, count: list.filter((r) => !r.code).length, alsoTaken: fileCodes });
  let next = 0;
  return list.map((r) => r.code ?? fresh[next++]);
}

function chunks<T>(items: readonly T[], size = INSERT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type RatImportOutcome =
  | { ok: true; imported: number; intakeId: number; skipped: ImportRowResult[] }
  | { ok: false; message: string; results: ImportRowResult[] };

/**
 * The whole server side of an import, as the action runs it: the rows are checked again here
 * (the browser's preview is never trusted), strict mode refuses a file with any bad row, and
 * the valid rows are written in one transaction.
 */
export async function importRatsFromRows(
  db: DbOrTx,
  params: { rows: readonly ImportRow[]; mapping: ColumnMapping; strict: boolean; fileName: string; actorId: number | null; now: Date },
): Promise<RatImportOutcome> {
  const codeHeader = params.mapping.code;
  const codes = codeHeader === undefined ? [] : params.rows.map((r) => r[codeHeader] ?? '');
  const context = await loadImportContext(db, { codes, now: params.now });
  const results = validateImportRows(params.rows, params.mapping, context);
  const plan = planImport(results, { strict: params.strict });
  if (!plan.ok) return { ok: false, message: plan.reason, results };
  const written = await importRats(db, { rats: plan.rats, actorId: params.actorId, fileName: params.fileName, now: params.now });
  return { ok: true, imported: written.ratIds.length, intakeId: written.intakeId, skipped: plan.skipped };
}
