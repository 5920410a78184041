'use client';

import { useActionState, useState } from 'react';
import { uploadRatPhotoAction } from '@/app/(dashboard)/rats/[ratId]/actions';
import { Field, fieldAria } from '@/components/ui/field';
import { IdempotencyKey } from '@/components/ui/idempotency-key';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { firstError, idle } from '@/lib/action-result';
import { formatBytes, MAX_PHOTO_BYTES, PHOTO_CONTENT_TYPES } from '@/lib/photos';
import { MAX_CAPTION_LENGTH } from '@/lib/validation/rat';

/** Uploads one photo. The size is checked here at once; the server checks the size and the real type again. */
export function RatPhotoUpload({ ratId }: { ratId: number }) {
  const [state, action] = useActionState(uploadRatPhotoAction, idle);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const photoError = tooLarge ?? firstError(state, 'photo');
  const key = state.ok ? `ok-${state.message ?? ''}` : JSON.stringify(state.values ?? {});
  return (
    <form action={action} noValidate className="flex flex-col gap-4" aria-label="Upload a photo" key={key}>
      <IdempotencyKey state={state} />
      <FormMessage state={state} />
      <input type="hidden" name="ratId" value={ratId} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          id="photo-file"
          label="Photo"
          hint={`JPEG, PNG or WebP, up to ${formatBytes(MAX_PHOTO_BYTES)}. Location data in the file is removed.`}
          error={photoError ?? undefined}
        >
          <Input
            {...fieldAria('photo-file', photoError ?? undefined, true)}
            name="photo"
            type="file"
            accept={PHOTO_CONTENT_TYPES.join(',')}
            className="h-auto py-1.5 file:mr-3 file:rounded-md file:border-0 file:bg-secondary file:px-3 file:py-1.5 file:text-sm file:font-medium"
            onChange={(e) => {
              const file = e.target.files?.[0];
              setTooLarge(
                file && file.size > MAX_PHOTO_BYTES ? `That photo is ${formatBytes(file.size)}: the limit is ${formatBytes(MAX_PHOTO_BYTES)}. Choose a smaller one.` : null,
              );
            }}
          />
        </Field>
        <Field id="photo-caption" label="Caption (optional)" error={firstError(state, 'caption')}>
          <Input
            {...fieldAria('photo-caption', firstError(state, 'caption'))}
            name="caption"
            maxLength={MAX_CAPTION_LENGTH}
            defaultValue={state.ok ? '' : (state.values?.caption ?? '')}
            placeholder="E.g. first day out of quarantine"
          />
        </Field>
      </div>
      <div className="flex justify-end">
        <SubmitButton className="w-full sm:w-auto" pendingLabel="Uploading…" disabled={!!tooLarge}>
          Upload photo
        </SubmitButton>
      </div>
    </form>
  );
}
