import { daysBetween, toIsoDate } from './dates';
import { biteAtLeast, sessionDay, stressTrend } from './handling';
import { detectWeightLoss, type WeightRow } from './health';
import { formatShortDate, symptomsInWords } from './quarantine';
import { DEFAULT_POLICY, type Policy } from './policy';
import { countsAsIntact } from './sex-safety';
import { MAX_TRUST_STEP, trustStepName } from './trust-ladder';
import { orderSessions } from './trust-step';
import {
  FEAR_TRIGGERS,
  type BackgroundCause,
  type BiteGrade,
  type BiteRisk,
  type FearTrigger,
  type HandlingTechnique,
  type Sex,
  type StressSign,
  type Symptom,
  type TemperamentCategory,
} from './vocabulary';

/** Rescue policy: a rat rests for this many days after an illness is logged… */
export const REST_AFTER_ILLNESS_DAYS = 14;
/** …and after its neuter; a medication without an end date counts as running for this long too. */
export const REST_AFTER_NEUTER_DAYS = 14;

/** Rescue policy: the plan reads the signs of a rat's last three sessions. */
export const PLAN_RECENT_SESSIONS = 3;

export type PlanSuggestion = {
  kind: 'technique' | 'caution' | 'note';
  technique?: HandlingTechnique;
  text: string;
  reason: string;
};

export type PlanSession = {
  id: number;
  sessionAt: Date;
  highestStep: number;
  stressSigns: readonly StressSign[];
  biteGrade: BiteGrade;
};

export type PlanTemperament = {
  biteRisk: BiteRisk;
  category: TemperamentCategory;
  fearTriggers: readonly FearTrigger[];
  backgroundCauses: readonly BackgroundCause[];
};

export type PlanRat = { sex: Sex; birthDate: string | null; neuteredOn: string | null };

/** What the plan reads of a rat's health: recent illnesses and medications, and its weighings. */
export type PlanHealth = {
  illnesses: ReadonlyArray<{ occurredOn: string; symptoms: readonly Symptom[]; diagnosis: string | null }>;
  medications: ReadonlyArray<{ occurredOn: string; medication: string | null; courseStartOn: string | null; courseEndOn: string | null }>;
  weights: readonly WeightRow[];
};

export type HandlingPlanInput = {
  /** The derived current step, null before the first session. */
  step: number | null;
  /** The latest temperament assessment, if any. */
  temperament: PlanTemperament | null;
  /** The rat's sessions (any order); only the last three are read. */
  sessions: readonly PlanSession[];
  rat: PlanRat;
  /** Absent when the caller did not read health: the plan then suggests no rest. */
  health?: PlanHealth;
};

type StepTechnique = { technique: HandlingTechnique; text: string };

