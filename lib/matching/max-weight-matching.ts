import { blossomMatching } from './blossom';

/** One possible pair: two unit ids and how good the pair is (a whole number; higher is better). */
export type WeightedEdge = readonly [string, string, number];

export type Matching = { pairs: Array<[string, string]>; total: number };

/**
 * The exact maximum-weight matching: the set of pairs, no unit in two of them, whose weights add
 * up to the most. Weights must be whole numbers: the blossom algorithm halves slacks while it
 * works, and whole-number weights keep every such half exact in floating point. Edges of weight
 * zero or less can never improve a matching, so they are left out; a pair listed twice keeps
 * its heaviest weight.
 */
export function maxWeightMatching(units: readonly string[], edges: readonly WeightedEdge[]): Matching {
  const n = units.length;
  const index = new Map<string, number>();
  units.forEach((u, i) => {
    if (index.has(u)) throw new Error(`Unit ${u} is listed twice.`);
    index.set(u, i);
  });
  // The edges worth keeping, as (lower index, higher index, weight).
  let m = 0;
  const lo = new Int32Array(edges.length);
  const hi = new Int32Array(edges.length);
  const w = new Float64Array(edges.length);
  for (let e = 0; e < edges.length; e++) {
    const [a, b, weight] = edges[e];
    if (!Number.isSafeInteger(weight)) throw new Error(`The weight between ${a} and ${b} must be a whole number.`);
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) throw new Error(`An edge names a unit that is not listed: ${i === undefined ? a : b}.`);
    if (i === j) throw new Error(`Unit ${a} cannot be paired with itself.`);
    if (weight <= 0) continue;
    lo[m] = Math.min(i, j);
    hi[m] = Math.max(i, j);
    w[m] = weight;
    m++;
  }
  if (m === 0) return { pairs: [], total: 0 };

  const kept = heaviestOfEachPair(n, m, lo, hi, w);
  const component = components(n, kept, lo, hi);

  // Pairs never cross connected components, so each is solved on its own: the algorithm's cost
  // grows with the cube of the vertices, and a rescue's graph splits (does apart from intact bucks).
  const byComponent = new Map<number, number[]>();
  for (const k of kept) {
    const c = component[lo[k]];
    let list = byComponent.get(c);
    if (!list) byComponent.set(c, (list = []));
    list.push(k);
  }
  const local = new Int32Array(n).fill(-1);
  const found: Array<[number, number, number]> = [];
  for (const list of byComponent.values()) {
    const vertices: number[] = [];
    const from = new Int32Array(list.length);
    const to = new Int32Array(list.length);
    const weight = new Float64Array(list.length);
    const localOf = (v: number) => {
      if (local[v] === -1) {
        local[v] = vertices.length;
        vertices.push(v);
      }
      return local[v];
    };
    list.forEach((k, e) => {
      from[e] = localOf(lo[k]);
      to[e] = localOf(hi[k]);
      weight[e] = w[k];
    });
    const mate = blossomMatching(vertices.length, from, to, weight);
    // The weight of each matched pair, found through its lower-numbered end.
    const pairWeight = new Map<number, number>();
    for (let e = 0; e < list.length; e++) {
      if (mate[from[e]] === to[e]) pairWeight.set(Math.min(from[e], to[e]), weight[e]);
    }
    mate.forEach((partner, v) => {
      if (partner > v) {
        const [i, j] = [vertices[v], vertices[partner]];
        found.push(i < j ? [i, j, pairWeight.get(v)!] : [j, i, pairWeight.get(v)!]);
      }
    });
    for (const v of vertices) local[v] = -1;
  }
  // Pairs in the order of their first unit in the list.
  found.sort((x, y) => x[0] - y[0]);
  return { pairs: found.map(([i, j]) => [units[i], units[j]]), total: found.reduce((sum, f) => sum + f[2], 0) };
}

/** The indices of the edges to keep: for a pair listed more than once, its heaviest listing. */
function heaviestOfEachPair(n: number, m: number, lo: Int32Array, hi: Int32Array, w: Float64Array): number[] {
  // Group the edges by their lower end (counting sort), then spot repeated higher ends.
  const start = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) start[lo[k] + 1]++;
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const order = new Int32Array(m);
  const fill = start.slice(0, n);
  for (let k = 0; k < m; k++) order[fill[lo[k]]++] = k;
  const bestTo = new Int32Array(n).fill(-1);
  const kept: number[] = [];
  for (let v = 0; v < n; v++) {
    const first = kept.length;
    for (let i = start[v]; i < start[v + 1]; i++) {
      const k = order[i];
      const seen = bestTo[hi[k]];
      if (seen === -1) {
        bestTo[hi[k]] = kept.length;
        kept.push(k);
      } else if (w[kept[seen]] < w[k]) {
        kept[seen] = k;
      }
    }
    for (let i = first; i < kept.length; i++) bestTo[hi[kept[i]]] = -1;
  }
  return kept;
}

/** The connected component (a representative vertex) of every vertex, by union-find. */
function components(n: number, kept: readonly number[], lo: Int32Array, hi: Int32Array): Int32Array {
  const parent = new Int32Array(n);
  for (let v = 0; v < n; v++) parent[v] = v;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const k of kept) parent[find(lo[k])] = find(hi[k]);
  for (let v = 0; v < n; v++) parent[v] = find(v);
  return parent;
}
