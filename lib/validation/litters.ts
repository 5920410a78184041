import { z } from 'zod';
import { idOf } from './fields';
import { optionalText, pastDate, wholeNumber } from './health';

/** Rescue policy: the largest litter the form accepts; rat litters run 6-12, rarely over 20. */
export const MAX_LITTER_SIZE = 25;

const id = (message: string) => idOf(message);

/** A birth as the form sends it: the dam, the sire when known, the date born and how many kittens lived and died. */
export function litterInput(now: Date) {
  return z
    .object({
      damId: id('Choose the dam.'),
      sireId: z.preprocess((v) => (v === '' || v === undefined || v === null ? undefined : v), id('Choose the sire, or leave it as unknown.').optional()),
      bornOn: pastDate('Enter the date the litter was born.', 'A litter cannot be born in the future.', now),
      aliveCount: wholeNumber(0, MAX_LITTER_SIZE, `Enter how many kittens are alive, from 0 to ${MAX_LITTER_SIZE}.`),
      deadCount: z.preprocess((v) => (v === '' || v === undefined ? '0' : v), wholeNumber(0, MAX_LITTER_SIZE, `Enter how many kittens were stillborn or died, from 0 to ${MAX_LITTER_SIZE}.`)),
      notes: optionalText(2000, 'the note'),
    })
    .refine((v) => v.aliveCount + v.deadCount > 0, { path: ['aliveCount'], message: 'A litter has at least one kitten, alive or dead.' });
}

export type LitterInput = z.infer<ReturnType<typeof litterInput>>;
