/**
 * Rescue policy for entries a foster recorded with no signal and sends later: the time on the
 * device is kept as the time of the session, weight or meeting, within these bounds.
 */

/** A phone's clock may run a little ahead of the server's: up to two minutes "ahead" is still now. */
export const DEVICE_CLOCK_SKEW_MS = 2 * 60_000;

/**
 * Rescue policy: an entry recorded more than 14 days before it reaches the server is refused
 * (kept on the phone for the foster to discard or to record again by hand): a fortnight covers
 * a foster away from signal for a long holiday, while older entries would rewrite a rat's
 * trust step and alerts long after coordinators acted on them.
 */
export const OFFLINE_ENTRY_MAX_AGE_DAYS = 14;

export type TimeDecision = { ok: true } | { ok: false; reason: string };

/** A recorded time is kept when it is not in the future (beyond clock skew) and not older than the policy limit. */
export function recordedTimeDecision(recordedAt: Date, now: Date): TimeDecision {
  if (Number.isNaN(recordedAt.getTime())) return { ok: false, reason: 'This entry has no time it was recorded: it was not saved.' };
  if (recordedAt.getTime() > now.getTime() + DEVICE_CLOCK_SKEW_MS) {
    return { ok: false, reason: 'This entry is dated in the future (check the clock on your phone): it was not saved.' };
  }
  if (recordedAt.getTime() < now.getTime() - OFFLINE_ENTRY_MAX_AGE_DAYS * 86_400_000) {
    return { ok: false, reason: `This entry was recorded more than ${OFFLINE_ENTRY_MAX_AGE_DAYS} days ago, too long to add now: it was not saved.` };
  }
  return { ok: true };
}
