/**
 * Recording health events: who may record which kind, what a record is refused for, what a
 * symptom and a death cause beyond the record itself, and how each event reads on a timeline.
 */
import { soloMembers, type CageMember } from './cage-groups';
import { parseIsoDate } from './dates';
import { grimaceScore, type GrimaceResult, type WeightChartPoint } from './health';
import { countOf, formatShortDate, symptomsInWords } from './quarantine';
import type { Decision } from './sex-safety';
import type { HealthEventKind, RatStatus, Role, Sex, Symptom } from './vocabulary';

export const HEALTH_EVENT_LABELS: Record<HealthEventKind, string> = {
  weight: 'Weight',
  health_check: 'Health check',
  vet_visit: 'Vet visit',
  illness: 'Illness or symptom',
  medication: 'Medication',
  neuter: 'Neuter',
  neuter_review: 'Neuter review',
  death: 'Death',
};

/** Fosters weigh, check and report symptoms for the rats in their home; vet work, neuters and deaths are the office's. */
export const FOSTER_HEALTH_KINDS = ['weight', 'health_check', 'illness'] as const satisfies readonly HealthEventKind[];

/** The kinds of health event a role may record, in the order the form offers them. */
export function healthKindsFor(role: Role): readonly HealthEventKind[] {
  if (role === 'foster') return FOSTER_HEALTH_KINDS;
  return ['weight', 'health_check', 'illness', 'vet_visit', 'medication', 'neuter', 'neuter_review', 'death'];
}

/** The kinds that may carry a Rat Grimace Scale pain score. */
export const GRIMACE_KINDS: readonly HealthEventKind[] = ['health_check', 'illness', 'vet_visit'];

/** An illness is always a symptom record; a health check is one when it names a symptom seen. */
export function isSymptomRecord(event: { kind: HealthEventKind; symptoms: readonly Symptom[] }): boolean {
  return event.kind === 'illness' || (event.kind === 'health_check' && event.symptoms.length > 0);
}

export type HealthRecordRat = { name: string; sex: Sex; status: RatStatus; neuteredOn: string | null; birthDate: string | null };

/**
 * A health event may be recorded when the role may record its kind and the rat is alive; a neuter
 * only once, and not before the rat was born.
 */
export function canRecordHealthEvent(rat: HealthRecordRat, event: { kind: HealthEventKind; occurredOn: string }, role: Role): Decision {
  if (!healthKindsFor(role).includes(event.kind)) {
    return { ok: false, reason: `Fosters record weights, health checks and symptoms. Ask the rescue team to record the ${HEALTH_EVENT_LABELS[event.kind].toLowerCase()}.` };
  }
  if (rat.status === 'deceased') return { ok: false, reason: `${rat.name} has died: no more health events can be recorded.` };
  if (event.kind === 'neuter') {
    if (rat.neuteredOn) return { ok: false, reason: `${rat.name} was already neutered on ${formatShortDate(rat.neuteredOn)}.` };
    if (rat.birthDate && event.occurredOn < rat.birthDate) {
      return { ok: false, reason: `${rat.name} was born on ${formatShortDate(rat.birthDate)}: the neuter cannot be earlier.` };
    }
  }
  return { ok: true };
}

export type CageMate = CageMember & { ratName: string; cageGroupName: string };

/**
 * When a rat leaves its cage group (a death), a cage-mate left on its own outside quarantine is
 * solo: the message asks for an introduction. Null when nobody is left alone.
 */
export function aloneAfterLeaving(remaining: readonly CageMate[]): string | null {
  const [alone] = soloMembers(remaining);
  return alone ? `${alone.ratName} is now alone in ${alone.cageGroupName}: plan an introduction.` : null;
}

/** The moment recorded for something dated `onDate` (a birth, a death): midday UTC that day, never after now. */
export function momentOn(onDate: string, now: Date): Date {
  return new Date(Math.min(parseIsoDate(onDate).getTime() + 12 * 3_600_000, now.getTime()));
}

/** A stay (placement, cage membership) ends at the moment of an event dated `onDate`, never before the stay began. */
export function stayEndsAt(onDate: string, startedAt: Date, now: Date): Date {
  return new Date(Math.max(startedAt.getTime(), momentOn(onDate, now).getTime()));
}

