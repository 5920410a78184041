/**
 * The rescue's reports: pure shaping of the aggregates the database returns into chart rows and
 * tables (the same rows serve the chart, the table and the CSV). Months and weeks with nothing
 * show as zero.
 */
import { addDays, toIsoDate } from './dates';
import { formatShortDate } from './quarantine';
import { INTAKE_SOURCE_LABELS, RAT_STATUS_LABELS, TEMPERAMENT_CATEGORIES, humanize, type IntakeSourceType, type RatStatus } from './vocabulary';

/** Rescue policy: reports show the last 12 months unless the URL says otherwise, and at most 5 years. */
export const DEFAULT_REPORT_MONTHS = 12;
export const MAX_REPORT_MONTHS = 60;


/** A report's months, 'YYYY-MM', first to last inclusive. */
export type ReportRange = { from: string; to: string };

export type Cell = string | number;
export type ReportTable = { columns: Array<{ key: string; label: string }>; rows: Array<Record<string, Cell>> };

function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return y * 12 + (m - 1);
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** '2026-11' reads as 'Nov 2026'. */
export function monthLabel(month: string): string {
  const [, name] = formatShortDate(`${month}-01`).split(' ');
  return `${name} ${month.slice(0, 4)}`;
}

/**
 * The range from the URL (`from`, `to` as 'YYYY-MM'): the last DEFAULT_REPORT_MONTHS months to
 * this month by default; swapped when reversed; at most MAX_REPORT_MONTHS months, ending at `to`.
 */
export function reportRange(params: { from?: string | null; to?: string | null }, now: Date): ReportRange {
  const thisMonth = toIsoDate(now).slice(0, 7);
  let to = params.to ?? thisMonth;
  let from = params.from ?? monthOf(monthIndex(to) - (DEFAULT_REPORT_MONTHS - 1));
  if (monthIndex(from) > monthIndex(to)) [from, to] = [to, from];
  if (monthIndex(to) - monthIndex(from) >= MAX_REPORT_MONTHS) from = monthOf(monthIndex(to) - (MAX_REPORT_MONTHS - 1));
  return { from, to };
}

/** Every month of the range, 'YYYY-MM'. */
export function monthsOf(range: ReportRange): string[] {
  const months: string[] = [];
  for (let i = monthIndex(range.from); i <= monthIndex(range.to); i++) months.push(monthOf(i));
  return months;
}

/** The range's first day and the day after its last, as 'YYYY-MM-DD' (a half-open interval). */
export function rangeDays(range: ReportRange): { start: string; end: string } {
  return { start: `${range.from}-01`, end: `${monthOf(monthIndex(range.to) + 1)}-01` };
}

