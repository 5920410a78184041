/**
 * Dashboard alerts. Each function takes plain rows, `now` and the policy, and returns alerts a
 * volunteer understands at a glance, each linking to the page where it is dealt with.
 */
import { soloMembers } from './cage-groups';
import { addDays, daysBetween, toIsoDate } from './dates';
import { detectWeightLoss, type WeightRow } from './health';
import type { Policy } from './policy';
import { countOf, deadline, formatShortDate, inDays, QUARANTINE_SOON_DAYS, todayIso, type QuarantinePeriod } from './quarantine';
import { hormonalMalesWarning } from './sex-safety';
import { WATCH_SOON_DAYS, type Watch } from './watches';
import type { Sex, WatchKind } from './vocabulary';
import { groupBy } from '../group-by';

export type AlertSeverity = 'info' | 'warning' | 'danger';

/** Every kind of dashboard alert. */
export const ALERT_KINDS = [
  'quarantine_ending',
  'quarantine_overdue',
  'watch_due',
  'watch_overdue',
  'solo_rat',
  'handling_stale',
  'bites_this_week',
  'home_over_capacity',
  'neuter_review',
  'weight_loss',
  'hormonal_males_together',
] as const;

export type AlertKind = (typeof ALERT_KINDS)[number];

/** Readiness alerts, built apart from the rows above (lib/domain/readiness-alerts.ts). */
export type ReadinessAlertKind = 'available_not_ready' | 'went_backwards';

/** Online applications waiting for a decision (lib/domain/application-alerts.ts). */
export type ApplicationAlertKind = 'new_application';

export type Alert = {
  kind: AlertKind | ReadinessAlertKind | ApplicationAlertKind;
  severity: AlertSeverity;
  ratId?: number;
  fosterHomeId?: number;
  title: string;
  detail: string;
  href: string;
  /** The date the alert is about ('YYYY-MM-DD'): a due date, a last session, a bite; sorts alerts. */
  on: string;
};

/** Rescue policy: bites in this many days count as "this week". */
export const BITE_ALERT_DAYS = 7;

const DAY_MS = 86_400_000;

/** Every rat row names the rat so the alert can. */
export type AlertRat = { ratId: number; ratName: string };

/** `quarantineId` lets an overdue quarantine link straight to its extend page. */
export type QuarantineAlertRow = AlertRat & Pick<QuarantinePeriod, 'plannedEndOn' | 'endedOn'> & { quarantineId: number };
/** `litterId` (a sex-separation watch's litter) makes the alert link to the litter. */
export type WatchAlertRow = AlertRat & Pick<Watch, 'kind' | 'dueOn' | 'closedOn'> & { litterId?: number | null };
/** One row per rat with an open cage-group membership. */
export type CageMemberRow = AlertRat & {
  cageGroupId: number;
  cageGroupName: string;
  fosterHomeId: number | null;
  inQuarantine: boolean;
  sex: Sex;
  neuteredOn: string | null;
  birthDate: string | null;
};
/** One row per rat in care: its last handling session, and since when it has been in care. */
export type HandlingRow = AlertRat & {
  fosterHomeId: number | null;
  lastHandledAt: Date | null;
  inCareSince: string;
  /** A kitten's litter and birth date: a litter is handled, and alerts, as one. */
  litterId?: number | null;
  birthDate?: string | null;
};
export type IncidentAlertRow = AlertRat & { fosterHomeId: number | null; biteGrade: 'bite' | 'severe'; occurredAt: Date };
export type HomeLoadRow = { fosterHomeId: number; name: string; capacityRats: number; capacityCages: number; ratsPlaced: number; cageGroups: number };
export type MaleAgeRow = AlertRat & { sex: Sex; neuteredOn: string | null; birthDate: string | null; neuterReviewedOn: string | null };
/** One row per weighing. */
export type WeightAlertRow = AlertRat & WeightRow;

function ratHref(ratId: number): string {
  return `/rats/${ratId}`;
}

