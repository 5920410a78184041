/**
 * Planned pairings: a doe and a buck a breeder means to put together. The rules block a pairing
 * that is unsafe or against the rattery's policy, each block with its reason in words; putting
 * the pair together opens the doe's pregnancy watch and gives the expected birth window.
 */
import { addDays, daysBetween } from './dates';
import type { Policy } from './policy';
import { countOf, formatShortDate, listInWords } from './quarantine';
import { countsAsIntact } from './sex-safety';
import { watchForExposure, type WatchDraft } from './watches';
import { IN_CARE_STATUSES, type RatStatus, type Sex } from './vocabulary';

/** Gestation in rats: kittens are born 21 to 23 days after the pairing. */
export const GESTATION_MIN_DAYS = 21;
export const GESTATION_MAX_DAYS = 23;

export type PairingRat = {
  id: number;
  name: string;
  sex: Sex;
  status: RatStatus;
  birthDate: string | null;
  neuteredOn: string | null;
  /** The planned end of an open quarantine, or null. */
  quarantineEndsOn: string | null;
  /** Litters she has had before (for a doe). */
  littersBefore: number;
  /** The due date of an open pregnancy watch, or null. */
  pregnancyDueOn: string | null;
};

type PairingPolicy = Pick<Policy, 'postNeuterSterileDays' | 'firstLitterMinAgeDays' | 'firstLitterMaxAgeDays'>;

function inCare(rat: PairingRat): boolean {
  return (IN_CARE_STATUSES as readonly RatStatus[]).includes(rat.status);
}

/**
 * A pairing needs a female doe and an intact male buck, both in care, neither in quarantine on the
 * planned date (nor today, when that date has come), a doe
 * not already on pregnancy watch, and for her first litter a doe within the first-litter ages on the
 * planned date. Returns every block that applies, each with its reason; none means it may go ahead.
 */
export function pairingBlocks(doe: PairingRat, buck: PairingRat, plannedOn: string, policy: PairingPolicy, today: string = plannedOn): string[] {
  const blocks: string[] = [];
  if (doe.id === buck.id) return ['Choose two different rats: a rat cannot be paired with itself.'];
  if (doe.sex !== 'female') blocks.push(`${doe.name} is not recorded as female, so she cannot be the doe of a pairing.`);
  if (buck.sex !== 'male') blocks.push(`${buck.name} is not recorded as male, so he cannot be the buck of a pairing.`);
  else if (!countsAsIntact(buck, new Date(`${plannedOn}T12:00:00Z`), policy.postNeuterSterileDays)) {
    blocks.push(`${buck.name} is neutered (on ${formatShortDate(buck.neuteredOn!)}), so he cannot sire a litter.`);
  }
  for (const rat of [doe, buck]) {
    if (!inCare(rat)) blocks.push(`${rat.name} is not in the rescue's care, so ${rat.name} cannot be paired.`);
    // An open quarantine blocks a pairing now, or on a planned date it has not ended by.
    if (rat.quarantineEndsOn !== null && (plannedOn <= today || rat.quarantineEndsOn >= plannedOn)) {
      blocks.push(`${rat.name} is in quarantine until ${formatShortDate(rat.quarantineEndsOn)}: quarantined rats meet no rat from outside their quarantine.`);
    }
  }
  if (doe.sex === 'female' && doe.pregnancyDueOn !== null) {
    blocks.push(`${doe.name} is already on pregnancy watch until ${formatShortDate(doe.pregnancyDueOn)}.`);
  }
  if (doe.sex === 'female' && doe.littersBefore === 0) {
    if (doe.birthDate === null) {
      blocks.push(`${doe.name}'s date of birth is not recorded: a first litter needs her age to be known.`);
    } else {
      const age = daysBetween(doe.birthDate, plannedOn);
      const earliest = addDays(doe.birthDate, policy.firstLitterMinAgeDays);
      const latest = addDays(doe.birthDate, policy.firstLitterMaxAgeDays);
      if (age < policy.firstLitterMinAgeDays) {
        blocks.push(
          `${doe.name} is too young for a first litter: ${countOf(age, 'day')} old on ${formatShortDate(plannedOn)}, and a first litter waits until ${countOf(policy.firstLitterMinAgeDays, 'day')} (${formatShortDate(earliest)}).`,
        );
      } else if (age > policy.firstLitterMaxAgeDays) {
        blocks.push(
          `${doe.name} is too old for a first litter: ${countOf(age, 'day')} old on ${formatShortDate(plannedOn)}, past the ${countOf(policy.firstLitterMaxAgeDays, 'day')} limit (${formatShortDate(latest)}).`,
        );
      }
    }
  }
  return blocks;
}

/** The blocks of a pairing as one sentence, for an action's refusal message. */
export function pairingRefusal(blocks: readonly string[]): string {
  return blocks.length === 1 ? blocks[0] : `This pairing is blocked: ${listInWords(blocks.map((b) => b.replace(/\.$/, '')))}.`;
}

export type BirthWindow = { from: string; to: string };

/** Kittens are expected 21 to 23 days after the pair went together. */
export function expectedBirthWindow(togetherOn: string): BirthWindow {
  return { from: addDays(togetherOn, GESTATION_MIN_DAYS), to: addDays(togetherOn, GESTATION_MAX_DAYS) };
}

/** '14 Dec to 16 Dec' */
export function birthWindowInWords(window: BirthWindow): string {
  return `${formatShortDate(window.from)} to ${formatShortDate(window.to)}`;
}

/**
 * Putting a planned pair together is refused when the pairing is no longer planned or its rules
 * block it on that day; otherwise the doe goes on pregnancy watch from that day.
 */
export function putTogether(
  pairing: { status: 'planned' | 'together' | 'cancelled' },
  doe: PairingRat,
  buck: PairingRat,
  togetherOn: string,
  policy: Policy,
): { ok: true; watch: WatchDraft; window: BirthWindow } | { ok: false; reason: string } {
  if (pairing.status !== 'planned') return { ok: false, reason: `This pairing is ${pairing.status === 'together' ? 'already together' : 'cancelled'}.` };
  const blocks = pairingBlocks(doe, buck, togetherOn, policy);
  if (blocks.length > 0) return { ok: false, reason: pairingRefusal(blocks) };
  const watch = watchForExposure({ ratId: doe.id, sex: 'female' }, togetherOn, policy)!;
  return { ok: true, watch: { ...watch, reason: `Paired with ${buck.name} on ${formatShortDate(togetherOn)}.` }, window: expectedBirthWindow(togetherOn) };
}
