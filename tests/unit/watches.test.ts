import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { countsAsIntact } from '@/lib/domain/sex-safety';
import {
  canCloseWatch,
  mayJoinFemales,
  watchDueOn,
  watchesForIntake,
  watchForExposure,
  watchForLitter,
  watchForNeuter,
  watchState,
  type Watch,
} from '@/lib/domain/watches';

const now = new Date('2026-11-20T12:00:00Z');

function watch(overrides: Partial<Watch> = {}): Watch {
  return { ratId: 1, kind: 'pregnancy', litterId: null, startedOn: '2026-11-01', dueOn: '2026-11-25', closedOn: null, outcome: null, ...overrides };
}

describe('post-neuter watch for a neuter recorded late', () => {
  it('a neuter recorded with a past date whose sterile date has passed says so and opens no watch', () => {
    const outcome = watchForNeuter({ ratId: 2, sex: 'male' }, '2026-09-01', new Date('2026-11-05T12:00:00Z'), DEFAULT_POLICY);
    expect(outcome).toEqual({ draft: null, message: 'Neutered on 1 Sep, he has counted as sterile since 29 Sep: no post-neuter watch is needed.' });
  });

  it('a neuter whose sterile day is today opens no watch either', () => {
    expect(watchForNeuter({ ratId: 2, sex: 'male' }, '2026-10-08', new Date('2026-11-05T12:00:00Z'), DEFAULT_POLICY).draft).toBeNull();
  });
});

describe('pregnancy watch', () => {
  const rats = [
    { ratId: 1, sex: 'female' as const },
    { ratId: 2, sex: 'male' as const },
    { ratId: 3, sex: 'female' as const },
    { ratId: 4, sex: 'unknown' as const },
  ];

  it('opens only on the females of a mixed-sex intake', () => {
    const drafts = watchesForIntake({ intakeDate: '2026-11-01', mixedSex: true }, rats, DEFAULT_POLICY);
    expect(drafts.map((d) => d.ratId)).toEqual([1, 3]);
    expect(drafts.every((d) => d.kind === 'pregnancy')).toBe(true);
  });

  it('is due 24 days after the intake date', () => {
    const [first] = watchesForIntake({ intakeDate: '2026-11-01', mixedSex: true }, rats, DEFAULT_POLICY);
    expect(first.dueOn).toBe('2026-11-25');
  });

  it('does not open for a single-sex intake that was not ticked mixed-sex', () => {
    const females = rats.filter((r) => r.sex !== 'male');
    expect(watchesForIntake({ intakeDate: '2026-11-01', mixedSex: false }, females, DEFAULT_POLICY)).toEqual([]);
  });

  it('opens on the females of an intake with both sexes entered, whether or not mixed-sex was ticked', () => {
    const drafts = watchesForIntake({ intakeDate: '2026-11-01', mixedSex: false }, rats, DEFAULT_POLICY);
    expect(drafts.map((d) => d.ratId)).toEqual([1, 3]);
  });

  it('opens for a female after an exposure, from the exposure date', () => {
    expect(watchForExposure({ ratId: 5, sex: 'female' }, '2026-11-10', DEFAULT_POLICY)).toMatchObject({ ratId: 5, kind: 'pregnancy', startedOn: '2026-11-10', dueOn: '2026-12-04' });
  });

  it('does not open for a male after an exposure', () => {
    expect(watchForExposure({ ratId: 6, sex: 'male' }, '2026-11-10', DEFAULT_POLICY)).toBeNull();
  });
});

