/**
 * Pedigrees and Wright's coefficient of inbreeding (COI).
 *
 * A pedigree is a set of nodes, each with an optional dam and sire. Node ids are strings so rats
 * in the rescue's records and ancestors from outside lines (recorded only as ancestors) share one
 * graph. The coefficient is exact: the total comes from Meuwissen and Luo's method (the tabular
 * method's values without its table), and the common ancestors that contribute come from Wright's
 * path counting, each path weighted by the ancestor's own inbreeding (1 + F_A). The three methods
 * (tabular recursion, Meuwissen-Luo, path counting) give the same values (see the property tests).
 */
import type { Decision } from './sex-safety';

export type PedigreeNode = { id: string; damId: string | null; sireId: string | null };

/** The graph as a lookup; parents not present in it count as unknown. */
export type Pedigree = ReadonlyMap<string, PedigreeNode>;

export function pedigreeOf(nodes: Iterable<PedigreeNode>): Pedigree {
  const map = new Map<string, PedigreeNode>();
  for (const node of nodes) map.set(node.id, node);
  return map;
}

function parentsOf(pedigree: Pedigree, id: string): string[] {
  const node = pedigree.get(id);
  if (!node) return [];
  const parents: string[] = [];
  if (node.damId !== null && pedigree.has(node.damId)) parents.push(node.damId);
  if (node.sireId !== null && pedigree.has(node.sireId)) parents.push(node.sireId);
  return parents;
}

/** True when `ancestorId` is `id` itself or lies anywhere in its ancestry. */
export function isAncestorOrSelf(pedigree: Pedigree, id: string, ancestorId: string): boolean {
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current === ancestorId) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...parentsOf(pedigree, current));
  }
  return false;
}

/**
 * A rat cannot be its own ancestor: setting `parentId` as a parent of `childId` is refused when
 * the parent is the rat itself or one of its descendants.
 */
export function canSetParent(pedigree: Pedigree, childId: string, parentId: string, names: { child: string; parent: string }): Decision {
  if (childId === parentId) return { ok: false, reason: `${names.child} cannot be their own parent.` };
  if (isAncestorOrSelf(pedigree, parentId, childId)) {
    return {
      ok: false,
      reason: `${names.parent} descends from ${names.child}, so ${names.parent} cannot also be a parent of ${names.child}: a rat cannot be its own ancestor.`,
    };
  }
  return { ok: true };
}

