import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { animalCoi, canSetParent, formatCoi, inbreedingOfAll, kinshipCalculator, knownGenerations, pairingCoi, pathCounting, pedigreeOf, pedigreeSlots, type PedigreeNode } from '@/lib/domain/inbreeding';

/** A pedigree from `child: [dam, sire]` entries; parents named but not listed are founders. */
function tree(entries: Record<string, [string | null, string | null]>) {
  const nodes = new Map<string, PedigreeNode>();
  for (const [id, [damId, sireId]] of Object.entries(entries)) {
    nodes.set(id, { id, damId, sireId });
    for (const parent of [damId, sireId]) if (parent !== null && !nodes.has(parent) && !(parent in entries)) nodes.set(parent, { id: parent, damId: null, sireId: null });
  }
  return pedigreeOf(nodes.values());
}

const shared = (result: ReturnType<typeof pairingCoi>) => result.contributions.map((c) => [c.ancestorId, c.contribution]);

describe('coefficient of inbreeding: textbook values', () => {
  it('a pairing of full siblings gives 25%', () => {
    const p = tree({ sis: ['gd', 'gs'], bro: ['gd', 'gs'] });
    expect(pairingCoi(p, 'sis', 'bro').coefficient).toBe(0.25);
  });

  it('a pairing of a parent and its offspring gives 25%', () => {
    const p = tree({ son: ['mum', 'dad'] });
    expect(pairingCoi(p, 'mum', 'son').coefficient).toBe(0.25);
    expect(shared(pairingCoi(p, 'mum', 'son'))).toEqual([['mum', 0.25]]);
  });

  it('a pairing of half siblings gives 12.5%, all from the shared parent', () => {
    const p = tree({ a: ['m1', 'dad'], b: ['m2', 'dad'] });
    const result = pairingCoi(p, 'a', 'b');
    expect(result.coefficient).toBe(0.125);
    expect(shared(result)).toEqual([['dad', 0.125]]);
  });

  it('a pairing of first cousins (their dams full sisters) gives 6.25%, 3.125% from each shared grandparent', () => {
    const p = tree({ s1: ['gd', 'gs'], s2: ['gd', 'gs'], doe: ['s1', 'm1'], buck: ['s2', 'm2'] });
    const result = pairingCoi(p, 'doe', 'buck');
    expect(result.coefficient).toBe(0.0625);
    expect(shared(result)).toEqual([
      ['gd', 0.03125],
      ['gs', 0.03125],
    ]);
  });

  it('a pairing of half first cousins gives 3.125%', () => {
    const p = tree({ s1: ['gd1', 'gs'], s2: ['gd2', 'gs'], doe: ['s1', 'm1'], buck: ['s2', 'm2'] });
    expect(pairingCoi(p, 'doe', 'buck').coefficient).toBe(0.03125);
  });

  it('a pairing of unrelated rats gives 0 with no shared ancestors', () => {
    const p = tree({ doe: ['a', 'b'], buck: ['c', 'd'] });
    expect(pairingCoi(p, 'doe', 'buck')).toEqual({ coefficient: 0, contributions: [], complete: true });
  });

  it('a rat with an unknown parent has a COI of 0', () => {
    const p = tree({ rat: ['mum', null] });
    expect(animalCoi(p, 'rat').coefficient).toBe(0);
  });

  it("a rat's own COI is that of its parents' pairing", () => {
    const p = tree({ sis: ['gd', 'gs'], bro: ['gd', 'gs'], kit: ['sis', 'bro'] });
    expect(animalCoi(p, 'kit').coefficient).toBe(0.25);
  });
});

describe('coefficient of inbreeding: inbred ancestors', () => {
  it('a shared ancestor that is itself inbred adds (1 + its own COI): half siblings through a 25% sire give 15.625%', () => {
    const p = tree({ sis: ['gd', 'gs'], bro: ['gd', 'gs'], dad: ['sis', 'bro'], a: ['m1', 'dad'], b: ['m2', 'dad'] });
    const result = pairingCoi(p, 'a', 'b');
    expect(result.coefficient).toBe(0.15625);
    expect(result.contributions).toEqual([{ ancestorId: 'dad', contribution: 0.15625, ancestorInbreeding: 0.25, paths: 1 }]);
  });

  it('a second generation of full-sibling pairings gives 37.5%', () => {
    const p = tree({ s: ['gd', 'gs'], b: ['gd', 'gs'], k1: ['s', 'b'], k2: ['s', 'b'] });
    expect(pairingCoi(p, 'k1', 'k2').coefficient).toBe(0.375);
    expect(pathCounting(p, 'k1', 'k2').coefficient).toBe(0.375);
  });

  it('a third generation of full-sibling pairings gives 50%', () => {
    const p = tree({ s: ['gd', 'gs'], b: ['gd', 'gs'], k1: ['s', 'b'], k2: ['s', 'b'], j1: ['k1', 'k2'], j2: ['k1', 'k2'] });
    expect(pairingCoi(p, 'j1', 'j2').coefficient).toBe(0.5);
  });

  it('paths that cross at an animal other than the shared ancestor do not count', () => {
    // Through a parent-offspring pairing the paths doe..gd via s1 and buck..gd via s1 would share s1.
    const p = tree({ s1: ['gd', 'gs'], doe: ['s1', 'x'], buck: ['s1', 'y'] });
    const result = pathCounting(p, 'doe', 'buck');
    expect(result.contributions.map((c) => c.ancestorId)).toEqual(['s1']);
    expect(result.coefficient).toBe(0.125);
  });
});

