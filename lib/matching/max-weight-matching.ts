import blossom from 'edmonds-blossom-fixed';

/** One possible pair: two unit ids and how good the pair is (a whole number; higher is better). */
export type WeightedEdge = readonly [string, string, number];

export type Matching = { pairs: Array<[string, string]>; total: number };

/**
 * The exact maximum-weight matching: the set of pairs, no unit in two of them, whose weights add
 * up to the most. Weights must be whole numbers: the blossom algorithm halves slacks while it
 * works, and whole-number weights keep every such half exact in floating point. Edges of weight
 * zero or less can never improve a matching, so they are left out.
 */
export function maxWeightMatching(units: readonly string[], edges: readonly WeightedEdge[]): Matching {
  const index = new Map<string, number>();
  units.forEach((u, i) => {
    if (index.has(u)) throw new Error(`Unit ${u} is listed twice.`);
    index.set(u, i);
  });
  const input: Array<[number, number, number]> = [];
  for (const [a, b, weight] of edges) {
    if (!Number.isSafeInteger(weight)) throw new Error(`The weight between ${a} and ${b} must be a whole number.`);
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) throw new Error(`An edge names a unit that is not listed: ${i === undefined ? a : b}.`);
    if (i === j) throw new Error(`Unit ${a} cannot be paired with itself.`);
    if (weight > 0) input.push([i, j, weight]);
  }
  if (input.length === 0) return { pairs: [], total: 0 };
  // The library keeps only the last weight for a repeated pair; keep the heaviest instead.
  const best = new Map<string, [number, number, number]>();
  for (const e of input) {
    const key = e[0] < e[1] ? `${e[0]}:${e[1]}` : `${e[1]}:${e[0]}`;
    const seen = best.get(key);
    if (!seen || seen[2] < e[2]) best.set(key, e);
  }
  const weightOf = new Map([...best.entries()].map(([k, e]) => [k, e[2]]));
  const pairs: Array<[string, string]> = [];
  let total = 0;
  // Pairs never cross connected components, so each is solved on its own: the algorithm's cost
  // grows with the cube of the vertices, and a rescue's graph splits (females apart from intact males).
  for (const component of components(units.length, [...best.values()])) {
    const local = new Map(component.vertices.map((v, i) => [v, i]));
    const mate = blossom(component.edges.map(([i, j, w]) => [local.get(i)!, local.get(j)!, w]));
    mate.forEach((m, li) => {
      if (m > li) {
        const i = component.vertices[li];
        const j = component.vertices[m];
        pairs.push(i < j ? [units[i], units[j]] : [units[j], units[i]]);
        total += weightOf.get(i < j ? `${i}:${j}` : `${j}:${i}`) ?? 0;
      }
    });
  }
  return { pairs, total };
}

type Component = { vertices: number[]; edges: Array<[number, number, number]> };

/** The graph's connected components that have at least one edge (union-find). */
function components(n: number, edges: ReadonlyArray<[number, number, number]>): Component[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const [i, j] of edges) parent[find(i)] = find(j);
  const byRoot = new Map<number, Component>();
  for (const e of edges) {
    const root = find(e[0]);
    let c = byRoot.get(root);
    if (!c) byRoot.set(root, (c = { vertices: [], edges: [] }));
    c.edges.push(e);
  }
  for (let v = 0; v < n; v++) byRoot.get(find(v))?.vertices.push(v);
  return [...byRoot.values()];
}
