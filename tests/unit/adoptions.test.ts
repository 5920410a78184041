import { describe, expect, it } from 'vitest';
import { checkAdoption, canReturn, leftAloneWarnings, returnDateAllowed, type AdoptionCheckInput, type LeavingRat } from '@/lib/domain/adoptions';
import { DEFAULT_POLICY } from '@/lib/domain/policy';

const NOW = new Date('2026-11-24T12:00:00Z');
const none = { count: 0, females: 0, males: 0, neuteredMales: 0 };

function rat(id: number, name: string, overrides: Partial<LeavingRat> = {}): LeavingRat {
  return { id, name, sex: 'female', neuteredOn: null, birthDate: '2026-03-01', status: 'available', quarantine: null, ...overrides };
}

function input(overrides: Partial<AdoptionCheckInput> = {}): AdoptionCheckInput {
  return {
    adopter: { name: 'Sam Carter', approval: 'approved', rats: none },
    adoptedOn: '2026-11-24',
    rats: [rat(1, 'Pip'), rat(2, 'Bella')],
    cageMates: [],
    unmetReadiness: null,
    leftAloneReason: null,
    ...overrides,
  };
}

function refusal(i: AdoptionCheckInput): string[] {
  const result = checkAdoption(i, NOW, DEFAULT_POLICY);
  return !result.ok && result.kind === 'refused' ? result.reasons : [];
}

