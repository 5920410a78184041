import { z } from 'zod';
import { MAX_ID } from './ids';
import { text } from './fields';
import { MAX_TRUST_STEP, MIN_TRUST_STEP } from '../domain/trust-ladder';
import { RAT_STATUSES, SEXES } from '../domain/vocabulary';

/** The columns the rats table may be sorted by: the only names that reach ORDER BY. */
export const RAT_TABLE_SORTS = ['code', 'name', 'sex', 'status', 'home', 'birthDate', 'trustStep'] as const;
export type RatTableSortKey = (typeof RAT_TABLE_SORTS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const RAT_TABLE_PAGE_SIZES = [25, 50, 100] as const;
export type RatTablePageSize = (typeof RAT_TABLE_PAGE_SIZES)[number];

/** The columns a user may hide; the name always shows, it is the link to the rat. */
export const RAT_TABLE_COLUMNS = ['code', 'sex', 'status', 'home', 'birthDate', 'trustStep', 'variety'] as const;
export type RatTableColumn = (typeof RAT_TABLE_COLUMNS)[number];

export const QUARANTINE_FILTERS = ['yes', 'no'] as const;

export const RAT_TABLE_DEFAULTS = {
  sort: 'code',
  dir: 'asc',
  page: 1,
  size: 25,
  hide: ['variety'],
} as const satisfies { sort: RatTableSortKey; dir: SortDirection; page: number; size: RatTablePageSize; hide: RatTableColumn[] };

/** Free text is matched against name and code; anything longer than this is cut. */
export const RAT_TABLE_SEARCH_MAX = 100;

/** A page cursor: the code of the last rat of the page before (`after`) or the first of the page after (`before`). */
const ratCode = z.string().regex(/^R-[0-9]{4}-[0-9]{4,}$/).max(20).nullable().catch(null);

const step = z.int().min(MIN_TRUST_STEP).max(MAX_TRUST_STEP).nullable().catch(null);

/**
 * The rats table's query, whitelisted: whatever arrives in the URL, only known statuses, sexes,
 * sort columns and page sizes pass; anything else falls back to "no filter" or the default.
 * A step range given the wrong way round is turned round.
 */
export const ratTableQuery = z
  .object({
    q: text()
      .catch('')
      .transform((s) => s.trim().slice(0, RAT_TABLE_SEARCH_MAX)),
    status: z
      .array(z.unknown())
      .catch([])
      .transform((values) => [...new Set(values.filter((v): v is (typeof RAT_STATUSES)[number] => RAT_STATUSES.includes(v as never)))]),
    home: z.union([z.literal('none'), z.int().positive().max(MAX_ID)]).nullable().catch(null),
    sex: z.enum(SEXES).nullable().catch(null),
    quarantine: z.enum(QUARANTINE_FILTERS).nullable().catch(null),
    intake: z.int().positive().max(MAX_ID).nullable().catch(null),
    stepMin: step,
    stepMax: step,
    sort: z.enum(RAT_TABLE_SORTS).catch(RAT_TABLE_DEFAULTS.sort),
    dir: z.enum(SORT_DIRECTIONS).catch(RAT_TABLE_DEFAULTS.dir),
    page: z.int().min(1).max(1_000_000).catch(RAT_TABLE_DEFAULTS.page),
    size: z
      .union(RAT_TABLE_PAGE_SIZES.map((n) => z.literal(n)))
      .catch(RAT_TABLE_DEFAULTS.size),
    after: ratCode,
    before: ratCode,
  })
  .transform((query) =>
    query.stepMin !== null && query.stepMax !== null && query.stepMin > query.stepMax
      ? { ...query, stepMin: query.stepMax, stepMax: query.stepMin }
      : query,
  );

export type RatTableQuery = z.output<typeof ratTableQuery>;

export type RatTableFilters = Pick<RatTableQuery, 'q' | 'status' | 'home' | 'sex' | 'quarantine' | 'intake' | 'stepMin' | 'stepMax'>;
export type RatTableSort = { by: RatTableSortKey; dir: SortDirection };

/**
 * Where a page starts: a page number (counted by offset: fine near either end) or, when the user
 * stepped from the page next to it, the neighbouring row's code (a key-set cursor: as fast on
 * page 4,000 as on page 2, where an offset makes the database walk every row before it).
 */
export type RatTablePageAt = { page: number; after: string | null; before: string | null };

export function filtersOf(query: RatTableQuery): RatTableFilters {
  const { q, status, home, sex, quarantine, intake, stepMin, stepMax } = query;
  return { q, status, home, sex, quarantine, intake, stepMin, stepMax };
}

/** How many filters narrow the list (the step range counts once). */
export function activeFilterCount(filters: RatTableFilters): number {
  return [
    filters.q !== '',
    filters.status.length > 0,
    filters.home !== null,
    filters.sex !== null,
    filters.quarantine !== null,
    filters.intake !== null,
    filters.stepMin !== null || filters.stepMax !== null,
  ].filter(Boolean).length;
}
