import { describe, expect, it } from 'vitest';
import { canPlaceInHome, soloMembers } from '@/lib/domain/cage-groups';
import { addDays, toIsoDate } from '@/lib/domain/dates';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { formatShortDate } from '@/lib/domain/quarantine';
import { canLiveTogether, countsAsIntact, hormonalMalesWarning, isUnweanedKitten, type SexSafetyRat } from '@/lib/domain/sex-safety';

const now = new Date('2026-11-23T12:00:00Z');
const today = toIsoDate(now);
const rat = (name: string, sex: SexSafetyRat['sex'], extra: Partial<SexSafetyRat> = {}): SexSafetyRat => ({
  name,
  sex,
  neuteredOn: null,
  birthDate: '2026-01-01',
  ...extra,
});

describe('sex and neuter safety', () => {
  it('refuses an intact male and a female in one cage group, naming both', () => {
    const decision = canLiveTogether([rat('Moss', 'male'), rat('Pip', 'female')], now, DEFAULT_POLICY);
    expect(decision).toEqual({ ok: false, reason: expect.stringContaining('Moss is an intact male and Pip is female') });
  });

  it('allows females together and males together', () => {
    expect(canLiveTogether([rat('A', 'female'), rat('B', 'female')], now, DEFAULT_POLICY).ok).toBe(true);
    expect(canLiveTogether([rat('A', 'male'), rat('B', 'male')], now, DEFAULT_POLICY).ok).toBe(true);
  });

  it('treats a male neutered 20 days ago as intact and says until when', () => {
    const male = rat('Moss', 'male', { neuteredOn: addDays(today, -20) });
    const decision = canLiveTogether([male, rat('Pip', 'female')], now, DEFAULT_POLICY);
    expect(decision.ok).toBe(false);
    expect(!decision.ok && decision.reason).toContain(`counts as intact until ${formatShortDate(addDays(today, 8))}`);
  });

  it('lets a male neutered 30 days ago live with females', () => {
    const male = rat('Moss', 'male', { neuteredOn: addDays(today, -30) });
    expect(canLiveTogether([male, rat('Pip', 'female')], now, DEFAULT_POLICY).ok).toBe(true);
  });

  it('counts a neutered male as intact until exactly the post-neuter days have passed', () => {
    expect(countsAsIntact({ sex: 'male', neuteredOn: addDays(today, -27) }, now, 28)).toBe(true);
    expect(countsAsIntact({ sex: 'male', neuteredOn: addDays(today, -28) }, now, 28)).toBe(false);
    expect(countsAsIntact({ sex: 'female', neuteredOn: null }, now, 28)).toBe(false);
  });

  it('follows the post-neuter setting when a rescue changes it', () => {
    const male = rat('Moss', 'male', { neuteredOn: addDays(today, -30) });
    expect(canLiveTogether([male, rat('Pip', 'female')], now, { ...DEFAULT_POLICY, postNeuterSterileDays: 42 }).ok).toBe(false);
  });

  it('keeps a rat of unknown sex away from females and intact males until sexed', () => {
    const decision = canLiveTogether([rat('Dot', 'unknown'), rat('Pip', 'female')], now, DEFAULT_POLICY);
    expect(!decision.ok && decision.reason).toMatch(/Dot's sex is not recorded yet/);
  });

  it('lets a dam live with her kittens younger than the separation day', () => {
    const kittens = [1, 2, 3].map((n) => rat(`Kitten ${n}`, n === 1 ? 'male' : 'unknown', { birthDate: addDays(today, -20) }));
    expect(canLiveTogether([rat('Mabel', 'female'), ...kittens], now, DEFAULT_POLICY).ok).toBe(true);
  });

  it('stops exempting kittens on the separation day', () => {
    const kitten = rat('Kit', 'male', { birthDate: addDays(today, -35) });
    expect(isUnweanedKitten(kitten, now, 35)).toBe(false);
    expect(canLiveTogether([rat('Mabel', 'female'), kitten], now, DEFAULT_POLICY).ok).toBe(false);
  });
});

describe('solo rats', () => {
  it('flags a rat alone in its cage group outside quarantine', () => {
    const members = [
      { ratId: 1, cageGroupId: 10, inQuarantine: false },
      { ratId: 2, cageGroupId: 11, inQuarantine: false },
      { ratId: 3, cageGroupId: 11, inQuarantine: false },
    ];
    expect(soloMembers(members).map((m) => m.ratId)).toEqual([1]);
  });

  it('does not flag a rat alone because it is in quarantine', () => {
    expect(soloMembers([{ ratId: 1, cageGroupId: 10, inQuarantine: true }])).toEqual([]);
  });
});

describe('placing rats in a home', () => {
  const home = (canQuarantine: boolean, active = true) => ({ name: 'Maple Cottage', canQuarantine, active });

  it('refuses a rat in quarantine in a home that cannot quarantine, with the reason', () => {
    const decision = canPlaceInHome([{ name: 'Pip', inQuarantine: true }], home(false));
    expect(decision).toEqual({ ok: false, reason: expect.stringContaining('Pip is in quarantine, and Maple Cottage cannot quarantine') });
  });

  it('names every quarantined rat of a cage group', () => {
    const decision = canPlaceInHome(
      [
        { name: 'Pip', inQuarantine: true },
        { name: 'Moss', inQuarantine: true },
        { name: 'Fern', inQuarantine: true },
      ],
      home(false),
    );
    expect(!decision.ok && decision.reason).toMatch(/^Pip, Moss and Fern are in quarantine/);
  });

  it('allows quarantined rats in a home that can quarantine, and others anywhere active', () => {
    expect(canPlaceInHome([{ name: 'Pip', inQuarantine: true }], home(true)).ok).toBe(true);
    expect(canPlaceInHome([{ name: 'Pip', inQuarantine: false }], home(false)).ok).toBe(true);
  });

  it('refuses an inactive home', () => {
    expect(canPlaceInHome([{ name: 'Pip', inQuarantine: false }], home(true, false)).ok).toBe(false);
  });
});

describe('intact adult males together', () => {
  const male = (name: string, birthDate: string | null, neuteredOn: string | null = null) => ({ name, sex: 'male' as const, birthDate, neuteredOn });

  it('warns, naming them, when two intact males past the hormonal age share a cage group', () => {
    const warning = hormonalMalesWarning([male('Rocco', '2026-03-01'), male('Dexter', '2026-03-01')], now, DEFAULT_POLICY);
    expect(warning).toContain('Rocco and Dexter are intact males older than 90 days');
    expect(warning).toContain('may fight');
  });

  it('does not warn for one intact adult male with a neutered, sterile male', () => {
    expect(hormonalMalesWarning([male('Rocco', '2026-03-01'), male('Dexter', '2026-03-01', '2026-06-01')], now, DEFAULT_POLICY)).toBeNull();
  });

  it('counts a male neutered less than the sterile days ago as intact', () => {
    expect(hormonalMalesWarning([male('Rocco', '2026-03-01'), male('Dexter', '2026-03-01', '2026-11-10')], now, DEFAULT_POLICY)).not.toBeNull();
  });

  it('does not warn for young males not yet past the hormonal age, nor for unknown birth dates', () => {
    expect(hormonalMalesWarning([male('Pip', '2026-10-01'), male('Dot', '2026-10-01')], now, DEFAULT_POLICY)).toBeNull();
    expect(hormonalMalesWarning([male('Pip', null), male('Dot', '2026-03-01')], now, DEFAULT_POLICY)).toBeNull();
  });
});
