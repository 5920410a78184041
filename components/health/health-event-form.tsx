'use client';

import { useActionState, useMemo, useState } from 'react';
import { recordHealthEventAction } from '@/app/(dashboard)/rats/[ratId]/health/actions';
import { ChipGroup } from '@/components/sessions/chips';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input, Textarea } from '@/components/ui/input';
import { firstError, idle, type ActionResult } from '@/lib/action-result';
import { GRIMACE_KINDS, HEALTH_EVENT_LABELS } from '@/lib/domain/health-events';
import { humanize, SYMPTOMS, type HealthEventKind, type Symptom } from '@/lib/domain/vocabulary';
import { MAX_WEIGHT_GRAMS, MIN_WEIGHT_GRAMS } from '@/lib/validation/health';
import { GRIMACE_FIELD, GrimacePicker, type PartialGrimace } from './grimace-picker';
import { IdempotencyKey } from '@/components/ui/idempotency-key';

const SUBMIT_LABELS: Record<HealthEventKind, string> = {
  weight: 'Save weight',
  health_check: 'Save health check',
  vet_visit: 'Save vet visit',
  illness: 'Save symptoms',
  medication: 'Save medication',
  neuter: 'Record neuter',
  neuter_review: 'Save neuter review',
  death: 'Record death',
};

type Props = {
  ratId: number;
  ratName: string;
  kinds: readonly HealthEventKind[];
  /** Today as the server counts it ('YYYY-MM-DD'): the default date and the latest allowed. */
  today: string;
  /** Set while the rat is in quarantine: a symptom restarts the clock. */
  quarantineUntil: string | null;
  /** Set once the rat has died: no more events, but the confirmation of the death stays on screen. */
  closedNote: string | null;
};

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** A labelled text field (or text area) of the form, refilled and marked after a refusal. */
function TextField({ id, name, label, hint, state, multiline = false }: { id: string; name: string; label: string; hint?: string; state: ActionResult; multiline?: boolean }) {
  const error = firstError(state, name);
  const props = { ...fieldAria(id, error, Boolean(hint)), name, defaultValue: state.ok ? '' : (state.values?.[name] ?? '') };
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {multiline ? <Textarea {...props} maxLength={2000} /> : <Input {...props} autoComplete="off" />}
    </Field>
  );
}

