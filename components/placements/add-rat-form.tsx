'use client';

import { useActionState } from 'react';
import { addRatToGroupAction } from '@/app/(dashboard)/cage-groups/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/form';
import { Input, NativeSelect } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import type { Sex } from '@/lib/domain/vocabulary';
import { MoveMessage, type MoveActionResult } from './move-result';

export type MovableRat = { id: number; code: string; name: string; sex: Sex; homeName: string | null; groupName: string | null };

/** The rats grouped by the home they live in now, for an <optgroup> per home. */
export function byHome(rats: readonly MovableRat[]): Array<[string, MovableRat[]]> {
  const groups = new Map<string, MovableRat[]>();
  for (const r of rats) {
    const home = r.homeName ?? 'Awaiting placement';
    groups.set(home, [...(groups.get(home) ?? []), r]);
  }
  return [...groups.entries()];
}

/** Moves one rat (from anywhere) into this cage group, checked for sex safety and quarantine. */
export function AddRatForm({ groupId, rats }: { groupId: number; rats: MovableRat[] }) {
  const [state, action] = useActionState(addRatToGroupAction, idle as MoveActionResult);
  const values = state.ok ? undefined : state.values;
  const err = (f: string) => firstError(state, f);
  return (
    <form action={action} noValidate className="flex flex-col gap-4" key={state.ok ? `ok-${state.message ?? ''}` : JSON.stringify(values)}>
      <MoveMessage state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <Field id="add-rat" label="Rat" hint="Any rat in care. The move is refused if it would put an intact male with a female, or break a quarantine." error={err('ratId')}>
        <NativeSelect {...fieldAria('add-rat', err('ratId'), true)} name="ratId" defaultValue={values?.ratId ?? ''}>
          <option value="">Choose a rat…</option>
          {byHome(rats).map(([home, list]) => (
            <optgroup key={home} label={home}>
              {list.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name} ({r.code}, {r.sex}){r.groupName ? ` — ${r.groupName}` : ''}
                </option>
              ))}
            </optgroup>
          ))}
        </NativeSelect>
      </Field>
      <Field id="add-rat-reason" label="Reason" hint="Kept in the rat’s history, e.g. “Introduction bonded”." error={err('reason')}>
        <Input {...fieldAria('add-rat-reason', err('reason'), true)} name="reason" defaultValue={values?.reason} autoComplete="off" />
      </Field>
      <SubmitButton pendingLabel="Moving…" className="self-start">
        Move rat into this group
      </SubmitButton>
    </form>
  );
}