function ratAlert(row: AlertRat, alert: Omit<Alert, 'ratId' | 'href'>): Alert {
  return { ...alert, ratId: row.ratId, href: ratHref(row.ratId) };
}

function withHome(alert: Alert, fosterHomeId: number | null): Alert {
  return fosterHomeId === null ? alert : { ...alert, fosterHomeId };
}

/** An open quarantine ending within 3 days (including today) alerts as ending; one past its planned end alerts as overdue for release. */
export function quarantineAlerts(rows: readonly QuarantineAlertRow[], now: Date, _policy: Policy): Alert[] {
  return rows.flatMap((row) => {
    if (row.endedOn !== null) return [];
    const clock = deadline(row.plannedEndOn, now, QUARANTINE_SOON_DAYS);
    const end = formatShortDate(row.plannedEndOn);
    if (clock.state === 'overdue') {
      return [
        {
          ...ratAlert(row, {
          kind: 'quarantine_overdue',
          severity: 'warning',
          title: `${row.ratName}'s quarantine ended ${countOf(clock.daysOverdue, 'day')} ago: release or extend it`,
            detail: `The planned end was ${end}. Check for symptoms, then release ${row.ratName} or record why the quarantine goes on.`,
            on: row.plannedEndOn,
          }),
          href: `/quarantine/${row.quarantineId}/extend`,
        },
      ];
    }
    if (clock.state !== 'due_soon') return [];
    return [
      ratAlert(row, {
        kind: 'quarantine_ending',
        severity: 'info',
        title: `${row.ratName}'s quarantine ends ${inDays(clock.daysLeft)}`,
        detail: `Planned end ${end}. Check for symptoms before release.`,
        on: row.plannedEndOn,
      }),
    ];
  });
}

type WatchWording = { severity: Record<'due_soon' | 'overdue', AlertSeverity>; due: (name: string, when: string, dueInWords: string) => string; overdue: (name: string, days: string) => string; detail: (due: string) => string };

const WATCH_WORDING: Record<WatchKind, WatchWording> = {
  pregnancy: {
    severity: { due_soon: 'warning', overdue: 'warning' },
    due: (name, when) => `${name}'s pregnancy watch ends ${when}`,
    overdue: (name, days) => `${name}'s pregnancy watch is ${days} overdue`,
    detail: (due) => `Due ${due}. Check her for a litter; if there is none, close the watch as not pregnant.`,
  },
  post_neuter: {
    severity: { due_soon: 'info', overdue: 'info' },
    due: (name, when) => `${name} counts as sterile ${when}`,
    overdue: (name, days) => `${name}'s post-neuter watch could have closed ${days} ago`,
    detail: (due) => `He counts as sterile from ${due}. Close the watch before he meets females.`,
  },
  sex_separation: {
    severity: { due_soon: 'warning', overdue: 'danger' },
    due: (name, when, dueInWords) => `Litter of ${name}: split by sex by ${dueInWords}${when ? ` (${when})` : ''}`,
    overdue: (name, days) => `${name}'s litter is ${days} late for splitting by sex`,
    detail: (due) => `Males can be fertile from five weeks: separate the males from the females by ${due}.`,
  },
};

/**
 * An open watch due within 3 days (including today) alerts as due; one past its due date alerts as
 * overdue. An open sex-separation watch is always shown, as information until it is due soon, so
 * a new litter is on the dashboard from its birth; it links to its litter.
 */
