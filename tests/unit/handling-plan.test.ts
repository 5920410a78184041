import { describe, expect, it } from 'vitest';
import { handlingPlan, type HandlingPlanInput, type PlanSession, type PlanSuggestion, type PlanTemperament } from '@/lib/domain/handling-plan';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { HANDLING_TECHNIQUES, type StressSign } from '@/lib/domain/vocabulary';

const now = new Date('2025-11-24T10:00:00Z');

const calm: PlanTemperament = { biteRisk: 'low', category: 'shy', fearTriggers: [], backgroundCauses: [] };

function session(day: number, overrides: Partial<PlanSession> = {}): PlanSession {
  return { id: day, sessionAt: new Date(Date.UTC(2025, 10, day, 18)), highestStep: 3, stressSigns: [], biteGrade: 'none', ...overrides };
}

function plan(overrides: Partial<HandlingPlanInput> = {}): PlanSuggestion[] {
  const input: HandlingPlanInput = {
    step: 3,
    temperament: calm,
    sessions: [session(21), session(22), session(23)],
    rat: { sex: 'female', birthDate: '2025-03-01', neuteredOn: null },
    ...overrides,
  };
  return handlingPlan(input, now);
}

const techniquesOf = (suggestions: PlanSuggestion[]) => suggestions.filter((s) => s.kind === 'technique').map((s) => s.technique);
const ofKind = (suggestions: PlanSuggestion[], kind: PlanSuggestion['kind']) => suggestions.filter((s) => s.kind === kind);
const stressed = (...signs: StressSign[]) => signs;

/** An intact male well past the hormonal age. */
const adultBuck = { sex: 'male' as const, birthDate: '2025-01-01', neuteredOn: null };
/** Three sessions with stress signs rising 0, 1, 2. */
const risingStress = [session(21), session(22, { stressSigns: stressed('hides') }), session(23, { stressSigns: stressed('hides', 'puffs_up') })];

describe('handling plan: techniques by step', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8])('suggests next techniques from the technique list at step %i', (step) => {
    const techniques = techniquesOf(plan({ step }));
    expect(techniques.length).toBeGreaterThanOrEqual(2);
    for (const t of techniques) expect(HANDLING_TECHNIQUES).toContain(t);
  });

  it('at steps 0 and 1 suggests scent in the nest and sitting by the open cage', () => {
    for (const step of [0, 1]) expect(techniquesOf(plan({ step }))).toEqual(expect.arrayContaining(['scent', 'sitting_by_open_cage']));
  });

  it('at step 2 suggests soft food on a spoon at the cage door, moved further out each day', () => {
    const spoon = plan({ step: 2 }).find((s) => s.technique === 'spoon_soft_food');
    expect(spoon?.text).toMatch(/spoon at the cage door, moved a little further out each day/);
  });

  it('suggests different techniques at the bottom and the top of the ladder', () => {
    expect(techniquesOf(plan({ step: 0 }))).not.toEqual(techniquesOf(plan({ step: 8 })));
    expect(techniquesOf(plan({ step: 8 }))).toContain('tickling');
  });

  it('starts at step 0 before the first session', () => {
    expect(plan({ step: null, sessions: [] })).toEqual(plan({ step: 0, sessions: [] }));
  });

  it('says which step a technique works towards', () => {
    const first = plan({ step: 2 }).find((s) => s.kind === 'technique');
    expect(first?.reason).toBe('It is at step 2 (Takes food offered): this works towards step 3 (Takes from fingers).');
  });
});

describe('handling plan: cautions from temperament', () => {
  it('for a rat with a high bite risk, suggests gloves and arm or leg climbing instead of hands', () => {
    const suggestions = plan({ temperament: { ...calm, biteRisk: 'high' } });
    expect(ofKind(suggestions, 'caution')[0]).toMatchObject({ text: expect.stringMatching(/gloves.*arm or leg/), reason: 'Its last assessment gives a high bite risk.' });
    expect(techniquesOf(suggestions)[0]).toBe('hands_off_climbing');
    expect(techniquesOf(suggestions)).not.toContain('treat_from_fingers');
  });

  it('treats a defensive rat as hands off too', () => {
    const suggestions = plan({ temperament: { ...calm, category: 'defensive' } });
    expect(techniquesOf(suggestions)).toContain('hands_off_climbing');
  });

  it('for trauma with fear of hands from above, scoop from below', () => {
    const temperament: PlanTemperament = { ...calm, fearTriggers: ['picked_up_from_above'], backgroundCauses: ['poor_handling_or_trauma'] };
    const scoop = plan({ temperament }).find((s) => s.kind === 'caution' && s.technique === 'scoop_from_below');
    expect(scoop?.reason).toBe('It is afraid of being picked up from above after poor handling or trauma.');
  });

  it('gives a caution for each fear trigger, in the vocabulary order', () => {
    const temperament: PlanTemperament = { ...calm, fearTriggers: ['loud_noises', 'hands_in_cage'] };
    expect(ofKind(plan({ temperament }), 'caution').map((s) => s.reason)).toEqual([
      'It is afraid of hands reaching into its cage.',
      'It is afraid of loud noises.',
    ]);
  });

  it('asks for short, predictable sessions with a fearful rat', () => {
    expect(ofKind(plan({ temperament: { ...calm, category: 'fearful' } }), 'caution')[0].text).toMatch(/short and predictable/);
  });

  it('has no cautions for a calm rat with calm sessions', () => {
    expect(ofKind(plan(), 'caution')).toEqual([]);
  });
});

