'use client';

import { useActionState } from 'react';
import { createFirstAdminAction } from '@/app/(auth)/setup/actions';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Field, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';

export function FirstAdminForm() {
  const [state, action] = useActionState(createFirstAdminAction, idle);
  const err = (f: string) => firstError(state, f);
  const value = (f: string) => (state.ok ? undefined : state.values?.[f]);
  return (
    <form action={action} noValidate className="flex flex-col gap-4" key={state.ok ? 'ok' : JSON.stringify(state.values)}>
      <FormMessage state={state} />
      <Field id="name" label="Your name" error={err('name')}>
        <Input {...fieldAria('name', err('name'))} name="name" autoComplete="name" defaultValue={value('name')} required />
      </Field>
      <Field id="email" label="Email" error={err('email')}>
        <Input {...fieldAria('email', err('email'))} name="email" type="email" autoComplete="username" defaultValue={value('email')} required />
      </Field>
      <Field id="password" label="Password" hint="At least 10 characters." error={err('password')}>
        <Input {...fieldAria('password', err('password'), true)} name="password" type="password" autoComplete="new-password" required />
      </Field>
      <Field id="confirmPassword" label="Repeat the password" error={err('confirmPassword')}>
        <Input {...fieldAria('confirmPassword', err('confirmPassword'))} name="confirmPassword" type="password" autoComplete="new-password" required />
      </Field>
      <SubmitButton className="w-full" pendingLabel="Creating…">
        Create admin account
      </SubmitButton>
    </form>
  );
}
