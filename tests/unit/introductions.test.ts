import { describe, expect, it } from 'vitest';
import {
  canChangeStage,
  canMarkBonded,
  daysInStage,
  evaluateIntroduction,
  observationTimeline,
  suggestNextStep,
  type IntroRat,
  type IntroductionPlan,
  type ObservationForSuggestion,
} from '@/lib/domain/introductions';
import { DEFAULT_POLICY } from '@/lib/domain/policy';

const NOW = new Date('2026-11-24T12:00:00Z');
let nextId = 1;

function rat(overrides: Partial<IntroRat> = {}): IntroRat {
  const id = nextId++;
  return {
    id,
    name: `Rat ${id}`,
    sex: 'female',
    neuteredOn: null,
    birthDate: '2026-01-01',
    status: 'in_care',
    fosterHomeId: 1,
    homeName: 'Oak Barn',
    latestBiteRisk: null,
    runningIntroductionId: null,
    quarantine: null,
    ...overrides,
  };
}

function plan(sideA: IntroRat[], sideB: IntroRat[], overrides: Partial<IntroductionPlan> = {}): IntroductionPlan {
  return { sideA, sideB, fosterHomeId: 1, homeName: 'Oak Barn', movePlanned: false, failedPairs: [], ...overrides };
}

const evaluate = (p: IntroductionPlan) => evaluateIntroduction(p, NOW, DEFAULT_POLICY);
const quarantine = (cohortId: number | null) => ({ cohortId, startedOn: '2026-11-10', plannedEndOn: '2026-12-01', endedOn: null });

describe('planning an introduction: blocks', () => {
  it('allows two calm female sides in one home with no warnings', () => {
    expect(evaluate(plan([rat(), rat()], [rat(), rat(), rat()]))).toEqual({ blocks: [], warnings: [] });
  });

  it('blocks when a rat is in quarantine and the other side is not in its cohort', () => {
    const pip = rat({ name: 'Pip', quarantine: quarantine(7) });
    const { blocks } = evaluate(plan([pip], [rat({ name: 'Dot' })]));
    expect(blocks).toEqual(['Pip is in quarantine until 1 Dec and may not meet Dot, who is not in quarantine.']);
  });

  it('blocks rats in quarantine in different cohorts', () => {
    const { blocks } = evaluate(plan([rat({ name: 'Pip', quarantine: quarantine(7) })], [rat({ name: 'Dot', quarantine: quarantine(8) })]));
    expect(blocks[0]).toContain('different quarantine cohorts');
  });

  it('allows quarantined rats when every rat on both sides is in the same cohort', () => {
    const { blocks } = evaluate(plan([rat({ quarantine: quarantine(7) })], [rat({ quarantine: quarantine(7) }), rat({ quarantine: quarantine(7) })]));
    expect(blocks).toEqual([]);
  });

  it('blocks an intact male meeting a female', () => {
    const { blocks } = evaluate(plan([rat({ name: 'Brutus', sex: 'male' })], [rat({ name: 'Fern' })]));
    expect(blocks).toEqual(['Brutus is an intact male, and Fern is female: they may not meet, or there will be a litter.']);
  });

  it('blocks a neutered male inside the post-neuter window, naming the day he counts as sterile', () => {
    const { blocks } = evaluate(plan([rat({ name: 'Tank', sex: 'male', neuteredOn: '2026-11-10' })], [rat({ name: 'Fern' })]));
    expect(blocks).toEqual([
      'Tank was neutered on 10 Nov and still counts as intact until 8 Dec (28 days after the neuter), and Fern is female: they may not meet, or there will be a litter.',
    ]);
  });

  it('allows a neutered male with females once the post-neuter window has passed', () => {
    const { blocks } = evaluate(plan([rat({ sex: 'male', neuteredOn: '2026-09-01' })], [rat()]));
    expect(blocks).toEqual([]);
  });

  it.each(['reserved', 'adopted', 'deceased'] as const)('blocks a rat that is %s', (status) => {
    const { blocks } = evaluate(plan([rat({ name: 'Pip', status })], [rat()]));
    expect(blocks).toEqual([`Pip is ${status}, so Pip cannot be introduced.`]);
  });

  it('blocks a rat already in another running introduction', () => {
    const { blocks } = evaluate(plan([rat({ name: 'Sage', runningIntroductionId: 4 })], [rat()]));
    expect(blocks).toEqual(['Sage is already in another running introduction: finish or end that one first.']);
  });

  it('blocks sides that live in different homes when no move is planned', () => {
    const { blocks } = evaluate(plan([rat({ name: 'Pip' })], [rat({ name: 'Dot', fosterHomeId: 2, homeName: 'Willow House' })]));
    expect(blocks).toEqual(['Pip lives at Oak Barn and Dot lives at Willow House, but the introduction is planned at Oak Barn: tick that a move is planned, or choose their home.']);
  });

  it('allows sides in different homes when a move to the introduction home is planned', () => {
    const { blocks } = evaluate(plan([rat()], [rat({ fosterHomeId: 2, homeName: 'Willow House' })], { movePlanned: true }));
    expect(blocks).toEqual([]);
  });

  it('blocks a side with no rats and a rat on both sides', () => {
    const pip = rat({ name: 'Pip' });
    expect(evaluate(plan([], [rat()])).blocks).toContain('Choose at least one rat for each side.');
    expect(evaluate(plan([pip], [pip])).blocks).toContain('Pip cannot be on both sides.');
  });
});

