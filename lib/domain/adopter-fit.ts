/**
 * Adopter fit: which available units (a rat, or a bonded cage group that moves as one) suit an
 * approved adopter, each fit or misfit explained in words: sex safety with the adopter's own
 * rats, whether a shy rat or a biter needs more experience than the adopter has, and predators
 * in the home.
 */
import { formatShortDate, listInWords } from './quarantine';
import type { Policy } from './policy';
import { countsAsIntact, sterileFrom, type Decision, type SexSafetyRat } from './sex-safety';
import type { BiteRisk, ExperienceLevel, OtherPet, TemperamentCategory } from './vocabulary';
import { groupBy } from '../group-by';

/** The adopter's own rats as the application records them: counts by sex and neuter status. */
export type AdopterRats = { count: number; females: number; males: number; neuteredMales: number };

export type FitAdopter = {
  name: string;
  experience: ExperienceLevel;
  otherPets: readonly OtherPet[];
  hasChildren: boolean;
  rats: AdopterRats;
};

export type FitRat = SexSafetyRat & {
  id: number;
  /** The open quarantine's planned end, or null when the rat is not in quarantine. */
  quarantineEndsOn: string | null;
  /** From the latest temperament assessment; null when never assessed. */
  biteRisk: BiteRisk | null;
  category: TemperamentCategory | null;
  /** The derived trust step; null when no session was logged. */
  trustStep: number | null;
};

export type FitUnit = { key: string; label: string; rats: readonly FitRat[] };

export type FitReason = { kind: 'fit' | 'misfit' | 'caution'; text: string };
export type UnitFit = { unit: FitUnit; fits: boolean; reasons: FitReason[] };

type FitPolicy = Pick<Policy, 'postNeuterSterileDays' | 'litterSeparationDay' | 'handlingReadyStep' | 'minimumAdoptionGroup'>;

/** Rescue policy: animals that hunt rats. Their smell alone keeps a rat stressed. */
export const PREDATORS: readonly OtherPet[] = ['cats', 'dogs', 'ferrets', 'snakes', 'birds_of_prey'];

/** Rescue policy: predators that are a danger to any rat in the same home, however confident. */
export const HUNTING_PREDATORS: readonly OtherPet[] = ['ferrets', 'snakes', 'birds_of_prey'];

const EXPERIENCE_RANK: Record<ExperienceLevel, number> = { new: 0, some: 1, experienced: 2 };
const EXPERIENCE_WORDS: Record<ExperienceLevel, string> = { new: 'is new to rats', some: 'has some experience with rats', experienced: 'is experienced with rats' };
const PET_WORDS: Record<OtherPet, string> = {
  cats: 'cats',
  dogs: 'dogs',
  ferrets: 'ferrets',
  snakes: 'snakes',
  birds_of_prey: 'birds of prey',
  rabbits: 'rabbits',
  other_rodents: 'other rodents',
};

function ratsInWords(rats: AdopterRats): string {
  const parts: string[] = [];
  if (rats.females) parts.push(`${rats.females} female${rats.females === 1 ? '' : 's'}`);
  if (rats.males) parts.push(`${rats.males} intact male${rats.males === 1 ? '' : 's'}`);
  if (rats.neuteredMales) parts.push(`${rats.neuteredMales} neutered male${rats.neuteredMales === 1 ? '' : 's'}`);
  const unknown = rats.count - rats.females - rats.males - rats.neuteredMales;
  if (unknown > 0) parts.push(`${unknown} of unrecorded sex`);
  return listInWords(parts);
}

/**
 * Rats may join an adopter's rats only when no intact male would live with a female: a unit's
 * intact male (neutered ones count as intact until the post-neuter window ends) cannot join an
 * adopter's females, a unit's female cannot join an adopter's intact males, and a rat whose sex
 * is unknown cannot join anyone's rats. The adopter's neutered males are taken as sterile.
 */
