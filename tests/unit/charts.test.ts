import { describe, expect, it } from 'vitest';
import { ratsByStatus } from '@/lib/domain/charts';

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
