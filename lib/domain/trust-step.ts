import { sessionDay } from './handling';
import { trustStepName } from './trust-ladder';

/** Rescue policy: the current step looks at a rat's last three sessions… */
export const TRUST_STEP_WINDOW = 3;
/** …and needs a step reached in at least two of them, so one lucky or bad session changes nothing. */
export const TRUST_STEP_AGREEMENT = 2;

export type StepSession = { id: number; sessionAt: Date; highestStep: number };

export type TrustStepPoint = { sessionId: number; sessionAt: Date; highestStep: number; step: number };

export type TrustStepExplanation = {
  step: number | null;
  /** The sessions in the window that reached the step. */
  deciding: StepSession[];
  /** The sessions in the window that stayed below it. */
  others: StepSession[];
  text: string;
};

/** Sessions in time order; sessions logged at the same moment are ordered by id. */
export function orderSessions<T extends StepSession>(sessions: readonly T[]): T[] {
  return [...sessions].sort((a, b) => a.sessionAt.getTime() - b.sessionAt.getTime() || a.id - b.id);
}

/** The highest step reached in at least two of the given steps, or the only step, or null for none. */
function stepFromWindow(steps: readonly number[]): number | null {
  if (steps.length === 0) return null;
  const highestFirst = [...steps].sort((a, b) => b - a);
  return highestFirst[Math.min(TRUST_STEP_AGREEMENT, steps.length) - 1];
}

function lastWindow<T>(ordered: readonly T[]): T[] {
  return ordered.slice(-TRUST_STEP_WINDOW);
}

/** The current step: the highest step reached in at least two of the last three sessions. */
export function currentTrustStep(sessions: readonly StepSession[]): number | null {
  return stepFromWindow(lastWindow(orderSessions(sessions)).map((s) => s.highestStep));
}

/** The derived step after each session, in time order: the rat's progress curve. */
export function trustStepHistory(sessions: readonly StepSession[]): TrustStepPoint[] {
  const steps: number[] = [];
  return orderSessions(sessions).map((s) => {
    steps.push(s.highestStep);
    const step = stepFromWindow(lastWindow(steps)) as number;
    return { sessionId: s.id, sessionAt: s.sessionAt, highestStep: s.highestStep, step };
  });
}

/** The current step with the sessions that decided it, in words a foster understands. */
export function explainTrustStep(sessions: readonly StepSession[]): TrustStepExplanation {
  const window = lastWindow(orderSessions(sessions));
  const step = stepFromWindow(window.map((s) => s.highestStep));
  if (step === null) return { step, deciding: [], others: [], text: 'No step yet: no handling sessions logged.' };
  const deciding = window.filter((s) => s.highestStep >= step);
  const others = window.filter((s) => s.highestStep < step);
  const listed = [deciding, others].filter((group) => group.length > 0).map(listSessions).join('; ');
  const reached =
    window.length === 1 ? 'reached in the only session so far' : `reached in ${deciding.length} of the last ${window.length} sessions`;
  return { step, deciding, others, text: `Step ${step} (${trustStepName(step)}): ${reached} (${listed})` };
}

function listSessions(group: readonly StepSession[]): string {
  return group.map((s) => `${sessionDay(s.sessionAt)}: ${s.highestStep}`).join(', ');
}
