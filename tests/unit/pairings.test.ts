import { describe, expect, it } from 'vitest';
import { expectedBirthWindow, pairingBlocks, pairingRefusal, putTogether, type PairingRat } from '@/lib/domain/pairings';
import { DEFAULT_POLICY } from '@/lib/domain/policy';

const doe: PairingRat = { id: 1, name: 'Hazel', sex: 'female', status: 'in_care', birthDate: '2026-06-01', neuteredOn: null, quarantineEndsOn: null, littersBefore: 0, pregnancyDueOn: null };
const buck: PairingRat = { id: 2, name: 'Bramble', sex: 'male', status: 'in_care', birthDate: '2026-03-01', neuteredOn: null, quarantineEndsOn: null, littersBefore: 0, pregnancyDueOn: null };
const plannedOn = '2026-11-20';

describe('planned pairing rules', () => {
  it('allows a grown doe in her first-litter ages and an intact buck, both in care and out of quarantine', () => {
    expect(pairingBlocks(doe, buck, plannedOn, DEFAULT_POLICY)).toEqual([]);
  });

  it('blocks a doe that is not female and a buck that is not male', () => {
    expect(pairingBlocks({ ...doe, sex: 'unknown' }, { ...buck, sex: 'female' }, plannedOn, DEFAULT_POLICY)).toEqual([
      'Hazel is not recorded as female, so she cannot be the doe of a pairing.',
      'Bramble is not recorded as male, so he cannot be the buck of a pairing.',
    ]);
  });

  it('blocks a neutered buck', () => {
    expect(pairingBlocks(doe, { ...buck, neuteredOn: '2026-08-01' }, plannedOn, DEFAULT_POLICY)).toEqual(['Bramble is neutered (on 1 Aug), so he cannot sire a litter.']);
  });

  it('blocks a rat in quarantine, naming the end date', () => {
    expect(pairingBlocks(doe, { ...buck, quarantineEndsOn: '2026-12-04' }, plannedOn, DEFAULT_POLICY)).toEqual([
      'Bramble is in quarantine until 4 Dec: quarantined rats meet no rat from outside their quarantine.',
    ]);
  });

  it('does not block a planned date after the planned end of a quarantine', () => {
    expect(pairingBlocks(doe, { ...buck, quarantineEndsOn: '2026-12-04' }, '2026-12-10', DEFAULT_POLICY, '2026-11-20')).toEqual([]);
  });

  it('blocks a rat still in quarantine once the planned date has come, even past its planned end', () => {
    expect(pairingBlocks(doe, { ...buck, quarantineEndsOn: '2026-11-18' }, '2026-11-20', DEFAULT_POLICY, '2026-11-20')).toHaveLength(1);
  });

  it('blocks a doe too young for a first litter per settings, naming the day she is old enough', () => {
    expect(pairingBlocks({ ...doe, birthDate: '2026-09-01' }, buck, plannedOn, DEFAULT_POLICY)).toEqual([
      'Hazel is too young for a first litter: 80 days old on 20 Nov, and a first litter waits until 120 days (30 Dec).',
    ]);
  });

  it('blocks a doe too old for a first litter per settings', () => {
    expect(pairingBlocks({ ...doe, birthDate: '2026-01-01' }, buck, plannedOn, DEFAULT_POLICY)).toEqual([
      'Hazel is too old for a first litter: 323 days old on 20 Nov, past the 240 days limit (29 Aug).',
    ]);
  });

  it('does not apply the first-litter ages to a doe who has had a litter', () => {
    expect(pairingBlocks({ ...doe, birthDate: '2026-01-01', littersBefore: 1 }, buck, plannedOn, DEFAULT_POLICY)).toEqual([]);
  });

  it('follows the first-litter ages in settings', () => {
    expect(pairingBlocks({ ...doe, birthDate: '2026-09-01' }, buck, plannedOn, { ...DEFAULT_POLICY, firstLitterMinAgeDays: 70 })).toEqual([]);
  });

  it('blocks a first litter when the doe has no date of birth', () => {
    expect(pairingBlocks({ ...doe, birthDate: null }, buck, plannedOn, DEFAULT_POLICY)).toEqual([
      "Hazel's date of birth is not recorded: a first litter needs her age to be known.",
    ]);
  });

  it('blocks a doe already on pregnancy watch and a rat not in care', () => {
    expect(pairingBlocks({ ...doe, pregnancyDueOn: '2026-12-01' }, { ...buck, status: 'adopted' }, plannedOn, DEFAULT_POLICY)).toEqual([
      "Bramble is not in the rescue's care, so Bramble cannot be paired.",
      'Hazel is already on pregnancy watch until 1 Dec.',
    ]);
  });

  it('joins several blocks into one refusal', () => {
    expect(pairingRefusal(['A is x.', 'B is y.'])).toBe('This pairing is blocked: A is x and B is y.');
  });
});

describe('putting a pair together', () => {
  it('opens the pregnancy watch on the doe from that day and expects kittens 21 to 23 days later', () => {
    const result = putTogether({ status: 'planned' }, doe, buck, plannedOn, DEFAULT_POLICY);
    expect(result).toEqual({
      ok: true,
      watch: { ratId: 1, kind: 'pregnancy', litterId: null, startedOn: '2026-11-20', dueOn: '2026-12-14', reason: 'Paired with Bramble on 20 Nov.' },
      window: { from: '2026-12-11', to: '2026-12-13' },
    });
  });

  it('is refused when the rules block the pairing on that day', () => {
    const result = putTogether({ status: 'planned' }, { ...doe, quarantineEndsOn: '2026-11-25' }, buck, plannedOn, DEFAULT_POLICY);
    expect(result).toEqual({ ok: false, reason: 'Hazel is in quarantine until 25 Nov: quarantined rats meet no rat from outside their quarantine.' });
  });

  it('is refused for a pairing already together', () => {
    expect(putTogether({ status: 'together' }, doe, buck, plannedOn, DEFAULT_POLICY)).toEqual({ ok: false, reason: 'This pairing is already together.' });
  });

  it('gives the expected birth window 21 to 23 days after the pairing', () => {
    expect(expectedBirthWindow('2026-12-30')).toEqual({ from: '2027-01-20', to: '2027-01-22' });
  });
});
