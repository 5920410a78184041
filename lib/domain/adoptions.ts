/**
 * Adoptions and returns. An adoption is checked as a whole before anything is written: who may
 * adopt, which rats may leave, whether they leave with company, whether they can live with the
 * adopter's own rats, and who is left behind alone (a warning that needs a confirmed reason).
 */
import { canJoinAdopterRats, hasCompatibleRats, type AdopterRats } from './adopter-fit';
import { soloMembers } from './cage-groups';
import type { Policy } from './policy';
import { countOf, formatShortDate, isQuarantineOpen, listInWords, type QuarantinePeriod } from './quarantine';
import { canLiveTogether, type Decision, type SexSafetyRat } from './sex-safety';
import { RAT_STATUS_LABELS, type AdopterApproval, type QuarantineReason, type RatStatus } from './vocabulary';

/** Only a rat offered for adoption (available) or held for an adopter (reserved) may be adopted. */
export const ADOPTABLE_STATUSES: readonly RatStatus[] = ['available', 'reserved'];

/**
 * Rescue policy: a returned rat comes from a home with unknown rats and germs, so it goes into
 * quarantine for the standard arrival length.
 */
export const RETURN_QUARANTINE_REASON: QuarantineReason = 'adoption_return';

export type AdoptionAdopter = { name: string; approval: AdopterApproval; rats: AdopterRats };

export type LeavingRat = SexSafetyRat & {
  id: number;
  status: RatStatus;
  quarantine: Pick<QuarantinePeriod, 'startedOn' | 'plannedEndOn' | 'endedOn'> | null;
};

/** A cage-mate of a leaving rat (the leaving rats included), to find who stays behind alone. */
export type CageMateRow = { ratId: number; ratName: string; cageGroupId: number; cageGroupName: string; inQuarantine: boolean };

export type AdoptionCheckInput = {
  adopter: AdoptionAdopter;
  adoptedOn: string;
  rats: readonly LeavingRat[];
  cageMates: readonly CageMateRow[];
  /**
   * What each rat still lacks to be ready for adoption, in words (an empty list or no entry: ready).
   * Null while readiness is not known, so only the rules below apply.
   */
  unmetReadiness: ReadonlyMap<number, readonly string[]> | null;
  /** The coordinator's reason for going ahead although a rat is left behind alone. */
  leftAloneReason: string | null;
};

export type AdoptionCheck =
  | { ok: true; warnings: string[] }
  | { ok: false; kind: 'refused'; reasons: string[] }
  | { ok: false; kind: 'needs_confirmation'; warnings: string[] };

const APPROVAL_WORDS: Record<AdopterApproval, string> = {
  applied: 'has applied but is not approved yet',
  approved: 'is approved',
  declined: 'was declined',
  withdrawn: 'withdrew the application',
};

/** The adopter must be approved: an application still open, declined or withdrawn cannot adopt. */
export function adopterMayAdopt(adopter: Pick<AdoptionAdopter, 'name' | 'approval'>): Decision {
  if (adopter.approval === 'approved') return { ok: true };
  return { ok: false, reason: `${adopter.name} ${APPROVAL_WORDS[adopter.approval]}: only an approved adopter can adopt.` };
}

/** A rat may leave only while it is available or reserved. */
export function adoptableByStatus(rat: Pick<LeavingRat, 'name' | 'status'>): Decision {
  if (ADOPTABLE_STATUSES.includes(rat.status)) return { ok: true };
  const label = RAT_STATUS_LABELS[rat.status].toLowerCase();
  if (rat.status === 'adopted') return { ok: false, reason: `${rat.name} is already adopted.` };
  return { ok: false, reason: `${rat.name} is ${label}, not available for adoption: only available or reserved rats can be adopted.` };
}

/** A rat in quarantine cannot be adopted: it meets no rat from outside its cohort until released. */
export function outOfQuarantine(rat: Pick<LeavingRat, 'name' | 'quarantine'>, now: Date): Decision {
  if (!rat.quarantine || !isQuarantineOpen(rat.quarantine, now)) return { ok: true };
  return { ok: false, reason: `${rat.name} is in quarantine until ${formatShortDate(rat.quarantine.plannedEndOn)}: release the quarantine before the adoption.` };
}

/** A rat must be ready for adoption (readiness lists what it still lacks). */
export function readyForAdoption(rat: Pick<LeavingRat, 'id' | 'name'>, unmet: ReadonlyMap<number, readonly string[]> | null): Decision {
  const items = unmet?.get(rat.id) ?? [];
  if (items.length === 0) return { ok: true };
  return { ok: false, reason: `${rat.name} is not ready for adoption yet: ${listInWords([...items])}.` };
}

/**
 * Rats leave in groups of at least the minimum adoption group, unless the adopter already has
 * rats they can live with.
 */
