import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import {
  canRelease,
  cohortAllows,
  deadline,
  formatShortDate,
  plannedEndFor,
  quarantineClock,
  restartOnSymptom,
  startQuarantine,
  type CohortRat,
  type QuarantinePeriod,
} from '@/lib/domain/quarantine';

const now = new Date('2026-11-20T12:00:00Z');

function period(overrides: Partial<QuarantinePeriod> = {}): QuarantinePeriod {
  return { ratId: 1, reason: 'intake', cohortId: 7, startedOn: '2026-11-10', plannedEndOn: '2026-12-01', restartedOn: null, endedOn: null, ...overrides };
}

describe('planned end per reason', () => {
  it.each([
    ['intake', '2026-12-01'],
    ['illness', '2026-12-01'],
    ['exposure', '2026-12-22'],
    ['show', '2026-12-22'],
  ] as const)('runs 21 days for intake or illness and 42 after exposure or a show: %s ends %s', (reason, end) => {
    expect(plannedEndFor(reason, '2026-11-10', DEFAULT_POLICY)).toBe(end);
  });

  it('follows the rescue setting, not a fixed number', () => {
    expect(plannedEndFor('intake', '2026-11-10', { ...DEFAULT_POLICY, quarantineDays: 14 })).toBe('2026-11-24');
  });

  it('opens a new quarantine with the planned end set and no restart', () => {
    const started = startQuarantine({ ratId: 3, cohortId: 9 }, 'show', '2026-11-01', DEFAULT_POLICY);
    expect(started).toEqual({ ratId: 3, reason: 'show', cohortId: 9, startedOn: '2026-11-01', plannedEndOn: '2026-12-13', restartedOn: null, endedOn: null });
  });
});

describe('restart on a symptom', () => {
  it('moves the planned end to the symptom date plus the reason days', () => {
    const result = restartOnSymptom(period(), { occurredOn: '2026-11-14', symptoms: ['sneezing'] }, now, DEFAULT_POLICY);
    expect(result.restarted && result.patch).toEqual({ restartedOn: '2026-11-14', plannedEndOn: '2026-12-05', restartReason: 'sneezing on 14 Nov' });
  });

  it('says in words that the clock restarted and where the planned end moved', () => {
    const result = restartOnSymptom(period(), { occurredOn: '2026-11-14', symptoms: ['sneezing'] }, now, DEFAULT_POLICY);
    expect(result.message).toBe('Quarantine restarted on 14 Nov after sneezing: planned end moved from 1 Dec to 5 Dec.');
  });

  it('uses the 42-day period when restarting an exposure quarantine', () => {
    const result = restartOnSymptom(period({ reason: 'exposure', plannedEndOn: '2026-12-22' }), { occurredOn: '2026-11-14', symptoms: ['porphyrin', 'respiratory_noise'] }, now, DEFAULT_POLICY);
    expect(result.restarted && result.patch.plannedEndOn).toBe('2026-12-26');
    expect(result.message).toContain('after porphyrin and respiratory noise');
  });

  it('never moves the planned end earlier, and says it stays', () => {
    const result = restartOnSymptom(period({ plannedEndOn: '2026-12-20', restartedOn: '2026-11-29' }), { occurredOn: '2026-11-12', symptoms: [] }, new Date('2026-11-30T12:00:00Z'), DEFAULT_POLICY);
    expect(result.restarted && result.patch).toEqual({ restartedOn: '2026-11-29', plannedEndOn: '2026-12-20', restartReason: 'an illness on 12 Nov' });
    expect(result.message).toBe('Quarantine restarted on 12 Nov after an illness: planned end stays 20 Dec.');
  });

  it('does not restart for a symptom before the quarantine began', () => {
    const result = restartOnSymptom(period(), { occurredOn: '2026-11-01', symptoms: ['sneezing'] }, now, DEFAULT_POLICY);
    expect(result.restarted).toBe(false);
    expect(result.message).toContain('before this quarantine began');
  });

  it('does not restart for a symptom dated in the future', () => {
    expect(restartOnSymptom(period(), { occurredOn: '2026-11-25', symptoms: ['sneezing'] }, now, DEFAULT_POLICY).restarted).toBe(false);
  });

  it('does not restart a quarantine that ended before the symptom', () => {
    const result = restartOnSymptom(period({ endedOn: '2026-11-12' }), { occurredOn: '2026-11-14', symptoms: ['lethargy'] }, now, DEFAULT_POLICY);
    expect(result.restarted).toBe(false);
    expect(result.message).toContain('start a new illness quarantine');
  });
});

