'use client';

import { useActionState } from 'react';
import { setFosterHomeActiveAction } from '@/app/(dashboard)/foster-homes/actions';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { idle } from '@/lib/action-result';

/** Deactivates a home (no rat can be placed there) or brings it back. */
export function HomeActiveForm({ homeId, version, active }: { homeId: number; version: number; active: boolean }) {
  const [state, action] = useActionState(setFosterHomeActiveAction, idle);
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="homeId" value={homeId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <SubmitButton variant={active ? 'outline' : 'default'} pendingLabel={active ? 'Deactivating…' : 'Reactivating…'}>
        {active ? 'Deactivate this home' : 'Reactivate this home'}
      </SubmitButton>
    </form>
  );
}
