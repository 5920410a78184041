import { describe, expect, it } from 'vitest';
import { changesSince, describeConflict, mergeAfterConflict, profileFormValues, type ProfileSnapshot } from '@/lib/domain/rat-profile';

const base: ProfileSnapshot = {
  name: 'Pip',
  sex: 'female',
  neuteredOn: null,
  birthDate: '2025-09-01',
  birthDateEstimated: true,
  variety: 'agouti',
  markings: null,
  damId: null,
  sireId: null,
  notes: null,
  status: 'in_care',
};
const now = new Date('2026-03-10T15:00:00Z');

describe('what changed while a form was open', () => {
  it('lists each changed field with its old and new value, parents by name', () => {
    const current = { ...base, name: 'Pippa', damId: 7, status: 'available' as const };
    expect(changesSince(base, current, new Map([[7, 'Bella (R-2026-0007)']]))).toEqual([
      { field: 'name', label: 'name', from: 'Pip', to: 'Pippa' },
      { field: 'damId', label: 'dam', from: '(empty)', to: 'Bella (R-2026-0007)' },
      { field: 'status', label: 'status', from: 'In care', to: 'Available' },
    ]);
  });

  it('explains a refused edit: who, when, what, and that the person’s changes are kept', () => {
    const message = describeConflict({
      editors: [{ name: 'Sam Staff', at: new Date('2026-03-10T14:02:00Z') }],
      changes: changesSince(base, { ...base, name: 'Pippa' }),
      now,
    });
    expect(message).toBe(
      'Sam Staff changed this rat at 14:02 while you were editing: name Pip → Pippa. Your changes were not saved; they are still in the form — review them and save again.',
    );
  });

  it('names every editor and the time of the last change; an older change gets its date', () => {
    const message = describeConflict({
      editors: [
        { name: 'Sam Staff', at: new Date('2026-03-09T09:15:00Z') },
        { name: 'Casey Coordinator', at: new Date('2026-03-09T10:40:00Z') },
      ],
      changes: [],
      now,
      kind: 'status',
    });
    expect(message).toBe(
      'Sam Staff and Casey Coordinator changed this rat (last on 9 Mar at 10:40) while you were editing. Your status change was not saved: check the status below and try again if it still applies.',
    );
  });
});

describe('the form after a refused edit', () => {
  it('keeps the person’s own changes and refreshes the fields they did not touch', () => {
    const mine = { ...profileFormValues(base), markings: 'hooded' };
    const current = { ...base, name: 'Pippa' };
    const { values, collisions } = mergeAfterConflict(base, mine, current);
    expect(values.name).toBe('Pippa');
    expect(values.markings).toBe('hooded');
    expect(collisions).toEqual([]);
  });

  it('reports a field both people changed to different values, keeping the person’s value', () => {
    const mine = { ...profileFormValues(base), name: 'Pipkin' };
    const { values, collisions } = mergeAfterConflict(base, mine, { ...base, name: 'Pippa' });
    expect(values.name).toBe('Pipkin');
    expect(collisions).toEqual(['name']);
  });

  it('treats an unticked checkbox (absent from the form) as a change when it was ticked', () => {
    const { birthDateEstimated: _, ...mine } = profileFormValues(base);
    const { values } = mergeAfterConflict(base, mine, { ...base, name: 'Pippa' });
    expect(values.birthDateEstimated).toBe('');
  });
});
