import type { PublicProfile, PublicUnit } from '@/db/queries/public-listings';
import { PRODUCT_NAME } from './brand';
import type { Policy } from './domain/policy';
import {
  AGE_BANDS,
  ageBand,
  ageInWords,
  EXPERIENCE_NEEDED_WORDS,
  feeInWords,
  matchesFilters,
  sexInWords,
  temperamentSummary,
  timeInCareInWords,
  UNIT_SEX_LABELS,
  unitExperienceNeeded,
  unitFeeCents,
  unitSex,
  unitTitle,
  type AgeBand,
  type ListingFilters,
  type UnitSex,
} from './domain/public-listing';
import { EXPERIENCE_LEVELS, type ExperienceLevel } from './domain/vocabulary';

/** The URL of a listed rat's public thumbnail (served only while its unit is listed). */
export function publicThumbnailUrl(photoId: number): string {
  return `/api/public/photos/${photoId}`;
}

export function publicUnitPath(id: number): string {
  return `/adopt/${id}`;
}

/** The rescue's name on the public pages: the one set in settings, else a neutral one. */
export function rescueNameOf(profile: PublicProfile): string {
  return profile.rescueName.trim() || `Rats for adoption · ${PRODUCT_NAME}`;
}

/** A unit as the public pages, the feed and the snippet show it: words only, public fields only. */
export type PublicUnitView = {
  id: number;
  path: string;
  title: string;
  kind: PublicUnit['kind'];
  joinsResidentRats: boolean;
  text: string;
  sex: UnitSex;
  sexText: string;
  ageBands: Array<AgeBand | null>;
  experienceNeeded: ExperienceLevel;
  experienceText: string;
  timeInCare: string;
  feePence: number;
  feeText: string;
  rats: Array<{
    name: string;
    sex: string;
    neutered: boolean;
    age: string;
    ageBand: AgeBand | null;
    variety: string | null;
    temperament: string;
    photoUrl: string | null;
  }>;
};

export function publicUnitView(unit: PublicUnit, profile: PublicProfile, policy: Policy, now: Date): PublicUnitView {
  const sex = unitSex(unit.rats);
  const experienceNeeded = unitExperienceNeeded(unit.rats, policy);
  const fee = unitFeeCents(profile.feePerRatCents, unit.rats.length);
  return {
    id: unit.id,
    path: publicUnitPath(unit.id),
    title: unitTitle(unit.rats),
    kind: unit.kind,
    joinsResidentRats: unit.joinsResidentRats,
    text: unit.text,
    sex,
    sexText: unit.kind === 'rat' ? sexInWords(unit.rats[0]) : UNIT_SEX_LABELS[sex],
    ageBands: unit.rats.map((r) => ageBand(r.birthDate, now)),
    experienceNeeded,
    experienceText: EXPERIENCE_NEEDED_WORDS[experienceNeeded],
    timeInCare: timeInCareInWords(unit.rats, now),
    feePence: fee,
    feeText: feeInWords(fee, unit.rats.length),
    rats: unit.rats.map((r) => ({
      name: r.name,
      sex: sexInWords(r),
      neutered: r.sex === 'male' && r.neuteredOn !== null,
      age: ageInWords(r, now),
      ageBand: ageBand(r.birthDate, now),
      variety: r.variety,
      temperament: temperamentSummary(r, policy),
      photoUrl: r.photoId === null ? null : publicThumbnailUrl(r.photoId),
    })),
  };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The listing page's filters from its URL; anything unknown is ignored (no filter). */
export function parseListingFilters(params: Record<string, string | string[] | undefined>): ListingFilters {
  const sex = one(params.sex);
  const age = one(params.age);
  const experience = one(params.experience);
  return {
    sex: sex && sex in UNIT_SEX_LABELS ? (sex as UnitSex) : null,
    age: age && (AGE_BANDS as readonly string[]).includes(age) ? (age as AgeBand) : null,
    experience: experience && (EXPERIENCE_LEVELS as readonly string[]).includes(experience) ? (experience as ExperienceLevel) : null,
  };
}

export function filterUnits(views: readonly PublicUnitView[], filters: ListingFilters): PublicUnitView[] {
  return views.filter((v) => matchesFilters(v, filters));
}
