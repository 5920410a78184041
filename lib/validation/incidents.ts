import { z } from 'zod';

/** A coordinator acknowledging that they have seen a bite incident. */
export const acknowledgeIncidentInput = z.object({
  incidentId: z.coerce.number('Choose an incident.').int('Choose an incident.').positive('Choose an incident.'),
});