/** Recording one health event: pick what, then only that kind's fields. Weights first, for a quick weigh-in on a phone. */
export function HealthEventForm({ ratId, ratName, kinds, today, quarantineUntil, closedNote }: Props) {
  const record = useMemo(() => recordHealthEventAction.bind(null, ratId), [ratId]);
  const [state, action] = useActionState(record, idle);
  const [kind, setKind] = useState<HealthEventKind>(kinds[0]);
  const [symptoms, setSymptoms] = useState<Symptom[]>([]);
  const [grimace, setGrimace] = useState<PartialGrimace>({});
  // A saved event starts the next one afresh (React resets the inputs; the chips and scores are state).
  const [shown, setShown] = useState<ActionResult>(state);
  if (shown !== state) {
    setShown(state);
    if (state.ok) {
      setSymptoms([]);
      setGrimace({});
    }
  }
  const values = state.ok ? undefined : state.values;
  const err = (field: string) => firstError(state, field);
  const v = (field: string, fallback = '') => values?.[field] ?? fallback;
  const grimaceErrors = Object.fromEntries(Object.values(GRIMACE_FIELD).map((f) => [f, err(f)]));
  const withPain = GRIMACE_KINDS.includes(kind);
  const symptomKind = kind === 'illness' || kind === 'health_check';

  if (closedNote) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage state={state} />
        <p className="text-sm text-muted-foreground">{closedNote}</p>
      </div>
    );
  }

  return (
    <form
      action={action}
      noValidate
      className="flex flex-col gap-5"
      key={state.ok ? `saved-${state.message ?? ''}` : JSON.stringify(values)}
    >
      <FormMessage state={state} />
      <IdempotencyKey state={state} />
      <input type="hidden" name="kind" value={kind} />
      <ChipGroup legend="What are you recording?" single options={kinds} selected={[kind]} onToggle={setKind} label={(k) => HEALTH_EVENT_LABELS[k]} />

      {kind === 'weight' ? (
        <Field id="h-weight" label="Weight" hint={`In grams, ${MIN_WEIGHT_GRAMS} to ${MAX_WEIGHT_GRAMS}.`} error={err('weightGrams')}>
          <div className="flex items-center gap-2">
            <Input
              {...fieldAria('h-weight', err('weightGrams'), true)}
              name="weightGrams"
              type="number"
              inputMode="numeric"
              min={MIN_WEIGHT_GRAMS}
              max={MAX_WEIGHT_GRAMS}
              step={1}
              defaultValue={v('weightGrams')}
              className="h-12 max-w-40 text-lg sm:text-lg"
            />
            <span className="text-muted-foreground">g</span>
          </div>
        </Field>
      ) : null}

      {kind === 'medication' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-4 sm:col-span-2">
            <TextField id="h-medication" name="medication" label="Medication" state={state} />
            <TextField id="h-dose" name="dose" label="Dose and how often" hint="For example “0.1 ml twice daily by mouth”." state={state} />
          </div>
          <Field id="h-course-start" label="Course started" error={err('courseStartOn')}>
            <Input {...fieldAria('h-course-start', err('courseStartOn'))} name="courseStartOn" type="date" max={today} defaultValue={v('courseStartOn', today)} />
          </Field>
          <Field id="h-course-end" label="Last day of the course" hint="Leave empty if it is ongoing." error={err('courseEndOn')}>
            <Input {...fieldAria('h-course-end', err('courseEndOn'), true)} name="courseEndOn" type="date" defaultValue={v('courseEndOn')} />
          </Field>
        </div>
      ) : (
        <Field id="h-date" label={kind === 'death' ? 'Date of death' : kind === 'neuter' ? 'Date neutered' : 'Date'} error={err('occurredOn')}>
          <Input {...fieldAria('h-date', err('occurredOn'))} name="occurredOn" type="date" max={today} defaultValue={v('occurredOn', today)} className="sm:max-w-48" />
        </Field>
      )}

      {symptomKind ? (
        <div className="flex flex-col gap-1.5">
          <ChipGroup
            legend={kind === 'illness' ? 'Symptoms' : 'Symptoms seen (if any)'}
            options={SYMPTOMS}
            selected={symptoms}
            onToggle={(s) => setSymptoms((list) => toggle(list, s))}
            label={humanize}
          />
          {symptoms.map((s) => (
            <input key={s} type="hidden" name="symptoms" value={s} />
          ))}
          {err('symptoms') ? <p className="text-sm text-destructive">{err('symptoms')}</p> : null}
          {quarantineUntil ? (
            <p className="text-sm text-muted-foreground">
              {ratName} is in quarantine until {quarantineUntil}: a symptom restarts the quarantine clock from its date.
            </p>
          ) : null}
        </div>
      ) : null}

      {kind === 'vet_visit' ? (
        <>
          <TextField id="h-clinic" name="vetClinic" label="Vet clinic" state={state} />
          <TextField id="h-diagnosis" name="diagnosis" label="Diagnosis" hint="What the vet found, or “awaiting results”." state={state} multiline />
        </>
      ) : null}

      {kind === 'neuter' ? (
        <TextField id="h-neuter-clinic" name="vetClinic" label="Vet clinic (optional)" state={state} />
      ) : null}

      {kind === 'death' ? (
        <>
          <TextField id="h-cause" name="causeOfDeath" label="Cause of death (if known)" state={state} />
          <div className="flex flex-col gap-1">
            <label className="flex items-start gap-3 rounded-md border border-destructive/40 bg-destructive/5 p-3 text-sm">
              <input type="checkbox" name="confirmDeath" className="mt-0.5 size-5 shrink-0 accent-[var(--color-destructive)]" aria-describedby={err('confirmDeath') ? 'h-confirm-error' : undefined} />
              <span>
                {ratName} has died. End {ratName}’s placement and cage group, and close any quarantine and watches.
              </span>
            </label>
            {err('confirmDeath') ? (
              <p id="h-confirm-error" className="text-sm text-destructive">
                {err('confirmDeath')}
              </p>
            ) : null}
          </div>
        </>
      ) : null}

      <TextField
        id="h-notes"
        name="notes"
        label={kind === 'neuter_review' ? 'What was decided' : 'Note (optional)'}
        hint={kind === 'neuter_review' ? 'For example “Calm with his cage-mates: no neuter for now, review if he turns hormonal”.' : undefined}
        state={state}
        multiline
      />

      {withPain ? (
        <details className="rounded-md border bg-muted/20 p-3 open:bg-card" open={Object.keys(grimace).length > 0 || Object.values(grimaceErrors).some(Boolean)}>
          <summary className="cursor-pointer text-sm font-medium text-primary">Add a pain score (Rat Grimace Scale)</summary>
          <p className="mt-2 mb-4 text-sm text-muted-foreground">Look at {ratName}’s face for a minute without handling. Score each of the four features 0, 1 or 2.</p>
          <GrimacePicker scores={grimace} onChange={setGrimace} errors={grimaceErrors} />
        </details>
      ) : null}

      <SubmitButton size="lg" className="w-full sm:w-auto sm:self-start" variant={kind === 'death' ? 'destructive' : 'default'} pendingLabel="Saving…">
        {SUBMIT_LABELS[kind]}
      </SubmitButton>
    </form>
  );
}
