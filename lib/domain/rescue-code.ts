/** Rescue codes look like `R-2026-0042`: the intake year and a number that never repeats or skips within it. */
export const RESCUE_CODE_PATTERN = /^R-(\d{4})-(\d{4,})$/;

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
