import { z } from 'zod';
import { idField, idOf, optionalText, reasonField, requiredText, text } from './fields';
import { parseId } from './ids';

/** Move a whole cage group (every rat in it) to another home. */
export const moveCageGroupInput = z.object({
  groupId: idField,
  toHomeId: idOf('Choose the home to move to.'),
  reason: reasonField,
});

/** Where a rat moves: an existing cage group, or a new cage group in a home. */
export const moveDestinationField = text('Choose where the rat moves to.')
  .regex(/^(group|home):\d+$/, 'Choose where the rat moves to.')
  .refine((v) => parseId(v.split(':')[1]) !== null, 'Choose where the rat moves to.')
  .transform((v) => {
    const [kind, id] = v.split(':');
    return kind === 'group' ? ({ kind: 'group', groupId: Number(id) } as const) : ({ kind: 'home', fosterHomeId: Number(id) } as const);
  });

export const moveRatInput = z
  .object({
    ratId: idField,
    to: moveDestinationField,
    newGroupName: optionalText(120),
    reason: reasonField,
  })
  .refine((v) => v.to.kind === 'group' || v.newGroupName !== null, {
    path: ['newGroupName'],
    message: 'Name the new cage group, like “Pip & Dot”.',
  });

/** Move one rat into a given cage group (from the cage group's page). */
export const addRatToGroupInput = z.object({
  groupId: idField,
  ratId: idOf('Choose a rat.'),
  reason: reasonField,
});

export const createCageGroupInput = z.object({
  fosterHomeId: idField,
  name: requiredText('Name the cage group, like “Spare room boys”.'),
  notes: optionalText(1000),
});