describe('post-neuter window', () => {
  const neuteredDaysAgo = (days: number) => ({ name: 'Max', sex: 'male' as const, neuteredOn: new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10) });

  it('counts a male neutered 20 days ago as intact with the default setting', () => {
    expect(countsAsIntact(neuteredDaysAgo(20), now, DEFAULT_POLICY.postNeuterSterileDays)).toBe(true);
  });

  it('no longer counts a male neutered 30 days ago as intact with the default setting', () => {
    expect(countsAsIntact(neuteredDaysAgo(30), now, DEFAULT_POLICY.postNeuterSterileDays)).toBe(false);
  });

  it('refuses a male neutered 20 days ago joining females, saying when he may', () => {
    const decision = mayJoinFemales(neuteredDaysAgo(20), now, DEFAULT_POLICY);
    expect(decision).toEqual({ ok: false, reason: 'Max was neutered on 31 Oct and is not sterile until 28 Nov (8 days to go): he may not join females before then.' });
  });

  it('lets a male neutered 30 days ago join females', () => {
    expect(mayJoinFemales(neuteredDaysAgo(30), now, DEFAULT_POLICY)).toEqual({ ok: true });
  });

  it('refuses an unneutered male joining females', () => {
    expect(mayJoinFemales({ name: 'Max', sex: 'male', neuteredOn: null }, now, DEFAULT_POLICY).ok).toBe(false);
  });

  it('opens a post-neuter watch due 28 days after the neuter, only for males', () => {
    const now = new Date('2026-11-05T12:00:00Z');
    expect(watchForNeuter({ ratId: 2, sex: 'male' }, '2026-11-01', now, DEFAULT_POLICY).draft).toMatchObject({ kind: 'post_neuter', dueOn: '2026-11-29' });
    expect(watchForNeuter({ ratId: 1, sex: 'female' }, '2026-11-01', now, DEFAULT_POLICY)).toEqual({ draft: null, message: null });
  });
});

describe('sex separation', () => {
  it('is due on day 35 of the litter', () => {
    const draft = watchForLitter({ litterId: 4, damId: 1, bornOn: '2026-11-01' }, DEFAULT_POLICY);
    expect(draft).toMatchObject({ ratId: 1, kind: 'sex_separation', litterId: 4, startedOn: '2026-11-01', dueOn: '2026-12-06' });
  });

  it('follows the rescue setting for the separation day', () => {
    expect(watchDueOn('sex_separation', '2026-11-01', { ...DEFAULT_POLICY, litterSeparationDay: 28 })).toBe('2026-11-29');
  });
});

describe('watch state', () => {
  it('is open while the due date is more than 3 days away', () => {
    expect(watchState(watch({ dueOn: '2026-11-24' }), now)).toBe('open');
  });

  it('is due soon within 3 days of the due date', () => {
    expect(watchState(watch({ dueOn: '2026-11-23' }), now)).toBe('due_soon');
  });

  it('is due soon on the due date itself', () => {
    expect(watchState(watch({ dueOn: '2026-11-20' }), now)).toBe('due_soon');
  });

  it('is overdue the day after the due date', () => {
    expect(watchState(watch({ dueOn: '2026-11-19' }), now)).toBe('overdue');
  });

  it('is closed once closed, whatever the date', () => {
    expect(watchState(watch({ dueOn: '2026-11-01', closedOn: '2026-11-02', outcome: 'not_pregnant' }), now)).toBe('closed');
  });
});

describe('closing a watch', () => {
  it('refuses an outcome that does not fit the kind', () => {
    expect(canCloseWatch(watch(), 'separated', '2026-11-26').ok).toBe(false);
  });

  it('refuses not pregnant before the watch is due', () => {
    const decision = canCloseWatch(watch(), 'not_pregnant', '2026-11-20');
    expect(!decision.ok && decision.reason).toBe('It is too early to close as not pregnant: the watch runs until 25 Nov.');
  });

  it('allows not pregnant from the due date', () => {
    expect(canCloseWatch(watch(), 'not_pregnant', '2026-11-25')).toEqual({ ok: true });
  });

  it('allows a litter born before the due date', () => {
    expect(canCloseWatch(watch(), 'litter_born', '2026-11-20')).toEqual({ ok: true });
  });
});
