import { z } from 'zod';
import { idField, isoDateField, optionalIdField, optionalIsoDateField, optionalText, requiredText } from './fields';

/** A dam or sire to record for a rat: a rat, an outside ancestor, or none (to clear it). */
export const parentInput = z
  .object({
    role: z.enum(['dam', 'sire'], 'Choose dam or sire.'),
    parentKind: z.enum(['rat', 'ancestor', 'none'], 'Choose a parent from the search results.'),
    parentId: optionalIdField,
    version: idField,
  })
  .refine((v) => v.parentKind === 'none' || v.parentId !== null, { path: ['parentId'], message: 'Choose a parent from the search results.' });
export type ParentInput = z.infer<typeof parentInput>;

/** An ancestor from an outside line: name, sex, variety, rattery, date of birth, and its own parents when recorded. */
export const outsideAncestorInput = z.object({
  name: requiredText('Enter the ancestor’s name.', 120),
  sex: z.enum(['female', 'male'], 'Choose female or male.'),
  variety: optionalText(120),
  rattery: optionalText(120),
  birthDate: optionalIsoDateField,
  damId: optionalIdField,
  sireId: optionalIdField,
});
export type OutsideAncestorInput = z.infer<typeof outsideAncestorInput>;

/** A planned pairing: the doe, the buck, the planned date and the breeder's goals. */
export const plannedPairingInput = z
  .object({
    doeId: idField,
    buckId: idField,
    plannedOn: isoDateField('Enter the date you plan to put them together.'),
    goals: optionalText(1000),
  })
  .refine((v) => v.doeId !== v.buckId, { path: ['buckId'], message: 'Choose two different rats.' });
export type PlannedPairingInput = z.infer<typeof plannedPairingInput>;

/** Putting a planned pair together on a day, with the version the page showed. */
export const pairTogetherInput = z.object({
  pairingId: idField,
  togetherOn: isoDateField('Enter the date they went together.'),
  version: idField,
});
