/**
 * Foster home rules: occupancy against capacity, and what to do with an edit based on a version
 * of the home that someone else has saved over since.
 */
import { countOf, listInWords } from './quarantine';
import type { Decision } from './sex-safety';

export type Occupancy = { ratCount: number; capacityRats: number; cageCount: number; capacityCages: number };

export type OccupancyState = { ratsOver: boolean; cagesOver: boolean; over: boolean; message: string | null };

/** A home is over capacity when it holds more rats than its places, or more live cage groups than its cages. */
export function occupancyState(o: Occupancy): OccupancyState {
  const ratsOver = o.ratCount > o.capacityRats;
  const cagesOver = o.cageCount > o.capacityCages;
  const parts = [
    ratsOver ? `${countOf(o.ratCount, 'rat')} for ${countOf(o.capacityRats, 'place')}` : null,
    cagesOver ? `${countOf(o.cageCount, 'cage group')} for ${countOf(o.capacityCages, 'cage')}` : null,
  ].filter((p): p is string => p !== null);
  return {
    ratsOver,
    cagesOver,
    over: ratsOver || cagesOver,
    message: parts.length ? `Over capacity: ${listInWords(parts)}.` : null,
  };
}

/** The editable fields of a foster home, in form order. */
export const FOSTER_HOME_FIELDS = [
  'name',
  'contactName',
  'email',
  'phone',
  'area',
  'capacityRats',
  'capacityCages',
  'canQuarantine',
  'otherPets',
  'hasChildren',
  'experienceLevel',
  'accepts',
  'notes',
] as const;
export type FosterHomeField = (typeof FOSTER_HOME_FIELDS)[number];

export const FOSTER_HOME_FIELD_LABELS: Record<FosterHomeField, string> = {
  name: 'name',
  contactName: 'contact name',
  email: 'email',
  phone: 'phone',
  area: 'area',
  capacityRats: 'capacity in rats',
  capacityCages: 'capacity in cages',
  canQuarantine: 'can quarantine',
  otherPets: 'other pets',
  hasChildren: 'children',
  experienceLevel: 'experience',
  accepts: 'accepts',
  notes: 'notes',
};

export type ChangeSet = Record<string, { from: unknown; to: unknown }>;

/** Empty text, null and undefined are the same "nothing"; lists compare whatever their order. */
function normalise(value: unknown): unknown {
  if (value === undefined || value === '') return null;
  if (Array.isArray(value)) return [...value].map(String).sort();
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

/** Several saves' changes, oldest first, folded into one: each field from its first value to its last. */
export function foldChanges(oldestFirst: readonly ChangeSet[]): ChangeSet {
  const folded: ChangeSet = {};
  for (const changes of oldestFirst) {
    for (const [field, change] of Object.entries(changes)) {
      folded[field] = { from: field in folded ? folded[field].from : change.from, to: change.to };
    }
  }
  for (const field of Object.keys(folded)) if (sameValue(folded[field].from, folded[field].to)) delete folded[field];
  return folded;
}

export type StaleMerge<T> = { merged: T; conflicts: Array<keyof T & string> };

/**
 * An edit based on an old version is never saved over newer changes. Instead the form is refilled
 * with a merge: the fields only the other person changed take their new value, the fields only
 * this person changed keep theirs, and a field both changed differently is a conflict to decide.
 * The version the edit was based on is the current one with `theirChanges` undone.
 */
export function mergeStaleEdit<T extends Record<string, unknown>>(params: {
  submitted: T;
  current: T;
  theirChanges: ChangeSet;
  fields: ReadonlyArray<keyof T & string>;
}): StaleMerge<T> {
  const { submitted, current, theirChanges, fields } = params;
  const merged = { ...current };
  const conflicts: Array<keyof T & string> = [];
  for (const field of fields) {
    const base = field in theirChanges ? theirChanges[field].from : current[field];
    const mine = !sameValue(submitted[field], base);
    if (!mine) continue;
    merged[field] = submitted[field];
    if (field in theirChanges && !sameValue(submitted[field], current[field])) conflicts.push(field);
  }
  return { merged, conflicts };
}

/** 'capacity in rats and phone': the fields a change set touched, in words. */
export function changedFieldsInWords(changes: ChangeSet, labels: Record<string, string>): string {
  return listInWords(Object.keys(changes).map((field) => labels[field] ?? field));
}

/** A home holding rats in quarantine cannot be switched to "cannot quarantine": the quarantined rats are named. */
export function canStopQuarantining(homeName: string, quarantinedRatNames: readonly string[]): Decision {
  if (quarantinedRatNames.length === 0) return { ok: true };
  const verb = quarantinedRatNames.length === 1 ? 'is' : 'are';
  return {
    ok: false,
    reason: `${listInWords(quarantinedRatNames)} ${verb} in quarantine at ${homeName}: release them or move them to another home that can quarantine before saying this home cannot.`,
  };
}
