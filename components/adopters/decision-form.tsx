'use client';

import { useActionState } from 'react';
import { decideAdopterAction } from '@/app/(dashboard)/adopters/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input, NativeSelect } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import type { AdopterApproval } from '@/lib/domain/vocabulary';
import { ADOPTER_DECISIONS } from '@/lib/validation/adopter';
import { APPROVAL_LABELS } from './labels';

/** Approve, decline or mark withdrawn, always with a reason; the adopter's version guards a stale decision. */
export function DecisionForm({ adopterId, version, current }: { adopterId: number; version: number; current: AdopterApproval }) {
  const [state, action] = useActionState(decideAdopterAction, idle);
  const err = (f: string) => firstError(state, f);
  const choices = ADOPTER_DECISIONS.filter((a) => a !== current);
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="adopterId" value={adopterId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-[12rem_minmax(0,1fr)]">
        <Field id="approval" label="Decision" error={err('approval')}>
          <NativeSelect {...fieldAria('approval', err('approval'))} name="approval" defaultValue={choices.includes('approved') ? 'approved' : choices[0]}>
            {choices.map((a) => (
              <option key={a} value={a}>
                {APPROVAL_LABELS[a]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id="reason" label="Why" hint="Kept with your name and the date, like “Home visit done, cage checked”." error={err('reason')}>
          <Input {...fieldAria('reason', err('reason'), true)} name="reason" autoComplete="off" />
        </Field>
      </div>
      <div>
        <SubmitButton>Save decision</SubmitButton>
      </div>
    </form>
  );
}
