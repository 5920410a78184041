/**
 * The public listing: which units adopters may see (a bonded cage group that leaves together, or
 * a single rat only to join a home that already has rats), and how a unit reads to them: age,
 * sex and neuter status, temperament in plain words, time in care, fee. Nothing here knows a
 * foster home, a person or a note: the public rows never carry them.
 */
import { experienceNeeded, type ExperienceRat } from './adopter-fit';
import { daysBetween, toIsoDate } from './dates';
import type { Policy } from './policy';
import { listInWords } from './quarantine';
import type { Decision } from './sex-safety';
import type { BiteRisk, ExperienceLevel, RatStatus, Sex, TemperamentCategory } from './vocabulary';

export type ListingKind = 'group' | 'rat';

/** One rat of a unit, as the public listing query reads it (public fields only). */
export type ListingRat = {
  ratId: number;
  name: string;
  sex: Sex;
  status: RatStatus;
  birthDate: string | null;
  birthDateEstimated: boolean;
  neuteredOn: string | null;
  variety: string | null;
  /** 'YYYY-MM-DD': the day the rat came into the rescue's care. */
  inCareSince: string;
  /** The derived trust step; null before the first handling session. */
  trustStep: number | null;
  /** The latest temperament assessment, or null when never assessed. */
  assessment: { category: TemperamentCategory; biteRisk: BiteRisk } | null;
  /** The rat's main photo (its public thumbnail), if any. */
  photoId: number | null;
};

/**
 * A listing as stored, with the rats it covers now: a group's current cage-mates, or the single
 * rat and how many cage-mates it has (a rat with cage-mates is listed with its group instead).
 */
export type ListingCandidate = {
  listingId: number;
  kind: ListingKind;
  listed: boolean;
  joinsResidentRats: boolean;
  rats: readonly ListingRat[];
  /** For a single rat: how many rats share its cage now. */
  cageMates: number;
};

type ListingPolicy = Pick<Policy, 'minimumAdoptionGroup'>;

/**
 * What stops a unit from being offered, in words (empty: it may be listed). A cage group leaves
 * together, so every rat in it must be available and there must be at least the minimum adoption
 * group; a single rat must be available, live alone, and be offered only to join a home with rats.
 */
export function listingProblems(unit: Omit<ListingCandidate, 'listed' | 'listingId'>, policy: ListingPolicy): string[] {
  const problems: string[] = [];
  const notAvailable = unit.rats.filter((r) => r.status !== 'available');
  if (notAvailable.length > 0) {
    problems.push(`${listInWords(notAvailable.map((r) => r.name))} ${notAvailable.length === 1 ? 'is' : 'are'} not available: only available rats are listed.`);
  }
  if (unit.kind === 'group') {
    if (unit.rats.length < policy.minimumAdoptionGroup) {
      problems.push(`The cage group has ${unit.rats.length === 0 ? 'no rats' : unit.rats.length === 1 ? 'one rat' : `${unit.rats.length} rats`}: a group is listed with at least ${policy.minimumAdoptionGroup}, who leave together.`);
    }
  } else {
    if (unit.cageMates > 0) problems.push(`${unit.rats[0]?.name ?? 'This rat'} shares a cage: list the cage group, so they leave together.`);
    if (!unit.joinsResidentRats) problems.push('A rat on its own is listed only to join a home that already has rats: tick that first.');
  }
  return problems;
}

/** A unit shows on the public pages only while it is listed and nothing stops it (see listingProblems). */
export function isPubliclyShown(unit: ListingCandidate, policy: ListingPolicy): boolean {
  return unit.listed && unit.rats.length > 0 && listingProblems(unit, policy).length === 0;
}

/** Whether a coordinator may tick "list publicly" now. */
export function canList(unit: Omit<ListingCandidate, 'listed' | 'listingId'>, policy: ListingPolicy): Decision {
  const problems = listingProblems(unit, policy);
  return problems.length === 0 ? { ok: true } : { ok: false, reason: problems.join(' ') };
}

