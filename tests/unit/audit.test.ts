import { describe, expect, it } from 'vitest';
import { changedFields } from '@/lib/domain/audit';

describe('changed fields for the audit trail', () => {
  it('records only the fields whose value changed, with before and after', () => {
    const before = { name: 'Pip', sex: 'female', notes: null as string | null };
    expect(changedFields(before, { name: 'Pippa', sex: 'female', notes: 'shy' }, ['name', 'sex', 'notes'])).toEqual({
      name: { from: 'Pip', to: 'Pippa' },
      notes: { from: null, to: 'shy' },
    });
  });

  it('ignores fields the edit did not include', () => {
    expect(changedFields({ a: 1, b: 2 }, { a: 1 }, ['a', 'b'])).toEqual({});
  });

  it('compares arrays by value, not by identity', () => {
    expect(changedFields({ pets: ['cats'] }, { pets: ['cats'] }, ['pets'])).toEqual({});
    expect(changedFields({ pets: ['cats'] }, { pets: ['cats', 'dogs'] }, ['pets'])).toEqual({
      pets: { from: ['cats'], to: ['cats', 'dogs'] },
    });
  });
});
