import { describe, expect, it } from 'vitest';
import { quarantineTimeline, ratsByStatus } from '@/lib/domain/charts';

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
