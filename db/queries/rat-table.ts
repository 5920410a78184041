import { and, count, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../connect';
import { fosterHomes, intakes, placements, quarantines, ratPhotos, rats } from '../schema';
import type { RatScope } from '../../lib/domain/access';
import type { RatTableFilters, RatTableSort, RatTableSortKey } from '../../lib/validation/rat-table';
import { ratScopeCondition } from './rats';

/** `%` and `_` typed by a user are matched literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

type RatTableParams = { scope: RatScope; filters: RatTableFilters; sort: RatTableSort };

/** What each sort orders by, and its SQL type (a cursor value is cast back to it). */
const SORT_COLUMNS: Record<RatTableSortKey, { expr: SQL; type: string }> = {
  code: { expr: sql`${rats.code}`, type: 'text' },
  name: { expr: sql`lower(${rats.name})`, type: 'text' },
  sex: { expr: sql`${rats.sex}`, type: 'sex' },
  status: { expr: sql`${rats.status}`, type: 'rat_status' }, // enum order: the lifecycle, intake first
  home: { expr: sql`lower(${fosterHomes.name})`, type: 'text' },
  birthDate: { expr: sql`${rats.birthDate}`, type: 'date' },
  // The summary kept by the session write (see refreshHandlingSummaries): no session is read here.
  trustStep: { expr: sql`${rats.currentTrustStep}`, type: 'smallint' },
};

function filterConditions(params: RatTableParams): SQL | undefined {
  const { filters } = params;
  const conditions: Array<SQL | undefined> = [ratScopeCondition(params.scope)];
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    conditions.push(or(ilike(rats.name, pattern), ilike(rats.code, pattern)));
  }
  if (filters.status.length > 0) conditions.push(inArray(rats.status, filters.status));
  if (filters.home === 'none') conditions.push(isNull(placements.id));
  else if (filters.home !== null) conditions.push(eq(placements.fosterHomeId, filters.home));
  if (filters.sex) conditions.push(eq(rats.sex, filters.sex));
  if (filters.quarantine === 'yes') conditions.push(isNotNull(quarantines.id));
  if (filters.quarantine === 'no') conditions.push(isNull(quarantines.id));
  if (filters.intake !== null) conditions.push(eq(rats.intakeId, filters.intake));
  // A rat with no sessions has no step: it is outside any step range.
  if (filters.stepMin !== null) conditions.push(sql`${rats.currentTrustStep} >= ${filters.stepMin}`);
  if (filters.stepMax !== null) conditions.push(sql`${rats.currentTrustStep} <= ${filters.stepMax}`);
  return and(...conditions);
}

const TABLE_FIELDS = {
  id: rats.id,
  code: rats.code,
  name: rats.name,
  sex: rats.sex,
  status: rats.status,
  birthDate: rats.birthDate,
  birthDateEstimated: rats.birthDateEstimated,
  variety: rats.variety,
  markings: rats.markings,
  notes: rats.notes,
  homeId: fosterHomes.id,
  homeName: fosterHomes.name,
  quarantineEndOn: quarantines.plannedEndOn,
  trustStep: rats.currentTrustStep,
  photoId: ratPhotos.id,
};

/**
 * The table's rows with their sort value; the joins are at most one row a rat, so the database
 * drops those a count does not use.
 */
function selectJoined(db: DbOrTx, sortBy: RatTableSortKey, where: SQL | undefined) {
  return db
    .select({ ...TABLE_FIELDS, sortValue: sql<string | null>`${SORT_COLUMNS[sortBy].expr}::text` })
    .from(rats)
    .leftJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
    .leftJoin(fosterHomes, eq(fosterHomes.id, placements.fosterHomeId))
    .leftJoin(quarantines, and(eq(quarantines.ratId, rats.id), isNull(quarantines.endedOn)))
    .leftJoin(ratPhotos, and(eq(ratPhotos.ratId, rats.id), eq(ratPhotos.isMain, true)))
    .where(where)
    .$dynamic();
}


/**
 * Rows in the table's order (the sort column, rats without a value last, then the code), or in
 * exactly the reverse order (`reverse`), after or before a cursor row when one is given.
 */
function buildRatTableQuery(
  db: DbOrTx,
  params: RatTableParams & { reverse?: boolean; cursor?: { side: 'after' | 'before'; value: unknown; code: string } },
) {
  const column = SORT_COLUMNS[params.sort.by];
  const asc = params.sort.dir === 'asc';
  const reverse = params.reverse === true;
  const direction = sql.raw(asc !== reverse ? 'asc' : 'desc');
  const nulls = sql.raw(reverse ? 'nulls first' : 'nulls last');
  const codeDirection = sql.raw(reverse ? 'desc' : 'asc');
  const orderBy = [sql`${column.expr} ${direction} ${nulls}`, sql`${rats.code} ${codeDirection}`];
  return selectJoined(db, params.sort.by, and(filterConditions(params), params.cursor ? cursorCondition(column, asc, params.cursor) : undefined)).orderBy(
    ...orderBy,
  );
}

/**
 * The rows strictly after (or before) the cursor row in the table's order: `expr dir nulls last,
 * code asc`. Rows without a sort value come after every row with one.
 */
