import { BITE_ALERT_DAYS } from './alerts';
import { addDays, daysBetween, toIsoDate } from './dates';
import { handlingFreshness, sessionDay, type HandlingFreshness } from './handling';
import type { Policy } from './policy';
import { trustStepName } from './trust-ladder';
import { currentTrustStep, type StepSession } from './trust-step';
import type { Role } from './vocabulary';
import { groupBy } from '../group-by';

/** Coordinators (and admins) acknowledge bite incidents: it records that someone senior has seen each one. */
export const INCIDENT_ACKNOWLEDGE_ROLES = ['admin', 'coordinator'] as const satisfies readonly Role[];

/** Rescue policy: the coordinators' handling report looks back six weeks. */
export const REPORT_WEEKS = 6;

/** Seven calendar days (UTC), `from` to `to` inclusive; the last week ends today. */
export type ReportWeek = { from: string; to: string; label: string };

/** The report's weeks, oldest first: rolling seven-day windows, the last one ending today. */
export function reportWeeks(now: Date, weeks: number = REPORT_WEEKS): ReportWeek[] {
  const today = toIsoDate(now);
  return Array.from({ length: weeks }, (_, i) => {
    const back = weeks - 1 - i;
    const to = addDays(today, -7 * back);
    const from = addDays(to, -6);
    return { from, to, label: back === 0 ? 'This week' : `From ${sessionDay(new Date(`${from}T00:00:00Z`))}` };
  });
}

/** The position of a 'YYYY-MM-DD' day among the weeks, or -1 when it falls outside them. */
export function weekIndexOf(day: string, weeks: readonly ReportWeek[]): number {
  if (weeks.length === 0) return -1;
  const offset = daysBetween(weeks[0].from, day);
  if (offset < 0) return -1;
  const index = Math.floor(offset / 7);
  return index < weeks.length ? index : -1;
}

/** Sessions of one rat on one UTC day (only those logged since it came to its current home). */
export type SessionDayRow = { ratId: number; day: string; sessions: number };

/** Sessions per week for each rat, oldest week first; days outside the weeks are ignored. */
export function sessionsPerWeek(rows: readonly SessionDayRow[], weeks: readonly ReportWeek[]): Map<number, number[]> {
  const perRat = new Map<number, number[]>();
  for (const row of rows) {
    const index = weekIndexOf(row.day, weeks);
    if (index < 0) continue;
    const counts = perRat.get(row.ratId) ?? weeks.map(() => 0);
    counts[index] += row.sessions;
    perRat.set(row.ratId, counts);
  }
  return perRat;
}

export type ReportHomeRow = { fosterHomeId: number; name: string };
/** A rat in care with an open placement: since when it lives in the home, and its last session anywhere. */
export type ReportRatRow = { ratId: number; name: string; code: string; fosterHomeId: number; placedAt: Date; lastHandledAt: Date | null };
/** One of a rat's latest sessions (the report reads the last three for the current step). */
export type ReportStepRow = StepSession & { ratId: number };

export type ReportRows = {
  homes: readonly ReportHomeRow[];
  rats: readonly ReportRatRow[];
  sessionDays: readonly SessionDayRow[];
  recentSessions: readonly ReportStepRow[];
};

export type ReportRat = {
  ratId: number;
  name: string;
  code: string;
  /** Sessions per week, oldest first; null for a week that ended before the rat came to the home. */
  weeks: Array<number | null>;
  total: number;
  step: number | null;
  stepName: string | null;
  freshness: HandlingFreshness;
  /** The freshness in a word or two for a narrow column: "Today", "5 days ago", "Never". */
  lastHandled: string;
};

export type ReportHome = {
  fosterHomeId: number;
  name: string;
  rats: ReportRat[];
  /** All the home's sessions per week (a session covering two rats counts twice: once per rat). */
  weekTotals: number[];
  staleCount: number;
};

export type HandlingReport = { weeks: ReportWeek[]; homes: ReportHome[] };

/**
 * Per foster home, each rat's sessions per week, current trust step and how long since it was
 * handled; rats not handled for `handlingStaleDays` (or never) are marked stale and listed first.
 */
export function handlingReport(rows: ReportRows, now: Date, policy: Pick<Policy, 'handlingStaleDays'>): HandlingReport {
  const weeks = reportWeeks(now);
  const counts = sessionsPerWeek(rows.sessionDays, weeks);
  const sessionsByRat: Map<number, StepSession[]> = groupBy(rows.recentSessions, (s) => s.ratId);

  const homes = rows.homes.map((home): ReportHome => {
    const rats = rows.rats
      .filter((r) => r.fosterHomeId === home.fosterHomeId)
      .map((r): ReportRat => {
        const placedOn = toIsoDate(r.placedAt);
        const perWeek = counts.get(r.ratId) ?? weeks.map(() => 0);
        const step = currentTrustStep(sessionsByRat.get(r.ratId) ?? []);
        const freshness = handlingFreshness(r.lastHandledAt, now, policy);
        return {
          ratId: r.ratId,
          name: r.name,
          code: r.code,
          weeks: weeks.map((w, i) => (w.to < placedOn ? null : perWeek[i])),
          total: perWeek.reduce((a, b) => a + b, 0),
          step,
          stepName: step === null ? null : trustStepName(step),
          freshness,
          lastHandled: shortDaysAgo(freshness.days),
        };
      })
      .sort((a, b) => Number(b.freshness.stale) - Number(a.freshness.stale) || a.name.localeCompare(b.name));
    return {
      fosterHomeId: home.fosterHomeId,
      name: home.name,
      rats,
      weekTotals: weeks.map((_, i) => rats.reduce((sum, r) => sum + (r.weeks[i] ?? 0), 0)),
      staleCount: rats.filter((r) => r.freshness.stale).length,
    };
  });
  return { weeks, homes };
}

function shortDaysAgo(days: number | null): string {
  if (days === null) return 'Never';
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return `${days} days ago`;
}

export type ReportIncidentRow = {
  id: number;
  ratId: number;
  ratName: string;
  homeName: string | null;
  biteGrade: 'bite' | 'severe';
  occurredAt: Date;
  description: string | null;
  acknowledgedAt: Date | null;
  acknowledgedByName: string | null;
};

/** The start of "this week" for incidents: the same seven days the dashboard's bite alert uses. */
export function incidentWindowStart(now: Date): Date {
  return new Date(now.getTime() - BITE_ALERT_DAYS * 86_400_000);
}

/**
 * The incidents a coordinator reviews: every bite of the last seven days, plus any older one
 * still waiting for acknowledgement; unacknowledged first, then newest first.
 */
export function incidentsToReview<T extends Pick<ReportIncidentRow, 'id' | 'occurredAt' | 'acknowledgedAt'>>(rows: readonly T[], now: Date): T[] {
  const start = incidentWindowStart(now).getTime();
  return rows
    .filter((r) => r.acknowledgedAt === null || r.occurredAt.getTime() >= start)
    .sort(
      (a, b) =>
        Number(a.acknowledgedAt !== null) - Number(b.acknowledgedAt !== null) ||
        b.occurredAt.getTime() - a.occurredAt.getTime() ||
        b.id - a.id,
    );
}

/** Rats on one page of the report (a large home spreads over pages): the page's size stays the same however large the rescue. */
export const REPORT_RATS_PER_PAGE = 25;
