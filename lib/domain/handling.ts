import { daysBetween, toIsoDate } from './dates';
import { DEFAULT_POLICY, type Policy } from './policy';
import { formatShortDate } from './quarantine';
import { BITE_GRADES, type BiteGrade, type StressSign } from './vocabulary';

/** Rescue policy: a bite that breaks the skin (`bite`) or worse is an incident coordinators see. */
export const INCIDENT_BITE_GRADE: BiteGrade = 'bite';

/** A session's day as fosters write it, `21 Nov`, in UTC like every other date rule. */
export function sessionDay(at: Date): string {
  return formatShortDate(toIsoDate(at));
}

/** True when `grade` is `threshold` or worse on the bite scale. */
export function biteAtLeast(grade: BiteGrade, threshold: BiteGrade): boolean {
  return BITE_GRADES.indexOf(grade) >= BITE_GRADES.indexOf(threshold);
}

/** Any bite grade of `bite` or worse becomes an incident that coordinators see. */
export function isIncident(grade: BiteGrade): boolean {
  return biteAtLeast(grade, INCIDENT_BITE_GRADE);
}

/** Whole calendar days (UTC) from the last session to `now`; null when never handled. */
export function daysSinceHandled(lastHandledAt: Date | null, now: Date): number | null {
  if (!lastHandledAt) return null;
  return Math.max(0, daysBetween(toIsoDate(lastHandledAt), toIsoDate(now)));
}

export type HandlingFreshness = { days: number | null; stale: boolean; text: string };

/** A rat is stale once `handlingStaleDays` or more days pass without a session, or when never handled. */
export function handlingFreshness(
  lastHandledAt: Date | null,
  now: Date,
  policy: Pick<Policy, 'handlingStaleDays'> = DEFAULT_POLICY,
): HandlingFreshness {
  const days = daysSinceHandled(lastHandledAt, now);
  if (days === null) return { days, stale: true, text: 'Never handled' };
  return { days, stale: days >= policy.handlingStaleDays, text: handledText(days) };
}

function handledText(days: number): string {
  if (days === 0) return 'Handled today';
  if (days === 1) return 'Handled yesterday';
  return `Handled ${days} days ago`;
}

export type StressTrend = { rising: boolean; counts: number[] };

/**
 * Stress is rising when, over sessions in time order, the number of stress signs never falls
 * and the last session shows more than the first.
 */
export function stressTrend(sessions: ReadonlyArray<{ stressSigns: readonly StressSign[] }>): StressTrend {
  const counts = sessions.map((s) => s.stressSigns.length);
  const neverFalls = counts.every((n, i) => i === 0 || n >= counts[i - 1]);
  const rising = counts.length >= 2 && neverFalls && counts[counts.length - 1] > counts[0];
  return { rising, counts };
}
