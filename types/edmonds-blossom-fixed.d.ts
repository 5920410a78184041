declare module 'edmonds-blossom-fixed' {
  /**
   * Maximum-weight matching (Edmonds' blossom algorithm, a port of the reference implementation).
   * Edges are `[i, j, weight]` over vertex indices 0..n-1; the result lists each vertex's mate,
   * or -1 when unmatched. With `maxCardinality` it returns the heaviest of the largest matchings.
   */
  function blossom(edges: Array<[number, number, number]>, maxCardinality?: boolean): number[];
  export = blossom;
}