/** What moves a rat from each step to the next, gentlest first. */
const STEP_TECHNIQUES: ReadonlyArray<readonly StepTechnique[]> = [
  [
    { technique: 'scent', text: 'Put a worn T-shirt or piece of fabric in the nest so your smell becomes familiar.' },
    { technique: 'sitting_by_open_cage', text: 'Sit quietly by the open cage for 10 to 15 minutes without reaching in.' },
    { technique: 'talking_or_singing', text: 'Talk or sing softly by the cage so your voice means nothing bad happens.' },
  ],
  [
    { technique: 'sitting_by_open_cage', text: 'Keep sitting by the open cage every day, a little closer each time.' },
    { technique: 'scent', text: 'Keep a worn piece of fabric in the nest and swap it every few days.' },
    { technique: 'spoon_soft_food', text: 'Offer soft food (baby food, yoghurt) on a long spoon at the nest.' },
  ],
  [
    { technique: 'spoon_soft_food', text: 'Offer soft food on a spoon at the cage door, moved a little further out each day.' },
    { technique: 'trail_of_treats', text: 'Lay a short trail of treats that ends next to your hand.' },
    { technique: 'treat_from_fingers', text: 'Hold the spoon short, then offer a treat between your fingertips.' },
  ],
  [
    { technique: 'treat_from_fingers', text: 'Offer treats from your fingers, then from a flat open palm.' },
    { technique: 'trail_of_treats', text: 'End a trail of treats on your open palm so it has to step onto the hand.' },
    { technique: 'talking_or_singing', text: 'Keep talking softly so your hand always comes with your voice.' },
  ],
  [
    { technique: 'hands_off_climbing', text: 'Rest your arm in the cage with a treat at the elbow so it climbs on by itself.' },
    { technique: 'trail_of_treats', text: 'Lay treats up your hand and arm.' },
    { technique: 'portable_hidey_hole', text: 'Offer a small hidey-hole on your lap so climbing onto you feels safe.' },
  ],
  [
    { technique: 'scoop_from_below', text: 'Scoop it up from below with both hands, lift a few centimetres and put it back.' },
    { technique: 'stroking_grooming', text: 'Give short strokes along the back while it eats on your hand.' },
    { technique: 'bonding_pouch', text: 'Let it rest in a bonding pouch or a dressing-gown pocket while you sit still.' },
  ],
  [
    { technique: 'neutral_space', text: 'Sit inside a small safe play space with it for short sessions.' },
    { technique: 'portable_hidey_hole', text: 'Bring a portable hidey-hole into the play space as a safe base.' },
    { technique: 'bonding_pouch', text: 'Carry it in a bonding pouch for a few minutes around a quiet room.' },
  ],
  [
    { technique: 'neutral_space', text: 'Give longer play-space sessions and reward each time it comes back to you.' },
    { technique: 'clicker_training', text: 'Use clicker training to teach it to come when called.' },
    { technique: 'tickling', text: 'Try gentle tickling play on the belly and neck; stop if it pulls away.' },
  ],
  [
    { technique: 'tickling', text: 'Keep up tickling play: it builds the bond an adopter will enjoy.' },
    { technique: 'clicker_training', text: 'Teach simple tricks with the clicker to keep its mind busy.' },
    { technique: 'stroking_grooming', text: 'Have other calm people stroke and hold it, to prepare it for an adopter.' },
  ],
];

/** Techniques that put bare hands near the rat's mouth: left out while the plan says hands off. */
const HANDS_ON_TECHNIQUES: readonly HandlingTechnique[] = ['treat_from_fingers', 'stroking_grooming', 'tickling', 'scoop_from_below'];

type FearAdvice = { fear: string; text: string; technique?: HandlingTechnique };

/** For each fear trigger: what the rat fears, in words, and how to work around it. */
const FEAR_TRIGGER_ADVICE: Record<FearTrigger, FearAdvice> = {
  hands_in_cage: { fear: 'hands reaching into its cage', text: 'Do not reach into the cage: let it come to the cage door or out to you.' },
  picked_up_from_above: {
    fear: 'being picked up from above',
    text: 'Never pick it up from above: come in at its level and scoop it from below with both hands.',
    technique: 'scoop_from_below',
  },
  loud_noises: { fear: 'loud noises', text: 'Handle it in a quiet room, away from the TV, the vacuum cleaner and slamming doors.' },
  rustling: { fear: 'rustling', text: 'Open treat bags before the session so nothing rustles near the cage.' },
  other_animals_smell: { fear: 'the smell of other animals', text: 'Wash your hands after touching other pets and keep them out of the room.' },
  childrens_voices: { fear: "children's voices", text: 'Handle it when children are calm or in another room.' },
  sudden_movement: { fear: 'sudden movements', text: 'Move slowly and talk before you move, so nothing surprises it.' },
  being_restrained: { fear: 'being held tight', text: 'Never hold it tight: let it walk off your hand whenever it wants.' },
  new_places: { fear: 'new places', text: 'Keep new places for later: handle it where it already feels at home.' },
};

