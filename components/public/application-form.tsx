'use client';

import { useActionState } from 'react';
import { applyToAdoptAction } from '@/app/(public)/adopt/apply/actions';
import { ExperienceField, OtherPetsFields, RatCountFields } from '@/components/adopters/adopter-fields';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { IdempotencyKey } from '@/components/ui/idempotency-key';
import { Input, Textarea } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import { HONEYPOT_FIELD } from '@/lib/validation/public-application';

const COUNTS = [
  ['existingRatsCount', 'Rats you have now'],
  ['existingRatsFemales', 'of which girls'],
  ['existingRatsMales', 'of which boys (not neutered)'],
  ['existingRatsNeuteredMales', 'of which neutered boys'],
] as const;

const SECTION = 'flex flex-col gap-4 rounded-lg border bg-card p-4 sm:p-5';

/**
 * The online application. A plain form posted to a server action: without JavaScript the page
 * reloads with the answer (every refusal in words, what was typed kept); with it, in place.
 */
export function ApplicationForm({ listingId }: { listingId: number | null }) {
  const [state, action] = useActionState(applyToAdoptAction, idle);
  const v = (!state.ok && state.values) || {};
  const err = (f: string) => firstError(state, f);
  return (
    <form action={action} noValidate className="flex flex-col gap-5" key={JSON.stringify(v)}>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      <IdempotencyKey state={state} />
      {listingId !== null ? <input type="hidden" name="listingId" value={listingId} /> : null}
      {/* The honeypot: off-screen and out of the tab order, so only a script fills it in. */}
      <div className="absolute -left-[10000px] size-px overflow-hidden" aria-hidden="true">
        <label htmlFor={HONEYPOT_FIELD}>Leave this empty</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue={v[HONEYPOT_FIELD]} />
      </div>

      <section className={SECTION} aria-labelledby="contact-heading">
        <h2 id="contact-heading" className="text-lg font-semibold">
          About you
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="name" label="Your name" error={err('name')}>
            <Input {...fieldAria('name', err('name'))} name="name" defaultValue={v.name} autoComplete="name" maxLength={120} />
          </Field>
          <Field id="email" label="Email" hint="We reply by email." error={err('email')}>
            <Input {...fieldAria('email', err('email'), true)} name="email" type="email" defaultValue={v.email} autoComplete="email" maxLength={200} />
          </Field>
          <Field id="phone" label="Phone (optional)" error={err('phone')}>
            <Input {...fieldAria('phone', err('phone'))} name="phone" type="tel" defaultValue={v.phone} autoComplete="tel" maxLength={40} />
          </Field>
          <Field id="area" label="Town or area (optional)" error={err('area')}>
            <Input {...fieldAria('area', err('area'))} name="area" defaultValue={v.area} autoComplete="address-level2" maxLength={120} />
          </Field>
        </div>
      </section>

      <section className={SECTION} aria-labelledby="home-heading">
        <h2 id="home-heading" className="text-lg font-semibold">
          Your home and your rats
        </h2>
        <Field id="household" label="Who lives with you (optional)" hint="Adults, working hours, a room for the cage." error={err('household')}>
          <Textarea {...fieldAria('household', err('household'), true)} name="household" defaultValue={v.household} rows={3} maxLength={1000} />
        </Field>
        <RatCountFields counts={COUNTS} values={v} err={err} className="grid grid-cols-2 gap-4 sm:grid-cols-4" />
        <Field id="cageSize" label="Your cage (optional)" hint="Model or size, like “Double Critter Nation”." error={err('cageSize')}>
          <Input {...fieldAria('cageSize', err('cageSize'), true)} name="cageSize" defaultValue={v.cageSize} maxLength={200} />
        </Field>
        <OtherPetsFields
          values={v}
          err={err}
          legend="Other pets at home"
          hint="Cats, dogs, ferrets and snakes are no bar on their own, but tell us: their smell stresses rats."
          childrenLabel="Children live with me"
        />
      </section>

      <section className={SECTION} aria-labelledby="experience-heading">
        <h2 id="experience-heading" className="text-lg font-semibold">
          Your experience and wishes
        </h2>
        <ExperienceField values={v} err={err} label="Your experience with rats" hint="Shy rats need someone who has kept rats before." />
        <Field id="experienceNotes" label="Tell us about it (optional)" error={err('experienceNotes')}>
          <Textarea {...fieldAria('experienceNotes', err('experienceNotes'))} name="experienceNotes" defaultValue={v.experienceNotes} rows={3} maxLength={2000} />
        </Field>
        <Field id="preferences" label="What you hope for (optional)" hint="Girls or boys, age, how many, temperament." error={err('preferences')}>
          <Textarea {...fieldAria('preferences', err('preferences'), true)} name="preferences" defaultValue={v.preferences} rows={3} maxLength={2000} />
        </Field>
      </section>

      <p className="text-sm text-muted-foreground">We use your answers only to find you the right rats, and reply within a few days.</p>
      <SubmitButton size="lg" className="w-full sm:w-auto sm:self-start" pendingLabel="Sending…">
        Send my application
      </SubmitButton>
    </form>
  );
}