/** A dated period closed by an event keeps its end on or after its start. */
export function closingDate(onDate: string, startedOn: string): string {
  return onDate < startedOn ? startedOn : onDate;
}

/** A health event as the timeline reads it. */
export type TimelineEvent = {
  kind: HealthEventKind;
  occurredOn: string;
  weightGrams: number | null;
  symptoms: readonly Symptom[];
  vetClinic: string | null;
  diagnosis: string | null;
  medication: string | null;
  dose: string | null;
  courseStartOn: string | null;
  courseEndOn: string | null;
  grimaceOrbital: number | null;
  grimaceNoseCheek: number | null;
  grimaceEars: number | null;
  grimaceWhiskers: number | null;
  causeOfDeath: string | null;
};

/** A timeline event with only the given fields filled and every other one empty. */
export function timelineEvent(fields: Partial<TimelineEvent> & Pick<TimelineEvent, 'kind' | 'occurredOn'>): TimelineEvent {
  return {
    weightGrams: null,
    symptoms: [],
    vetClinic: null,
    diagnosis: null,
    medication: null,
    dose: null,
    courseStartOn: null,
    courseEndOn: null,
    grimaceOrbital: null,
    grimaceNoseCheek: null,
    grimaceEars: null,
    grimaceWhiskers: null,
    causeOfDeath: null,
    ...fields,
  };
}

/** The pain score of an event when all four action units were scored, else null. */
export function eventGrimace(event: Pick<TimelineEvent, 'grimaceOrbital' | 'grimaceNoseCheek' | 'grimaceEars' | 'grimaceWhiskers'>): GrimaceResult | null {
  const { grimaceOrbital: orbital, grimaceNoseCheek: noseCheek, grimaceEars: ears, grimaceWhiskers: whiskers } = event;
  if (orbital === null || noseCheek === null || ears === null || whiskers === null) return null;
  return grimaceScore({ orbital, noseCheek, ears, whiskers });
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One line that says what happened, e.g. "312 g", "Sneezing and porphyrin", "Doxycycline, 10 mg/kg twice daily". */
export function healthEventHeadline(event: TimelineEvent): string {
  switch (event.kind) {
    case 'weight':
      return `${event.weightGrams} g`;
    case 'illness':
      return upperFirst(symptomsInWords(event.symptoms));
    case 'health_check':
      return event.symptoms.length ? `Health check: ${symptomsInWords(event.symptoms)}` : 'Health check';
    case 'vet_visit':
      return [event.vetClinic ? `Vet visit at ${event.vetClinic}` : 'Vet visit', event.diagnosis].filter(Boolean).join(': ');
    case 'medication': {
      const course = event.courseStartOn
        ? event.courseEndOn
          ? ` from ${formatShortDate(event.courseStartOn)} to ${formatShortDate(event.courseEndOn)}`
          : ` from ${formatShortDate(event.courseStartOn)}, ongoing`
        : '';
      return `${[event.medication, event.dose].filter(Boolean).join(', ')}${course}`;
    }
    case 'neuter':
      return event.vetClinic ? `Neutered at ${event.vetClinic}` : 'Neutered';
    case 'neuter_review':
      return 'Neuter question reviewed';
    case 'death':
      return event.causeOfDeath ? `Died: ${event.causeOfDeath}` : 'Died';
  }
}

/** The weight chart in words, for screen readers and as its caption: range, latest, extremes, change and flagged weighings. */
export function weightChartSummary(points: readonly WeightChartPoint[]): string {
  if (points.length === 0) return 'No weights recorded yet.';
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) return `One weighing: ${last.grams} g on ${formatShortDate(last.date)}.`;
  const grams = points.map((p) => p.grams);
  const change = last.grams - first.grams;
  const trend = change === 0 ? 'the same as the first' : `${change > 0 ? 'up' : 'down'} ${Math.abs(change)} g since the first`;
  const flagged = points.filter((p) => p.lossAlert).length;
  return [
    `${points.length} weighings from ${formatShortDate(first.date)} to ${formatShortDate(last.date)}.`,
    `Latest ${last.grams} g on ${formatShortDate(last.date)}, ${trend}; heaviest ${Math.max(...grams)} g, lightest ${Math.min(...grams)} g.`,
    flagged > 0 ? `${countOf(flagged, 'weighing')} flagged for weight loss.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