type Context = {
  step: number;
  temperament: PlanTemperament | null;
  recent: PlanSession[];
  handsOffReasons: string[];
  porphyrinReasons: string[];
  risingStressReasons: string[];
  slowDownReasons: string[];
  restReasons: string[];
};

type PlanPolicy = Pick<Policy, 'hormonalMaleAgeDays' | 'postNeuterSterileDays'> & Partial<Pick<Policy, 'weightLossAlertPercent' | 'weightLossWindowDays'>>;

/** Gentle contact while a rat rests: nothing new, nothing that asks it to come out or be held. */
const REST_TECHNIQUES: readonly StepTechnique[] = [
  { technique: 'sitting_by_open_cage', text: 'Sit quietly by the cage for a few minutes and let it come to you if it wants.' },
  { technique: 'talking_or_singing', text: 'Talk softly by the cage so it keeps hearing you while it rests.' },
  { technique: 'scent', text: 'Keep a worn piece of fabric in the nest; no new challenges until it is well.' },
];

type MedicationCourse = { occurredOn: string; courseStartOn: string | null; courseEndOn: string | null };

/**
 * A medication course runs on `today` (ISO day) from its start (or the day it was recorded) to its
 * end day; without an end day it counts as running for REST_AFTER_NEUTER_DAYS days.
 */
export function isMedicationRunning(course: MedicationCourse, today: string): boolean {
  const start = course.courseStartOn ?? course.occurredOn;
  if (start > today) return false;
  return course.courseEndOn ? course.courseEndOn >= today : daysBetween(start, today) <= REST_AFTER_NEUTER_DAYS;
}

/**
 * A rat that is ill (an illness in the last REST_AFTER_ILLNESS_DAYS days), losing weight (the
 * weight-loss rule), on medication, or neutered in the last REST_AFTER_NEUTER_DAYS days should rest.
 */
export function restReasons(rat: PlanRat, health: PlanHealth | undefined, now: Date, policy: PlanPolicy = DEFAULT_POLICY): string[] {
  if (!health) return [];
  const today = toIsoDate(now);
  const within = (day: string, days: number) => day <= today && daysBetween(day, today) <= days;
  const reasons: string[] = [];
  const ill = health.illnesses.filter((e) => within(e.occurredOn, REST_AFTER_ILLNESS_DAYS)).sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))[0];
  if (ill) {
    const what = ill.diagnosis ?? symptomsInWords(ill.symptoms);
    reasons.push(`Ill since ${formatShortDate(ill.occurredOn)} (${what}).`);
  }
  const weightPolicy = { ...DEFAULT_POLICY, ...policy };
  const loss = detectWeightLoss(health.weights, now, weightPolicy);
  if (loss) reasons.push(loss.message);
  const medication = health.medications.find((m) => isMedicationRunning(m, today));
  if (medication) {
    const until = medication.courseEndOn ? ` until ${formatShortDate(medication.courseEndOn)}` : '';
    reasons.push(`On medication${medication.medication ? ` (${medication.medication})` : ''}${until}.`);
  }
  if (rat.neuteredOn && within(rat.neuteredOn, REST_AFTER_NEUTER_DAYS)) reasons.push(`Neutered on ${formatShortDate(rat.neuteredOn)}: the wound needs to heal.`);
  return reasons;
}

/** Suggests the next techniques, cautions and notes for one rat; every suggestion names its reason. */
export function handlingPlan(
  input: HandlingPlanInput,
  now: Date,
  policy: PlanPolicy = DEFAULT_POLICY,
): PlanSuggestion[] {
  const ctx = planContext(input, now, policy);
  const suggestions = [...cautions(ctx), ...techniques(ctx), ...notes(ctx, input.rat, now, policy)];
  return uniqueSuggestions(suggestions);
}

