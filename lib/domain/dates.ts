/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings, in UTC so a date never shifts with the
 * server's time zone. Domain rules take `now` as a Date and compare days with these.
 */
const DAY_MS = 86_400_000;

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function addDays(value: string, days: number): string {
  return toIsoDate(new Date(parseIsoDate(value).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / DAY_MS);
}

/** Rescue policy: every date in the rescue falls in these years; anything else is a typing slip (year 1, 20266). */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

/**
 * Whether a 'YYYY-MM-DD' (or ISO timestamp, or Date) is in a year the rescue accepts. Text that
 * does not start with a four-digit year passes: the field's own date check refuses it, once.
 */
export function isYearInRange(value: string | Date): boolean {
  if (typeof value === 'string' && !/^\d{4}-/.test(value)) return true;
  const year = typeof value === 'string' ? Number(value.slice(0, 4)) : value.getUTCFullYear();
  if (Number.isNaN(year)) return true;
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

export const YEAR_RANGE_MESSAGE = `Enter a year between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`;
