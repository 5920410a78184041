'use client';

import { useActionState } from 'react';
import { moveCageGroupAction } from '@/app/(dashboard)/cage-groups/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/form';
import { Input, NativeSelect } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import { MoveMessage, type MoveActionResult } from './move-result';

export type HomeOption = { id: number; name: string; area: string; canQuarantine: boolean; ratCount: number; capacityRats: number };

export function homeOptionLabel(h: HomeOption): string {
  return `${h.name} — ${h.canQuarantine ? 'can quarantine' : 'cannot quarantine'} · ${h.ratCount} of ${h.capacityRats} places used`;
}

/** Moves (or, for a group awaiting its first home, places) a whole cage group, with a reason. */
export function MoveGroupForm({
  groupId,
  currentHomeId,
  homes,
  quarantined,
}: {
  groupId: number;
  currentHomeId: number | null;
  homes: HomeOption[];
  quarantined: boolean;
}) {
  const [state, action] = useActionState(moveCageGroupAction, idle as MoveActionResult);
  const values = state.ok ? undefined : state.values;
  const err = (f: string) => firstError(state, f);
  const placing = currentHomeId === null;
  const choices = homes.filter((h) => h.id !== currentHomeId);
  return (
    <form action={action} noValidate className="flex flex-col gap-4" key={state.ok ? `ok-${state.message ?? ''}` : JSON.stringify(values)}>
      <MoveMessage state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <Field
        id="move-group-home"
        label={placing ? 'Place in' : 'Move to'}
        hint={quarantined ? 'Rats in quarantine can only go to a home that can quarantine (separate airspace).' : 'Every rat in the group moves with it.'}
        error={err('toHomeId')}
      >
        <NativeSelect {...fieldAria('move-group-home', err('toHomeId'), true)} name="toHomeId" defaultValue={values?.toHomeId ?? ''}>
          <option value="">Choose a foster home…</option>
          {choices.map((h) => (
            <option key={h.id} value={h.id}>
              {homeOptionLabel(h)}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field id="move-group-reason" label="Reason" hint="Kept in every rat’s history, e.g. “First placement after intake”." error={err('reason')}>
        <Input {...fieldAria('move-group-reason', err('reason'), true)} name="reason" defaultValue={values?.reason} autoComplete="off" />
      </Field>
      <SubmitButton pendingLabel="Moving…" className="self-start">
        {placing ? 'Place cage group' : 'Move cage group'}
      </SubmitButton>
    </form>
  );
}
