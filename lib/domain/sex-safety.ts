import { addDays, toIsoDate } from './dates';
import type { Sex } from './vocabulary';

export type Decision = { ok: true } | { ok: false; reason: string };

export type SexSafetyRat = { name: string; sex: Sex; neuteredOn: string | null };

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

/**
 * An intact male and a female never live together or meet. A rat of unknown sex is treated as
 * possibly either, so it may not join a group with an intact male or a female until sexed.
 */
export function canLiveTogether(rats: readonly SexSafetyRat[], now: Date, postNeuterSterileDays: number): Decision {
  const intactMales = rats.filter((r) => countsAsIntact(r, now, postNeuterSterileDays));
  const females = rats.filter((r) => r.sex === 'female');
  const unknown = rats.filter((r) => r.sex === 'unknown');
  if (intactMales.length > 0 && females.length > 0) {
    const male = intactMales[0];
    const recentlyNeutered = male.neuteredOn
      ? ` He was neutered on ${male.neuteredOn} and counts as intact until ${sterileFrom(male, postNeuterSterileDays)}.`
      : '';
    return {
      ok: false,
      reason: `${male.name} is an intact male and ${females[0].name} is female: they cannot share a cage or meet, or there will be a litter.${recentlyNeutered}`,
    };
  }
  if (unknown.length > 0 && (intactMales.length > 0 || females.length > 0) && rats.length > 1) {
    const other = intactMales[0] ?? females[0];
    return {
      ok: false,
      reason: `${unknown[0].name}'s sex is not known yet, so ${unknown[0].name} cannot live with ${other.name} until sexed.`,
    };
  }
  return { ok: true };
}
