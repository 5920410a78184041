/**
 * The online application's guards: how many applications one address may send, and what a
 * refused sender is told. Kept apart from the form so the rule has its own tests.
 */
import { countOf } from './quarantine';

/** Rescue policy: a household applies once or twice; more than this in an hour is a script. */
export const APPLICATIONS_PER_HOUR = 3;
/** Rescue policy: and no address (a shared office, a phone network) sends more than this in a day. */
export const APPLICATIONS_PER_DAY = 10;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type ApplicationLimit = { ok: true } | { ok: false; message: string; retryAt: Date };

function refusal(times: readonly Date[], limit: number, windowMs: number, now: Date, span: string): ApplicationLimit | null {
  const recent = times.filter((t) => t.getTime() > now.getTime() - windowMs && t.getTime() <= now.getTime()).sort((a, b) => a.getTime() - b.getTime());
  if (recent.length < limit) return null;
  // The oldest application in the window that must age out before there is room for one more.
  const retryAt = new Date(recent[recent.length - limit].getTime() + windowMs);
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  const wait = minutes >= 120 ? countOf(Math.ceil(minutes / 60), 'hour') : countOf(minutes, 'minute');
  return {
    ok: false,
    retryAt,
    message: `We have already received ${countOf(recent.length, 'application')} from your connection in the last ${span}, so this one was not sent. Please try again in ${wait}, or email us if you need to change an application.`,
  };
}

/**
 * An address may send at most APPLICATIONS_PER_HOUR applications in any hour and
 * APPLICATIONS_PER_DAY in any day; `times` are its earlier applications (any age).
 */
export function applicationLimit(times: readonly Date[], now: Date): ApplicationLimit {
  return refusal(times, APPLICATIONS_PER_HOUR, HOUR_MS, now, 'hour') ?? refusal(times, APPLICATIONS_PER_DAY, DAY_MS, now, 'day') ?? { ok: true };
}

/** How far back the limit looks: older attempts never count. */
export const APPLICATION_LIMIT_WINDOW_MS = DAY_MS;

/** Shown when the hidden field that people never see was filled in. */
export const HONEYPOT_REFUSAL =
  'This application was not sent: a field that people cannot see was filled in, which automatic form-fillers do. If you are a person, please reload the page and send it again.';

/** Rescue policy: an application is a few paragraphs; anything far bigger is not from a person. */
export const MAX_APPLICATION_BYTES = 32 * 1024;
export const APPLICATION_TOO_LARGE = 'This application is too long to send (over 32 KB). Please shorten the longer answers and send it again.';