/** Generation depth from the oldest known ancestor: a node with no known parents is 0. Throws on a loop. */
function depths(pedigree: Pedigree, ids: Iterable<string>): Map<string, number> {
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (start: string) => {
    // Iterative post-order walk: deep pedigrees must not overflow the stack.
    const stack: Array<{ id: string; expanded: boolean }> = [{ id: start, expanded: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (depth.has(top.id)) {
        stack.pop();
        continue;
      }
      const parents = parentsOf(pedigree, top.id);
      if (!top.expanded) {
        top.expanded = true;
        visiting.add(top.id);
        for (const p of parents) {
          if (visiting.has(p)) throw new Error('The pedigree has a loop: a rat cannot be its own ancestor.');
          if (!depth.has(p)) stack.push({ id: p, expanded: false });
        }
        continue;
      }
      visiting.delete(top.id);
      depth.set(top.id, parents.length === 0 ? 0 : Math.max(...parents.map((p) => depth.get(p)!)) + 1);
      stack.pop();
    }
  };
  for (const id of ids) visit(id);
  return depth;
}

/**
 * The kinship (coancestry) calculator of the tabular method: f(a, a) = (1 + F_a) / 2 and, with a
 * not older than b, f(a, b) = (f(dam_a, b) + f(sire_a, b)) / 2, an unknown parent counting 0.
 * F of an animal is the kinship of its dam and sire. Results are memoised per pair.
 */
export function kinshipCalculator(pedigree: Pedigree) {
  const depth = depths(pedigree, pedigree.keys());
  const memo = new Map<string, number>();
  const node = (id: string) => pedigree.get(id);

  function kinship(a: string | null, b: string | null): number {
    if (a === null || b === null || !pedigree.has(a) || !pedigree.has(b)) return 0;
    if (a === b) return (1 + inbreeding(a)) / 2;
    // Recurse on the younger of the two (deeper in generations): it cannot be an ancestor of the other.
    let [young, old] = depth.get(a)! >= depth.get(b)! ? [a, b] : [b, a];
    if (depth.get(young) === depth.get(old) && young > old) [young, old] = [old, young];
    const key = `${young}|${old}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const n = node(young)!;
    const value = (kinship(n.damId, old) + kinship(n.sireId, old)) / 2;
    memo.set(key, value);
    return value;
  }

  const inbreedingMemo = new Map<string, number>();
  function inbreeding(id: string): number {
    const known = inbreedingMemo.get(id);
    if (known !== undefined) return known;
    const n = node(id);
    const value = n ? kinship(n.damId, n.sireId) : 0;
    inbreedingMemo.set(id, value);
    return value;
  }

  return { kinship, inbreeding };
}

/** One common ancestor and what it adds to the coefficient, with the paths through it. */
export type Contribution = { ancestorId: string; contribution: number; ancestorInbreeding: number; paths: number };

export type CoiResult = {
  /** Wright's coefficient of inbreeding, 0..1. */
  coefficient: number;
  /** Common ancestors that contribute, largest first. */
  contributions: Contribution[];
  /** False when the pedigree had too many paths to list every contribution (the total stays exact). */
  complete: boolean;
};

/** Rescue policy for the contribution list: beyond this many path pairs only the total is exact. */
export const MAX_PATH_PAIRS = 2_000_000;

/** Every upward path from `start` (including the trivial path), as node lists ending at the ancestor. */
function upwardPaths(pedigree: Pedigree, start: string): Map<string, string[][]> {
  const byAncestor = new Map<string, string[][]>();
  const stack: string[][] = [[start]];
  while (stack.length > 0) {
    const path = stack.pop()!;
    const end = path[path.length - 1];
    const list = byAncestor.get(end) ?? [];
    list.push(path);
    byAncestor.set(end, list);
    for (const parent of parentsOf(pedigree, end)) stack.push([...path, parent]);
  }
  return byAncestor;
}

/**
 * F for every animal of a pedigree by Meuwissen and Luo's exact method (1992): animals ordered
 * parents first; for each animal the ancestors' contributions L_j are traced back once, and
 * F_i = sum L_j^2 D_j - 1, D_j being the within-family variance of j. It gives the tabular
 * method's values in O(animals x ancestors), without a table of every pair.
 */
export function inbreedingOfAll(pedigree: Pedigree): Map<string, number> {
  const depth = depths(pedigree, pedigree.keys());
  const order = [...pedigree.keys()].sort((a, b) => depth.get(a)! - depth.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(order.map((id, i) => [id, i + 1]));
  const n = order.length;
  const dam = new Int32Array(n + 1);
  const sire = new Int32Array(n + 1);
  order.forEach((id, i) => {
    const node = pedigree.get(id)!;
    dam[i + 1] = node.damId !== null ? (index.get(node.damId) ?? 0) : 0;
    sire[i + 1] = node.sireId !== null ? (index.get(node.sireId) ?? 0) : 0;
  });
  const F = new Float64Array(n + 1);
  F[0] = -1;
  const D = new Float64Array(n + 1);
  const L = new Float64Array(n + 1);
  const queued = new Uint8Array(n + 1);
  const heap = new MaxHeap(n);
  for (let i = 1; i <= n; i += 1) {
    D[i] = 0.5 - 0.25 * (F[dam[i]] + F[sire[i]]);
    if (dam[i] === 0 || sire[i] === 0) {
      F[i] = 0;
      continue;
    }
    if (i > 1 && dam[i] === dam[i - 1] && sire[i] === sire[i - 1]) {
      F[i] = F[i - 1];
      continue;
    }
    let f = 0;
    L[i] = 1;
    heap.push(i);
    queued[i] = 1;
    while (heap.size > 0) {
      const j = heap.pop();
      queued[j] = 0;
      for (const parent of [dam[j], sire[j]]) {
        if (parent === 0) continue;
        L[parent] += 0.5 * L[j];
        if (!queued[parent]) {
          queued[parent] = 1;
          heap.push(parent);
        }
      }
      f += L[j] * L[j] * D[j];
      L[j] = 0;
    }
    F[i] = f - 1;
  }
  return new Map(order.map((id, i) => [id, F[i + 1]]));
}

/** A binary max-heap of animal indices (the ancestors still to trace, youngest first). */
class MaxHeap {
  private items: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.items = new Int32Array(capacity + 1);
  }
  push(value: number) {
    let i = this.size++;
    this.items[i] = value;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.items[parent] >= this.items[i]) break;
      [this.items[parent], this.items[i]] = [this.items[i], this.items[parent]];
      i = parent;
    }
  }
  pop(): number {
    const top = this.items[0];
    this.size -= 1;
    this.items[0] = this.items[this.size];
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < this.size && this.items[left] > this.items[largest]) largest = left;
      if (right < this.size && this.items[right] > this.items[largest]) largest = right;
      if (largest === i) break;
      [this.items[largest], this.items[i]] = [this.items[i], this.items[largest]];
      i = largest;
    }
    return top;
  }
}

/** The id given to the kittens of a planned pairing inside the calculation. */
const PLANNED_KITTENS = '\u0000planned-kittens';

/**
 * Wright's path counting for the offspring of `damId` x `sireId`: F = sum over common ancestors A
 * and over pairs of paths dam..A and sire..A sharing no animal but A of (1/2)^(n1 + n2 + 1)(1 + F_A),
 * n1 and n2 counting generations from each parent up to A.
 */
export function pathCounting(
  pedigree: Pedigree,
  damId: string | null,
  sireId: string | null,
  options: { maxPairs?: number; inbreeding?: (id: string) => number } = {},
): CoiResult {
  if (damId === null || sireId === null || !pedigree.has(damId) || !pedigree.has(sireId)) return { coefficient: 0, contributions: [], complete: true };
  const maxPairs = options.maxPairs ?? MAX_PATH_PAIRS;
  const inbreeding = options.inbreeding ?? kinshipCalculator(pedigree).inbreeding;
  const fromDam = upwardPaths(pedigree, damId);
  const fromSire = upwardPaths(pedigree, sireId);
  const contributions: Contribution[] = [];
  let pairs = 0;
  let complete = true;
  for (const [ancestorId, damPaths] of fromDam) {
    const sirePaths = fromSire.get(ancestorId);
    if (!sirePaths) continue;
    const fA = inbreeding(ancestorId);
    let sum = 0;
    let count = 0;
    for (const p of damPaths) {
      const onDamSide = new Set(p);
      for (const q of sirePaths) {
        pairs += 1;
        if (pairs > maxPairs) {
          complete = false;
          break;
        }
        // The two halves may meet only at the ancestor itself (the last node of each path).
        let crosses = false;
        for (let i = 0; i < q.length - 1; i += 1) {
          if (onDamSide.has(q[i])) {
            crosses = true;
            break;
          }
        }
        if (crosses) continue;
        sum += 0.5 ** (p.length - 1 + q.length - 1 + 1) * (1 + fA);
        count += 1;
      }
      if (!complete) break;
    }
    if (count > 0) contributions.push({ ancestorId, contribution: sum, ancestorInbreeding: fA, paths: count });
    if (!complete) break;
  }
  contributions.sort((a, b) => b.contribution - a.contribution || a.ancestorId.localeCompare(b.ancestorId));
  return { coefficient: contributions.reduce((s, c) => s + c.contribution, 0), contributions, complete };
}

/**
 * The COI of the kittens of a pairing (dam x sire): the exact total from the tabular method, with the
 * common ancestors that contribute and how much each adds from path counting.
 */
export function pairingCoi(pedigree: Pedigree, damId: string | null, sireId: string | null): CoiResult {
  if (damId === null || sireId === null || !pedigree.has(damId) || !pedigree.has(sireId)) return { coefficient: 0, contributions: [], complete: true };
  const relevant = new Map(ancestryOf(pedigree, [damId, sireId]));
  relevant.set(PLANNED_KITTENS, { id: PLANNED_KITTENS, damId, sireId });
  const F = inbreedingOfAll(relevant);
  const paths = pathCounting(relevant, damId, sireId, { inbreeding: (id) => F.get(id) ?? 0 });
  return { coefficient: F.get(PLANNED_KITTENS)!, contributions: paths.contributions, complete: paths.complete };
}

/** The part of a pedigree the given animals descend from (themselves included). */
export function ancestryOf(pedigree: Pedigree, ids: ReadonlyArray<string | null>): Pedigree {
  const out = new Map<string, PedigreeNode>();
  const stack = ids.filter((id): id is string => id !== null && pedigree.has(id));
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.set(id, pedigree.get(id)!);
    stack.push(...parentsOf(pedigree, id));
  }
  return out;
}

/** The COI of one animal: that of the pairing of its dam and sire. */
export function animalCoi(pedigree: Pedigree, id: string): CoiResult {
  const node = pedigree.get(id);
  return pairingCoi(pedigree, node?.damId ?? null, node?.sireId ?? null);
}

/** A coefficient as a percentage in words, to three decimals at most: 0.0625 -> "6.25%". */
export function formatCoi(coefficient: number): string {
  const percent = Math.round(coefficient * 100 * 1000) / 1000;
  return `${percent}%`;
}

/** The ancestors of `id` by generation (1 = parents, 2 = grandparents...), up to `generations`, as slots dam-first; missing ancestors are null. */
export function pedigreeSlots(pedigree: Pedigree, id: string, generations: number): Array<Array<string | null>> {
  const rows: Array<Array<string | null>> = [];
  let current: Array<string | null> = [id];
  for (let g = 1; g <= generations; g += 1) {
    current = current.flatMap((child) => {
      const node = child === null ? undefined : pedigree.get(child);
      const dam = node?.damId ?? null;
      const sire = node?.sireId ?? null;
      return [dam !== null && pedigree.has(dam) ? dam : null, sire !== null && pedigree.has(sire) ? sire : null];
    });
    rows.push(current);
  }
  return rows;
}

/** How many generations of the chart hold at least one known ancestor. */
export function knownGenerations(slots: ReadonlyArray<ReadonlyArray<string | null>>): number {
  let known = 0;
  slots.forEach((row, i) => {
    if (row.some((s) => s !== null)) known = i + 1;
  });
  return known;
}
