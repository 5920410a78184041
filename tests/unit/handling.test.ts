import { describe, expect, it } from 'vitest';
import { biteAtLeast, daysSinceHandled, handlingFreshness, isIncident, sessionDay, stressTrend } from '@/lib/domain/handling';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { BITE_GRADES, type StressSign } from '@/lib/domain/vocabulary';

const now = new Date('2025-11-23T09:00:00Z');

describe('bite incidents', () => {
  it('a bite or severe bite is an incident; a nip is not', () => {
    expect(isIncident('bite')).toBe(true);
    expect(isIncident('severe')).toBe(true);
    expect(isIncident('nip')).toBe(false);
  });

  it('no bite and mouthing are not incidents', () => {
    expect(isIncident('none')).toBe(false);
    expect(isIncident('mouthing')).toBe(false);
  });

  it('compares bite grades along the scale', () => {
    expect(BITE_GRADES.filter((g) => biteAtLeast(g, 'nip'))).toEqual(['nip', 'bite', 'severe']);
  });
});

describe('days since handled', () => {
  it('counts calendar days in UTC, not 24-hour periods', () => {
    expect(daysSinceHandled(new Date('2025-11-22T23:30:00Z'), new Date('2025-11-23T00:15:00Z'))).toBe(1);
  });

  it('is zero for a session earlier today', () => {
    expect(daysSinceHandled(new Date('2025-11-23T07:00:00Z'), now)).toBe(0);
  });

  it('is null for a rat never handled', () => {
    expect(daysSinceHandled(null, now)).toBeNull();
  });

  it('never goes below zero when a session is logged a little ahead of the clock', () => {
    expect(daysSinceHandled(new Date('2025-11-24T00:01:00Z'), new Date('2025-11-23T23:59:00Z'))).toBe(0);
  });
});

describe('handling freshness', () => {
  it('says "handled N days ago"', () => {
    expect(handlingFreshness(new Date('2025-11-21T18:00:00Z'), now).text).toBe('Handled 2 days ago');
  });

  it('says today and yesterday in words', () => {
    expect(handlingFreshness(new Date('2025-11-23T08:00:00Z'), now).text).toBe('Handled today');
    expect(handlingFreshness(new Date('2025-11-22T08:00:00Z'), now).text).toBe('Handled yesterday');
  });

  it('is not stale one day short of the handling-stale days', () => {
    expect(handlingFreshness(new Date('2025-11-21T18:00:00Z'), now).stale).toBe(false);
  });

  it('is stale once the handling-stale days (default 3) have passed without a session', () => {
    expect(DEFAULT_POLICY.handlingStaleDays).toBe(3);
    expect(handlingFreshness(new Date('2025-11-20T18:00:00Z'), now)).toEqual({ days: 3, stale: true, text: 'Handled 3 days ago' });
  });

  it('follows the rescue’s own handling-stale days', () => {
    expect(handlingFreshness(new Date('2025-11-20T18:00:00Z'), now, { handlingStaleDays: 5 }).stale).toBe(false);
  });

  it('a rat never handled is stale', () => {
    expect(handlingFreshness(null, now)).toEqual({ days: null, stale: true, text: 'Never handled' });
  });
});

describe('stress trend', () => {
  const withCounts = (...counts: number[]) => counts.map((n) => ({ stressSigns: Array<StressSign>(n).fill('hides') }));

  it('is rising when stress signs never fall and end higher than they started', () => {
    expect(stressTrend(withCounts(0, 1, 3))).toEqual({ rising: true, counts: [0, 1, 3] });
    expect(stressTrend(withCounts(1, 1, 2)).rising).toBe(true);
  });

  it('is not rising when one session in between was calmer', () => {
    expect(stressTrend(withCounts(1, 0, 3)).rising).toBe(false);
  });

  it('is not rising when stress stays level', () => {
    expect(stressTrend(withCounts(2, 2, 2)).rising).toBe(false);
  });

  it('needs at least two sessions to rise', () => {
    expect(stressTrend(withCounts(4)).rising).toBe(false);
  });
});

describe('session day', () => {
  it('writes the day and month as fosters do, in UTC', () => {
    expect(sessionDay(new Date('2025-09-01T23:30:00Z'))).toBe('1 Sep');
  });
});
