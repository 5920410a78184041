/**
 * Watches: dated safety windows beside quarantine. `pregnancy` for a female who may have met an
 * intact male, `post_neuter` while a neutered male is not sterile yet, `sex_separation` for a
 * litter that must be split by sex before the males can breed.
 */
import { addDays, daysBetween } from './dates';
import type { Policy } from './policy';
import { countsAsIntact, sterileFrom, type Decision, type SexSafetyRat } from './sex-safety';
import { countOf, deadline, formatShortDate, todayIso, type DeadlineState } from './quarantine';
import type { Sex, WatchKind, WatchOutcome } from './vocabulary';

/** Rescue policy: a watch within this many days of its due date shows as due soon. */
export const WATCH_SOON_DAYS = 3;

export const WATCH_KIND_LABELS: Record<WatchKind, string> = {
  pregnancy: 'Pregnancy watch',
  post_neuter: 'Post-neuter watch',
  sex_separation: 'Litter sex separation',
};

/** A watch as the database row reads (date columns are 'YYYY-MM-DD'). */
export type Watch = {
  ratId: number;
  kind: WatchKind;
  litterId: number | null;
  startedOn: string;
  dueOn: string;
  closedOn: string | null;
  outcome: WatchOutcome | null;
};

/** A watch to open, with the reason in words. */
export type WatchDraft = Pick<Watch, 'ratId' | 'kind' | 'litterId' | 'startedOn' | 'dueOn'> & { reason: string };

/** How long each kind runs from its start: pregnancyWatchDays, postNeuterSterileDays, or litterSeparationDay from birth. */
export function watchDays(kind: WatchKind, policy: Policy): number {
  if (kind === 'pregnancy') return policy.pregnancyWatchDays;
  if (kind === 'post_neuter') return policy.postNeuterSterileDays;
  return policy.litterSeparationDay;
}

/** A watch is due its kind's days after it starts (for a litter, the start is the birth date). */
export function watchDueOn(kind: WatchKind, startedOn: string, policy: Policy): string {
  return addDays(startedOn, watchDays(kind, policy));
}

function draft(kind: WatchKind, ratId: number, startedOn: string, policy: Policy, reason: string, litterId: number | null = null): WatchDraft {
  return { ratId, kind, litterId, startedOn, dueOn: watchDueOn(kind, startedOn, policy), reason };
}

export type IntakeWatchRat = { ratId: number; sex: Sex };

/**
 * A mixed-sex intake puts every female on pregnancy watch from the intake date, and so does an
 * intake whose rats include both a female and a male, ticked or not: rats that arrive together
 * were usually kept together. The tick covers rats whose sex is not known yet. Males get none; a
 * rat of unknown sex gets one once sexed as female; a single-sex intake opens none.
 */
export function watchesForIntake(intake: { intakeDate: string; mixedSex: boolean }, rats: readonly IntakeWatchRat[], policy: Policy): WatchDraft[] {
  const bothSexes = rats.some((r) => r.sex === 'female') && rats.some((r) => r.sex === 'male');
  if (!intake.mixedSex && !bothSexes) return [];
  const why = intake.mixedSex ? 'She came in with males in a mixed-sex intake.' : 'She came in with males in the same intake.';
  return rats.filter((r) => r.sex === 'female').map((r) => draft('pregnancy', r.ratId, intake.intakeDate, policy, why));
}

/** A female exposed to an intact male goes on pregnancy watch from the exposure date; others need none. */
export function watchForExposure(rat: IntakeWatchRat, exposedOn: string, policy: Policy): WatchDraft | null {
  if (rat.sex !== 'female') return null;
  return draft('pregnancy', rat.ratId, exposedOn, policy, `She was with an intact male on ${formatShortDate(exposedOn)}.`);
}

export type NeuterWatch = { draft: WatchDraft | null; message: string | null };

/**
 * A neuter of a male opens a post_neuter watch, due the day he stops counting as intact (neutered
 * on + postNeuterSterileDays). A neuter recorded late, whose sterile day has already come, opens no
 * watch (it would be overdue at once) and says he already counts as sterile.
 */