describe('release by a coordinator', () => {
  it('is refused before the planned end, saying when it ends', () => {
    const decision = canRelease(period(), [], now, DEFAULT_POLICY);
    expect(decision).toEqual({ ok: false, reason: 'Quarantine runs until 1 Dec (11 days left): release is possible from that day.' });
  });

  it('a release refused before the planned end names the symptom that restarted the clock and its date', () => {
    const restarted = { ...period(), restartedOn: '2026-11-15', plannedEndOn: '2026-12-06' };
    const decision = canRelease(restarted, [{ occurredOn: '2026-11-15', symptoms: ['sneezing'] }], now, DEFAULT_POLICY);
    expect(decision).toMatchObject({ ok: false, reason: expect.stringContaining('restarted after sneezing on 15 Nov') });
  });

  it('is allowed on the planned end day with no symptoms', () => {
    expect(canRelease(period(), [], new Date('2026-12-01T08:00:00Z'), DEFAULT_POLICY)).toEqual({ ok: true });
  });

  it('is refused while a symptom was recorded after the clock last started', () => {
    const decision = canRelease(period(), [{ occurredOn: '2026-11-28', symptoms: ['sneezing'] }], new Date('2026-12-02T08:00:00Z'), DEFAULT_POLICY);
    expect(decision.ok).toBe(false);
    expect(!decision.ok && decision.reason).toContain('Sneezing was recorded on 28 Nov, after the clock last started');
  });

  it('is refused while a symptom recorded after the last restart has not restarted the clock again', () => {
    const restarted = period({ restartedOn: '2026-11-14', plannedEndOn: '2026-12-05' });
    const decision = canRelease(restarted, [{ occurredOn: '2026-11-14', symptoms: ['sneezing'] }, { occurredOn: '2026-11-18', symptoms: ['porphyrin'] }], new Date('2026-12-06T08:00:00Z'), DEFAULT_POLICY);
    expect(!decision.ok && decision.reason).toContain('Porphyrin was recorded on 18 Nov');
  });

  it('is refused while the last symptom is less than the full period ago, even if the planned end was set earlier', () => {
    const shortened = period({ restartedOn: '2026-11-14', plannedEndOn: '2026-11-20' });
    const decision = canRelease(shortened, [{ occurredOn: '2026-11-14', symptoms: ['sneezing'] }], now, DEFAULT_POLICY);
    expect(decision).toEqual({ ok: false, reason: 'The last symptom (sneezing on 14 Nov) is less than 21 days ago: release from 5 Dec.' });
  });

  it('is allowed once the restarted clock has run out', () => {
    const restarted = period({ restartedOn: '2026-11-14', plannedEndOn: '2026-12-05' });
    expect(canRelease(restarted, [{ occurredOn: '2026-11-14', symptoms: ['sneezing'] }], new Date('2026-12-05T08:00:00Z'), DEFAULT_POLICY)).toEqual({ ok: true });
  });

  it('counts a symptom seen on the day quarantine began as covered by that clock', () => {
    const started = period();
    const decision = canRelease(started, [{ occurredOn: started.startedOn, symptoms: ['hair_loss_or_scabs'] }], now, DEFAULT_POLICY);
    expect(decision).toEqual({ ok: false, reason: 'Quarantine runs until 1 Dec (11 days left): release is possible from that day.' });
  });

  it('ignores symptoms from before the quarantine began', () => {
    expect(canRelease(period(), [{ occurredOn: '2026-10-01', symptoms: ['wound'] }], new Date('2026-12-01T08:00:00Z'), DEFAULT_POLICY)).toEqual({ ok: true });
  });

  it('is refused for a quarantine already ended', () => {
    expect(canRelease(period({ endedOn: '2026-12-01' }), [], new Date('2026-12-03T08:00:00Z'), DEFAULT_POLICY).ok).toBe(false);
  });
});

describe('days left and overdue', () => {
  it('counts the days left until the planned end', () => {
    expect(quarantineClock(period(), now)).toEqual({ state: 'open', daysLeft: 11, daysOverdue: 0, label: '11 days left' });
  });

  it('says it ends today on the planned end day', () => {
    expect(quarantineClock(period(), new Date('2026-12-01T23:00:00Z')).label).toBe('Ends today');
  });

  it('counts the days overdue for release after the planned end', () => {
    expect(quarantineClock(period(), new Date('2026-12-04T01:00:00Z'))).toEqual({ state: 'overdue', daysLeft: 0, daysOverdue: 3, label: '3 days overdue for release' });
  });

  it('is due soon within 3 days of the deadline but not 4', () => {
    expect(deadline('2026-11-23', now, 3).state).toBe('due_soon');
    expect(deadline('2026-11-24', now, 3).state).toBe('open');
  });

  it('writes dates as day and short month', () => {
    expect(formatShortDate('2026-01-05')).toBe('5 Jan');
  });
});

describe('cohort rule', () => {
  const inCohort = (name: string, cohortId: number | null): CohortRat => ({
    name,
    quarantine: { cohortId, startedOn: '2026-11-10', plannedEndOn: '2026-12-01', endedOn: null },
  });
  const free = (name: string): CohortRat => ({ name, quarantine: null });

  it('lets quarantined rats of the same cohort share a cage', () => {
    expect(cohortAllows([inCohort('Pip', 7), inCohort('Moss', 7)], now)).toEqual({ ok: true });
  });

  it('keeps quarantined rats of different cohorts apart', () => {
    const decision = cohortAllows([inCohort('Pip', 7), inCohort('Moss', 8)], now);
    expect(decision).toEqual({ ok: false, reason: 'Pip and Moss are in different quarantine cohorts: they may not share a cage or meet until both are released.' });
  });

  it('keeps a quarantined rat from meeting a rat outside quarantine', () => {
    const decision = cohortAllows([free('Bella'), inCohort('Pip', 7)], now);
    expect(!decision.ok && decision.reason).toBe('Pip is in quarantine until 1 Dec and may not meet Bella, who is not in quarantine.');
  });

  it('keeps a quarantined rat without a cohort on its own', () => {
    expect(cohortAllows([inCohort('Pip', null), inCohort('Moss', null)], now).ok).toBe(false);
  });

  it('lets rats meet once the quarantine has ended', () => {
    const released: CohortRat = { name: 'Pip', quarantine: { cohortId: 7, startedOn: '2026-10-01', plannedEndOn: '2026-10-22', endedOn: '2026-10-22' } };
    expect(cohortAllows([released, free('Bella')], now)).toEqual({ ok: true });
  });
});
