/**
 * Introductions: who may meet whom, in what order the stages run, and what the meetings so far
 * suggest doing next. Built on the sex-safety, quarantine-cohort and status rules, so an
 * introduction never allows what a cage group would not.
 */
import { daysBetween, toIsoDate } from './dates';
import type { Policy } from './policy';
import { cohortAllows, formatShortDate, listInWords, type CohortRat } from './quarantine';
import { countsAsIntact, isUnweanedKitten, sterileFrom } from './sex-safety';
import {
  INTRODUCTION_STAGE_LABELS,
  RAT_STATUS_LABELS,
  type BiteRisk,
  type IntroductionStage,
  type IntroductionStatus,
  type ObservationBehaviour,
  type ObservationOutcome,
  type RatStatus,
  type Sex,
} from './vocabulary';
import { groupBy } from '../group-by';

/** Rescue policy: a rat younger than this many days is a very young kitten; meeting adults needs care. */
export const YOUNG_KITTEN_DAYS = 70;

/** Rescue policy: two calm meetings in a row at a stage suggest moving on to the next. */
export const CALM_MEETINGS_TO_ADVANCE = 2;

type IntroPolicy = Pick<Policy, 'postNeuterSterileDays' | 'litterSeparationDay' | 'hormonalMaleAgeDays'>;

/** One rat on a side, as the planning rules need it. */
export type IntroRat = CohortRat & {
  id: number;
  name: string;
  sex: Sex;
  neuteredOn: string | null;
  birthDate: string | null;
  status: RatStatus;
  fosterHomeId: number | null;
  homeName: string | null;
  /** Bite risk in the rat's latest temperament assessment, if it has one. */
  latestBiteRisk: BiteRisk | null;
  /** The id of another running introduction the rat is in, if any. */
  runningIntroductionId: number | null;
};

/** An earlier failed introduction between two rats. */
export type FailedPair = { introductionId: number; ratIdA: number; ratIdB: number; endedOn: string | null };

export type IntroductionPlan = {
  sideA: readonly IntroRat[];
  sideB: readonly IntroRat[];
  /** The home where the meetings run. */
  fosterHomeId: number;
  homeName: string;
  /** The sides live in different homes and will be moved to this home. */
  movePlanned: boolean;
  failedPairs: readonly FailedPair[];
};

export type PlanDecision = { blocks: string[]; warnings: string[] };

const NOT_AVAILABLE: readonly RatStatus[] = ['reserved', 'adopted', 'deceased', 'transferred'];

function names(rats: readonly { name: string }[]): string {
  return listInWords(rats.map((r) => r.name));
}

function ageDays(rat: Pick<IntroRat, 'birthDate'>, now: Date): number | null {
  return rat.birthDate ? daysBetween(rat.birthDate, toIsoDate(now)) : null;
}

/** Quarantine: no rat in quarantine may meet anyone unless every rat on both sides is in the same cohort. */
export function quarantineBlock(rats: readonly IntroRat[], now: Date): string | null {
  const decision = cohortAllows(rats, now);
  return decision.ok ? null : decision.reason;
}

/**
 * Sex safety: an intact male never meets a female. A neutered male counts as intact inside the
 * post-neuter window, and the reason names the day he counts as sterile.
 */
export function sexBlock(rats: readonly IntroRat[], now: Date, policy: IntroPolicy): string | null {
  const breeding = rats.filter((r) => !isUnweanedKitten(r, now, policy.litterSeparationDay));
  const male = breeding.find((r) => countsAsIntact(r, now, policy.postNeuterSterileDays));
  const female = breeding.find((r) => r.sex === 'female');
  if (!male || !female) return null;
  const sterile = sterileFrom(male, policy.postNeuterSterileDays);
  const why = sterile
    ? `${male.name} was neutered on ${formatShortDate(male.neuteredOn!)} and still counts as intact until ${formatShortDate(sterile)} (${policy.postNeuterSterileDays} days after the neuter)`
    : `${male.name} is an intact male`;
  return `${why}, and ${female.name} is female: they may not meet, or there will be a litter.`;
}

