import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import {
  ADULT_INTACT_MALES_WEIGHT,
  AGE_GAP_WEIGHT,
  BASE_COMPANION_SCORE,
  BOTH_FALLING_WEIGHT,
  bestPartners,
  CLOSE_IN_AGE_WEIGHT,
  compatibility,
  CONFIDENT_STEADIES_SHY_WEIGHT,
  EXISTING_BOND_WEIGHT,
  groupCompatibility,
  LONE_RAT_WEIGHT,
  optimalPairing,
  RUNNING_BOND_WEIGHT,
  SAME_HOME_WEIGHT,
  TRUST_LEADER_WEIGHT,
  trustTrend,
  TWO_HIGH_BITE_RISKS_WEIGHT,
  type MatchContext,
  type MatchRat,
  type MatchUnit,
} from '@/lib/domain/matching';
import { canMoveProposal, trialHome, type TrialRat } from '@/lib/domain/pair-proposals';
import { blossomMatching } from '@/lib/matching/blossom';
import { maxWeightMatching } from '@/lib/matching/max-weight-matching';

const now = new Date('2026-11-23T12:00:00Z');
let nextId = 1;
function rat(name: string, extra: Partial<MatchRat> = {}): MatchRat {
  return {
    id: nextId++,
    name,
    sex: 'female',
    neuteredOn: null,
    birthDate: '2026-03-01',
    status: 'available',
    fosterHomeId: null,
    quarantineEndsOn: null,
    sexSeparationDueOn: null,
    temperament: null,
    biteRisk: null,
    trustStep: null,
    trustTrend: null,
    ...extra,
  };
}
const unit = (...rats: MatchRat[]): MatchUnit => ({ id: rats.length === 1 ? `r${rats[0].id}` : `g${rats[0].id}`, cageGroupId: rats.length === 1 ? null : rats[0].id, rats });
const ctx = (extra: Partial<MatchContext> = {}): MatchContext => ({ now, policy: DEFAULT_POLICY, introductions: [], ...extra });
const weights = (a: MatchUnit, b: MatchUnit, c = ctx()) => compatibility(a, b, c).reasons.map((r) => r.weight);

describe('compatibility: hard blocks', () => {
  it('blocks an intact male with a female (sex safety)', () => {
    const c = compatibility(unit(rat('Moss', { sex: 'male' })), unit(rat('Pip')), ctx());
    expect(c.blocks.join(' ')).toContain('Moss is an intact male and Pip is female');
  });

  it('blocks a male neutered less than the post-neuter days ago with a female, and allows him after', () => {
    const male = rat('Moss', { sex: 'male', neuteredOn: '2026-11-10' });
    expect(compatibility(unit(male), unit(rat('Pip')), ctx()).blocks).toHaveLength(1);
    const later = new Date('2026-12-10T12:00:00Z');
    expect(compatibility(unit(male), unit(rat('Pip')), ctx({ now: later })).blocks).toEqual([]);
  });

  it('blocks a rat in quarantine, naming the day it ends in words', () => {
    const c = compatibility(unit(rat('Pip', { quarantineEndsOn: '2026-12-04' })), unit(rat('Bea')), ctx());
    expect(c.blocks).toEqual(['Pip is in quarantine until 4 Dec: no new companions before release.']);
  });

  it('blocks two rats that had a failed introduction between them', () => {
    const a = rat('Pip');
    const b = rat('Bea');
    const c = compatibility(unit(a), unit(b), ctx({ introductions: [{ ratA: b.id, ratB: a.id, status: 'failed' }] }));
    expect(c.blocks).toEqual(['Pip and Bea had a failed introduction.']);
  });

  it('blocks a reserved rat and an adopted rat', () => {
    expect(compatibility(unit(rat('Pip', { status: 'reserved' })), unit(rat('Bea')), ctx()).blocks).toEqual(['Pip is reserved for an adopter.']);
    expect(compatibility(unit(rat('Pip', { status: 'adopted' })), unit(rat('Bea')), ctx()).blocks).toEqual(['Pip has been adopted.']);
  });

  it('blocks a rat with an open sex-separation watch', () => {
    const c = compatibility(unit(rat('Kit', { sexSeparationDueOn: '2026-11-30' })), unit(rat('Bea')), ctx());
    expect(c.blocks).toEqual(["Kit's litter must still be split by sex (due 30 Nov)."]);
  });

  it('blocks a bonded group when any one of its rats is blocked', () => {
    const c = compatibility(unit(rat('Ann'), rat('Moss', { sex: 'male', neuteredOn: '2025-01-01' })), unit(rat('Rex', { sex: 'male' })), ctx());
    expect(c.blocks.join(' ')).toContain('Rex is an intact male and Ann is female');
  });
});