describe('planning an introduction: warnings', () => {
  it('warns about an earlier failed introduction between any of the same rats, naming it and its date', () => {
    const brutus = rat({ name: 'Brutus', sex: 'male', neuteredOn: '2026-09-01' });
    const dexter = rat({ name: 'Dexter', sex: 'male', neuteredOn: '2026-09-01' });
    const { warnings } = evaluate(plan([brutus], [dexter, rat({ sex: 'male', neuteredOn: '2026-09-01' })], { failedPairs: [{ introductionId: 3, ratIdA: brutus.id, ratIdB: dexter.id, endedOn: '2026-10-07' }] }));
    expect(warnings).toEqual(['An earlier introduction #3 between Brutus and Dexter failed on 7 Oct: try again only if something has changed.']);
  });

  it('does not warn about a failed introduction between rats on the same side', () => {
    const a = rat();
    const b = rat();
    expect(evaluate(plan([a, b], [rat()], { failedPairs: [{ introductionId: 3, ratIdA: a.id, ratIdB: b.id, endedOn: null }] })).warnings).toEqual([]);
  });

  it('warns when adult intact males are on both sides', () => {
    const { warnings } = evaluate(plan([rat({ name: 'Rocco', sex: 'male' })], [rat({ name: 'Tank', sex: 'male' })]));
    expect(warnings).toEqual(['Rocco and Tank are adult intact males on both sides: buck introductions often end in fights, so go slowly and consider a neuter first.']);
  });

  it('warns about a rat with a high bite risk in its latest assessment', () => {
    const { warnings } = evaluate(plan([rat({ name: 'Badger', latestBiteRisk: 'high' })], [rat({ latestBiteRisk: 'medium' })]));
    expect(warnings).toEqual(['Badger has a high bite risk in the latest assessment: keep a towel and a spare carrier at hand.']);
  });

  it('warns about a side of unknown sex', () => {
    const { warnings, blocks } = evaluate(plan([rat({ name: 'Smudge', sex: 'unknown' })], [rat()]));
    expect(blocks).toEqual([]);
    expect(warnings).toEqual(['Smudge’s sex is not recorded yet: have the rat sexed before the full-cage stage.']);
  });

  it('warns when a very young kitten meets adults', () => {
    const { warnings } = evaluate(plan([rat({ name: 'Button', birthDate: '2026-10-20' })], [rat({ name: 'Hazel' })]));
    expect(warnings).toEqual(['Button is a kitten under 10 weeks meeting adult (Hazel): supervise closely and keep meetings short.']);
  });

  it('does not warn when young kittens meet each other', () => {
    expect(evaluate(plan([rat({ birthDate: '2026-10-20' })], [rat({ birthDate: '2026-10-10' })])).warnings).toEqual([]);
  });
});