/** Status: a reserved, adopted, deceased or transferred rat, or one already in another running introduction, cannot take part. */
export function statusBlocks(rats: readonly IntroRat[]): string[] {
  const blocks: string[] = [];
  for (const r of rats) {
    if (NOT_AVAILABLE.includes(r.status)) {
      blocks.push(`${r.name} is ${RAT_STATUS_LABELS[r.status].toLowerCase()}, so ${r.name} cannot be introduced.`);
    } else if (r.runningIntroductionId !== null) {
      blocks.push(`${r.name} is already in another running introduction: finish or end that one first.`);
    }
  }
  return blocks;
}

/**
 * Homes: both sides must live in the introduction's home, unless a move there is planned (the
 * bonded merge then moves them).
 */
export function homeBlock(plan: Pick<IntroductionPlan, 'sideA' | 'sideB' | 'movePlanned' | 'fosterHomeId' | 'homeName'>): string | null {
  if (plan.movePlanned) return null;
  const everyone = [...plan.sideA, ...plan.sideB];
  if (everyone.every((r) => r.fosterHomeId === plan.fosterHomeId)) return null;
  const where = (rats: readonly IntroRat[]) => listInWords([...new Set(rats.map((r) => r.homeName ?? 'no home yet'))]);
  const lives = (rats: readonly IntroRat[]) => `${names(rats)} live${rats.length === 1 ? 's' : ''} at ${where(rats)}`;
  return `${lives(plan.sideA)} and ${lives(plan.sideB)}, but the introduction is planned at ${plan.homeName}: tick that a move is planned, or choose their home.`;
}

/** A failed introduction between any rat of side A and any rat of side B warns, naming it and its date. */
export function failedBeforeWarning(plan: Pick<IntroductionPlan, 'sideA' | 'sideB' | 'failedPairs'>): string | null {
  const a = new Map(plan.sideA.map((r) => [r.id, r.name]));
  const b = new Map(plan.sideB.map((r) => [r.id, r.name]));
  const hits = plan.failedPairs.filter((p) => (a.has(p.ratIdA) && b.has(p.ratIdB)) || (a.has(p.ratIdB) && b.has(p.ratIdA)));
  if (hits.length === 0) return null;
  const byIntro = groupBy(hits, (h) => h.introductionId);
  const parts = [...byIntro.values()].map((pairs) => {
    const who = listInWords([...new Set(pairs.flatMap((p) => [a.get(p.ratIdA) ?? b.get(p.ratIdA)!, a.get(p.ratIdB) ?? b.get(p.ratIdB)!]))]);
    const when = pairs[0].endedOn ? ` on ${formatShortDate(pairs[0].endedOn)}` : '';
    return `introduction #${pairs[0].introductionId} between ${who} failed${when}`;
  });
  return `An earlier ${listInWords(parts)}: try again only if something has changed.`;
}

function isAdultIntactMale(r: IntroRat, now: Date, policy: IntroPolicy): boolean {
  const age = ageDays(r, now);
  return countsAsIntact(r, now, policy.postNeuterSterileDays) && (age === null || age >= policy.hormonalMaleAgeDays);
}

/** Adult intact males on both sides warn: buck-to-buck introductions are the riskiest. */
export function intactMalesWarning(plan: Pick<IntroductionPlan, 'sideA' | 'sideB'>, now: Date, policy: IntroPolicy): string | null {
  const a = plan.sideA.filter((r) => isAdultIntactMale(r, now, policy));
  const b = plan.sideB.filter((r) => isAdultIntactMale(r, now, policy));
  if (a.length === 0 || b.length === 0) return null;
  return `${names([...a, ...b])} are adult intact males on both sides: buck introductions often end in fights, so go slowly and consider a neuter first.`;
}

/** A rat whose latest assessment says high bite risk warns. */
export function biteRiskWarning(rats: readonly IntroRat[]): string | null {
  const risky = rats.filter((r) => r.latestBiteRisk === 'high');
  if (risky.length === 0) return null;
  return `${names(risky)} ${risky.length === 1 ? 'has' : 'have'} a high bite risk in the latest assessment: keep a towel and a spare carrier at hand.`;
}

