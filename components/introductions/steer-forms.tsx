'use client';

import { useActionState, type ReactNode } from 'react';
import { changeStageAction, markBondedAction, setIntroductionStatusAction } from '@/app/(dashboard)/introductions/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input, NativeSelect } from '@/components/ui/input';
import { firstError, idle, type ActionResult } from '@/lib/action-result';
import { INTRODUCTION_STAGE_LABELS, INTRODUCTION_STAGES, type IntroductionStage, type IntroductionStatus } from '@/lib/domain/vocabulary';

type Action = (prev: ActionResult, form: FormData) => Promise<ActionResult>;

/** A small form on one introduction: id and version ride along, the message shows under it. */
function SteerForm({
  action,
  introductionId,
  version,
  submit,
  variant,
  children,
}: {
  action: Action;
  introductionId: number;
  version: number;
  submit: string;
  variant?: 'default' | 'outline' | 'destructive';
  children: (err: (field: string) => string | undefined) => ReactNode;
}) {
  const [state, dispatch] = useActionState(action, idle);
  const err = (f: string) => firstError(state, f);
  return (
    <form action={dispatch} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="introductionId" value={introductionId} />
      <input type="hidden" name="version" value={version} />
      {children(err)}
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      <SubmitButton variant={variant} pendingLabel="Saving…" className="self-start">
        {submit}
      </SubmitButton>
    </form>
  );
}

export function StageForm({ introductionId, version, stage, next }: { introductionId: number; version: number; stage: IntroductionStage; next: IntroductionStage | null }) {
  const options = INTRODUCTION_STAGES.filter((s) => s !== 'bonded' && s !== stage);
  return (
    <SteerForm action={changeStageAction} introductionId={introductionId} version={version} submit="Change stage">
      {(err) => (
        <>
          <Field id="stage-to" label="Move to stage" hint="The next stage, or back a step. Skipping ahead needs a reason." error={err('to')}>
            <NativeSelect {...fieldAria('stage-to', err('to'), true)} name="to" defaultValue={next && next !== 'bonded' ? next : (options[0] ?? '')}>
              {options.map((s) => (
                <option key={s} value={s}>
                  {INTRODUCTION_STAGE_LABELS[s]}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field id="stage-reason" label="Reason (needed to skip ahead)" error={err('reason')}>
            <Input {...fieldAria('stage-reason', err('reason'))} name="reason" autoComplete="off" />
          </Field>
        </>
      )}
    </SteerForm>
  );
}

export function StatusForm({ introductionId, version, status }: { introductionId: number; version: number; status: IntroductionStatus }) {
  return (
    <SteerForm action={setIntroductionStatusAction} introductionId={introductionId} version={version} submit="Save" variant="outline">
      {(err) => (
        <>
          <Field id="status-to" label="Pause, resume or end as failed" error={err('to')}>
            <NativeSelect {...fieldAria('status-to', err('to'))} name="to" defaultValue={status === 'paused' ? 'in_progress' : 'paused'}>
              {status === 'paused' ? <option value="in_progress">Resume</option> : <option value="paused">Pause</option>}
              <option value="failed">Failed: they cannot live together</option>
            </NativeSelect>
          </Field>
          <Field id="status-reason" label="Reason" hint="Kept in the history; a failure warns anyone who plans these rats together again." error={err('reason')}>
            <Input {...fieldAria('status-reason', err('reason'), true)} name="reason" autoComplete="off" />
          </Field>
        </>
      )}
    </SteerForm>
  );
}

export function BondedForm({ introductionId, version, atFullCage, suggestedName }: { introductionId: number; version: number; atFullCage: boolean; suggestedName: string }) {
  return (
    <SteerForm action={markBondedAction} introductionId={introductionId} version={version} submit="Mark bonded and merge">
      {(err) => (
        <>
          <p className="text-sm text-muted-foreground">Every rat of both sides moves into one new cage group in this home; the old groups close, their history kept.</p>
          <Field id="bonded-name" label="New cage group name" hint={`Leave empty for “${suggestedName}”.`} error={err('groupName')}>
            <Input {...fieldAria('bonded-name', err('groupName'), true)} name="groupName" autoComplete="off" />
          </Field>
          {atFullCage ? null : (
            <Field id="bonded-reason" label="Reason (they are not at the full-cage stage yet)" error={err('reason')}>
              <Input {...fieldAria('bonded-reason', err('reason'))} name="reason" autoComplete="off" />
            </Field>
          )}
        </>
      )}
    </SteerForm>
  );
}
