'use client';

import { useActionState } from 'react';
import { acknowledgeIncidentAction } from '@/app/(dashboard)/reports/handling/actions';
import { SubmitButton } from '@/components/ui/form';
import { idle } from '@/lib/action-result';

/** One tap to record that a coordinator has seen a bite incident. */
export function AcknowledgeIncidentForm({ incidentId, ratName }: { incidentId: number; ratName: string }) {
  const [state, action] = useActionState(acknowledgeIncidentAction, idle);
  return (
    <form action={action} className="flex flex-col gap-1 sm:items-end">
      <input type="hidden" name="incidentId" value={incidentId} />
      <SubmitButton variant="outline" className="min-h-11 w-full sm:w-auto" pendingLabel="Acknowledging…" aria-label={`Acknowledge ${ratName}’s bite`}>
        Acknowledge
      </SubmitButton>
      <p aria-live="polite" className={state.ok ? 'text-sm text-success' : 'text-sm text-destructive'}>
        {state.message}
      </p>
    </form>
  );
}
