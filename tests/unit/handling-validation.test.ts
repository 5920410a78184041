import { describe, expect, it } from 'vitest';
import { handlingSessionInput, temperamentAssessmentInput } from '@/lib/validation/handling';

const now = new Date('2025-11-23T12:00:00Z');
const schema = handlingSessionInput(now);

const rat = { ratId: '12', highestStep: '3', confidence: '4' };
const session = { rats: [rat], sessionAt: '2025-11-23T11:30:00Z', durationMinutes: '20', techniques: ['spoon_soft_food'] };

function messages(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

const withRat = (extra: Record<string, unknown>) => schema.safeParse({ ...session, rats: [{ ...rat, ...extra }] });

describe('handling session input', () => {
  it('accepts a session typed into the form and fills in the defaults', () => {
    const result = schema.safeParse(session);
    expect(result.success && result.data).toEqual({
      rats: [{ ratId: 12, highestStep: 3, positiveSigns: [], stressSigns: [], biteGrade: 'none', confidence: 4 }],
      sessionAt: new Date('2025-11-23T11:30:00Z'),
      durationMinutes: 20,
      techniques: ['spoon_soft_food'],
    });
  });

  it('needs at least one rat', () => {
    expect(messages(schema.safeParse({ ...session, rats: [] })).rats).toBe('Choose at least one rat.');
  });

  it('refuses the same rat twice in one session', () => {
    expect(messages(schema.safeParse({ ...session, rats: [rat, rat] })).rats).toBe('Each rat can be in a session only once.');
  });

  it('a step out of range is refused with a clear message', () => {
    expect(messages(withRat({ highestStep: '9' }))['rats.0.highestStep']).toBe('The trust step goes from 0 to 8.');
    expect(messages(withRat({ highestStep: -1 }))['rats.0.highestStep']).toBe('The trust step goes from 0 to 8.');
  });

  it('an empty step is refused, not read as step 0', () => {
    expect(messages(withRat({ highestStep: '' }))['rats.0.highestStep']).toBe('The trust step goes from 0 to 8.');
  });

  it('step 0 is a real step', () => {
    const result = withRat({ highestStep: '0' });
    expect(result.success && result.data.rats[0].highestStep).toBe(0);
  });

  it('a duration of zero or over 8 hours is refused', () => {
    for (const durationMinutes of ['0', '481', '12.5']) {
      expect(messages(schema.safeParse({ ...session, durationMinutes })).durationMinutes).toBe('A session lasts between 1 minute and 8 hours.');
    }
  });

  it('a duration of exactly 8 hours is accepted', () => {
    expect(schema.safeParse({ ...session, durationMinutes: 480 }).success).toBe(true);
  });

  it('a session in the future is refused', () => {
    const result = schema.safeParse({ ...session, sessionAt: '2025-11-23T12:10:00Z' });
    expect(messages(result).sessionAt).toMatch(/cannot be in the future/);
  });

  it('allows a couple of minutes of clock skew', () => {
    expect(schema.safeParse({ ...session, sessionAt: '2025-11-23T12:01:30Z' }).success).toBe(true);
  });

  it('asks when the session happened when the time is missing or unreadable', () => {
    expect(messages(schema.safeParse({ ...session, sessionAt: 'yesterday-ish' })).sessionAt).toBe('Enter when the session happened.');
  });

  it('an unknown technique is refused', () => {
    const result = schema.safeParse({ ...session, techniques: ['scent', 'juggling'] });
    expect(messages(result)['techniques.1']).toBe('“juggling” is not a technique Ratwise knows.');
  });

  it('an unknown stress sign is refused and named', () => {
    expect(messages(withRat({ stressSigns: ['sulking'] }))['rats.0.stressSigns.0']).toBe('“sulking” is not a stress sign Ratwise knows.');
  });

  it('reads a single checked box as a list of one, without repeats', () => {
    const result = schema.safeParse({ ...session, techniques: 'scent', rats: [{ ...rat, positiveSigns: ['bruxing', 'bruxing'] }] });
    expect(result.success && [result.data.techniques, result.data.rats[0].positiveSigns]).toEqual([['scent'], ['bruxing']]);
  });

  it('an unknown bite grade is refused', () => {
    expect(messages(withRat({ biteGrade: 'chomp' }))['rats.0.biteGrade']).toMatch(/how hard it bit/);
  });

  it('confidence goes from 1 to 5', () => {
    expect(messages(withRat({ confidence: '6' }))['rats.0.confidence']).toBe('Rate your confidence from 1 to 5.');
  });

  it('a note longer than 2000 characters is refused', () => {
    expect(messages(withRat({ note: 'x'.repeat(2001) }))['rats.0.note']).toBe('Keep the note to 2000 characters or fewer.');
  });

  it('a blank note is dropped', () => {
    const result = withRat({ note: '   ' });
    expect(result.success).toBe(true);
    expect(result.data?.rats[0].note).toBeUndefined();
  });
});

describe('temperament assessment input', () => {
  const assessment = {
    approach: '2',
    handlingTolerance: '1',
    newSpaceConfidence: '3',
    ratSociability: '5',
    biteRisk: 'high',
    backgroundCauses: ['poor_handling_or_trauma'],
    fearTriggers: ['picked_up_from_above'],
    category: 'defensive',
    notes: 'Lunges at hands from above.',
  };

  it('accepts a complete assessment with numbers from the form', () => {
    const result = temperamentAssessmentInput.safeParse(assessment);
    expect(result.success && [result.data.approach, result.data.ratSociability]).toEqual([2, 5]);
  });

  it('a score outside 1 to 5 is refused and names the score', () => {
    const result = temperamentAssessmentInput.safeParse({ ...assessment, newSpaceConfidence: '0' });
    expect(messages(result).newSpaceConfidence).toBe('Score confidence in a new space from 1 to 5.');
  });

  it('needs a bite risk and a category', () => {
    const result = temperamentAssessmentInput.safeParse({ ...assessment, biteRisk: '', category: undefined });
    expect(messages(result)).toMatchObject({ biteRisk: 'Choose a bite risk: low, medium or high.', category: 'Choose a temperament category.' });
  });

  it('an unknown fear trigger is refused and named', () => {
    const result = temperamentAssessmentInput.safeParse({ ...assessment, fearTriggers: ['thunder'] });
    expect(messages(result)['fearTriggers.0']).toBe('“thunder” is not a fear trigger Ratwise knows.');
  });
});
