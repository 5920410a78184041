import { and, count, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../connect';
import { fosterHomes, handlingSessions, intakes, placements, quarantines, ratPhotos, rats } from '../schema';
import type { RatScope } from '../../lib/domain/access';
import type { RatTableFilters, RatTableSort, RatTableSortKey } from '../../lib/validation/rat-table';
import { ratScopeCondition } from './rats';
import { ratIdentityColumns } from './rat-joins';

/**
 * The rat's current trust step, computed where the rows are read: the second-highest
 * `highest_step` of its last three sessions (the lower of two, the only one of one, null for
 * none). This is `currentTrustStep` in lib/domain/trust-step.ts, in SQL; an integration test
 * keeps the two in step. Sessions at the same moment are ordered by id, as in the domain.
 */
function trustStepLateral(db: DbOrTx) {
  const lastThree = db
    .select({ step: sql<number>`${handlingSessions.highestStep}`.as('window_step') })
    .from(handlingSessions)
    .where(eq(handlingSessions.ratId, rats.id))
    .orderBy(desc(handlingSessions.sessionAt), desc(handlingSessions.id))
    .limit(3)
    .as('last_three');
  return db
    .select({
      step: sql<number | null>`(array_agg(${lastThree.step} order by ${lastThree.step} desc))[least(2, count(*))::int]`.as('trust_step'),
    })
    .from(lastThree)
    .as('trust');
}

/** `%` and `_` typed by a user are matched literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function buildRatTableQuery(db: DbOrTx, params: { scope: RatScope; filters: RatTableFilters; sort: RatTableSort }) {
  const trust = trustStepLateral(db);
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
  if (filters.stepMin !== null) conditions.push(sql`${trust.step} >= ${filters.stepMin}`);
  if (filters.stepMax !== null) conditions.push(sql`${trust.step} <= ${filters.stepMax}`);

  const sortColumns: Record<RatTableSortKey, SQL> = {
    code: sql`${rats.code}`,
    name: sql`lower(${rats.name})`,
    sex: sql`${rats.sex}`,
    status: sql`${rats.status}`, // enum order: the lifecycle, intake first
    home: sql`lower(${fosterHomes.name})`,
    birthDate: sql`${rats.birthDate}`,
    trustStep: sql`${trust.step}`,
  };
  const direction = sql.raw(params.sort.dir === 'desc' ? 'desc' : 'asc');
  const orderBy = [sql`${sortColumns[params.sort.by]} ${direction} nulls last`, sql`${rats.code} asc`];

  return db
    .select({
      ...ratIdentityColumns,
      notes: rats.notes,
      homeId: fosterHomes.id,
      homeName: fosterHomes.name,
      quarantineEndOn: quarantines.plannedEndOn,
      trustStep: trust.step,
      photoId: ratPhotos.id,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(rats)
    .leftJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
    .leftJoin(fosterHomes, eq(fosterHomes.id, placements.fosterHomeId))
    .leftJoin(quarantines, and(eq(quarantines.ratId, rats.id), isNull(quarantines.endedOn)))
    .leftJoin(ratPhotos, and(eq(ratPhotos.ratId, rats.id), eq(ratPhotos.isMain, true)))
    .leftJoinLateral(trust, sql`true`)
    .where(and(...conditions))
    .orderBy(...orderBy)
    .$dynamic();
}

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

/**
 * One page of the rats table in the scope, filtered and sorted in the database, with the total
 * number of matching rats from the same query (a window count).
 */
export async function listRatsTable(
  db: DbOrTx,
  params: { scope: RatScope; filters: RatTableFilters; sort: RatTableSort; page: number; pageSize: number },
): Promise<{ rows: RatTableRow[]; total: number }> {
  const offset = (params.page - 1) * params.pageSize;
  const found = await buildRatTableQuery(db, params).limit(params.pageSize).offset(offset);
  const rows = found.map(({ total: _total, markings: _markings, notes: _notes, ...row }) => ({
    ...row,
    trustStep: row.trustStep === null ? null : Number(row.trustStep),
  }));
  if (found.length > 0) return { rows, total: found[0].total };
  // Past the last page the window count is not there: count once more.
  const total = params.page > 1 ? await countRatsTable(db, params) : 0;
  return { rows, total };
}

async function countRatsTable(db: DbOrTx, params: { scope: RatScope; filters: RatTableFilters; sort: RatTableSort }) {
  const matching = buildRatTableQuery(db, params).as('matching');
  const [row] = await db.select({ n: count() }).from(matching);
  return row?.n ?? 0;
}

/** The most rows one export holds; a rescue's whole history fits many times over. */
export const RAT_EXPORT_LIMIT = 50_000;

/** Every rat matching the filters (no paging), with the extra columns the CSV carries. */
export async function listRatsForExport(db: DbOrTx, params: { scope: RatScope; filters: RatTableFilters; sort: RatTableSort }) {
  const found = await buildRatTableQuery(db, params).limit(RAT_EXPORT_LIMIT);
  return found.map(({ total: _total, ...row }) => ({ ...row, trustStep: row.trustStep === null ? null : Number(row.trustStep) }));
}

export type RatExportRow = Awaited<ReturnType<typeof listRatsForExport>>[number];

/** How the table names an intake it is filtered by: "CSV import rats.csv, 3 Jun 2026". */
export async function getIntakeSummary(db: DbOrTx, params: { id: number }) {
  const [row] = await db
    .select({ id: intakes.id, intakeDate: intakes.intakeDate, sourceType: intakes.sourceType, sourceDetails: intakes.sourceDetails })
    .from(intakes)
    .where(eq(intakes.id, params.id));
  return row ?? null;
}