describe('adoption rules', () => {
  it('lets an approved adopter adopt a pair of available rats', () => {
    expect(checkAdoption(input(), NOW, DEFAULT_POLICY)).toEqual({ ok: true, warnings: [] });
  });

  it('refuses an adopter who is not approved, saying where the application stands', () => {
    expect(refusal(input({ adopter: { name: 'Sam Carter', approval: 'applied', rats: none } }))).toContain(
      'Sam Carter has applied but is not approved yet: only an approved adopter can adopt.',
    );
    expect(refusal(input({ adopter: { name: 'Sam Carter', approval: 'declined', rats: none } }))[0]).toMatch(/was declined/);
  });

  it('refuses an adoption with no rats chosen', () => {
    expect(refusal(input({ rats: [] }))).toContain('Choose the rats that leave together.');
  });

  it('refuses a rat that is not available or reserved', () => {
    expect(refusal(input({ rats: [rat(1, 'Pip', { status: 'in_care' }), rat(2, 'Bella')] }))).toContain(
      'Pip is in care, not available for adoption: only available or reserved rats can be adopted.',
    );
  });

  it('refuses a rat that is already adopted', () => {
    expect(refusal(input({ rats: [rat(1, 'Pip', { status: 'adopted' }), rat(2, 'Bella')] }))).toContain('Pip is already adopted.');
  });

  it('allows a reserved rat to be adopted', () => {
    expect(checkAdoption(input({ rats: [rat(1, 'Pip', { status: 'reserved' }), rat(2, 'Bella')] }), NOW, DEFAULT_POLICY).ok).toBe(true);
  });

  it('refuses a rat in quarantine, naming the day it ends', () => {
    const quarantine = { startedOn: '2026-11-10', plannedEndOn: '2026-12-01', endedOn: null };
    expect(refusal(input({ rats: [rat(1, 'Pip', { quarantine }), rat(2, 'Bella')] }))).toContain(
      'Pip is in quarantine until 1 Dec: release the quarantine before the adoption.',
    );
  });

  it('refuses a rat that is not ready, listing what it still lacks', () => {
    const unmetReadiness = new Map([[1, ['trust step 6 (now 3)', 'a health check in the last 60 days']]]);
    expect(refusal(input({ unmetReadiness }))).toContain('Pip is not ready for adoption yet: trust step 6 (now 3) and a health check in the last 60 days.');
  });

  it('refuses one rat leaving alone to an adopter without rats (minimum adoption group)', () => {
    expect(refusal(input({ rats: [rat(1, 'Pip')] }))).toContain(
      'Pip would leave alone: Sam Carter has no rats, and rats leave in groups of at least 2. Add a companion to the adoption.',
    );
  });

  it('lets one rat join an adopter whose rats it can live with', () => {
    const adopter = { name: 'Sam Carter', approval: 'approved' as const, rats: { count: 2, females: 2, males: 0, neuteredMales: 0 } };
    expect(checkAdoption(input({ adopter, rats: [rat(1, 'Pip')] }), NOW, DEFAULT_POLICY).ok).toBe(true);
  });

  it('refuses a female joining an adopter with intact males', () => {
    const adopter = { name: 'Sam Carter', approval: 'approved' as const, rats: { count: 2, females: 0, males: 2, neuteredMales: 0 } };
    expect(refusal(input({ adopter }))[0]).toBe('Pip is female and Sam Carter has 2 intact males: she cannot join intact males, or there will be a litter.');
  });

  it('refuses an intact male joining an adopter with females, and one rat alone then has no compatible company', () => {
    const adopter = { name: 'Sam Carter', approval: 'approved' as const, rats: { count: 2, females: 2, males: 0, neuteredMales: 0 } };
    const reasons = refusal(input({ adopter, rats: [rat(1, 'Rocco', { sex: 'male' })] }));
    expect(reasons[0]).toBe('Rocco is an intact male and Sam Carter has 2 females: he cannot join them, or there will be a litter.');
    expect(reasons[1]).toMatch(/Rocco would leave alone: Sam Carter’s rats cannot live with Rocco/);
  });

  it('counts a male neutered within the post-neuter window as intact towards the adopter’s females', () => {
    const adopter = { name: 'Sam Carter', approval: 'approved' as const, rats: { count: 1, females: 1, males: 0, neuteredMales: 0 } };
    const reasons = refusal(input({ adopter, rats: [rat(1, 'Rocco', { sex: 'male', neuteredOn: '2026-11-10' }), rat(2, 'Dex', { sex: 'male', neuteredOn: '2026-01-10' })] }));
    expect(reasons[0]).toMatch(/^Rocco is an intact male \(neutered on 10 Nov, he counts as intact until 8 Dec\)/);
  });

  it('refuses leaving rats that cannot live together (an intact male and a female)', () => {
    expect(refusal(input({ rats: [rat(1, 'Rocco', { sex: 'male' }), rat(2, 'Bella')] }))[0]).toMatch(/Rocco is an intact male and Bella is female/);
  });

  it('refuses an adoption dated in the future', () => {
    expect(refusal(input({ adoptedOn: '2026-12-01' }))).toContain('The adoption date is in the future: record the adoption on the day the rats leave.');
  });

  it('warns, and asks for a confirmed reason, when a rat is left behind alone', () => {
    const cageMates = [
      { ratId: 1, ratName: 'Pip', cageGroupId: 7, cageGroupName: 'Cage A', inQuarantine: false },
      { ratId: 2, ratName: 'Bella', cageGroupId: 7, cageGroupName: 'Cage A', inQuarantine: false },
      { ratId: 3, ratName: 'Moss', cageGroupId: 7, cageGroupName: 'Cage A', inQuarantine: false },
    ];
    const result = checkAdoption(input({ cageMates }), NOW, DEFAULT_POLICY);
    expect(result).toEqual({
      ok: false,
      kind: 'needs_confirmation',
      warnings: ['Moss would be left alone in Cage A: rats must never be kept alone. Plan an introduction, or add Moss to the adoption.'],
    });
    expect(checkAdoption(input({ cageMates, leftAloneReason: 'Moss joins the Willow girls next week' }), NOW, DEFAULT_POLICY)).toMatchObject({ ok: true });
  });

  it('does not warn for a rat left behind that is in quarantine, or one left with company', () => {
    const mates = (inQuarantine: boolean) => [
      { ratId: 1, ratName: 'Pip', cageGroupId: 7, cageGroupName: 'Cage A', inQuarantine: false },
      { ratId: 3, ratName: 'Moss', cageGroupId: 7, cageGroupName: 'Cage A', inQuarantine },
    ];
    expect(leftAloneWarnings([1], mates(true))).toEqual([]);
    expect(leftAloneWarnings([1], [...mates(false), { ratId: 4, ratName: 'Fern', cageGroupId: 7, cageGroupName: 'Cage A', inQuarantine: false }])).toEqual([]);
  });
});

describe('return rules', () => {
  it('returns only a rat that is still adopted and not returned yet', () => {
    expect(canReturn({ name: 'Pip', status: 'adopted', returnedOn: null })).toEqual({ ok: true });
    expect(canReturn({ name: 'Pip', status: 'returned', returnedOn: '2026-11-20' })).toEqual({ ok: false, reason: 'Pip was already returned on 20 Nov.' });
    expect(canReturn({ name: 'Pip', status: 'available', returnedOn: null }).ok).toBe(false);
  });

  it('refuses a return dated before the adoption or in the future', () => {
    expect(returnDateAllowed('2026-11-01', '2026-11-05', NOW)).toEqual({ ok: false, reason: 'The return cannot be before the adoption on 5 Nov.' });
    expect(returnDateAllowed('2026-11-30', '2026-11-05', NOW).ok).toBe(false);
    expect(returnDateAllowed('2026-11-20', '2026-11-05', NOW)).toEqual({ ok: true });
  });
});
