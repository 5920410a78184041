import { describe, expect, it } from 'vitest';
import { changedFieldsInWords, FOSTER_HOME_FIELD_LABELS, foldChanges, mergeStaleEdit, occupancyState } from '@/lib/domain/foster-homes';
import { fosterHomeFormData, fosterHomeFormValues, fosterHomeInput, toFosterHomeFormValues } from '@/lib/validation/foster-home';

function messages(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('occupancy', () => {
  it('flags a home over capacity when it holds more rats than places or more cage groups than cages', () => {
    expect(occupancyState({ ratCount: 14, capacityRats: 14, cageCount: 4, capacityCages: 4 })).toEqual({ ratsOver: false, cagesOver: false, over: false, message: null });
    expect(occupancyState({ ratCount: 15, capacityRats: 14, cageCount: 5, capacityCages: 4 })).toMatchObject({
      over: true,
      message: 'Over capacity: 15 rats for 14 places and 5 cage groups for 4 cages.',
    });
    expect(occupancyState({ ratCount: 1, capacityRats: 0, cageCount: 0, capacityCages: 0 }).message).toBe('Over capacity: 1 rat for 0 places.');
  });
});

describe('a stale edit', () => {
  const fields = ['name', 'phone', 'capacityRats', 'otherPets'] as const;
  type Home = { name: string; phone: string | null; capacityRats: number; otherPets: string[] };

  it('folds several saves into each field’s first and last value, dropping fields changed and changed back', () => {
    expect(
      foldChanges([
        { phone: { from: null, to: '0770' }, capacityRats: { from: 6, to: 8 } },
        { capacityRats: { from: 8, to: 10 }, phone: { from: '0770', to: null } },
      ]),
    ).toEqual({ capacityRats: { from: 6, to: 10 } });
  });

  it('keeps their changes and mine, and flags a field we both changed differently', () => {
    const base: Home = { name: 'Willow', phone: null, capacityRats: 6, otherPets: [] };
    const current: Home = { ...base, phone: '0770', capacityRats: 10 };
    const submitted: Home = { ...base, name: 'Willow House', capacityRats: 12 };
    const theirChanges = { phone: { from: null, to: '0770' }, capacityRats: { from: 6, to: 10 } };
    expect(mergeStaleEdit({ submitted, current, theirChanges, fields })).toEqual({
      merged: { name: 'Willow House', phone: '0770', capacityRats: 12, otherPets: [] },
      conflicts: ['capacityRats'],
    });
  });

  it('is no conflict when both made the same change, and lists compare whatever their order', () => {
    const current: Home = { name: 'Willow', phone: null, capacityRats: 10, otherPets: ['dogs', 'cats'] };
    const submitted: Home = { name: 'Willow', phone: '', capacityRats: 10, otherPets: ['cats', 'dogs'] };
    const theirChanges = { capacityRats: { from: 6, to: 10 }, otherPets: { from: [], to: ['dogs', 'cats'] } };
    expect(mergeStaleEdit({ submitted, current, theirChanges, fields }).conflicts).toEqual([]);
  });

  it('names the changed fields in words', () => {
    expect(changedFieldsInWords({ capacityRats: { from: 6, to: 8 }, phone: { from: null, to: 'x' } }, FOSTER_HOME_FIELD_LABELS)).toBe('capacity in rats and phone');
  });
});

describe('foster home input', () => {
  const valid = { name: 'Oak Barn', contactName: 'Margaret', area: 'Otley', capacityRats: '16', capacityCages: '5', experienceLevel: 'experienced' };

  it('refuses an empty name and a negative capacity with messages that say what to type', () => {
    expect(messages(fosterHomeInput.safeParse({ ...valid, name: '  ', capacityRats: '-1' }))).toEqual({
      name: 'Enter the home’s name, like “Willow House”.',
      capacityRats: 'Capacity in rats cannot be negative.',
    });
  });

  it('refuses a capacity that is not a whole number or is out of range', () => {
    expect(messages(fosterHomeInput.safeParse({ ...valid, capacityRats: '2.5', capacityCages: '500' }))).toEqual({
      capacityRats: 'Capacity in rats must be a whole number.',
      capacityCages: 'Capacity in cages must be at most 50 cages.',
    });
  });

  it('reads ticked boxes and repeated multi-select keys from the form', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(valid)) form.set(k, v);
    form.set('canQuarantine', 'on');
    form.append('otherPets', 'cats');
    form.append('otherPets', 'dogs');
    const result = fosterHomeInput.safeParse(fosterHomeFormData(form));
    expect(result.success && result.data).toMatchObject({ canQuarantine: true, hasChildren: false, otherPets: ['cats', 'dogs'], accepts: [], email: null });
    expect(fosterHomeFormValues(form)).toMatchObject({ otherPets: 'cats,dogs', accepts: '', canQuarantine: 'on' });
  });

  it('refuses a malformed email but accepts none', () => {
    expect(messages(fosterHomeInput.safeParse({ ...valid, email: 'not-an-email' })).email).toMatch(/valid email/);
    expect(fosterHomeInput.safeParse({ ...valid, email: '' }).success).toBe(true);
  });

  it('writes a home back into form values: lists joined, ticked boxes as on, empty as blank', () => {
    expect(
      toFosterHomeFormValues({
        name: 'Oak',
        contactName: 'M',
        email: null,
        phone: null,
        area: 'Otley',
        capacityRats: 16,
        capacityCages: 5,
        canQuarantine: true,
        otherPets: ['cats'],
        hasChildren: false,
        experienceLevel: 'some',
        accepts: [],
        notes: null,
        version: 3,
      }),
    ).toMatchObject({ email: '', capacityRats: '16', canQuarantine: 'on', hasChildren: '', otherPets: 'cats', accepts: '', version: '3' });
  });
});
