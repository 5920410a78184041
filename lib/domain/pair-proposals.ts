/**
 * Pair proposals: a coordinator proposes that certain rats go to adoption together. The status
 * runs proposed → trial (an introduction starts) → approved or rejected → adopted.
 */
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
