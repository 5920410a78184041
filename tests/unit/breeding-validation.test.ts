import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { parentInput, plannedPairingInput } from '@/lib/validation/pedigrees';
import { ratteryInput, settingsInput } from '@/lib/validation/settings';

const asForm = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));

describe('breeder settings', () => {
  it('refuses an oldest first-litter age that is not later than the youngest', () => {
    const result = settingsInput.safeParse(asForm({ ...DEFAULT_POLICY, firstLitterMinAgeDays: 200, firstLitterMaxAgeDays: 200 }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['firstLitterMaxAgeDays'], message: 'The oldest age for a first litter must be later than the youngest.' });
  });

  it('accepts a rattery name and a prefix of letters, spaces and apostrophes, trimmed', () => {
    expect(ratteryInput.parse({ name: ' Hawthorn Rattery ', kittenPrefix: "Hawthorn's " })).toEqual({ name: 'Hawthorn Rattery', kittenPrefix: "Hawthorn's" });
  });

  it('refuses a prefix with other characters', () => {
    expect(ratteryInput.safeParse({ name: '', kittenPrefix: 'Haw<thorn>' }).success).toBe(false);
  });
});

describe('pairing and parent input', () => {
  it('refuses the same rat as doe and buck', () => {
    const result = plannedPairingInput.safeParse({ doeId: '3', buckId: '3', plannedOn: '2026-12-01' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['buckId'], message: 'Choose two different rats.' });
  });

  it('needs a parent chosen unless the parent is being cleared', () => {
    expect(parentInput.safeParse({ role: 'dam', parentKind: 'rat', parentId: '', version: '1' }).success).toBe(false);
    expect(parentInput.parse({ role: 'dam', parentKind: 'none', parentId: '', version: '1' })).toEqual({ role: 'dam', parentKind: 'none', parentId: null, version: 1 });
  });
});
