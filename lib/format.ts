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

/** `2026-11-23T14:05` → `14:05` (the viewer's clock). */
export function formatTime(value: string | Date): string {
  return format(typeof value === 'string' ? parseISO(value) : value, 'HH:mm');
}

/** `14:05 today`, or `14:05, 23 Nov 2026` on another day. */
export function formatTimeOrDay(value: string | Date, now: Date): string {
  const date = typeof value === 'string' ? parseISO(value) : value;
  return differenceInCalendarDays(now, date) === 0 ? `${format(date, 'HH:mm')} today` : `${format(date, 'HH:mm')}, ${format(date, 'd MMM yyyy')}`;
}
