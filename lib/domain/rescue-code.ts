import { EARLIEST_YEAR } from './dates';

/** Rescue codes look like `R-2026-0042`: the intake year and a number that never repeats or skips within it. */
export const RESCUE_CODE_PATTERN = /^R-(\d{4})-(\d{4,})$/;

/**
 * Rescue policy: a code brought in from a spreadsheet uses the four-digit form, 0001 to 9999.
 * (Intakes past 9999 in one year carry on with five digits; a file never starts there.)
 */
export const MAX_IMPORTED_CODE_NUMBER = 9999;

export function formatRescueCode(year: number, number: number): string {
  return `R-${year}-${String(number).padStart(4, '0')}`;
}

export function parseRescueCode(code: string): { year: number; number: number } | null {
  const match = RESCUE_CODE_PATTERN.exec(code.trim());
  return match ? { year: Number(match[1]), number: Number(match[2]) } : null;
}

/** The codes for `count` new rats after the last number used in that year. */
export function nextRescueCodes(year: number, lastNumber: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => formatRescueCode(year, lastNumber + i + 1));
}

export type ImportedCodeCheck =
  | { kind: 'code'; code: string; year: number; number: number }
  | { kind: 'not-a-code' }
  | { kind: 'refused'; reason: string };

/**
 * An imported code is kept only when it is `R-YYYY-NNNN` with a year from 1900 to this year and
 * a number from 0001 to 9999. Something that is plainly not a code gets a new one; a code
 * shaped like ours but out of range is refused, so nobody mistakes it for a typo we fixed.
 */
export function checkImportedCode(raw: string, now: Date): ImportedCodeCheck {
  const code = raw.trim().toUpperCase();
  const shaped = /^R-(\d+)-(\d+)$/.exec(code);
  if (!shaped) return { kind: 'not-a-code' };
  const thisYear = now.getUTCFullYear();
  const [yearText, numberText] = [shaped[1], shaped[2]];
  if (yearText.length !== 4 || Number(yearText) < EARLIEST_YEAR || Number(yearText) > thisYear) {
    return { kind: 'refused', reason: `Code ${code} has no real intake year: use a year from ${EARLIEST_YEAR} to ${thisYear}, like R-${thisYear}-0042` };
  }
  const number = Number(numberText);
  if (numberText.length !== 4 || number < 1 || number > MAX_IMPORTED_CODE_NUMBER) {
    return {
      kind: 'refused',
      reason: `Code ${code} is outside the rescue's numbering: imported codes run from R-${yearText}-0001 to R-${yearText}-${MAX_IMPORTED_CODE_NUMBER}`,
    };
  }
  return { kind: 'code', code, year: Number(yearText), number };
}
