'use client';

import { IdempotencyKey } from '@/components/ui/idempotency-key';
import { useActionState } from 'react';
import { recordAdoptionAction, type AdoptionActionResult } from '@/app/(dashboard)/adopters/actions';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input, Textarea } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import type { FitReason } from '@/lib/domain/adopter-fit';
import { cn } from '@/lib/utils';

export type UnitView = {
  key: string;
  label: string;
  where: string;
  fits: boolean;
  reasons: FitReason[];
  rats: Array<{ id: number; name: string; code: string; sex: string; status: string }>;
};

const REASON_STYLE: Record<FitReason['kind'], string> = {
  fit: 'text-success',
  misfit: 'text-destructive',
  caution: 'text-warning-foreground',
};
const REASON_MARK: Record<FitReason['kind'], string> = { fit: 'Fits', misfit: 'Does not fit', caution: 'Take care' };

function Unit({ unit, checked }: { unit: UnitView; checked: string[] }) {
  return (
    <li className="rounded-lg border bg-card p-3" data-testid="fit-unit">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium">
          {unit.label} <span className="text-sm font-normal text-muted-foreground">· {unit.where}</span>
        </p>
        <Badge variant={unit.fits ? 'success' : 'destructive'}>{unit.fits ? 'Fits' : 'Does not fit'}</Badge>
      </div>
      <ul className="mt-2 flex flex-col gap-1 text-sm">
        {unit.reasons.map((r) => (
          <li key={r.text} className={cn('flex gap-2', REASON_STYLE[r.kind])}>
            <span className="sr-only">{REASON_MARK[r.kind]}:</span>
            <span aria-hidden>{r.kind === 'fit' ? '✓' : r.kind === 'misfit' ? '✗' : '!'}</span>
            <span>{r.text}</span>
          </li>
        ))}
      </ul>
      <fieldset className="mt-3 flex flex-wrap gap-2">
        <legend className="sr-only">Rats of {unit.label} leaving in this adoption</legend>
        {unit.rats.map((rat) => (
          <label key={rat.id} className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border px-3 py-1.5 text-sm hover:bg-muted/40">
            <input type="checkbox" name="ratIds" value={rat.id} defaultChecked={checked.includes(String(rat.id))} className="size-4 accent-[var(--color-primary)]" />
            <span>
              {rat.name} <span className="text-xs text-muted-foreground">{rat.code}, {rat.sex}, {rat.status}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </li>
  );
}

/**
 * Records which rats leave together for this adopter. The units that fit come first with their
 * reasons; a refusal names every reason, and leaving a rat behind alone asks for a reason first.
 */
export function AdoptionForm({ adopterId, units, today }: { adopterId: number; units: UnitView[]; today: string }) {
  const [state, action] = useActionState<AdoptionActionResult, FormData>(recordAdoptionAction, idle);
  const v = (!state.ok && state.values) || {};
  const err = (f: string) => firstError(state, f);
  const checked = v.ratIds ? v.ratIds.split(',') : [];
  const fitting = units.filter((u) => u.fits);
  const others = units.filter((u) => !u.fits);
  return (
    <form action={action} noValidate className="flex flex-col gap-4" key={JSON.stringify(state)}>
      <div aria-live="polite" className="flex flex-col gap-2">
        <FormMessage state={state} />
        {state.warnings?.length ? (
          <Alert variant="warning">
            <ul className="list-disc pl-5">
              {state.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
      </div>
      <IdempotencyKey state={state} />
      <input type="hidden" name="adopterId" value={adopterId} />
      {units.length === 0 ? <p className="text-sm text-muted-foreground">No rat is available or reserved for adoption right now.</p> : null}
      {fitting.length ? (
        <ul className="flex flex-col gap-3" aria-label="Units that fit">
          {fitting.map((u) => (
            <Unit key={u.key} unit={u} checked={checked} />
          ))}
        </ul>
      ) : units.length ? (
        <p className="text-sm text-muted-foreground">No available unit fits this adopter yet: see why below.</p>
      ) : null}
      {others.length ? (
        <details className="rounded-lg border border-dashed p-3">
          <summary className="cursor-pointer text-sm font-medium">Units that do not fit ({others.length})</summary>
          <ul className="mt-3 flex flex-col gap-3">
            {others.map((u) => (
              <Unit key={u.key} unit={u} checked={checked} />
            ))}
          </ul>
        </details>
      ) : null}
      {err('ratIds') ? <p className="text-sm text-destructive">{err('ratIds')}</p> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="adoptedOn" label="Adoption date" error={err('adoptedOn')}>
          <Input {...fieldAria('adoptedOn', err('adoptedOn'))} name="adoptedOn" type="date" max={today} defaultValue={v.adoptedOn || today} />
        </Field>
        <Field id="fee" label="Fee (£)" hint="0 for none." error={err('fee')}>
          <Input {...fieldAria('fee', err('fee'), true)} name="fee" inputMode="decimal" defaultValue={v.fee ?? ''} placeholder="25.00" />
        </Field>
        <Field id="notes" label="Notes (optional)" error={err('notes')}>
          <Textarea {...fieldAria('notes', err('notes'))} name="notes" rows={1} defaultValue={v.notes} />
        </Field>
      </div>
      {state.warnings?.length || v.leftAloneReason ? (
        <Field id="leftAloneReason" label="Why it is all right to leave a rat alone" error={err('leftAloneReason')}>
          <Input {...fieldAria('leftAloneReason', err('leftAloneReason'))} name="leftAloneReason" defaultValue={v.leftAloneReason} autoComplete="off" />
        </Field>
      ) : null}
      <div>
        <SubmitButton size="lg" pendingLabel="Recording…">
          Record adoption
        </SubmitButton>
      </div>
    </form>
  );
}