export function leavesWithCompany(rats: readonly LeavingRat[], adopter: AdoptionAdopter, now: Date, policy: Policy): Decision {
  if (rats.length >= policy.minimumAdoptionGroup) return { ok: true };
  if (hasCompatibleRats(rats, { name: adopter.name, rats: adopter.rats }, now, policy)) return { ok: true };
  const who = rats.length === 1 ? `${rats[0].name} would leave alone` : `${listInWords(rats.map((r) => r.name))} would leave as only ${rats.length}`;
  const why = adopter.rats.count === 0 ? `${adopter.name} has no rats` : `${adopter.name}’s rats cannot live with ${rats.length === 1 ? rats[0].name : 'them'}`;
  return {
    ok: false,
    reason: `${who}: ${why}, and rats leave in groups of at least ${policy.minimumAdoptionGroup}. Add a companion to the adoption.`,
  };
}

/** The rats left behind alone (outside quarantine) in the cage groups the leaving rats come from, in words. */
export function leftAloneWarnings(leavingIds: readonly number[], cageMates: readonly CageMateRow[]): string[] {
  const staying = cageMates.filter((m) => !leavingIds.includes(m.ratId));
  const affectedGroups = new Set(cageMates.filter((m) => leavingIds.includes(m.ratId)).map((m) => m.cageGroupId));
  return soloMembers(staying.filter((m) => affectedGroups.has(m.cageGroupId))).map(
    (m) => `${m.ratName} would be left alone in ${m.cageGroupName}: rats must never be kept alone. Plan an introduction, or add ${m.ratName} to the adoption.`,
  );
}

/**
 * Checks an adoption as a whole. Refused (with every reason) when the adopter is not approved,
 * no rat is chosen, a rat is not adoptable by status, in quarantine or not ready, the rats cannot
 * live together or with the adopter's rats, or a rat would leave alone to an adopter without
 * compatible rats. A rat left behind alone is a warning that needs a confirmed reason.
 */
export function checkAdoption(input: AdoptionCheckInput, now: Date, policy: Policy): AdoptionCheck {
  const reasons: string[] = [];
  const push = (d: Decision) => {
    if (!d.ok) reasons.push(d.reason);
  };
  push(adopterMayAdopt(input.adopter));
  if (input.adoptedOn > now.toISOString().slice(0, 10)) reasons.push('The adoption date is in the future: record the adoption on the day the rats leave.');
  if (input.rats.length === 0) return { ok: false, kind: 'refused', reasons: [...reasons, 'Choose the rats that leave together.'] };
  for (const rat of input.rats) {
    push(adoptableByStatus(rat));
    push(outOfQuarantine(rat, now));
    push(readyForAdoption(rat, input.unmetReadiness));
  }
  push(canLiveTogether(input.rats, now, policy));
  push(canJoinAdopterRats(input.rats, { name: input.adopter.name, rats: input.adopter.rats }, now, policy));
  push(leavesWithCompany(input.rats, input.adopter, now, policy));
  if (reasons.length > 0) return { ok: false, kind: 'refused', reasons: [...new Set(reasons)] };
  const warnings = leftAloneWarnings(
    input.rats.map((r) => r.id),
    input.cageMates,
  );
  if (warnings.length > 0 && !input.leftAloneReason?.trim()) return { ok: false, kind: 'needs_confirmation', warnings };
  return { ok: true, warnings };
}

/** A return is recorded once, for a rat of the adoption that is still adopted. */
export function canReturn(rat: { name: string; status: RatStatus; returnedOn: string | null }): Decision {
  if (rat.returnedOn) return { ok: false, reason: `${rat.name} was already returned on ${formatShortDate(rat.returnedOn)}.` };
  if (rat.status !== 'adopted') return { ok: false, reason: `${rat.name} is ${RAT_STATUS_LABELS[rat.status].toLowerCase()}, not adopted: only an adopted rat can be returned.` };
  return { ok: true };
}

/** A return cannot predate the adoption it ends, nor lie in the future. */
export function returnDateAllowed(returnedOn: string, adoptedOn: string, now: Date): Decision {
  if (returnedOn < adoptedOn) return { ok: false, reason: `The return cannot be before the adoption on ${formatShortDate(adoptedOn)}.` };
  if (returnedOn > now.toISOString().slice(0, 10)) return { ok: false, reason: 'The return date is in the future: record it on the day the rat comes back.' };
  return { ok: true };
}

/** 'Pip and Bella left with Sam Carter': the one-line summary of an adoption. */
export function adoptionSummary(ratNames: readonly string[], adopterName: string): string {
  return `${listInWords([...ratNames])} ${ratNames.length === 1 ? 'was' : 'were'} adopted by ${adopterName} (${countOf(ratNames.length, 'rat')}).`;
}
