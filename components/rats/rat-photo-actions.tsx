'use client';

import { Star, Trash2 } from 'lucide-react';
import { useActionState } from 'react';
import { deleteRatPhotoAction, setMainRatPhotoAction } from '@/app/(dashboard)/rats/[ratId]/actions';
import { SubmitButton } from '@/components/ui/form';
import { idle, type ActionResult } from '@/lib/action-result';

function Problem({ state }: { state: ActionResult }) {
  return !state.ok ? (
    <p role="alert" className="text-xs text-destructive">
      {state.message}
    </p>
  ) : null;
}

/** "Make main" and "Delete" for one photo; the delete asks first when JavaScript runs. */
export function RatPhotoActions({ ratId, photoId, isMain, label }: { ratId: number; photoId: number; isMain: boolean; label: string }) {
  const [mainState, setMain] = useActionState(setMainRatPhotoAction, idle);
  const [deleteState, remove] = useActionState(deleteRatPhotoAction, idle);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap gap-2">
        {!isMain ? (
          <form action={setMain}>
            <input type="hidden" name="ratId" value={ratId} />
            <input type="hidden" name="photoId" value={photoId} />
            <SubmitButton variant="outline" size="sm" pendingLabel="Saving…">
              <Star aria-hidden />
              Make main<span className="sr-only">: {label}</span>
            </SubmitButton>
          </form>
        ) : null}
        <form
          action={remove}
          onSubmit={(e) => {
            if (!window.confirm('Delete this photo? This cannot be undone.')) e.preventDefault();
          }}
        >
          <input type="hidden" name="ratId" value={ratId} />
          <input type="hidden" name="photoId" value={photoId} />
          <SubmitButton variant="ghost" size="sm" pendingLabel="Deleting…" className="text-destructive hover:text-destructive">
            <Trash2 aria-hidden />
            Delete<span className="sr-only">: {label}</span>
          </SubmitButton>
        </form>
      </div>
      <Problem state={mainState} />
      <Problem state={deleteState} />
    </div>
  );
}
