'use client';

import { useActionState } from 'react';
import { createCageGroupAction } from '@/app/(dashboard)/cage-groups/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import { IdempotencyKey } from '@/components/ui/idempotency-key';

/** Sets up an empty cage group in a home; rats are moved into it from its page. */
export function NewCageGroupForm({ fosterHomeId }: { fosterHomeId: number }) {
  const [state, action] = useActionState(createCageGroupAction, idle);
  const values = state.ok ? undefined : state.values;
  const err = (f: string) => firstError(state, f);
  return (
    <form action={action} noValidate className="flex flex-col gap-3" key={JSON.stringify(values ?? {})}>
      <IdempotencyKey state={state} />
      <FormMessage state={state} />
      <input type="hidden" name="fosterHomeId" value={fosterHomeId} />
      <Field id="new-group-name" label="Cage group name" hint="Like “Spare room boys”. You move rats into it next." error={err('name')}>
        <Input {...fieldAria('new-group-name', err('name'), true)} name="name" defaultValue={values?.name} autoComplete="off" />
      </Field>
      <Field id="new-group-notes" label="Notes (optional)" error={err('notes')}>
        <Input {...fieldAria('new-group-notes', err('notes'))} name="notes" defaultValue={values?.notes} autoComplete="off" />
      </Field>
      <SubmitButton pendingLabel="Setting up…" variant="outline" className="self-start">
        Set up cage group
      </SubmitButton>
    </form>
  );
}
