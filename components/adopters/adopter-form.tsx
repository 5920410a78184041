'use client';

import { IdempotencyKey } from '@/components/ui/idempotency-key';
import Link from 'next/link';
import { useActionState, useEffect, useRef } from 'react';
import { createAdopterAction, updateAdopterAction } from '@/app/(dashboard)/adopters/actions';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input, Textarea } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import { ExperienceField, OtherPetsFields, RatCountFields } from './adopter-fields';

const COUNTS = [
  ['existingRatsCount', 'Rats they have now', 'All the rats living with them today.'],
  ['existingRatsFemales', 'of which females', ''],
  ['existingRatsMales', 'of which intact males', 'Entire bucks: no female can join them.'],
  ['existingRatsNeuteredMales', 'of which neutered males', ''],
] as const;

/**
 * An adoption application, new or edited: an edit carries the adopter's version, so a save made
 * on a stale copy is refused with the name of whoever saved in between.
 */
export function AdopterForm({ mode, initial, cancelHref }: { mode: 'create' | 'edit'; initial: Record<string, string>; cancelHref: string }) {
  const [state, action] = useActionState(mode === 'create' ? createAdopterAction : updateAdopterAction, idle);
  const v = (!state.ok && state.values) || initial;
  const err = (f: string) => firstError(state, f);
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state.ok) top.current?.scrollIntoView({ block: 'start' });
  }, [state]);
  return (
    <form action={action} noValidate className="flex flex-col gap-6" key={JSON.stringify(v)}>
      {mode === 'create' ? <IdempotencyKey state={state} /> : null}
      <div ref={top} className="scroll-mt-20" aria-live="polite">
        <FormMessage state={state} />
      </div>
      {mode === 'edit' ? (
        <>
          <input type="hidden" name="adopterId" value={v.adopterId} />
          <input type="hidden" name="version" value={v.version} />
        </>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>Contact</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <Field id="name" label="Name" error={err('name')}>
            <Input {...fieldAria('name', err('name'))} name="name" defaultValue={v.name} autoComplete="off" />
          </Field>
          <Field id="area" label="Area (optional)" hint="Town or neighbourhood." error={err('area')}>
            <Input {...fieldAria('area', err('area'), true)} name="area" defaultValue={v.area} autoComplete="off" />
          </Field>
          <Field id="email" label="Email (optional)" error={err('email')}>
            <Input {...fieldAria('email', err('email'))} name="email" type="email" defaultValue={v.email} autoComplete="off" />
          </Field>
          <Field id="phone" label="Phone (optional)" error={err('phone')}>
            <Input {...fieldAria('phone', err('phone'))} name="phone" type="tel" defaultValue={v.phone} autoComplete="off" />
          </Field>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Household and their rats</CardTitle>
          <CardDescription>Rats that join an adopter’s own rats must be able to live with them: no intact male with a female.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <Field id="household" label="Household (optional)" hint="Who lives there, working hours, a room for the cage." error={err('household')}>
            <Textarea {...fieldAria('household', err('household'), true)} name="household" defaultValue={v.household} rows={2} />
          </Field>
          <RatCountFields counts={COUNTS} values={v} err={err} className="grid gap-4 sm:grid-cols-4" />
          <Field id="cageSize" label="Cage (optional)" hint="Model or size, like “Double Critter Nation” or “120 × 60 × 150 cm”." error={err('cageSize')}>
            <Input {...fieldAria('cageSize', err('cageSize'), true)} name="cageSize" defaultValue={v.cageSize} autoComplete="off" />
          </Field>
          <OtherPetsFields
            values={v}
            err={err}
            legend="Other pets"
            hint="Predators (cats, dogs, ferrets, snakes, birds of prey) stress rats even when kept apart."
            childrenLabel="Children live here"
            childrenHint="Fine for confident rats; shy rats need a quiet home."
          />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Experience and wishes</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <ExperienceField values={v} err={err} label="Experience with rats" hint="Shy rats and biters need an experienced adopter." />
          <Field id="experienceNotes" label="About their experience (optional)" error={err('experienceNotes')}>
            <Textarea {...fieldAria('experienceNotes', err('experienceNotes'))} name="experienceNotes" defaultValue={v.experienceNotes} rows={2} />
          </Field>
          <Field id="preferences" label="Preferences (optional)" hint="What they hope for: sex, age, how many, temperament." error={err('preferences')}>
            <Textarea {...fieldAria('preferences', err('preferences'), true)} name="preferences" defaultValue={v.preferences} rows={2} />
          </Field>
          <Field id="notes" label="Notes (optional)" hint="Home visit, references, anything a coordinator should know." error={err('notes')}>
            <Textarea {...fieldAria('notes', err('notes'), true)} name="notes" defaultValue={v.notes} rows={2} />
          </Field>
        </CardContent>
      </Card>

      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button asChild variant="outline">
          <Link href={cancelHref}>Cancel</Link>
        </Button>
        <SubmitButton size="lg">{mode === 'create' ? 'Record application' : 'Save changes'}</SubmitButton>
      </div>
    </form>
  );
}
