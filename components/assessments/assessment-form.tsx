'use client';

import { Check } from 'lucide-react';
import Link from 'next/link';
import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { buttonVariants } from '@/components/ui/button';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/input';
import { firstError, idle, type ActionResult } from '@/lib/action-result';
import {
  ASSESSMENT_SCALE,
  BACKGROUND_CAUSE_LABELS,
  BITE_RISK_LABELS,
  FEAR_TRIGGER_LABELS,
  SCORE_KEYS,
  SCORE_QUESTIONS,
  TEMPERAMENT_CATEGORY_LABELS,
} from '@/lib/domain/temperament';
import { BACKGROUND_CAUSES, BITE_RISKS, FEAR_TRIGGERS, TEMPERAMENT_CATEGORIES } from '@/lib/domain/vocabulary';
import { MAX_NOTE_LENGTH } from '@/lib/validation/handling';
import { cn } from '@/lib/utils';
import { IdempotencyKey } from '@/components/ui/idempotency-key';

type Action = (prev: ActionResult, form: FormData) => Promise<ActionResult>;

/** The input covers its whole tile, so a tap anywhere on the tile picks it; the tile shows the state. */
const tileInput = 'peer absolute inset-0 z-10 size-full cursor-pointer appearance-none rounded-lg opacity-0';
const tileFocus = 'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-ring';

