import { OTHER_PET_LABELS } from '@/components/foster-homes/labels';
import { Checkbox, CheckboxGroup } from '@/components/ui/checkbox-group';
import { Field, fieldAria } from '@/components/ui/field';
import { Input, NativeSelect } from '@/components/ui/input';
import { EXPERIENCE_LEVELS, OTHER_PETS } from '@/lib/domain/vocabulary';
import { MAX_ADOPTER_RATS } from '@/lib/validation/adopter';
import { ADOPTER_EXPERIENCE_LABELS } from './labels';

/*
 * Fields of the adopters schema that the public application and the coordinators' adopter form
 * both ask for, each form with its own words: an adopter reads "you", a coordinator "they".
 */

type Values = Record<string, string | undefined>;
type ErrorOf = (field: string) => string | undefined;

export type RatCountField = 'existingRatsCount' | 'existingRatsFemales' | 'existingRatsMales' | 'existingRatsNeuteredMales';

/** The adopter's own rats: how many, and of them how many females, intact males and neutered males. */
export function RatCountFields({
  counts,
  values,
  err,
  className,
}: {
  counts: ReadonlyArray<readonly [name: RatCountField, label: string, hint?: string]>;
  values: Values;
  err: ErrorOf;
  className: string;
}) {
  return (
    <div className={className}>
      {counts.map(([name, label, hint]) => (
        <Field key={name} id={name} label={label} hint={hint || undefined} error={err(name)}>
          <Input {...fieldAria(name, err(name), !!hint)} name={name} type="number" inputMode="numeric" min={0} max={MAX_ADOPTER_RATS} step={1} defaultValue={values[name] || '0'} />
        </Field>
      ))}
    </div>
  );
}

/** Other pets (predators stress rats) and whether children live in the home. */
export function OtherPetsFields({
  values,
  err,
  legend,
  hint,
  childrenLabel,
  childrenHint,
}: {
  values: Values;
  err: ErrorOf;
  legend: string;
  hint: string;
  childrenLabel: string;
  childrenHint?: string;
}) {
  return (
    <>
      <CheckboxGroup
        name="otherPets"
        legend={legend}
        hint={hint}
        options={OTHER_PETS}
        labels={OTHER_PET_LABELS}
        checked={values.otherPets ? values.otherPets.split(',') : []}
        error={err('otherPets')}
      />
      <Checkbox id="hasChildren" name="hasChildren" label={childrenLabel} hint={childrenHint} defaultChecked={values.hasChildren === 'on'} />
    </>
  );
}

/** The adopter's experience with rats, a new keeper unless chosen otherwise. */
export function ExperienceField({ values, err, label, hint }: { values: Values; err: ErrorOf; label: string; hint: string }) {
  return (
    <Field id="experience" label={label} hint={hint} error={err('experience')}>
      <NativeSelect {...fieldAria('experience', err('experience'), true)} name="experience" defaultValue={values.experience || 'new'}>
        {EXPERIENCE_LEVELS.map((l) => (
          <option key={l} value={l}>
            {ADOPTER_EXPERIENCE_LABELS[l]}
          </option>
        ))}
      </NativeSelect>
    </Field>
  );
}
