'use client';

import { useActionState, useState } from 'react';
import { startQuarantineAction } from '@/app/(dashboard)/quarantine/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { IdempotencyKey } from '@/components/ui/idempotency-key';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';

export type StartRatOption = { id: number; code: string; name: string; homeName: string | null };
export type ReasonOption = { value: string; label: string; days: number };

/** Starts a quarantine for a rat in care: the reason sets the length, the cohort is chosen or new. */
export function StartQuarantineForm({
  rats,
  reasons,
  cohorts,
  defaults,
}: {
  rats: StartRatOption[];
  reasons: ReasonOption[];
  cohorts: Array<{ id: number; label: string }>;
  defaults: { ratId: string; reason: string; startedOn: string };
}) {
  const [state, action] = useActionState(startQuarantineAction, idle);
  const values = state.ok ? undefined : state.values;
  const err = (f: string) => firstError(state, f);
  const [cohort, setCohort] = useState(values?.cohort ?? 'new');
  return (
    <form action={action} noValidate className="flex max-w-xl flex-col gap-4" key={JSON.stringify(values ?? {})}>
      <IdempotencyKey state={state} />
      {!state.ok ? <FormMessage state={state} /> : null}
      <Field id="q-rat" label="Rat" error={err('ratId')} hint="Rats in care that are not in quarantine now.">
        <NativeSelect {...fieldAria('q-rat', err('ratId'), true)} name="ratId" defaultValue={values?.ratId ?? defaults.ratId}>
          <option value="">Choose a rat…</option>
          {rats.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({r.code}) — {r.homeName ?? 'awaiting placement'}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field id="q-reason" label="Reason" error={err('reason')} hint="The reason sets how long the quarantine runs.">
        <NativeSelect {...fieldAria('q-reason', err('reason'), true)} name="reason" defaultValue={values?.reason ?? defaults.reason}>
          <option value="">Choose why…</option>
          {reasons.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label} — {r.days} days
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field id="q-start" label="Starts on" error={err('startedOn')} hint="Today, or the day of the show, exposure or first symptom.">
        <Input {...fieldAria('q-start', err('startedOn'), true)} type="date" name="startedOn" defaultValue={values?.startedOn ?? defaults.startedOn} />
      </Field>
      <Field id="q-cohort" label="Cohort" error={err('cohort')} hint="Rats of one cohort may share a cage and meet; other quarantined rats may not.">
        <NativeSelect {...fieldAria('q-cohort', err('cohort'), true)} name="cohort" value={cohort} onChange={(e) => setCohort(e.target.value)}>
          <option value="new">A new cohort</option>
          {cohorts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </NativeSelect>
      </Field>
      {cohort === 'new' ? (
        <Field id="q-cohort-label" label="New cohort name (optional)" error={err('newCohortLabel')} hint="Left empty, it is named after the rat, the reason and the day.">
          <Input {...fieldAria('q-cohort-label', err('newCohortLabel'), true)} name="newCohortLabel" defaultValue={values?.newCohortLabel} autoComplete="off" />
        </Field>
      ) : null}
      <Field id="q-notes" label="Notes (optional)" error={err('notes')}>
        <Textarea {...fieldAria('q-notes', err('notes'))} name="notes" rows={3} defaultValue={values?.notes} />
      </Field>
      <SubmitButton pendingLabel="Starting…" className="self-start">
        Start quarantine
      </SubmitButton>
    </form>
  );
}
