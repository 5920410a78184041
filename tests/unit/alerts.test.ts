import { describe, expect, it } from 'vitest';
import {
  biteAlerts,
  dashboardAlerts,
  handlingStaleAlerts,
  homeCapacityAlerts,
  neuterReviewAlerts,
  quarantineAlerts,
  forFoster,
  soloRatAlerts,
  sortAlerts,
  watchAlerts,
  weightLossAlerts,
  type Alert,
  type CageMemberRow,
  type HomeLoadRow,
} from '@/lib/domain/alerts';
import { DEFAULT_POLICY } from '@/lib/domain/policy';

const now = new Date('2026-11-20T12:00:00Z');
const pip = { ratId: 1, ratName: 'Pip' };
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe('quarantine alerts', () => {
  it('warns of a quarantine ending within 3 days', () => {
    const [alert] = quarantineAlerts([{ ...pip, quarantineId: 9, plannedEndOn: '2026-11-22', endedOn: null }], now, DEFAULT_POLICY);
    expect(alert).toEqual({
      kind: 'quarantine_ending',
      severity: 'info',
      ratId: 1,
      title: "Pip's quarantine ends in 2 days",
      detail: 'Planned end 22 Nov. Check for symptoms before release.',
      href: '/rats/1',
      on: '2026-11-22',
    });
  });

  it('flags a quarantine past its planned end as overdue for release', () => {
    const [alert] = quarantineAlerts([{ ...pip, quarantineId: 9, plannedEndOn: '2026-11-17', endedOn: null }], now, DEFAULT_POLICY);
    expect(alert).toMatchObject({ kind: 'quarantine_overdue', severity: 'warning', title: "Pip's quarantine ended 3 days ago: release or extend it" });
  });

  it('an overdue quarantine, which says "release or extend", links to its extend page', () => {
    const [alert] = quarantineAlerts([{ ...pip, quarantineId: 9, plannedEndOn: '2026-11-17', endedOn: null }], now, DEFAULT_POLICY);
    expect(alert.href).toBe('/quarantine/9/extend');
  });

  it('stays quiet for a quarantine more than 3 days from its end, or already released', () => {
    expect(quarantineAlerts([{ ...pip, quarantineId: 9, plannedEndOn: '2026-11-24', endedOn: null }, { ...pip, quarantineId: 9, plannedEndOn: '2026-11-10', endedOn: '2026-11-10' }], now, DEFAULT_POLICY)).toEqual([]);
  });
});

describe('watch alerts', () => {
  it('warns of a pregnancy watch due within 3 days', () => {
    const [alert] = watchAlerts([{ ...pip, kind: 'pregnancy', dueOn: '2026-11-21', closedOn: null }], now, DEFAULT_POLICY);
    expect(alert).toMatchObject({ kind: 'watch_due', severity: 'warning', title: "Pip's pregnancy watch ends tomorrow" });
  });

  it('flags an overdue litter separation as danger', () => {
    const [alert] = watchAlerts([{ ...pip, kind: 'sex_separation', dueOn: '2026-11-18', closedOn: null }], now, DEFAULT_POLICY);
    expect(alert).toMatchObject({ kind: 'watch_overdue', severity: 'danger', title: "Pip's litter is 2 days late for splitting by sex" });
  });

  it('stays quiet for a watch more than 3 days from due, or closed', () => {
    const rows = [
      { ...pip, kind: 'post_neuter' as const, dueOn: '2026-11-24', closedOn: null },
      { ...pip, kind: 'pregnancy' as const, dueOn: '2026-11-10', closedOn: '2026-11-10' },
      { ...pip, kind: 'sex_separation' as const, dueOn: '2026-12-20', closedOn: '2026-11-19', litterId: 7 },
    ];
    expect(watchAlerts(rows, now, DEFAULT_POLICY)).toEqual([]);
  });

  it('always shows an open litter sex separation, as information while the split is more than 3 days away, linking to the litter', () => {
    const mabel = { ratId: 4, ratName: 'Mabel' };
    const [alert] = watchAlerts([{ ...mabel, kind: 'sex_separation', dueOn: '2026-12-25', closedOn: null, litterId: 7 }], now, DEFAULT_POLICY);
    expect(alert).toEqual({
      kind: 'watch_due',
      severity: 'info',
      ratId: 4,
      title: 'Litter of Mabel: split by sex by 25 Dec',
      detail: 'Males can be fertile from five weeks: separate the males from the females by 25 Dec.',
      href: '/litters/7',
      on: '2026-12-25',
    });
  });

  it('warns of a litter sex separation due within 3 days, saying when', () => {
    const [alert] = watchAlerts([{ ...pip, kind: 'sex_separation', dueOn: '2026-11-22', closedOn: null, litterId: 7 }], now, DEFAULT_POLICY);
    expect(alert).toMatchObject({ kind: 'watch_due', severity: 'warning', title: 'Litter of Pip: split by sex by 22 Nov (in 2 days)', href: '/litters/7' });
  });

  it('links a litter watch without a recorded litter to the dam', () => {
    const [alert] = watchAlerts([{ ...pip, kind: 'sex_separation', dueOn: '2026-12-25', closedOn: null }], now, DEFAULT_POLICY);
    expect(alert.href).toBe('/rats/1');
  });
});

