import { describe, expect, it } from 'vitest';
import { currentTrustStep, explainTrustStep, orderSessions, trustStepHistory, type StepSession } from '@/lib/domain/trust-step';

/** Sessions one a day from 21 Nov 2025 at 18:00 UTC, with ids 1, 2, 3… in that order. */
function daily(steps: number[]): StepSession[] {
  return steps.map((highestStep, i) => ({ id: i + 1, sessionAt: new Date(Date.UTC(2025, 10, 21 + i, 18)), highestStep }));
}

describe('current trust step', () => {
  it('is null before the first session', () => {
    expect(currentTrustStep([])).toBeNull();
  });

  it("the only session's step counts", () => {
    expect(currentTrustStep(daily([3]))).toBe(3);
  });

  it('with two sessions the lower step counts', () => {
    expect(currentTrustStep(daily([5, 2]))).toBe(2);
    expect(currentTrustStep(daily([2, 5]))).toBe(2);
  });

  it('a single lucky session does not promote', () => {
    expect(currentTrustStep(daily([3, 3, 7]))).toBe(3);
  });

  it('a single bad day does not erase progress', () => {
    expect(currentTrustStep(daily([5, 5, 0]))).toBe(5);
  });

  it('is the highest step reached in at least two of the last three sessions', () => {
    expect(currentTrustStep(daily([5, 4, 2]))).toBe(4);
  });

  it('reads only the last three sessions', () => {
    expect(currentTrustStep(daily([8, 8, 8, 2, 3, 2]))).toBe(2);
  });

  it('orders sessions by time, whatever order they come in', () => {
    const [a, b, c, d] = daily([6, 6, 1, 1]);
    expect(currentTrustStep([c, a, d, b])).toBe(1);
  });
});

describe('session order', () => {
  const at = new Date('2025-11-21T18:00:00Z');
  /** Sessions logged at the same moment, from [id, step] pairs. */
  const sameTime = (pairs: Array<[number, number]>): StepSession[] => pairs.map(([id, highestStep]) => ({ id, sessionAt: at, highestStep }));

  it('ties in session time are ordered by id', () => {
    const earlier: StepSession = { id: 7, sessionAt: new Date('2025-11-20T18:00:00Z'), highestStep: 1 };
    const sessions = [...sameTime([[9, 1], [4, 1]]), earlier];
    expect(orderSessions(sessions).map((s) => s.id)).toEqual([7, 4, 9]);
  });

  it('ties in session time decide which session falls out of the window by id', () => {
    const sessions = sameTime([[2, 6], [1, 0], [3, 6], [4, 0]]);
    // In id order the last three are 2 (6), 3 (6), 4 (0): step 6. Id 1 (0) falls out.
    expect(currentTrustStep(sessions)).toBe(6);
  });
});

describe('trust step history', () => {
  it('gives the derived step after each session, in time order', () => {
    const history = trustStepHistory(daily([1, 3, 3, 6, 2, 6]));
    expect(history.map((p) => p.step)).toEqual([1, 1, 3, 3, 3, 6]);
  });

  it('keeps each session’s own step and id beside the derived one', () => {
    const [first, second] = daily([4, 1]);
    expect(trustStepHistory([second, first])).toEqual([
      { sessionId: 1, sessionAt: first.sessionAt, highestStep: 4, step: 4 },
      { sessionId: 2, sessionAt: second.sessionAt, highestStep: 1, step: 1 },
    ]);
  });

  it('is empty before the first session', () => {
    expect(trustStepHistory([])).toEqual([]);
  });
});

describe('trust step explanation', () => {
  it('names the step and the sessions that reached it, then the ones that did not', () => {
    const explanation = explainTrustStep(daily([5, 4, 2]));
    expect(explanation.text).toBe('Step 4 (Comes to the hand): reached in 2 of the last 3 sessions (21 Nov: 5, 22 Nov: 4; 23 Nov: 2)');
  });

  it('returns the deciding sessions and the others by id', () => {
    const explanation = explainTrustStep(daily([7, 2, 6, 1]));
    expect(explanation.step).toBe(2);
    expect(explanation.deciding.map((s) => s.id)).toEqual([2, 3]);
    expect(explanation.others.map((s) => s.id)).toEqual([4]);
  });

  it('says when every session in the window reached the step', () => {
    expect(explainTrustStep(daily([3, 3])).text).toBe('Step 3 (Takes from fingers): reached in 2 of the last 2 sessions (21 Nov: 3, 22 Nov: 3)');
  });

  it('says when the only session decided it', () => {
    expect(explainTrustStep(daily([0])).text).toBe('Step 0 (Hides): reached in the only session so far (21 Nov: 0)');
  });

  it('says there is no step yet when no session is logged', () => {
    expect(explainTrustStep([])).toEqual({ step: null, deciding: [], others: [], text: 'No step yet: no handling sessions logged.' });
  });
});
