/**
 * Litters born in care: the kittens become rats with an exact birth date and unknown sex, the dam's
 * pregnancy watch closes, and the litter gets its sex-separation deadline.
 */
import type { Policy } from './policy';
import type { Decision } from './sex-safety';
import { countOf, deadline, formatShortDate, inDays, todayIso } from './quarantine';
import { watchForLitter, watchState, WATCH_SOON_DAYS, type Watch, type WatchDraft, type WatchState } from './watches';
import { humanize, IN_CARE_STATUSES, type QuarantineReason, type RatStatus, type Sex, type WatchOutcome } from './vocabulary';

/** What a birth record holds: the dam, the sire where known, the birth date and how many kittens live. */
export type BirthRecord = {
  litterId: number | null;
  dam: { id: number; name: string };
  sireId: number | null;
  bornOn: string;
  aliveCount: number;
};

/** A kitten to insert as a rat. */
export type KittenDraft = {
  name: string;
  sex: 'unknown';
  birthDate: string;
  birthDateEstimated: false;
  damId: number;
  sireId: number | null;
  litterId: number | null;
};

/** A birth needs a whole, non-negative number of live kittens and a birth date no later than today. */
export function validateBirth(birth: BirthRecord, now: Date): Decision {
  if (!Number.isInteger(birth.aliveCount) || birth.aliveCount < 0) {
    return { ok: false, reason: 'The number of live kittens must be a whole number, 0 or more.' };
  }
  if (birth.bornOn > todayIso(now)) return { ok: false, reason: `A litter cannot be born in the future (${formatShortDate(birth.bornOn)}).` };
  return { ok: true };
}

/**
 * One rat draft per live kitten: exact birth date, sex unknown until sexed, named "<dam name> kitten N"
 * from 1, after the rattery's prefix when it has one.
 */
export function kittenDrafts(birth: BirthRecord, prefix = ''): KittenDraft[] {
  const start = prefix.trim() ? `${prefix.trim()} ` : '';
  return Array.from({ length: birth.aliveCount }, (_, i) => ({
    name: `${start}${birth.dam.name} kitten ${i + 1}`,
    sex: 'unknown' as const,
    birthDate: birth.bornOn,
    birthDateEstimated: false as const,
    damId: birth.dam.id,
    sireId: birth.sireId,
    litterId: birth.litterId,
  }));
}

export type WatchClosure = { watch: Watch; closedOn: string; outcome: 'litter_born'; outcomeNotes: string };

/** A birth while the dam's pregnancy watch is open (started on or before the birth) closes that watch on the birth date with outcome litter_born. */
export function closePregnancyWatchOnBirth(damWatches: readonly Watch[], birth: BirthRecord): WatchClosure | null {
  const watch = damWatches.find(
    (w) => w.ratId === birth.dam.id && w.kind === 'pregnancy' && w.closedOn === null && w.startedOn <= birth.bornOn,
  );
  if (!watch) return null;
  const kittens = birth.aliveCount === 1 ? '1 live kitten' : `${birth.aliveCount} live kittens`;
  return { watch, closedOn: birth.bornOn, outcome: 'litter_born', outcomeNotes: `Litter born on ${formatShortDate(birth.bornOn)}: ${kittens}.` };
}

export type BirthPlan = { kittens: KittenDraft[]; closeWatch: WatchClosure | null; separationWatch: WatchDraft | null };

/** Everything a valid birth record causes: the kitten drafts, the pregnancy watch it closes, and the sex-separation watch when kittens live. */
export function planBirth(birth: BirthRecord, damWatches: readonly Watch[], policy: Policy, prefix = ''): BirthPlan {
  return {
    kittens: kittenDrafts(birth, prefix),
    closeWatch: closePregnancyWatchOnBirth(damWatches, birth),
    separationWatch: birth.aliveCount > 0 ? watchForLitter({ litterId: birth.litterId, damId: birth.dam.id, bornOn: birth.bornOn }, policy) : null,
  };
}

/** The dam's open quarantine, as much of it as a kitten's needs. */
export type DamQuarantine = { reason: QuarantineReason; cohortId: number | null; startedOn: string; plannedEndOn: string };

export type KittenQuarantine = DamQuarantine;

/**
 * Kittens born to a dam in quarantine are in her quarantine too: the same reason, cohort and
 * planned end, from the birth date (they share her cage and her air). Null when she is not in quarantine.
 */
export function kittenQuarantine(dam: DamQuarantine | null, bornOn: string): KittenQuarantine | null {
  if (!dam) return null;
  const startedOn = bornOn < dam.startedOn ? dam.startedOn : bornOn;
  return { reason: dam.reason, cohortId: dam.cohortId, startedOn, plannedEndOn: dam.plannedEndOn < startedOn ? startedOn : dam.plannedEndOn };
}

export type LitterParent = { id: number; name: string; sex: Sex; status: RatStatus };

/**
 * A litter is recorded for a female in the rescue's care; the sire, when known, is a male other
 * than the dam. A dam whose earlier litter still waits to be split by sex has an open
 * sex-separation watch, and one rat holds one open watch of a kind: that litter is split first.
 */
export function canRecordLitter(dam: LitterParent, sire: LitterParent | null, openSeparation: { dueOn: string } | null): Decision {
  if (dam.sex !== 'female') return { ok: false, reason: `${dam.name} is not recorded as female, so she cannot be the dam of a litter.` };
  if (!(IN_CARE_STATUSES as readonly RatStatus[]).includes(dam.status)) {
    return { ok: false, reason: `${dam.name} is not in the rescue's care (${humanize(dam.status).toLowerCase()}): a litter is recorded for a rat in care.` };
  }
  if (sire && sire.id === dam.id) return { ok: false, reason: 'The sire cannot be the dam.' };
  if (sire && sire.sex !== 'male') return { ok: false, reason: `${sire.name} is not recorded as male, so he cannot be the sire. Leave the sire as unknown instead.` };
  if (openSeparation) {
    return {
      ok: false,
      reason: `${dam.name}'s earlier litter is still to be split by sex (by ${formatShortDate(openSeparation.dueOn)}). Close that sex-separation watch before recording another litter.`,
    };
  }
  return { ok: true };
}

export type SeparationStatus = { state: WatchState; text: string };

/** Where a litter's split by sex stands: done (or cancelled), or how long is left until the due date, or how late it is. */
export function separationStatus(watch: { dueOn: string; closedOn: string | null; outcome: WatchOutcome | null }, now: Date): SeparationStatus {
  const state = watchState(watch, now);
  if (watch.closedOn !== null) {
    return { state, text: watch.outcome === 'separated' ? `Split by sex on ${formatShortDate(watch.closedOn)}.` : `Watch closed on ${formatShortDate(watch.closedOn)} without a split.` };
  }
  const clock = deadline(watch.dueOn, now, WATCH_SOON_DAYS);
  if (clock.state === 'overdue') return { state, text: `${countOf(clock.daysOverdue, 'day')} late: split the litter by sex today.` };
  return { state, text: `Split by sex by ${formatShortDate(watch.dueOn)}: ${inDays(clock.daysLeft)}.` };
}