describe('compatibility: weighted reasons', () => {
  it('starts from the base companion score for any two safe rats', () => {
    const c = compatibility(unit(rat('Pip', { birthDate: null })), unit(rat('Bea', { birthDate: null }), rat('Cleo', { birthDate: null })), ctx());
    expect(c.score).toBe(BASE_COMPANION_SCORE + LONE_RAT_WEIGHT);
  });

  it('adds the existing-bond weight when they bonded before', () => {
    const a = rat('Pip');
    const b = rat('Bea');
    expect(weights(unit(a), unit(b), ctx({ introductions: [{ ratA: a.id, ratB: b.id, status: 'bonded' }] }))).toContain(EXISTING_BOND_WEIGHT);
  });

  it('adds the running-bond weight while an introduction between them is under way', () => {
    const a = rat('Pip');
    const b = rat('Bea');
    const c = compatibility(unit(a), unit(b), ctx({ introductions: [{ ratA: a.id, ratB: b.id, status: 'in_progress' }] }));
    expect(c.reasons).toContainEqual({ label: 'Pip and Bea are being introduced: a bond is forming.', weight: RUNNING_BOND_WEIGHT });
  });

  it('adds the lone-rat weight when one side is a rat on its own, and not for two bonded groups', () => {
    expect(weights(unit(rat('Pip')), unit(rat('Bea'), rat('Cleo')))).toContain(LONE_RAT_WEIGHT);
    expect(weights(unit(rat('Pip'), rat('Ann')), unit(rat('Bea'), rat('Cleo')))).not.toContain(LONE_RAT_WEIGHT);
  });

  it('adds the same-home weight when they live in the same foster home', () => {
    const c = compatibility(unit(rat('Pip', { fosterHomeId: 3 })), unit(rat('Bea', { fosterHomeId: 3 })), ctx());
    expect(c.reasons).toContainEqual({ label: 'They live in the same foster home, so they can meet without travel.', weight: SAME_HOME_WEIGHT });
    const apart = compatibility(unit(rat('Pip', { fosterHomeId: 3 })), unit(rat('Bea', { fosterHomeId: 4 })), ctx());
    expect(apart.reasons.map((r) => r.label).join(' ')).not.toContain('same foster home');
  });

  it('adds the close-in-age weight within six months, and the age-gap penalty beyond eighteen months', () => {
    expect(weights(unit(rat('Pip', { birthDate: '2026-03-01' })), unit(rat('Bea', { birthDate: '2026-05-01' })))).toContain(CLOSE_IN_AGE_WEIGHT);
    const far = compatibility(unit(rat('Pip', { birthDate: '2026-03-01' })), unit(rat('Old', { birthDate: '2024-06-01' })), ctx());
    expect(far.reasons.map((r) => r.weight)).toContain(AGE_GAP_WEIGHT);
    expect(far.reasons.find((r) => r.weight === AGE_GAP_WEIGHT)?.label).toContain('younger may soon be left alone');
  });

  it('adds the temperament-complement weight when a confident rat can steady a shy one', () => {
    const c = compatibility(unit(rat('Bold', { temperament: 'confident' })), unit(rat('Timid', { temperament: 'shy' })), ctx());
    expect(c.reasons).toContainEqual({ label: 'Bold is confident and can steady Timid, who is shy.', weight: CONFIDENT_STEADIES_SHY_WEIGHT });
  });

  it('subtracts the two-high-bite-risks weight: two high bite risks do not mix', () => {
    expect(weights(unit(rat('Nip', { biteRisk: 'high' })), unit(rat('Snap', { biteRisk: 'high' })))).toContain(TWO_HIGH_BITE_RISKS_WEIGHT);
    expect(weights(unit(rat('Nip', { biteRisk: 'high' })), unit(rat('Calm', { biteRisk: 'low' })))).not.toContain(TWO_HIGH_BITE_RISKS_WEIGHT);
  });

  it('adds the trust-leader weight when a handling-ready rat pairs with one still climbing', () => {
    const c = compatibility(unit(rat('Tame', { trustStep: 7 })), unit(rat('Shy', { trustStep: 2, trustTrend: 'rising' })), ctx());
    expect(c.reasons.map((r) => r.weight)).toContain(TRUST_LEADER_WEIGHT);
  });

  it('subtracts the both-falling weight when both are losing trust steps', () => {
    expect(weights(unit(rat('A', { trustTrend: 'falling' })), unit(rat('B', { trustTrend: 'falling' })))).toContain(BOTH_FALLING_WEIGHT);
  });

  it('subtracts the adult-intact-males weight for two adult intact males, not for a neutered one', () => {
    const old = '2025-06-01';
    expect(weights(unit(rat('Rex', { sex: 'male', birthDate: old })), unit(rat('Max', { sex: 'male', birthDate: old })))).toContain(ADULT_INTACT_MALES_WEIGHT);
    expect(weights(unit(rat('Rex', { sex: 'male', birthDate: old })), unit(rat('Max', { sex: 'male', birthDate: old, neuteredOn: '2026-01-01' })))).not.toContain(ADULT_INTACT_MALES_WEIGHT);
  });

  it('gives a score equal to the base plus the weights of its reasons', () => {
    const c = compatibility(unit(rat('Bold', { temperament: 'confident', fosterHomeId: 1 })), unit(rat('Timid', { temperament: 'fearful', fosterHomeId: 1 })), ctx());
    expect(c.score).toBe(BASE_COMPANION_SCORE + c.reasons.reduce((s, r) => s + r.weight, 0));
  });
});

