'use client';

import type { ComponentProps } from 'react';
import { useFormStatus } from 'react-dom';
import type { ActionResult } from '@/lib/action-result';
import { Alert } from './alert';
import { Button } from './button';

export function SubmitButton({ children, pendingLabel, ...props }: ComponentProps<typeof Button> & { pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending || props.disabled} aria-disabled={pending} {...props}>
      {pending ? (pendingLabel ?? 'Saving…') : children}
    </Button>
  );
}

/** The action's overall message: an error names what went wrong; a success confirms what was saved. */
export function FormMessage({ state }: { state: ActionResult }) {
  if (!state.ok) return <Alert variant="destructive">{state.message}</Alert>;
  if (state.message) return <Alert variant="success">{state.message}</Alert>;
  return null;
}
