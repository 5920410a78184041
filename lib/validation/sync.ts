import { z } from 'zod';
import { OFFLINE_ENTRY_KINDS } from '@/lib/offline/queue';
import { MAX_CAPTION_LENGTH } from './rat';
import { idOf, optionalText } from './fields';

/**
 * One entry recorded on a foster's phone and sent by the sync endpoint (app/api/sync/route.ts):
 * its idempotency key, its kind, when it was recorded on the device and its content. The
 * content is read by the same schema as the online form of its kind (handling session, health
 * event, introduction observation, photo) once the envelope is read.
 */
export const syncEnvelopeInput = z.object({
  key: z.uuid('This entry has no valid key: it was not saved.').transform((k) => k.toLowerCase()),
  kind: z.enum(OFFLINE_ENTRY_KINDS, 'This entry is of a kind Ratwise does not know.'),
  recordedAt: z.iso.datetime({ offset: true, error: 'This entry has no time it was recorded: it was not saved.' }).transform((v) => new Date(v)),
  payload: z.record(z.string(), z.unknown()),
});

export type SyncEnvelope = z.infer<typeof syncEnvelopeInput>;

/** A weight taken on the phone: the rat and grams; the day is the day it was recorded on the device. */
export const syncWeightPayload = z.object({
  ratId: idOf('This rat could not be found.'),
  weightGrams: z.unknown(),
  occurredOn: z.string('Enter the date.'),
  notes: z.string().optional(),
});

/** A photo's content beside its file: the rat and an optional caption. */
export const syncPhotoPayload = z.object({
  ratId: idOf('This rat could not be found.'),
  caption: optionalText(MAX_CAPTION_LENGTH),
});
