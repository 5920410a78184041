/**
 * Pair matching. Rats leave for adoption in pairs or groups, never alone. A unit is a rat on its
 * own, or a bonded cage group that moves as one. Two units are either blocked (a safety rule
 * says no, in words) or scored: a base for any safe companion plus weighted reasons, each in words.
 */
import { daysBetween, toIsoDate } from './dates';
import type { Policy } from './policy';
import { countOf, formatShortDate, listInWords } from './quarantine';
import { canLiveTogether, countsAsIntact, isUnweanedKitten } from './sex-safety';
import type { BiteRisk, IntroductionStatus, RatStatus, Sex, TemperamentCategory } from './vocabulary';

// ---------------------------------------------------------------------------------------------
// Weights: rescue policy for how much each reason counts. Scores are whole numbers so the exact
// matching can add them up without rounding.
// ---------------------------------------------------------------------------------------------
/** Any two units that may safely live together are better off than either alone. */
export const BASE_COMPANION_SCORE = 50;
/** They were bonded before (a bonded introduction): the surest sign they will live well together. */
export const EXISTING_BOND_WEIGHT = 40;
/** An introduction between them is planned or under way and has not failed: a bond is forming. */
export const RUNNING_BOND_WEIGHT = 25;
/** A rat on its own gains a companion, where a bonded group already has one. */
export const LONE_RAT_WEIGHT = 15;
/** Same foster home: they can be introduced without travel and the foster knows both. */
export const SAME_HOME_WEIGHT = 10;
/** Close in age: similar energy, and neither is likely to be left alone by the other's old age soon. */
export const CLOSE_IN_AGE_WEIGHT = 10;
/** Far apart in age: a young rat's play tires an old one, and the young one may soon be left alone. */
export const AGE_GAP_WEIGHT = -15;
/** A confident rat steadies a shy or fearful one: shy rats copy a calm companion's boldness. */
export const CONFIDENT_STEADIES_SHY_WEIGHT = 20;
/** Two high bite risks do not mix: fights are likely and neither teaches the other calm. */
export const TWO_HIGH_BITE_RISKS_WEIGHT = -40;
/** One rat is handling-ready and the other is still climbing the trust ladder: it learns from the first. */
export const TRUST_LEADER_WEIGHT = 10;
/** Both are losing trust steps lately: two worried rats tend to keep each other worried. */
export const BOTH_FALLING_WEIGHT = -10;
/** Both adult intact males: hormonal bucks are the most likely pairs to fight. */
export const ADULT_INTACT_MALES_WEIGHT = -20;

/** Rescue policy: an age gap up to this many days counts as close in age (about six months). */
export const CLOSE_IN_AGE_DAYS = 183;
/** Rescue policy: an age gap over this many days counts as far apart (about eighteen months). */
export const AGE_GAP_DAYS = 548;

export type TrustTrend = 'rising' | 'steady' | 'falling';

export type MatchRat = {
  id: number;
  /** Rescue code, for lists; the rules do not read it. */
  code?: string;
  name: string;
  sex: Sex;
  neuteredOn: string | null;
  birthDate: string | null;
  status: RatStatus;
  fosterHomeId: number | null;
  /** Planned end of an open quarantine, or null when not in quarantine. */
  quarantineEndsOn: string | null;
  /** Due date of an open sex-separation watch (its litter still has to be split by sex), or null. */
  sexSeparationDueOn: string | null;
  temperament: TemperamentCategory | null;
  biteRisk: BiteRisk | null;
  trustStep: number | null;
  trustTrend: TrustTrend | null;
};

/** A rat alone, or a bonded cage group that moves as one. */
export type MatchUnit = { id: string; cageGroupId: number | null; rats: MatchRat[] };

/** One introduction between a rat of one unit and a rat of the other. */
export type IntroductionBetween = { ratA: number; ratB: number; status: IntroductionStatus };

export type MatchContext = {
  now: Date;
  policy: Pick<Policy, 'postNeuterSterileDays' | 'litterSeparationDay' | 'hormonalMaleAgeDays' | 'handlingReadyStep'>;
  introductions: readonly IntroductionBetween[];
};

export type Reason = { label: string; weight: number };

export type Compatibility = {
  a: string;
  b: string;
  /** Why they may not be paired at all; empty when they may. */
  blocks: string[];
  /** Base plus the weights of the reasons; meaningful only when there are no blocks. */
  score: number;
  reasons: Reason[];
};

/** 'Pip', or 'Pip and Squeak' for a bonded group. */
export function unitName(unit: Pick<MatchUnit, 'rats'>): string {
  return listInWords(unit.rats.map((r) => r.name));
}

/** A unit's id: 'g12' for a cage group, 'r7' for a rat alone. */
export function unitId(cageGroupId: number | null, ratId: number): string {
  return cageGroupId === null ? `r${ratId}` : `g${cageGroupId}`;
}

