import { describe, expect, it } from 'vitest';
import { adopterInput, adoptionInput, parseAdopterListQuery } from '@/lib/validation/adopter';

const application = {
  name: 'Sam Carter',
  existingRatsCount: '2',
  existingRatsFemales: '1',
  existingRatsMales: '0',
  existingRatsNeuteredMales: '1',
  experience: 'some',
  otherPets: ['cats'],
};

describe('adopter validation', () => {
  it('accepts an application whose rats by sex add up to at most the rats they have', () => {
    expect(adopterInput.safeParse(application).success).toBe(true);
  });

  it('refuses rats by sex that add up to more than the rats they have, on the count field', () => {
    const result = adopterInput.safeParse({ ...application, existingRatsFemales: '2' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['existingRatsCount'],
      message: 'The females, intact males and neutered males add up to more than the rats they have: check the numbers.',
    });
  });

  it('requires a name and says so', () => {
    expect(adopterInput.safeParse({ ...application, name: ' ' }).error?.issues[0].message).toBe('Enter the adopter’s name.');
  });

  it('reads the adoption fee as pounds and pence, stored in pence, and refuses anything else', () => {
    const base = { adopterId: '1', adoptedOn: '2026-11-20', ratIds: ['3', '4'] };
    expect(adoptionInput.parse({ ...base, fee: '25.5' }).fee).toBe(2550);
    expect(adoptionInput.parse({ ...base, fee: '' }).fee).toBe(0);
    expect(adoptionInput.safeParse({ ...base, fee: '-3' }).error?.issues[0].message).toBe('Enter the fee as an amount, like 25 or 25.50 (0 for none).');
  });

  it('requires at least one rat in an adoption', () => {
    expect(adoptionInput.safeParse({ adopterId: '1', adoptedOn: '2026-11-20', ratIds: [] }).error?.issues[0].message).toBe('Choose the rats that leave together.');
  });

  it('reads the list’s URL state, falling back to defaults for anything unknown', () => {
    expect(parseAdopterListQuery({ q: 'sam', approval: 'approved', rats: 'with', page: '2' })).toEqual({ q: 'sam', approval: 'approved', rats: 'with', page: 2 });
    expect(parseAdopterListQuery({ approval: 'maybe', rats: 'lots', page: '-4' })).toEqual({ q: '', approval: null, rats: null, page: 1 });
  });
});
