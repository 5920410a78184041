'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { saveListingAction } from '@/app/(dashboard)/public-listing/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Textarea } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import { MAX_LISTING_TEXT } from '@/lib/validation/public-listing';

export type ListingControlProps = {
  target: { cageGroupId: number } | { ratId: number };
  listingId: number | null;
  version: number;
  listed: boolean;
  shown: boolean;
  text: string;
  joinsResidentRats: boolean;
  /** Why the unit is not on the public pages now (or could not be listed). */
  problems: string[];
};

/** Coordinators: "list publicly", the words adopters read, and whether it shows now and why not. */
export function ListingControl(props: ListingControlProps) {
  const [state, action] = useActionState(saveListingAction, idle);
  const refill = !state.ok ? state.values : undefined;
  const err = firstError(state, 'text');
  const single = 'ratId' in props.target;
  return (
    <form action={action} noValidate className="flex flex-col gap-3" aria-label="Public listing">
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      {'cageGroupId' in props.target ? <input type="hidden" name="cageGroupId" value={props.target.cageGroupId} /> : <input type="hidden" name="ratId" value={props.target.ratId} />}
      <input type="hidden" name="version" value={props.version} />
      <p className="text-sm" data-testid="listing-state">
        {props.shown ? (
          <>
            Shown to adopters now.{' '}
            {props.listingId ? (
              <Link href={`/adopt/${props.listingId}`} className="text-primary underline underline-offset-4">
                See the public page
              </Link>
            ) : null}
          </>
        ) : props.listed ? (
          <>Listed, but not shown: {props.problems.join(' ')}</>
        ) : (
          <>Not listed. {props.problems.length > 0 ? props.problems.join(' ') : 'Every rat is available: it can be listed.'}</>
        )}
      </p>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="listed" defaultChecked={refill ? refill.listed === 'on' : props.listed} key={`l-${props.version}-${refill?.listed}`} className="size-4" />
        List publicly
      </label>
      {single ? (
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" name="joinsResidentRats" defaultChecked={refill ? refill.joinsResidentRats === 'on' : props.joinsResidentRats} key={`j-${props.version}-${refill?.joinsResidentRats}`} className="size-4" />
          To join a home that already has rats
        </label>
      ) : null}
      <Field id="listing-text" label="What adopters read" hint="Their character and the home that suits them. No foster, address or health details: this goes on the public pages." error={err}>
        <Textarea {...fieldAria('listing-text', err, true)} key={`t-${props.version}-${refill?.text ?? ''}`} name="text" rows={4} maxLength={MAX_LISTING_TEXT} defaultValue={refill?.text ?? props.text} />
      </Field>
      <SubmitButton pendingLabel="Saving…">Save listing</SubmitButton>
    </form>
  );
}
