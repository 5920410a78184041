import { z } from 'zod';
import { EXPERIENCE_LEVELS, FOSTER_ACCEPTS, OTHER_PETS } from '@/lib/domain/vocabulary';
import { checkboxField, idField, idOf, optionalEmail, optionalText, requiredText, text, wholeNumberField } from './fields';

/** Rescue policy: upper bounds that catch a typo (a home with 2000 places is a slip of the keyboard). */
export const MAX_HOME_CAPACITY_RATS = 200;
export const MAX_HOME_CAPACITY_CAGES = 50;

/** Everything a foster home form holds; shared by the form and the create and edit actions. */
export const fosterHomeInput = z.object({
  name: requiredText('Enter the home’s name, like “Willow House”.'),
  contactName: requiredText('Enter the name of the person to contact.'),
  email: optionalEmail,
  phone: optionalText(40),
  area: requiredText('Enter the area, like a town or neighbourhood.'),
  capacityRats: wholeNumberField('Capacity in rats', 0, MAX_HOME_CAPACITY_RATS, 'rats'),
  capacityCages: wholeNumberField('Capacity in cages', 0, MAX_HOME_CAPACITY_CAGES, 'cages'),
  canQuarantine: checkboxField,
  otherPets: z.array(z.enum(OTHER_PETS, 'Choose from the list.')).default([]),
  hasChildren: checkboxField,
  experienceLevel: z.enum(EXPERIENCE_LEVELS, 'Choose an experience level.'),
  accepts: z.array(z.enum(FOSTER_ACCEPTS, 'Choose from the list.')).default([]),
  notes: optionalText(2000),
});
export type FosterHomeInput = z.output<typeof fosterHomeInput>;

/** An edit carries the version of the home it was based on, so a stale edit can be refused. */
export const updateFosterHomeInput = fosterHomeInput.extend({
  homeId: idField,
  version: idOf(),
});

export const setFosterHomeActiveInput = z.object({
  homeId: idField,
  version: idOf(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

/** The form's multi-selects arrive as repeated keys, which Object.fromEntries would flatten to one. */
export function fosterHomeFormData(form: FormData): Record<string, unknown> {
  return { ...Object.fromEntries(form), otherPets: form.getAll('otherPets'), accepts: form.getAll('accepts') };
}

type FormableHome = { [K in keyof FosterHomeInput]: FosterHomeInput[K] } & { version?: number; homeId?: number };

/** A home's values as the form's inputs hold them: lists joined by commas, ticked boxes as 'on'. */
export function toFosterHomeFormValues(home: FormableHome): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(home)) {
    if (value === null || value === undefined) values[key] = '';
    else if (Array.isArray(value)) values[key] = value.join(',');
    else if (typeof value === 'boolean') values[key] = value ? 'on' : '';
    else values[key] = String(value);
  }
  return values;
}

/** What the person typed, to refill the form after a refusal (lists kept whole). */
export function fosterHomeFormValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  return { ...values, otherPets: form.getAll('otherPets').join(','), accepts: form.getAll('accepts').join(',') };
}

/** Homes on one page of the foster homes list. */
export const FOSTER_HOME_LIST_PAGE_SIZE = 30;

/** The foster homes list's URL state: a search over name, contact and area, and the page. */
export const fosterHomeListQuery = z.object({
  q: text().trim().max(100).catch(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type FosterHomeListQuery = z.output<typeof fosterHomeListQuery>;

export function parseFosterHomeListQuery(params: Record<string, string | string[] | undefined>): FosterHomeListQuery {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return fosterHomeListQuery.parse({ q: one(params.q) ?? '', page: one(params.page) ?? 1 });
}
