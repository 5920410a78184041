import { describe, expect, it } from 'vitest';
import { progressBands, projectReadyDate, wentBackwards } from '@/lib/domain/progress';
import { trustStepHistory } from '@/lib/domain/trust-step';

const now = new Date('2026-11-24T12:00:00Z');
const DAY = 86_400_000;

/** Sessions every `every` days ending yesterday, reaching the given steps in order. */
function sessions(steps: number[], every = 2) {
  return steps.map((highestStep, i) => ({ id: i + 1, sessionAt: new Date(now.getTime() - (steps.length - i) * every * DAY), highestStep }));
}
const history = (steps: number[], every = 2) => trustStepHistory(sessions(steps, every));

describe('projection to the ready step', () => {
  it('a steady climber gets a date range that starts after today', () => {
    // About one step a week for six weeks, now at step 3.
    const steps = [0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3];
    const p = projectReadyDate(history(steps), now, 6);
    expect(p.kind).toBe('range');
    if (p.kind !== 'range') return;
    expect(p.earliest > '2026-11-24').toBe(true);
    expect(p.latest >= p.earliest).toBe(true);
    expect(p.text).toMatch(/step 6 \(Accepts handling\) (between|around)/);
  });

  it('a wider spread of weekly gains gives a wider range', () => {
    const steady = projectReadyDate(history([0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4], 2), now, 8);
    const jumpy = projectReadyDate(history([0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4], 2), now, 8);
    expect(steady.kind).toBe('range');
    expect(jumpy.kind).toBe('range');
    if (steady.kind !== 'range' || jumpy.kind !== 'range') return;
    const width = (p: { earliest: string; latest: string }) => Date.parse(p.latest) - Date.parse(p.earliest);
    expect(width(jumpy)).toBeGreaterThan(width(steady));
  });

  it('two sessions get no projection and say there is too little data', () => {
    const p = projectReadyDate(history([1, 2], 7), now, 6);
    expect(p).toMatchObject({ kind: 'none', reason: 'too_little_data' });
    expect(p.text).toContain('(2 so far)');
  });

  it('a rat already at the ready step has no projection', () => {
    const p = projectReadyDate(history([5, 6, 6, 7]), now, 6);
    expect(p).toMatchObject({ kind: 'none', reason: 'already_ready' });
  });

  it('a flat rat has no projection and says the step did not rise', () => {
    const p = projectReadyDate(history([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), now, 6);
    expect(p).toMatchObject({ kind: 'none', reason: 'no_upward_trend' });
    expect(p.text).toContain('did not rise');
  });

  it('a falling rat has no projection', () => {
    expect(projectReadyDate(history([5, 5, 5, 5, 4, 4, 4, 3, 3, 3, 2, 2]), now, 6)).toMatchObject({ kind: 'none', reason: 'no_upward_trend' });
  });
});

describe('went backwards', () => {
  it('names a rat whose step now is below its step two weeks ago', () => {
    const b = wentBackwards(history([4, 4, 4, 4, 4, 4, 4, 2, 2, 2, 2, 2]), now);
    expect(b).toMatchObject({ from: 4, to: 2 });
    expect(b!.text).toBe('Went back from step 4 to step 2 over the last 2 weeks.');
  });

  it('does not name a rat that held or rose, or had no step two weeks ago', () => {
    expect(wentBackwards(history([2, 2, 2, 3, 3, 3, 3, 3, 3, 3]), now)).toBeNull();
    expect(wentBackwards(history([5, 4, 3], 1), now)).toBeNull();
  });
});

describe('progress chart bands', () => {
  it('shades each quarantine and each stay after a home change, clipped to the chart', () => {
    const from = Date.parse('2026-10-01T00:00:00Z');
    const to = Date.parse('2026-11-24T00:00:00Z');
    const bands = progressBands(
      {
        quarantines: [{ startedOn: '2026-09-20', endedOn: '2026-10-11', plannedEndOn: '2026-10-11' }],
        placements: [
          { homeName: 'Willow House', startedAt: new Date('2026-09-20T10:00:00Z'), endedAt: new Date('2026-11-01T10:00:00Z') },
          { homeName: 'Maple Cottage', startedAt: new Date('2026-11-01T10:00:00Z'), endedAt: null },
        ],
      },
      { from, to },
    );
    expect(bands.map((b) => [b.kind, b.label])).toEqual([
      ['quarantine', 'Quarantine 20 Sep to 11 Oct'],
      ['home', 'Moved to Maple Cottage on 1 Nov'],
    ]);
    expect(bands[0].from).toBe(from);
    expect(bands[1].to).toBe(to);
  });
});
