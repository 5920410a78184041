'use client';

import { useActionState } from 'react';
import { createOutsideAncestorAction, createPairingAction, putPairTogetherAction, setParentAction, updateRatteryAction } from '@/app/(dashboard)/breeding/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { IdempotencyKey } from '@/components/ui/idempotency-key';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { TextSettingsForm } from '@/components/settings/text-settings-form';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';

type Option = { id: number; name: string; code: string };

/** One parent (a pairing's doe or buck, an ancestor's dam or sire), chosen from those that can take that role. */
function ParentSelect({
  id,
  name,
  label,
  none,
  required,
  options,
  value,
  error,
}: {
  id: string;
  name: string;
  label: string;
  /** The first option, chosen while no parent is. */
  none: string;
  required?: boolean;
  options: Array<{ id: number; text: string }>;
  value?: string;
  error?: string;
}) {
  return (
    <Field id={id} label={label} error={error}>
      <NativeSelect {...fieldAria(id, error)} name={name} defaultValue={value ?? ''} required={required}>
        <option value="">{none}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.text}
          </option>
        ))}
      </NativeSelect>
    </Field>
  );
}

const ratOptions = (rats: Option[]) => rats.map((r) => ({ id: r.id, text: `${r.name} (${r.code})` }));

/** Planning a pairing: the doe, the buck, the planned date and the goals. */
export function PairingForm({ does, bucks, today }: { does: Option[]; bucks: Option[]; today: string }) {
  const [state, action] = useActionState(createPairingAction, idle);
  const values = state.ok ? undefined : state.values;
  const err = (field: string) => firstError(state, field);
  return (
    <form action={action} noValidate className="flex flex-col gap-5" key={JSON.stringify(values)}>
      <IdempotencyKey state={state} />
      <FormMessage state={state} />
      <ParentSelect id="p-doe" name="doeId" label="Doe" none="Choose the doe" required options={ratOptions(does)} value={values?.doeId} error={err('doeId')} />
      <ParentSelect id="p-buck" name="buckId" label="Buck" none="Choose the buck" required options={ratOptions(bucks)} value={values?.buckId} error={err('buckId')} />
      <Field id="p-date" label="Planned date" error={err('plannedOn')}>
        <Input {...fieldAria('p-date', err('plannedOn'))} name="plannedOn" type="date" defaultValue={values?.plannedOn ?? today} className="sm:max-w-48" />
      </Field>
      <Field id="p-goals" label="Goals (optional)" hint="What this pairing is for: temperament, health, a variety." error={err('goals')}>
        <Textarea {...fieldAria('p-goals', err('goals'), true)} name="goals" maxLength={1000} defaultValue={values?.goals ?? ''} />
      </Field>
      <SubmitButton size="lg" className="w-full sm:w-auto sm:self-start" pendingLabel="Planning…">
        Plan pairing
      </SubmitButton>
    </form>
  );
}

/** Putting a planned pair together on a day (today by default). */
export function PutTogetherForm({ pairingId, version, today }: { pairingId: number; version: number; today: string }) {
  const [state, action] = useActionState(putPairTogetherAction, idle);
  const err = (field: string) => firstError(state, field);
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="pairingId" value={pairingId} />
      <input type="hidden" name="version" value={version} />
      <Field id="t-date" label="Put together on" error={err('togetherOn')}>
        <Input {...fieldAria('t-date', err('togetherOn'))} name="togetherOn" type="date" max={today} defaultValue={today} className="sm:max-w-48" />
      </Field>
      <SubmitButton className="sm:self-start" pendingLabel="Saving…">
        Put them together
      </SubmitButton>
    </form>
  );
}

/** One search result: record it as the rat's dam or sire. */
export function SetParentButton({ ratId, version, role, parentKind, parentId, label }: { ratId: number; version: number; role: 'dam' | 'sire'; parentKind: 'rat' | 'ancestor' | 'none'; parentId: number | null; label: string }) {
  const [state, action] = useActionState(setParentAction, idle);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="ratId" value={ratId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="role" value={role} />
      <input type="hidden" name="parentKind" value={parentKind} />
      <input type="hidden" name="parentId" value={parentId ?? ''} />
      <SubmitButton size="sm" variant="outline" pendingLabel="Saving…">
        {label}
      </SubmitButton>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** An ancestor from an outside line: recorded for pedigrees only. */
export function OutsideAncestorForm({ ancestors }: { ancestors: Array<{ id: number; name: string; sex: string; rattery: string | null }> }) {
  const [state, action] = useActionState(createOutsideAncestorAction, idle);
  const values = state.ok ? undefined : state.values;
  const err = (field: string) => firstError(state, field);
  const parents = (sex: string) => ancestors.filter((a) => a.sex === sex).map((a) => ({ id: a.id, text: a.rattery ? `${a.name} (${a.rattery})` : a.name }));
  return (
    <form action={action} noValidate className="flex flex-col gap-5" key={state.ok ? state.message : JSON.stringify(values)}>
      <IdempotencyKey state={state} />
      <FormMessage state={state} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="a-name" label="Name" error={err('name')}>
          <Input {...fieldAria('a-name', err('name'))} name="name" defaultValue={values?.name ?? ''} />
        </Field>
        <Field id="a-sex" label="Sex" error={err('sex')}>
          <NativeSelect {...fieldAria('a-sex', err('sex'))} name="sex" defaultValue={values?.sex ?? ''}>
            <option value="">Choose</option>
            <option value="female">Female</option>
            <option value="male">Male</option>
          </NativeSelect>
        </Field>
        <Field id="a-variety" label="Variety (optional)" error={err('variety')}>
          <Input {...fieldAria('a-variety', err('variety'))} name="variety" defaultValue={values?.variety ?? ''} />
        </Field>
        <Field id="a-rattery" label="Rattery (optional)" error={err('rattery')}>
          <Input {...fieldAria('a-rattery', err('rattery'))} name="rattery" defaultValue={values?.rattery ?? ''} />
        </Field>
        <Field id="a-born" label="Date of birth (optional)" error={err('birthDate')}>
          <Input {...fieldAria('a-born', err('birthDate'))} name="birthDate" type="date" defaultValue={values?.birthDate ?? ''} />
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <ParentSelect id="a-dam" name="damId" label="Its dam (optional)" none="Unknown" options={parents('female')} value={values?.damId} error={err('damId')} />
        <ParentSelect id="a-sire" name="sireId" label="Its sire (optional)" none="Unknown" options={parents('male')} value={values?.sireId} error={err('sireId')} />
      </div>
      <SubmitButton className="sm:self-start" pendingLabel="Saving…">
        Record ancestor
      </SubmitButton>
    </form>
  );
}

/** The rattery's name and the prefix its kittens' names start with. */
export function RatteryForm({ name, kittenPrefix, canEdit }: { name: string; kittenPrefix: string; canEdit: boolean }) {
  return (
    <TextSettingsForm
      action={updateRatteryAction}
      canEdit={canEdit}
      submitLabel="Save rattery"
      fields={[
        { id: 'r-name', name: 'name', label: 'Rattery name', value: name },
        { id: 'r-prefix', name: 'kittenPrefix', label: 'Prefix for kitten names', hint: 'Kittens born in care are named “<prefix> <dam> kitten N”.', value: kittenPrefix },
      ]}
    />
  );
}
