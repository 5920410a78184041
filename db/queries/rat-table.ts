import { and, count, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../connect';
import { fosterHomes, intakes, placements, quarantines, ratPhotos, rats } from '../schema';
import type { RatScope } from '../../lib/domain/access';
import type { RatTableFilters, RatTableSort, RatTableSortKey } from '../../lib/validation/rat-table';
import { ratScopeCondition } from './rats';
import { ratIdentityColumns } from './rat-joins';

/** `%` and `_` typed by a user are matched literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

type RatTableParams = { scope: RatScope; filters: RatTableFilters; sort: RatTableSort };

/** What each sort orders by, and its SQL type (a cursor value is cast back to it). */
const SORT_COLUMNS: Record<RatTableSortKey, { expr: SQL; type: string; nullable?: true }> = {
  code: { expr: sql`${rats.code}`, type: 'text' },
  name: { expr: sql`lower(${rats.name})`, type: 'text' },
  sex: { expr: sql`${rats.sex}`, type: 'sex' },
  status: { expr: sql`${rats.status}`, type: 'rat_status' }, // enum order: the lifecycle, intake first
  home: { expr: sql`lower(${fosterHomes.name})`, type: 'text', nullable: true },
  birthDate: { expr: sql`${rats.birthDate}`, type: 'date', nullable: true },
  // The summary kept by the session write (see refreshHandlingSummaries): no session is read here.
  trustStep: { expr: sql`${rats.currentTrustStep}`, type: 'smallint', nullable: true },
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
  ...ratIdentityColumns,
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
    .select({ ...TABLE_FIELDS, sortValue: sql<string | null>`${SORT_COLUMNS[sortBy].expr}::text`.as('sort_value') })
    .from(rats)
    .leftJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
    .leftJoin(fosterHomes, eq(fosterHomes.id, placements.fosterHomeId))
    .leftJoin(quarantines, and(eq(quarantines.ratId, rats.id), isNull(quarantines.endedOn)))
    .leftJoin(ratPhotos, and(eq(ratPhotos.ratId, rats.id), eq(ratPhotos.isMain, true)))
    .where(where)
    .$dynamic();
}


type Segment = 'valued' | 'empty';
type Cursor = { side: 'after' | 'before'; value: string | null; code: string };

/**
 * The table's order is two runs: rats with a sort value (by the value, then the code), then rats
 * without one (by code). Each run reads one index in order, either way round, so a page costs a
 * few index steps wherever it starts. `reverse` reads the run backwards; `cursor` starts it just
 * after (or before) a row of that run.
 */
function segmentQuery(db: DbOrTx, params: RatTableParams, segment: Segment, options: { reverse: boolean; cursor?: Cursor }) {
  const { where, orderBy } = segmentOrder(params, segment, options);
  return selectJoined(db, params.sort.by, where).orderBy(...orderBy);
}

/** A run's conditions and order (see segmentQuery). */
function segmentOrder(params: RatTableParams, segment: Segment, options: { reverse: boolean; cursor?: Cursor }) {
  const column = SORT_COLUMNS[params.sort.by];
  const asc = params.sort.dir === 'asc';
  const reverse = options.reverse;
  const codeOrder = sql`${rats.code} ${sql.raw(reverse ? 'desc' : 'asc')}`;
  const conditions: Array<SQL | undefined> = [filterConditions(params)];
  let orderBy: SQL[];
  if (segment === 'valued') {
    if (column.nullable) conditions.push(sql`${column.expr} is not null`);
    // The run holds no nulls: the nulls clause only matches the direction the index is read in.
    orderBy = [sql`${column.expr} ${sql.raw(asc !== reverse ? 'asc' : 'desc')} ${sql.raw(reverse ? 'nulls first' : 'nulls last')}`, codeOrder];
  } else {
    conditions.push(sql`${column.expr} is null`);
    orderBy = [codeOrder];
  }
  if (options.cursor) conditions.push(beyond(column, asc, segment, options.cursor));
  return { where: and(...conditions), orderBy };
}

/** Whether the sort and filters read only the rats table, so a position in a run can be found on its indexes alone. */
function ratsOnly(params: RatTableParams): boolean {
  return params.sort.by !== 'home' && params.filters.home === null && params.filters.quarantine === null;
}

/**
 * The row just before position `skip` of a run, found from the rats table alone: the offset walks
 * one index instead of the joined rows, and the page is then read by key set from that row.
 */
async function seek(db: DbOrTx, params: RatTableParams, segment: Segment, options: { reverse: boolean; cursor?: Cursor; skip: number }): Promise<Cursor | null> {
  const { where, orderBy } = segmentOrder(params, segment, options);
  const [row] = await db
    .select({ value: sql<string | null>`${SORT_COLUMNS[params.sort.by].expr}::text`, code: rats.code })
    .from(rats)
    .where(where)
    .orderBy(...orderBy)
    .offset(options.skip - 1)
    .limit(1);
  return row ? { side: options.reverse ? 'before' : 'after', value: row.value, code: row.code } : null;
}

/** Rows strictly after (or before) the cursor row within its run, written as index ranges. */
function beyond(column: { expr: SQL; type: string }, asc: boolean, segment: Segment, cursor: Cursor): SQL {
  const after = cursor.side === 'after';
  const code = sql`${rats.code} ${sql.raw(after ? '>' : '<')} ${cursor.code}`;
  if (segment === 'empty' || cursor.value === null) return code;
  const value = sql`${cursor.value}::${sql.raw(column.type)}`;
  const up = asc === after;
  return sql`(${column.expr} ${sql.raw(up ? '>=' : '<=')} ${value} and (${column.expr} ${sql.raw(up ? '>' : '<')} ${value} or ${code}))`;
}

/** Up to `size` rows from the runs in turn, skipping `skip` rows first (an offset across runs). */
async function takeFromRuns(
  db: DbOrTx,
  params: RatTableParams,
  runs: Array<{ segment: Segment; count: number; cursor?: Cursor }>,
  options: { reverse: boolean; skip: number; size: number },
) {
  const rows: TableQueryRow[] = [];
  let skip = options.skip;
  for (const run of runs) {
    if (rows.length >= options.size) break;
    if (skip >= run.count) {
      skip -= run.count;
      continue;
    }
    let cursor = run.cursor;
    if (skip > 0 && ratsOnly(params)) {
      const found = await seek(db, params, run.segment, { reverse: options.reverse, cursor, skip });
      if (found) [cursor, skip] = [found, 0];
    }
    const query = segmentQuery(db, params, run.segment, { reverse: options.reverse, cursor }).limit(options.size - rows.length);
    rows.push(...(await (skip > 0 ? query.offset(skip) : query)));
    skip = 0;
  }
  return rows;
}

/** The table's order from the start, or from just after a cursor row: what next, the export and page 1 read. */
function forwardRuns(params: RatTableParams, counts: { valued: number; empty: number }, cursor: Cursor | null) {
  const nullable = SORT_COLUMNS[params.sort.by].nullable === true;
  const runs: Array<{ segment: Segment; count: number; cursor?: Cursor }> = [];
  if (!cursor || cursor.value !== null) runs.push({ segment: 'valued', count: counts.valued, cursor: cursor ?? undefined });
  if (nullable) runs.push({ segment: 'empty', count: counts.empty, cursor: cursor && cursor.value === null ? cursor : undefined });
  return runs;
}

async function cursorValue(db: DbOrTx, params: RatTableParams, code: string): Promise<{ found: boolean; value: string | null }> {
  const [row] = await selectJoined(db, params.sort.by, eq(rats.code, code)).limit(1);
  return row ? { found: true, value: row.sortValue } : { found: false, value: null };
}

type TableQueryRow = Awaited<ReturnType<typeof segmentQuery>>[number];

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

function toRow({ markings: _markings, notes: _notes, neuteredOn: _neuteredOn, sortValue: _sortValue, ...row }: TableQueryRow): RatTableRow {
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
  const [counts, found] = await Promise.all([countRatsTable(db, params), cursorCode ? cursorValue(db, params, cursorCode) : null]);
  const total = counts.valued + counts.empty;
  if (found?.found) {
    const cursor: Cursor = { side: params.after ? 'after' : 'before', value: found.value, code: cursorCode! };
    if (cursor.side === 'after') {
      return { rows: (await takeFromRuns(db, params, forwardRuns(params, counts, cursor), { reverse: false, skip: 0, size })).map(toRow), total };
    }
    const runs: Array<{ segment: Segment; count: number; cursor?: Cursor }> = [];
    if (cursor.value === null) runs.push({ segment: 'empty', count: counts.empty, cursor });
    runs.push({ segment: 'valued', count: counts.valued, cursor: cursor.value === null ? undefined : cursor });
    return { rows: (await takeFromRuns(db, params, runs, { reverse: true, skip: 0, size })).reverse().map(toRow), total };
  }
  const offset = (params.page - 1) * size;
  if (offset >= total) return { rows: [], total };
  if (offset * 2 <= total) {
    return { rows: (await takeFromRuns(db, params, forwardRuns(params, counts, null), { reverse: false, skip: offset, size })).map(toRow), total };
  }
  const onPage = Math.min(size, total - offset);
  const backwards = forwardRuns(params, counts, null).reverse();
  const rows = await takeFromRuns(db, params, backwards, { reverse: true, skip: total - offset - onPage, size: onPage });
  return { rows: rows.reverse().map(toRow), total };
}

/**
 * How many rats match, and how many of them have a value to sort by (the rest come last). Only
 * the joins the filters and the sort value need are made, so counting every rat reads one index.
 */
async function countRatsTable(db: DbOrTx, params: RatTableParams): Promise<{ valued: number; empty: number }> {
  const column = SORT_COLUMNS[params.sort.by];
  const byHome = params.sort.by === 'home';
  const needsPlacement = byHome || params.filters.home !== null;
  let query = db
    .select({ n: count(), valued: column.nullable ? count(sql`${column.expr}`) : count() })
    .from(rats)
    .$dynamic();
  if (needsPlacement) query = query.leftJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)));
  if (byHome) query = query.leftJoin(fosterHomes, eq(fosterHomes.id, placements.fosterHomeId));
  if (params.filters.quarantine !== null) query = query.leftJoin(quarantines, and(eq(quarantines.ratId, rats.id), isNull(quarantines.endedOn)));
  const [row] = await query.where(filterConditions(params));
  return { valued: row?.valued ?? 0, empty: (row?.n ?? 0) - (row?.valued ?? 0) };
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
  const everything = { valued: Number.MAX_SAFE_INTEGER, empty: Number.MAX_SAFE_INTEGER };
  let cursor: Cursor | null = null;
  for (;;) {
    const found = await takeFromRuns(db, params, forwardRuns(params, everything, cursor), { reverse: false, skip: 0, size });
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
