'use client';

import { useActionState, useState } from 'react';
import { resetUserPasswordAction, setUserActiveAction, updateUserAction } from '@/app/(dashboard)/users/actions';
import { HomeSelect } from '@/components/foster-homes/home-select';
import { Badge } from '@/components/ui/badge';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { firstError, idle } from '@/lib/action-result';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/domain/vocabulary';

type Row = { id: number; name: string; email: string; role: Role; active: boolean; fosterHomeId: number | null; lastSignInAt: string | null };

export function UserRowForm({ user, homes, isSelf }: { user: Row; homes: Array<{ id: number; name: string }>; isSelf: boolean }) {
  const [state, action] = useActionState(updateUserAction, idle);
  const [activeState, activeAction] = useActionState(setUserActiveAction, idle);
  const [resetState, resetAction] = useActionState(resetUserPasswordAction, idle);
  const [role, setRole] = useState<string>(user.role);
  const homeError = firstError(state, 'fosterHomeId');
  return (
    <div className="flex flex-col gap-3" data-testid={`user-${user.email}`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{user.name}</span>
        <span className="text-sm text-muted-foreground">{user.email}</span>
        {user.active ? <Badge variant="success">Active</Badge> : <Badge variant="destructive">Deactivated</Badge>}
        {isSelf ? <Badge variant="outline">You</Badge> : null}
      </div>
      <form action={action} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="userId" value={user.id} />
        <div className="flex flex-col gap-1">
          <Label htmlFor={`role-${user.id}`}>Role</Label>
          <NativeSelect id={`role-${user.id}`} name="role" defaultValue={user.role} onChange={(e) => setRole(e.target.value)} className="w-40">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </NativeSelect>
        </div>
        {role === 'foster' ? (
          <div className="flex flex-col gap-1">
            <Label htmlFor={`home-${user.id}`}>Foster home</Label>
            <HomeSelect
              id={`home-${user.id}`}
              name="fosterHomeId"
              homes={homes}
              none="Not linked"
              defaultValue={user.fosterHomeId ?? ''}
              aria-invalid={homeError ? true : undefined}
              className="w-48"
            />
          </div>
        ) : null}
        <SubmitButton variant="outline" pendingLabel="Saving…">
          Save
        </SubmitButton>
      </form>
      {!isSelf ? (
        <div className="flex flex-wrap gap-2">
          <form action={activeAction}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="active" value={user.active ? 'false' : 'true'} />
            <SubmitButton variant={user.active ? 'ghost' : 'secondary'} size="sm" pendingLabel="…">
              {user.active ? `Deactivate ${user.name}` : `Reactivate ${user.name}`}
            </SubmitButton>
          </form>
          <form action={resetAction}>
            <input type="hidden" name="userId" value={user.id} />
            <SubmitButton variant="ghost" size="sm" pendingLabel="Resetting…">
              {`Reset ${user.name}'s password`}
            </SubmitButton>
          </form>
        </div>
      ) : null}
      {!state.ok || state.message ? <FormMessage state={state} /> : null}
      {!activeState.ok || activeState.message ? <FormMessage state={activeState} /> : null}
      {!resetState.ok || resetState.message ? <FormMessage state={resetState} /> : null}
    </div>
  );
}
