'use client';

import { useActionState } from 'react';
import { updatePublicProfileAction } from '@/app/(dashboard)/settings/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';

/** The public listing's name and fee per rat (admins edit; others read). */
export function PublicProfileForm({ rescueName, feePerRatCents, canEdit }: { rescueName: string; feePerRatCents: number; canEdit: boolean }) {
  const [state, action] = useActionState(updatePublicProfileAction, idle);
  const values = state.ok ? undefined : state.values;
  const err = (field: string) => firstError(state, field);
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <FormMessage state={state} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="p-name" label="Rescue name on the public pages" error={err('rescueName')}>
          <Input {...fieldAria('p-name', err('rescueName'))} name="rescueName" defaultValue={values?.rescueName ?? rescueName} disabled={!canEdit} maxLength={120} />
        </Field>
        <Field id="p-fee" label="Adoption fee per rat (£)" hint="A pair costs twice this; 0 for no fee." error={err('feePerRat')}>
          <Input {...fieldAria('p-fee', err('feePerRat'), true)} name="feePerRat" inputMode="decimal" defaultValue={values?.feePerRat ?? (feePerRatCents / 100).toFixed(2)} disabled={!canEdit} />
        </Field>
      </div>
      {canEdit ? (
        <SubmitButton className="sm:self-start" pendingLabel="Saving…">
          Save public listing settings
        </SubmitButton>
      ) : null}
    </form>
  );
}