describe('path counting equals the tabular method', () => {
  /** Random pedigrees: each animal's parents are drawn from the animals before it (or unknown). */
  const pedigrees = fc.integer({ min: 2, max: 16 }).chain((n) =>
    fc.tuple(
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), fc.boolean()), { minLength: n, maxLength: n }),
      fc.nat(),
      fc.nat(),
    ),
  );

  it('gives the same coefficient for any pairing in any pedigree', () => {
    fc.assert(
      fc.property(pedigrees, ([draws, x, y]) => {
        const nodes: PedigreeNode[] = draws.map(([d, s, hasDam, hasSire], i) => ({
          id: `n${i}`,
          damId: i > 0 && hasDam ? `n${d % i}` : null,
          sireId: i > 0 && hasSire ? `n${s % i}` : null,
        }));
        const p = pedigreeOf(nodes);
        const a = `n${x % nodes.length}`;
        const b = `n${y % nodes.length}`;
        if (a === b) return;
        const tabular = kinshipCalculator(p).kinship(a, b);
        const paths = pathCounting(p, a, b);
        expect(paths.complete).toBe(true);
        expect(paths.coefficient).toBeCloseTo(tabular, 12);
        expect(pairingCoi(p, a, b).coefficient).toBeCloseTo(tabular, 12);
      }),
      { numRuns: 300 },
    );
  });

  it("Meuwissen and Luo's method gives every animal the tabular method's COI", () => {
    fc.assert(
      fc.property(pedigrees, ([draws]) => {
        const nodes: PedigreeNode[] = draws.map(([d, s, hasDam, hasSire], i) => ({
          id: `n${i}`,
          damId: i > 0 && hasDam ? `n${d % i}` : null,
          sireId: i > 0 && hasSire ? `n${s % i}` : null,
        }));
        const p = pedigreeOf(nodes);
        const tabular = kinshipCalculator(p);
        for (const [id, f] of inbreedingOfAll(p)) expect(f).toBeCloseTo(tabular.inbreeding(id), 12);
      }),
      { numRuns: 300 },
    );
  });
});

describe('pedigree loops', () => {
  const p = tree({ mum: ['gran', 'grandad'], kit: ['mum', 'dad'] });

  it('a rat cannot be its own parent', () => {
    expect(canSetParent(p, 'kit', 'kit', { child: 'Kit', parent: 'Kit' })).toEqual({ ok: false, reason: 'Kit cannot be their own parent.' });
  });

  it('a descendant cannot be set as a parent: a rat cannot be its own ancestor', () => {
    const decision = canSetParent(p, 'gran', 'kit', { child: 'Gran', parent: 'Kit' });
    expect(decision.ok).toBe(false);
    expect(!decision.ok && decision.reason).toBe('Kit descends from Gran, so Kit cannot also be a parent of Gran: a rat cannot be its own ancestor.');
  });

  it('an unrelated or older rat may be set as a parent', () => {
    expect(canSetParent(p, 'kit', 'gran', { child: 'Kit', parent: 'Gran' })).toEqual({ ok: true });
    expect(canSetParent(p, 'dad', 'mum', { child: 'Dad', parent: 'Mum' })).toEqual({ ok: true });
  });

  it('the coefficient refuses a pedigree that already holds a loop', () => {
    const looped = pedigreeOf([
      { id: 'a', damId: 'b', sireId: null },
      { id: 'b', damId: 'a', sireId: null },
    ]);
    expect(() => kinshipCalculator(looped)).toThrow('a rat cannot be its own ancestor');
  });
});

describe('pedigree chart slots', () => {
  it('lists ancestors by generation dam first, unknown ones as empty slots', () => {
    const p = tree({ kit: ['mum', 'dad'], mum: ['gran', null] });
    expect(pedigreeSlots(p, 'kit', 3)).toEqual([
      ['mum', 'dad'],
      ['gran', null, null, null],
      [null, null, null, null, null, null, null, null],
    ]);
  });

  it('counts the generations that hold a known ancestor', () => {
    const p = tree({ kit: ['mum', 'dad'], mum: ['gran', null] });
    expect(knownGenerations(pedigreeSlots(p, 'kit', 4))).toBe(2);
  });
});

describe('COI in words', () => {
  it('shows a coefficient as a percentage to three decimals at most', () => {
    expect(formatCoi(0.0625)).toBe('6.25%');
    expect(formatCoi(0.03125)).toBe('3.125%');
    expect(formatCoi(0)).toBe('0%');
    expect(formatCoi(1 / 3)).toBe('33.333%');
  });
});
