import { describe, expect, it } from 'vitest';
import {
  handlingReport,
  incidentsToReview,
  reportWeeks,
  sessionsPerWeek,
  weekIndexOf,
  type ReportRows,
} from '@/lib/domain/handling-report';

/** Monday 23 Nov 2026, noon UTC. */
const now = new Date('2026-11-23T12:00:00Z');
const policy = { handlingStaleDays: 3 };
const at = (iso: string) => new Date(iso);

describe('report weeks', () => {
  it('are six rolling seven-day weeks, oldest first, the last ending today', () => {
    const weeks = reportWeeks(now);
    expect(weeks).toHaveLength(6);
    expect(weeks[5]).toEqual({ from: '2026-11-17', to: '2026-11-23', label: 'This week' });
    expect(weeks[4]).toEqual({ from: '2026-11-10', to: '2026-11-16', label: 'From 10 Nov' });
    expect(weeks[0]).toEqual({ from: '2026-10-13', to: '2026-10-19', label: 'From 13 Oct' });
  });

  it('leave no day out and count none twice', () => {
    const weeks = reportWeeks(now);
    for (let i = 1; i < weeks.length; i++) {
      const dayAfter = new Date(`${weeks[i - 1].to}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      expect(weeks[i].from).toBe(dayAfter.toISOString().slice(0, 10));
    }
  });

  it('place a day in its week, and days outside the six weeks nowhere', () => {
    const weeks = reportWeeks(now);
    expect(weekIndexOf('2026-11-23', weeks)).toBe(5);
    expect(weekIndexOf('2026-11-17', weeks)).toBe(5);
    expect(weekIndexOf('2026-11-16', weeks)).toBe(4);
    expect(weekIndexOf('2026-10-13', weeks)).toBe(0);
    expect(weekIndexOf('2026-10-12', weeks)).toBe(-1);
    expect(weekIndexOf('2026-11-24', weeks)).toBe(-1);
  });
});

describe('sessions per week', () => {
  it('adds each rat’s daily counts into its weeks and ignores days outside them', () => {
    const weeks = reportWeeks(now);
    const perRat = sessionsPerWeek(
      [
        { ratId: 1, day: '2026-11-23', sessions: 2 },
        { ratId: 1, day: '2026-11-17', sessions: 1 },
        { ratId: 1, day: '2026-11-16', sessions: 1 },
        { ratId: 1, day: '2026-10-01', sessions: 9 },
        { ratId: 2, day: '2026-10-13', sessions: 3 },
      ],
      weeks,
    );
    expect(perRat.get(1)).toEqual([0, 0, 0, 0, 1, 3]);
    expect(perRat.get(2)).toEqual([3, 0, 0, 0, 0, 0]);
    expect(perRat.has(3)).toBe(false);
  });
});

describe('handling report', () => {
  const rows: ReportRows = {
    homes: [
      { fosterHomeId: 10, name: 'Willow House' },
      { fosterHomeId: 20, name: 'Empty Flat' },
    ],
    rats: [
      { ratId: 1, name: 'Bean', code: 'R-2026-0001', fosterHomeId: 10, placedAt: at('2026-09-01T10:00:00Z'), lastHandledAt: at('2026-11-23T09:00:00Z') },
      { ratId: 2, name: 'Ash', code: 'R-2026-0002', fosterHomeId: 10, placedAt: at('2026-11-12T10:00:00Z'), lastHandledAt: at('2026-11-20T19:00:00Z') },
      { ratId: 3, name: 'Moth', code: 'R-2026-0003', fosterHomeId: 10, placedAt: at('2026-11-20T10:00:00Z'), lastHandledAt: null },
    ],
    sessionDays: [
      { ratId: 1, day: '2026-11-23', sessions: 1 },
      { ratId: 1, day: '2026-11-22', sessions: 1 },
      { ratId: 1, day: '2026-11-01', sessions: 2 },
      { ratId: 2, day: '2026-11-20', sessions: 1 },
      { ratId: 2, day: '2026-11-13', sessions: 1 },
    ],
    recentSessions: [
      { ratId: 1, id: 5, sessionAt: at('2026-11-23T09:00:00Z'), highestStep: 4 },
      { ratId: 1, id: 4, sessionAt: at('2026-11-22T09:00:00Z'), highestStep: 4 },
      { ratId: 1, id: 3, sessionAt: at('2026-11-01T09:00:00Z'), highestStep: 2 },
      { ratId: 2, id: 7, sessionAt: at('2026-11-20T19:00:00Z'), highestStep: 1 },
    ],
  };
  const report = handlingReport(rows, now, policy);
  const willow = report.homes[0];
  const rat = (name: string) => willow.rats.find((r) => r.name === name)!;

  it('lists every home, with its own rats only', () => {
    expect(report.homes.map((h) => h.name)).toEqual(['Willow House', 'Empty Flat']);
    expect(willow.rats).toHaveLength(3);
    expect(report.homes[1].rats).toEqual([]);
    expect(report.homes[1].weekTotals).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('gives each rat its sessions per week and marks the weeks before it came to the home', () => {
    expect(rat('Bean').weeks).toEqual([0, 0, 2, 0, 0, 2]);
    expect(rat('Bean').total).toBe(4);
    expect(rat('Ash').weeks).toEqual([null, null, null, null, 1, 1]);
    expect(rat('Moth').weeks).toEqual([null, null, null, null, null, 0]);
  });

  it('adds the home’s weekly totals from its rats', () => {
    expect(willow.weekTotals).toEqual([0, 0, 2, 0, 1, 3]);
  });

  it('gives each rat its current trust step from its latest sessions', () => {
    expect(rat('Bean').step).toBe(4);
    expect(rat('Bean').stepName).toBe('Comes to the hand');
    expect(rat('Ash').step).toBe(1);
    expect(rat('Moth').step).toBeNull();
  });

  it('highlights rats not handled for the handling-stale days or never handled, and lists them first', () => {
    expect(rat('Bean').freshness).toEqual({ days: 0, stale: false, text: 'Handled today' });
    expect(rat('Ash').freshness).toEqual({ days: 3, stale: true, text: 'Handled 3 days ago' });
    expect(rat('Moth').freshness.stale).toBe(true);
    expect(willow.rats.map((r) => r.lastHandled)).toEqual(['3 days ago', 'Never', 'Today']);
    expect(willow.rats.map((r) => r.name)).toEqual(['Ash', 'Moth', 'Bean']);
    expect(willow.staleCount).toBe(2);
  });

  it('follows the rescue’s handling-stale setting', () => {
    const lenient = handlingReport(rows, now, { handlingStaleDays: 4 });
    expect(lenient.homes[0].rats.find((r) => r.name === 'Ash')!.freshness.stale).toBe(false);
  });
});

describe('incidents to review', () => {
  const incident = (id: number, occurredAt: string, acknowledgedAt: string | null) => ({
    id,
    occurredAt: at(occurredAt),
    acknowledgedAt: acknowledgedAt ? at(acknowledgedAt) : null,
  });

  it('keeps this week’s bites and older ones nobody acknowledged, unacknowledged first then newest', () => {
    const list = incidentsToReview(
      [
        incident(1, '2026-11-22T10:00:00Z', '2026-11-22T12:00:00Z'),
        incident(2, '2026-11-10T10:00:00Z', null),
        incident(3, '2026-11-10T10:00:00Z', '2026-11-11T10:00:00Z'),
        incident(4, '2026-11-21T10:00:00Z', null),
      ],
      now,
    );
    expect(list.map((i) => i.id)).toEqual([4, 2, 1]);
  });
});