describe('trust trend', () => {
  it('compares the current step with the step three sessions earlier, and gives none with fewer than four', () => {
    expect(trustTrend([1, 2, 2])).toBeNull();
    expect(trustTrend([1, 2, 2, 3])).toBe('rising');
    expect(trustTrend([4, 4, 3, 3])).toBe('falling');
    expect(trustTrend([3, 2, 4, 3])).toBe('steady');
  });
});

describe('best partners', () => {
  it('ranks recommended partners best first and lists blocked ones apart with why', () => {
    const me = unit(rat('Pip', { temperament: 'shy' }));
    const bold = unit(rat('Bold', { temperament: 'confident' }));
    const plain = unit(rat('Plain'));
    const buck = unit(rat('Buck', { sex: 'male' }));
    const result = bestPartners(me, [me, plain, bold, buck], ctx());
    expect(result.recommended.map((p) => p.unit.rats[0].name)).toEqual(['Bold', 'Plain']);
    expect(result.blocked.map((p) => p.unit.rats[0].name)).toEqual(['Buck']);
  });
});

describe('groups proposed by hand', () => {
  it('counts the blocks of a third rat joining a pair against every rat of the pair', () => {
    const c = groupCompatibility([unit(rat('Ann')), unit(rat('Bea')), unit(rat('Rex', { sex: 'male' }))], ctx());
    expect(c.blocks.join(' ')).toContain('Rex is an intact male');
  });
});

describe('pair proposal steps', () => {
  it('approves a proposal only after its trial has started', () => {
    expect(canMoveProposal('proposed', 'approved')).toEqual({ ok: false, reason: expect.stringContaining('trial') });
    expect(canMoveProposal('proposed', 'trial')).toEqual({ ok: true });
    expect(canMoveProposal('trial', 'approved')).toEqual({ ok: true });
  });

  it('never reopens a rejected or adopted proposal', () => {
    expect(canMoveProposal('rejected', 'trial').ok).toBe(false);
    expect(canMoveProposal('adopted', 'rejected').ok).toBe(false);
  });
});

describe('where a proposal’s trial runs', () => {
  const r = (name: string, fosterHomeId: number | null, extra: Partial<TrialRat> = {}): TrialRat => ({
    name,
    fosterHomeId,
    homeName: fosterHomeId === null ? null : `Home ${fosterHomeId}`,
    temperament: null,
    trustStep: 5,
    ...extra,
  });

  it('runs in the one home where every rat lives, with no move', () => {
    expect(trialHome([r('Ann', 1)], [r('Bea', 1)])).toMatchObject({ ok: true, fosterHomeId: 1, movePlanned: false });
  });

  it('runs in the shy or fearful rat’s home when the sides live apart; the other side travels', () => {
    expect(trialHome([r('Ann', 1, { temperament: 'confident' })], [r('Bea', 2, { temperament: 'fearful', trustStep: 7 })])).toEqual({
      ok: true,
      fosterHomeId: 2,
      homeName: 'Home 2',
      movePlanned: true,
      why: 'At Home 2, where Bea lives: the shyer side stays on home ground and Ann travels there.',
    });
  });

  it('with no shy temperament, runs where the rat with the lowest trust step lives; a tie stays with the first side', () => {
    expect(trialHome([r('Ann', 1, { trustStep: 6 })], [r('Bea', 2, { trustStep: 3 }), r('Cleo', 2)])).toMatchObject({ fosterHomeId: 2 });
    expect(trialHome([r('Ann', 1)], [r('Bea', 2)])).toMatchObject({ fosterHomeId: 1 });
  });

  it('a side not placed anywhere travels, and with no home at all the trial cannot start', () => {
    expect(trialHome([r('Ann', null, { temperament: 'shy' })], [r('Bea', 2)])).toMatchObject({ ok: true, fosterHomeId: 2, movePlanned: true });
    expect(trialHome([r('Ann', null)], [r('Bea', null)])).toMatchObject({ ok: false });
  });
});

