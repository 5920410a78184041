import {
  createLoader,
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsInteger,
  parseAsNumberLiteral,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
  type LoaderInput,
} from 'nuqs/server';
import { RAT_STATUSES, SEXES } from './domain/vocabulary';
import { parseId } from './validation/ids';
import {
  QUARANTINE_FILTERS,
  RAT_TABLE_COLUMNS,
  RAT_TABLE_DEFAULTS,
  RAT_TABLE_PAGE_SIZES,
  RAT_TABLE_SORTS,
  SORT_DIRECTIONS,
  ratTableQuery,
  type RatTableQuery,
} from './validation/rat-table';

/** A home id, or `none` for rats not placed in any home. */
const parseAsHome = createParser<number | 'none'>({
  parse: (value) => (value === 'none' ? 'none' : parseId(value)),
  serialize: (value) => String(value),
});

/**
 * The rats table's URL state, defined once: the server page and the export route read it with
 * `loadRatTableParams`, the client components write it with `useQueryStates(ratTableParsers)`.
 * Every change except the column choice re-renders the server page (`shallow: false`).
 */
export const ratTableParsers = {
  q: parseAsString.withDefault(''),
  status: parseAsArrayOf(parseAsStringLiteral(RAT_STATUSES)).withDefault([]),
  home: parseAsHome,
  sex: parseAsStringLiteral(SEXES),
  quarantine: parseAsStringLiteral(QUARANTINE_FILTERS),
  intake: parseAsInteger,
  stepMin: parseAsInteger,
  stepMax: parseAsInteger,
  sort: parseAsStringLiteral(RAT_TABLE_SORTS).withDefault(RAT_TABLE_DEFAULTS.sort),
  dir: parseAsStringLiteral(SORT_DIRECTIONS).withDefault(RAT_TABLE_DEFAULTS.dir),
  page: parseAsInteger.withDefault(RAT_TABLE_DEFAULTS.page),
  size: parseAsNumberLiteral(RAT_TABLE_PAGE_SIZES).withDefault(RAT_TABLE_DEFAULTS.size),
  /** Key-set cursors (rat codes) set by the next and previous buttons; the page number stays as the label. */
  after: parseAsString,
  before: parseAsString,
  /** Hidden columns: client-only, so toggling one does not ask the server for anything. */
  hide: parseAsArrayOf(parseAsStringLiteral(RAT_TABLE_COLUMNS))
    .withDefault([...RAT_TABLE_DEFAULTS.hide])
    .withOptions({ shallow: true }),
};

export type RatTableUrlState = inferParserType<typeof ratTableParsers>;

/** Back to the first page: the page number and any cursor go. */
export const FIRST_PAGE = { page: null, after: null, before: null } as const;

/** The keys a filter change resets along with the page (sorting, page size and columns stay). */
export const RAT_TABLE_FILTER_KEYS = ['q', 'status', 'home', 'sex', 'quarantine', 'intake', 'stepMin', 'stepMax'] as const;

const loadUrlState = createLoader(ratTableParsers);

/** Parsed URL state, then checked by the zod whitelist: what the page, export and tests all use. */
export function parseRatTableParams(input: LoaderInput): RatTableQuery {
  return ratTableQuery.parse(loadUrlState(input));
}

/** Same as `parseRatTableParams`, for the page's `searchParams` promise. */
export async function loadRatTableParams(searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<RatTableQuery> {
  return parseRatTableParams(await searchParams);
}

/** Builds `?status=…&sort=…` for links (the export link, "clear filters", the import result). */
export const serializeRatTableParams = createSerializer(ratTableParsers, { clearOnDefault: true });

/** The export takes the filters and sort, not the page or the columns on screen. */
export function exportHref(state: Partial<RatTableUrlState>): string {
  const { page: _page, size: _size, hide: _hide, after: _after, before: _before, ...rest } = state;
  return serializeRatTableParams('/api/rats/export', rest);
}