export function canJoinAdopterRats(rats: readonly SexSafetyRat[], adopter: Pick<FitAdopter, 'name' | 'rats'>, now: Date, policy: FitPolicy): Decision {
  const own = adopter.rats;
  if (own.count === 0) return { ok: true };
  const unrecorded = own.count - own.females - own.males - own.neuteredMales;
  const intact = rats.find((r) => countsAsIntact(r, now, policy.postNeuterSterileDays));
  if (intact && (own.females > 0 || unrecorded > 0)) {
    const until = intact.neuteredOn ? ` (neutered on ${formatShortDate(intact.neuteredOn)}, he counts as intact until ${formatShortDate(sterileFrom(intact, policy.postNeuterSterileDays)!)})` : '';
    return { ok: false, reason: `${intact.name} is an intact male${until} and ${adopter.name} has ${ratsInWords(own)}: he cannot join them, or there will be a litter.` };
  }
  const female = rats.find((r) => r.sex === 'female');
  if (female && (own.males > 0 || unrecorded > 0)) {
    return { ok: false, reason: `${female.name} is female and ${adopter.name} has ${ratsInWords(own)}: she cannot join intact males, or there will be a litter.` };
  }
  const unknown = rats.find((r) => r.sex === 'unknown');
  if (unknown) return { ok: false, reason: `${unknown.name}’s sex is not recorded yet, so ${unknown.name} cannot join ${adopter.name}’s rats until sexed.` };
  return { ok: true };
}

/** Whether the adopter already has rats a leaving rat may live with. */
export function hasCompatibleRats(rats: readonly SexSafetyRat[], adopter: Pick<FitAdopter, 'name' | 'rats'>, now: Date, policy: FitPolicy): boolean {
  return adopter.rats.count > 0 && canJoinAdopterRats(rats, adopter, now, policy).ok;
}

/** The rat facts the experience rule reads. */
export type ExperienceRat = Pick<FitRat, 'name' | 'biteRisk' | 'category' | 'trustStep'>;

/**
 * The experience a rat needs of its adopter, each with why: a high bite risk, or a trust step
 * below the ready step, needs an experienced home; a medium bite risk, or a shy, fearful,
 * defensive or hormonal rat, some experience.
 */
export function experienceNeeds(rat: ExperienceRat, policy: Pick<Policy, 'handlingReadyStep'>): Array<{ level: ExperienceLevel; why: string }> {
  const needs: Array<{ level: ExperienceLevel; why: string }> = [];
  if (rat.biteRisk === 'high') needs.push({ level: 'experienced', why: `${rat.name}’s latest assessment rates the bite risk high` });
  else if (rat.biteRisk === 'medium') needs.push({ level: 'some', why: `${rat.name}’s latest assessment rates the bite risk medium` });
  if (rat.trustStep !== null && rat.trustStep < policy.handlingReadyStep) {
    needs.push({ level: 'experienced', why: `${rat.name} is at trust step ${rat.trustStep}, below the ready step ${policy.handlingReadyStep}` });
  } else if (rat.category === 'shy' || rat.category === 'fearful' || rat.category === 'defensive') {
    needs.push({ level: 'some', why: `${rat.name} is assessed as ${rat.category}` });
  } else if (rat.category === 'hormonal') {
    needs.push({ level: 'some', why: `${rat.name} is assessed as hormonal` });
  }
  return needs;
}

/** The most experience any of the rats needs: `new` when none needs any. */
export function experienceNeeded(rats: readonly ExperienceRat[], policy: Pick<Policy, 'handlingReadyStep'>): ExperienceLevel {
  let level: ExperienceLevel = 'new';
  for (const rat of rats) for (const need of experienceNeeds(rat, policy)) if (EXPERIENCE_RANK[need.level] > EXPERIENCE_RANK[level]) level = need.level;
  return level;
}

/** Whether an adopter with `has` experience meets a need of `needs`. */
export function experienceMeets(has: ExperienceLevel, needs: ExperienceLevel): boolean {
  return EXPERIENCE_RANK[has] >= EXPERIENCE_RANK[needs];
}

function experienceReasons(rat: FitRat, adopter: FitAdopter, policy: FitPolicy): FitReason[] {
  const rank = EXPERIENCE_RANK[adopter.experience];
  return experienceNeeds(rat, policy).map(({ level, why }) =>
    rank >= EXPERIENCE_RANK[level]
      ? { kind: 'fit' as const, text: `${why}; ${adopter.name} ${EXPERIENCE_WORDS[adopter.experience]}.` }
      : {
          kind: 'misfit' as const,
          text: `${why}, so needs an adopter ${level === 'experienced' ? 'experienced with rats' : 'with some experience of rats'}; ${adopter.name} ${EXPERIENCE_WORDS[adopter.experience]}.`,
        },
  );
}

function isShy(rat: FitRat, policy: FitPolicy): boolean {
  return rat.category === 'shy' || rat.category === 'fearful' || (rat.trustStep !== null && rat.trustStep < policy.handlingReadyStep);
}

