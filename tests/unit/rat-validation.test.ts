import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES } from '@/lib/photos';
import { profileBaseInput, ratPhotoUploadInput, ratProfileInput, ratStatusInput, type ParentCandidate } from '@/lib/validation/rat';

const now = new Date('2026-03-10T12:00:00Z');
const parents = new Map<number, ParentCandidate>([
  [2, { name: 'Bella', sex: 'female' }],
  [3, { name: 'Rocco', sex: 'male' }],
  [4, { name: 'Smudge', sex: 'unknown' }],
]);
const schema = ratProfileInput({ now, parents });

const form = { ratId: '1', version: '3', name: 'Pip', sex: 'female', birthDate: '2025-09-01', neuteredOn: '', variety: 'agouti', markings: '', damId: '', sireId: '', notes: '' };

function messages(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

const parse = (extra: Record<string, unknown>) => schema.safeParse({ ...form, ...extra });

describe('rat profile input', () => {
  it('reads the form: empty optional fields become null, the estimated checkbox a boolean', () => {
    const result = parse({ birthDateEstimated: 'on' });
    expect(result.success && result.data).toEqual({
      ratId: 1,
      version: 3,
      name: 'Pip',
      sex: 'female',
      birthDate: '2025-09-01',
      birthDateEstimated: true,
      neuteredOn: null,
      variety: 'agouti',
      markings: null,
      damId: null,
      sireId: null,
      notes: null,
    });
    const unticked = parse({});
    expect(unticked.success && unticked.data.birthDateEstimated).toBe(false);
  });

  it('needs a name (spaces alone are not one)', () => {
    expect(messages(parse({ name: '   ' })).name).toBe('Enter a name.');
  });

  it('refuses a birth date in the future', () => {
    expect(messages(parse({ birthDate: '2026-04-01' })).birthDate).toMatch(/^The birth date is in the future/);
  });

  it('accepts today typed in a time zone ahead of UTC', () => {
    expect(parse({ birthDate: '2026-03-11' }).success).toBe(true);
  });

  it('refuses a birth date that would make the rat older than six years (a typo in the year)', () => {
    expect(messages(parse({ birthDate: '2016-03-01' })).birthDate).toMatch(/more than six years old/);
  });

  it('refuses a neutered-on date before the birth date', () => {
    expect(messages(parse({ neuteredOn: '2025-08-01' })).neuteredOn).toBe('The neutered-on date is before the birth date.');
  });

  it('refuses a neutered-on date in the future', () => {
    expect(messages(parse({ neuteredOn: '2026-05-01' })).neuteredOn).toMatch(/in the future/);
  });

  it('allows a female with a neutered-on date (spayed)', () => {
    expect(parse({ sex: 'female', neuteredOn: '2026-01-15' }).success).toBe(true);
  });

  it('refuses a date that is not a date', () => {
    expect(messages(parse({ birthDate: '31/02/2025' })).birthDate).toBe('Enter the birth date as a date, like 2025-11-02.');
  });

  it('needs a dam to be female and a sire to be male', () => {
    expect(messages(parse({ damId: '3' })).damId).toBe('Rocco is male: a dam must be female.');
    expect(messages(parse({ sireId: '2' })).sireId).toBe('Bella is female: a sire must be male.');
    expect(messages(parse({ sireId: '4' })).sireId).toBe('Smudge is not sexed yet: a sire must be male.');
    expect(parse({ damId: '2', sireId: '3' }).success).toBe(true);
  });

  it('refuses a rat as its own parent', () => {
    const own = ratProfileInput({ now, parents: new Map([[1, { name: 'Pip', sex: 'female' }]]) });
    expect(messages(own.safeParse({ ...form, damId: '1' })).damId).toBe('A rat cannot be its own dam.');
    expect(messages(own.safeParse({ ...form, sireId: '1' })).sireId).toBe('A rat cannot be its own sire.');
  });

  it('refuses a parent that is not among the rats offered', () => {
    expect(messages(parse({ damId: '99' })).damId).toBe('Choose a dam from the list.');
  });

  it('refuses an unknown sex and a missing version', () => {
    const result = messages(parse({ sex: 'hermaphrodite', version: '' }));
    expect(result.sex).toBe('Choose female, male or unknown.');
    expect(result.version).toMatch(/Reload the page/);
  });
});

describe('profile base (hidden field)', () => {
  it('reads the rat as the form was opened', () => {
    const base = { name: 'Pip', sex: 'female', neuteredOn: null, birthDate: '2025-09-01', birthDateEstimated: true, variety: null, markings: null, damId: null, sireId: 3, notes: null, status: 'in_care', auditId: 12 };
    const result = profileBaseInput.safeParse(JSON.stringify(base));
    expect(result.success && result.data).toEqual(base);
  });

  it('refuses a damaged base instead of throwing', () => {
    expect(profileBaseInput.safeParse('{not json').success).toBe(false);
    expect(profileBaseInput.safeParse(JSON.stringify({ name: 'Pip' })).success).toBe(false);
  });
});

describe('rat status input', () => {
  it('reads a status change, an empty reason being an empty string', () => {
    const result = ratStatusInput.safeParse({ ratId: '1', version: '2', status: 'available' });
    expect(result.success && result.data).toEqual({ ratId: 1, version: 2, auditId: 0, status: 'available', reason: '' });
  });

  it('refuses a status that does not exist', () => {
    expect(messages(ratStatusInput.safeParse({ ratId: '1', version: '2', status: 'lost' })).status).toBe('Choose the new status.');
  });

  it('refuses a reason longer than 500 characters', () => {
    expect(ratStatusInput.safeParse({ ratId: '1', version: '2', status: 'deceased', reason: 'x'.repeat(501) }).success).toBe(false);
  });
});

describe('rat photo upload input', () => {
  const file = (size: number, name = 'pip.png') => new File([new Uint8Array(size)], name, { type: 'image/png' });

  it('accepts a photo up to 8 MB with an optional caption', () => {
    const result = ratPhotoUploadInput.safeParse({ ratId: '1', caption: '  First day out  ', photo: file(1024) });
    expect(result.success && result.data.caption).toBe('First day out');
  });

  it('needs a file (an empty file input sends an empty file)', () => {
    expect(messages(ratPhotoUploadInput.safeParse({ ratId: '1', photo: file(0, '') })).photo).toBe('Choose a photo to upload.');
    expect(messages(ratPhotoUploadInput.safeParse({ ratId: '1', photo: null })).photo).toBe('Choose a photo to upload.');
  });

  it('refuses a photo over 8 MB and says how large it is', () => {
    expect(messages(ratPhotoUploadInput.safeParse({ ratId: '1', photo: file(MAX_PHOTO_BYTES + 1) })).photo).toBe(
      'That photo is 8.1 MB: the limit is 8 MB. Choose a smaller one.',
    );
    expect(messages(ratPhotoUploadInput.safeParse({ ratId: '1', photo: file(9.5 * 1024 * 1024) })).photo).toMatch(/^That photo is 9.5 MB/);
  });
});
