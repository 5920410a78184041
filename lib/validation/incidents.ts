import { z } from 'zod';
import { idOf } from './fields';

/** A coordinator acknowledging that they have seen a bite incident. */
export const acknowledgeIncidentInput = z.object({
  incidentId: idOf('Choose an incident.'),
});
