import { differenceInCalendarDays, format, parseISO } from 'date-fns';

/** `2026-11-23` → `23 Nov 2026`. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? parseISO(value) : value;
  return format(date, 'd MMM yyyy');
}

/** Days from today to a date: negative when it is in the past. */
export function daysUntil(value: string, now: Date): number {
  return differenceInCalendarDays(parseISO(value), now);
}