/** A rat whose sex is not known yet warns: sex it before the rats share a cage. */
export function unknownSexWarning(rats: readonly IntroRat[]): string | null {
  const unknown = rats.filter((r) => r.sex === 'unknown');
  if (unknown.length === 0) return null;
  return `${names(unknown)}’s sex is not recorded yet: have ${unknown.length === 1 ? 'the rat' : 'them'} sexed before the full-cage stage.`;
}

/** A very young kitten meeting adults warns: adults can be rough, and a kitten cannot get away. */
export function kittenWarning(plan: Pick<IntroductionPlan, 'sideA' | 'sideB'>, now: Date, policy: IntroPolicy): string | null {
  const kitten = (r: IntroRat) => {
    const age = ageDays(r, now);
    return age !== null && age < YOUNG_KITTEN_DAYS;
  };
  const adult = (r: IntroRat) => {
    const age = ageDays(r, now);
    return age === null || age >= policy.hormonalMaleAgeDays;
  };
  const kittens = [...plan.sideA, ...plan.sideB].filter(kitten);
  const aHasKitten = plan.sideA.some(kitten);
  const bHasKitten = plan.sideB.some(kitten);
  const adultsFacing = [...(aHasKitten ? plan.sideB : []), ...(bHasKitten ? plan.sideA : [])].filter(adult);
  if (kittens.length === 0 || adultsFacing.length === 0) return null;
  return `${names(kittens)} ${kittens.length === 1 ? 'is a kitten' : 'are kittens'} under ${YOUNG_KITTEN_DAYS / 7} weeks meeting adult${adultsFacing.length === 1 ? '' : 's'} (${names(adultsFacing)}): supervise closely and keep meetings short.`;
}

/**
 * Every block and warning for a planned introduction, each in words. Blocks stop the plan;
 * warnings may be accepted with a reason that is recorded.
 */
export function evaluateIntroduction(plan: IntroductionPlan, now: Date, policy: IntroPolicy): PlanDecision {
  const everyone = [...plan.sideA, ...plan.sideB];
  const blocks: string[] = [];
  if (plan.sideA.length === 0 || plan.sideB.length === 0) blocks.push('Choose at least one rat for each side.');
  const overlap = plan.sideA.filter((r) => plan.sideB.some((b) => b.id === r.id));
  if (overlap.length > 0) blocks.push(`${names(overlap)} cannot be on both sides.`);
  const q = quarantineBlock(everyone, now);
  if (q) blocks.push(q);
  const sex = sexBlock(everyone, now, policy);
  if (sex) blocks.push(sex);
  blocks.push(...statusBlocks(everyone));
  if (plan.sideA.length > 0 && plan.sideB.length > 0) {
    const home = homeBlock(plan);
    if (home) blocks.push(home);
  }
  const warnings = [
    failedBeforeWarning(plan),
    intactMalesWarning(plan, now, policy),
    biteRiskWarning(everyone),
    unknownSexWarning(everyone),
    kittenWarning(plan, now, policy),
  ].filter((w): w is string => w !== null);
  return { blocks, warnings };
}

// ---------------------------------------------------------------------------------------------
// Stages
// ---------------------------------------------------------------------------------------------
/** Where each stage sits in the order: carrier and small cage are one step (either may be used). */
const STAGE_STEP: Record<IntroductionStage, number> = {
  scent_swap: 0,
  side_by_side: 1,
  neutral_meeting: 2,
  carrier: 3,
  small_cage: 3,
  full_cage: 4,
  bonded: 5,
};

export function stageStep(stage: IntroductionStage): number {
  return STAGE_STEP[stage];
}

