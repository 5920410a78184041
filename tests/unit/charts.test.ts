import { describe, expect, it } from 'vitest';
import { handlingChartData, quarantineTimeline, ratsByStatus } from '@/lib/domain/charts';
import { trustStepHistory } from '@/lib/domain/trust-step';

describe('rats by status chart data', () => {
  it('lists every status in lifecycle order, zero where no rat has it', () => {
    const data = ratsByStatus([
      { status: 'adopted', n: 3 },
      { status: 'intake', n: 8 },
    ]);
    expect(data.map((d) => d.status)).toEqual(['intake', 'in_care', 'available', 'reserved', 'adopted', 'returned', 'transferred', 'deceased']);
    expect(data.find((d) => d.status === 'intake')?.count).toBe(8);
    expect(data.find((d) => d.status === 'in_care')?.count).toBe(0);
    expect(data.find((d) => d.status === 'adopted')?.label).toBe('Adopted');
  });
});

describe('quarantine timeline', () => {
  it('places each period on a day axis around today and marks the overdue ones', () => {
    const rows = quarantineTimeline(
      [
        { ratName: 'Pip', homeName: 'Willow', startedOn: '2026-11-13', plannedEndOn: '2026-12-04' },
        { ratName: 'Moss', homeName: 'Oak', startedOn: '2026-10-20', plannedEndOn: '2026-11-10' },
      ],
      '2026-11-23',
    );
    expect(rows).toEqual([
      { label: 'Moss', home: 'Oak', start: -34, length: 21, overdue: true },
      { label: 'Pip', home: 'Willow', start: -10, length: 21, overdue: false },
    ]);
  });

  it('groups rats awaiting placement under their own label', () => {
    const [row] = quarantineTimeline([{ ratName: 'Dot', homeName: null, startedOn: '2026-11-23', plannedEndOn: '2026-12-14' }], '2026-11-23');
    expect(row.home).toBe('Awaiting placement');
  });
});

describe('handling chart data', () => {
  it('draws the derived step after each session in time order, with markers only where stress or a bite happened', () => {
    const at = (d: number) => new Date(Date.UTC(2026, 10, d, 18));
    const sessions = [
      { id: 2, sessionAt: at(11), highestStep: 3, confidence: 3, stressCount: 2, bitten: false },
      { id: 1, sessionAt: at(10), highestStep: 2, confidence: 2, stressCount: 0, bitten: false },
      { id: 3, sessionAt: at(12), highestStep: 3, confidence: 4, stressCount: 0, bitten: true },
    ];
    const points = handlingChartData(sessions, trustStepHistory(sessions));
    expect(points.map((p) => [p.date, p.step, p.reached, p.stress, p.bite])).toEqual([
      ['2026-11-10', 2, 2, null, null],
      ['2026-11-11', 2, 3, 3, null],
      ['2026-11-12', 3, 3, null, 3],
    ]);
  });
});
