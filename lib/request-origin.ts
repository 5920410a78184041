/**
 * A browser sends `Origin` as a web address, or `null` from a private context; a request with
 * an empty or garbled one is hand-made. Next's server-action check would crash reading it (a
 * server error), so such requests are refused up front with a plain 400.
 */
export function isMalformedOrigin(origin: string | null): boolean {
  if (origin === null || origin === 'null') return false;
  try {
    return new URL(origin).host === '';
  } catch {
    return true;
  }
}
