import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { readyListFilters } from '@/lib/validation/ready-list';
import { assessReadiness, groupReadyRats, unmetForAdoption, unmetSummary, type ReadinessInput, type ReadinessItemKey } from '@/lib/domain/readiness';

const now = new Date('2026-11-24T12:00:00Z');
const day = (d: string, hour = 18) => new Date(`${d}T${String(hour).padStart(2, '0')}:00:00Z`);

/** Three sessions at step 6: ready on the trust step. */
const readySessions = [
  { id: 1, sessionAt: day('2026-11-20'), highestStep: 6 },
  { id: 2, sessionAt: day('2026-11-21'), highestStep: 6 },
  { id: 3, sessionAt: day('2026-11-22'), highestStep: 7 },
];

function input(overrides: Partial<ReadinessInput> = {}): ReadinessInput {
  return {
    rat: { name: 'Pip', sex: 'female', birthDate: '2026-03-01', neuteredOn: null },
    quarantine: null,
    watches: [],
    sessions: readySessions,
    bites: [],
    lastHealthCheckOn: '2026-11-01',
    weights: [],
    companions: { cageMates: [{ name: 'Mo', ready: true }], proposalMates: [], adopterWithRats: null },
    override: null,
    neuterReviewedOn: null,
    ...overrides,
  };
}

const assess = (overrides: Partial<ReadinessInput> = {}) => assessReadiness(input(overrides), now, DEFAULT_POLICY);
const itemOf = (overrides: Partial<ReadinessInput>, key: ReadinessItemKey) => assess(overrides).items.find((i) => i.key === key)!;

describe('adoption readiness', () => {
  it('is ready when every item is met, and lists every item with its reason', () => {
    const r = assess();
    expect(r.ready).toBe(true);
    expect(r.items.map((i) => i.key)).toEqual(['safety', 'trust_step', 'no_recent_bite', 'health_check', 'weight', 'companion']);
    for (const i of r.items) expect(i.reason.length).toBeGreaterThan(0);
  });

  it('is not ready while in quarantine, naming the planned end in words', () => {
    const item = itemOf({ quarantine: { plannedEndOn: '2026-12-04' } }, 'safety');
    expect(item.met).toBe(false);
    expect(item.reason).toBe('Still in quarantine until 4 Dec.');
    expect(assess({ quarantine: { plannedEndOn: '2026-12-04' } }).ready).toBe(false);
  });

  it('is not ready while any watch is open', () => {
    const item = itemOf({ watches: [{ kind: 'pregnancy', dueOn: '2026-11-30' }] }, 'safety');
    expect(item.met).toBe(false);
    expect(item.reason).toContain('pregnancy watch until 30 Nov');
  });

  it('needs the derived trust step at or above the ready step from policy', () => {
    const below = [
      { id: 1, sessionAt: day('2026-11-20'), highestStep: 6 },
      { id: 2, sessionAt: day('2026-11-21'), highestStep: 4 },
      { id: 3, sessionAt: day('2026-11-22'), highestStep: 5 },
    ];
    const item = itemOf({ sessions: below }, 'trust_step');
    expect(item.met).toBe(false);
    expect(item.reason).toBe('At step 5 (Climbs on), below step 6.');
    expect(assessReadiness(input({ sessions: below }), now, { ...DEFAULT_POLICY, handlingReadyStep: 5 }).ready).toBe(true);
  });

  it('says there is no step yet for a rat never handled', () => {
    expect(itemOf({ sessions: [] }, 'trust_step').reason).toContain('No trust step yet');
  });

  it("a coordinator's override with a reason meets the trust step item and names who, when and why", () => {
    const override = { reason: 'Shy but calm: an experienced adopter is lined up.', byName: 'Cora', at: day('2026-11-23', 10) };
    const r = assess({ sessions: [{ id: 1, sessionAt: day('2026-11-22'), highestStep: 3 }], override });
    const item = r.items.find((i) => i.key === 'trust_step')!;
    expect(item.met).toBe(true);
    expect(item.reason).toContain('declared ready by Cora on 23 Nov: Shy but calm');
    expect(r.ready).toBe(true);
    expect(r.override).toEqual(override);
  });

  it('the override does not excuse any other item', () => {
    const override = { reason: 'Experienced adopter', byName: 'Cora', at: day('2026-11-23') };
    expect(assess({ override, quarantine: { plannedEndOn: '2026-12-01' } }).ready).toBe(false);
  });

  it('is not ready after a bite (broken skin) in the last 30 days, saying when it clears', () => {
    const item = itemOf({ bites: [{ occurredAt: day('2026-11-10'), biteGrade: 'bite' }] }, 'no_recent_bite');
    expect(item.met).toBe(false);
    expect(item.reason).toBe('A bite on 10 Nov: clear from 10 Dec if there is no other.');
  });

  it('ignores a bite older than 30 days and anything milder than a bite', () => {
    expect(itemOf({ bites: [{ occurredAt: day('2026-10-20'), biteGrade: 'severe' }] }, 'no_recent_bite').met).toBe(true);
    expect(itemOf({ bites: [{ occurredAt: day('2026-11-20'), biteGrade: 'nip' }] }, 'no_recent_bite').met).toBe(true);
  });

  it('needs a health check in the last 60 days', () => {
    expect(itemOf({ lastHealthCheckOn: '2026-09-25' }, 'health_check')).toMatchObject({ met: true });
    const old = itemOf({ lastHealthCheckOn: '2026-09-24' }, 'health_check');
    expect(old.met).toBe(false);
    expect(old.reason).toContain('24 Sep, 61 days ago');
    expect(itemOf({ lastHealthCheckOn: null }, 'health_check').reason).toContain('No health check on record');
  });

  it('is not ready while the weight-loss alert is open', () => {
    const weights = [
      { occurredOn: '2026-11-01', weightGrams: 300 },
      { occurredOn: '2026-11-20', weightGrams: 260 },
    ];
    const item = itemOf({ weights }, 'weight');
    expect(item.met).toBe(false);
    expect(item.reason).toContain('Lost 13.3% of body weight');
    expect(itemOf({ weights: [weights[0], { occurredOn: '2026-11-20', weightGrams: 290 }] }, 'weight').met).toBe(true);
  });

  it('leaves with a cage-mate only when that cage-mate is ready too', () => {
    const notReady = itemOf({ companions: { cageMates: [{ name: 'Mo', ready: false }], proposalMates: [], adopterWithRats: null } }, 'companion');
    expect(notReady.met).toBe(false);
    expect(notReady.reason).toContain('Mo is not ready yet');
    expect(itemOf({}, 'companion').reason).toBe('Cage-mate Mo is ready too.');
  });

  it('leaves with a companion through an approved pair proposal', () => {
    const item = itemOf({ companions: { cageMates: [], proposalMates: ['Nell'], adopterWithRats: null } }, 'companion');
    expect(item).toMatchObject({ met: true, reason: 'An approved pair proposal with Nell.' });
  });

  it('leaves with a companion when proposed to an approved adopter who already has rats', () => {
    const item = itemOf({ companions: { cageMates: [], proposalMates: [], adopterWithRats: { name: 'Sam Lee', ratCount: 2 } } }, 'companion');
    expect(item).toMatchObject({ met: true });
    expect(item.reason).toContain('Sam Lee, an approved adopter who already has 2 rats');
  });

  it('a rat alone with no proposal is not ready: rats never leave alone', () => {
    const r = assess({ companions: { cageMates: [], proposalMates: [], adopterWithRats: null } });
    expect(r.ready).toBe(false);
    expect(unmetSummary(r)).toContain('rats never leave alone');
  });

  it('an intact male past the hormonal age carries a neuter-review note that does not hold him back', () => {
    const r = assess({ rat: { name: 'Rex', sex: 'male', birthDate: '2026-01-01', neuteredOn: null } });
    expect(r.ready).toBe(true);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toContain('neuter review');
  });

  it('no neuter-review note for a young, neutered or already reviewed male, or a female', () => {
    expect(assess({ rat: { name: 'Rex', sex: 'male', birthDate: '2026-10-01', neuteredOn: null } }).notes).toEqual([]);
    expect(assess({ rat: { name: 'Rex', sex: 'male', birthDate: '2026-01-01', neuteredOn: '2026-06-01' } }).notes).toEqual([]);
    expect(assess({ rat: { name: 'Rex', sex: 'male', birthDate: '2026-01-01', neuteredOn: null }, neuterReviewedOn: '2026-10-01' }).notes).toEqual([]);
    expect(assess().notes).toEqual([]);
  });
});

