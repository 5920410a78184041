/**
 * Litters born in care: the kittens become rats with an exact birth date and unknown sex, the dam's
 * pregnancy watch closes, and the litter gets its sex-separation deadline.
 */
import type { Policy } from './policy';
import type { Decision } from './sex-safety';
import { formatShortDate, todayIso } from './quarantine';
import { watchForLitter, type Watch, type WatchDraft } from './watches';

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

/** One rat draft per live kitten: exact birth date, sex unknown until sexed, named "<dam name> kitten N" from 1. */
export function kittenDrafts(birth: BirthRecord): KittenDraft[] {
  return Array.from({ length: birth.aliveCount }, (_, i) => ({
    name: `${birth.dam.name} kitten ${i + 1}`,
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
export function planBirth(birth: BirthRecord, damWatches: readonly Watch[], policy: Policy): BirthPlan {
  return {
    kittens: kittenDrafts(birth),
    closeWatch: closePregnancyWatchOnBirth(damWatches, birth),
    separationWatch: birth.aliveCount > 0 ? watchForLitter({ litterId: birth.litterId, damId: birth.dam.id, bornOn: birth.bornOn }, policy) : null,
  };
}
