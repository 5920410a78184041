import { describe, expect, it } from 'vitest';
import { closePregnancyWatchOnBirth, kittenDrafts, planBirth, validateBirth, type BirthRecord } from '@/lib/domain/litters';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import type { Watch } from '@/lib/domain/watches';

const now = new Date('2026-11-20T12:00:00Z');
const birth: BirthRecord = { litterId: 12, dam: { id: 1, name: 'Bella' }, sireId: 2, bornOn: '2026-11-18', aliveCount: 3 };
const pregnancy: Watch = { ratId: 1, kind: 'pregnancy', litterId: null, startedOn: '2026-11-01', dueOn: '2026-11-25', closedOn: null, outcome: null };

describe('kitten drafts', () => {
  it('makes one rat draft per live kitten, named after the dam', () => {
    expect(kittenDrafts(birth).map((k) => k.name)).toEqual(['Bella kitten 1', 'Bella kitten 2', 'Bella kitten 3']);
  });

  it('gives each kitten the exact birth date, unknown sex and its parents', () => {
    expect(kittenDrafts(birth)[0]).toEqual({ name: 'Bella kitten 1', sex: 'unknown', birthDate: '2026-11-18', birthDateEstimated: false, damId: 1, sireId: 2, litterId: 12 });
  });

  it("starts each kitten's name with the rattery's prefix when it has one", () => {
    expect(kittenDrafts(birth, 'Moonlit').map((k) => k.name)).toEqual(['Moonlit Bella kitten 1', 'Moonlit Bella kitten 2', 'Moonlit Bella kitten 3']);
  });

  it('makes no drafts when no kitten lives', () => {
    expect(kittenDrafts({ ...birth, aliveCount: 0 })).toEqual([]);
  });
});

describe('birth validation', () => {
  it('refuses a birth date in the future', () => {
    expect(validateBirth({ ...birth, bornOn: '2026-11-21' }, now).ok).toBe(false);
  });

  it('refuses a negative or fractional kitten count', () => {
    expect(validateBirth({ ...birth, aliveCount: -1 }, now).ok).toBe(false);
    expect(validateBirth({ ...birth, aliveCount: 1.5 }, now).ok).toBe(false);
  });

  it('accepts a birth today', () => {
    expect(validateBirth({ ...birth, bornOn: '2026-11-20' }, now)).toEqual({ ok: true });
  });
});

describe('a birth during a pregnancy watch', () => {
  it('closes the open pregnancy watch with outcome litter born on the birth date', () => {
    const closure = closePregnancyWatchOnBirth([pregnancy], birth);
    expect(closure).toEqual({ watch: pregnancy, closedOn: '2026-11-18', outcome: 'litter_born', outcomeNotes: 'Litter born on 18 Nov: 3 live kittens.' });
  });

  it('leaves a watch on another rat alone', () => {
    expect(closePregnancyWatchOnBirth([{ ...pregnancy, ratId: 9 }], birth)).toBeNull();
  });

  it('leaves an already closed watch alone', () => {
    expect(closePregnancyWatchOnBirth([{ ...pregnancy, closedOn: '2026-11-10', outcome: 'cancelled' }], birth)).toBeNull();
  });

  it('leaves a watch that started after the birth alone', () => {
    expect(closePregnancyWatchOnBirth([{ ...pregnancy, startedOn: '2026-11-19', dueOn: '2026-12-13' }], birth)).toBeNull();
  });

  it('plans the kittens, the closure and a sex-separation watch due on day 35', () => {
    const plan = planBirth(birth, [pregnancy], DEFAULT_POLICY);
    expect(plan.kittens).toHaveLength(3);
    expect(plan.closeWatch?.outcome).toBe('litter_born');
    expect(plan.separationWatch).toMatchObject({ ratId: 1, kind: 'sex_separation', litterId: 12, dueOn: '2026-12-23' });
  });

  it('opens no sex-separation watch when no kitten lives', () => {
    expect(planBirth({ ...birth, aliveCount: 0 }, [pregnancy], DEFAULT_POLICY).separationWatch).toBeNull();
  });
});
