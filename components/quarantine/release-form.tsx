'use client';

import { useActionState } from 'react';
import { releaseQuarantineAction } from '@/app/(dashboard)/quarantine/actions';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { idle } from '@/lib/action-result';

export function ReleaseForm({ quarantineId, ratName }: { quarantineId: number; ratName: string }) {
  const [state, action] = useActionState(releaseQuarantineAction, idle);
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      <input type="hidden" name="quarantineId" value={quarantineId} />
      <SubmitButton size="sm" variant="outline" pendingLabel="Checking…">
        Release {ratName}
      </SubmitButton>
      {!state.ok || state.message ? <FormMessage state={state} /> : null}
    </form>
  );
}
