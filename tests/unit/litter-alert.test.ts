import { describe, expect, it } from 'vitest';
import { handlingStaleAlerts, type HandlingRow } from '@/lib/domain/alerts';
import { DEFAULT_POLICY } from '@/lib/domain/policy';

const now = new Date('2026-11-20T12:00:00Z');
const kitten = (ratId: number, lastHandledAt: Date | null = null): HandlingRow => ({
  ratId,
  ratName: `Kitten ${ratId}`,
  fosterHomeId: 4,
  lastHandledAt,
  inCareSince: '2026-11-10',
  litterId: 7,
  birthDate: '2026-11-10',
});

describe('not-handled alert for litters', () => {
  it('a litter never handled alerts as one line, counted from the kitten handling day', () => {
    const alerts = handlingStaleAlerts([kitten(1), kitten(2), kitten(3)], now, DEFAULT_POLICY);
    expect(alerts).toEqual([
      {
        kind: 'handling_stale',
        severity: 'warning',
        title: 'Litter born 10 Nov (3 kittens) not handled for 7 days',
        detail: 'Kittens are handled from day 3 (13 Nov); not every kitten has had a session since. Log one session for the whole litter.',
        href: '/litters/7',
        on: '2026-11-13',
        fosterHomeId: 4,
      },
    ]);
  });

  it('a litter younger than the kitten handling day plus the stale days does not alert', () => {
    const born = (id: number): HandlingRow => ({ ...kitten(id), birthDate: '2026-11-16', inCareSince: '2026-11-16' });
    expect(handlingStaleAlerts([born(1), born(2)], now, DEFAULT_POLICY)).toEqual([]);
  });

  it('a litter handled together recently does not alert', () => {
    const yesterday = new Date('2026-11-19T18:00:00Z');
    expect(handlingStaleAlerts([kitten(1, yesterday), kitten(2, yesterday)], now, DEFAULT_POLICY)).toEqual([]);
  });

  it('a litter counts from the kitten handled longest ago', () => {
    const [alert] = handlingStaleAlerts([kitten(1, new Date('2026-11-19T18:00:00Z')), kitten(2, new Date('2026-11-16T18:00:00Z'))], now, DEFAULT_POLICY);
    expect(alert).toMatchObject({ title: 'Litter born 10 Nov (2 kittens) not handled for 4 days', on: '2026-11-16' });
  });

  it('the kitten handling day comes from settings', () => {
    const alerts = handlingStaleAlerts([kitten(1)], now, { ...DEFAULT_POLICY, kittenHandlingFromDay: 8 });
    expect(alerts).toEqual([]);
  });

  it('kittens past the sex-separation day alert one by one like any rat', () => {
    const older: HandlingRow = { ...kitten(1), birthDate: '2026-09-01', inCareSince: '2026-09-01' };
    const [alert] = handlingStaleAlerts([older], now, DEFAULT_POLICY);
    expect(alert).toMatchObject({ title: 'Kitten 1 not handled for 80 days', href: '/rats/1' });
  });

  it('two litters give two lines', () => {
    const other = (id: number): HandlingRow => ({ ...kitten(id), litterId: 8 });
    expect(handlingStaleAlerts([kitten(1), kitten(2), other(3), other(4)], now, DEFAULT_POLICY).map((a) => a.href)).toEqual(['/litters/7', '/litters/8']);
  });
});
