import { describe, expect, it } from 'vitest';
import { newApplicationAlerts } from '@/lib/domain/application-alerts';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { APPLICATION_TOO_LARGE, applicationLimit, MAX_APPLICATION_BYTES } from '@/lib/domain/public-application';
import { refuseRequest } from '@/lib/request-checks';
import {
  ageBand,
  ageInWords,
  canList,
  feeInWords,
  isPubliclyShown,
  listingProblems,
  matchesFilters,
  sexInWords,
  spanInWords,
  temperamentSummary,
  timeInCareInWords,
  unitExperienceNeeded,
  unitSex,
  type ListingCandidate,
  type ListingRat,
} from '@/lib/domain/public-listing';

const NOW = new Date('2026-06-15T12:00:00Z');
const policy = DEFAULT_POLICY;

function rat(overrides: Partial<ListingRat> = {}): ListingRat {
  return {
    ratId: 1,
    name: 'Pip',
    sex: 'female',
    status: 'available',
    birthDate: '2025-10-15',
    birthDateEstimated: true,
    neuteredOn: null,
    variety: 'agouti',
    inCareSince: '2026-03-15',
    trustStep: 7,
    assessment: { category: 'confident', biteRisk: 'low' },
    photoId: null,
    ...overrides,
  };
}

function group(rats: ListingRat[], overrides: Partial<ListingCandidate> = {}): ListingCandidate {
  return { listingId: 1, kind: 'group', listed: true, joinsResidentRats: false, rats, cageMates: 0, ...overrides };
}

function single(r: ListingRat, overrides: Partial<ListingCandidate> = {}): ListingCandidate {
  return { listingId: 2, kind: 'rat', listed: true, joinsResidentRats: true, rats: [r], cageMates: 0, ...overrides };
}

describe('listing units', () => {
  it('shows a listed bonded pair when both rats are available', () => {
    expect(isPubliclyShown(group([rat({ name: 'Pip' }), rat({ ratId: 2, name: 'Squeak' })]), policy)).toBe(true);
  });

  it('hides a listed group as soon as one of its rats stops being available, naming the rat', () => {
    const unit = group([rat({ name: 'Pip' }), rat({ ratId: 2, name: 'Squeak', status: 'reserved' })]);
    expect(isPubliclyShown(unit, policy)).toBe(false);
    expect(listingProblems(unit, policy).join(' ')).toContain('Squeak is not available');
  });

  it('never shows a unit that is not listed', () => {
    expect(isPubliclyShown(group([rat(), rat({ ratId: 2, name: 'Squeak' })], { listed: false }), policy)).toBe(false);
  });

  it('refuses a cage group smaller than the minimum adoption group: rats leave together', () => {
    const decision = canList({ kind: 'group', joinsResidentRats: false, rats: [rat()], cageMates: 0 }, policy);
    expect(decision).toEqual({ ok: false, reason: expect.stringContaining('at least 2') });
  });

  it('shows a single rat only when it is flagged to join a home that already has rats', () => {
    expect(isPubliclyShown(single(rat(), { joinsResidentRats: true }), policy)).toBe(true);
    expect(isPubliclyShown(single(rat(), { joinsResidentRats: false }), policy)).toBe(false);
    expect(listingProblems(single(rat(), { joinsResidentRats: false }), policy).join(' ')).toContain('only to join a home that already has rats');
  });

  it('refuses listing a single rat that shares a cage: its cage group is listed instead', () => {
    expect(listingProblems(single(rat(), { cageMates: 1 }), policy).join(' ')).toContain('list the cage group');
  });

  it('refuses listing a rat that is not available', () => {
    expect(canList({ kind: 'rat', joinsResidentRats: true, rats: [rat({ status: 'in_care' })], cageMates: 0 }, policy).ok).toBe(false);
  });

  it('never shows a listing whose cage group has no rats left', () => {
    expect(isPubliclyShown(group([]), policy)).toBe(false);
  });
});

describe('temperament summary', () => {
  it('reads a confident rat at the top of the ladder as confident and cuddly', () => {
    expect(temperamentSummary(rat({ trustStep: 8, assessment: { category: 'confident', biteRisk: 'low' } }), policy)).toBe('Confident and cuddly');
  });

  it('says a shy rat below the ready step needs a patient home with rat experience', () => {
    expect(temperamentSummary(rat({ trustStep: 4, assessment: { category: 'shy', biteRisk: 'low' } }), policy)).toBe('Shy, needs a patient home with rat experience');
  });

  it('says a shy rat at the ready step is best with someone who has kept rats', () => {
    expect(temperamentSummary(rat({ trustStep: 6, assessment: { category: 'shy', biteRisk: 'low' } }), policy)).toBe('Shy and happy to be handled, best with someone who has kept rats before');
  });

  it('says a high bite risk needs an experienced home, whatever the category', () => {
    expect(temperamentSummary(rat({ trustStep: 7, assessment: { category: 'confident', biteRisk: 'high' } }), policy)).toMatch(/needs a patient home with rat experience$/);
  });

  it('describes a rat never assessed by its trust step alone', () => {
    expect(temperamentSummary(rat({ trustStep: 6, assessment: null }), policy)).toBe('Happy to be handled');
  });

  it('a unit needs the most experience any of its rats needs', () => {
    expect(unitExperienceNeeded([rat(), rat({ name: 'Shy', trustStep: 3 })], policy)).toBe('experienced');
    expect(unitExperienceNeeded([rat(), rat({ name: 'Easy' })], policy)).toBe('new');
  });
});

