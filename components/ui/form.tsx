'use client';

import { useEffect, useRef, type ComponentProps } from 'react';
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

/** True when an answer has something to say: a refusal, or a confirmation with a message. */
export function hasResult(state: ActionResult): boolean {
  return !state.ok || Boolean(state.message);
}

/**
 * Where focus goes when a form's answer arrives, so keyboard and screen-reader users land on it:
 * the first field marked invalid in the message's form, or else the message itself (put the
 * returned ref on it; it gets tabIndex -1). Nothing moves while there is no answer, so a page
 * that just loaded keeps focus where the browser put it.
 */
export function useResultFocus<T extends HTMLElement>(state: ActionResult) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const message = ref.current;
    if (!message || !hasResult(state)) return;
    const invalid = state.ok ? null : message.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? message).focus();
  }, [state]);
  return ref;
}

/**
 * The action's overall message: an error names what went wrong; a success confirms what was saved.
 * Focus moves to it (or to the first invalid field) when it arrives, and its role makes screen
 * readers announce it: an alert for a refusal, a status for a save.
 */
export function FormMessage({ state }: { state: ActionResult }) {
  const ref = useResultFocus<HTMLDivElement>(state);
  if (!state.ok) {
    return (
      <Alert ref={ref} tabIndex={-1} variant="destructive">
        {state.message}
      </Alert>
    );
  }
  if (state.message) {
    return (
      <Alert ref={ref} tabIndex={-1} variant="success">
        {state.message}
      </Alert>
    );
  }
  return null;
}
