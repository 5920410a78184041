import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { canJoinCageGroup, canMoveRat, soloWarning, type HousedRat } from '@/lib/domain/placements';
import { moveRatInput } from '@/lib/validation/placement';

const NOW = new Date('2026-03-14T12:00:00Z');
const rat = (name: string, extra: Partial<HousedRat> = {}): HousedRat => ({ name, sex: 'female', neuteredOn: null, birthDate: '2025-06-01', quarantine: null, ...extra });
const quarantine = (cohortId: number | null) => ({ cohortId, startedOn: '2026-03-01', plannedEndOn: '2026-03-22', endedOn: null });

describe('joining a cage group', () => {
  it('lets any rat join an empty cage group', () => {
    expect(canJoinCageGroup(rat('Rocco', { sex: 'male' }), [], NOW, DEFAULT_POLICY)).toEqual({ ok: true });
  });

  it('refuses an intact male joining females, naming him first', () => {
    const decision = canJoinCageGroup(rat('Rocco', { sex: 'male' }), [rat('Hazel'), rat('Poppy')], NOW, DEFAULT_POLICY);
    expect(decision).toEqual({ ok: false, reason: expect.stringMatching(/^Rocco is an intact male and Hazel is female/) });
  });

  it('refuses a male neutered less than the post-neuter days ago, and lets him join after', () => {
    const recent = rat('Brutus', { sex: 'male', neuteredOn: '2026-03-01' });
    expect(canJoinCageGroup(recent, [rat('Hazel')], NOW, DEFAULT_POLICY).ok).toBe(false);
    const sterile = rat('Truffle', { sex: 'male', neuteredOn: '2026-01-01' });
    expect(canJoinCageGroup(sterile, [rat('Hazel')], NOW, DEFAULT_POLICY)).toEqual({ ok: true });
  });

  it('lets unweaned kittens stay with their mother whatever their sex', () => {
    const kitten = rat('Kit', { sex: 'male', birthDate: '2026-03-01' });
    expect(canJoinCageGroup(kitten, [rat('Mabel')], NOW, DEFAULT_POLICY)).toEqual({ ok: true });
  });

  it('lets quarantined rats share only with their own cohort', () => {
    expect(canJoinCageGroup(rat('Pip', { quarantine: quarantine(1) }), [rat('Dot', { quarantine: quarantine(1) })], NOW, DEFAULT_POLICY)).toEqual({ ok: true });
    expect(canJoinCageGroup(rat('Pip', { quarantine: quarantine(1) }), [rat('Dot', { quarantine: quarantine(2) })], NOW, DEFAULT_POLICY).ok).toBe(false);
    expect(canJoinCageGroup(rat('Pip'), [rat('Dot', { quarantine: quarantine(1) })], NOW, DEFAULT_POLICY)).toEqual({
      ok: false,
      reason: 'Dot is in quarantine until 22 Mar and may not meet Pip, who is not in quarantine.',
    });
  });
});

describe('moving a rat', () => {
  it('refuses to move a rat that has left care', () => {
    expect(canMoveRat({ name: 'Pepper', status: 'adopted' }).ok).toBe(false);
    expect(canMoveRat({ name: 'Luna', status: 'returned' })).toEqual({ ok: true });
  });

  it('warns about a rat left alone outside quarantine, but not one in quarantine or a pair', () => {
    expect(soloWarning({ name: 'Sage & Thyme', members: [rat('Sage')] }, NOW)).toMatch(/^Sage is now alone in Sage & Thyme\. Rats must never be kept alone/);
    expect(soloWarning({ name: 'Clover', members: [rat('Clover', { quarantine: quarantine(3) })] }, NOW)).toBeNull();
    expect(soloWarning({ name: 'Pair', members: [rat('A'), rat('B')] }, NOW)).toBeNull();
    expect(soloWarning({ name: 'Empty', members: [] }, NOW)).toBeNull();
  });

  it('reads the destination as an existing cage group or a new cage group in a home, which then needs a name', () => {
    const toGroup = moveRatInput.safeParse({ ratId: '3', to: 'group:7', reason: 'Bonded' });
    expect(toGroup.success && toGroup.data.to).toEqual({ kind: 'group', groupId: 7 });
    const unnamed = moveRatInput.safeParse({ ratId: '3', to: 'home:2', newGroupName: '', reason: 'Space' });
    expect(unnamed.success).toBe(false);
    expect(unnamed.error?.issues[0]).toMatchObject({ path: ['newGroupName'] });
    const noReason = moveRatInput.safeParse({ ratId: '3', to: 'group:7', reason: ' ' });
    expect(noReason.error?.issues[0].message).toBe('Say why, in a few words: it is kept in the history.');
  });
});
