import { describe, expect, it } from 'vitest';
import { formatRescueCode, nextRescueCodes, parseRescueCode } from '@/lib/domain/rescue-code';

describe('rescue codes', () => {
  it('pads the number to four digits after the year', () => {
    expect(formatRescueCode(2026, 42)).toBe('R-2026-0042');
    expect(formatRescueCode(2026, 12345)).toBe('R-2026-12345');
  });

  it('continues from the last number used, with no gap', () => {
    expect(nextRescueCodes(2026, 9, 3)).toEqual(['R-2026-0010', 'R-2026-0011', 'R-2026-0012']);
  });

  it('reads a code back and refuses anything not shaped R-YYYY-NNNN', () => {
    expect(parseRescueCode('R-2026-0042')).toEqual({ year: 2026, number: 42 });
    expect(parseRescueCode('R-26-42')).toBeNull();
    expect(parseRescueCode('rat 42')).toBeNull();
  });
});