function petReasons(unit: FitUnit, adopter: FitAdopter, policy: FitPolicy): FitReason[] {
  const predators = adopter.otherPets.filter((p) => PREDATORS.includes(p));
  if (predators.length === 0) return [];
  const hunting = predators.filter((p) => HUNTING_PREDATORS.includes(p));
  const pets = listInWords(predators.map((p) => PET_WORDS[p]));
  if (hunting.length > 0) {
    return [{ kind: 'misfit', text: `${adopter.name} keeps ${listInWords(hunting.map((p) => PET_WORDS[p]))}: they hunt rats, so no rat is placed in that home.` }];
  }
  const shy = unit.rats.filter((r) => isShy(r, policy));
  if (shy.length > 0) {
    return [{ kind: 'misfit', text: `${adopter.name} has ${pets}: the smell of a predator keeps a shy rat like ${listInWords(shy.map((r) => r.name))} frightened.` }];
  }
  return [{ kind: 'caution', text: `${adopter.name} has ${pets}: the rats need a room the ${pets} never enter.` }];
}

/** How one unit fits an adopter: every reason for or against, in words. A unit fits when nothing is a misfit. */
export function unitFit(unit: FitUnit, adopter: FitAdopter, now: Date, policy: FitPolicy): UnitFit {
  const reasons: FitReason[] = [];
  const today = now.toISOString().slice(0, 10);
  for (const rat of unit.rats) {
    if (rat.quarantineEndsOn && rat.quarantineEndsOn >= today) {
      reasons.push({ kind: 'misfit', text: `${rat.name} is in quarantine until ${formatShortDate(rat.quarantineEndsOn)}.` });
    }
  }
  const sex = canJoinAdopterRats(unit.rats, adopter, now, policy);
  if (!sex.ok) reasons.push({ kind: 'misfit', text: sex.reason });
  else if (adopter.rats.count > 0) reasons.push({ kind: 'fit', text: `Can live with ${adopter.name}’s ${ratsInWords(adopter.rats)}.` });
  if (adopter.rats.count === 0) {
    if (unit.rats.length < policy.minimumAdoptionGroup) {
      reasons.push({
        kind: 'misfit',
        text: `${unit.label} would leave alone: ${adopter.name} has no rats, and rats leave in groups of at least ${policy.minimumAdoptionGroup}.`,
      });
    } else {
      reasons.push({ kind: 'fit', text: `${unit.label} leave${unit.rats.length === 1 ? 's' : ''} together as ${unit.rats.length} companions.` });
    }
  }
  for (const rat of unit.rats) reasons.push(...experienceReasons(rat, adopter, policy));
  reasons.push(...petReasons(unit, adopter, policy));
  const shyWithChildren = unit.rats.filter((r) => isShy(r, policy));
  if (adopter.hasChildren && shyWithChildren.length > 0) {
    reasons.push({ kind: 'caution', text: `Children live with ${adopter.name}: ${listInWords(shyWithChildren.map((r) => r.name))} need${shyWithChildren.length === 1 ? 's' : ''} a quiet home and calm handling.` });
  }
  return { unit, fits: !reasons.some((r) => r.kind === 'misfit'), reasons };
}

/** Every unit's fit for an adopter: the ones that fit first (fewest cautions first), then the misfits. */
export function adopterFit(units: readonly FitUnit[], adopter: FitAdopter, now: Date, policy: FitPolicy): UnitFit[] {
  const cautions = (f: UnitFit) => f.reasons.filter((r) => r.kind === 'caution').length;
  return units
    .map((u) => unitFit(u, adopter, now, policy))
    .sort((a, b) => Number(b.fits) - Number(a.fits) || cautions(a) - cautions(b) || a.unit.label.localeCompare(b.unit.label));
}

/**
 * The units rats leave in: the adoptable rats of one cage group move as one (they live together),
 * a rat without a cage group on its own. Labelled by their names.
 */
export function unitsOf<T extends FitRat & { groupId: number | null }>(rats: readonly T[]): Array<{ key: string; label: string; rats: T[] }> {
  const byKey = groupBy(rats, (rat) => (rat.groupId === null ? `rat-${rat.id}` : `group-${rat.groupId}`));
  return [...byKey.entries()].map(([key, members]) => ({ key, label: listInWords(members.map((r) => r.name)), rats: members }));
}
