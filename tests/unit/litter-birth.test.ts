import { describe, expect, it } from 'vitest';
import { canRecordLitter, kittenQuarantine, separationStatus, type LitterParent } from '@/lib/domain/litters';

const now = new Date('2026-11-20T12:00:00Z');
const bean: LitterParent = { id: 1, name: 'Bean', sex: 'female', status: 'in_care' };
const badger: LitterParent = { id: 2, name: 'Badger', sex: 'male', status: 'in_care' };

describe('who can have a litter recorded', () => {
  it('accepts a female in care with a male sire or an unknown one', () => {
    expect(canRecordLitter(bean, badger, null)).toEqual({ ok: true });
    expect(canRecordLitter(bean, null, null)).toEqual({ ok: true });
  });

  it('refuses a dam who is not female, or not in the rescue’s care', () => {
    expect(canRecordLitter(badger, null, null)).toEqual({ ok: false, reason: 'Badger is not recorded as female, so she cannot be the dam of a litter.' });
    expect(canRecordLitter({ ...bean, status: 'adopted' }, null, null).ok).toBe(false);
  });

  it('refuses a sire who is not male', () => {
    expect(canRecordLitter(bean, { ...badger, sex: 'unknown' }, null)).toEqual({
      ok: false,
      reason: 'Badger is not recorded as male, so he cannot be the sire. Leave the sire as unknown instead.',
    });
  });

  it('refuses a new litter while the dam’s earlier litter still waits to be split by sex', () => {
    expect(canRecordLitter(bean, null, { dueOn: '2026-11-30' })).toEqual({
      ok: false,
      reason: "Bean's earlier litter is still to be split by sex (by 30 Nov). Close that sex-separation watch before recording another litter.",
    });
  });
});

describe('kittens born in quarantine', () => {
  const dam = { reason: 'intake' as const, cohortId: 3, startedOn: '2026-11-10', plannedEndOn: '2026-12-01' };

  it('share the dam’s quarantine: same reason, cohort and planned end, from the birth date', () => {
    expect(kittenQuarantine(dam, '2026-11-19')).toEqual({ reason: 'intake', cohortId: 3, startedOn: '2026-11-19', plannedEndOn: '2026-12-01' });
  });

  it('get no quarantine when the dam is not in one', () => {
    expect(kittenQuarantine(null, '2026-11-19')).toBeNull();
  });

  it('keep the planned end on or after the start when the dam is overdue for release', () => {
    expect(kittenQuarantine({ ...dam, plannedEndOn: '2026-11-15' }, '2026-11-19')).toMatchObject({ startedOn: '2026-11-19', plannedEndOn: '2026-11-19' });
  });
});

describe('where a litter’s split by sex stands', () => {
  it('counts down to the due date, then counts the days late', () => {
    expect(separationStatus({ dueOn: '2026-12-24', closedOn: null, outcome: null }, now)).toEqual({ state: 'open', text: 'Split by sex by 24 Dec: in 34 days.' });
    expect(separationStatus({ dueOn: '2026-11-21', closedOn: null, outcome: null }, now)).toEqual({ state: 'due_soon', text: 'Split by sex by 21 Nov: tomorrow.' });
    expect(separationStatus({ dueOn: '2026-11-18', closedOn: null, outcome: null }, now)).toEqual({ state: 'overdue', text: '2 days late: split the litter by sex today.' });
  });

  it('says when it was split, or that the watch closed without a split', () => {
    expect(separationStatus({ dueOn: '2026-11-24', closedOn: '2026-11-19', outcome: 'separated' }, now).text).toBe('Split by sex on 19 Nov.');
    expect(separationStatus({ dueOn: '2026-11-24', closedOn: '2026-11-19', outcome: 'cancelled' }, now).text).toBe('Watch closed on 19 Nov without a split.');
  });
});