export function watchAlerts(rows: readonly WatchAlertRow[], now: Date, _policy: Policy): Alert[] {
  return rows.flatMap((row) => {
    if (row.closedOn !== null) return [];
    const clock = deadline(row.dueOn, now, WATCH_SOON_DAYS);
    const litter = row.kind === 'sex_separation';
    if (clock.state === 'open' && !litter) return [];
    const wording = WATCH_WORDING[row.kind];
    const overdue = clock.state === 'overdue';
    const due = formatShortDate(row.dueOn);
    const alert = ratAlert(row, {
      kind: overdue ? 'watch_overdue' : 'watch_due',
      severity: clock.state === 'open' ? 'info' : wording.severity[clock.state],
      title: overdue
        ? wording.overdue(row.ratName, countOf(clock.daysOverdue, 'day'))
        : wording.due(row.ratName, clock.state === 'open' ? '' : inDays(clock.daysLeft), due),
      detail: wording.detail(due),
      on: row.dueOn,
    });
    return [litter && row.litterId ? { ...alert, href: `/litters/${row.litterId}` } : alert];
  });
}

/** A rat alone in its cage group outside quarantine is solo: rats must never be kept alone. */
export function soloRatAlerts(rows: readonly CageMemberRow[], now: Date, _policy: Policy): Alert[] {
  return soloMembers(rows).map((row) => {
    const alert = ratAlert(row, {
      kind: 'solo_rat',
      severity: 'warning',
      title: `${row.ratName} lives alone`,
      detail: `${row.ratName} is the only rat in ${row.cageGroupName}. Rats must never be kept alone: plan an introduction.`,
      on: todayIso(now),
    });
    return withHome({ ...alert, href: soloPlanHref(row.ratId) }, row.fosterHomeId);
  });
}

/** The solo alert opens the introduction planner with the rat on side A. */
export function soloPlanHref(ratId: number): string {
  return `/introductions/new?a=rat:${ratId}`;
}

/** Fosters do not plan introductions: their solo alerts open the rat instead. */
export function forFoster(alerts: readonly Alert[]): Alert[] {
  return alerts.map((a) => (a.kind === 'solo_rat' && a.ratId !== undefined ? { ...a, href: ratHref(a.ratId) } : a));
}

/** A kitten still with its litter (younger than the litter sex-separation day) is handled, and alerts, with its litter. */
function isLitterKitten(row: HandlingRow, now: Date, policy: Policy): row is HandlingRow & { litterId: number; birthDate: string } {
  return row.litterId != null && row.birthDate != null && daysBetween(row.birthDate, todayIso(now)) < policy.litterSeparationDay;
}

/**
 * A rat with no handling session for handlingStaleDays or more (counted from coming into care when
 * never handled) alerts. Kittens still with their litter alert as one line per litter instead,
 * counted from the kitten handling day (kittenHandlingFromDay days old) or from the session of the
 * kitten handled longest ago, whichever is later.
 */
export function handlingStaleAlerts(rows: readonly HandlingRow[], now: Date, policy: Policy): Alert[] {
  const kittens = rows.filter((row) => isLitterKitten(row, now, policy));
  const single = rows.filter((row) => !isLitterKitten(row, now, policy));
  const ratAlerts = single.flatMap((row) => {
    const since = row.lastHandledAt ? toIsoDate(row.lastHandledAt) : row.inCareSince;
    const days = daysBetween(since, todayIso(now));
    if (days < policy.handlingStaleDays) return [];
    const detail = row.lastHandledAt
      ? `Last session ${formatShortDate(since)}. Fosters should handle their rats at least daily.`
      : `No session logged since coming into care on ${formatShortDate(since)}. Fosters should handle their rats at least daily.`;
    const alert = ratAlert(row, { kind: 'handling_stale', severity: 'warning', title: `${row.ratName} not handled for ${countOf(days, 'day')}`, detail, on: since });
    return [withHome(alert, row.fosterHomeId)];
  });
  const litterAlerts = [...groupBy(kittens, (k) => k.litterId).values()].flatMap((litter) => {
    const bornOn = litter[0].birthDate;
    const handlingFrom = addDays(bornOn, policy.kittenHandlingFromDay);
    const handled = litter.map((k) => (k.lastHandledAt ? toIsoDate(k.lastHandledAt) : null));
    const leastRecent = handled.some((h) => h === null) ? null : handled.reduce((a, b) => (a! < b! ? a : b));
    const since = leastRecent !== null && leastRecent > handlingFrom ? leastRecent : handlingFrom;
    const days = daysBetween(since, todayIso(now));
    if (days < policy.handlingStaleDays) return [];
    const detail =
      leastRecent === null || leastRecent <= handlingFrom
        ? `Kittens are handled from day ${policy.kittenHandlingFromDay} (${formatShortDate(handlingFrom)}); not every kitten has had a session since. Log one session for the whole litter.`
        : `The kitten handled longest ago was last handled on ${formatShortDate(since)}. Log one session for the whole litter.`;
    const alert: Alert = {
      kind: 'handling_stale',
      severity: 'warning',
      title: `Litter born ${formatShortDate(bornOn)} (${countOf(litter.length, 'kitten')}) not handled for ${countOf(days, 'day')}`,
      detail,
      href: `/litters/${litter[0].litterId}`,
      on: since,
    };
    return [withHome(alert, litter[0].fosterHomeId)];
  });
  return [...ratAlerts, ...litterAlerts];
}

