'use client';

import { useActionState, useId } from 'react';
import { addRatToProposalAction, decideProposalAction, proposePairAction, startTrialAction } from '@/app/(dashboard)/matching/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { IdempotencyKey } from '@/components/ui/idempotency-key';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { NativeSelect, Textarea } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import type { PairProposalStatus } from '@/lib/domain/vocabulary';

function Result({ state }: { state: Parameters<typeof FormMessage>[0]['state'] }) {
  return (
    <div aria-live="polite" className="empty:hidden">
      {!state.ok || state.message ? <FormMessage state={state} /> : null}
    </div>
  );
}

/** Proposes the given rats together, from either view. */
export function ProposeButton({ ratIds, names }: { ratIds: number[]; names: string }) {
  const [state, action] = useActionState(proposePairAction, idle);
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      <IdempotencyKey state={state} />
      {ratIds.map((id) => (
        <input key={id} type="hidden" name="ratIds" value={id} />
      ))}
      <SubmitButton size="sm" variant="outline" pendingLabel="Proposing…" aria-label={`Propose ${names}`}>
        Propose
      </SubmitButton>
      <Result state={state} />
    </form>
  );
}

export type ChoosableRat = { id: number; name: string; code: string; detail: string };

/** Proposes a pair or group chosen by hand. */
export function HandProposalForm({ rats }: { rats: ChoosableRat[] }) {
  const [state, action] = useActionState(proposePairAction, idle);
  const id = useId();
  const chosen = new Set(state.ok ? [] : (state.values?.ratIds?.split(',') ?? []));
  const ratsError = firstError(state, 'ratIds');
  return (
    <form action={action} className="flex flex-col gap-4">
      <IdempotencyKey state={state} />
      <fieldset aria-describedby={ratsError ? `${id}-rats-error` : undefined}>
        <legend className="mb-2 text-sm font-medium">Rats to propose together</legend>
        <div className="grid max-h-72 gap-1 overflow-y-auto rounded-md border p-2 sm:grid-cols-2">
          {rats.map((r) => (
            <label key={r.id} className="flex min-h-10 items-center gap-2 rounded px-2 hover:bg-muted">
              <input type="checkbox" name="ratIds" value={r.id} defaultChecked={chosen.has(String(r.id))} className="size-4" />
              <span>
                {r.name} <span className="font-mono text-xs text-muted-foreground">{r.code}</span>
                <span className="block text-xs text-muted-foreground">{r.detail}</span>
              </span>
            </label>
          ))}
        </div>
        {ratsError ? (
          <p id={`${id}-rats-error`} className="mt-1 text-sm text-destructive">
            {ratsError}
          </p>
        ) : null}
      </fieldset>
      <Field id={`${id}-notes`} label="Note (optional)" error={firstError(state, 'notes')}>
        <Textarea name="notes" {...fieldAria(`${id}-notes`, firstError(state, 'notes'))} defaultValue={state.ok ? '' : state.values?.notes} />
      </Field>
      <SubmitButton className="self-start" pendingLabel="Proposing…">
        Propose these rats
      </SubmitButton>
      <Result state={state} />
    </form>
  );
}

/** The next steps of one proposal: start the trial, approve or reject, add a rat by hand. */
export function ProposalControls({
  proposalId,
  version,
  status,
  names,
  addable,
}: {
  proposalId: number;
  version: number;
  status: PairProposalStatus;
  names: string;
  addable: ChoosableRat[];
}) {
  const [trialState, trialAction] = useActionState(startTrialAction, idle);
  const [decisionState, decisionAction] = useActionState(decideProposalAction, idle);
  const [addState, addAction] = useActionState(addRatToProposalAction, idle);
  const id = useId();
  const hidden = (
    <>
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        {status === 'proposed' ? (
          <form action={trialAction} className="flex flex-wrap items-end gap-2">
            {hidden}
            {firstError(trialState, 'warningsAcceptedReason') ? (
              <Field id={`${id}-why`} label="Why go ahead despite the warnings" className="min-w-64 flex-1" error={firstError(trialState, 'warningsAcceptedReason')}>
                <Textarea name="warningsAcceptedReason" rows={2} {...fieldAria(`${id}-why`, firstError(trialState, 'warningsAcceptedReason'))} />
              </Field>
            ) : null}
            <SubmitButton size="sm" pendingLabel="Starting…" aria-label={`Start the trial of ${names}`}>
              Start trial
            </SubmitButton>
          </form>
        ) : null}
        {status === 'trial' ? (
          <form action={decisionAction}>
            {hidden}
            <input type="hidden" name="decision" value="approved" />
            <SubmitButton size="sm" pendingLabel="Approving…" aria-label={`Approve ${names}`}>
              Approve
            </SubmitButton>
          </form>
        ) : null}
        {status === 'proposed' || status === 'trial' || status === 'approved' ? (
          <form action={decisionAction}>
            {hidden}
            <input type="hidden" name="decision" value="rejected" />
            <SubmitButton size="sm" variant="outline" pendingLabel="Rejecting…" aria-label={`Reject ${names}`}>
              Reject
            </SubmitButton>
          </form>
        ) : null}
      </div>
      {status === 'proposed' && addable.length > 0 ? (
        <form action={addAction} className="flex flex-wrap items-end gap-2">
          {hidden}
          <Field id={`${id}-rat`} label="Add a rat by hand" className="min-w-48 flex-1" error={firstError(addState, 'ratId')}>
            <NativeSelect name="ratId" {...fieldAria(`${id}-rat`, firstError(addState, 'ratId'))} defaultValue="">
              <option value="" disabled>
                Choose a rat
              </option>
              {addable.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name} ({r.code})
                </option>
              ))}
            </NativeSelect>
          </Field>
          <SubmitButton size="sm" variant="outline" pendingLabel="Adding…">
            Add
          </SubmitButton>
        </form>
      ) : null}
      <Result state={trialState} />
      <Result state={decisionState} />
      <Result state={addState} />
    </div>
  );
}
