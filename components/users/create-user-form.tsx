'use client';

import { useActionState, useState } from 'react';
import { createUserAction } from '@/app/(dashboard)/users/actions';
import { HomeSelect } from '@/components/foster-homes/home-select';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input, NativeSelect } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import { ROLE_LABELS, ROLES } from '@/lib/domain/vocabulary';
import { IdempotencyKey } from '@/components/ui/idempotency-key';

export function CreateUserForm({ homes }: { homes: Array<{ id: number; name: string }> }) {
  const [state, action] = useActionState(createUserAction, idle);
  const values = state.ok ? undefined : state.values;
  const [role, setRole] = useState(values?.role ?? 'foster');
  const err = (f: string) => firstError(state, f);
  return (
    <form action={action} noValidate className="flex flex-col gap-4" key={state.ok ? `ok-${state.message}` : JSON.stringify(values)}>
      <IdempotencyKey state={state} />
      <FormMessage state={state} />
      <Field id="new-name" label="Name" error={err('name')}>
        <Input {...fieldAria('new-name', err('name'))} name="name" defaultValue={values?.name} autoComplete="off" />
      </Field>
      <Field id="new-email" label="Email" error={err('email')}>
        <Input {...fieldAria('new-email', err('email'))} name="email" type="email" defaultValue={values?.email} autoComplete="off" />
      </Field>
      <Field id="new-role" label="Role" error={err('role')}>
        <NativeSelect {...fieldAria('new-role', err('role'))} name="role" defaultValue={role} onChange={(e) => setRole(e.target.value)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      {role === 'foster' ? (
        <Field id="new-home" label="Foster home" hint="A foster sees only the rats placed in this home." error={err('fosterHomeId')}>
          <HomeSelect {...fieldAria('new-home', err('fosterHomeId'), true)} name="fosterHomeId" homes={homes} none="Not linked yet" defaultValue={values?.fosterHomeId ?? ''} />
        </Field>
      ) : null}
      <Field id="new-password" label="Password" hint="At least 10 characters. Share it privately." error={err('password')}>
        <Input {...fieldAria('new-password', err('password'), true)} name="password" type="password" autoComplete="new-password" />
      </Field>
      <SubmitButton pendingLabel="Adding…">Add user</SubmitButton>
    </form>
  );
}
