import { changedFields } from './audit';
import { toIsoDate } from './dates';
import { formatShortDate } from './quarantine';
import { RAT_STATUS_LABELS, humanize, type RatStatus, type Sex } from './vocabulary';

/** The fields a person edits on a rat's profile. */
export type RatProfile = {
  name: string;
  sex: Sex;
  neuteredOn: string | null;
  birthDate: string | null;
  birthDateEstimated: boolean;
  variety: string | null;
  markings: string | null;
  damId: number | null;
  sireId: number | null;
  notes: string | null;
};

export const PROFILE_FIELDS = [
  'name',
  'sex',
  'neuteredOn',
  'birthDate',
  'birthDateEstimated',
  'variety',
  'markings',
  'damId',
  'sireId',
  'notes',
] as const satisfies ReadonlyArray<keyof RatProfile>;

export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** What the profile form was opened with: the profile plus the status, to explain a conflict. */
export type ProfileSnapshot = RatProfile & { status: RatStatus };

const SNAPSHOT_FIELDS = [...PROFILE_FIELDS, 'status'] as const;
type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];

const FIELD_LABELS: Record<SnapshotField, string> = {
  name: 'name',
  sex: 'sex',
  neuteredOn: 'neutered on',
  birthDate: 'birth date',
  birthDateEstimated: 'birth date estimated',
  variety: 'variety',
  markings: 'markings',
  damId: 'dam',
  sireId: 'sire',
  notes: 'notes',
  status: 'status',
};

export type FieldChange = { field: string; label: string; from: string; to: string };

/** A profile value as a person reads it; parents are shown by name. */
export function showProfileValue(field: SnapshotField, value: unknown, ratNames: ReadonlyMap<number, string> = new Map()): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (field === 'damId' || field === 'sireId') return ratNames.get(Number(value)) ?? `rat #${String(value)}`;
  if (field === 'status') return RAT_STATUS_LABELS[value as RatStatus] ?? String(value);
  if (field === 'sex') return humanize(String(value));
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The fields that differ between what the form was opened with and the rat as it is now. */
export function changesSince(base: ProfileSnapshot, current: ProfileSnapshot, ratNames?: ReadonlyMap<number, string>): FieldChange[] {
  const changes = changedFields(base, current, SNAPSHOT_FIELDS);
  return Object.entries(changes).map(([field, change]) => ({
    field,
    label: FIELD_LABELS[field as SnapshotField],
    from: showProfileValue(field as SnapshotField, change.from, ratNames),
    to: showProfileValue(field as SnapshotField, change.to, ratNames),
  }));
}

export type Editor = { name: string | null; at: Date };

function timeOf(at: Date, now: Date): string {
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  const sameDay = at.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
  if (sameDay) return `at ${time}`;
  return `on ${formatShortDate(toIsoDate(at))} at ${time}`;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Why an edit based on a stale version was refused: who changed the rat, when, and what
 * changed, so the person can review their own changes against it and save again.
 */
export function describeConflict(params: { editors: Editor[]; changes: FieldChange[]; now: Date; kind?: 'profile' | 'status' }): string {
  const { editors, changes, now } = params;
  const names = [...new Set(editors.map((e) => e.name ?? 'Someone'))];
  const last = editors.reduce<Date | null>((latest, e) => (!latest || e.at > latest ? e.at : latest), null);
  const who = names.length ? joinNames(names) : 'Someone';
  const when = last ? ` ${names.length > 1 ? `(last ${timeOf(last, now)})` : timeOf(last, now)}` : '';
  const what = changes.length ? `: ${changes.map((c) => `${c.label} ${c.from} → ${c.to}`).join('; ')}` : '';
  const advice =
    params.kind === 'status'
      ? 'Your status change was not saved: check the status below and try again if it still applies.'
      : 'Your changes were not saved; they are still in the form — review them and save again.';
  return `${who} changed this rat${when} while you were editing${what}. ${advice}`;
}

/** A profile as the form's field values (checkbox: 'on' or absent; empty optional fields: ''). */
export function profileFormValues(profile: RatProfile): Record<ProfileField, string> {
  return {
    name: profile.name,
    sex: profile.sex,
    neuteredOn: profile.neuteredOn ?? '',
    birthDate: profile.birthDate ?? '',
    birthDateEstimated: profile.birthDateEstimated ? 'on' : '',
    variety: profile.variety ?? '',
    markings: profile.markings ?? '',
    damId: profile.damId ? String(profile.damId) : '',
    sireId: profile.sireId ? String(profile.sireId) : '',
    notes: profile.notes ?? '',
  };
}

/**
 * The form to show after a refused edit: the person's own changes kept, every field they did
 * not touch refreshed to the rat as it is now (so saving again does not undo the other edit).
 * `collisions` are the fields both people changed, to different values.
 */
export function mergeAfterConflict(
  base: RatProfile,
  mine: Readonly<Record<string, string | undefined>>,
  current: RatProfile,
): { values: Record<ProfileField, string>; collisions: ProfileField[] } {
  const before = profileFormValues(base);
  const now = profileFormValues(current);
  const values = {} as Record<ProfileField, string>;
  const collisions: ProfileField[] = [];
  for (const field of PROFILE_FIELDS) {
    const typed = mine[field] ?? '';
    const touched = typed.trim() !== before[field];
    values[field] = touched ? typed : now[field];
    if (touched && now[field] !== before[field] && typed.trim() !== now[field]) collisions.push(field);
  }
  return { values, collisions };
}

/** The hidden `base` field of the rat page's forms: the rat as shown, and its newest audit entry. */
export function profileBase(rat: ProfileSnapshot & { auditId: number }): string {
  return JSON.stringify({ ...Object.fromEntries(SNAPSHOT_FIELDS.map((field) => [field, rat[field]])), auditId: rat.auditId });
}