describe('handling plan: cautions from recent signs', () => {
  it('after a recent nip, goes hands off and names the session', () => {
    const sessions = [session(21), session(22, { biteGrade: 'nip' }), session(23)];
    const handsOff = ofKind(plan({ sessions }), 'caution')[0];
    expect(handsOff.reason).toBe('It nipped or bit recently (22 Nov: nip).');
  });

  it('ignores a bite older than the last three sessions', () => {
    const sessions = [session(20, { biteGrade: 'bite' }), session(21), session(22), session(23)];
    expect(techniquesOf(plan({ sessions }))).not.toContain('hands_off_climbing');
  });

  it('with porphyrin, slows down and goes back a step', () => {
    // 1, 0, 1 stress signs: not rising, so porphyrin alone slows the plan down.
    const sessions = [session(21, { stressSigns: stressed('hides') }), session(22), session(23, { stressSigns: stressed('porphyrin') })];
    const suggestions = plan({ step: 3, sessions });
    expect(ofKind(suggestions, 'caution')[0]).toEqual({
      kind: 'caution',
      text: 'Slow down: go back to step 2 (Takes food offered) for a few sessions, and keep them short.',
      reason: 'Red tears (porphyrin) on 23 Nov.',
    });
    expect(techniquesOf(suggestions)).toEqual(techniquesOf(plan({ step: 2 })));
  });

  it('with porphyrin, notes that red tears can also mean illness', () => {
    const sessions = [session(23, { stressSigns: stressed('porphyrin') })];
    expect(ofKind(plan({ sessions }), 'note')[0].text).toMatch(/health check/);
  });

  it('with rising stress signs, slows down and says how they rose', () => {
    const slowDown = ofKind(plan({ sessions: risingStress }), 'caution')[0];
    expect(slowDown.reason).toBe('Stress signs rose over the last 3 sessions (0, 1, 2).');
  });

  it('at step 0 slows down without going below the ladder', () => {
    const suggestions = plan({ step: 0, sessions: risingStress });
    expect(ofKind(suggestions, 'caution')[0].text).toMatch(/^Slow down: keep sessions short/);
    expect(techniquesOf(suggestions)).toEqual(techniquesOf(plan({ step: 0 })));
  });
});

describe('handling plan: neuter review', () => {
  it('an unneutered male past the hormonal age with rising stress gets a neuter-review note', () => {
    const note = ofKind(plan({ rat: adultBuck, sessions: risingStress }), 'note')[0];
    expect(note.text).toMatch(/neuter review/);
    expect(note.reason).toBe(
      `An intact male past ${DEFAULT_POLICY.hormonalMaleAgeDays} days (he is 327 days old). Stress signs rose over the last 3 sessions (0, 1, 2).`,
    );
  });

  it('an unneutered male past the hormonal age who bit gets a neuter-review note', () => {
    const sessions = [session(21), session(22), session(23, { biteGrade: 'bite' })];
    expect(ofKind(plan({ rat: adultBuck, sessions }), 'note')[0].reason).toMatch(/It bit on 23 Nov\./);
  });

  it('a calm unneutered male past the hormonal age gets no note', () => {
    expect(ofKind(plan({ rat: adultBuck }), 'note')).toEqual([]);
  });

  it('a young male gets no note, however stressed', () => {
    const rat = { ...adultBuck, birthDate: '2025-09-01' };
    expect(ofKind(plan({ rat, sessions: risingStress }), 'note')).toEqual([]);
  });

  it('a male neutered long ago gets no note', () => {
    const rat = { ...adultBuck, neuteredOn: '2025-06-01' };
    expect(ofKind(plan({ rat, sessions: risingStress }), 'note')).toEqual([]);
  });

  it('a female gets no note', () => {
    expect(ofKind(plan({ sessions: risingStress }), 'note')).toEqual([]);
  });

  it('a male of unknown age is treated as an adult', () => {
    const rat = { ...adultBuck, birthDate: null };
    expect(ofKind(plan({ rat, sessions: risingStress }), 'note')[0].reason).toMatch(/his age is not known/);
  });
});

describe('handling plan: shape', () => {
  const busy: HandlingPlanInput = {
    step: 4,
    temperament: { biteRisk: 'high', category: 'hormonal', fearTriggers: ['picked_up_from_above', 'loud_noises'], backgroundCauses: ['hormonal'] },
    sessions: [session(21), session(22, { biteGrade: 'bite', stressSigns: stressed('hides') }), session(23, { stressSigns: stressed('porphyrin', 'hisses') })],
    rat: adultBuck,
  };

  it('every suggestion names its reason', () => {
    for (const s of handlingPlan(busy, now)) expect(s.reason.length).toBeGreaterThan(10);
  });

  it('never repeats a suggestion', () => {
    const keys = handlingPlan(busy, now).map((s) => `${s.kind}:${s.technique ?? s.text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists cautions first, then techniques, then notes', () => {
    const kinds = handlingPlan(busy, now).map((s) => s.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ['caution', 'technique', 'note'].indexOf(a) - ['caution', 'technique', 'note'].indexOf(b)));
    expect(new Set(kinds)).toEqual(new Set(['caution', 'technique', 'note']));
  });

  it('gives the same plan whatever order the sessions come in', () => {
    const shuffled = { ...busy, sessions: [...busy.sessions].reverse() };
    expect(handlingPlan(shuffled, now)).toEqual(handlingPlan(busy, now));
  });
});