// ---------------------------------------------------------------------------------------------
// The exact matching
// ---------------------------------------------------------------------------------------------
type Graph = { n: number; edges: Array<[number, number, number]> };

/** The best total over every matching, by trying each vertex unmatched or matched to each later neighbour. */
function bruteForce({ n, edges }: Graph): number {
  const w = new Map(edges.map(([i, j, x]) => [`${Math.min(i, j)}:${Math.max(i, j)}`, x]));
  const best = (used: number): number => {
    let v = 0;
    while (v < n && used & (1 << v)) v++;
    if (v >= n) return 0;
    let top = best(used | (1 << v));
    for (let u = v + 1; u < n; u++) {
      const x = w.get(`${v}:${u}`);
      if (x !== undefined && !(used & (1 << u))) top = Math.max(top, x + best(used | (1 << v) | (1 << u)));
    }
    return top;
  };
  return best(0);
}

/** Graphs of min..max units, edge chance from minDensity to 0.9, weights up to `top`. */
function seededGraphs(min: number, max: number, minDensity: number, top: fc.Arbitrary<number>) {
  return fc
    .tuple(fc.integer({ min, max }), fc.double({ min: minDensity, max: 0.9, noNaN: true }), top, fc.integer())
    .map(([n, density, t, seed]) => randomGraph(n, density, t, seed));
}

/** A random graph from a seed: each pair an edge with the given chance, weights 1..top. */
function randomGraph(n: number, density: number, top: number, seed: number): Graph {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const edges: Graph['edges'] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (next() < density) edges.push([i, j, 1 + Math.floor(next() * top)]);
  return { n, edges };
}

/** The best total over every matching, remembered per set of vertices already decided. */
function exhaustive({ n, edges }: Graph): number {
  const w = new Map(edges.map(([i, j, x]) => [`${Math.min(i, j)}:${Math.max(i, j)}`, x]));
  const memo = new Map<number, number>();
  const best = (used: number): number => {
    let v = 0;
    while (v < n && used & (1 << v)) v++;
    if (v >= n) return 0;
    const known = memo.get(used);
    if (known !== undefined) return known;
    let top = best(used | (1 << v));
    for (let u = v + 1; u < n; u++) {
      const x = w.get(`${v}:${u}`);
      if (x !== undefined && x > 0 && !(used & (1 << u))) top = Math.max(top, x + best(used | (1 << v) | (1 << u)));
    }
    memo.set(used, top);
    return top;
  };
  return best(0);
}