/** The stage after this one (carrier and small cage both lead to the full cage); null after bonded. */
export function nextStage(stage: IntroductionStage): IntroductionStage | null {
  switch (stage) {
    case 'scent_swap':
      return 'side_by_side';
    case 'side_by_side':
      return 'neutral_meeting';
    case 'neutral_meeting':
      return 'carrier';
    case 'carrier':
    case 'small_cage':
      return 'full_cage';
    case 'full_cage':
      return 'bonded';
    case 'bonded':
      return null;
  }
}

export type StageMove =
  | { ok: true; direction: 'forward' | 'back' | 'same_step' | 'skip'; note: string }
  | { ok: false; reason: string };

/**
 * Stages run in order. The next stage (or the other of carrier / small cage) is fine; stepping
 * back is allowed and recorded; skipping a stage forward is refused unless a reason is given.
 * Bonded is reached by marking the introduction bonded, which merges the cage groups.
 */
export function canChangeStage(
  current: { stage: IntroductionStage; status: IntroductionStatus },
  to: IntroductionStage,
  reason: string | null,
): StageMove {
  if (current.status === 'bonded' || current.status === 'failed') {
    return { ok: false, reason: `This introduction has ended (${current.status}): start a new one to try again.` };
  }
  if (to === current.stage) return { ok: false, reason: `The introduction is already at ${label(to)}.` };
  if (to === 'bonded') return { ok: false, reason: 'Use “Mark bonded” to finish: it merges the cage groups.' };
  const from = stageStep(current.stage);
  const target = stageStep(to);
  if (target < from) return { ok: true, direction: 'back', note: `Stepped back from ${label(current.stage)} to ${label(to)}` };
  if (target === from) return { ok: true, direction: 'same_step', note: `Changed from ${label(current.stage)} to ${label(to)}` };
  if (target === from + 1) return { ok: true, direction: 'forward', note: `Moved on from ${label(current.stage)} to ${label(to)}` };
  if (!reason) {
    const skipped = skippedStages(current.stage, to);
    return {
      ok: false,
      reason: `Going from ${label(current.stage)} to ${label(to)} skips ${listInWords(skipped.map(label))}. Stages run in order: give a reason to skip ahead.`,
    };
  }
  return { ok: true, direction: 'skip', note: `Skipped ahead from ${label(current.stage)} to ${label(to)}` };
}

function skippedStages(from: IntroductionStage, to: IntroductionStage): IntroductionStage[] {
  const skipped: IntroductionStage[] = [];
  for (let s = nextStage(from); s && stageStep(s) < stageStep(to); s = nextStage(s)) skipped.push(s);
  return skipped;
}

/** Marking bonded is allowed from the full-cage stage on; earlier needs a reason, like any skip. */
export function canMarkBonded(current: { stage: IntroductionStage; status: IntroductionStatus }, reason: string | null): StageMove {
  if (current.status === 'bonded' || current.status === 'failed') {
    return { ok: false, reason: `This introduction has ended (${current.status}).` };
  }
  if (current.stage === 'full_cage') return { ok: true, direction: 'forward', note: 'Bonded after the full-cage stage' };
  if (!reason) {
    return {
      ok: false,
      reason: `The rats are at ${label(current.stage)}, not yet living in the full cage: give a reason to mark them bonded now.`,
    };
  }
  return { ok: true, direction: 'skip', note: `Marked bonded from ${label(current.stage)}` };
}

