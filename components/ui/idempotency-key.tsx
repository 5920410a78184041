'use client';

import { useMemo } from 'react';
import { IDEMPOTENCY_FIELD, newIdempotencyKey } from '@/lib/idempotency';

/**
 * The form's one-time key, made when the form renders and again after every answer (`state`),
 * so a double tap or a retried request carries the same key and writes once, while the next
 * real submission gets a fresh one. Server and browser each make one; whichever is in the page
 * is posted, hence no hydration warning.
 */
export function IdempotencyKey({ state }: { state?: unknown }) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new key for every new answer
  const key = useMemo(() => newIdempotencyKey(), [state]);
  return <input type="hidden" name={IDEMPOTENCY_FIELD} value={key} suppressHydrationWarning readOnly />;
}
