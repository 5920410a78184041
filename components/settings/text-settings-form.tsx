'use client';

import { useActionState, type HTMLAttributes } from 'react';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { firstError, idle, type ActionResult } from '@/lib/action-result';

export type TextSetting = {
  /** The field's element id (unique on the settings page). */
  id: string;
  /** The form field the action reads. */
  name: string;
  label: string;
  hint?: string;
  value: string;
  maxLength?: number;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
};

/** A few text settings side by side: admins edit and save them, everyone else reads them. */
export function TextSettingsForm({
  action: serverAction,
  fields,
  canEdit,
  submitLabel,
}: {
  action: (prev: ActionResult, form: FormData) => Promise<ActionResult>;
  fields: TextSetting[];
  canEdit: boolean;
  submitLabel: string;
}) {
  const [state, action] = useActionState(serverAction, idle);
  const values = state.ok ? undefined : state.values;
  const err = (field: string) => firstError(state, field);
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <FormMessage state={state} />
      <div className="grid gap-5 sm:grid-cols-2">
        {fields.map((f) => (
          <Field key={f.name} id={f.id} label={f.label} hint={f.hint} error={err(f.name)}>
            <Input
              {...fieldAria(f.id, err(f.name), Boolean(f.hint))}
              name={f.name}
              defaultValue={values?.[f.name] ?? f.value}
              disabled={!canEdit}
              maxLength={f.maxLength}
              inputMode={f.inputMode}
            />
          </Field>
        ))}
      </div>
      {canEdit ? (
        <SubmitButton className="sm:self-start" pendingLabel="Saving…">
          {submitLabel}
        </SubmitButton>
      ) : null}
    </form>
  );
}
