'use client';

import { useActionState } from 'react';
import { removeDemoRescueAction, setRescueLiveAction } from '@/app/(dashboard)/settings/actions';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Field, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';

export function RescueLiveForm({ live }: { live: boolean }) {
  const [state, action] = useActionState(setRescueLiveAction, idle);
  return (
    <form action={action} className="flex flex-col gap-3">
      <p className="text-sm">
        {live
          ? 'The rescue is live: the demo password signs nobody in.'
          : 'The rescue is in trial: the demo accounts can still sign in with the demo password.'}
      </p>
      <input type="hidden" name="live" value={live ? 'false' : 'true'} />
      <div>
        <SubmitButton variant={live ? 'outline' : 'default'} pendingLabel="Saving…">
          {live ? 'Back to trial' : 'Mark the rescue live'}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

export function RemoveDemoForm() {
  const [state, action] = useActionState(removeDemoRescueAction, idle);
  const err = firstError(state, 'confirm');
  return (
    <form action={action} className="flex flex-col gap-3">
      <p className="text-sm">
        Removes every demo rat, home, record and account in one step. Your own account and the settings stay.
      </p>
      <Field id="confirm" label="Type remove to confirm" error={err}>
        <Input {...fieldAria('confirm', err)} name="confirm" autoComplete="off" className="max-w-48" />
      </Field>
      <div>
        <SubmitButton variant="destructive" pendingLabel="Removing…">
          Remove the demo rescue
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
