/**
 * Quarantine clocks. A quarantine is a dated period for one rat with a planned end from policy;
 * a symptom during it restarts the clock, and a coordinator may release the rat only once the
 * clock has run out with no symptom left unaccounted for. Quarantined rats meet only their cohort.
 */
import { addDays, daysBetween, toIsoDate } from './dates';
import type { Policy } from './policy';
import type { Decision } from './sex-safety';
import { LEFT_CARE_STATUSES, type QuarantineReason, type RatStatus, type Symptom } from './vocabulary';

// ---------------------------------------------------------------------------------------------
// Small date and wording helpers shared by the safety rules (quarantine, watches, alerts)
// ---------------------------------------------------------------------------------------------
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Today's calendar date (UTC) as 'YYYY-MM-DD'. */
export function todayIso(now: Date): string {
  return toIsoDate(now);
}

/** '2026-11-05' reads as '5 Nov' in messages. */
export function formatShortDate(isoDate: string): string {
  const [, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]}`;
}

/** '1 day', '3 days': a count with its noun, plural when not one. */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** 'a', 'a and b', 'a, b and c'. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export type DeadlineState = 'open' | 'due_soon' | 'overdue';
export type Deadline = { state: DeadlineState; daysLeft: number; daysOverdue: number };

/** A deadline is due soon from `soonDays` before it through the day itself, and overdue from the day after. */
export function deadline(dueOn: string, now: Date, soonDays: number): Deadline {
  const daysLeft = daysBetween(todayIso(now), dueOn);
  if (daysLeft < 0) return { state: 'overdue', daysLeft: 0, daysOverdue: -daysLeft };
  return { state: daysLeft <= soonDays ? 'due_soon' : 'open', daysLeft, daysOverdue: 0 };
}

/** 'today', 'tomorrow', 'in 3 days'. */
export function inDays(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  return daysLeft === 1 ? 'tomorrow' : `in ${countOf(daysLeft, 'day')}`;
}

// ---------------------------------------------------------------------------------------------
// Quarantine periods
// ---------------------------------------------------------------------------------------------
/** Rescue policy: a quarantine ending within this many days shows as ending soon. */
export const QUARANTINE_SOON_DAYS = 3;

/** A quarantine period as the database row reads (date columns are 'YYYY-MM-DD'). */
export type QuarantinePeriod = {
  ratId: number;
  reason: QuarantineReason;
  cohortId: number | null;
  startedOn: string;
  plannedEndOn: string;
  restartedOn: string | null;
  endedOn: string | null;
};

/** An illness or health-check record with the symptoms seen that day (an empty list still counts as illness). */
export type SymptomRecord = { occurredOn: string; symptoms: readonly Symptom[] };

/** Quarantine length for a reason: quarantineDays for intake or illness, quarantineDaysAfterExposure after a show or exposure. */
export function quarantineDaysFor(reason: QuarantineReason, policy: Policy): number {
  return reason === 'show' || reason === 'exposure' ? policy.quarantineDaysAfterExposure : policy.quarantineDays;
}

/** The planned end is the start date plus the reason's quarantine days. */
export function plannedEndFor(reason: QuarantineReason, startedOn: string, policy: Policy): string {
  return addDays(startedOn, quarantineDaysFor(reason, policy));
}

/** A new open quarantine for a rat: planned end from the policy for its reason, no restart yet. */
export function startQuarantine(
  rat: { ratId: number; cohortId?: number | null },
  reason: QuarantineReason,
  startedOn: string,
  policy: Policy,
): QuarantinePeriod {
  return {
    ratId: rat.ratId,
    reason,
    cohortId: rat.cohortId ?? null,
    startedOn,
    plannedEndOn: plannedEndFor(reason, startedOn, policy),
    restartedOn: null,
    endedOn: null,
  };
}

/** A period is open from its start until the day it ended (released periods are closed). */
export function isQuarantineOpen(period: Pick<QuarantinePeriod, 'startedOn' | 'endedOn'>, now: Date): boolean {
  const today = todayIso(now);
  return period.startedOn <= today && (period.endedOn === null || period.endedOn > today);
}

/** 'sneezing and porphyrin', or 'an illness' when no symptom was named. */
export function symptomsInWords(symptoms: readonly Symptom[]): string {
  if (symptoms.length === 0) return 'an illness';
  return listInWords(symptoms.map((s) => s.replace(/_/g, ' ')));
}

export type QuarantineRestart =
  | {
      restarted: true;
      patch: Pick<QuarantinePeriod, 'restartedOn' | 'plannedEndOn'> & { restartReason: string };
      message: string;
    }
  | { restarted: false; message: string };

function restartRefusal(period: QuarantinePeriod, symptom: SymptomRecord, now: Date): string | null {
  const when = formatShortDate(symptom.occurredOn);
  if (symptom.occurredOn > todayIso(now)) return `The symptom is dated ${when}, which is in the future: the quarantine was not restarted.`;
  if (symptom.occurredOn < period.startedOn) {
    return `The symptom on ${when} was before this quarantine began on ${formatShortDate(period.startedOn)}: the quarantine was not restarted.`;
  }
  if (period.endedOn !== null && symptom.occurredOn > period.endedOn) {
    return `This quarantine ended on ${formatShortDate(period.endedOn)}, before the symptom on ${when}: start a new illness quarantine instead.`;
  }
  return null;
}

/**
 * A symptom during quarantine restarts the clock from the symptom date: the new planned end is the
 * symptom date plus the reason's days, never earlier than the current planned end.
 */
export function restartOnSymptom(period: QuarantinePeriod, symptom: SymptomRecord, now: Date, policy: Policy): QuarantineRestart {
  const refusal = restartRefusal(period, symptom, now);
  if (refusal) return { restarted: false, message: refusal };
  const fromSymptom = addDays(symptom.occurredOn, quarantineDaysFor(period.reason, policy));
  const plannedEndOn = fromSymptom > period.plannedEndOn ? fromSymptom : period.plannedEndOn;
  const restartedOn = period.restartedOn && period.restartedOn > symptom.occurredOn ? period.restartedOn : symptom.occurredOn;
  const what = symptomsInWords(symptom.symptoms);
  const endWords =
    plannedEndOn === period.plannedEndOn
      ? `planned end stays ${formatShortDate(plannedEndOn)}`
      : `planned end moved from ${formatShortDate(period.plannedEndOn)} to ${formatShortDate(plannedEndOn)}`;
  return {
    restarted: true,
    patch: { restartedOn, plannedEndOn, restartReason: `${what} on ${formatShortDate(symptom.occurredOn)}` },
    message: `Quarantine restarted on ${formatShortDate(symptom.occurredOn)} after ${what}: ${endWords}.`,
  };
}

function latestSymptom(symptoms: readonly SymptomRecord[], today: string): SymptomRecord | null {
  const past = symptoms.filter((s) => s.occurredOn <= today);
  return past.reduce<SymptomRecord | null>((latest, s) => (latest && latest.occurredOn >= s.occurredOn ? latest : s), null);
}

/**
 * The release rule, checked in this order: refused once already released; refused while a symptom
 * recorded during the quarantine has not restarted the clock (on or after the start when never
 * restarted, after the last restart otherwise); refused while the last symptom is recent, meaning
 * less than the reason's full quarantine days ago (guards a planned end edited short by hand);
 * refused before the planned end. Allowed from the planned end onwards.
 */
export function canRelease(period: QuarantinePeriod, symptoms: readonly SymptomRecord[], now: Date, policy: Policy): Decision {
  const today = todayIso(now);
  if (period.endedOn !== null) return { ok: false, reason: `This quarantine already ended on ${formatShortDate(period.endedOn)}.` };
  const latest = latestSymptom(
    symptoms.filter((s) => s.occurredOn >= period.startedOn),
    today,
  );
  // A symptom on the day the clock (re)started is already covered by it.
  if (latest && latest.occurredOn > (period.restartedOn ?? period.startedOn)) {
    return {
      ok: false,
      reason: `${upperFirst(symptomsInWords(latest.symptoms))} was recorded on ${formatShortDate(latest.occurredOn)}, after the clock last started: restart the quarantine from that date before release.`,
    };
  }
  if (today < period.plannedEndOn) {
    // A symptom restarted the clock: the refusal names it, not only the planned end.
    const cause = latest && period.restartedOn ? `, restarted after ${symptomsInWords(latest.symptoms)} on ${formatShortDate(latest.occurredOn)}` : '';
    return {
      ok: false,
      reason: `Quarantine runs until ${formatShortDate(period.plannedEndOn)}${cause} (${countOf(daysBetween(today, period.plannedEndOn), 'day')} left): release is possible from that day.`,
    };
  }
  const days = quarantineDaysFor(period.reason, policy);
  if (latest && daysBetween(latest.occurredOn, today) < days) {
    return {
      ok: false,
      reason: `The last symptom (${symptomsInWords(latest.symptoms)} on ${formatShortDate(latest.occurredOn)}) is less than ${days} days ago: release from ${formatShortDate(addDays(latest.occurredOn, days))}.`,
    };
  }
  return { ok: true };
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type QuarantineClock = Deadline & { label: string };

/** For an open period: days left until the planned end ('ends today' on the day), or days overdue for release after it. */
export function quarantineClock(period: Pick<QuarantinePeriod, 'plannedEndOn'>, now: Date): QuarantineClock {
  const clock = deadline(period.plannedEndOn, now, QUARANTINE_SOON_DAYS);
  const label =
    clock.state === 'overdue'
      ? `${countOf(clock.daysOverdue, 'day')} overdue for release`
      : clock.daysLeft === 0
        ? 'Ends today'
        : `${countOf(clock.daysLeft, 'day')} left`;
  return { ...clock, label };
}

// ---------------------------------------------------------------------------------------------
// Starting, extending and releasing by hand
// ---------------------------------------------------------------------------------------------
/** The reasons a coordinator may start a quarantine by hand for a rat already in care (intake quarantines start with the intake). */
export const MANUAL_QUARANTINE_REASONS = ['show', 'exposure', 'illness', 'adoption_return'] as const satisfies readonly QuarantineReason[];
export type ManualQuarantineReason = (typeof MANUAL_QUARANTINE_REASONS)[number];

export const QUARANTINE_REASON_LABELS: Record<QuarantineReason, string> = {
  intake: 'Intake',
  illness: 'Illness',
  exposure: 'Exposure to sick rats',
  show: 'Back from a show',
  adoption_return: 'Returned from adoption',
};

/** 'Bo is in quarantine (back from a show) from 23 Nov until 4 Jan.' */
export function quarantineStartedMessage(ratName: string, q: Pick<QuarantinePeriod, 'reason' | 'startedOn' | 'plannedEndOn'>): string {
  return `${ratName} is in quarantine (${QUARANTINE_REASON_LABELS[q.reason].toLowerCase()}) from ${formatShortDate(q.startedOn)} until ${formatShortDate(q.plannedEndOn)}.`;
}

/** 'Bo’s quarantine extended from 4 Jan to 11 Jan: why', from the extension's own note. */
export function quarantineExtendedMessage(ratName: string, extensionNote: string): string {
  return `${ratName}’s ${extensionNote.charAt(0).toLowerCase()}${extensionNote.slice(1)}`;
}

export type QuarantineStartRat = {
  name: string;
  status: RatStatus;
  openQuarantine: Pick<QuarantinePeriod, 'plannedEndOn'> | null;
  home: { name: string; canQuarantine: boolean } | null;
};

/**
 * A quarantine may be started by hand for a rat in care that is not already in one, from today or
 * a past date (a symptom or a show seen earlier), in a home that can quarantine.
 */
export function canStartQuarantine(rat: QuarantineStartRat, startedOn: string, now: Date): Decision {
  if ((LEFT_CARE_STATUSES as readonly RatStatus[]).includes(rat.status)) {
    return { ok: false, reason: `${rat.name} has left the rescue’s care: there is no quarantine to start.` };
  }
  if (rat.openQuarantine) {
    return { ok: false, reason: `${rat.name} is already in quarantine until ${formatShortDate(rat.openQuarantine.plannedEndOn)}: extend that quarantine instead.` };
  }
  if (startedOn > todayIso(now)) return { ok: false, reason: `A quarantine cannot start in the future (${formatShortDate(startedOn)}): start it on the day.` };
  if (rat.home && !rat.home.canQuarantine) {
    return { ok: false, reason: `${rat.home.name} cannot quarantine: move ${rat.name} to a home that can before starting the quarantine.` };
  }
  return { ok: true };
}

export type QuarantineExtension = { ok: false; reason: string } | { ok: true; plannedEndOn: string; message: string };

/** An open quarantine may be extended to a later planned end, always with a reason that is kept with it. */
export function extendQuarantine(period: Pick<QuarantinePeriod, 'plannedEndOn' | 'endedOn'>, until: string, why: string): QuarantineExtension {
  if (period.endedOn !== null) return { ok: false, reason: `This quarantine already ended on ${formatShortDate(period.endedOn)}: start a new one instead.` };
  if (until <= period.plannedEndOn) {
    return { ok: false, reason: `The new end must be after the current planned end, ${formatShortDate(period.plannedEndOn)}.` };
  }
  return { ok: true, plannedEndOn: until, message: `Quarantine extended from ${formatShortDate(period.plannedEndOn)} to ${formatShortDate(until)}: ${why}` };
}

/**
 * Cage-mates share air: releasing one rat while a cage-mate stays in quarantine needs a
 * confirmation naming the cage-mates. Null when no cage-mate is in quarantine.
 */
export function cageMatesInQuarantineWarning(ratName: string, mates: ReadonlyArray<{ name: string; plannedEndOn: string }>): string | null {
  if (mates.length === 0) return null;
  const who = listInWords(mates.map((m) => `${m.name} (until ${formatShortDate(m.plannedEndOn)})`));
  const verb = mates.length === 1 ? 'stays' : 'stay';
  return `${who} ${verb} in quarantine in ${ratName}’s cage and ${mates.length === 1 ? 'shares' : 'share'} its air, so ${ratName} may still carry what they have. Confirm to release ${ratName} anyway.`;
}

// ---------------------------------------------------------------------------------------------
// Cohort rule
// ---------------------------------------------------------------------------------------------
/** A rat with its quarantine period, if any (closed periods are ignored). */
export type CohortRat = {
  name: string;
  quarantine: Pick<QuarantinePeriod, 'cohortId' | 'startedOn' | 'plannedEndOn' | 'endedOn'> | null;
};

function openPeriod(rat: CohortRat, now: Date): CohortRat['quarantine'] {
  return rat.quarantine && isQuarantineOpen(rat.quarantine, now) ? rat.quarantine : null;
}

/**
 * Quarantined rats may share a cage group or meet only rats of their own quarantine cohort; a rat in
 * quarantine without a cohort meets nobody, and a rat outside quarantine meets no quarantined rat.
 */
export function cohortAllows(rats: readonly CohortRat[], now: Date): Decision {
  const quarantined = rats.filter((r) => openPeriod(r, now));
  if (quarantined.length === 0 || rats.length < 2) return { ok: true };
  const first = quarantined[0];
  const firstPeriod = openPeriod(first, now)!;
  const until = `is in quarantine until ${formatShortDate(firstPeriod.plannedEndOn)}`;
  const outsider = rats.find((r) => !openPeriod(r, now));
  if (outsider) return { ok: false, reason: `${first.name} ${until} and may not meet ${outsider.name}, who is not in quarantine.` };
  if (firstPeriod.cohortId === null) return { ok: false, reason: `${first.name} ${until} on its own and may not meet other rats.` };
  const stranger = quarantined.find((r) => openPeriod(r, now)!.cohortId !== firstPeriod.cohortId);
  if (stranger) {
    return { ok: false, reason: `${first.name} and ${stranger.name} are in different quarantine cohorts: they may not share a cage or meet until both are released.` };
  }
  return { ok: true };
}

/** Open quarantines on one page of the list: the page stays the same size however many rats are in quarantine. */
export const QUARANTINES_PER_PAGE = 30;