function planContext(input: HandlingPlanInput, now: Date, policy: PlanPolicy): Context {
  const recent = orderSessions(input.sessions).slice(-PLAN_RECENT_SESSIONS);
  const porphyrin = porphyrinReasons(recent);
  const rising = risingStressReasons(recent);
  return {
    step: input.step ?? 0,
    temperament: input.temperament,
    recent,
    handsOffReasons: handsOffReasons(input.temperament, recent),
    porphyrinReasons: porphyrin,
    risingStressReasons: rising,
    slowDownReasons: [...porphyrin, ...rising],
    restReasons: restReasons(input.rat, input.health, now, policy),
  };
}

function handsOffReasons(temperament: PlanTemperament | null, recent: readonly PlanSession[]): string[] {
  const reasons: string[] = [];
  if (temperament?.biteRisk === 'high') reasons.push('Its last assessment gives a high bite risk.');
  if (temperament?.category === 'defensive') reasons.push('Its last assessment finds it defensive.');
  const nips = recent.filter((s) => biteAtLeast(s.biteGrade, 'nip') || s.stressSigns.includes('grabs_or_nips'));
  if (nips.length > 0) reasons.push(`It nipped or bit recently (${nips.map(biteLabel).join(', ')}).`);
  return reasons;
}

function biteLabel(s: PlanSession): string {
  const grade = biteAtLeast(s.biteGrade, 'nip') ? s.biteGrade : 'grabbed or nipped';
  return `${sessionDay(s.sessionAt)}: ${grade}`;
}

function porphyrinReasons(recent: readonly PlanSession[]): string[] {
  const days = recent.filter((s) => s.stressSigns.includes('porphyrin')).map((s) => sessionDay(s.sessionAt));
  return days.length > 0 ? [`Red tears (porphyrin) on ${days.join(', ')}.`] : [];
}

function risingStressReasons(recent: readonly PlanSession[]): string[] {
  const trend = stressTrend(recent);
  return trend.rising ? [`Stress signs rose over the last ${trend.counts.length} sessions (${trend.counts.join(', ')}).`] : [];
}

function caution(text: string, reasons: readonly string[]): PlanSuggestion[] {
  return reasons.length > 0 ? [{ kind: 'caution', text, reason: reasons.join(' ') }] : [];
}

function cautions(ctx: Context): PlanSuggestion[] {
  const category = ctx.temperament?.category;
  return [
    ...caution('Rest and gentle contact only: no new challenges until it is well. Keep sessions short and calm.', ctx.restReasons),
    ...caution(
      'Hands off for now: wear thin gloves and let it climb onto your arm or leg instead of reaching for it with your hands.',
      ctx.handsOffReasons,
    ),
    ...caution(slowDownText(ctx.step), ctx.slowDownReasons),
    ...caution(
      'Keep sessions short and predictable (same time, same place) and stop before it gets stressed.',
      category === 'fearful' ? ['Its last assessment finds it fearful.'] : [],
    ),
    ...caution(
      'Handle it away from its cage, where it has no territory to guard.',
      hormonalReasons(ctx.temperament),
    ),
    ...fearTriggerCautions(ctx.temperament),
  ];
}

function slowDownText(step: number): string {
  if (step === 0) return 'Slow down: keep sessions short and quiet, and end each one on a good note.';
  return `Slow down: go back to step ${step - 1} (${trustStepName(step - 1)}) for a few sessions, and keep them short.`;
}

function fearTriggerCautions(temperament: PlanTemperament | null): PlanSuggestion[] {
  if (!temperament) return [];
  const trauma = temperament.backgroundCauses.includes('poor_handling_or_trauma') ? ' after poor handling or trauma' : '';
  return FEAR_TRIGGERS.filter((t) => temperament.fearTriggers.includes(t)).map((t) => {
    const { fear, ...advice } = FEAR_TRIGGER_ADVICE[t];
    return { kind: 'caution', ...advice, reason: `It is afraid of ${fear}${trauma}.` };
  });
}

