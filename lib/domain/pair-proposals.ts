/**
 * Pair proposals: a coordinator proposes that certain rats go to adoption together. The status
 * runs proposed → trial (an introduction starts) → approved or rejected → adopted.
 */
import { listInWords } from './quarantine';
import type { Decision } from './sex-safety';
import type { PairProposalStatus } from './vocabulary';

export const PAIR_PROPOSAL_STATUS_LABELS: Record<PairProposalStatus, string> = {
  proposed: 'Proposed',
  trial: 'On trial',
  approved: 'Approved',
  rejected: 'Rejected',
  adopted: 'Adopted',
};

/** Proposals that still hold their rats: a rat is in at most one of these at a time. */
export const OPEN_PROPOSAL_STATUSES = ['proposed', 'trial', 'approved'] as const satisfies readonly PairProposalStatus[];

const NEXT: Record<PairProposalStatus, readonly PairProposalStatus[]> = {
  proposed: ['trial', 'rejected'],
  trial: ['approved', 'rejected'],
  approved: ['adopted', 'rejected'],
  rejected: [],
  adopted: [],
};

const WHY_NOT: Partial<Record<PairProposalStatus, string>> = {
  trial: 'Only a proposal that is still proposed can start a trial.',
  approved: 'A proposal is approved only after its trial introduction has started.',
  adopted: 'Only an approved proposal can be marked adopted.',
  rejected: 'This proposal is already closed.',
};

/** A proposal moves only forward along its steps: trial before approval, approval before adoption. */
export function canMoveProposal(from: PairProposalStatus, to: PairProposalStatus): Decision {
  if (NEXT[from].includes(to)) return { ok: true };
  return { ok: false, reason: WHY_NOT[to] ?? 'A proposal cannot go back to proposed.' };
}

/** What the trial-home rule needs to know about each rat of a side. */
export type TrialRat = {
  name: string;
  fosterHomeId: number | null;
  homeName: string | null;
  temperament: string | null;
  trustStep: number | null;
};

export type TrialHome =
  | { ok: true; fosterHomeId: number; homeName: string; movePlanned: boolean; why: string }
  | { ok: false; reason: string };

/** Whether rat x is shyer than rat y: a shy or fearful temperament first, then a lower trust step. */
function shyer(x: TrialRat, y: TrialRat): boolean {
  const shy = (r: TrialRat) => (r.temperament === 'shy' || r.temperament === 'fearful' ? 1 : 0);
  if (shy(x) !== shy(y)) return shy(x) > shy(y);
  return (x.trustStep ?? 0) < (y.trustStep ?? 0);
}

/** The shyest rat of a side that has a home, or null when none has. */
function shyest(rats: readonly TrialRat[]): TrialRat | null {
  const housed = rats.filter((r) => r.fosterHomeId !== null);
  return housed.length === 0 ? null : housed.reduce((best, r) => (shyer(r, best) ? r : best));
}

/**
 * Where a proposal's trial introduction runs. Rescue rule: when every rat lives in one foster
 * home, there. When the sides live apart, in the home of the shyer side (its shyest rat: a shy
 * or fearful temperament first, then the lowest trust step; a tie goes to the first side), and
 * the other side travels: a move unsettles a shy rat far more than a confident one, and a shy
 * rat meets newcomers best on its own ground. A side not yet placed anywhere always travels.
 */
export function trialHome(sideA: readonly TrialRat[], sideB: readonly TrialRat[]): TrialHome {
  const everyone = [...sideA, ...sideB];
  const homes = new Set(everyone.map((r) => r.fosterHomeId));
  const a = shyest(sideA);
  const b = shyest(sideB);
  if (!a && !b) return { ok: false, reason: 'None of these rats is placed in a foster home yet: place them before the trial.' };
  if (homes.size === 1) {
    const rat = (a ?? b)!;
    return { ok: true, fosterHomeId: rat.fosterHomeId!, homeName: rat.homeName ?? 'their home', movePlanned: false, why: `${everyone.length === 2 ? 'Both live' : 'They all live'} at ${rat.homeName ?? 'one home'}.` };
  }
  const hostIsA = a !== null && (b === null || !shyer(b, a));
  const [host, guest] = hostIsA ? [a, sideB] : [b!, sideA];
  const travellers = `${listInWords(guest.map((r) => r.name))} travel${guest.length === 1 ? 's' : ''}`;
  return {
    ok: true,
    fosterHomeId: host.fosterHomeId!,
    homeName: host.homeName ?? 'their home',
    movePlanned: true,
    why: `At ${host.homeName ?? 'their home'}, where ${host.name} lives: the shyer side stays on home ground and ${travellers} there.`,
  };
}