describe('readiness at adoption', () => {
  it('names each unmet item with why, and leaves out the companion the adoption itself brings', () => {
    const lacking = assess({
      lastHealthCheckOn: null,
      sessions: [],
      companions: { cageMates: [], proposalMates: [], adopterWithRats: null },
    });
    expect(unmetForAdoption(lacking)).toEqual([
      expect.stringMatching(/^trust step 6 .*or above — no trust step yet: no handling sessions logged$/),
      'health check in the last 60 days — no health check on record: book one before adoption',
    ]);
  });

  it('has nothing to say about a ready rat', () => {
    expect(unmetForAdoption(assess())).toEqual([]);
  });
});

describe('ready list', () => {
  const rat = (ratId: number, name: string, cageGroupId: number | null, homeName = 'Willow House') => ({
    ratId,
    name,
    cageGroupId,
    cageGroupName: cageGroupId === null ? null : `Cage ${cageGroupId}`,
    homeName,
  });

  it('groups ready cage-mates together, leaves out rats that are not ready, and sorts by home then cage', () => {
    const groups = groupReadyRats(
      [rat(1, 'Nell', 2), rat(2, 'Mo', 1, 'Maple Cottage'), rat(3, 'Ada', 2), rat(4, 'Bo', 2), rat(5, 'Solo', null)],
      (id) => id !== 4,
    );
    expect(groups.map((g) => [g.homeName, g.cageGroupName, g.rats.map((r) => r.name)])).toEqual([
      ['Maple Cottage', 'Cage 1', ['Mo']],
      ['Willow House', 'Cage 2', ['Ada', 'Nell']],
      ['Willow House', 'No cage group', ['Solo']],
    ]);
  });
});

describe('ready list filters from the URL', () => {
  it('keeps valid filters and drops malformed ones instead of failing', () => {
    expect(readyListFilters.parse({ home: '3', sex: 'male', status: 'available', q: ' Pip ' })).toEqual({ home: 3, sex: 'male', status: 'available', q: 'Pip' });
    expect(readyListFilters.parse({ home: '99999999999', sex: 'dog', status: 'adopted', q: '' })).toEqual({ home: null, sex: null, status: null, q: null });
  });
});
