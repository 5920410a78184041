import { describe, expect, it } from 'vitest';
import { adopterFit, unitFit, type FitAdopter, type FitRat, type FitUnit } from '@/lib/domain/adopter-fit';
import { DEFAULT_POLICY } from '@/lib/domain/policy';

const NOW = new Date('2026-11-24T12:00:00Z');

function rat(id: number, name: string, overrides: Partial<FitRat> = {}): FitRat {
  return { id, name, sex: 'female', neuteredOn: null, birthDate: '2026-03-01', quarantineEndsOn: null, biteRisk: 'low', category: 'confident', trustStep: 7, ...overrides };
}
function unit(label: string, rats: FitRat[]): FitUnit {
  return { key: label, label, rats };
}
function adopter(overrides: Partial<FitAdopter> = {}): FitAdopter {
  return { name: 'Sam', experience: 'some', otherPets: [], hasChildren: false, rats: { count: 0, females: 0, males: 0, neuteredMales: 0 }, ...overrides };
}
const texts = (u: FitUnit, a: FitAdopter, kind: 'fit' | 'misfit' | 'caution') =>
  unitFit(u, a, NOW, DEFAULT_POLICY)
    .reasons.filter((r) => r.kind === kind)
    .map((r) => r.text);

describe('adopter fit', () => {
  it('fits a pair of confident does to an adopter without rats, saying they leave together', () => {
    const fit = unitFit(unit('Pip and Bella', [rat(1, 'Pip'), rat(2, 'Bella')]), adopter(), NOW, DEFAULT_POLICY);
    expect(fit.fits).toBe(true);
    expect(fit.reasons).toContainEqual({ kind: 'fit', text: 'Pip and Bella leave together as 2 companions.' });
  });

  it('does not fit a single rat to an adopter without rats: it would leave alone', () => {
    expect(texts(unit('Pip', [rat(1, 'Pip')]), adopter(), 'misfit')).toEqual([
      'Pip would leave alone: Sam has no rats, and rats leave in groups of at least 2.',
    ]);
  });

  it('fits a single doe to an adopter with does, naming their rats', () => {
    const a = adopter({ rats: { count: 2, females: 2, males: 0, neuteredMales: 0 } });
    expect(texts(unit('Pip', [rat(1, 'Pip')]), a, 'fit')).toContain('Can live with Sam’s 2 females.');
  });

  it('does not fit an intact male to an adopter with females (sex safety)', () => {
    const a = adopter({ rats: { count: 2, females: 2, males: 0, neuteredMales: 0 } });
    expect(texts(unit('Rocco', [rat(1, 'Rocco', { sex: 'male' })]), a, 'misfit')[0]).toBe(
      'Rocco is an intact male and Sam has 2 females: he cannot join them, or there will be a litter.',
    );
  });

  it('does not fit a male inside the post-neuter window to an adopter with females, naming when he is sterile', () => {
    const a = adopter({ rats: { count: 1, females: 1, males: 0, neuteredMales: 0 } });
    const misfits = texts(unit('Rocco', [rat(1, 'Rocco', { sex: 'male', neuteredOn: '2026-11-10' })]), a, 'misfit');
    expect(misfits[0]).toMatch(/neutered on 10 Nov, he counts as intact until 8 Dec/);
  });

  it('fits a male neutered long enough ago to an adopter with females', () => {
    const a = adopter({ rats: { count: 1, females: 1, males: 0, neuteredMales: 0 } });
    expect(unitFit(unit('Rocco', [rat(1, 'Rocco', { sex: 'male', neuteredOn: '2026-06-01' })]), a, NOW, DEFAULT_POLICY).fits).toBe(true);
  });

  it('does not fit a female to an adopter with intact males', () => {
    const a = adopter({ rats: { count: 2, females: 0, males: 2, neuteredMales: 0 } });
    expect(texts(unit('Pip', [rat(1, 'Pip')]), a, 'misfit')[0]).toMatch(/^Pip is female and Sam has 2 intact males/);
  });

  it('does not fit a rat of unknown sex to an adopter with rats', () => {
    const a = adopter({ rats: { count: 2, females: 2, males: 0, neuteredMales: 0 } });
    expect(texts(unit('Kit', [rat(1, 'Kit', { sex: 'unknown' })]), a, 'misfit')[0]).toBe('Kit’s sex is not recorded yet, so Kit cannot join Sam’s rats until sexed.');
  });

  it('does not fit a rat in quarantine', () => {
    expect(texts(unit('Pip and Bella', [rat(1, 'Pip', { quarantineEndsOn: '2026-12-01' }), rat(2, 'Bella')]), adopter(), 'misfit')).toContain('Pip is in quarantine until 1 Dec.');
  });

  it('needs an experienced adopter for a high bite risk', () => {
    const u = unit('Pip and Bella', [rat(1, 'Pip', { biteRisk: 'high' }), rat(2, 'Bella')]);
    expect(texts(u, adopter({ experience: 'some' }), 'misfit')).toContain(
      'Pip’s latest assessment rates the bite risk high, so needs an adopter experienced with rats; Sam has some experience with rats.',
    );
    expect(texts(u, adopter({ experience: 'experienced' }), 'fit')).toContain('Pip’s latest assessment rates the bite risk high; Sam is experienced with rats.');
  });

  it('needs some experience for a medium bite risk', () => {
    const u = unit('Pip and Bella', [rat(1, 'Pip', { biteRisk: 'medium' }), rat(2, 'Bella')]);
    expect(unitFit(u, adopter({ experience: 'new' }), NOW, DEFAULT_POLICY).fits).toBe(false);
    expect(unitFit(u, adopter({ experience: 'some' }), NOW, DEFAULT_POLICY).fits).toBe(true);
  });

  it('needs an experienced adopter for a rat below the ready trust step', () => {
    const u = unit('Pip and Bella', [rat(1, 'Pip', { trustStep: 3, category: 'shy' }), rat(2, 'Bella')]);
    expect(texts(u, adopter({ experience: 'some' }), 'misfit')).toContain(
      'Pip is at trust step 3, below the ready step 6, so needs an adopter experienced with rats; Sam has some experience with rats.',
    );
  });

  it('needs some experience for a rat assessed as shy or fearful', () => {
    const u = unit('Pip and Bella', [rat(1, 'Pip', { category: 'fearful' }), rat(2, 'Bella')]);
    expect(texts(u, adopter({ experience: 'new' }), 'misfit')).toContain(
      'Pip is assessed as fearful, so needs an adopter with some experience of rats; Sam is new to rats.',
    );
  });

  it('places no rat with hunting predators (ferrets, snakes, birds of prey)', () => {
    expect(texts(unit('Pip and Bella', [rat(1, 'Pip'), rat(2, 'Bella')]), adopter({ otherPets: ['snakes'] }), 'misfit')).toContain(
      'Sam keeps snakes: they hunt rats, so no rat is placed in that home.',
    );
  });

  it('does not fit a shy rat to a home with cats or dogs, and cautions for a confident one', () => {
    const shy = unit('Pip and Bella', [rat(1, 'Pip', { category: 'shy' }), rat(2, 'Bella')]);
    expect(texts(shy, adopter({ otherPets: ['cats'] }), 'misfit')).toContain('Sam has cats: the smell of a predator keeps a shy rat like Pip frightened.');
    const bold = unit('Pip and Bella', [rat(1, 'Pip'), rat(2, 'Bella')]);
    expect(unitFit(bold, adopter({ otherPets: ['dogs'] }), NOW, DEFAULT_POLICY)).toMatchObject({ fits: true, reasons: expect.arrayContaining([{ kind: 'caution', text: 'Sam has dogs: the rats need a room the dogs never enter.' }]) });
  });

  it('cautions about children for a shy rat', () => {
    const u = unit('Pip and Bella', [rat(1, 'Pip', { category: 'shy' }), rat(2, 'Bella')]);
    expect(texts(u, adopter({ hasChildren: true }), 'caution')).toContain('Children live with Sam: Pip needs a quiet home and calm handling.');
  });

  it('lists the units that fit first', () => {
    const fits = adopterFit([unit('Alone', [rat(1, 'Alone')]), unit('Pair', [rat(2, 'A'), rat(3, 'B')])], adopter(), NOW, DEFAULT_POLICY);
    expect(fits.map((f) => [f.unit.label, f.fits])).toEqual([
      ['Pair', true],
      ['Alone', false],
    ]);
  });
});
