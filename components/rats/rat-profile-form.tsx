'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { updateRatProfileAction } from '@/app/(dashboard)/rats/[ratId]/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import type { ProfileField } from '@/lib/domain/rat-profile';
import { humanize, SEXES } from '@/lib/domain/vocabulary';
import { MAX_RAT_NAME_LENGTH, MAX_RAT_NOTES_LENGTH, MAX_RAT_TEXT_LENGTH } from '@/lib/validation/rat';

export type ParentOption = { id: number; label: string };

/**
 * The editable profile. It carries the rat's version (and what it showed, as `base`): if
 * someone else saves first, the save is refused, the message says what they changed, and
 * this form keeps the person's own changes on top of the rat as it is now.
 */
export function RatProfileForm({
  ratId,
  version,
  base,
  values,
  dam,
  sire,
  today,
}: {
  ratId: number;
  version: number;
  base: string;
  values: Record<ProfileField, string>;
  /** The recorded parents: changed with the search on the pedigree page, never a list of every rat. */
  dam: ParentOption | null;
  sire: ParentOption | null;
  today: string;
}) {
  const [state, action] = useActionState(updateRatProfileAction, idle);
  const shown: Record<string, string> = !state.ok && state.values ? state.values : { ...values, version: String(version), base };
  const err = (field: string) => firstError(state, field);
  const key = !state.ok && state.values ? JSON.stringify(state.values) : `v${version}-${base.length}`;

  return (
    <form action={action} noValidate key={key} className="flex flex-col gap-5" aria-label="Profile">
      <FormMessage state={state} />
      <input type="hidden" name="ratId" value={ratId} />
      <input type="hidden" name="version" value={shown.version} />
      <input type="hidden" name="base" value={shown.base} />

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="rat-name" label="Name" error={err('name')}>
          <Input {...fieldAria('rat-name', err('name'))} name="name" defaultValue={shown.name} maxLength={MAX_RAT_NAME_LENGTH} autoComplete="off" required />
        </Field>
        <Field id="rat-sex" label="Sex" error={err('sex')}>
          <NativeSelect {...fieldAria('rat-sex', err('sex'))} name="sex" defaultValue={shown.sex}>
            {SEXES.map((sex) => (
              <option key={sex} value={sex}>
                {sex === 'unknown' ? 'Unknown (not sexed yet)' : humanize(sex)}
              </option>
            ))}
          </NativeSelect>
        </Field>

        <div className="flex flex-col gap-2">
          <Field id="rat-birth-date" label="Birth date" hint="Your best guess is fine: tick “estimated”." error={err('birthDate')}>
            <Input {...fieldAria('rat-birth-date', err('birthDate'), true)} name="birthDate" type="date" max={today} defaultValue={shown.birthDate} />
          </Field>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="birthDateEstimated"
              defaultChecked={shown.birthDateEstimated === 'on' || shown.birthDateEstimated === 'true'}
              className="size-4 accent-[var(--color-primary)]"
            />
            Birth date is estimated
          </label>
        </div>
        <Field id="rat-neutered-on" label="Neutered on" hint="Leave empty if not neutered. A spayed female has a date too." error={err('neuteredOn')}>
          <Input {...fieldAria('rat-neutered-on', err('neuteredOn'), true)} name="neuteredOn" type="date" max={today} defaultValue={shown.neuteredOn} />
        </Field>

        <Field id="rat-variety" label="Variety" hint="Colour, coat and ears, e.g. agouti dumbo rex." error={err('variety')}>
          <Input {...fieldAria('rat-variety', err('variety'), true)} name="variety" defaultValue={shown.variety} maxLength={MAX_RAT_TEXT_LENGTH} />
        </Field>
        <Field id="rat-markings" label="Markings" hint="E.g. hooded, berkshire, self, variegated." error={err('markings')}>
          <Input {...fieldAria('rat-markings', err('markings'), true)} name="markings" defaultValue={shown.markings} maxLength={MAX_RAT_TEXT_LENGTH} />
        </Field>

        <ParentField role="dam" label="Dam (mother)" parent={dam} ratId={ratId} error={err('damId')} value={shown.damId} />
        <ParentField role="sire" label="Sire (father)" parent={sire} ratId={ratId} error={err('sireId')} value={shown.sireId} />
      </div>

      <Field id="rat-notes" label="Notes" hint="Anything the next person caring for this rat should know." error={err('notes')}>
        <Textarea {...fieldAria('rat-notes', err('notes'), true)} name="notes" rows={4} defaultValue={shown.notes} maxLength={MAX_RAT_NOTES_LENGTH} />
      </Field>

      <div className="flex justify-end">
        <SubmitButton className="w-full sm:w-auto">Save profile</SubmitButton>
      </div>
    </form>
  );
}

/** A parent as recorded, kept as it is on save; the pedigree page's search changes it. */
function ParentField({ role, label, parent, ratId, error, value }: { role: 'dam' | 'sire'; label: string; parent: ParentOption | null; ratId: number; error: string | undefined; value: string }) {
  return (
    <div className="flex flex-col gap-1 text-sm" data-testid={`profile-${role}`}>
      <input type="hidden" name={`${role}Id`} value={value} />
      <span className="font-medium">{label}</span>
      <span>{parent && String(parent.id) === value ? parent.label : value ? 'As recorded' : 'Unknown'}</span>
      <Link href={`/rats/${ratId}/pedigree`} className="text-primary underline-offset-4 hover:underline">
        Change the {role}: search by name or code
      </Link>
      {error ? <span className="text-destructive">{error}</span> : null}
    </div>
  );
}
