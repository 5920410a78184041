import type { Decision } from './sex-safety';
import { RAT_STATUS_LABELS, type RatStatus } from './vocabulary';

/**
 * The status lifecycle: intake → in care → available → reserved → adopted, with the way back
 * for a setback (available → in care), a reservation that fell through (reserved → available)
 * and a return after adoption (adopted → returned → in care or available). Transferred and
 * deceased are final. Any rat still in the rescue's care can be transferred or die.
 */
const TRANSITIONS: Record<RatStatus, readonly RatStatus[]> = {
  intake: ['in_care', 'transferred', 'deceased'],
  in_care: ['available', 'transferred', 'deceased'],
  available: ['in_care', 'reserved', 'transferred', 'deceased'],
  reserved: ['available', 'adopted', 'deceased'],
  adopted: ['returned'],
  returned: ['in_care', 'available', 'transferred', 'deceased'],
  transferred: [],
  deceased: [],
};

/** Statuses nothing follows: the rat has left the rescue for good. */
export const FINAL_STATUSES: readonly RatStatus[] = ['transferred', 'deceased'];

/** Statuses that only an adoption record may set: the adoption (or its return) is the evidence. */
export const ADOPTION_STATUSES: readonly RatStatus[] = ['adopted', 'returned'];

/** Statuses whose change must say why: they cannot be undone, so the record must explain them. */
export const REASON_REQUIRED_STATUSES: readonly RatStatus[] = ['deceased', 'transferred'];

export const MAX_STATUS_REASON_LENGTH = 500;

/** The statuses a rat may move to from `from` in the lifecycle (final statuses have none). */
export function allowedTransitions(from: RatStatus): readonly RatStatus[] {
  return TRANSITIONS[from];
}

export function isFinalStatus(status: RatStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

export type StatusChangeContext = {
  /** Why the status changes, as the person typed it. */
  reason?: string | null;
  /** True only when an adoption record (or the return on one) makes the change. */
  viaAdoption?: boolean;
};

const label = (status: RatStatus) => RAT_STATUS_LABELS[status].toLowerCase();

function listOf(statuses: readonly RatStatus[]): string {
  const labels = statuses.map(label);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}

/** The statuses a person can choose on the rat page: the lifecycle minus what adoptions set. */
export function statusChoices(from: RatStatus): RatStatus[] {
  return allowedTransitions(from).filter((to) => !ADOPTION_STATUSES.includes(to));
}

/**
 * Whether a rat may move to `to` now, with a reason a volunteer understands when it may not:
 * only lifecycle transitions, adopted and returned only through an adoption record, and
 * final statuses only with a reason.
 */
export function canChangeStatus(
  rat: { name: string; status: RatStatus },
  to: RatStatus,
  context: StatusChangeContext = {},
): Decision {
  const from = rat.status;
  if (from === to) return { ok: false, reason: `${rat.name} is already ${label(to)}.` };
  if (isFinalStatus(from)) {
    return { ok: false, reason: `${rat.name} is ${label(from)}: that is final, so the status cannot change any more.` };
  }
  const allowed = allowedTransitions(from);
  if (!allowed.includes(to)) {
    const choices = statusChoices(from);
    return {
      ok: false,
      reason: `A rat whose status is “${RAT_STATUS_LABELS[from]}” cannot become “${RAT_STATUS_LABELS[to]}”${choices.length ? `: it can become ${listOf(choices)}` : ''}.`,
    };
  }
  if (to === 'adopted' && !context.viaAdoption) {
    return { ok: false, reason: `Record an adoption to mark ${rat.name} adopted: the adoption keeps the adopter, the date and the rats that left together.` };
  }
  if (to === 'returned' && !context.viaAdoption) {
    return { ok: false, reason: `Record the return on ${rat.name}’s adoption: it keeps the date and why the adopter brought the rat back.` };
  }
  if (REASON_REQUIRED_STATUSES.includes(to) && !context.reason?.trim()) {
    return {
      ok: false,
      reason: to === 'deceased' ? `Say what happened to ${rat.name}: a death is always recorded with its reason.` : `Say where ${rat.name} went and why: a transfer is final.`,
    };
  }
  return { ok: true };
}
