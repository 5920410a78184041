/**
 * Benchmark of the coefficient of inbreeding: `npm run bench:coi [-- --generations 10 --per-generation 1000]`.
 *
 * Builds a closed line of `generations` generations (default 10) of `per-generation` animals
 * (default 1,000, so the two animals paired have about 2,000 ancestors between them), each animal's
 * dam and sire drawn at random (seeded) from the generation before, so ancestors repeat on both
 * sides many times. Then times `pairingCoi` (the exact total, every common ancestor and its
 * contribution) for pairings of the youngest generation, and prints the median and worst.
 */
import { performance } from 'node:perf_hooks';
import { formatCoi, pairingCoi, pedigreeOf, type PedigreeNode } from '../lib/domain/inbreeding';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

/** A small seeded generator (mulberry32) so every run measures the same pedigree. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const generations = option('--generations', 10);
const perGeneration = option('--per-generation', 1000);
const pairings = option('--pairings', 20);
const next = random(18);
const nodes: PedigreeNode[] = [];
const pick = (g: number) => `g${g}-${Math.floor(next() * perGeneration)}`;
for (let g = 0; g <= generations; g += 1) {
  for (let i = 0; i < perGeneration; i += 1) {
    nodes.push({ id: `g${g}-${i}`, damId: g === 0 ? null : pick(g - 1), sireId: g === 0 ? null : pick(g - 1) });
  }
}
const pedigree = pedigreeOf(nodes);

function ancestorsOf(id: string, into: Set<string>) {
  const node = pedigree.get(id);
  for (const parent of [node?.damId, node?.sireId]) {
    if (parent && !into.has(parent)) {
      into.add(parent);
      ancestorsOf(parent, into);
    }
  }
}

const times: number[] = [];
let ancestors = 0;
let sample = '';
for (let i = 0; i < pairings; i += 1) {
  const dam = `g${generations}-${2 * i}`;
  const sire = `g${generations}-${2 * i + 1}`;
  const seen = new Set<string>();
  ancestorsOf(dam, seen);
  ancestorsOf(sire, seen);
  ancestors = Math.max(ancestors, seen.size);
  const started = performance.now();
  const result = pairingCoi(pedigree, dam, sire);
  times.push(performance.now() - started);
  if (i === 0) sample = `${formatCoi(result.coefficient)} from ${result.contributions.length} common ancestors (complete: ${result.complete})`;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`COI of a pairing over ${generations} generations, up to ${ancestors.toLocaleString('en-GB')} distinct ancestors (${pairings} pairings)`);
console.log(`first pairing: ${sample}`);
console.log(`median ${median.toFixed(1)} ms, worst ${times[times.length - 1].toFixed(1)} ms`);