// ---------------------------------------------------------------------------------------------
// How a rat reads to an adopter
// ---------------------------------------------------------------------------------------------
const CATEGORY_WORDS: Record<TemperamentCategory, string> = {
  confident: 'confident',
  shy: 'shy',
  fearful: 'nervous',
  defensive: 'wary of hands',
  hormonal: 'a lively, hormonal boy',
};

/** The trust step in an adopter's words. */
function handlingWords(step: number | null): string {
  if (step === null) return 'still getting to know people';
  if (step >= 8) return 'cuddly';
  if (step === 7) return 'loves exploring with people';
  if (step === 6) return 'happy to be handled';
  if (step >= 4) return 'coming to the hand';
  return 'still learning to trust people';
}

const EXPERIENCE_CLAUSE: Record<ExperienceLevel, string> = {
  new: '',
  some: 'best with someone who has kept rats before',
  experienced: 'needs a patient home with rat experience',
};

/**
 * A rat's temperament in plain words, from its latest assessment and its current trust step,
 * with the experience it needs (the adopter-fit rule): "confident and cuddly", "shy, needs a
 * patient home with rat experience".
 */
export function temperamentSummary(rat: Pick<ListingRat, 'name' | 'trustStep' | 'assessment'>, policy: Pick<Policy, 'handlingReadyStep'>): string {
  const needs = experienceNeeded([experienceRat(rat)], policy);
  const handling = handlingWords(rat.trustStep);
  const word = rat.assessment ? CATEGORY_WORDS[rat.assessment.category] : null;
  let text: string;
  if (needs === 'experienced') text = `${word ?? handling}, ${EXPERIENCE_CLAUSE.experienced}`;
  else if (needs === 'some') text = `${word ? `${word} and ${handling}` : handling}, ${EXPERIENCE_CLAUSE.some}`;
  else text = word ? `${word} and ${handling}` : handling;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function experienceRat(rat: Pick<ListingRat, 'name' | 'trustStep' | 'assessment'>): ExperienceRat {
  return { name: rat.name, trustStep: rat.trustStep, biteRisk: rat.assessment?.biteRisk ?? null, category: rat.assessment?.category ?? null };
}

/** The experience the unit needs of its adopter: the most any of its rats needs. */
export function unitExperienceNeeded(rats: ReadonlyArray<Pick<ListingRat, 'name' | 'trustStep' | 'assessment'>>, policy: Pick<Policy, 'handlingReadyStep'>): ExperienceLevel {
  return experienceNeeded(rats.map(experienceRat), policy);
}

export const EXPERIENCE_NEEDED_WORDS: Record<ExperienceLevel, string> = {
  new: 'Suits a first-time adopter',
  some: 'Needs some rat experience',
  experienced: 'Needs an experienced home',
};

/** Age bands an adopter filters by. Rescue policy: rats live two to three years. */
export const AGE_BANDS = ['young', 'adult', 'senior'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, string> = { young: 'Young (under 6 months)', adult: 'Adult (6 months to 2 years)', senior: 'Senior (2 years and over)' };
const YOUNG_UNDER_DAYS = 183;
const SENIOR_FROM_DAYS = 730;

export function ageBand(birthDate: string | null, now: Date): AgeBand | null {
  if (birthDate === null) return null;
  const days = daysBetween(birthDate, toIsoDate(now));
  if (days < YOUNG_UNDER_DAYS) return 'young';
  if (days >= SENIOR_FROM_DAYS) return 'senior';
  return 'adult';
}

/** "8 weeks", "5 months", "2 years" — a span of days in the largest whole unit a reader needs. */
export function spanInWords(days: number): string {
  if (days < 14) return days === 1 ? '1 day' : `${Math.max(days, 0)} days`;
  if (days < 70) return `${Math.floor(days / 7)} weeks`;
  // To the nearest month: a rat born on the 15th is "8 months" on the 15th, eight months on.
  const months = Math.round(days / 30.44);
  if (months < 24) return `${months} months`;
  const years = Math.floor(days / 365.25);
  const rest = Math.floor((days - years * 365.25) / 30.44);
  return rest >= 6 ? `${years}½ years` : `${years} years`;
}

/** "About 8 months old" when the birth date is estimated, "Age not known" when there is none. */
export function ageInWords(rat: Pick<ListingRat, 'birthDate' | 'birthDateEstimated'>, now: Date): string {
  if (rat.birthDate === null) return 'Age not known';
  const words = `${spanInWords(daysBetween(rat.birthDate, toIsoDate(now)))} old`;
  return rat.birthDateEstimated ? `About ${words}` : words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Female", "Neutered male", "Male (not neutered)", "Sex not known". */
export function sexInWords(rat: Pick<ListingRat, 'sex' | 'neuteredOn'>): string {
  if (rat.sex === 'female') return 'Female';
  if (rat.sex === 'unknown') return 'Sex not known';
  return rat.neuteredOn ? 'Neutered male' : 'Male (not neutered)';
}

export type UnitSex = 'female' | 'male' | 'mixed';
export const UNIT_SEX_LABELS: Record<UnitSex, string> = { female: 'Girls', male: 'Boys', mixed: 'Girls with a neutered boy' };

export function unitSex(rats: ReadonlyArray<Pick<ListingRat, 'sex'>>): UnitSex {
  const sexes = new Set(rats.map((r) => r.sex));
  if (sexes.size === 1 && sexes.has('female')) return 'female';
  if (sexes.size === 1 && sexes.has('male')) return 'male';
  return 'mixed';
}

/** "In our care for 3 months": from the longest-staying rat of the unit. */
export function timeInCareInWords(rats: ReadonlyArray<Pick<ListingRat, 'inCareSince'>>, now: Date): string {
  const since = rats.map((r) => r.inCareSince).sort()[0];
  if (!since) return '';
  return `In our care for ${spanInWords(daysBetween(since, toIsoDate(now)))}`;
}

/** The fee for a unit: the rescue's fee per rat times its rats, in pence. */
export function unitFeeCents(feePerRatCents: number, ratCount: number): number {
  return feePerRatCents * ratCount;
}

export function feeInWords(cents: number, ratCount: number): string {
  if (cents === 0) return 'No adoption fee';
  const pounds = cents % 100 === 0 ? `£${cents / 100}` : `£${(cents / 100).toFixed(2)}`;
  return `Adoption fee ${pounds} ${ratCount === 1 ? 'for one rat' : ratCount === 2 ? 'for the pair' : `for all ${ratCount}`}`;
}

/** The unit's title: "Rocco and Dexter". */
export function unitTitle(rats: ReadonlyArray<Pick<ListingRat, 'name'>>): string {
  return listInWords(rats.map((r) => r.name));
}

/** Filters an adopter sets on the listing page (all optional). */
export type ListingFilters = { sex: UnitSex | null; age: AgeBand | null; experience: ExperienceLevel | null };

const EXPERIENCE_RANK: Record<ExperienceLevel, number> = { new: 0, some: 1, experienced: 2 };

/**
 * A unit matches when its sex mix is the one asked for, any of its rats is in the age band, and
 * the experience it needs is no more than the adopter's.
 */
export function matchesFilters(unit: { sex: UnitSex; ageBands: ReadonlyArray<AgeBand | null>; experienceNeeded: ExperienceLevel }, filters: ListingFilters): boolean {
  if (filters.sex && unit.sex !== filters.sex) return false;
  if (filters.age && !unit.ageBands.includes(filters.age)) return false;
  if (filters.experience && EXPERIENCE_RANK[unit.experienceNeeded] > EXPERIENCE_RANK[filters.experience]) return false;
  return true;
}