export function watchForNeuter(rat: IntakeWatchRat, neuteredOn: string, now: Date, policy: Policy): NeuterWatch {
  if (rat.sex !== 'male') return { draft: null, message: null };
  const watch = draft('post_neuter', rat.ratId, neuteredOn, policy, `Neutered on ${formatShortDate(neuteredOn)}: not sterile yet.`);
  if (watch.dueOn <= todayIso(now)) {
    return {
      draft: null,
      message: `Neutered on ${formatShortDate(neuteredOn)}, he has counted as sterile since ${formatShortDate(watch.dueOn)}: no post-neuter watch is needed.`,
    };
  }
  return { draft: watch, message: `${watch.reason} He counts as intact until ${formatShortDate(watch.dueOn)}: keep him away from females until then.` };
}

/** A litter opens a sex_separation watch on its dam, due on day litterSeparationDay of the litter's life (born on + 35). */
export function watchForLitter(litter: { litterId: number | null; damId: number; bornOn: string }, policy: Policy): WatchDraft {
  const reason = `Males can be fertile from day ${policy.litterSeparationDay}: split the litter by sex before then.`;
  return draft('sex_separation', litter.damId, litter.bornOn, policy, reason, litter.litterId);
}

/** A male may join females only once he no longer counts as intact (neutered on + postNeuterSterileDays, see countsAsIntact). */
export function mayJoinFemales(rat: SexSafetyRat, now: Date, policy: Policy): Decision {
  if (rat.sex !== 'male' || !countsAsIntact(rat, now, policy.postNeuterSterileDays)) return { ok: true };
  const from = sterileFrom(rat, policy.postNeuterSterileDays);
  if (from === null) return { ok: false, reason: `${rat.name} is an intact male: he may not join females.` };
  const left = daysBetween(todayIso(now), from);
  return {
    ok: false,
    reason: `${rat.name} was neutered on ${formatShortDate(rat.neuteredOn!)} and is not sterile until ${formatShortDate(from)} (${countOf(left, 'day')} to go): he may not join females before then.`,
  };
}

export type WatchState = DeadlineState | 'closed';

/** A closed watch is closed; an open one is due soon from WATCH_SOON_DAYS before its due date through that day, and overdue after it. */
export function watchState(watch: Pick<Watch, 'dueOn' | 'closedOn'>, now: Date): WatchState {
  if (watch.closedOn !== null) return 'closed';
  return deadline(watch.dueOn, now, WATCH_SOON_DAYS).state;
}

/** Which outcomes close each kind of watch. */
export const WATCH_OUTCOMES_BY_KIND: Record<WatchKind, readonly WatchOutcome[]> = {
  pregnancy: ['not_pregnant', 'litter_born', 'cancelled'],
  post_neuter: ['sterile', 'cancelled'],
  sex_separation: ['separated', 'cancelled'],
};

/** Outcomes that declare a rat safe, so they may not be recorded before the watch is due. */
const ALL_CLEAR_OUTCOMES: readonly WatchOutcome[] = ['not_pregnant', 'sterile'];

/**
 * A watch closes with an outcome that fits its kind, on a date not before it started; 'not pregnant'
 * and 'sterile' only from the due date; a closed watch stays closed.
 */
export function canCloseWatch(watch: Watch, outcome: WatchOutcome, closedOn: string): Decision {
  if (watch.closedOn !== null) return { ok: false, reason: `This watch already closed on ${formatShortDate(watch.closedOn)}.` };
  if (!WATCH_OUTCOMES_BY_KIND[watch.kind].includes(outcome)) {
    return { ok: false, reason: `A ${WATCH_KIND_LABELS[watch.kind].toLowerCase()} cannot close as ${outcome.replace(/_/g, ' ')}.` };
  }
  if (closedOn < watch.startedOn) {
    return { ok: false, reason: `A watch cannot close on ${formatShortDate(closedOn)}, before it started on ${formatShortDate(watch.startedOn)}.` };
  }
  if (ALL_CLEAR_OUTCOMES.includes(outcome) && closedOn < watch.dueOn) {
    return { ok: false, reason: `It is too early to close as ${outcome.replace(/_/g, ' ')}: the watch runs until ${formatShortDate(watch.dueOn)}.` };
  }
  return { ok: true };
}
