'use client';

import { useActionState } from 'react';
import { releaseQuarantineAction } from '@/app/(dashboard)/quarantine/actions';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { firstError, idle } from '@/lib/action-result';

/** Releases a rat; when a cage-mate stays in quarantine the refusal names it and asks for a confirmation. */
export function ReleaseForm({ quarantineId, ratName }: { quarantineId: number; ratName: string }) {
  const [state, action] = useActionState(releaseQuarantineAction, idle);
  const confirm = firstError(state, 'confirmCageMates');
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      <input type="hidden" name="quarantineId" value={quarantineId} />
      {confirm ? (
        <label className="flex max-w-xs items-start gap-2 text-sm">
          <input type="checkbox" name="confirmCageMates" className="mt-1" required />
          <span>Release {ratName} anyway</span>
        </label>
      ) : null}
      <SubmitButton size="sm" variant="outline" pendingLabel="Checking…">
        Release {ratName}
      </SubmitButton>
      {!state.ok || state.message ? <FormMessage state={state} /> : null}
    </form>
  );
}
