'use client';

import { Minus, Plus } from 'lucide-react';
import { useActionState, useState } from 'react';
import { recordLitterAction } from '@/app/(dashboard)/litters/actions';
import { Button } from '@/components/ui/button';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import { addDays } from '@/lib/domain/dates';
import { formatShortDate } from '@/lib/domain/quarantine';
import { MAX_LITTER_SIZE } from '@/lib/validation/litters';
import { IdempotencyKey } from '@/components/ui/idempotency-key';

type Props = {
  dam: { id: number; name: string; homeName: string | null; cageGroupName: string | null; onPregnancyWatch: boolean };
  sires: Array<{ id: number; name: string; code: string }>;
  today: string;
  litterSeparationDay: number;
};

const countOr = (value: string) => (/^\d+$/.test(value) ? Number(value) : null);

/** A stepper for a whole number: big − and + buttons around the input, for thumbs. */
function Counter({ id, name, label, value, onChange, error, hint }: { id: string; name: string; label: string; value: string; onChange: (v: string) => void; error?: string; hint?: string }) {
  const n = countOr(value) ?? 0;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <div className="flex items-center gap-2">
        <Button type="button" variant="outline" size="icon" aria-label={`${label}: one fewer`} disabled={n <= 0} onClick={() => onChange(String(Math.max(0, n - 1)))}>
          <Minus />
        </Button>
        <Input
          {...fieldAria(id, error, Boolean(hint))}
          name={name}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_LITTER_SIZE}
          step={1}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className="h-12 w-20 [appearance:textfield] text-center text-lg sm:text-lg [&::-webkit-inner-spin-button]:appearance-none [&::-webkit-outer-spin-button]:appearance-none"
        />
        <Button type="button" variant="outline" size="icon" aria-label={`${label}: one more`} disabled={n >= MAX_LITTER_SIZE} onClick={() => onChange(String(Math.min(MAX_LITTER_SIZE, n + 1)))}>
          <Plus />
        </Button>
      </div>
    </Field>
  );
}

/** Recording a birth for one dam, with a preview of what it will do: codes, cage, and the date to split the litter by sex. */
export function LitterForm({ dam, sires, today, litterSeparationDay }: Props) {
  const [state, action] = useActionState(recordLitterAction, idle);
  const values = state.ok ? undefined : state.values;
  const err = (field: string) => firstError(state, field);
  const [bornOn, setBornOn] = useState(values?.bornOn ?? today);
  const [alive, setAlive] = useState(values?.aliveCount ?? '');
  const [dead, setDead] = useState(values?.deadCount ?? '0');
  const aliveCount = countOr(alive);
  const validBorn = /^\d{4}-\d{2}-\d{2}$/.test(bornOn) && bornOn <= today;
  const where = [dam.cageGroupName, dam.homeName].filter(Boolean).join(' at ');

  return (
    <form action={action} noValidate className="flex flex-col gap-5" key={JSON.stringify(values)}>
      <IdempotencyKey state={state} />
      <FormMessage state={state} />
      <input type="hidden" name="damId" value={dam.id} />
      <Field id="l-born" label="Born on" error={err('bornOn')}>
        <Input {...fieldAria('l-born', err('bornOn'))} name="bornOn" type="date" max={today} value={bornOn} onChange={(e) => setBornOn(e.target.value)} className="sm:max-w-48" />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Counter id="l-alive" name="aliveCount" label="Kittens alive" value={alive} onChange={setAlive} error={err('aliveCount')} />
        <Counter id="l-dead" name="deadCount" label="Stillborn or died" value={dead} onChange={setDead} error={err('deadCount')} />
      </div>
      <Field id="l-sire" label="Sire" hint="Only if known for sure; the sire can be added later." error={err('sireId')}>
        <NativeSelect {...fieldAria('l-sire', err('sireId'), true)} name="sireId" defaultValue={values?.sireId ?? ''}>
          <option value="">Unknown</option>
          {sires.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.code})
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field id="l-notes" label="Note (optional)" error={err('notes')}>
        <Textarea {...fieldAria('l-notes', err('notes'))} name="notes" maxLength={2000} defaultValue={values?.notes ?? ''} />
      </Field>

      {aliveCount && aliveCount > 0 && validBorn ? (
        <div className="rounded-md border bg-muted/40 p-4 text-sm" aria-live="polite">
          <p className="font-medium">What happens when you save</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              {aliveCount === 1 ? 'The kitten gets' : `${aliveCount} kittens get`} the next rescue code{aliveCount === 1 ? '' : 's'} for {bornOn.slice(0, 4)}, born on {formatShortDate(bornOn)}, sex unknown.
            </li>
            <li>{where ? `They stay with ${dam.name} in ${where}.` : `They stay with ${dam.name}.`}</li>
            <li>
              The litter must be split by sex by <strong>{formatShortDate(addDays(bornOn, litterSeparationDay))}</strong> (day {litterSeparationDay}).
            </li>
            {dam.onPregnancyWatch ? <li>{dam.name}’s pregnancy watch closes: litter born.</li> : null}
          </ul>
        </div>
      ) : null}

      <SubmitButton size="lg" className="w-full sm:w-auto sm:self-start" pendingLabel="Recording…">
        Record litter
      </SubmitButton>
    </form>
  );
}