function cursorCondition(column: { expr: SQL; type: string }, asc: boolean, cursor: { side: 'after' | 'before'; value: unknown; code: string }): SQL {
  const value = sql`${cursor.value}::${sql.raw(column.type)}`;
  const beyond = sql.raw(asc === (cursor.side === 'after') ? '>' : '<');
  const codeBeyond = sql.raw(cursor.side === 'after' ? '>' : '<');
  if (cursor.value === null) {
    return cursor.side === 'after'
      ? sql`(${column.expr} is null and ${rats.code} > ${cursor.code})`
      : sql`(${column.expr} is not null or ${rats.code} < ${cursor.code})`;
  }
  const tie = sql`(${column.expr} = ${value} and ${rats.code} ${codeBeyond} ${cursor.code})`;
  return cursor.side === 'after'
    ? sql`(${column.expr} ${beyond} ${value} or ${tie} or ${column.expr} is null)`
    : sql`(${column.expr} ${beyond} ${value} or ${tie})`;
}

async function cursorValue(db: DbOrTx, params: RatTableParams, code: string): Promise<{ found: boolean; value: unknown }> {
  const [row] = await selectJoined(db, params.sort.by, eq(rats.code, code)).limit(1);
  return row ? { found: true, value: row.sortValue } : { found: false, value: null };
}

type TableQueryRow = Awaited<ReturnType<typeof buildRatTableQuery>>[number];

export type RatTableRow = {
  id: number;
  code: string;
  name: string;
  sex: (typeof rats.$inferSelect)['sex'];
  status: (typeof rats.$inferSelect)['status'];
  birthDate: string | null;
  birthDateEstimated: boolean;
  variety: string | null;
  homeId: number | null;
  homeName: string | null;
  quarantineEndOn: string | null;
  trustStep: number | null;
  photoId: number | null;
};

function toRow({ markings: _markings, notes: _notes, sortValue: _sortValue, ...row }: TableQueryRow): RatTableRow {
  return { ...row, trustStep: row.trustStep === null ? null : Number(row.trustStep) };
}

/**
 * One page of the rats table in the scope, filtered and sorted in the database, with the number
 * of matching rats. A page reached with next or previous starts at its neighbour's code (key
 * set); a page asked by number counts from the nearer end, so the last page is as quick as the
 * first.
 */
export async function listRatsTable(
  db: DbOrTx,
  params: RatTableParams & { page: number; pageSize: number; after?: string | null; before?: string | null },
): Promise<{ rows: RatTableRow[]; total: number }> {
  const size = params.pageSize;
  const cursorCode = params.after ?? params.before ?? null;
  const side = params.after ? 'after' : 'before';
  const [total, cursor] = await Promise.all([countRatsTable(db, params), cursorCode ? cursorValue(db, params, cursorCode) : null]);
  if (cursor?.found) {
    const reverse = side === 'before';
    const found = await buildRatTableQuery(db, { ...params, reverse, cursor: { side, value: cursor.value, code: cursorCode! } }).limit(size);
    return { rows: (reverse ? found.reverse() : found).map(toRow), total };
  }
  const offset = (params.page - 1) * size;
  if (offset >= total) return { rows: [], total };
  if (offset > 0 && offset * 2 > total) {
    const onPage = Math.min(size, total - offset);
    const found = await buildRatTableQuery(db, { ...params, reverse: true }).limit(onPage).offset(total - offset - onPage);
    return { rows: found.reverse().map(toRow), total };
  }
  const found = await buildRatTableQuery(db, params).limit(size).offset(offset);
  return { rows: found.map(toRow), total };
}

async function countRatsTable(db: DbOrTx, params: RatTableParams) {
  const matching = selectJoined(db, params.sort.by, filterConditions(params)).as('matching');
  const [row] = await db.select({ n: count() }).from(matching);
  return row?.n ?? 0;
}

/** Rows an export reads at a time: the export streams, so its memory stays the same for any rescue. */
export const RAT_EXPORT_BATCH = 1000;

/**
 * Every rat matching the filters (no paging), in the table's order, with the extra columns the
 * CSV carries, a batch at a time: each batch starts after the last row of the one before (key
 * set), so the last batch costs what the first does.
 */
export async function* listRatsForExport(db: DbOrTx, params: RatTableParams & { batchSize?: number }) {
  const size = params.batchSize ?? RAT_EXPORT_BATCH;
  let cursor: { side: 'after'; value: unknown; code: string } | undefined;
  for (;;) {
    const found = await buildRatTableQuery(db, { ...params, cursor }).limit(size);
    if (found.length > 0) yield found.map(({ sortValue: _sortValue, ...row }) => ({ ...row, trustStep: row.trustStep === null ? null : Number(row.trustStep) }));
    if (found.length < size) return;
    const last = found[found.length - 1];
    cursor = { side: 'after', value: last.sortValue, code: last.code };
  }
}

export type RatExportRow = Omit<TableQueryRow, 'sortValue' | 'trustStep'> & { trustStep: number | null };

/** How the table names an intake it is filtered by: "CSV import rats.csv, 3 Jun 2026". */
export async function getIntakeSummary(db: DbOrTx, params: { id: number }) {
  const [row] = await db
    .select({ id: intakes.id, intakeDate: intakes.intakeDate, sourceType: intakes.sourceType, sourceDetails: intakes.sourceDetails })
    .from(intakes)
    .where(eq(intakes.id, params.id));
  return row ?? null;
}