/** A temperament assessment, phone-first: big tap targets, one question at a time down the page. */
export function AssessmentForm({ action, cancelHref }: { action: Action; cancelHref: string }) {
  const [state, formAction] = useActionState(action, idle);
  const formRef = useRef<HTMLFormElement>(null);
  const values = state.ok ? undefined : state.values;
  const list = (name: string) => (values?.[name] ? values[name].split(',') : []);
  const err = (name: string) => firstError(state, name);

  useEffect(() => {
    if (state.ok) return;
    // On a phone the first problem is usually off screen: take the user (and the screen reader) there.
    const field = formRef.current?.querySelector<HTMLElement>('[data-invalid] input, textarea[aria-invalid="true"]');
    if (!field) return;
    (field.closest('fieldset') ?? field).scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
  }, [state]);

  return (
    <form ref={formRef} action={formAction} noValidate key={state.ok ? 'new' : JSON.stringify(values)} className="flex flex-col gap-6">
      <IdempotencyKey state={state} />
      {SCORE_KEYS.map((key) => (
        <ScoreGroup key={key} name={key} defaultValue={values?.[key]} error={err(key)} />
      ))}

      <ChoiceGroup
        name="biteRisk"
        legend="Bite risk"
        hint="How likely it is to bite a person, from what you have seen."
        error={err('biteRisk')}
        defaultValue={values?.biteRisk}
        options={BITE_RISKS.map((r) => ({ value: r, ...BITE_RISK_LABELS[r] }))}
        columns="sm:grid-cols-3"
      />

      <ChoiceGroup
        name="category"
        legend="Temperament category"
        hint="The one that fits best today."
        error={err('category')}
        defaultValue={values?.category}
        options={TEMPERAMENT_CATEGORIES.map((c) => ({ value: c, ...TEMPERAMENT_CATEGORY_LABELS[c] }))}
        columns="sm:grid-cols-2"
      />

      <ChipGroup
        name="fearTriggers"
        legend="Fear triggers"
        hint="Tap everything that frightens it. Leave empty if nothing does."
        error={err('fearTriggers')}
        chosen={list('fearTriggers')}
        options={FEAR_TRIGGERS.map((t) => ({ value: t, label: FEAR_TRIGGER_LABELS[t] }))}
      />

      <ChipGroup
        name="backgroundCauses"
        legend="Likely background"
        hint="What probably made it this way, if you know or can tell."
        error={err('backgroundCauses')}
        chosen={list('backgroundCauses')}
        options={BACKGROUND_CAUSES.map((c) => ({ value: c, label: BACKGROUND_CAUSE_LABELS[c] }))}
      />

      <div className="flex flex-col gap-1.5">
        <Label htmlFor="assessment-notes" className="text-base font-semibold">
          Notes <span className="font-normal text-muted-foreground">(optional)</span>
        </Label>
        <Textarea
          id="assessment-notes"
          name="notes"
          rows={4}
          maxLength={MAX_NOTE_LENGTH}
          defaultValue={values?.notes}
          aria-invalid={err('notes') ? true : undefined}
          aria-describedby={err('notes') ? 'notes-error' : 'notes-hint'}
          placeholder="What did you see? e.g. takes food from a spoon but bolts from a hand above it"
        />
        <FieldError id="notes" error={err('notes')} hint="Anything the next person handling it should know." />
      </div>

      <div className="flex flex-col gap-3">
        <FormMessage state={state} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Link href={cancelHref} className={cn(buttonVariants({ variant: 'outline', size: 'lg' }), 'w-full sm:w-auto')}>
            Cancel
          </Link>
          <SubmitButton size="lg" className="w-full sm:w-auto" pendingLabel="Saving…">
            Save assessment
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}

function FieldError({ id, error, hint }: { id: string; error?: string; hint?: ReactNode }) {
  if (error) {
    return (
      <p id={`${id}-error`} className="text-sm font-medium text-destructive">
        {error}
      </p>
    );
  }
  return hint ? (
    <p id={`${id}-hint`} className="text-sm text-muted-foreground">
      {hint}
    </p>
  ) : null;
}

/** A fieldset with its legend, hint and error; a pick-one group is a radiogroup, so it can carry aria-invalid. */
function Group({
  name,
  legend,
  hint,
  error,
  pickOne = false,
  children,
}: {
  name: string;
  legend: string;
  hint: ReactNode;
  error?: string;
  pickOne?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={cn('rounded-lg border bg-card p-4', error && 'border-destructive/60')}>
      <fieldset
        role={pickOne ? 'radiogroup' : undefined}
        aria-labelledby={`${name}-legend`}
        aria-describedby={error ? `${name}-hint ${name}-error` : `${name}-hint`}
        aria-invalid={pickOne && error ? true : undefined}
        data-invalid={error ? true : undefined}
        className="flex min-w-0 scroll-mt-20 flex-col gap-2"
      >
        <legend id={`${name}-legend`} className="mb-1 text-base font-semibold">
          {legend}
        </legend>
        <p id={`${name}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
        {error ? <FieldError id={name} error={error} /> : null}
        {children}
      </fieldset>
    </div>
  );
}

/** One 1..max score: a row of big numbered tiles with what each end means. */
function ScoreGroup({ name, defaultValue, error }: { name: (typeof SCORE_KEYS)[number]; defaultValue?: string; error?: string }) {
  const q = SCORE_QUESTIONS[name];
  const max = ASSESSMENT_SCALE.max;
  return (
    <Group name={name} legend={q.label} hint={q.question} error={error} pickOne>
      <div className="grid grid-cols-5 gap-2">
        {Array.from({ length: max }, (_, i) => i + 1).map((n) => {
          const end = n === 1 ? q.low : n === max ? q.high : null;
          return (
            <label key={n} className="relative">
              <input
                type="radio"
                name={name}
                value={n}
                defaultChecked={defaultValue === String(n)}
                className={tileInput}
              />
              <span
                className={cn(
                  'flex h-14 flex-col items-center justify-center rounded-lg border-2 border-input bg-background text-xl font-semibold transition-colors',
                  'peer-hover:border-primary/60 peer-checked:border-primary peer-checked:bg-primary peer-checked:text-primary-foreground',
                  tileFocus,
                )}
              >
                {n}
                {end ? <span className="sr-only"> – {end}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
      <div aria-hidden className="flex justify-between gap-4 text-xs text-muted-foreground">
        <span>1 · {q.low}</span>
        <span className="text-right">
          {max} · {q.high}
        </span>
      </div>
    </Group>
  );
}

type Option = { value: string; label: string; description: string };

/** Pick one: tiles with a label and a line that says what it means. */
function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  defaultValue,
  options,
  columns,
}: {
  name: string;
  legend: string;
  hint: string;
  error?: string;
  defaultValue?: string;
  options: Option[];
  columns: string;
}) {
  return (
    <Group name={name} legend={legend} hint={hint} error={error} pickOne>
      <div className={cn('grid gap-2', columns)}>
        {options.map((o) => (
          <label key={o.value} className="relative">
            <input
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={defaultValue === o.value}
              aria-describedby={`${name}-${o.value}-description`}
              className={tileInput}
            />
            <span
              className={cn(
                'flex min-h-14 h-full flex-col justify-center rounded-lg border-2 border-input bg-background px-3 py-2 transition-colors',
                'peer-hover:border-primary/60 peer-checked:border-primary peer-checked:bg-primary/10',
                tileFocus,
              )}
            >
              <span className="font-semibold">{o.label}</span>
              <span id={`${name}-${o.value}-description`} className="text-sm text-muted-foreground">
                {o.description}
              </span>
            </span>
          </label>
        ))}
      </div>
    </Group>
  );
}

/** Pick any number: large chips that show a tick when chosen. */
function ChipGroup({
  name,
  legend,
  hint,
  error,
  chosen,
  options,
}: {
  name: string;
  legend: string;
  hint: string;
  error?: string;
  chosen: string[];
  options: Array<{ value: string; label: string }>;
}) {
  return (
    <Group name={name} legend={legend} hint={hint} error={error}>
      <div className="flex flex-wrap gap-2">
        {options.map((o) => (
          <label key={o.value} className="relative">
            <input type="checkbox" name={name} value={o.value} defaultChecked={chosen.includes(o.value)} className={cn(tileInput, 'rounded-full')} />
            <span
              className={cn(
                'flex min-h-11 items-center gap-1.5 rounded-full border-2 border-input bg-background px-4 py-2 text-left text-sm font-medium transition-colors',
                'peer-hover:border-primary/60 peer-checked:border-primary peer-checked:bg-primary peer-checked:text-primary-foreground',
                '[&>svg]:hidden peer-checked:[&>svg]:block',
                tileFocus,
              )}
            >
              <Check aria-hidden className="size-4" />
              {o.label}
            </span>
          </label>
        ))}
      </div>
    </Group>
  );
}
