'use client';

import { useActionState } from 'react';
import { extendQuarantineAction } from '@/app/(dashboard)/quarantine/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';

/** Extends an open quarantine to a later planned end, with the reason kept in its history. */
export function ExtendQuarantineForm({ quarantineId, suggestedEnd }: { quarantineId: number; suggestedEnd: string }) {
  const [state, action] = useActionState(extendQuarantineAction, idle);
  const values = state.ok ? undefined : state.values;
  const err = (f: string) => firstError(state, f);
  return (
    <form action={action} noValidate className="flex max-w-xl flex-col gap-4" key={JSON.stringify(values ?? {})}>
      {!state.ok ? <FormMessage state={state} /> : null}
      <input type="hidden" name="quarantineId" value={quarantineId} />
      <Field id="q-until" label="New planned end" error={err('until')} hint="Must be after the current planned end.">
        <Input {...fieldAria('q-until', err('until'), true)} type="date" name="until" defaultValue={values?.until ?? suggestedEnd} />
      </Field>
      <Field id="q-why" label="Why the quarantine goes on" error={err('why')} hint="Kept with the quarantine, e.g. “Still sneezing at the vet check”.">
        <Input {...fieldAria('q-why', err('why'), true)} name="why" defaultValue={values?.why} autoComplete="off" />
      </Field>
      <SubmitButton pendingLabel="Extending…" className="self-start">
        Extend quarantine
      </SubmitButton>
    </form>
  );
}