/**
 * Why a unit may not take a new companion on its own account: quarantine, reserved or adopted,
 * or a litter still to be split by sex.
 */
export function unitBlocks(unit: MatchUnit): string[] {
  const blocks: string[] = [];
  for (const rat of unit.rats) {
    if (rat.quarantineEndsOn) blocks.push(`${rat.name} is in quarantine until ${formatShortDate(rat.quarantineEndsOn)}: no new companions before release.`);
    if (rat.status === 'reserved') blocks.push(`${rat.name} is reserved for an adopter.`);
    if (rat.status === 'adopted') blocks.push(`${rat.name} has been adopted.`);
    if (rat.sexSeparationDueOn) blocks.push(`${rat.name}'s litter must still be split by sex (due ${formatShortDate(rat.sexSeparationDueOn)}).`);
  }
  return blocks;
}

type RatFacts = { age: number | null; intact: boolean; breedsAsMale: boolean; breedsAsFemale: boolean; unknownSex: boolean };

// The optimal pairing scores every pair of units: each rat's date arithmetic is done once per context.
const factsCache = new WeakMap<MatchContext, WeakMap<MatchRat, RatFacts>>();

function facts(rat: MatchRat, ctx: MatchContext): RatFacts {
  let byRat = factsCache.get(ctx);
  if (!byRat) factsCache.set(ctx, (byRat = new WeakMap()));
  let f = byRat.get(rat);
  if (!f) {
    const age = rat.birthDate ? daysBetween(rat.birthDate, toIsoDate(ctx.now)) : null;
    const kitten = isUnweanedKitten(rat, ctx.now, ctx.policy.litterSeparationDay);
    const intact = countsAsIntact(rat, ctx.now, ctx.policy.postNeuterSterileDays);
    f = { age, intact, breedsAsMale: !kitten && intact, breedsAsFemale: !kitten && rat.sex === 'female', unknownSex: !kitten && rat.sex === 'unknown' };
    byRat.set(rat, f);
  }
  return f;
}

/** Whether the sex-safety rule could refuse these rats together: only then is it asked for its reason. */
function mayConflict(rats: readonly MatchRat[], ctx: MatchContext): boolean {
  let male = false;
  let female = false;
  let unknown = false;
  for (const r of rats) {
    const f = facts(r, ctx);
    male ||= f.breedsAsMale;
    female ||= f.breedsAsFemale;
    unknown ||= f.unknownSex;
  }
  return (male && female) || (unknown && (male || female));
}

function crossPairs(a: MatchUnit, b: MatchUnit): Array<[MatchRat, MatchRat]> {
  return a.rats.flatMap((x) => b.rats.map((y): [MatchRat, MatchRat] => [x, y]));
}

function introductionsBetween(a: MatchUnit, b: MatchUnit, ctx: MatchContext): Array<IntroductionBetween & { names: string }> {
  return crossPairs(a, b).flatMap(([x, y]) =>
    ctx.introductions
      .filter((i) => (i.ratA === x.id && i.ratB === y.id) || (i.ratA === y.id && i.ratB === x.id))
      .map((i) => ({ ...i, names: `${x.name} and ${y.name}` })),
  );
}

