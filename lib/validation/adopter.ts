import { z } from 'zod';
import { ADOPTER_APPROVALS, EXPERIENCE_LEVELS, OTHER_PETS } from '@/lib/domain/vocabulary';
import { checkboxField, idField, idOf, isoDateField, optionalEmail, optionalText, reasonField, requiredText, text, wholeNumberField } from './fields';

/** Rescue policy: an upper bound that catches a typo in the adopter's own rat count. */
export const MAX_ADOPTER_RATS = 50;

const ratCount = (label: string) => wholeNumberField(label, 0, MAX_ADOPTER_RATS, 'rats');

/** An adoption application: contact, household, the adopter's own rats, other pets, experience and wishes. */
export const adopterInput = z
  .object({
    name: requiredText('Enter the adopter’s name.'),
    email: optionalEmail,
    phone: optionalText(40),
    area: optionalText(120),
    household: optionalText(1000),
    existingRatsCount: ratCount('Rats they have now'),
    existingRatsFemales: ratCount('Females'),
    existingRatsMales: ratCount('Intact males'),
    existingRatsNeuteredMales: ratCount('Neutered males'),
    cageSize: optionalText(200),
    otherPets: z.array(z.enum(OTHER_PETS, 'Choose from the list.')).default([]),
    hasChildren: checkboxField,
    experience: z.enum(EXPERIENCE_LEVELS, 'Choose an experience level.'),
    experienceNotes: optionalText(2000),
    preferences: optionalText(2000),
    notes: optionalText(2000),
  })
  .refine((a) => a.existingRatsFemales + a.existingRatsMales + a.existingRatsNeuteredMales <= a.existingRatsCount, {
    path: ['existingRatsCount'],
    message: 'The females, intact males and neutered males add up to more than the rats they have: check the numbers.',
  });
export type AdopterInput = z.output<typeof adopterInput>;

export const updateAdopterInput = z.intersection(adopterInput, z.object({ adopterId: idField, version: idOf() }));

/** The form's multi-select arrives as repeated keys, which Object.fromEntries would flatten. */
export function adopterFormData(form: FormData): Record<string, unknown> {
  return { ...Object.fromEntries(form), otherPets: form.getAll('otherPets') };
}

/** What the person typed, to refill the form after a refusal (other pets kept whole). */
export function adopterFormValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  return { ...values, otherPets: form.getAll('otherPets').join(',') };
}

/** The states a decision can set: `applied` is where every application starts. */
export const ADOPTER_DECISIONS = ['approved', 'declined', 'withdrawn'] as const;

/** An approval decision: to which state, and why (kept with who decided and when). */
export const decideAdopterInput = z.object({
  adopterId: idField,
  version: idOf(),
  approval: z.enum(ADOPTER_DECISIONS, 'Choose a decision.'),
  reason: reasonField,
});

/** A fee typed as pounds and pence ('25' or '25.50'), stored in pence. */
export const feeField = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || '0')
  .refine((v) => /^\d{1,5}(\.\d{1,2})?$/.test(v), 'Enter the fee as an amount, like 25 or 25.50 (0 for none).')
  .transform((v) => Math.round(Number(v) * 100));

export const adoptionInput = z.object({
  adopterId: idField,
  adoptedOn: isoDateField('Enter the day the rats leave.'),
  ratIds: z.array(idField, 'Choose the rats that leave together.').min(1, 'Choose the rats that leave together.').max(20, 'Choose at most 20 rats.'),
  fee: feeField,
  notes: optionalText(2000),
  leftAloneReason: optionalText(300),
});
export type AdoptionInput = z.output<typeof adoptionInput>;

export function adoptionFormData(form: FormData): Record<string, unknown> {
  return { ...Object.fromEntries(form), ratIds: form.getAll('ratIds') };
}

export const returnInput = z.object({
  adoptionId: idField,
  ratIds: z.array(idField, 'Choose the rats that came back.').min(1, 'Choose the rats that came back.'),
  returnedOn: isoDateField('Enter the day the rats came back.'),
  reason: reasonField,
  fosterHomeId: idField,
});
export type ReturnInput = z.output<typeof returnInput>;

export function returnFormData(form: FormData): Record<string, unknown> {
  return { ...Object.fromEntries(form), ratIds: form.getAll('ratIds') };
}

export const ADOPTER_LIST_PAGE_SIZE = 25;

/** The adopters list's URL state: search, approval and own-rats filters, page. */
export const adopterListQuery = z.object({
  q: text().trim().max(100).catch(''),
  approval: z.enum(ADOPTER_APPROVALS).nullable().catch(null),
  rats: z.enum(['with', 'without']).nullable().catch(null),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AdopterListQuery = z.output<typeof adopterListQuery>;

export function parseAdopterListQuery(params: Record<string, string | string[] | undefined>): AdopterListQuery {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return adopterListQuery.parse({ q: one(params.q) ?? '', approval: one(params.approval) || null, rats: one(params.rats) || null, page: one(params.page) ?? 1 });
}