/** Bite incidents in the last 7 days alert, one alert per rat; a severe bite makes it danger. */
export function biteAlerts(rows: readonly IncidentAlertRow[], now: Date, _policy: Policy): Alert[] {
  const recent = rows.filter((r) => r.occurredAt.getTime() <= now.getTime() && now.getTime() - r.occurredAt.getTime() < BITE_ALERT_DAYS * DAY_MS);
  return [...groupBy(recent, (r) => r.ratId).values()].map((bites) => {
    const latest = bites.reduce((a, b) => (b.occurredAt > a.occurredAt ? b : a));
    const severe = bites.filter((b) => b.biteGrade === 'severe').length;
    const on = toIsoDate(latest.occurredAt);
    const alert = ratAlert(latest, {
      kind: 'bites_this_week',
      severity: severe > 0 ? 'danger' : 'warning',
      title: bites.length === 1 ? `${latest.ratName} bit someone this week` : `${latest.ratName} bit ${bites.length} times this week`,
      detail: `Last bite ${formatShortDate(on)}${severe > 0 ? `; ${countOf(severe, 'severe bite')} (deep or repeated)` : ''}. Review the handling plan with the foster.`,
      on,
    });
    return withHome(alert, latest.fosterHomeId);
  });
}

/** A foster home with more rats placed than its capacity in rats, or more cage groups than its capacity in cages, is over capacity. */
export function homeCapacityAlerts(rows: readonly HomeLoadRow[], now: Date, _policy: Policy): Alert[] {
  return rows.flatMap((home) => {
    const over = [
      home.ratsPlaced > home.capacityRats ? `${countOf(home.ratsPlaced, 'rat')} placed for ${countOf(home.capacityRats, 'place')}.` : null,
      home.cageGroups > home.capacityCages ? `${countOf(home.cageGroups, 'cage group')} for ${countOf(home.capacityCages, 'cage')}.` : null,
    ].filter((line): line is string => line !== null);
    if (over.length === 0) return [];
    return [
      {
        kind: 'home_over_capacity' as const,
        severity: 'warning' as const,
        fosterHomeId: home.fosterHomeId,
        title: `${home.name} is over capacity`,
        detail: `${over.join(' ')} Move rats to another home or raise the capacity if the home agrees.`,
        href: `/foster-homes/${home.fosterHomeId}`,
        on: todayIso(now),
      },
    ];
  });
}

