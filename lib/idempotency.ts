import { z } from 'zod';

/** The hidden field every form posts (see components/ui/idempotency-key.tsx). */
export const IDEMPOTENCY_FIELD = 'idempotencyKey';

export const INCOMPLETE_FORM = 'The form was incomplete. Reload the page and try again.';

const keyField = z.uuid();

/** The form's one-time key, or null when it is missing or malformed (the action then refuses). */
export function idempotencyKeyOf(form: FormData): string | null {
  const parsed = keyField.safeParse(form.get(IDEMPOTENCY_FIELD));
  return parsed.success ? parsed.data.toLowerCase() : null;
}

/** A random UUID (v4) from getRandomValues, which works where randomUUID does not (plain http on a LAN). */
export function newIdempotencyKey(): string {
  const b = new Uint8Array(16);
  globalThis.crypto.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
