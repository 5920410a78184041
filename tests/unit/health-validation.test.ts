import { describe, expect, it } from 'vitest';
import { healthEventInput, healthFormObject } from '@/lib/validation/health';
import { litterInput } from '@/lib/validation/litters';

const now = new Date('2026-11-20T12:00:00Z');
const schema = healthEventInput(now);

function errors(form: Record<string, unknown>): Record<string, string> {
  const result = schema.safeParse(form);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.') || 'form', i.message]));
}

describe('health event validation', () => {
  it('accepts a weight between 1 and 2000 g and refuses 0 or 5000 with a clear message', () => {
    expect(schema.parse({ kind: 'weight', occurredOn: '2026-11-19', weightGrams: '412' })).toMatchObject({ weightGrams: 412 });
    expect(errors({ kind: 'weight', occurredOn: '2026-11-19', weightGrams: '0' })).toEqual({ weightGrams: 'Enter a weight between 1 and 2000 grams.' });
    expect(errors({ kind: 'weight', occurredOn: '2026-11-19', weightGrams: '5000' })).toEqual({ weightGrams: 'Enter a weight between 1 and 2000 grams.' });
    expect(errors({ kind: 'weight', occurredOn: '2026-11-19', weightGrams: '' })).toEqual({ weightGrams: 'Enter a weight between 1 and 2000 grams.' });
  });

  it('refuses a date in the future, and one that is not a real date', () => {
    expect(errors({ kind: 'weight', occurredOn: '2026-11-21', weightGrams: '300' })).toEqual({ occurredOn: 'The date cannot be in the future.' });
    expect(errors({ kind: 'weight', occurredOn: '2026-02-30', weightGrams: '300' })).toEqual({ occurredOn: 'Enter a real date.' });
    expect(errors({ kind: 'weight', weightGrams: '300' })).toEqual({ occurredOn: 'Enter the date.' });
  });

  it('needs at least one symptom for an illness, and a note when the symptom is “other”', () => {
    expect(errors({ kind: 'illness', occurredOn: '2026-11-19', symptoms: [] })).toEqual({ symptoms: 'Choose at least one symptom (or Other, and describe it in the note).' });
    expect(errors({ kind: 'illness', occurredOn: '2026-11-19', symptoms: ['other'] })).toEqual({ notes: 'Describe the other symptom in the note.' });
    expect(schema.parse({ kind: 'illness', occurredOn: '2026-11-19', symptoms: 'sneezing' })).toMatchObject({ symptoms: ['sneezing'] });
  });

  it('needs the clinic for a vet visit', () => {
    expect(errors({ kind: 'vet_visit', occurredOn: '2026-11-19', vetClinic: '  ' })).toEqual({ vetClinic: 'Enter the vet clinic.' });
  });

  it('needs the medicine, dose and start of a course, and refuses an end before the start', () => {
    expect(errors({ kind: 'medication', courseStartOn: '2026-11-19' })).toEqual({
      medication: 'Enter the medication.',
      dose: 'Enter the dose and how often it is given.',
    });
    expect(errors({ kind: 'medication', medication: 'Baytril', dose: '0.1 ml', courseStartOn: '2026-11-19', courseEndOn: '2026-11-18' })).toEqual({
      courseEndOn: 'The course cannot end before it starts.',
    });
    expect(schema.parse({ kind: 'medication', medication: 'Baytril', dose: '0.1 ml', courseStartOn: '2026-11-19', courseEndOn: '2026-12-01' })).toMatchObject({ courseEndOn: '2026-12-01' });
  });

  it('scores each grimace unit 0-2, and all four or none', () => {
    expect(errors({ kind: 'health_check', occurredOn: '2026-11-19', grimaceOrbital: '3', grimaceNoseCheek: '0', grimaceEars: '0', grimaceWhiskers: '0' })).toEqual({
      grimaceOrbital: 'Score each action unit 0, 1 or 2.',
    });
    expect(Object.keys(errors({ kind: 'health_check', occurredOn: '2026-11-19', grimaceOrbital: '1' })).sort()).toEqual(['grimaceEars', 'grimaceNoseCheek', 'grimaceWhiskers']);
    expect(schema.parse({ kind: 'illness', occurredOn: '2026-11-19', symptoms: ['lethargy'], grimaceOrbital: '1', grimaceNoseCheek: '2', grimaceEars: '0', grimaceWhiskers: '1' })).toMatchObject({
      grimaceOrbital: 1,
      grimaceNoseCheek: 2,
    });
  });

  it('needs a note for a neuter review and a ticked confirmation for a death', () => {
    expect(errors({ kind: 'neuter_review', occurredOn: '2026-11-19', notes: '' })).toEqual({ notes: 'Write what was decided about neutering.' });
    expect(errors({ kind: 'death', occurredOn: '2026-11-19' })).toEqual({ confirmDeath: 'Tick the box to confirm the death.' });
  });

  it('refuses an unknown kind', () => {
    expect(errors({ kind: 'haircut', occurredOn: '2026-11-19' })).toEqual({ kind: 'Choose what you are recording.' });
  });

  it('reads repeated symptom fields from a form as a list', () => {
    const form = new FormData();
    form.append('kind', 'illness');
    form.append('symptoms', 'sneezing');
    form.append('symptoms', 'porphyrin');
    expect(healthFormObject(form)).toEqual({ kind: 'illness', symptoms: ['sneezing', 'porphyrin'] });
  });
});

describe('litter validation', () => {
  const litter = litterInput(now);

  it('accepts a birth with an unknown sire and no deaths', () => {
    expect(litter.parse({ damId: '4', sireId: '', bornOn: '2026-11-19', aliveCount: '8', deadCount: '' })).toEqual({ damId: 4, bornOn: '2026-11-19', aliveCount: 8, deadCount: 0 });
  });

  it('refuses a litter born in the future, and one with no kitten at all', () => {
    const result = litter.safeParse({ damId: '4', bornOn: '2026-11-21', aliveCount: '0', deadCount: '0' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['A litter cannot be born in the future.', 'A litter has at least one kitten, alive or dead.']);
  });
});