describe('stage order', () => {
  const running = (stage: Parameters<typeof canChangeStage>[0]['stage']) => ({ stage, status: 'in_progress' as const });

  it('allows moving on to the next stage', () => {
    expect(canChangeStage(running('scent_swap'), 'side_by_side', null)).toMatchObject({ ok: true, direction: 'forward' });
    expect(canChangeStage(running('neutral_meeting'), 'small_cage', null)).toMatchObject({ ok: true, direction: 'forward' });
    expect(canChangeStage(running('carrier'), 'full_cage', null)).toMatchObject({ ok: true, direction: 'forward' });
  });

  it('treats carrier and small cage as one step: switching between them is not a skip', () => {
    expect(canChangeStage(running('carrier'), 'small_cage', null)).toMatchObject({ ok: true, direction: 'same_step' });
  });

  it('refuses skipping a stage forward without a reason, naming the skipped stages', () => {
    expect(canChangeStage(running('scent_swap'), 'neutral_meeting', null)).toEqual({
      ok: false,
      reason: 'Going from scent swap to neutral meeting skips side by side. Stages run in order: give a reason to skip ahead.',
    });
  });

  it('allows skipping forward with a reason, recorded as a skip', () => {
    expect(canChangeStage(running('scent_swap'), 'full_cage', 'Already share a playpen daily')).toMatchObject({ ok: true, direction: 'skip' });
  });

  it('allows stepping back, recorded as a step back', () => {
    expect(canChangeStage(running('full_cage'), 'neutral_meeting', null)).toEqual({ ok: true, direction: 'back', note: 'Stepped back from full cage to neutral meeting' });
  });

  it('refuses changing the stage of an ended introduction', () => {
    expect(canChangeStage({ stage: 'neutral_meeting', status: 'failed' }, 'side_by_side', null).ok).toBe(false);
  });

  it('reaches bonded only by marking bonded, from the full cage or with a reason', () => {
    expect(canChangeStage(running('full_cage'), 'bonded', null).ok).toBe(false);
    expect(canMarkBonded(running('full_cage'), null).ok).toBe(true);
    expect(canMarkBonded(running('neutral_meeting'), null).ok).toBe(false);
    expect(canMarkBonded(running('neutral_meeting'), 'They moved in together on their own')).toMatchObject({ ok: true, direction: 'skip' });
  });
});

describe('suggesting the next step', () => {
  const obs = (day: number, o: Partial<ObservationForSuggestion> = {}): ObservationForSuggestion => ({
    observedAt: new Date(`2026-11-${String(day).padStart(2, '0')}T10:00:00Z`),
    stage: 'neutral_meeting',
    outcome: 'neutral',
    behaviours: ['sniffing'],
    injuries: false,
    ...o,
  });

  it('suggests separating now when blood was drawn', () => {
    expect(suggestNextStep('neutral_meeting', [obs(20), obs(21, { behaviours: ['blood_drawn'] })])).toMatchObject({ kind: 'separate' });
  });

  it('suggests separating now after a serious fight', () => {
    const s = suggestNextStep('neutral_meeting', [obs(21, { outcome: 'fight', behaviours: ['pinning'] })]);
    expect(s).toEqual({ kind: 'separate', reason: 'The meeting on 21 Nov ended in a fight: separate the rats now and step back a stage before trying again.' });
  });

  it('suggests advancing after two calm meetings in a row at the stage', () => {
    expect(suggestNextStep('neutral_meeting', [obs(20), obs(21, { outcome: 'positive', behaviours: ['mutual_grooming'] })])).toEqual({
      kind: 'advance',
      to: 'carrier',
      reason: 'The last 2 meetings at the neutral meeting stage were calm: move on to carrier.',
    });
  });

  it('does not suggest advancing when one of the last two meetings was tense', () => {
    expect(suggestNextStep('neutral_meeting', [obs(20, { outcome: 'tense', behaviours: ['boxing'] }), obs(21)])).toMatchObject({ kind: 'continue' });
  });

  it('suggests marking bonded when they slept together at the full-cage stage', () => {
    expect(suggestNextStep('full_cage', [obs(21, { stage: 'full_cage', behaviours: ['sleeping_together'] })])).toMatchObject({ kind: 'mark_bonded' });
  });

  it('suggests starting when nothing is logged yet', () => {
    expect(suggestNextStep('scent_swap', [])).toMatchObject({ kind: 'continue' });
  });
});

describe('board and chart shaping', () => {
  it('counts whole days in the current stage', () => {
    expect(daysInStage(new Date('2026-11-20T23:00:00Z'), NOW)).toBe(4);
  });

  it('orders observations by time with an outcome score and stage step for the chart', () => {
    const points = observationTimeline([
      { observedAt: new Date('2026-11-22T10:00:00Z'), stage: 'full_cage', outcome: 'positive', durationMinutes: 60 },
      { observedAt: new Date('2026-11-20T10:00:00Z'), stage: 'scent_swap', outcome: 'fight', durationMinutes: null },
    ]);
    expect(points.map((p) => [p.label, p.score, p.stageStep])).toEqual([
      ['20 Nov', 0, 0],
      ['22 Nov', 3, 4],
    ]);
  });
});
