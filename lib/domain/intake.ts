/**
 * Intake rules: how the rats of one arrival are dated, named and split into cage groups so that
 * no intact male shares a cage with a female from the first night.
 */
import { addDays } from './dates';
import { formatShortDate } from './quarantine';
import { INTAKE_SOURCE_LABELS, type IntakeSourceType, type Sex } from './vocabulary';

/** Rescue policy: an age given in weeks is at most ten years (older is a typo). */
export const MAX_AGE_WEEKS = 520;

/** Rescue policy: one intake form records at most this many rats (a large hoarding case is split into batches). */
export const MAX_RATS_PER_INTAKE = 200;

/** An age in weeks on the intake date becomes an estimated birth date: the intake date minus that many weeks. */
export function birthDateFromAge(intakeDate: string, ageWeeks: number): string {
  return addDays(intakeDate, -7 * ageWeeks);
}

/** '12 Mar 2026'. */
export function longDate(isoDate: string): string {
  return `${formatShortDate(isoDate)} ${isoDate.slice(0, 4)}`;
}

/** An intake reads as its source and date everywhere: 'Hoarding case 12 Mar 2026'. */
export function intakeTitle(intake: { sourceType: IntakeSourceType; intakeDate: string }): string {
  return `${INTAKE_SOURCE_LABELS[intake.sourceType]} ${longDate(intake.intakeDate)}`;
}

/**
 * The name an intake's cohort and cage groups carry: its title and its number, so two intakes of
 * the same day and source ('Hoarding case 12 Mar 2026 #14' and '… #15') are told apart.
 */
export function intakeHousingName(intake: { sourceType: IntakeSourceType; intakeDate: string }, intakeId: number): string {
  return `${intakeTitle(intake)} #${intakeId}`;
}

const GROUP_SUFFIX: Record<Sex, string> = { female: 'females', male: 'males', unknown: 'unknown sex' };
const GROUP_ORDER: readonly Sex[] = ['female', 'male', 'unknown'];

export type IntakeCageGroupPlan = { sex: Sex; name: string; rowIndexes: number[] };

/**
 * An intake's rats are housed by sex: females together, males together, and rats whose sex is
 * not recorded yet together (they may not live with either until sexed). One cage group per sex
 * present, named '<intake title> — females', in that order; each lists the rows it takes.
 */
export function splitIntoCageGroups(rats: ReadonlyArray<{ sex: Sex }>, title: string): IntakeCageGroupPlan[] {
  return GROUP_ORDER.map((sex) => ({
    sex,
    name: `${title} — ${GROUP_SUFFIX[sex]}`,
    rowIndexes: rats.flatMap((rat, index) => (rat.sex === sex ? [index] : [])),
  })).filter((group) => group.rowIndexes.length > 0);
}

/**
 * When the rats arrived: now for an intake recorded on its day; midday UTC of the intake date for
 * one recorded later, so placements and memberships start on the right calendar day.
 */
export function arrivalTime(intakeDate: string, now: Date): Date {
  const midday = new Date(`${intakeDate}T12:00:00Z`);
  return now.toISOString().slice(0, 10) === intakeDate || midday > now ? now : midday;
}

/** 'Arrived: Hoarding case (Council referral…)': the reason on each rat's first status. */
export function arrivalReason(intake: { sourceType: IntakeSourceType; sourceDetails: string | null }): string {
  const source = INTAKE_SOURCE_LABELS[intake.sourceType];
  return intake.sourceDetails ? `Arrived: ${source} (${intake.sourceDetails})` : `Arrived: ${source}`;
}

/** Rats recorded without a name take their rescue code as the name until someone names them. */
export function nameOrCode(name: string | null | undefined, code: string): string {
  const trimmed = name?.trim();
  return trimmed ? trimmed : code;
}
