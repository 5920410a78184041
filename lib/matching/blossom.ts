/**
 * Maximum-weight matching in a general graph: Edmonds' blossom method with the primal-dual
 * scheme, in the O(n³) form described by Galil ("Efficient algorithms for finding maximum
 * matching in graphs", ACM Computing Surveys, 1986) and laid out as in Joris van Rantwijk's
 * reference implementation.
 *
 * Everything the algorithm touches per edge lives in typed arrays, and each vertex's edges are
 * one slice of a single adjacency array, so a stage costs O(edges) and nothing is rebuilt when
 * the matching grows.
 *
 * Vocabulary:
 * - Vertices are 0..n-1. Non-trivial blossoms get the numbers n..2n-1; a vertex on its own is a
 *   trivial blossom with its own number.
 * - Edge k has the two endpoints 2k (at `u[k]`) and 2k+1 (at `v[k]`); `p ^ 1` is the other end.
 * - Dual variables are stored doubled for vertices (2·u(v)), so with whole-number weights every
 *   quantity the algorithm computes stays a whole number, and halving a slack between two
 *   S-blossoms is exact.
 */

const FREE = 0;
const S = 1;
const T = 2;
/** Added to an S label while tracing back in `scanBlossom`, to mark blossoms already visited. */
const BREADCRUMB = 4;

/**
 * The mate of every vertex (-1 when single) in a matching of maximum total weight.
 * `weight` must hold whole numbers; edges must be distinct and never join a vertex to itself.
 */
