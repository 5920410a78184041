import { describe, expect, it } from 'vitest';
import { groupBy } from '@/lib/group-by';

describe('groupBy', () => {
  it('keeps groups in first-seen order and rows in row order', () => {
    const rows = [{ k: 'b', n: 1 }, { k: 'a', n: 2 }, { k: 'b', n: 3 }];
    expect([...groupBy(rows, (r) => r.k)]).toEqual([
      ['b', [{ k: 'b', n: 1 }, { k: 'b', n: 3 }]],
      ['a', [{ k: 'a', n: 2 }]],
    ]);
  });

  it('keeps only the part of each row asked for', () => {
    expect(groupBy([{ k: 1, n: 'x' }, { k: 1, n: 'y' }], (r) => r.k, (r) => r.n).get(1)).toEqual(['x', 'y']);
  });

  it('groups a hundred thousand rows into three groups', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ k: i % 3 }));
    expect(groupBy(rows, (r) => r.k).get(0)).toHaveLength(33_334);
  });
});
