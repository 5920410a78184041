import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadMatchPopulation } from '@/db/queries/matching';
import { addRatToPairProposal, createPairProposal, decidePairProposal, listPairProposals, startPairProposalTrial } from '@/db/queries/pair-proposals';
import { seedDemo } from '@/db/seed/demo';
import { introductionParticipants, introductions, introductionStageChanges, pairProposalRats, pairProposals, temperamentAssessments } from '@/db/schema';
import { optimalPairing } from '@/lib/domain/matching';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { maxWeightMatching } from '@/lib/matching/max-weight-matching';
import { insertCageGroup, insertCageGroupMembership, insertFosterHome, insertPlacement, insertQuarantine, insertRat, insertUser } from '../fixtures/builders';
import { driverName, testDbForFile } from './helpers/test-db';

const t = testDbForFile();
const now = new Date();

async function setup() {
  const user = await insertUser(t.db, { role: 'coordinator' });
  const home = await insertFosterHome(t.db);
  const rat = async (name: string, extra: Parameters<typeof insertRat>[1] = {}) => {
    const r = await insertRat(t.db, { name, status: 'available', birthDate: '2026-03-01', ...extra });
    await insertPlacement(t.db, { ratId: r.id, fosterHomeId: home.id });
    return r;
  };
  return { user, home, rat, clock: { actorId: user.id, now, policy: DEFAULT_POLICY } };
}

