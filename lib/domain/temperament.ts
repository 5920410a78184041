import { sessionDay } from './handling';
import type { BackgroundCause, BiteRisk, FearTrigger, Role, TemperamentCategory } from './vocabulary';

/** Staff, coordinators and admins assess any rat; a foster only the rats placed in their home (scoped by query). */
export const ASSESSOR_ROLES = ['admin', 'staff', 'coordinator', 'foster'] as const satisfies readonly Role[];

/**
 * The scale new temperament assessments are scored on. Every row stores the version and the
 * maximum it was made with (`scale_version`, `scale_max`), so a past score always keeps the
 * meaning it had when it was given: if the rescue later moves the form to another scale, bump
 * the version here and old rows are neither rewritten nor misread. Charts compare assessments
 * across versions through `normalisedScore`, never through the raw numbers.
 */
export const ASSESSMENT_SCALE = { version: 1, max: 5 } as const;

/** Every scale starts at 1. */
export const ASSESSMENT_SCALE_MIN = 1;

export const SCORE_KEYS = ['approach', 'handlingTolerance', 'newSpaceConfidence', 'ratSociability'] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];

/** What each score asks, and what its two ends look like, in a foster's words. */
export const SCORE_QUESTIONS: Record<ScoreKey, { label: string; question: string; low: string; high: string }> = {
  approach: { label: 'Approach', question: 'What does it do when you come to the open cage?', low: 'hides', high: 'comes straight over' },
  handlingTolerance: {
    label: 'Handling tolerance',
    question: 'How does it take being touched, scooped up and held?',
    low: 'struggles or bites',
    high: 'relaxes in the hand',
  },
  newSpaceConfidence: {
    label: 'Confidence in a new space',
    question: 'How does it behave in a play space it has not seen before?',
    low: 'freezes or hides',
    high: 'explores at once',
  },
  ratSociability: {
    label: 'Sociability with rats',
    question: 'How does it get on with its cage mates?',
    low: 'avoids or fights them',
    high: 'seeks their company',
  },
};

export const BITE_RISK_LABELS: Record<BiteRisk, { label: string; description: string }> = {
  low: { label: 'Low', description: 'Has not bitten; mouths gently at most.' },
  medium: { label: 'Medium', description: 'Nips when frightened or cornered.' },
  high: { label: 'High', description: 'Has broken skin, or bites without warning.' },
};

export const TEMPERAMENT_CATEGORY_LABELS: Record<TemperamentCategory, { label: string; description: string }> = {
  confident: { label: 'Confident', description: 'Curious and bold: explores and comes to people.' },
  shy: { label: 'Shy', description: 'Watchful and careful, but warms up with patience.' },
  fearful: { label: 'Fearful', description: 'Hides, freezes or flees: needs slow, gentle work.' },
  defensive: { label: 'Defensive', description: 'Fear that shows as lunging, boxing or biting.' },
  hormonal: { label: 'Hormonal', description: 'An intact male whose hormones drive puffing up, sidling or aggression.' },
};

export const FEAR_TRIGGER_LABELS: Record<FearTrigger, string> = {
  hands_in_cage: 'Hands in the cage',
  picked_up_from_above: 'Picked up from above',
  loud_noises: 'Loud noises',
  rustling: 'Rustling',
  other_animals_smell: 'Smell of other animals',
  childrens_voices: 'Children’s voices',
  sudden_movement: 'Sudden movement',
  being_restrained: 'Being held tight',
  new_places: 'New places',
};

export const BACKGROUND_CAUSE_LABELS: Record<BackgroundCause, string> = {
  lack_of_early_handling: 'Little handling when young',
  poor_handling_or_trauma: 'Poor handling or trauma',
  hormonal: 'Hormones',
  stressful_environment: 'Stressful surroundings',
};

/**
 * A score as a fraction of its own scale, 0 (the lowest) to 1 (the highest), so assessments
 * made on different scales chart on one axis: 3 of 5 and 5.5 of 10 are both halfway.
 */
export function normalisedScore(score: number, scaleMax: number): number {
  if (scaleMax <= ASSESSMENT_SCALE_MIN) throw new Error(`A scale needs a maximum above ${ASSESSMENT_SCALE_MIN}, not ${scaleMax}`);
  const clamped = Math.min(Math.max(score, ASSESSMENT_SCALE_MIN), scaleMax);
  return (clamped - ASSESSMENT_SCALE_MIN) / (scaleMax - ASSESSMENT_SCALE_MIN);
}

/** A normalised value read back on the current scale (for axis ticks): 0 → 1, 1 → 5. */
export function onCurrentScale(normalised: number): number {
  return ASSESSMENT_SCALE_MIN + normalised * (ASSESSMENT_SCALE.max - ASSESSMENT_SCALE_MIN);
}

export type AssessmentScores = Record<ScoreKey, number> & { scaleMax: number };

/** One assessment as the screens show it. */
export type AssessmentSummary = AssessmentScores & {
  id: number;
  assessedAt: Date;
  assessorName: string | null;
  scaleVersion: number;
  biteRisk: BiteRisk;
  backgroundCauses: BackgroundCause[];
  fearTriggers: FearTrigger[];
  category: TemperamentCategory;
  notes: string | null;
};

export type TrendRow = AssessmentScores & { id: number; assessedAt: Date };

/** One assessment on the chart: each score normalised, and its raw text ("4 of 5") for the tooltip. */
export type TrendPoint = Record<ScoreKey, number> & {
  id: number;
  /** ISO timestamp. */
  at: string;
  label: string;
  raw: Record<ScoreKey, string>;
};

/** The trend chart's points: assessments oldest first, every score on the same 0–1 axis. */
export function temperamentTrend(rows: readonly TrendRow[]): TrendPoint[] {
  return [...rows]
    .sort((a, b) => a.assessedAt.getTime() - b.assessedAt.getTime() || a.id - b.id)
    .map((row) => {
      const normalised = {} as Record<ScoreKey, number>;
      const raw = {} as Record<ScoreKey, string>;
      for (const key of SCORE_KEYS) {
        normalised[key] = normalisedScore(row[key], row.scaleMax);
        raw[key] = `${row[key]} of ${row.scaleMax}`;
      }
      return { id: row.id, at: row.assessedAt.toISOString(), label: sessionDay(row.assessedAt), ...normalised, raw };
    });
}

/** The trend in one or two sentences, for screen readers and for anyone who skips the chart. */
export function trendSummary(points: readonly TrendPoint[]): string {
  if (points.length === 0) return 'No assessments yet.';
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) {
    return `One assessment, on ${first.label}: ${SCORE_KEYS.map((k) => `${SCORE_QUESTIONS[k].label.toLowerCase()} ${first.raw[k]}`).join(', ')}.`;
  }
  const changes = SCORE_KEYS.map((k) => `${SCORE_QUESTIONS[k].label.toLowerCase()} ${first.raw[k]} → ${last.raw[k]} (${direction(last[k] - first[k])})`);
  const text = changes.join('; ');
  return `${points.length} assessments from ${first.label} to ${last.label}. ${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function direction(delta: number): string {
  if (Math.abs(delta) < 1e-9) return 'no change';
  return delta > 0 ? 'up' : 'down';
}
