'use client';

import { IdempotencyKey } from '@/components/ui/idempotency-key';
import { useActionState } from 'react';
import { recordReturnAction } from '@/app/(dashboard)/adopters/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input, NativeSelect } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';

/** Takes rats of an adoption back into care: into a home that can quarantine, with the date and why. */
export function ReturnForm({
  adoptionId,
  rats,
  homes,
  today,
}: {
  adoptionId: number;
  rats: Array<{ id: number; name: string }>;
  homes: Array<{ id: number; name: string; area: string }>;
  today: string;
}) {
  const [state, action] = useActionState(recordReturnAction, idle);
  const err = (f: string) => firstError(state, f);
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      <IdempotencyKey state={state} />
      <input type="hidden" name="adoptionId" value={adoptionId} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">Rats that came back</legend>
        <div className="flex flex-wrap gap-2">
          {rats.map((rat) => (
            <label key={rat.id} className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border px-3 py-1.5 text-sm">
              <input type="checkbox" name="ratIds" value={rat.id} className="size-4 accent-[var(--color-primary)]" />
              {rat.name}
            </label>
          ))}
        </div>
        {err('ratIds') ? <p className="text-sm text-destructive">{err('ratIds')}</p> : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="returnedOn" label="Returned on" error={err('returnedOn')}>
          <Input {...fieldAria('returnedOn', err('returnedOn'))} name="returnedOn" type="date" max={today} defaultValue={today} />
        </Field>
        <Field id="fosterHomeId" label="Back into" hint="Only homes that can quarantine: a returned rat starts a quarantine." error={err('fosterHomeId')}>
          <NativeSelect {...fieldAria('fosterHomeId', err('fosterHomeId'), true)} name="fosterHomeId" defaultValue="">
            <option value="" disabled>
              Choose a home
            </option>
            {homes.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name} ({h.area})
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id="reason" label="Why they came back" error={err('reason')}>
          <Input {...fieldAria('reason', err('reason'))} name="reason" autoComplete="off" />
        </Field>
      </div>
      <div>
        <SubmitButton variant="outline">Record return</SubmitButton>
      </div>
    </form>
  );
}