describe('solo rat alerts', () => {
  const member = (ratId: number, cageGroupId: number, inQuarantine = false): CageMemberRow => ({
    ratId,
    ratName: `Rat ${ratId}`,
    cageGroupId,
    cageGroupName: `Cage ${cageGroupId}`,
    fosterHomeId: 5,
    inQuarantine,
    sex: 'female',
    neuteredOn: null,
    birthDate: null,
  });

  it('flags a rat alone in its cage group', () => {
    const alerts = soloRatAlerts([member(1, 10), member(2, 11), member(3, 11)], now, DEFAULT_POLICY);
    expect(alerts).toEqual([
      {
        kind: 'solo_rat',
        severity: 'warning',
        ratId: 1,
        fosterHomeId: 5,
        title: 'Rat 1 lives alone',
        detail: 'Rat 1 is the only rat in Cage 10. Rats must never be kept alone: plan an introduction.',
        href: '/introductions/new?a=rat:1',
        on: '2026-11-20',
      },
    ]);
  });

  it('sends a foster to the rat, not the planner, from a solo alert', () => {
    expect(forFoster(soloRatAlerts([member(1, 10)], now, DEFAULT_POLICY)).map((a) => a.href)).toEqual(['/rats/1']);
  });

  it('does not flag a rat alone because it is in quarantine', () => {
    expect(soloRatAlerts([member(1, 10, true)], now, DEFAULT_POLICY)).toEqual([]);
  });
});

describe('handling-stale alerts', () => {
  it('flags a rat not handled for 3 days', () => {
    const [alert] = handlingStaleAlerts([{ ...pip, fosterHomeId: 5, lastHandledAt: new Date('2026-11-17T19:00:00Z'), inCareSince: '2026-10-01' }], now, DEFAULT_POLICY);
    expect(alert).toMatchObject({ kind: 'handling_stale', title: 'Pip not handled for 3 days', detail: 'Last session 17 Nov. Fosters should handle their rats at least daily.' });
  });

  it('counts from coming into care when a rat was never handled', () => {
    const [alert] = handlingStaleAlerts([{ ...pip, fosterHomeId: null, lastHandledAt: null, inCareSince: '2026-11-15' }], now, DEFAULT_POLICY);
    expect(alert?.title).toBe('Pip not handled for 5 days');
  });

  it('stays quiet for a rat handled 2 days ago', () => {
    expect(handlingStaleAlerts([{ ...pip, fosterHomeId: 5, lastHandledAt: new Date('2026-11-18T08:00:00Z'), inCareSince: '2026-10-01' }], now, DEFAULT_POLICY)).toEqual([]);
  });
});

describe('bite alerts', () => {
  it('flags bites in the last 7 days, one alert per rat', () => {
    const rows = [
      { ...pip, fosterHomeId: 5, biteGrade: 'bite' as const, occurredAt: hoursAgo(30) },
      { ...pip, fosterHomeId: 5, biteGrade: 'bite' as const, occurredAt: hoursAgo(100) },
    ];
    expect(biteAlerts(rows, now, DEFAULT_POLICY)).toEqual([
      {
        kind: 'bites_this_week',
        severity: 'warning',
        ratId: 1,
        fosterHomeId: 5,
        title: 'Pip bit 2 times this week',
        detail: 'Last bite 19 Nov. Review the handling plan with the foster.',
        href: '/rats/1',
        on: '2026-11-19',
      },
    ]);
  });

  it('makes a severe bite a danger', () => {
    const [alert] = biteAlerts([{ ...pip, fosterHomeId: null, biteGrade: 'severe', occurredAt: hoursAgo(2) }], now, DEFAULT_POLICY);
    expect(alert).toMatchObject({ severity: 'danger', title: 'Pip bit someone this week' });
  });

  it('ignores a bite more than 7 days ago', () => {
    expect(biteAlerts([{ ...pip, fosterHomeId: 5, biteGrade: 'severe', occurredAt: hoursAgo(7 * 24 + 1) }], now, DEFAULT_POLICY)).toEqual([]);
  });
});

