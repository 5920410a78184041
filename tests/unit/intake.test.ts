import { describe, expect, it } from 'vitest';
import { arrivalReason, arrivalTime, birthDateFromAge, intakeTitle, nameOrCode, splitIntoCageGroups } from '@/lib/domain/intake';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { canLiveTogether } from '@/lib/domain/sex-safety';
import type { Sex } from '@/lib/domain/vocabulary';
import { intakeFormData, intakeInput, intakeRowsFrom, isBlankRow } from '@/lib/validation/intake';

const NOW = new Date('2026-03-14T15:00:00Z');

function messages(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('splitting an intake into cage groups', () => {
  const sexes: Sex[] = ['male', 'female', 'unknown', 'female', 'male'];

  it('houses females, males and unsexed rats apart, one cage group per sex present, in that order', () => {
    expect(splitIntoCageGroups(sexes.map((sex) => ({ sex })), 'Hoarding case 14 Mar 2026')).toEqual([
      { sex: 'female', name: 'Hoarding case 14 Mar 2026 — females', rowIndexes: [1, 3] },
      { sex: 'male', name: 'Hoarding case 14 Mar 2026 — males', rowIndexes: [0, 4] },
      { sex: 'unknown', name: 'Hoarding case 14 Mar 2026 — unknown sex', rowIndexes: [2] },
    ]);
  });

  it('gives a single-sex intake one cage group', () => {
    expect(splitIntoCageGroups([{ sex: 'female' }, { sex: 'female' }], 'Stray 1 Mar 2026').map((g) => g.name)).toEqual(['Stray 1 Mar 2026 — females']);
  });

  it('never puts an intact male with a female or an unsexed rat with either: every group passes the sex-safety rule', () => {
    const rats = sexes.map((sex, i) => ({ name: `Rat ${i}`, sex, neuteredOn: null, birthDate: '2025-10-01' }));
    for (const group of splitIntoCageGroups(rats, 'x')) {
      expect(canLiveTogether(group.rowIndexes.map((i) => rats[i]), NOW, DEFAULT_POLICY)).toEqual({ ok: true });
    }
  });
});

describe('intake dates and names', () => {
  it('counts an age in weeks back from the intake date to an estimated birth date', () => {
    expect(birthDateFromAge('2026-03-14', 10)).toBe('2026-01-03');
    expect(birthDateFromAge('2026-03-14', 0)).toBe('2026-03-14');
  });

  it('titles an intake by its source and date', () => {
    expect(intakeTitle({ sourceType: 'owner_surrender', intakeDate: '2026-03-04' })).toBe('Owner surrender 4 Mar 2026');
  });

  it('dates the arrival now when recorded on the day, and at midday of the intake date when recorded later', () => {
    expect(arrivalTime('2026-03-14', NOW)).toEqual(NOW);
    expect(arrivalTime('2026-03-10', NOW)).toEqual(new Date('2026-03-10T12:00:00Z'));
  });

  it('gives the first status the source in words, with details when known', () => {
    expect(arrivalReason({ sourceType: 'stray', sourceDetails: null })).toBe('Arrived: Stray');
    expect(arrivalReason({ sourceType: 'hoarding', sourceDetails: 'Council referral' })).toBe('Arrived: Hoarding case (Council referral)');
  });

  it('names a rat recorded without a name after its rescue code', () => {
    expect(nameOrCode('  ', 'R-2026-0007')).toBe('R-2026-0007');
    expect(nameOrCode(' Pip ', 'R-2026-0007')).toBe('Pip');
  });
});

describe('intake input', () => {
  const base = { intakeDate: '2026-03-14', sourceType: 'hoarding', mixedSex: 'on' };

  it('turns an age in weeks into an estimated birth date and drops blank rows', () => {
    const result = intakeInput.safeParse({ ...base, rats: [{ name: 'Pip', sex: 'female', ageWeeks: '10' }, { name: '', sex: '' }, { name: 'Dot', sex: 'male', birthDate: '2025-12-01' }] });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.mixedSex).toBe(true);
    expect(result.data.rats.map((r) => [r.name, r.birthDate, r.birthDateEstimated, r.rowIndex])).toEqual([
      ['Pip', '2026-01-03', true, 0],
      ['Dot', '2025-12-01', true, 2],
    ]);
  });

  it('treats a birth date typed for a rat born in care as known, not estimated', () => {
    const result = intakeInput.safeParse({ ...base, sourceType: 'born_in_care', rats: [{ name: 'Kit', sex: 'unknown', birthDate: '2026-03-01' }] });
    expect(result.success && result.data.rats[0].birthDateEstimated).toBe(false);
  });

  it('asks for a sex on the row the person sees, even after a blank row', () => {
    const result = intakeInput.safeParse({ ...base, rats: [{ name: 'Pip', sex: 'female' }, {}, { name: 'Dot' }] });
    expect(messages(result)).toEqual({ 'rats.2.sex': 'Choose female, male or unknown.' });
  });

  it('refuses a birth date and an age on the same row, and a birth date after the intake', () => {
    const result = intakeInput.safeParse({
      ...base,
      rats: [
        { name: 'Both', sex: 'female', birthDate: '2026-01-01', ageWeeks: '4' },
        { name: 'Future', sex: 'female', birthDate: '2026-04-01' },
      ],
    });
    expect(messages(result)).toEqual({
      'rats.0.ageWeeks': 'Give a birth date or an age, not both.',
      'rats.1.birthDate': 'The birth date is after the intake date.',
    });
  });

  it('needs at least one rat, a source and a real date', () => {
    const result = intakeInput.safeParse({ intakeDate: '2026-02-30', sourceType: '', rats: [{ name: '' }] });
    expect(messages(result)).toMatchObject({
      intakeDate: 'Enter a real date, like 2026-03-14.',
      sourceType: 'Choose where the rats came from.',
      rats: 'Add at least one rat.',
    });
  });

  it('refuses an age in weeks that is not a whole number or is implausibly old', () => {
    const result = intakeInput.safeParse({ ...base, rats: [{ sex: 'male', ageWeeks: '3.5' }, { sex: 'male', ageWeeks: '900' }] });
    expect(messages(result)).toEqual({ 'rats.0.ageWeeks': 'Enter the age as whole weeks.', 'rats.1.ageWeeks': 'An age above 520 weeks is surely a typo.' });
  });

  it('refuses an intake dated in the future', () => {
    const result = intakeInput.safeParse({ ...base, intakeDate: '2999-01-01', rats: [{ sex: 'male' }] });
    expect(messages(result).intakeDate).toBe('The intake date cannot be in the future.');
  });
});

describe('intake form data', () => {
  it('gathers rats.<row>.<field> inputs into rows in row order', () => {
    expect(
      intakeRowsFrom([
        ['rats.1.name', 'Dot'],
        ['rats.0.name', 'Pip'],
        ['rats.0.sex', 'female'],
        ['sourceType', 'stray'],
      ]),
    ).toEqual([{ name: 'Pip', sex: 'female' }, { name: 'Dot' }]);
  });

  it('keeps the intake fields beside the rows', () => {
    const form = new FormData();
    form.set('intakeDate', '2026-03-14');
    form.set('rats.0.name', 'Pip');
    expect(intakeFormData(form)).toEqual({ intakeDate: '2026-03-14', rats: [{ name: 'Pip' }] });
  });

  it('counts a row with only spaces as blank', () => {
    expect(isBlankRow({ name: '  ', sex: '' })).toBe(true);
    expect(isBlankRow({ name: '', sex: 'male' })).toBe(false);
  });
});
