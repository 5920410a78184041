import { addDays, daysBetween, toIsoDate } from './dates';
import type { Policy } from './policy';
import { formatShortDate, listInWords } from './quarantine';
import type { Sex } from './vocabulary';

export type Decision = { ok: true } | { ok: false; reason: string };

export type SexSafetyRat = { name: string; sex: Sex; neuteredOn: string | null; birthDate?: string | null };

type SexSafetyPolicy = Pick<Policy, 'postNeuterSterileDays' | 'litterSeparationDay'>;

/**
 * A male counts as intact until `neuteredOn + postNeuterSterileDays`: a castrated male is not
 * sterile for about four weeks.
 */
export function countsAsIntact(rat: Pick<SexSafetyRat, 'sex' | 'neuteredOn'>, now: Date, postNeuterSterileDays: number): boolean {
  if (rat.sex !== 'male') return false;
  if (!rat.neuteredOn) return true;
  return toIsoDate(now) < addDays(rat.neuteredOn, postNeuterSterileDays);
}

/** The day a neutered male stops counting as intact, or null when he is not neutered. */
export function sterileFrom(rat: Pick<SexSafetyRat, 'neuteredOn'>, postNeuterSterileDays: number): string | null {
  return rat.neuteredOn ? addDays(rat.neuteredOn, postNeuterSterileDays) : null;
}

/** A kitten younger than the litter-separation day cannot breed yet (males are fertile from about five weeks). */
export function isUnweanedKitten(rat: Pick<SexSafetyRat, 'birthDate'>, now: Date, litterSeparationDay: number): boolean {
  return !!rat.birthDate && daysBetween(rat.birthDate, toIsoDate(now)) < litterSeparationDay;
}

/**
 * An intact male and a female never share a cage group or meet. A rat whose sex is not known
 * yet may be either, so it may not live with an intact male or a female until sexed. Kittens
 * younger than the litter-separation day are exempt: they stay with their mother and littermates
 * until the sex-separation watch is due.
 */
export function canLiveTogether(rats: readonly SexSafetyRat[], now: Date, policy: SexSafetyPolicy): Decision {
  const breeding = rats.filter((r) => !isUnweanedKitten(r, now, policy.litterSeparationDay));
  const intactMale = breeding.find((r) => countsAsIntact(r, now, policy.postNeuterSterileDays));
  const female = breeding.find((r) => r.sex === 'female');
  if (intactMale && female) {
    const neuterNote = intactMale.neuteredOn
      ? ` He was neutered on ${formatShortDate(intactMale.neuteredOn)} and counts as intact until ${formatShortDate(sterileFrom(intactMale, policy.postNeuterSterileDays)!)}.`
      : '';
    return {
      ok: false,
      reason: `${intactMale.name} is an intact male and ${female.name} is female: they cannot live together or meet, or there will be a litter.${neuterNote}`,
    };
  }
  const unknown = breeding.find((r) => r.sex === 'unknown');
  const other = intactMale ?? female;
  if (unknown && other) {
    return {
      ok: false,
      reason: `${unknown.name}'s sex is not recorded yet, so ${unknown.name} cannot live with ${other.name} until sexed.`,
    };
  }
  return { ok: true };
}

type HormonalPolicy = Pick<Policy, 'postNeuterSterileDays' | 'hormonalMaleAgeDays'>;

/** An intact male (not neutered, or not yet sterile) older than the hormonal age; unknown birth dates are not counted. */
export function isHormonalMale(rat: SexSafetyRat, now: Date, policy: HormonalPolicy): boolean {
  if (!countsAsIntact(rat, now, policy.postNeuterSterileDays) || !rat.birthDate) return false;
  return daysBetween(rat.birthDate, toIsoDate(now)) > policy.hormonalMaleAgeDays;
}

/**
 * Two or more intact males past the hormonal age sharing a cage group may fight: a warning, never
 * a block (many pairs of brothers live together calmly), naming them with the reason.
 */
export function hormonalMalesWarning(rats: readonly SexSafetyRat[], now: Date, policy: HormonalPolicy): string | null {
  const males = rats.filter((r) => isHormonalMale(r, now, policy));
  if (males.length < 2) return null;
  return `${listInWords(males.map((r) => r.name))} are intact males older than ${policy.hormonalMaleAgeDays} days sharing a cage: hormonal males may fight. Watch for puffing up, sidling and scuffles, and consider a neuter review or separate cages.`;
}