/** Monday-started weeks ('YYYY-MM-DD' of each Monday) that overlap the range. */
export function weeksOf(range: ReportRange): string[] {
  const { start, end } = rangeDays(range);
  const weekday = (new Date(`${start}T00:00:00Z`).getUTCDay() + 6) % 7;
  const weeks: string[] = [];
  for (let w = addDays(start, -weekday); w < end; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}

function lookup<R>(rows: readonly R[], key: (r: R) => string, value: (r: R) => number): (k: string) => number {
  const map = new Map<string, number>();
  for (const r of rows) map.set(key(r), (map.get(key(r)) ?? 0) + value(r));
  return (k) => map.get(k) ?? 0;
}

const monthColumn = { key: 'month', label: 'Month' };

/** Rats in care by status at the end of each month (statuses that are in the rescue's care). */
export function statusOverTime(rows: ReadonlyArray<{ month: string; status: RatStatus; n: number }>, range: ReportRange, statuses: readonly RatStatus[]): ReportTable {
  const count = lookup(rows, (r) => `${r.month}|${r.status}`, (r) => r.n);
  return {
    columns: [monthColumn, ...statuses.map((s) => ({ key: s, label: RAT_STATUS_LABELS[s] })), { key: 'total', label: 'Total' }],
    rows: monthsOf(range).map((month) => {
      const counts = Object.fromEntries(statuses.map((s) => [s, count(`${month}|${s}`)]));
      return { month: monthLabel(month), ...counts, total: statuses.reduce((a, s) => a + count(`${month}|${s}`), 0) };
    }),
  };
}

/** Rats taken in against rats adopted, per month. */
export function intakesAgainstAdoptions(intakes: ReadonlyArray<{ month: string; n: number }>, adoptions: ReadonlyArray<{ month: string; n: number }>, range: ReportRange): ReportTable {
  const inCount = lookup(intakes, (r) => r.month, (r) => r.n);
  const outCount = lookup(adoptions, (r) => r.month, (r) => r.n);
  return {
    columns: [monthColumn, { key: 'intakes', label: 'Taken in' }, { key: 'adoptions', label: 'Adopted' }],
    rows: monthsOf(range).map((month) => ({ month: monthLabel(month), intakes: inCount(month), adoptions: outCount(month) })),
  };
}

export type MedianRow = { group: string; toReady: number | null; readyCount: number; toAdoption: number | null; adoptedCount: number };

const dash = (v: number | null) => (v === null ? '–' : Math.round(v * 10) / 10);

/** Median days from intake to ready and to adoption, one row per group, every known group listed (empty ones show a dash). */
export function medianDaysTable(rows: readonly MedianRow[], groups: ReadonlyArray<{ key: string; label: string }>, groupLabel: string): ReportTable {
  const byGroup = new Map(rows.map((r) => [r.group, r]));
  return {
    columns: [
      { key: 'group', label: groupLabel },
      { key: 'toReady', label: 'Median days to ready' },
      { key: 'readyCount', label: 'Rats ready' },
      { key: 'toAdoption', label: 'Median days to adoption' },
      { key: 'adoptedCount', label: 'Rats adopted' },
    ],
    rows: groups.map(({ key, label }) => {
      const r = byGroup.get(key);
      return { group: label, toReady: dash(r?.toReady ?? null), readyCount: r?.readyCount ?? 0, toAdoption: dash(r?.toAdoption ?? null), adoptedCount: r?.adoptedCount ?? 0 };
    }),
  };
}

/** Source types, in vocabulary order, as report groups. */
export function sourceGroups(sources: readonly IntakeSourceType[]): Array<{ key: string; label: string }> {
  return sources.map((s) => ({ key: s, label: INTAKE_SOURCE_LABELS[s] }));
}

/** Temperament categories (and rats never assessed) as report groups. */
export const TEMPERAMENT_GROUPS: Array<{ key: string; label: string }> = [
  ...TEMPERAMENT_CATEGORIES.map((c) => ({ key: c, label: humanize(c) })),
  { key: 'not_assessed', label: 'Not assessed' },
];

/** '2026-11-02' reads as 'w/c 2 Nov'. */
function weekLabel(monday: string): string {
  return `w/c ${formatShortDate(monday)}`;
}

/** Sessions logged per foster home per week (one column per home, a row per week). */
export function sessionsPerHomeWeek(rows: ReadonlyArray<{ week: string; fosterHomeId: number; n: number }>, homes: ReadonlyArray<{ id: number; name: string }>, range: ReportRange): ReportTable {
  const count = lookup(rows, (r) => `${r.week}|${r.fosterHomeId}`, (r) => r.n);
  return {
    columns: [{ key: 'week', label: 'Week' }, ...homes.map((h) => ({ key: `home${h.id}`, label: h.name }))],
    rows: weeksOf(range).map((week) => ({ week: weekLabel(week), ...Object.fromEntries(homes.map((h) => [`home${h.id}`, count(`${week}|${h.id}`)])) })),
  };
}

/** Rats placed at each month's end against the active homes' capacity, as a percentage. */
export function capacityUse(rows: ReadonlyArray<{ month: string; placed: number }>, capacity: number, range: ReportRange): ReportTable {
  const placed = lookup(rows, (r) => r.month, (r) => r.placed);
  return {
    columns: [monthColumn, { key: 'placed', label: 'Rats placed' }, { key: 'capacity', label: 'Places' }, { key: 'percent', label: 'Use (%)' }],
    rows: monthsOf(range).map((month) => ({
      month: monthLabel(month),
      placed: placed(month),
      capacity,
      percent: capacity === 0 ? 0 : Math.round((placed(month) * 100) / capacity),
    })),
  };
}

/** Bite incidents per month, by grade. */
export function bitesPerMonth(rows: ReadonlyArray<{ month: string; grade: 'bite' | 'severe'; n: number }>, range: ReportRange): ReportTable {
  const count = lookup(rows, (r) => `${r.month}|${r.grade}`, (r) => r.n);
  return {
    columns: [monthColumn, { key: 'bite', label: 'Bites' }, { key: 'severe', label: 'Severe bites' }],
    rows: monthsOf(range).map((month) => ({ month: monthLabel(month), bite: count(`${month}|bite`), severe: count(`${month}|severe`) })),
  };
}

/** Rats returned after adoption per month, with the days they had been away (median). */
export function returnsPerMonth(rows: ReadonlyArray<{ month: string; n: number; medianDaysAway: number | null }>, range: ReportRange): ReportTable {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return {
    columns: [monthColumn, { key: 'returns', label: 'Returned' }, { key: 'daysAway', label: 'Median days with the adopter' }],
    rows: monthsOf(range).map((month) => ({ month: monthLabel(month), returns: byMonth.get(month)?.n ?? 0, daysAway: dash(byMonth.get(month)?.medianDaysAway ?? null) })),
  };
}

export const REPORT_KEYS = ['status', 'intakes-adoptions', 'days-by-source', 'days-by-temperament', 'sessions', 'capacity', 'bites', 'returns'] as const;
export type ReportKey = (typeof REPORT_KEYS)[number];

export type ChartSpec = { kind: 'bar' | 'stacked' | 'line'; x: string; series: Array<{ key: string; label: string }> };
export type Report = { key: ReportKey; title: string; description: string; table: ReportTable; chart: ChartSpec };

/** The aggregates every report reads, as the database returns them. */
export type ReportData = {
  status: ReadonlyArray<{ month: string; status: RatStatus; n: number }>;
  intakes: ReadonlyArray<{ month: string; n: number }>;
  adoptions: ReadonlyArray<{ month: string; n: number }>;
  bySource: readonly MedianRow[];
  byTemperament: readonly MedianRow[];
  sessions: ReadonlyArray<{ week: string; fosterHomeId: number; n: number }>;
  homes: ReadonlyArray<{ id: number; name: string }>;
  capacity: { rows: ReadonlyArray<{ month: string; placed: number }>; capacity: number };
  bites: ReadonlyArray<{ month: string; grade: 'bite' | 'severe'; n: number }>;
  returns: ReadonlyArray<{ month: string; n: number; medianDaysAway: number | null }>;
};

const seriesOf = (table: ReportTable, skip: readonly string[]) => table.columns.filter((c) => !skip.includes(c.key));

/** Every report of the rescue from its aggregates: title, what it shows, its table and how to chart it. */
export function rescueReports(data: ReportData, range: ReportRange, statuses: readonly RatStatus[], sources: readonly IntakeSourceType[]): Report[] {
  const status = statusOverTime(data.status, range, statuses);
  const flows = intakesAgainstAdoptions(data.intakes, data.adoptions, range);
  const bySource = medianDaysTable(data.bySource, sourceGroups(sources), 'Source');
  const byTemperament = medianDaysTable(data.byTemperament, TEMPERAMENT_GROUPS, 'Temperament');
  const sessions = sessionsPerHomeWeek(data.sessions, data.homes, range);
  const capacity = capacityUse(data.capacity.rows, data.capacity.capacity, range);
  const bites = bitesPerMonth(data.bites, range);
  const returns = returnsPerMonth(data.returns, range);
  const medianSeries = [
    { key: 'toReady', label: 'Median days to ready' },
    { key: 'toAdoption', label: 'Median days to adoption' },
  ];
  return [
    { key: 'status', title: 'Rats in care by status', description: 'How many rats were in each status at the end of each month.', table: status, chart: { kind: 'stacked', x: 'month', series: seriesOf(status, ['month', 'total']) } },
    { key: 'intakes-adoptions', title: 'Intakes and adoptions', description: 'Rats taken in against rats adopted, per month.', table: flows, chart: { kind: 'bar', x: 'month', series: seriesOf(flows, ['month']) } },
    { key: 'days-by-source', title: 'Days to ready and to adoption, by source', description: 'Median days from intake to ready (the first day its trust step reached the ready step, or a coordinator declared it ready) and to adoption, for rats that got there in the range.', table: bySource, chart: { kind: 'bar', x: 'group', series: medianSeries } },
    { key: 'days-by-temperament', title: 'Days to ready and to adoption, by temperament', description: 'The same medians by each rat’s latest temperament category.', table: byTemperament, chart: { kind: 'bar', x: 'group', series: medianSeries } },
    { key: 'sessions', title: 'Sessions per foster home per week', description: 'Handling sessions logged by each active home, week by week (weeks start on Monday).', table: sessions, chart: { kind: 'stacked', x: 'week', series: seriesOf(sessions, ['week']) } },
    { key: 'capacity', title: 'Foster capacity use', description: 'Rats placed at each month’s end against the places the active homes offer.', table: capacity, chart: { kind: 'line', x: 'month', series: [{ key: 'percent', label: 'Use (%)' }] } },
    { key: 'bites', title: 'Bites per month', description: 'Bite incidents (broken skin or worse) by month.', table: bites, chart: { kind: 'stacked', x: 'month', series: seriesOf(bites, ['month']) } },
    { key: 'returns', title: 'Returns', description: 'Rats brought back after adoption, per month, with how long they had been away.', table: returns, chart: { kind: 'bar', x: 'month', series: [{ key: 'returns', label: 'Returned' }] } },
  ];
}

/** A report's CSV file name, with its range. */
export function reportFileName(key: ReportKey, range: ReportRange): string {
  return `ratwise-${key}-${range.from}-to-${range.to}.csv`;
}
