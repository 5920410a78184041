import { describe, expect, it } from 'vitest';
import { checkImportedCode, formatRescueCode, nextRescueCodes, parseRescueCode } from '@/lib/domain/rescue-code';

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

  const NOW = new Date('2026-06-15T10:00:00Z');

  it('keeps an imported code only when it is R-YYYY-NNNN with a year from 1900 to this year and a number 0001-9999', () => {
    expect(checkImportedCode(' r-2024-0500 ', NOW)).toEqual({ kind: 'code', code: 'R-2024-0500', year: 2024, number: 500 });
    expect(checkImportedCode('R-2026-9999', NOW)).toMatchObject({ kind: 'code', number: 9999 });
    for (const code of ['R-2026-2147483647', 'R-2026-0000', 'R-2026-00042', 'R-2026-10000', 'R-0001-0001', 'R-1899-0001', 'R-2027-0001', 'R-20266-0001']) {
      expect(checkImportedCode(code, NOW), code).toMatchObject({ kind: 'refused' });
    }
  });

  it('names the allowed range when it refuses an imported code', () => {
    expect(checkImportedCode('R-2026-2147483647', NOW)).toEqual({
      kind: 'refused',
      reason: "Code R-2026-2147483647 is outside the rescue's numbering: imported codes run from R-2026-0001 to R-2026-9999",
    });
  });

  it('treats text that is not shaped like a code as no code at all', () => {
    expect(checkImportedCode('PIP-1', NOW)).toEqual({ kind: 'not-a-code' });
    expect(checkImportedCode('R-2026-12a', NOW)).toEqual({ kind: 'not-a-code' });
  });
});
