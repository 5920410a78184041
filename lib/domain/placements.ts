/**
 * Where a rat may live: which cage group it may join and what a move leaves behind. The rules
 * themselves live in sex-safety, quarantine and cage-groups; this combines them for a move.
 */
import type { Policy } from './policy';
import { cohortAllows, isQuarantineOpen, type CohortRat } from './quarantine';
import { canLiveTogether, type Decision, type SexSafetyRat } from './sex-safety';
import { LEFT_CARE_STATUSES, RAT_STATUS_LABELS, type RatStatus } from './vocabulary';

export type HousedRat = SexSafetyRat & CohortRat;

/** Statuses of rats that have left the rescue's care: they have no home or cage group to move. */
export const LEFT_CARE: readonly RatStatus[] = LEFT_CARE_STATUSES;

export function inQuarantine(rat: Pick<CohortRat, 'quarantine'>, now: Date): boolean {
  return rat.quarantine !== null && isQuarantineOpen(rat.quarantine, now);
}

/**
 * A rat may join a cage group only if it could live with every rat already there: never an intact
 * male with a female (or an unsexed rat with either), and quarantined rats only with their cohort.
 * The joining rat is named first so the reason talks about the move being made.
 */
export function canJoinCageGroup(rat: HousedRat, members: readonly HousedRat[], now: Date, policy: Policy): Decision {
  if (members.length === 0) return { ok: true };
  const together = [rat, ...members];
  const sex = canLiveTogether(together, now, policy);
  if (!sex.ok) return sex;
  return cohortAllows(together, now);
}

/** A rat that has left care (adopted, transferred, deceased) cannot be moved. */
export function canMoveRat(rat: { name: string; status: RatStatus }): Decision {
  if (!LEFT_CARE.includes(rat.status)) return { ok: true };
  return { ok: false, reason: `${rat.name} has left the rescue’s care (${RAT_STATUS_LABELS[rat.status].toLowerCase()}), so there is nowhere to move them from.` };
}

/**
 * The warning a move raises when it leaves a rat on its own outside quarantine: rats must never be
 * kept alone. Null when the group is empty, has company, or its one rat is in quarantine.
 */
export function soloWarning(group: { name: string; members: ReadonlyArray<Pick<HousedRat, 'name' | 'quarantine'>> }, now: Date): string | null {
  if (group.members.length !== 1) return null;
  const [rat] = group.members;
  if (inQuarantine(rat, now)) return null;
  return `${rat.name} is now alone in ${group.name}. Rats must never be kept alone: plan an introduction or move a companion in.`;
}
