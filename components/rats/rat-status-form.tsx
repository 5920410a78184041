'use client';

import { useActionState, useState } from 'react';
import { changeRatStatusAction } from '@/app/(dashboard)/rats/[ratId]/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { NativeSelect, Textarea } from '@/components/ui/input';
import { firstError, idle, type ActionResult } from '@/lib/action-result';
import { MAX_STATUS_REASON_LENGTH, REASON_REQUIRED_STATUSES } from '@/lib/domain/rat-status';
import { RAT_STATUS_LABELS, type RatStatus } from '@/lib/domain/vocabulary';

type Props = { ratId: number; version: number; base: string; choices: RatStatus[] };

/** Changes the status to one the lifecycle allows from here, with why; carries the rat's version. */
export function RatStatusForm(props: Props) {
  const [state, action] = useActionState(changeRatStatusAction, idle);
  const refill = !state.ok && state.values ? state.values : undefined;
  const key = refill ? JSON.stringify(refill) : `v${props.version}-${state.ok ? (state.message ?? '') : ''}`;
  return (
    <form action={action} noValidate className="flex flex-col gap-4" aria-label="Change status">
      <FormMessage state={state} />
      <StatusFields key={key} {...props} state={state} refill={refill} />
    </form>
  );
}

/** Keyed by the last result, so a refused change refills and a saved one starts empty. */
function StatusFields({ ratId, version, base, choices, state, refill }: Props & { state: ActionResult; refill?: Record<string, string> }) {
  const [chosen, setChosen] = useState<string>(refill?.status ?? '');
  const needsReason = REASON_REQUIRED_STATUSES.includes(chosen as RatStatus);
  const err = (field: string) => firstError(state, field);
  return (
    <>
      <input type="hidden" name="ratId" value={ratId} />
      <input type="hidden" name="version" value={refill?.version ?? String(version)} />
      <input type="hidden" name="base" value={refill?.base ?? base} />
      <Field id="status-new" label="New status" error={err('status')}>
        <NativeSelect {...fieldAria('status-new', err('status'))} name="status" defaultValue={chosen} onChange={(e) => setChosen(e.target.value)} required>
          <option value="" disabled>
            Choose…
          </option>
          {choices.map((status) => (
            <option key={status} value={status}>
              {RAT_STATUS_LABELS[status]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field
        id="status-reason"
        label={needsReason ? 'Reason (required)' : 'Reason'}
        hint={
          needsReason
            ? 'This status is final: say what happened. Ratwise ends the rat’s placement, cage group, quarantine and watches.'
            : 'Why the status changes, e.g. “handling-ready, health check clear”. Required for deceased and transferred.'
        }
        error={err('reason')}
      >
        <Textarea
          {...fieldAria('status-reason', err('reason'), true)}
          name="reason"
          rows={3}
          maxLength={MAX_STATUS_REASON_LENGTH}
          defaultValue={refill?.reason ?? ''}
          required={needsReason}
        />
      </Field>
      <div className="flex justify-end">
        <SubmitButton className="w-full sm:w-auto" pendingLabel="Changing…">
          Change status
        </SubmitButton>
      </div>
    </>
  );
}
