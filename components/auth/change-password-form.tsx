'use client';

import { useActionState } from 'react';
import { changeOwnPasswordAction } from '@/app/(auth)/change-password/actions';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Field, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';

export function ChangePasswordForm() {
  const [state, action] = useActionState(changeOwnPasswordAction, idle);
  const err = (f: string) => firstError(state, f);
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <Field id="currentPassword" label="Current password" error={err('currentPassword')}>
        <Input {...fieldAria('currentPassword', err('currentPassword'))} name="currentPassword" type="password" autoComplete="current-password" required />
      </Field>
      <Field id="password" label="New password" hint="At least 10 characters." error={err('password')}>
        <Input {...fieldAria('password', err('password'), true)} name="password" type="password" autoComplete="new-password" required />
      </Field>
      <Field id="confirmPassword" label="Repeat the new password" error={err('confirmPassword')}>
        <Input {...fieldAria('confirmPassword', err('confirmPassword'))} name="confirmPassword" type="password" autoComplete="new-password" required />
      </Field>
      <SubmitButton className="w-full" pendingLabel="Changing…">
        Change password
      </SubmitButton>
    </form>
  );
}
