'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef } from 'react';
import { createFosterHomeAction, updateFosterHomeAction } from '@/app/(dashboard)/foster-homes/actions';
import { Button } from '@/components/ui/button';
import { Checkbox, CheckboxGroup } from '@/components/ui/checkbox-group';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import { EXPERIENCE_LEVELS, FOSTER_ACCEPTS, OTHER_PETS } from '@/lib/domain/vocabulary';
import { MAX_HOME_CAPACITY_CAGES, MAX_HOME_CAPACITY_RATS } from '@/lib/validation/foster-home';
import { ACCEPTS_LABELS, EXPERIENCE_LABELS, OTHER_PET_LABELS } from './labels';
import { IdempotencyKey } from '@/components/ui/idempotency-key';

/**
 * Adds a foster home, or edits one: an edit carries the home's version, so a save made on a stale
 * copy is refused and the form comes back with the other person's changes and this one's on top.
 */
export function FosterHomeForm({ mode, initial, cancelHref }: { mode: 'create' | 'edit'; initial: Record<string, string>; cancelHref: string }) {
  const [state, action] = useActionState(mode === 'create' ? createFosterHomeAction : updateFosterHomeAction, idle);
  const v = (!state.ok && state.values) || initial;
  const err = (f: string) => firstError(state, f);
  const list = (f: string) => (v[f] ? v[f].split(',') : []);
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state.ok) top.current?.scrollIntoView({ block: 'start' });
  }, [state]);
  return (
    <form action={action} noValidate className="flex flex-col gap-6" key={JSON.stringify(v)}>
      <IdempotencyKey state={state} />
      <div ref={top} className="scroll-mt-20">
        <FormMessage state={state} />
      </div>
      {mode === 'edit' ? (
        <>
          <input type="hidden" name="homeId" value={v.homeId} />
          <input type="hidden" name="version" value={v.version} />
        </>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>Household and contact</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <Field id="name" label="Home name" hint="How the rescue refers to this home, like “Willow House”." error={err('name')}>
            <Input {...fieldAria('name', err('name'), true)} name="name" defaultValue={v.name} autoComplete="off" />
          </Field>
          <Field id="area" label="Area" hint="Town or neighbourhood, for planning trips." error={err('area')}>
            <Input {...fieldAria('area', err('area'), true)} name="area" defaultValue={v.area} autoComplete="off" />
          </Field>
          <Field id="contactName" label="Contact name" error={err('contactName')}>
            <Input {...fieldAria('contactName', err('contactName'))} name="contactName" defaultValue={v.contactName} autoComplete="off" />
          </Field>
          <Field id="email" label="Email (optional)" error={err('email')}>
            <Input {...fieldAria('email', err('email'))} name="email" type="email" defaultValue={v.email} autoComplete="off" />
          </Field>
          <Field id="phone" label="Phone (optional)" error={err('phone')}>
            <Input {...fieldAria('phone', err('phone'))} name="phone" type="tel" defaultValue={v.phone} autoComplete="off" />
          </Field>
          <Field id="experienceLevel" label="Experience" error={err('experienceLevel')}>
            <NativeSelect {...fieldAria('experienceLevel', err('experienceLevel'))} name="experienceLevel" defaultValue={v.experienceLevel || 'new'}>
              {EXPERIENCE_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {EXPERIENCE_LABELS[l]}
                </option>
              ))}
            </NativeSelect>
          </Field>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Capacity and quarantine</CardTitle>
          <CardDescription>The home shows as over capacity when it holds more rats or cage groups than this.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <Field id="capacityRats" label="Capacity in rats" hint={`How many rats the home can care for (0 to ${MAX_HOME_CAPACITY_RATS}).`} error={err('capacityRats')}>
            <Input {...fieldAria('capacityRats', err('capacityRats'), true)} name="capacityRats" type="number" inputMode="numeric" min={0} max={MAX_HOME_CAPACITY_RATS} step={1} defaultValue={v.capacityRats} />
          </Field>
          <Field id="capacityCages" label="Capacity in cages" hint={`How many cage groups it can house apart (0 to ${MAX_HOME_CAPACITY_CAGES}).`} error={err('capacityCages')}>
            <Input {...fieldAria('capacityCages', err('capacityCages'), true)} name="capacityCages" type="number" inputMode="numeric" min={0} max={MAX_HOME_CAPACITY_CAGES} step={1} defaultValue={v.capacityCages} />
          </Field>
          <div className="sm:col-span-2">
            <Checkbox
              id="canQuarantine"
              name="canQuarantine"
              label="Can quarantine"
              hint="A room with separate airspace, door kept shut: new arrivals and rats in quarantine can only go to such a home."
              defaultChecked={v.canQuarantine === 'on'}
            />
          </div>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Other animals, children and what they accept</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          <CheckboxGroup
            name="otherPets"
            legend="Other pets"
            hint="Predators (cats, dogs, ferrets, snakes, birds of prey) stress rats even when kept apart."
            options={OTHER_PETS}
            labels={OTHER_PET_LABELS}
            checked={list('otherPets')}
            error={err('otherPets')}
          />
          <Checkbox id="hasChildren" name="hasChildren" label="Children live here" hint="Fine for confident rats; frightened rats need a quiet home." defaultChecked={v.hasChildren === 'on'} />
          <CheckboxGroup
            name="accepts"
            legend="Accepts"
            hint="What this home is willing and able to take on."
            options={FOSTER_ACCEPTS}
            labels={ACCEPTS_LABELS}
            checked={list('accepts')}
            error={err('accepts')}
          />
          <Field id="notes" label="Notes" hint="Anything a coordinator should know when placing rats here." error={err('notes')}>
            <Textarea {...fieldAria('notes', err('notes'), true)} name="notes" defaultValue={v.notes} rows={3} />
          </Field>
        </CardContent>
      </Card>

      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button asChild variant="outline">
          <Link href={cancelHref}>Cancel</Link>
        </Button>
        <SubmitButton size="lg">{mode === 'create' ? 'Add foster home' : 'Save changes'}</SubmitButton>
      </div>
    </form>
  );
}
