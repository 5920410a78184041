/** The shape of the synthetic network `npm run seed:large` builds, scaled from 100,000 rats. */

export const LARGE_SEED_PASSWORD = 'ratwise-bench';

/** The accounts the benchmark signs in with; the foster runs home 1, the large home. */
export const LARGE_SEED_ACCOUNTS = [
  { role: 'admin', email: 'bench-admin@example.org', name: 'Bench Admin' },
  { role: 'coordinator', email: 'bench-coordinator@example.org', name: 'Bench Coordinator' },
  { role: 'foster', email: 'bench-foster@example.org', name: 'Bench Foster' },
] as const;

export type LargeSeedShape = {
  rats: number;
  homes: number;
  years: number;
  sessionsPerRat: number;
  healthPerRat: number;
  /** Rats still in care (the newest), about 2%. */
  inCare: number;
  /** Of those, how many live in home 1 (the benchmark's foster). */
  bigHomeRats: number;
};

/** 100,000 rats: ten years, 300 homes, 100 sessions and 5 health events a rat, 2,000 in care. */
export function largeSeedShape(rats: number): LargeSeedShape {
  const inCare = Math.max(20, Math.round(rats * 0.02));
  return {
    rats,
    homes: Math.max(5, Math.round((rats * 300) / 100_000)),
    years: 10,
    sessionsPerRat: 100,
    healthPerRat: 5,
    inCare,
    bigHomeRats: Math.min(300, Math.round(inCare * 0.15)),
  };
}

export const SEED_LARGE_MIN_RATS = 100;
export const SEED_LARGE_MAX_RATS = 2_000_000;

/** `--rats N [--replace]`. */
export function parseSeedLargeArgs(argv: readonly string[]): { ok: true; rats: number; replace: boolean } | { ok: false; message: string } {
  const at = argv.indexOf('--rats');
  const rats = at >= 0 ? Number(argv[at + 1]) : NaN;
  if (!Number.isInteger(rats) || rats < SEED_LARGE_MIN_RATS || rats > SEED_LARGE_MAX_RATS) {
    return { ok: false, message: `Usage: npm run seed:large -- --rats N [--replace], with N a whole number from ${SEED_LARGE_MIN_RATS} to ${SEED_LARGE_MAX_RATS.toLocaleString('en-GB')}.` };
  }
  return { ok: true, rats, replace: argv.includes('--replace') };
}
