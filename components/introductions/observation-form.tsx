'use client';

import { useActionState, useState, type FormEvent } from 'react';
import { useOffline } from '@/components/offline/offline-provider';
import { recordObservationAction } from '@/app/(dashboard)/introductions/actions';
import { ChipGroup } from '@/components/sessions/chips';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input, Textarea } from '@/components/ui/input';
import { firstError, idle, type ActionResult } from '@/lib/action-result';
import {
  INTRODUCTION_STAGE_LABELS,
  INTRODUCTION_STAGES,
  OBSERVATION_BEHAVIOUR_LABELS,
  OBSERVATION_BEHAVIOURS,
  OBSERVATION_OUTCOME_LABELS,
  OBSERVATION_OUTCOMES,
  type IntroductionStage,
  type ObservationBehaviour,
  type ObservationOutcome,
} from '@/lib/domain/vocabulary';

const DURATIONS = [5, 10, 15, 30, 60, 120] as const;
const STAGES = INTRODUCTION_STAGES.filter((s) => s !== 'bonded');

function localNow(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/**
 * One meeting, phone-first: the stage and 15 minutes are preselected and the time is now, so an
 * ordinary log is an outcome, a behaviour or two, and Save.
 */
export function ObservationForm({ introductionId, stage }: { introductionId: number; stage: IntroductionStage }) {
  const [round, setRound] = useState(0);
  const [state, action] = useActionState(async (prev: ActionResult, form: FormData) => {
    const result = await recordObservationAction(prev, form);
    if (result.ok) setRound((n) => n + 1);
    return result;
  }, idle);
  const [queued, setQueued] = useState<string | null>(null);
  return (
    <>
      {queued ? (
        <p role="status" className="mb-3 rounded-md border border-warning/50 bg-warning/10 px-3 py-2 text-sm">
          {queued}
        </p>
      ) : null}
      <ObservationFields
        key={`${round}-${stage}`}
        introductionId={introductionId}
        stage={stage}
        state={state}
        action={action}
        onQueued={() => {
          setQueued('No signal: the meeting is kept on this phone and sent when the signal returns.');
          setRound((n) => n + 1);
        }}
      />
    </>
  );
}

function ObservationFields({
  introductionId,
  stage,
  state,
  action,
  onQueued,
}: {
  introductionId: number;
  stage: IntroductionStage;
  state: ActionResult;
  action: (form: FormData) => void;
  onQueued: () => void;
}) {
  const [chosenStage, setStage] = useState<IntroductionStage>(stage);
  const [minutes, setMinutes] = useState<number>(15);
  const [behaviours, setBehaviours] = useState<ObservationBehaviour[]>([]);
  const [outcome, setOutcome] = useState<ObservationOutcome | null>(null);
  const [when, setWhen] = useState<string | null>(null);
  const [showStages, setShowStages] = useState(false);
  const err = (f: string) => firstError(state, f);
  const toggle = (b: ObservationBehaviour) => setBehaviours((prev) => (prev.includes(b) ? prev.filter((x) => x !== b) : [...prev, b]));

  // With no signal (a foster's phone), the meeting is kept on the phone and sent when the signal returns.
  const offline = useOffline();
  const [missing, setMissing] = useState<string | null>(null);
  const keepOnPhone = (event: FormEvent<HTMLFormElement>) => {
    if (!offline || navigator.onLine) return;
    event.preventDefault();
    if (!outcome) return setMissing('Choose how the meeting went.');
    const recordedAt = new Date();
    const notes = String(new FormData(event.currentTarget).get('notes') ?? '');
    void offline
      .enqueue({
        kind: 'observation',
        label: `Introduction meeting at the ${INTRODUCTION_STAGE_LABELS[chosenStage].toLowerCase()} stage`,
        payload: { introductionId, stage: chosenStage, durationMinutes: minutes, observedAt: (when ? new Date(when) : recordedAt).toISOString(), behaviours, outcome, notes },
        recordedAt,
      })
      .then(onQueued);
  };

  return (
    <form action={action} onSubmit={keepOnPhone} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="introductionId" value={introductionId} />
      <input type="hidden" name="stage" value={chosenStage} />
      <input type="hidden" name="durationMinutes" value={minutes} />
      <input type="hidden" name="observedAt" value={when ? new Date(when).toISOString() : ''} />
      {behaviours.map((b) => (
        <input key={b} type="hidden" name="behaviours" value={b} />
      ))}
      {outcome ? <input type="hidden" name="outcome" value={outcome} /> : null}

      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span>
          At the <strong>{INTRODUCTION_STAGE_LABELS[chosenStage].toLowerCase()}</strong> stage,{' '}
          {when === null ? <strong>now</strong> : null}
        </span>
        <button type="button" className="min-h-11 rounded-md px-2 text-primary underline-offset-4 hover:underline" onClick={() => setShowStages((v) => !v)} aria-expanded={showStages}>
          Another stage
        </button>
        {when === null ? (
          <button type="button" className="min-h-11 rounded-md px-2 text-primary underline-offset-4 hover:underline" onClick={() => setWhen(localNow())}>
            Change time
          </button>
        ) : null}
      </div>
      {when !== null ? (
        <Field id="obs-at" label="When" error={err('observedAt')}>
          <Input {...fieldAria('obs-at', err('observedAt'))} type="datetime-local" value={when} max={localNow()} onChange={(e) => setWhen(e.target.value)} />
        </Field>
      ) : null}
      {showStages ? (
        <ChipGroup legend="Stage" options={STAGES} selected={[chosenStage]} onToggle={setStage} label={(s) => INTRODUCTION_STAGE_LABELS[s]} single />
      ) : null}
      <ChipGroup legend="How long" options={DURATIONS} selected={[minutes]} onToggle={setMinutes} label={(m) => (m < 60 ? `${m} min` : `${m / 60} h`)} single />
      <ChipGroup legend="What you saw" options={OBSERVATION_BEHAVIOURS} selected={behaviours} onToggle={toggle} label={(b) => OBSERVATION_BEHAVIOUR_LABELS[b]} />
      <div>
        <ChipGroup legend="How it went" options={OBSERVATION_OUTCOMES} selected={outcome ? [outcome] : []} onToggle={setOutcome} label={(o) => OBSERVATION_OUTCOME_LABELS[o]} single />
        {err('outcome') || missing ? <p className="mt-1 text-sm text-destructive">{err('outcome') ?? missing}</p> : null}
      </div>
      <Field id="obs-notes" label="Notes (optional)" error={err('notes')}>
        <Textarea {...fieldAria('obs-notes', err('notes'))} name="notes" rows={2} />
      </Field>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      <SubmitButton size="lg" pendingLabel="Saving…" className="w-full sm:w-auto sm:self-start">
        Save meeting
      </SubmitButton>
    </form>
  );
}