function label(stage: IntroductionStage): string {
  return INTRODUCTION_STAGE_LABELS[stage].toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Observations and the suggested next step
// ---------------------------------------------------------------------------------------------
export type ObservationForSuggestion = {
  observedAt: Date;
  stage: IntroductionStage;
  outcome: ObservationOutcome;
  behaviours: readonly string[];
  injuries: boolean;
};

export type Suggestion =
  | { kind: 'separate'; reason: string }
  | { kind: 'advance'; to: IntroductionStage; reason: string }
  | { kind: 'mark_bonded'; reason: string }
  | { kind: 'continue'; reason: string };

const TENSE_BEHAVIOURS: readonly ObservationBehaviour[] = ['pinning', 'boxing', 'chasing', 'puffing_up', 'hissing_or_squeaking', 'blood_drawn'];

function isCalm(o: ObservationForSuggestion): boolean {
  return (o.outcome === 'positive' || o.outcome === 'neutral') && !o.injuries && !o.behaviours.some((b) => TENSE_BEHAVIOURS.includes(b as ObservationBehaviour));
}

/**
 * The next step from the latest meetings: blood drawn or a fight means separate now; sleeping
 * together at the full-cage stage means mark bonded; two calm meetings in a row at the current
 * stage mean move on; otherwise keep going at this stage.
 */
export function suggestNextStep(stage: IntroductionStage, observations: readonly ObservationForSuggestion[]): Suggestion {
  const recent = [...observations].sort((x, y) => y.observedAt.getTime() - x.observedAt.getTime());
  const latest = recent[0];
  if (!latest) return { kind: 'continue', reason: `No meetings logged yet: start with the ${label(stage)} stage and log each meeting.` };
  const when = formatShortDate(toIsoDate(latest.observedAt));
  if (latest.injuries || latest.behaviours.includes('blood_drawn')) {
    return { kind: 'separate', reason: `Blood was drawn at the meeting on ${when}: separate the rats now, check the wounds, and step back a stage once they heal.` };
  }
  if (latest.outcome === 'fight') {
    return { kind: 'separate', reason: `The meeting on ${when} ended in a fight: separate the rats now and step back a stage before trying again.` };
  }
  if (stage === 'full_cage' && latest.stage === 'full_cage' && latest.behaviours.includes('sleeping_together')) {
    return { kind: 'mark_bonded', reason: `They slept together in the full cage on ${when}: mark them bonded to merge the cage groups.` };
  }
  const atStage = recent.filter((o) => o.stage === stage).slice(0, CALM_MEETINGS_TO_ADVANCE);
  const next = nextStage(stage);
  if (next && next !== 'bonded' && atStage.length === CALM_MEETINGS_TO_ADVANCE && atStage.every(isCalm) && recent[0].stage === stage) {
    return {
      kind: 'advance',
      to: next,
      reason: `The last ${CALM_MEETINGS_TO_ADVANCE} meetings at the ${label(stage)} stage were calm: move on to ${label(next)}.`,
    };
  }
  if (stage === 'full_cage') return { kind: 'continue', reason: 'Keep them in the full cage until they sleep in a heap, then mark them bonded.' };
  return { kind: 'continue', reason: `Keep going at the ${label(stage)} stage until ${CALM_MEETINGS_TO_ADVANCE} meetings in a row are calm.` };
}

// ---------------------------------------------------------------------------------------------
// Board and chart shaping
// ---------------------------------------------------------------------------------------------
/** Whole days an introduction has been at its current stage. */
export function daysInStage(stageChangedAt: Date, now: Date): number {
  return Math.max(0, daysBetween(toIsoDate(stageChangedAt), toIsoDate(now)));
}

/** Outcome on a scale the chart can draw: fight lowest, went well highest. */
export const OUTCOME_SCORE: Record<ObservationOutcome, number> = { fight: 0, tense: 1, neutral: 2, positive: 3 };

export type TimelinePoint = {
  at: string;
  label: string;
  score: number;
  outcome: ObservationOutcome;
  stage: IntroductionStage;
  stageStep: number;
  minutes: number | null;
};

/** Observations as chart points in time order: the outcome score and the stage step of each meeting. */
export function observationTimeline(
  observations: readonly { observedAt: Date; stage: IntroductionStage; outcome: ObservationOutcome; durationMinutes: number | null }[],
): TimelinePoint[] {
  return [...observations]
    .sort((x, y) => x.observedAt.getTime() - y.observedAt.getTime())
    .map((o) => ({
      at: o.observedAt.toISOString(),
      label: formatShortDate(toIsoDate(o.observedAt)),
      score: OUTCOME_SCORE[o.outcome],
      outcome: o.outcome,
      stage: o.stage,
      stageStep: stageStep(o.stage),
      minutes: o.durationMinutes,
    }));
}
