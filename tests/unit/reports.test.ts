import { describe, expect, it } from 'vitest';
import {
  bitesPerMonth,
  capacityUse,
  intakesAgainstAdoptions,
  medianDaysTable,
  monthsOf,
  reportRange,
  returnsPerMonth,
  sessionsPerHomeWeek,
  statusOverTime,
  TEMPERAMENT_GROUPS,
  weeksOf,
} from '@/lib/domain/reports';
import { reportRangeParams } from '@/lib/validation/reports';

const now = new Date('2026-11-24T12:00:00Z');
const range = { from: '2026-09', to: '2026-11' };

describe('report range', () => {
  it('defaults to the last 12 months up to this month', () => {
    expect(reportRange({}, now)).toEqual({ from: '2025-12', to: '2026-11' });
  });

  it('swaps a reversed range and keeps at most 60 months, ending at the later month', () => {
    expect(reportRange({ from: '2026-11', to: '2026-01' }, now)).toEqual({ from: '2026-01', to: '2026-11' });
    expect(monthsOf(reportRange({ from: '2010-01', to: '2026-11' }, now))).toHaveLength(60);
  });

  it('lists every month and every Monday-started week the range touches', () => {
    expect(monthsOf(range)).toEqual(['2026-09', '2026-10', '2026-11']);
    const weeks = weeksOf({ from: '2026-11', to: '2026-11' });
    expect(weeks[0]).toBe('2026-10-26');
    expect(weeks.at(-1)).toBe('2026-11-30');
  });
});

describe('report shaping', () => {
  it('months with nothing show as zero in rats by status, with a total', () => {
    const table = statusOverTime([{ month: '2026-10', status: 'in_care', n: 4 }, { month: '2026-10', status: 'available', n: 2 }], range, ['in_care', 'available']);
    expect(table.rows).toEqual([
      { month: 'Sep 2026', in_care: 0, available: 0, total: 0 },
      { month: 'Oct 2026', in_care: 4, available: 2, total: 6 },
      { month: 'Nov 2026', in_care: 0, available: 0, total: 0 },
    ]);
    expect(table.columns.map((c) => c.label)).toEqual(['Month', 'In care', 'Available', 'Total']);
  });

  it('intakes and adoptions line up by month, zero when none', () => {
    const table = intakesAgainstAdoptions([{ month: '2026-09', n: 5 }], [{ month: '2026-11', n: 2 }], range);
    expect(table.rows.map((r) => [r.month, r.intakes, r.adoptions])).toEqual([
      ['Sep 2026', 5, 0],
      ['Oct 2026', 0, 0],
      ['Nov 2026', 0, 2],
    ]);
  });

  it('median days list every group, a dash where no rat got there', () => {
    const table = medianDaysTable([{ group: 'shy', toReady: 42.5, readyCount: 2, toAdoption: null, adoptedCount: 0 }], TEMPERAMENT_GROUPS, 'Temperament');
    expect(table.rows).toHaveLength(TEMPERAMENT_GROUPS.length);
    expect(table.rows.find((r) => r.group === 'Shy')).toEqual({ group: 'Shy', toReady: 42.5, readyCount: 2, toAdoption: '–', adoptedCount: 0 });
    expect(table.rows.find((r) => r.group === 'Not assessed')).toMatchObject({ toReady: '–', readyCount: 0 });
  });

  it('sessions per home per week have a column per home and zero weeks', () => {
    const table = sessionsPerHomeWeek([{ week: '2026-11-02', fosterHomeId: 1, n: 7 }], [{ id: 1, name: 'Willow' }, { id: 2, name: 'Maple' }], { from: '2026-11', to: '2026-11' });
    expect(table.columns.map((c) => c.label)).toEqual(['Week', 'Willow', 'Maple']);
    expect(table.rows.find((r) => r.week === 'w/c 2 Nov')).toEqual({ week: 'w/c 2 Nov', home1: 7, home2: 0 });
    expect(table.rows.find((r) => r.week === 'w/c 9 Nov')).toEqual({ week: 'w/c 9 Nov', home1: 0, home2: 0 });
  });

  it('capacity use is placed over places as a whole percentage, zero with no places', () => {
    expect(capacityUse([{ month: '2026-10', placed: 9 }], 12, range).rows[1]).toEqual({ month: 'Oct 2026', placed: 9, capacity: 12, percent: 75 });
    expect(capacityUse([{ month: '2026-10', placed: 3 }], 0, range).rows[1].percent).toBe(0);
  });

  it('bites per month split by grade and returns per month show zero months', () => {
    expect(bitesPerMonth([{ month: '2026-11', grade: 'severe', n: 1 }], range).rows.map((r) => [r.bite, r.severe])).toEqual([
      [0, 0],
      [0, 0],
      [0, 1],
    ]);
    expect(returnsPerMonth([{ month: '2026-09', n: 2, medianDaysAway: 17 }], range).rows.map((r) => [r.returns, r.daysAway])).toEqual([
      [2, 17],
      [0, '–'],
      [0, '–'],
    ]);
  });
});

describe('report URL parameters', () => {
  it('reads months as YYYY-MM and ignores anything else, so the default range applies', () => {
    expect(reportRangeParams.parse({ from: '2026-01', to: ['2026-06', 'x'] })).toEqual({ from: '2026-01', to: '2026-06' });
    expect(reportRangeParams.parse({ from: '2026-13', to: '1999-01' })).toEqual({ from: undefined, to: undefined });
    expect(reportRange(reportRangeParams.parse({ from: "'; drop table rats; --" }), now)).toEqual({ from: '2025-12', to: '2026-11' });
  });
});