describe(`pair proposals (${driverName()})`, () => {
  it('keeps the score and reasons it had when proposed, with every rat', async () => {
    const { rat, clock } = await setup();
    const ann = await rat('Ann');
    const bea = await rat('Bea');
    const result = await createPairProposal(t.db, { ...clock, ratIds: [ann.id, bea.id] });
    expect(result.ok).toBe(true);
    const [row] = await listPairProposals(t.db);
    expect(row.status).toBe('proposed');
    expect(row.rats.map((r) => r.name)).toEqual(['Ann', 'Bea']);
    expect(row.score).toBeGreaterThan(0);
    expect(row.reasons.map((r) => r.label)).toContain('They live in the same foster home, so they can meet without travel.');
  });

  it('runs proposed → trial (a planned introduction between the two sides) → approved', async () => {
    const { rat, clock, home } = await setup();
    const ann = await rat('Ann');
    const bea = await rat('Bea');
    const created = await createPairProposal(t.db, { ...clock, ratIds: [ann.id, bea.id] });
    if (!created.ok) throw new Error(created.reason);
    const trial = await startPairProposalTrial(t.db, { ...clock, proposalId: created.proposalId, version: 1 });
    expect(trial).toEqual({ ok: true, proposalId: created.proposalId });
    const [proposal] = await t.db.select().from(pairProposals).where(eq(pairProposals.id, created.proposalId));
    expect(proposal.status).toBe('trial');
    const [intro] = await t.db.select().from(introductions).where(eq(introductions.id, proposal.introductionId!));
    expect(intro).toMatchObject({ status: 'planned', fosterHomeId: home.id, movePlanned: false, createdBy: clock.actorId });
    expect(await t.db.select({ toStage: introductionStageChanges.toStage }).from(introductionStageChanges).where(eq(introductionStageChanges.introductionId, intro.id))).toEqual([{ toStage: 'scent_swap' }]);
    const sides = await t.db.select({ ratId: introductionParticipants.ratId, side: introductionParticipants.side }).from(introductionParticipants).where(eq(introductionParticipants.introductionId, intro.id));
    expect(sides.map((s) => s.side).sort()).toEqual(['a', 'b']);
    const approved = await decidePairProposal(t.db, { ...clock, proposalId: created.proposalId, version: 2, decision: 'approved' });
    expect(approved.ok).toBe(true);
    const [after] = await t.db.select().from(pairProposals).where(eq(pairProposals.id, created.proposalId));
    expect(after).toMatchObject({ status: 'approved', decidedBy: clock.actorId, version: 3 });
  });

  it('refuses approval before the trial, and a stale version', async () => {
    const { rat, clock } = await setup();
    const created = await createPairProposal(t.db, { ...clock, ratIds: [(await rat('Ann')).id, (await rat('Bea')).id] });
    if (!created.ok) throw new Error(created.reason);
    expect(await decidePairProposal(t.db, { ...clock, proposalId: created.proposalId, version: 1, decision: 'approved' })).toEqual({ ok: false, reason: expect.stringContaining('trial') });
    await startPairProposalTrial(t.db, { ...clock, proposalId: created.proposalId, version: 1 });
    expect(await startPairProposalTrial(t.db, { ...clock, proposalId: created.proposalId, version: 1 })).toEqual({ ok: false, reason: expect.stringContaining('changed this proposal') });
  });

  it('refuses a blocked pair with the reason and writes nothing', async () => {
    const { rat, clock } = await setup();
    const ann = await rat('Ann');
    const rex = await rat('Rex', { sex: 'male' });
    const result = await createPairProposal(t.db, { ...clock, ratIds: [ann.id, rex.id] });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('Rex is an intact male and Ann is female') });
    expect(await t.db.select().from(pairProposals)).toEqual([]);
  });

  it('refuses to start the trial once a rat has gone into quarantine, and leaves the proposal as it was', async () => {
    const { rat, clock } = await setup();
    const ann = await rat('Ann');
    const bea = await rat('Bea');
    const created = await createPairProposal(t.db, { ...clock, ratIds: [ann.id, bea.id] });
    if (!created.ok) throw new Error(created.reason);
    await insertQuarantine(t.db, { ratId: bea.id, reason: 'illness' });
    const trial = await startPairProposalTrial(t.db, { ...clock, proposalId: created.proposalId, version: 1 });
    expect(trial).toEqual({ ok: false, reason: expect.stringContaining('Bea is in quarantine') });
    expect(await t.db.select().from(introductions)).toEqual([]);
    const [row] = await t.db.select().from(pairProposals);
    expect(row).toMatchObject({ status: 'proposed', version: 1 });
  });

  it('runs a cross-home trial in the shyer rat’s home, the other side travelling', async () => {
    const { rat, clock, user } = await setup();
    const ann = await rat('Ann');
    const away = await insertFosterHome(t.db, { name: 'Hawthorn' });
    const bea = await insertRat(t.db, { name: 'Bea', status: 'available', birthDate: '2026-03-01' });
    await insertPlacement(t.db, { ratId: bea.id, fosterHomeId: away.id });
    await t.db.insert(temperamentAssessments).values({ ratId: bea.id, assessedBy: user.id, assessedAt: now, approach: 2, handlingTolerance: 2, newSpaceConfidence: 1, ratSociability: 4, biteRisk: 'low', category: 'shy' });
    const created = await createPairProposal(t.db, { ...clock, ratIds: [ann.id, bea.id] });
    if (!created.ok) throw new Error(created.reason);
    expect(await startPairProposalTrial(t.db, { ...clock, proposalId: created.proposalId, version: 1 })).toMatchObject({ ok: true });
    const [intro] = await t.db.select().from(introductions);
    expect(intro).toMatchObject({ fosterHomeId: away.id, movePlanned: true });
    expect(intro.notes).toContain('At Hawthorn, where Bea lives: the shyer side stays on home ground and Ann travels there.');
  });

  it('asks for a reason when the trial introduction has warnings, and records the accepted warnings', async () => {
    const { rat, clock, user } = await setup();
    const ann = await rat('Ann');
    const bea = await rat('Bea');
    await t.db.insert(temperamentAssessments).values({ ratId: bea.id, assessedBy: user.id, assessedAt: now, approach: 3, handlingTolerance: 2, newSpaceConfidence: 3, ratSociability: 3, biteRisk: 'high', category: 'defensive' });
    const created = await createPairProposal(t.db, { ...clock, ratIds: [ann.id, bea.id] });
    if (!created.ok) throw new Error(created.reason);
    const asked = await startPairProposalTrial(t.db, { ...clock, proposalId: created.proposalId, version: 1 });
    expect(asked).toMatchObject({ ok: false, needsReason: true, warnings: [expect.stringContaining('Bea has a high bite risk')] });
    expect(await t.db.select().from(introductions)).toEqual([]);
    const started = await startPairProposalTrial(t.db, { ...clock, proposalId: created.proposalId, version: 1, warningsAcceptedReason: 'Experienced foster, towel ready' });
    expect(started).toMatchObject({ ok: true });
    const [intro] = await t.db.select().from(introductions);
    expect(intro).toMatchObject({ warningsAcceptedReason: 'Experienced foster, towel ready', acceptedWarnings: [expect.stringContaining('high bite risk')] });
  });

  it('brings a bonded cage group whole, and refuses a rat already in an open proposal', async () => {
    const { rat, clock, home } = await setup();
    const ann = await rat('Ann');
    const bea = await rat('Bea');
    const cleo = await rat('Cleo');
    const group = await insertCageGroup(t.db, { fosterHomeId: home.id });
    await insertCageGroupMembership(t.db, { cageGroupId: group.id, ratId: bea.id });
    await insertCageGroupMembership(t.db, { cageGroupId: group.id, ratId: cleo.id });
    const created = await createPairProposal(t.db, { ...clock, ratIds: [ann.id, bea.id] });
    if (!created.ok) throw new Error(created.reason);
    const members = await t.db.select({ ratId: pairProposalRats.ratId }).from(pairProposalRats);
    expect(members.map((m) => m.ratId).sort()).toEqual([ann.id, bea.id, cleo.id].sort());
    const dora = await rat('Dora');
    expect(await createPairProposal(t.db, { ...clock, ratIds: [dora.id, cleo.id] })).toEqual({ ok: false, reason: 'Bea and Cleo are already in an open proposal.' });
  });

  it('adds a third rat to a pair by hand, adding its reasons to the stored ones', async () => {
    const { rat, clock } = await setup();
    const created = await createPairProposal(t.db, { ...clock, ratIds: [(await rat('Ann')).id, (await rat('Bea')).id] });
    if (!created.ok) throw new Error(created.reason);
    const [before] = await listPairProposals(t.db);
    const cleo = await rat('Cleo');
    expect(await addRatToPairProposal(t.db, { ...clock, proposalId: created.proposalId, version: 1, ratId: cleo.id })).toEqual({ ok: true, proposalId: created.proposalId });
    const [after] = await listPairProposals(t.db);
    expect(after.rats.map((r) => r.name)).toEqual(['Ann', 'Bea', 'Cleo']);
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.reasons.length).toBeGreaterThan(before.reasons.length);
    const rex = await rat('Rex', { sex: 'male' });
    expect(await addRatToPairProposal(t.db, { ...clock, proposalId: created.proposalId, version: 2, ratId: rex.id })).toEqual({ ok: false, reason: expect.stringContaining('Rex is an intact male') });
  });

  it('reads a failed introduction between two rats as a block', async () => {
    const { rat, clock } = await setup();
    const ann = await rat('Ann');
    const bea = await rat('Bea');
    const [intro] = await t.db.insert(introductions).values({ method: 'small_cage', status: 'failed' }).returning();
    await t.db.insert(introductionParticipants).values([
      { introductionId: intro.id, ratId: ann.id, side: 'a' },
      { introductionId: intro.id, ratId: bea.id, side: 'b' },
    ]);
    expect(await createPairProposal(t.db, { ...clock, ratIds: [ann.id, bea.id] })).toEqual({ ok: false, reason: 'Ann and Bea had a failed introduction.' });
  });
});

describe(`the demo rescue's matching (${driverName()})`, () => {
  it('has enough available rats for a meaningful pairing, with some left unpaired and why', async () => {
    await seedDemo(t.db, { now });
    const population = await loadMatchPopulation(t.db, {});
    const result = optimalPairing(population.units, { now, policy: DEFAULT_POLICY, introductions: population.introductions }, maxWeightMatching);
    expect(result.pairs.length).toBeGreaterThanOrEqual(3);
    expect(result.unpaired.length).toBeGreaterThanOrEqual(1);
    for (const u of result.unpaired) expect(u.why).not.toBe('');
  });
});