describe('listing words and filters', () => {
  it('gives an estimated age as "about"', () => {
    expect(ageInWords(rat({ birthDate: '2025-10-15', birthDateEstimated: true }), NOW)).toBe('About 8 months old');
    expect(ageInWords(rat({ birthDate: '2026-04-20', birthDateEstimated: false }), NOW)).toBe('8 weeks old');
    expect(ageInWords(rat({ birthDate: null }), NOW)).toBe('Age not known');
  });

  it('names the neuter status of males', () => {
    expect(sexInWords(rat({ sex: 'male', neuteredOn: '2026-01-01' }))).toBe('Neutered male');
    expect(sexInWords(rat({ sex: 'male', neuteredOn: null }))).toBe('Male (not neutered)');
    expect(sexInWords(rat({ sex: 'female' }))).toBe('Female');
  });

  it('counts time in care from the longest-staying rat', () => {
    expect(timeInCareInWords([rat({ inCareSince: '2026-05-01' }), rat({ inCareSince: '2026-03-15' })], NOW)).toBe('In our care for 3 months');
    expect(spanInWords(800)).toBe('2 years');
  });

  it('puts rats in age bands: under 6 months young, 2 years and over senior', () => {
    expect(ageBand('2026-03-01', NOW)).toBe('young');
    expect(ageBand('2025-06-01', NOW)).toBe('adult');
    expect(ageBand('2024-01-01', NOW)).toBe('senior');
    expect(ageBand(null, NOW)).toBeNull();
  });

  it('gives the fee for the whole unit, or says there is none', () => {
    expect(feeInWords(3000, 2)).toBe('Adoption fee £30 for the pair');
    expect(feeInWords(1250, 1)).toBe('Adoption fee £12.50 for one rat');
    expect(feeInWords(0, 2)).toBe('No adoption fee');
  });

  it('a group of females with a neutered male is mixed', () => {
    expect(unitSex([rat({ sex: 'female' }), rat({ sex: 'male', neuteredOn: '2025-01-01' })])).toBe('mixed');
    expect(unitSex([rat({ sex: 'male' }), rat({ sex: 'male' })])).toBe('male');
  });

  it('a filter on experience keeps units that need no more than the adopter has', () => {
    const shy = { sex: 'female' as const, ageBands: ['adult' as const], experienceNeeded: 'experienced' as const };
    expect(matchesFilters(shy, { sex: null, age: null, experience: 'new' })).toBe(false);
    expect(matchesFilters(shy, { sex: null, age: null, experience: 'experienced' })).toBe(true);
    expect(matchesFilters(shy, { sex: 'male', age: null, experience: null })).toBe(false);
    expect(matchesFilters(shy, { sex: null, age: 'senior', experience: null })).toBe(false);
    expect(matchesFilters(shy, { sex: 'female', age: 'adult', experience: null })).toBe(true);
  });
});

describe('the application limit per address', () => {
  const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000);

  it('lets an address send up to 3 applications in an hour', () => {
    expect(applicationLimit([at(50), at(20)], NOW)).toEqual({ ok: true });
  });

  it('refuses a 4th application within the hour, saying when to try again', () => {
    const limit = applicationLimit([at(50), at(20), at(5)], NOW);
    expect(limit.ok).toBe(false);
    if (!limit.ok) {
      expect(limit.message).toContain('3 applications from your connection in the last hour');
      expect(limit.message).toContain('try again in 10 minutes');
      expect(limit.retryAt).toEqual(at(-10));
    }
  });

  it('counts only the last hour for the hourly limit', () => {
    expect(applicationLimit([at(90), at(70), at(61)], NOW)).toEqual({ ok: true });
  });

  it('refuses an 11th application within a day, however spread out', () => {
    const day = Array.from({ length: 10 }, (_, i) => at(100 + i * 120));
    const limit = applicationLimit(day, NOW);
    expect(limit.ok).toBe(false);
    if (!limit.ok) expect(limit.message).toContain('in the last day');
  });
});

describe('new application alerts', () => {
  const row = (adopterId: number, listingTitle: string | null) => ({ adopterId, name: `Applicant ${adopterId}`, appliedOnlineAt: NOW, listingTitle });

  it('names the applicant and the rats they asked for, linking to the application', () => {
    const [alert] = newApplicationAlerts({ total: 1, newest: [row(7, 'Pip and Squeak')] });
    expect(alert).toMatchObject({ kind: 'new_application', title: 'New application from Applicant 7 for Pip and Squeak', href: '/adopters/7' });
  });

  it('says a general application is general', () => {
    const [alert] = newApplicationAlerts({ total: 1, newest: [row(8, null)] });
    expect(alert.title).toBe('New application from Applicant 8');
    expect(alert.detail).toContain('a general application');
  });

  it('counts the applications beyond the newest few in one line linking to the list', () => {
    const alerts = newApplicationAlerts({ total: 7, newest: [1, 2, 3, 4, 5].map((id) => row(id, null)) });
    expect(alerts).toHaveLength(6);
    expect(alerts[5]).toMatchObject({ title: '2 more online applications wait for a decision', href: '/adopters?approval=applied' });
  });
});

describe('the application size limit', () => {
  it('refuses a post to the public pages over 32 KB before reading it, in words', () => {
    expect(refuseRequest({ origin: null, contentLength: String(MAX_APPLICATION_BYTES + 1), path: '/adopt/apply' })).toEqual({ status: 413, message: APPLICATION_TOO_LARGE });
    expect(refuseRequest({ origin: null, contentLength: String(MAX_APPLICATION_BYTES), path: '/adopt/apply' })).toBeNull();
    expect(refuseRequest({ origin: null, contentLength: String(MAX_APPLICATION_BYTES + 1), path: '/rats/import' })).toBeNull();
  });
});