describe('home capacity alerts', () => {
  const home = (overrides: Partial<HomeLoadRow>): HomeLoadRow => ({ fosterHomeId: 3, name: 'The Okafor home', capacityRats: 6, capacityCages: 2, ratsPlaced: 6, cageGroups: 2, ...overrides });

  it('flags a home with more rats placed than its capacity', () => {
    const [alert] = homeCapacityAlerts([home({ ratsPlaced: 7 })], now, DEFAULT_POLICY);
    expect(alert).toMatchObject({ kind: 'home_over_capacity', fosterHomeId: 3, title: 'The Okafor home is over capacity', href: '/foster-homes/3' });
    expect(alert.detail).toContain('7 rats placed for 6 places.');
  });

  it('flags a home with more cage groups than cages', () => {
    const [alert] = homeCapacityAlerts([home({ cageGroups: 3 })], now, DEFAULT_POLICY);
    expect(alert.detail).toContain('3 cage groups for 2 cages.');
  });

  it('stays quiet for a home exactly at capacity', () => {
    expect(homeCapacityAlerts([home({})], now, DEFAULT_POLICY)).toEqual([]);
  });
});

describe('neuter review alerts', () => {
  const male = { ...pip, sex: 'male' as const, neuteredOn: null, neuterReviewedOn: null };

  it('suggests a review for an intact male past 90 days old', () => {
    const [alert] = neuterReviewAlerts([{ ...male, birthDate: '2026-08-21' }], now, DEFAULT_POLICY);
    expect(alert).toMatchObject({ kind: 'neuter_review', severity: 'info', title: 'Pip may need a neuter review', on: '2026-11-19' });
  });

  it('stays quiet for a male of exactly 90 days', () => {
    expect(neuterReviewAlerts([{ ...male, birthDate: '2026-08-22' }], now, DEFAULT_POLICY)).toEqual([]);
  });

  it('stays quiet once a review is on record, or he is neutered', () => {
    const rows = [
      { ...male, birthDate: '2026-01-01', neuterReviewedOn: '2026-10-01' },
      { ...male, birthDate: '2026-01-01', neuteredOn: '2026-10-01' },
    ];
    expect(neuterReviewAlerts(rows, now, DEFAULT_POLICY)).toEqual([]);
  });
});

describe('weight-loss alerts', () => {
  it('flags a rat that lost more than 10% within 30 days as danger', () => {
    const rows = [
      { ...pip, occurredOn: '2026-11-01', weightGrams: 300 },
      { ...pip, occurredOn: '2026-11-19', weightGrams: 260 },
      { ratId: 2, ratName: 'Moss', occurredOn: '2026-11-01', weightGrams: 400 },
      { ratId: 2, ratName: 'Moss', occurredOn: '2026-11-19', weightGrams: 390 },
    ];
    const alerts = weightLossAlerts(rows, now, DEFAULT_POLICY);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'weight_loss', severity: 'danger', ratId: 1, title: 'Pip lost 13.3% of body weight', on: '2026-11-19' });
  });

  it('stays quiet for a loss of exactly 10%', () => {
    const rows = [
      { ...pip, occurredOn: '2026-11-01', weightGrams: 300 },
      { ...pip, occurredOn: '2026-11-19', weightGrams: 270 },
    ];
    expect(weightLossAlerts(rows, now, DEFAULT_POLICY)).toEqual([]);
  });
});

describe('sorting alerts', () => {
  const alert = (severity: Alert['severity'], on: string, title: string): Alert => ({ kind: 'solo_rat', severity, title, detail: '', href: '/', on });

  it('puts danger first, then warning, then info, and the earliest date first within each', () => {
    const sorted = sortAlerts([alert('info', '2026-11-01', 'a'), alert('warning', '2026-11-19', 'b'), alert('danger', '2026-11-20', 'c'), alert('warning', '2026-11-02', 'd')]);
    expect(sorted.map((a) => a.title)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('collects every kind of alert into one sorted list', () => {
    const alerts = dashboardAlerts(
      {
        quarantines: [{ ...pip, quarantineId: 9, plannedEndOn: '2026-11-21', endedOn: null }],
        watches: [],
        cageMembers: [],
        handling: [],
        incidents: [{ ...pip, fosterHomeId: null, biteGrade: 'severe', occurredAt: hoursAgo(1) }],
        homes: [],
        males: [],
        weights: [],
      },
      now,
      DEFAULT_POLICY,
    );
    expect(alerts.map((a) => a.kind)).toEqual(['bites_this_week', 'quarantine_ending']);
  });
});