/** The step whose techniques to use: one below the current step while the rat is slowing down. */
function workingStep(ctx: Context): number {
  const step = Math.min(Math.max(ctx.step, 0), MAX_TRUST_STEP);
  return ctx.slowDownReasons.length > 0 ? Math.max(step - 1, 0) : step;
}

function techniques(ctx: Context): PlanSuggestion[] {
  if (ctx.restReasons.length > 0) {
    return REST_TECHNIQUES.map((t) => ({ kind: 'technique', ...t, reason: `Rest and gentle contact: ${ctx.restReasons.join(' ')}` }));
  }
  const step = workingStep(ctx);
  const handsOff = ctx.handsOffReasons.length > 0;
  const fromStep = STEP_TECHNIQUES[step]
    .filter((t) => !handsOff || !HANDS_ON_TECHNIQUES.includes(t.technique))
    .map((t): PlanSuggestion => ({ kind: 'technique', ...t, reason: stepReason(ctx.step, step) }));
  const climbing: PlanSuggestion[] = handsOff
    ? [{ kind: 'technique', technique: 'hands_off_climbing', text: 'Let it climb onto a gloved arm or your leg, with a treat as the reward.', reason: ctx.handsOffReasons.join(' ') }]
    : [];
  return [...climbing, ...fromStep];
}

function stepReason(current: number, working: number): string {
  if (working < current) return `It is at step ${current}, but it is stressed: consolidate step ${working} (${trustStepName(working)}) first.`;
  if (working === MAX_TRUST_STEP) return `It is at step ${working} (${trustStepName(working)}): keep the bond strong for its adopter.`;
  return `It is at step ${working} (${trustStepName(working)}): this works towards step ${working + 1} (${trustStepName(working + 1)}).`;
}

function notes(ctx: Context, rat: PlanRat, now: Date, policy: PlanPolicy): PlanSuggestion[] {
  const health: PlanSuggestion[] = ctx.porphyrinReasons.map((reason) => ({
    kind: 'note',
    text: 'Red tears that keep coming can mean illness as well as stress: log a health check if they do not clear in a day or two.',
    reason,
  }));
  return [...health, ...neuterReviewNote(ctx, rat, now, policy)];
}

/** An intact male past the hormonal age whose stress or bites rise gets a neuter-review note. */
function neuterReviewNote(ctx: Context, rat: PlanRat, now: Date, policy: PlanPolicy): PlanSuggestion[] {
  if (!countsAsIntact(rat, now, policy.postNeuterSterileDays)) return [];
  const age = rat.birthDate ? daysBetween(rat.birthDate, toIsoDate(now)) : null;
  if (age !== null && age <= policy.hormonalMaleAgeDays) return [];
  const causes = [...ctx.risingStressReasons, ...biteReasons(ctx.recent), ...hormonalReasons(ctx.temperament)];
  if (causes.length === 0) return [];
  const ageText = age === null ? 'his age is not known' : `he is ${age} days old`;
  return [
    {
      kind: 'note',
      text: 'Ask a coordinator for a neuter review: hormones can drive stress and bites in an unneutered male.',
      reason: `An intact male past ${policy.hormonalMaleAgeDays} days (${ageText}). ${causes.join(' ')}`,
    },
  ];
}

function biteReasons(recent: readonly PlanSession[]): string[] {
  return recent.filter((s) => biteAtLeast(s.biteGrade, 'nip')).map((s) => `It ${s.biteGrade === 'nip' ? 'nipped' : 'bit'} on ${sessionDay(s.sessionAt)}.`);
}

function hormonalReasons(temperament: PlanTemperament | null): string[] {
  return temperament?.category === 'hormonal' ? ['Its last assessment finds it hormonal.'] : [];
}

function uniqueSuggestions(suggestions: readonly PlanSuggestion[]): PlanSuggestion[] {
  const seen = new Set<string>();
  return suggestions.filter((s) => {
    const key = `${s.kind}:${s.technique ?? s.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
