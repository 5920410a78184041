'use client';

import { useActionState } from 'react';
import { markAvailableAction } from '@/app/(dashboard)/readiness/actions';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { idle } from '@/lib/action-result';

type Props = { rats: Array<{ ratId: number; name: string; version: number }> };

/** Marks a ready rat available, with its ready cage-mates ticked too: they leave together. */
export function MarkAvailableForm({ rats }: Props) {
  const [state, action] = useActionState(markAvailableAction, idle);
  // The message sits outside the form: after a success the list re-renders without these rats.
  const message = (
    <div aria-live="polite">
      <FormMessage state={state} />
    </div>
  );
  if (rats.length === 0) {
    return (
      <>
        {message}
        <p className="text-sm text-muted-foreground">Every ready rat in this cage is available.</p>
      </>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-2" aria-label="Mark available">
      {message}
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium">{rats.length > 1 ? 'Mark these cage-mates available together' : 'Mark available'}</legend>
        {rats.map((rat) => (
          <label key={rat.ratId} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="rat" value={`${rat.ratId}:${rat.version}`} defaultChecked className="size-4" />
            {rat.name}
          </label>
        ))}
      </fieldset>
      <SubmitButton variant="outline" className="self-start" pendingLabel="Marking…">
        Mark available
      </SubmitButton>
    </form>
  );
}