/** Compatibility of two units: the hard blocks, or the score with every reason in words. */
export function compatibility(a: MatchUnit, b: MatchUnit, ctx: MatchContext): Compatibility {
  const { now, policy } = ctx;
  const history = introductionsBetween(a, b, ctx);
  const blocks = [...unitBlocks(a), ...unitBlocks(b)];
  const together = [...a.rats, ...b.rats];
  const sex = mayConflict(together, ctx) ? canLiveTogether(together, now, policy) : { ok: true as const };
  if (!sex.ok) blocks.push(sex.reason);
  for (const failed of history.filter((i) => i.status === 'failed')) blocks.push(`${failed.names} had a failed introduction.`);

  const reasons: Reason[] = [];
  const bonded = history.find((i) => i.status === 'bonded');
  const running = history.find((i) => i.status === 'planned' || i.status === 'in_progress' || i.status === 'paused');
  if (bonded) reasons.push({ label: `${bonded.names} bonded before.`, weight: EXISTING_BOND_WEIGHT });
  else if (running) reasons.push({ label: `${running.names} are being introduced: a bond is forming.`, weight: RUNNING_BOND_WEIGHT });

  const lone = [a, b].find((u) => u.rats.length === 1);
  if (lone) reasons.push({ label: `${unitName(lone)} is on their own and gains a companion.`, weight: LONE_RAT_WEIGHT });

  const homesA = new Set(a.rats.map((r) => r.fosterHomeId));
  if (b.rats.some((r) => r.fosterHomeId !== null && homesA.has(r.fosterHomeId))) {
    reasons.push({ label: 'They live in the same foster home, so they can meet without travel.', weight: SAME_HOME_WEIGHT });
  }

  const ages = (u: MatchUnit) => u.rats.map((r) => facts(r, ctx).age).filter((d): d is number => d !== null);
  const agesA = ages(a);
  const agesB = ages(b);
  if (agesA.length > 0 && agesB.length > 0) {
    const gap = Math.max(Math.max(...agesA) - Math.min(...agesB), Math.max(...agesB) - Math.min(...agesA));
    const months = Math.round(gap / 30.4);
    if (gap <= CLOSE_IN_AGE_DAYS) reasons.push({ label: `Close in age (${countOf(months, 'month')} apart at most).`, weight: CLOSE_IN_AGE_WEIGHT });
    else if (gap > AGE_GAP_DAYS) reasons.push({ label: `Far apart in age (${countOf(months, 'month')}): the younger may soon be left alone.`, weight: AGE_GAP_WEIGHT });
  }

  const pairs = crossPairs(a, b);
  const steadies = pairs
    .map(([x, y]) => (x.temperament === 'confident' && isShy(y) ? [x, y] : y.temperament === 'confident' && isShy(x) ? [y, x] : null))
    .find((p) => p !== null);
  if (steadies) reasons.push({ label: `${steadies[0].name} is confident and can steady ${steadies[1].name}, who is ${steadies[1].temperament}.`, weight: CONFIDENT_STEADIES_SHY_WEIGHT });

  const biters = pairs.find(([x, y]) => x.biteRisk === 'high' && y.biteRisk === 'high');
  if (biters) reasons.push({ label: `${biters[0].name} and ${biters[1].name} are both high bite risks: they do not mix.`, weight: TWO_HIGH_BITE_RISKS_WEIGHT });

  const leader = pairs
    .map(([x, y]) => (isTrustLeader(x, y, policy.handlingReadyStep) ? [x, y] : isTrustLeader(y, x, policy.handlingReadyStep) ? [y, x] : null))
    .find((p) => p !== null);
  if (leader) {
    reasons.push({
      label: `${leader[0].name} is handling-ready (step ${leader[0].trustStep}) and ${leader[1].name} (step ${leader[1].trustStep ?? 0}) can learn from them that hands are safe.`,
      weight: TRUST_LEADER_WEIGHT,
    });
  }
  const falling = pairs.find(([x, y]) => x.trustTrend === 'falling' && y.trustTrend === 'falling');
  if (falling) reasons.push({ label: `${falling[0].name} and ${falling[1].name} are both losing trust steps lately.`, weight: BOTH_FALLING_WEIGHT });

  const bucks = pairs.find(([x, y]) => isAdultIntactMale(x, ctx) && isAdultIntactMale(y, ctx));
  if (bucks) reasons.push({ label: `${bucks[0].name} and ${bucks[1].name} are both adult intact males: the pairing most likely to fight.`, weight: ADULT_INTACT_MALES_WEIGHT });

  const score = BASE_COMPANION_SCORE + reasons.reduce((sum, r) => sum + r.weight, 0);
  return { a: a.id, b: b.id, blocks, score, reasons };
}

function isShy(rat: MatchRat): boolean {
  return rat.temperament === 'shy' || rat.temperament === 'fearful';
}

function isTrustLeader(leader: MatchRat, learner: MatchRat, readyStep: number): boolean {
  return leader.trustStep !== null && leader.trustStep >= readyStep && (learner.trustStep ?? 0) < readyStep && learner.trustTrend !== 'falling';
}

function isAdultIntactMale(rat: MatchRat, ctx: MatchContext): boolean {
  const { age, intact } = facts(rat, ctx);
  return intact && age !== null && age >= ctx.policy.hormonalMaleAgeDays;
}

/** A pair may be proposed or matched only with no block and a score above zero. */
export function isRecommended(c: Compatibility): boolean {
  return c.blocks.length === 0 && c.score > 0;
}

/**
 * The trend of a rat's derived trust step: its current step against the step three sessions
 * earlier. Too few sessions give no trend.
 */
export function trustTrend(stepHistory: readonly number[]): TrustTrend | null {
  if (stepHistory.length < 4) return null;
  const now = stepHistory[stepHistory.length - 1];
  const before = stepHistory[stepHistory.length - 4];
  return now > before ? 'rising' : now < before ? 'falling' : 'steady';
}

// ---------------------------------------------------------------------------------------------
// Best partners and the optimal pairing
// ---------------------------------------------------------------------------------------------
export type RankedPartner = { unit: MatchUnit; compatibility: Compatibility };

