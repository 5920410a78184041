'use client';

import { useActionState, useState } from 'react';
import { moveRatAction } from '@/app/(dashboard)/cage-groups/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/form';
import { Input, NativeSelect } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import { MoveMessage, type MoveActionResult } from './move-result';

export type GroupTarget = { id: number; name: string; fosterHomeId: number; homeName: string; ratCount: number };
export type HomeTarget = { id: number; name: string; canQuarantine: boolean };

/** Moves one rat to another cage group, in its home or another, or to a new cage group in any home. */
export function MoveRatForm({
  ratId,
  ratName,
  currentGroupId,
  groups,
  homes,
}: {
  ratId: number;
  ratName: string;
  currentGroupId: number | null;
  groups: GroupTarget[];
  homes: HomeTarget[];
}) {
  const [state, action] = useActionState(moveRatAction, idle as MoveActionResult);
  const values = state.ok ? undefined : state.values;
  const err = (f: string) => firstError(state, f);
  const formKey = state.ok ? `ok-${state.message ?? ''}` : JSON.stringify(values);
  return (
    <form action={action} noValidate className="flex flex-col gap-4" key={formKey}>
      <MoveMessage state={state} />
      <input type="hidden" name="ratId" value={ratId} />
      <DestinationFields key={formKey} values={values} err={err} ratName={ratName} currentGroupId={currentGroupId} groups={groups} homes={homes} />
      <Field id="move-reason" label="Reason" hint="Kept in the rat’s history." error={err('reason')}>
        <Input {...fieldAria('move-reason', err('reason'), true)} name="reason" defaultValue={values?.reason} autoComplete="off" />
      </Field>
      <SubmitButton pendingLabel="Moving…" className="self-start">
        Move {ratName}
      </SubmitButton>
    </form>
  );
}

/** The destination select, and the new group's name when a new cage group is chosen. */
function DestinationFields({
  values,
  err,
  ratName,
  currentGroupId,
  groups,
  homes,
}: {
  values: Record<string, string> | undefined;
  err: (field: string) => string | undefined;
  ratName: string;
  currentGroupId: number | null;
  groups: GroupTarget[];
  homes: HomeTarget[];
}) {
  const [to, setTo] = useState(values?.to ?? '');
  return (
    <>
      <Field id="move-to" label="Move to" hint="Cage groups are listed by home. A home that cannot quarantine takes no rat in quarantine." error={err('to')}>
        <NativeSelect {...fieldAria('move-to', err('to'), true)} name="to" value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">Choose a cage group…</option>
          {homes.map((h) => (
            <optgroup key={h.id} label={`${h.name}${h.canQuarantine ? ' (can quarantine)' : ''}`}>
              {groups
                .filter((g) => g.fosterHomeId === h.id)
                .map((g) => (
                  <option key={g.id} value={`group:${g.id}`} disabled={g.id === currentGroupId}>
                    {g.name} ({g.ratCount === 1 ? '1 rat' : `${g.ratCount} rats`}){g.id === currentGroupId ? ' — here now' : ''}
                  </option>
                ))}
              <option value={`home:${h.id}`}>New cage group at {h.name}…</option>
            </optgroup>
          ))}
        </NativeSelect>
      </Field>
      {to.startsWith('home:') ? (
        <Field id="move-new-group" label="Name of the new cage group" hint={`${ratName} will be alone in it unless others join: rats must never be kept alone.`} error={err('newGroupName')}>
          <Input {...fieldAria('move-new-group', err('newGroupName'), true)} name="newGroupName" defaultValue={values?.newGroupName} autoComplete="off" />
        </Field>
      ) : null}
    </>
  );
}