const graphs = fc.integer({ min: 0, max: 12 }).chain((n) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: Math.max(0, n - 1) }), fc.integer({ min: 0, max: Math.max(0, n - 1) }), fc.integer({ min: -20, max: 100 })), { maxLength: 40 })
    .map((raw): Graph => {
      const seen = new Set<string>();
      const edges = raw.filter(([i, j]) => {
        const key = `${Math.min(i, j)}:${Math.max(i, j)}`;
        if (i === j || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return { n, edges };
    }),
);

const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);

describe('maximum-weight matching', () => {
  it('finds the same total as brute force on random graphs of up to 12 units', () => {
    fc.assert(
      fc.property(graphs, (g) => {
        const result = maxWeightMatching(
          ids(g.n),
          g.edges.map(([i, j, w]) => [`u${i}`, `u${j}`, w] as const),
        );
        expect(result.total).toBe(bruteForce(g));
      }),
      { numRuns: 400 },
    );
  });

  it('uses each unit at most once and only edges of the graph', () => {
    fc.assert(
      fc.property(graphs, (g) => {
        const result = maxWeightMatching(
          ids(g.n),
          g.edges.map(([i, j, w]) => [`u${i}`, `u${j}`, w] as const),
        );
        const used = result.pairs.flat();
        expect(new Set(used).size).toBe(used.length);
        const edgeKeys = new Set(g.edges.filter((e) => e[2] > 0).map(([i, j]) => [`u${i}`, `u${j}`].sort().join('|')));
        for (const pair of result.pairs) expect(edgeKeys.has([...pair].sort().join('|'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the same total as an exhaustive search over subsets on random graphs of 13 to 18 units', () => {
    fc.assert(
      fc.property(seededGraphs(13, 18, 0.1, fc.integer({ min: 1, max: 1000 })), (g) => {
        const result = maxWeightMatching(
          ids(g.n),
          g.edges.map(([i, j, w]) => [`u${i}`, `u${j}`, w] as const),
        );
        expect(result.total).toBe(exhaustive(g));
      }),
      { numRuns: 40 },
    );
  });

  it('handles nested blossoms, blossoms relabelled and expanded: the known hard cases', () => {
    // Small graphs built to force each branch of the blossom algorithm (S-blossoms, T-blossoms
    // expanded mid-stage, nested blossoms expanded recursively), with their only optimal mates.
    const cases: Array<[Array<[number, number, number]>, number[]]> = [
      [[[1, 2, 10], [2, 3, 11]], [-1, -1, 3, 2]],
      [[[1, 2, 5], [2, 3, 11], [3, 4, 5]], [-1, -1, 3, 2, -1]],
      [[[1, 2, 8], [1, 3, 9], [2, 3, 10], [3, 4, 7]], [-1, 2, 1, 4, 3]],
      [[[1, 2, 8], [1, 3, 9], [2, 3, 10], [3, 4, 7], [1, 6, 5], [4, 5, 6]], [-1, 6, 3, 2, 5, 4, 1]],
      [[[1, 2, 9], [1, 3, 8], [2, 3, 10], [1, 4, 5], [4, 5, 4], [1, 6, 3]], [-1, 6, 3, 2, 5, 4, 1]],
      [[[1, 2, 9], [1, 3, 8], [2, 3, 10], [1, 4, 5], [4, 5, 3], [1, 6, 4]], [-1, 6, 3, 2, 5, 4, 1]],
      [[[1, 2, 9], [1, 3, 8], [2, 3, 10], [1, 4, 5], [4, 5, 3], [3, 6, 4]], [-1, 2, 1, 6, 5, 4, 3]],
      [[[1, 2, 9], [1, 3, 9], [2, 3, 10], [2, 4, 8], [3, 5, 8], [4, 5, 10], [5, 6, 6]], [-1, 3, 4, 1, 2, 6, 5]],
      [[[1, 2, 10], [1, 7, 10], [2, 3, 12], [3, 4, 20], [3, 5, 20], [4, 5, 25], [5, 6, 10], [6, 7, 10], [7, 8, 8]], [-1, 2, 1, 4, 3, 6, 5, 8, 7]],
      [[[1, 2, 8], [1, 3, 8], [2, 3, 10], [2, 4, 12], [3, 5, 12], [4, 5, 14], [4, 6, 12], [5, 7, 12], [6, 7, 14], [7, 8, 12]], [-1, 2, 1, 5, 6, 3, 4, 8, 7]],
      [[[1, 2, 23], [1, 5, 22], [1, 6, 15], [2, 3, 25], [3, 4, 22], [4, 5, 25], [4, 8, 14], [5, 7, 13]], [-1, 6, 3, 2, 8, 7, 1, 5, 4]],
      [[[1, 2, 19], [1, 3, 20], [1, 8, 8], [2, 3, 25], [2, 4, 18], [3, 5, 18], [4, 5, 13], [4, 7, 7], [5, 6, 7]], [-1, 8, 3, 2, 7, 6, 5, 4, 1]],
      [[[1, 2, 45], [1, 5, 45], [2, 3, 50], [3, 4, 45], [4, 5, 50], [1, 6, 30], [3, 9, 35], [4, 8, 35], [5, 7, 26], [9, 10, 5]], [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9]],
      [[[1, 2, 45], [1, 5, 45], [2, 3, 50], [3, 4, 45], [4, 5, 50], [1, 6, 30], [3, 9, 35], [4, 8, 26], [5, 7, 40], [9, 10, 5]], [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9]],
      [[[1, 2, 45], [1, 5, 45], [2, 3, 50], [3, 4, 45], [4, 5, 50], [1, 6, 30], [3, 9, 35], [4, 8, 28], [5, 7, 26], [9, 10, 5]], [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9]],
      [[[1, 2, 45], [1, 7, 45], [2, 3, 50], [3, 4, 45], [4, 5, 95], [4, 6, 94], [5, 6, 94], [6, 7, 50], [1, 8, 30], [3, 11, 35], [5, 9, 36], [7, 10, 26], [11, 12, 5]], [-1, 8, 3, 2, 6, 9, 4, 10, 1, 5, 7, 12, 11]],
      [[[1, 2, 40], [1, 3, 40], [2, 3, 60], [2, 4, 55], [3, 5, 55], [4, 5, 50], [1, 8, 15], [5, 7, 30], [7, 6, 10], [8, 10, 10], [4, 9, 30]], [-1, 2, 1, 5, 9, 3, 7, 6, 10, 4, 8]],
    ];
    for (const [edges, mates] of cases) {
      const result = blossomMatching(
        mates.length,
        Int32Array.from(edges.map((e) => e[0])),
        Int32Array.from(edges.map((e) => e[1])),
        Float64Array.from(edges.map((e) => e[2])),
      );
      expect([...result]).toEqual(mates);
    }
  });

  it('refuses weights that are not whole numbers', () => {
    expect(() => maxWeightMatching(['a', 'b'], [['a', 'b', 1.5]])).toThrow('whole number');
  });
});

const sexes = ['female', 'male', 'unknown'] as const;
const populations = fc.array(
  fc.record({
    sex: fc.constantFrom(...sexes),
    neutered: fc.boolean(),
    quarantine: fc.boolean(),
    groupOf: fc.integer({ min: 0, max: 5 }),
    temperament: fc.constantFrom('confident', 'shy', 'fearful', 'defensive', 'hormonal', null),
    biteRisk: fc.constantFrom('low', 'medium', 'high', null),
  }),
  { maxLength: 12 },
);

describe('optimal pairing of the population', () => {
  it('never splits a bonded group and never pairs a blocked pair', () => {
    fc.assert(
      fc.property(populations, (specs) => {
        const rats = specs.map((s, i) =>
          rat(`R${i}`, {
            sex: s.sex,
            neuteredOn: s.sex === 'male' && s.neutered ? '2025-01-01' : null,
            quarantineEndsOn: s.quarantine && i % 3 === 0 ? '2026-12-20' : null,
            temperament: s.temperament,
            biteRisk: s.biteRisk,
          }),
        );
        // Groups 0-1 are bonded cage groups (when sex-safe), the rest are rats on their own.
        const units: MatchUnit[] = [];
        rats.forEach((r, i) => {
          const g = specs[i].groupOf;
          const existing = g <= 1 ? units.find((u) => u.id === `g${g}`) : undefined;
          const safe = existing && compatibility({ ...existing, id: 'x' }, unit(r), ctx()).blocks.length === 0;
          if (existing && safe) existing.rats.push(r);
          else units.push(g <= 1 && !existing ? { id: `g${g}`, cageGroupId: g, rats: [r] } : unit(r));
        });
        const result = optimalPairing(units, ctx(), maxWeightMatching);
        const placed = [...result.pairs.flatMap((p) => [p.a, p.b]), ...result.unpaired.map((u) => u.unit)];
        expect(placed.map((u) => u.id).sort()).toEqual(units.map((u) => u.id).sort());
        for (const u of units) expect(placed.find((p) => p.id === u.id)?.rats).toEqual(u.rats);
        for (const p of result.pairs) expect(compatibility(p.a, p.b, ctx()).blocks).toEqual([]);
        for (const u of result.unpaired) expect(u.why.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('explains a rat left unpaired: its own block, or no safe companion', () => {
    const result = optimalPairing([unit(rat('Ann')), unit(rat('Bea')), unit(rat('Rex', { sex: 'male' })), unit(rat('Sick', { quarantineEndsOn: '2026-12-04' }))], ctx(), maxWeightMatching);
    expect(result.pairs.map((p) => [p.a.rats[0].name, p.b.rats[0].name])).toEqual([['Ann', 'Bea']]);
    const why = Object.fromEntries(result.unpaired.map((u) => [u.unit.rats[0].name, u.why]));
    expect(why.Sick).toContain('in quarantine until 4 Dec');
    expect(why.Rex).toContain('No safe companion');
  });
});
