import { describe, expect, it } from 'vitest';
import { handlingPlan, isMedicationRunning, type HandlingPlanInput, type PlanHealth } from '@/lib/domain/handling-plan';

const now = new Date('2026-11-24T10:00:00Z');
const noHealth: PlanHealth = { illnesses: [], medications: [], weights: [] };

function plan(health: Partial<PlanHealth> = {}, rat: Partial<HandlingPlanInput['rat']> = {}) {
  return handlingPlan(
    {
      step: 3,
      temperament: null,
      sessions: [18, 20, 22].map((d) => ({ id: d, sessionAt: new Date(Date.UTC(2026, 10, d, 18)), highestStep: 3, stressSigns: [], biteGrade: 'none' as const })),
      rat: { sex: 'female', birthDate: '2026-03-01', neuteredOn: null, ...rat },
      health: { ...noHealth, ...health },
    },
    now,
  );
}

const rest = (suggestions: ReturnType<typeof plan>) => suggestions.find((s) => s.kind === 'caution' && s.text.startsWith('Rest and gentle contact'));
const techniques = (suggestions: ReturnType<typeof plan>) => suggestions.filter((s) => s.kind === 'technique').map((s) => s.technique);

describe('handling plan knows health', () => {
  it('a healthy rat gets its next challenges and no rest advice', () => {
    const p = plan();
    expect(rest(p)).toBeUndefined();
    expect(techniques(p)).toContain('treat_from_fingers');
  });

  it('an ill rat gets rest and gentle contact instead of new challenges, with the illness as the reason', () => {
    const p = plan({ illnesses: [{ occurredOn: '2026-11-20', symptoms: ['sneezing'], diagnosis: null }] });
    expect(rest(p)?.reason).toBe('Ill since 20 Nov (sneezing).');
    expect(techniques(p)).toEqual(['sitting_by_open_cage', 'talking_or_singing', 'scent']);
    expect(p.filter((s) => s.kind === 'technique').every((s) => s.reason.startsWith('Rest and gentle contact'))).toBe(true);
  });

  it('an illness more than 14 days ago no longer calls for rest', () => {
    expect(rest(plan({ illnesses: [{ occurredOn: '2026-11-09', symptoms: ['sneezing'], diagnosis: null }] }))).toBeUndefined();
  });

  it('a rat losing weight rests, with the loss as the reason', () => {
    const p = plan({ weights: [{ occurredOn: '2026-11-01', weightGrams: 400 }, { occurredOn: '2026-11-20', weightGrams: 350 }] });
    expect(rest(p)?.reason).toContain('Lost 12.5% of body weight');
  });

  it('a rat on a running course of medication rests until the course ends', () => {
    const med = { occurredOn: '2026-11-15', medication: 'Baytril', courseStartOn: '2026-11-15', courseEndOn: '2026-11-29' };
    expect(rest(plan({ medications: [med] }))?.reason).toBe('On medication (Baytril) until 29 Nov.');
    expect(rest(plan({ medications: [{ ...med, courseEndOn: '2026-11-23' }] }))).toBeUndefined();
  });

  it('a rat neutered in the last 14 days rests while the wound heals', () => {
    expect(rest(plan({}, { sex: 'male', neuteredOn: '2026-11-18' }))?.reason).toBe('Neutered on 18 Nov: the wound needs to heal.');
    expect(rest(plan({}, { sex: 'male', neuteredOn: '2026-10-18' }))).toBeUndefined();
  });
});

describe('isMedicationRunning', () => {
  const course = (courseStartOn: string | null, courseEndOn: string | null, occurredOn = '2026-11-10') => ({ occurredOn, courseStartOn, courseEndOn });

  it('runs from its start day to its end day, both included', () => {
    expect(isMedicationRunning(course('2026-11-20', '2026-11-24'), '2026-11-24')).toBe(true);
    expect(isMedicationRunning(course('2026-11-20', '2026-11-24'), '2026-11-20')).toBe(true);
    expect(isMedicationRunning(course('2026-11-20', '2026-11-24'), '2026-11-25')).toBe(false);
    expect(isMedicationRunning(course('2026-11-25', '2026-11-30'), '2026-11-24')).toBe(false);
  });

  it('without an end day counts as running for the rest period from its start, or from the day it was recorded', () => {
    expect(isMedicationRunning(course(null, null, '2026-11-10'), '2026-11-24')).toBe(true);
    expect(isMedicationRunning(course(null, null, '2026-11-09'), '2026-11-24')).toBe(false);
    expect(isMedicationRunning(course('2026-11-20', null), '2026-12-05')).toBe(false);
  });
});