/** Every other unit for one unit: recommended partners by score (best first), then the blocked ones with why. */
export function bestPartners(unit: MatchUnit, units: readonly MatchUnit[], ctx: MatchContext): { recommended: RankedPartner[]; blocked: RankedPartner[] } {
  const all = units.filter((u) => u.id !== unit.id).map((u) => ({ unit: u, compatibility: compatibility(unit, u, ctx) }));
  const byScore = (x: RankedPartner, y: RankedPartner) => y.compatibility.score - x.compatibility.score || unitName(x.unit).localeCompare(unitName(y.unit));
  return {
    recommended: all.filter((p) => isRecommended(p.compatibility)).sort(byScore),
    blocked: all.filter((p) => !isRecommended(p.compatibility)).sort(byScore),
  };
}

export type SolvedMatching = { pairs: Array<[string, string]>; total: number };
export type Solver = (units: readonly string[], edges: ReadonlyArray<readonly [string, string, number]>) => SolvedMatching;

export type OptimalPairing = {
  pairs: Array<{ a: MatchUnit; b: MatchUnit; compatibility: Compatibility }>;
  unpaired: Array<{ unit: MatchUnit; why: string }>;
  total: number;
};

/** The edges of the matching graph: every recommended pair, weighted by its score. */
export function matchingEdges(units: readonly MatchUnit[], ctx: MatchContext): { edges: Array<[string, string, number]>; scored: Map<string, Compatibility> } {
  const scored = new Map<string, Compatibility>();
  const edges: Array<[string, string, number]> = [];
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const c = compatibility(units[i], units[j], ctx);
      scored.set(pairKey(units[i].id, units[j].id), c);
      if (isRecommended(c)) edges.push([units[i].id, units[j].id, c.score]);
    }
  }
  return { edges, scored };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The pairing of the whole population with the highest total score (pairs only: a bonded group
 * is one unit and never split; blocked pairs are never edges), each pair with its reasons, and
 * every unit left over with why.
 */
export function optimalPairing(units: readonly MatchUnit[], ctx: MatchContext, solve: Solver): OptimalPairing {
  const { edges, scored } = matchingEdges(units, ctx);
  const solved = solve(
    units.map((u) => u.id),
    edges,
  );
  const byId = new Map(units.map((u) => [u.id, u]));
  const partnerOf = new Map<string, string>();
  const pairs = solved.pairs.map(([a, b]) => {
    partnerOf.set(a, b);
    partnerOf.set(b, a);
    return { a: byId.get(a)!, b: byId.get(b)!, compatibility: scored.get(pairKey(a, b))! };
  });
  const unpaired = units
    .filter((u) => !partnerOf.has(u.id))
    .map((unit) => ({ unit, why: whyUnpaired(unit, units, scored, partnerOf, byId) }));
  return { pairs, unpaired, total: solved.total };
}

function whyUnpaired(
  unit: MatchUnit,
  units: readonly MatchUnit[],
  scored: Map<string, Compatibility>,
  partnerOf: Map<string, string>,
  byId: Map<string, MatchUnit>,
): string {
  const own = unitBlocks(unit);
  if (own.length > 0) return own.join(' ');
  const others = units.filter((u) => u.id !== unit.id).map((u) => ({ u, c: scored.get(pairKey(unit.id, u.id))! }));
  if (others.length === 0) return 'No other rat is available to pair with.';
  const possible = others.filter((o) => isRecommended(o.c)).sort((x, y) => y.c.score - x.c.score);
  if (possible.length === 0) {
    const first = others.find((o) => o.c.blocks.length > 0);
    const because = first ? `for example, ${first.c.blocks.find((b) => !own.includes(b)) ?? first.c.blocks[0]}` : 'every pairing scores too low.';
    return `No safe companion among the available rats: ${because}`;
  }
  const best = possible[0];
  const taken = partnerOf.get(best.u.id);
  const takenBy = taken ? byId.get(taken) : undefined;
  return `Every possible partner is better used elsewhere: the best, ${unitName(best.u)} (score ${best.c.score}), is paired with ${takenBy ? unitName(takenBy) : 'another rat'}, which gives more rats a good companion overall.`;
}

/**
 * Compatibility of a group of units proposed together (a pair, or a third rat added by hand):
 * each unit joins the ones before it, so every block and reason between them is counted once.
 */
export function groupCompatibility(units: readonly MatchUnit[], ctx: MatchContext): Compatibility {
  if (units.length < 2) throw new Error('A group needs at least two units.');
  let merged: MatchUnit = units[0];
  const blocks: string[] = [];
  const reasons: Reason[] = [];
  let score = 0;
  for (const next of units.slice(1)) {
    const c = compatibility(merged, next, ctx);
    for (const b of c.blocks) if (!blocks.includes(b)) blocks.push(b);
    reasons.push(...c.reasons);
    score += c.score;
    merged = { id: `${merged.id}+${next.id}`, cageGroupId: null, rats: [...merged.rats, ...next.rats] };
  }
  return { a: units[0].id, b: units[units.length - 1].id, blocks, score, reasons };
}
