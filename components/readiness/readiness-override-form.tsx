'use client';

import { useActionState } from 'react';
import { readinessOverrideAction } from '@/app/(dashboard)/readiness/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Textarea } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import { MAX_OVERRIDE_REASON_LENGTH } from '@/lib/domain/readiness';

type Props = { ratId: number; version: number; hasOverride: boolean };

/** Coordinators only: declare the rat ready below the ready step with a reason, or revoke it. */
export function ReadinessOverrideForm({ ratId, version, hasOverride }: Props) {
  // One action for both, so its message stays when the form turns from "declare" to "revoke".
  const [state, action] = useActionState(readinessOverrideAction, idle);
  const message = (
    <div aria-live="polite">
      <FormMessage state={state} />
    </div>
  );
  if (hasOverride) {
    return (
      <form action={action} className="flex flex-col gap-3" aria-label="Revoke the readiness override">
        {message}
        <input type="hidden" name="intent" value="revoke" />
        <input type="hidden" name="ratId" value={ratId} />
        <input type="hidden" name="version" value={version} />
        <p className="text-sm text-muted-foreground">Revoke the override when the reason no longer holds: the trust step then counts again.</p>
        <SubmitButton variant="outline" pendingLabel="Revoking…">
          Revoke the override
        </SubmitButton>
      </form>
    );
  }
  const err = firstError(state, 'reason');
  const refill = !state.ok ? state.values?.reason : undefined;
  return (
    <form action={action} noValidate className="flex flex-col gap-3" aria-label="Declare ready anyway">
      {message}
      <input type="hidden" name="intent" value="set" />
      <input type="hidden" name="ratId" value={ratId} />
      <input type="hidden" name="version" value={version} />
      <Field
        id="override-reason"
        label="Why this rat is ready anyway"
        hint="Shy rats can do well with an experienced adopter. The reason is kept in the rat's history and shown with its readiness."
        error={err}
      >
        <Textarea {...fieldAria('override-reason', err, true)} key={refill ?? ''} name="reason" rows={3} maxLength={MAX_OVERRIDE_REASON_LENGTH} defaultValue={refill ?? ''} required />
      </Field>
      <SubmitButton pendingLabel="Saving…">Declare ready on the trust step</SubmitButton>
    </form>
  );
}
