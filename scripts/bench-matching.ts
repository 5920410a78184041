/**
 * Benchmark of the optimal pairing: `npm run bench:matching [-- --sizes 100,500,2000]`.
 *
 * For each size it makes a synthetic rescue population like the demo's (about half females;
 * males intact, recently neutered or neutered; a quarter in bonded pairs; a few in quarantine or
 * reserved; temperaments, bite risks and trust trends spread like real assessments), scores every
 * pair with the same compatibility rules as the Matching page, and times the exact
 * maximum-weight matching over the resulting graph. Nothing touches a database.
 */
import { performance } from 'node:perf_hooks';
import { addDays, toIsoDate } from '../lib/domain/dates';
import { matchingEdges, type MatchRat, type MatchUnit } from '../lib/domain/matching';
import { DEFAULT_POLICY } from '../lib/domain/policy';
import { TEMPERAMENT_CATEGORIES } from '../lib/domain/vocabulary';
import { maxWeightMatching } from '../lib/matching/max-weight-matching';

const now = new Date('2026-11-23T12:00:00Z');
const today = toIsoDate(now);

function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

function population(size: number): MatchUnit[] {
  const r = random(size);
  const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)];
  const units: MatchUnit[] = [];
  let ratId = 1;
  const makeRat = (sex: MatchRat['sex']): MatchRat => {
    const male = sex === 'male';
    const neuter = male ? r() : 1;
    return {
      id: ratId,
      name: `Rat ${ratId++}`,
      sex,
      neuteredOn: neuter < 0.3 ? addDays(today, -400) : neuter < 0.4 ? addDays(today, -10) : null,
      birthDate: addDays(today, -Math.floor(60 + r() * 900)),
      status: r() < 0.03 ? 'reserved' : 'available',
      fosterHomeId: 1 + Math.floor(r() * Math.max(1, size / 8)),
      quarantineEndsOn: r() < 0.05 ? addDays(today, 10) : null,
      sexSeparationDueOn: null,
      temperament: r() < 0.8 ? pick(TEMPERAMENT_CATEGORIES) : null,
      biteRisk: r() < 0.8 ? pick(['low', 'low', 'medium', 'high'] as const) : null,
      trustStep: Math.floor(r() * 9),
      trustTrend: pick(['rising', 'steady', 'falling', null] as const),
    };
  };
  while (units.length < size) {
    const sex = r() < 0.5 ? 'female' : 'male';
    const first = makeRat(sex);
    // A quarter of the units are bonded same-sex pairs that move as one.
    const rats = r() < 0.25 ? [first, { ...makeRat(sex), neuteredOn: first.neuteredOn }] : [first];
    units.push({ id: `u${units.length}`, cageGroupId: rats.length > 1 ? units.length : null, rats });
  }
  return units;
}

const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg === -1 ? [100, 500, 2000] : process.argv[sizesArg + 1].split(',').map(Number);
const ctx = { now, policy: DEFAULT_POLICY, introductions: [] };
// Wall time and CPU time: on a shared machine the CPU time is the steadier figure.
console.log('units   edges       density  score wall/cpu (ms)  solve wall/cpu (ms)  pairs');
for (const size of sizes) {
  const units = population(size);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { edges } = matchingEdges(units, ctx);
  // Collect the scoring's garbage first, so the solver is timed on its own.
  (globalThis as { gc?: () => void }).gc?.();
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const result = maxWeightMatching(
    units.map((u) => u.id),
    edges,
  );
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  const cpuMs = (from: NodeJS.CpuUsage, to: NodeJS.CpuUsage) => (to.user - from.user + to.system - from.system) / 1000;
  const density = edges.length / ((size * (size - 1)) / 2);
  console.log(
    `${String(size).padEnd(7)} ${String(edges.length).padEnd(11)} ${(density * 100).toFixed(0).padStart(5)} %  ${`${(t1 - t0).toFixed(0)} / ${cpuMs(c0, c1).toFixed(0)}`.padStart(19)}  ${`${(t2 - t1).toFixed(0)} / ${cpuMs(c1, c2).toFixed(0)}`.padStart(19)}  ${result.pairs.length}`,
  );
}
