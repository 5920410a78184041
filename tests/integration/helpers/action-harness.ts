import type { Db } from '@/db/connect';
import type { Role } from '@/lib/domain/vocabulary';

/**
 * Calls server actions as a chosen person: the test file routes `next-auth`, `@/db/client`
 * and `next/cache` here with vi.mock (see `mockActionEdges`), so an action runs its real
 * authorization, parsing and writes against the file's test database.
 */
export const harness: {
  db: Db | null;
  signedIn: { id: number; role: Role; sessionVersion: number } | null;
} = { db: null, signedIn: null };

export const nextAuthMock = {
  // The next-auth route itself is the library's; here it only has to load.
  default: () => async () => new Response(null, { status: 404 }),
  getServerSession: async () => (harness.signedIn ? { user: { ...harness.signedIn, name: '', email: '' }, expires: '' } : null),
};

export const dbClientMock = {
  getDb: async () => {
    if (!harness.db) throw new Error('harness.db is not set: assign the test database first');
    return harness.db;
  },
};

export const nextCacheMock = { revalidatePath: () => undefined, revalidateTag: () => undefined };

export function signInAs(user: { id: number; role: Role; sessionVersion?: number } | null) {
  harness.signedIn = user ? { id: user.id, role: user.role, sessionVersion: user.sessionVersion ?? 0 } : null;
}

/** What a server action did: answered, redirected somewhere, or said not-found. */
export type Outcome = { kind: 'result'; value: unknown } | { kind: 'redirect'; to: string } | { kind: 'not-found' };

export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { kind: 'result', value: await call() };
  } catch (error) {
    const digest = (error as { digest?: unknown })?.digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return { kind: 'redirect', to: digest.split(';')[2] ?? '' };
    if (typeof digest === 'string' && digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404')) return { kind: 'not-found' };
    throw error;
  }
}

export function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}