/** An unneutered male older than hormonalMaleAgeDays with no neuter review on record alerts for a review; unknown birth dates are skipped. */
export function neuterReviewAlerts(rows: readonly MaleAgeRow[], now: Date, policy: Policy): Alert[] {
  return rows.flatMap((row) => {
    if (row.sex !== 'male' || row.neuteredOn !== null || row.neuterReviewedOn !== null || row.birthDate === null) return [];
    const ageDays = daysBetween(row.birthDate, todayIso(now));
    if (ageDays <= policy.hormonalMaleAgeDays) return [];
    return [
      ratAlert(row, {
        kind: 'neuter_review',
        severity: 'info',
        title: `${row.ratName} may need a neuter review`,
        detail: `Intact male, ${countOf(ageDays, 'day')} old. Males past about three months may turn hormonal: review neutering if stress or bites rise.`,
        on: addDays(row.birthDate, policy.hormonalMaleAgeDays),
      }),
    ];
  });
}

/** A rat whose latest weighing is more than weightLossAlertPercent below its heaviest in the weightLossWindowDays before alerts. */
export function weightLossAlerts(rows: readonly WeightAlertRow[], now: Date, policy: Policy): Alert[] {
  return [...groupBy(rows, (r) => r.ratId).values()].flatMap((weights) => {
    const loss = detectWeightLoss(weights, now, policy);
    if (!loss) return [];
    return [
      ratAlert(weights[0], {
        kind: 'weight_loss',
        severity: 'danger',
        title: `${weights[0].ratName} lost ${loss.lostPercent}% of body weight`,
        detail: `${loss.message} Weight loss is often the first sign of illness: arrange a health check.`,
        on: loss.latest.occurredOn,
      }),
    ];
  });
}

/** A cage group holding two or more intact males past the hormonal age warns once, naming them (a warning: many brothers live calmly together). */
export function hormonalMalesAlerts(rows: readonly CageMemberRow[], now: Date, policy: Policy): Alert[] {
  return [...groupBy(rows, (r) => r.cageGroupId).values()].flatMap((members) => {
    const warning = hormonalMalesWarning(
      members.map((m) => ({ name: m.ratName, sex: m.sex, neuteredOn: m.neuteredOn, birthDate: m.birthDate })),
      now,
      policy,
    );
    if (!warning) return [];
    const [first] = members;
    const alert: Alert = {
      kind: 'hormonal_males_together',
      severity: 'warning',
      title: `Intact adult males share ${first.cageGroupName}`,
      detail: warning,
      href: `/cage-groups/${first.cageGroupId}`,
      on: todayIso(now),
    };
    return [withHome(alert, first.fosterHomeId)];
  });
}

export type AlertRows = {
  quarantines: readonly QuarantineAlertRow[];
  watches: readonly WatchAlertRow[];
  cageMembers: readonly CageMemberRow[];
  handling: readonly HandlingRow[];
  incidents: readonly IncidentAlertRow[];
  homes: readonly HomeLoadRow[];
  males: readonly MaleAgeRow[];
  weights: readonly WeightAlertRow[];
};

/** All dashboard alerts from all row sets, sorted by sortAlerts. */
export function dashboardAlerts(rows: AlertRows, now: Date, policy: Policy): Alert[] {
  return sortAlerts([
    ...quarantineAlerts(rows.quarantines, now, policy),
    ...watchAlerts(rows.watches, now, policy),
    ...soloRatAlerts(rows.cageMembers, now, policy),
    ...handlingStaleAlerts(rows.handling, now, policy),
    ...biteAlerts(rows.incidents, now, policy),
    ...homeCapacityAlerts(rows.homes, now, policy),
    ...neuterReviewAlerts(rows.males, now, policy),
    ...weightLossAlerts(rows.weights, now, policy),
    ...hormonalMalesAlerts(rows.cageMembers, now, policy),
  ]);
}

const SEVERITY_RANK: Record<AlertSeverity, number> = { danger: 0, warning: 1, info: 2 };

/** One collator for every comparison: `localeCompare` builds one per call, which thousands of alerts feel. */
const byTitle = new Intl.Collator().compare;

/** Danger first, then warning, then info; within a severity the earliest date first, then by title. */
export function sortAlerts(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.on < b.on ? -1 : a.on > b.on ? 1 : 0) || byTitle(a.title, b.title),
  );
}