export function blossomMatching(
  n: number,
  from: Int32Array,
  to: Int32Array,
  weight: Float64Array,
): Int32Array {
  const edgeCount = from.length;
  const result = new Int32Array(n).fill(-1);
  if (edgeCount === 0 || n === 0) return result;

  let maxWeight = 0;
  for (let k = 0; k < edgeCount; k++) if (weight[k] > maxWeight) maxWeight = weight[k];

  // endpoint[p]: the vertex at endpoint p.
  const endpoint = new Int32Array(2 * edgeCount);
  for (let k = 0; k < edgeCount; k++) {
    endpoint[2 * k] = from[k];
    endpoint[2 * k + 1] = to[k];
  }
  // Adjacency: the remote endpoints of v's edges are neighbours[neighbourStart[v] .. neighbourStart[v + 1]).
  const neighbourStart = new Int32Array(n + 1);
  for (let k = 0; k < edgeCount; k++) {
    neighbourStart[from[k] + 1]++;
    neighbourStart[to[k] + 1]++;
  }
  for (let v = 0; v < n; v++) neighbourStart[v + 1] += neighbourStart[v];
  const neighbours = new Int32Array(2 * edgeCount);
  {
    const fill = neighbourStart.slice(0, n);
    for (let k = 0; k < edgeCount; k++) {
      neighbours[fill[from[k]]++] = 2 * k + 1;
      neighbours[fill[to[k]]++] = 2 * k;
    }
  }

  // mate[v]: the remote endpoint of v's matched edge, or -1 while v is single.
  const mate = new Int32Array(n).fill(-1);
  // label[b] of a top-level blossom: FREE, S or T. For a vertex inside a T-blossom, T means it
  // can be reached from an S-vertex outside the blossom.
  const label = new Int8Array(2 * n);
  // labelEnd[b]: the remote endpoint of the edge through which b got its label (-1 for a single base).
  const labelEnd = new Int32Array(2 * n).fill(-1);
  // inBlossom[v]: the top-level blossom that holds vertex v.
  const inBlossom = new Int32Array(n);
  for (let v = 0; v < n; v++) inBlossom[v] = v;
  const blossomParent = new Int32Array(2 * n).fill(-1);
  // Sub-blossoms of a non-trivial blossom, starting at the base and going round; and the
  // endpoints linking each child to the next one (childEnds[b][i] is on childs[b][i]'s side).
  const childs: Array<number[] | null> = new Array(2 * n).fill(null);
  const childEnds: Array<number[] | null> = new Array(2 * n).fill(null);
  // blossomBase[b]: the base vertex of blossom b.
  const blossomBase = new Int32Array(2 * n).fill(-1);
  for (let v = 0; v < n; v++) blossomBase[v] = v;
  // bestEdge[v] for a free vertex: its least-slack edge to an S-vertex. bestEdge[b] for a
  // top-level S-blossom: its least-slack edge to another S-blossom. -1 when none.
  const bestEdge = new Int32Array(2 * n).fill(-1);
  // For a non-trivial top-level S-blossom: its least-slack edges to neighbouring S-blossoms.
  const blossomBestEdges: Array<number[] | null> = new Array(2 * n).fill(null);
  const unusedBlossoms: number[] = [];
  for (let b = 2 * n - 1; b >= n; b--) unusedBlossoms.push(b);
  const dual = new Float64Array(2 * n);
  for (let v = 0; v < n; v++) dual[v] = maxWeight;
  // allowed[k]: edge k is known to have zero slack during this stage.
  const allowed = new Uint8Array(edgeCount);
  const queue: number[] = [];
  // Scratch space for addBlossom: the best edge to each neighbouring S-blossom.
  const bestEdgeTo = new Int32Array(2 * n).fill(-1);

  /** Twice the slack of edge k (valid for edges that are not inside a blossom). */
  const slack = (k: number) => dual[from[k]] + dual[to[k]] - 2 * weight[k];

  /** The vertices inside blossom b, appended to `out`. */
  function leaves(b: number, out: number[]): number[] {
    if (b < n) {
      out.push(b);
      return out;
    }
    for (const c of childs[b]!) {
      if (c < n) out.push(c);
      else leaves(c, out);
    }
    return out;
  }

  /** Label the top-level blossom of vertex w with t, reached through remote endpoint p. */
  function assignLabel(w: number, t: number, p: number): void {
    for (;;) {
      const b = inBlossom[w];
      label[w] = label[b] = t;
      labelEnd[w] = labelEnd[b] = p;
      bestEdge[w] = bestEdge[b] = -1;
      if (t === S) {
        leaves(b, queue);
        return;
      }
      // A T-blossom's base is matched: its mate becomes an S-vertex.
      const base = blossomBase[b];
      const m = mate[base];
      w = endpoint[m];
      t = S;
      p = m ^ 1;
    }
  }

  /**
   * Trace back from S-vertices v and w along their alternating trees. Returns the base of the
   * blossom they close, or -1 when the trees are different (an augmenting path).
   */
  function scanBlossom(v: number, w: number): number {
    const path: number[] = [];
    let base = -1;
    while (v !== -1 || w !== -1) {
      let b = inBlossom[v];
      if (label[b] & BREADCRUMB) {
        base = blossomBase[b];
        break;
      }
      path.push(b);
      label[b] = S | BREADCRUMB;
      if (labelEnd[b] === -1) {
        v = -1;
      } else {
        v = endpoint[labelEnd[b]];
        b = inBlossom[v];
        v = endpoint[labelEnd[b]];
      }
      if (w !== -1) {
        const swap = v;
        v = w;
        w = swap;
      }
    }
    for (const b of path) label[b] = S;
    return base;
  }

  /** Make a new S-blossom with the given base, closed by edge k between two S-vertices. */
  function addBlossom(base: number, k: number): void {
    let v = from[k];
    let w = to[k];
    const bb = inBlossom[base];
    let bv = inBlossom[v];
    let bw = inBlossom[w];
    const b = unusedBlossoms.pop()!;
    blossomBase[b] = base;
    blossomParent[b] = -1;
    blossomParent[bb] = b;
    const path: number[] = [];
    const ends: number[] = [];
    while (bv !== bb) {
      blossomParent[bv] = b;
      path.push(bv);
      ends.push(labelEnd[bv]);
      v = endpoint[labelEnd[bv]];
      bv = inBlossom[v];
    }
    path.push(bb);
    path.reverse();
    ends.reverse();
    ends.push(2 * k);
    while (bw !== bb) {
      blossomParent[bw] = b;
      path.push(bw);
      ends.push(labelEnd[bw] ^ 1);
      w = endpoint[labelEnd[bw]];
      bw = inBlossom[w];
    }
    childs[b] = path;
    childEnds[b] = ends;
    label[b] = S;
    labelEnd[b] = labelEnd[bb];
    dual[b] = 0;
    for (const x of leaves(b, [])) {
      // A T-vertex joining an S-blossom becomes an S-vertex: scan it.
      if (label[inBlossom[x]] === T) queue.push(x);
      inBlossom[x] = b;
    }
    // The least-slack edge from the new blossom to each other S-blossom.
    const touched: number[] = [];
    const consider = (e: number) => {
      let j = to[e];
      if (inBlossom[j] === b) j = from[e];
      const bj = inBlossom[j];
      if (bj !== b && label[bj] === S) {
        const current = bestEdgeTo[bj];
        if (current === -1) {
          touched.push(bj);
          bestEdgeTo[bj] = e;
        } else if (slack(e) < slack(current)) {
          bestEdgeTo[bj] = e;
        }
      }
    };
    for (const sub of path) {
      const list = blossomBestEdges[sub];
      if (list === null) {
        for (const x of leaves(sub, [])) {
          for (let i = neighbourStart[x], end = neighbourStart[x + 1]; i < end; i++) consider(neighbours[i] >> 1);
        }
      } else {
        for (const e of list) consider(e);
      }
      blossomBestEdges[sub] = null;
      bestEdge[sub] = -1;
    }
    const best: number[] = [];
    let bestOfAll = -1;
    for (const bj of touched) {
      const e = bestEdgeTo[bj];
      bestEdgeTo[bj] = -1;
      best.push(e);
      if (bestOfAll === -1 || slack(e) < slack(bestOfAll)) bestOfAll = e;
    }
    blossomBestEdges[b] = best;
    bestEdge[b] = bestOfAll;
  }

  /**
   * How to walk round a blossom from the child at index i to its base (index 0) over an even
   * number of steps: forward from an odd index (starting one lap below zero), backward from an
   * even one. `trick` picks which end of each linking edge is on the walking side.
   */
  const aroundToBase = (kids: number[], i: number) =>
    i & 1 ? { j: i - kids.length, step: 1, trick: 0 } : { j: i, step: -1, trick: 1 };

  /** Index into a blossom's cyclic list, allowing one wrap below zero. */
  const at = (list: number[], i: number) => list[i < 0 ? i + list.length : i];

  /** Dissolve top-level blossom b into its sub-blossoms (recursively at the end of a stage). */
  function expandBlossom(b: number, endOfStage: boolean): void {
    const kids = childs[b]!;
    const ends = childEnds[b]!;
    for (const s of kids) {
      blossomParent[s] = -1;
      if (s < n) inBlossom[s] = s;
      else if (endOfStage && dual[s] === 0) expandBlossom(s, endOfStage);
      else for (const x of leaves(s, [])) inBlossom[x] = s;
    }
    // A T-blossom expanded mid-stage: relabel its sub-blossoms along the path from the child
    // through which it was reached to its base.
    if (!endOfStage && label[b] === T) {
      const entryChild = inBlossom[endpoint[labelEnd[b] ^ 1]];
      const walk = aroundToBase(kids, kids.indexOf(entryChild));
      const { step, trick } = walk;
      let j = walk.j;
      let p = labelEnd[b];
      while (j !== 0) {
        label[endpoint[p ^ 1]] = FREE;
        label[endpoint[at(ends, j - trick) ^ trick ^ 1]] = FREE;
        assignLabel(endpoint[p ^ 1], T, p);
        allowed[at(ends, j - trick) >> 1] = 1;
        j += step;
        p = at(ends, j - trick) ^ trick;
        allowed[p >> 1] = 1;
        j += step;
      }
      // The base sub-blossom becomes T without passing the label on to its mate.
      const bv = at(kids, j);
      label[endpoint[p ^ 1]] = label[bv] = T;
      labelEnd[endpoint[p ^ 1]] = labelEnd[bv] = p;
      bestEdge[bv] = -1;
      j += step;
      while (at(kids, j) !== entryChild) {
        const sub = at(kids, j);
        if (label[sub] === S) {
          j += step;
          continue;
        }
        // Does an S-vertex outside reach a vertex of this sub-blossom? Then it is T.
        let reached = -1;
        for (const x of leaves(sub, [])) {
          if (label[x] !== FREE) {
            reached = x;
            break;
          }
        }
        if (reached !== -1) {
          label[reached] = FREE;
          label[endpoint[mate[blossomBase[sub]]]] = FREE;
          assignLabel(reached, T, labelEnd[reached]);
        }
        j += step;
      }
    }
    label[b] = -1;
    labelEnd[b] = -1;
    childs[b] = null;
    childEnds[b] = null;
    blossomBase[b] = -1;
    blossomBestEdges[b] = null;
    bestEdge[b] = -1;
    unusedBlossoms.push(b);
  }

  /** Swap matched and unmatched edges along the path inside blossom b from vertex v to its base. */
  function augmentBlossom(b: number, v: number): void {
    let t = v;
    while (blossomParent[t] !== b) t = blossomParent[t];
    if (t >= n) augmentBlossom(t, v);
    const kids = childs[b]!;
    const ends = childEnds[b]!;
    const i = kids.indexOf(t);
    const walk = aroundToBase(kids, i);
    const { step, trick } = walk;
    let j = walk.j;
    while (j !== 0) {
      j += step;
      let sub = at(kids, j);
      const p = at(ends, j - trick) ^ trick;
      if (sub >= n) augmentBlossom(sub, endpoint[p]);
      j += step;
      sub = at(kids, j);
      if (sub >= n) augmentBlossom(sub, endpoint[p ^ 1]);
      mate[endpoint[p]] = p ^ 1;
      mate[endpoint[p ^ 1]] = p;
    }
    // The new base (v's sub-blossom) goes first.
    childs[b] = kids.slice(i).concat(kids.slice(0, i));
    childEnds[b] = ends.slice(i).concat(ends.slice(0, i));
    blossomBase[b] = blossomBase[childs[b]![0]];
  }

  /** Augment the matching along the path through edge k, which joins two S-vertices in different trees. */
  function augmentMatching(k: number): void {
    for (let side = 0; side < 2; side++) {
      let s = side === 0 ? from[k] : to[k];
      let p = side === 0 ? 2 * k + 1 : 2 * k;
      for (;;) {
        const bs = inBlossom[s];
        if (bs >= n) augmentBlossom(bs, s);
        mate[s] = p;
        if (labelEnd[bs] === -1) break;
        const t = endpoint[labelEnd[bs]];
        const bt = inBlossom[t];
        s = endpoint[labelEnd[bt]];
        const j = endpoint[labelEnd[bt] ^ 1];
        if (bt >= n) augmentBlossom(bt, j);
        mate[j] = labelEnd[bt];
        p = labelEnd[bt] ^ 1;
      }
    }
  }

  for (let stage = 0; stage < n; stage++) {
    label.fill(FREE);
    bestEdge.fill(-1);
    for (let b = n; b < 2 * n; b++) blossomBestEdges[b] = null;
    allowed.fill(0);
    queue.length = 0;
    for (let v = 0; v < n; v++) {
      if (mate[v] === -1 && label[inBlossom[v]] === FREE) assignLabel(v, S, -1);
    }

    let augmented = false;
    for (;;) {
      // Grow the alternating trees over zero-slack edges until an augmenting path shows up.
      while (queue.length > 0 && !augmented) {
        const v = queue.pop()!;
        for (let i = neighbourStart[v], end = neighbourStart[v + 1]; i < end; i++) {
          const p = neighbours[i];
          const k = p >> 1;
          const w = endpoint[p];
          const bw = inBlossom[w];
          // v's blossom can grow while its edges are scanned, so it is read afresh each time.
          const bv = inBlossom[v];
          if (bv === bw) continue;
          let kslack = 0;
          if (!allowed[k]) {
            kslack = slack(k);
            if (kslack <= 0) allowed[k] = 1;
          }
          if (allowed[k]) {
            if (label[bw] === FREE) {
              assignLabel(w, T, p ^ 1);
            } else if (label[bw] === S) {
              const base = scanBlossom(v, w);
              if (base >= 0) {
                addBlossom(base, k);
              } else {
                augmentMatching(k);
                augmented = true;
                break;
              }
            } else if (label[w] === FREE) {
              // w lies inside a T-blossom and is first reached from outside it here.
              label[w] = T;
              labelEnd[w] = p ^ 1;
            }
          } else if (label[bw] === S) {
            if (bestEdge[bv] === -1 || kslack < slack(bestEdge[bv])) bestEdge[bv] = k;
          } else if (label[w] === FREE) {
            if (bestEdge[w] === -1 || kslack < slack(bestEdge[w])) bestEdge[w] = k;
          }
        }
      }
      if (augmented) break;

      // No augmenting path over tight edges: change the duals by the largest safe amount.
      // delta1: the smallest vertex dual (reaching zero ends the search).
      let deltaType = 1;
      let delta = dual[0];
      for (let v = 1; v < n; v++) if (dual[v] < delta) delta = dual[v];
      let deltaEdge = -1;
      let deltaBlossom = -1;
      // delta2: the least slack from an S-vertex to a free vertex.
      for (let v = 0; v < n; v++) {
        if (label[inBlossom[v]] === FREE && bestEdge[v] !== -1) {
          const d = slack(bestEdge[v]);
          if (d < delta) {
            delta = d;
            deltaType = 2;
            deltaEdge = bestEdge[v];
          }
        }
      }
      // delta3: half the least slack between two S-blossoms.
      for (let b = 0; b < 2 * n; b++) {
        if (blossomParent[b] === -1 && label[b] === S && bestEdge[b] !== -1) {
          const d = slack(bestEdge[b]) / 2;
          if (d < delta) {
            delta = d;
            deltaType = 3;
            deltaEdge = bestEdge[b];
          }
        }
      }
      // delta4: the smallest dual of a top-level T-blossom.
      for (let b = n; b < 2 * n; b++) {
        if (blossomBase[b] >= 0 && blossomParent[b] === -1 && label[b] === T && dual[b] < delta) {
          delta = dual[b];
          deltaType = 4;
          deltaBlossom = b;
        }
      }

      for (let v = 0; v < n; v++) {
        const l = label[inBlossom[v]];
        if (l === S) dual[v] -= delta;
        else if (l === T) dual[v] += delta;
      }
      for (let b = n; b < 2 * n; b++) {
        if (blossomBase[b] >= 0 && blossomParent[b] === -1) {
          if (label[b] === S) dual[b] += delta;
          else if (label[b] === T) dual[b] -= delta;
        }
      }

      if (deltaType === 1) break;
      if (deltaType === 2) {
        allowed[deltaEdge] = 1;
        let i = from[deltaEdge];
        if (label[inBlossom[i]] === FREE) i = to[deltaEdge];
        queue.push(i);
      } else if (deltaType === 3) {
        allowed[deltaEdge] = 1;
        queue.push(from[deltaEdge]);
      } else {
        expandBlossom(deltaBlossom, false);
      }
    }
    if (!augmented) break;

    // End of the stage: S-blossoms whose dual reached zero are no longer needed.
    for (let b = n; b < 2 * n; b++) {
      if (blossomParent[b] === -1 && blossomBase[b] >= 0 && label[b] === S && dual[b] === 0) expandBlossom(b, true);
    }
  }

  for (let v = 0; v < n; v++) if (mate[v] >= 0) result[v] = endpoint[mate[v]];
  return result;
}
