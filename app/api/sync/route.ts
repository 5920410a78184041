import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { getPolicy } from '@/db/queries/settings';
import { acceptSyncEntry, type StoredPhoto } from '@/db/queries/sync';
import { getCurrentUser, ratScope } from '@/lib/authz';
import { preparePhoto } from '@/lib/photo-processing';
import { formatBytes, MAX_PHOTO_BYTES } from '@/lib/photos';
import { deleteObject, putObject } from '@/lib/storage';
import { syncEnvelopeInput } from '@/lib/validation/sync';

function answer(status: number, body: Record<string, unknown>) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

const refuse = (reason: string) => answer(422, { status: 'refused', reason });

/** A browser always sends Origin on a POST; one from another site is not the app's own page. */
function fromAnotherSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== new URL(request.url).host && new URL(origin).host !== request.headers.get('host');
  } catch {
    return true;
  }
}

/** The entry as JSON, or (for a photo) a form with the entry as JSON and the file beside it. */
async function readBody(request: Request): Promise<{ raw: unknown; file: File | null } | null> {
  try {
    if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
      const form = await request.formData();
      const file = form.get('photo');
      return { raw: JSON.parse(String(form.get('entry') ?? '')), file: file instanceof File ? file : null };
    }
    return { raw: await request.json(), file: null };
  } catch {
    return null;
  }
}

/**
 * Receives one entry a foster recorded on their phone (a handling session, a weight, an
 * introduction meeting or a photo) with its idempotency key and the time it was recorded on the
 * device. Answers 200 when it is on the server (now or from an earlier arrival of the same key),
 * 409/422 with a reason in words when it cannot be saved (the phone keeps it for the foster),
 * 401 when signed out (the phone keeps it and tries again once signed in).
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return answer(401, { status: 'signed-out', reason: 'Sign in again to send what is waiting on this phone.' });
  if (fromAnotherSite(request)) return answer(403, { status: 'refused', reason: 'This request did not come from Ratwise.' });
  const body = await readBody(request);
  if (!body) return refuse('This entry could not be read: it was not saved.');
  const parsed = syncEnvelopeInput.safeParse(body.raw);
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message ?? 'This entry could not be read: it was not saved.');
  const entry = parsed.data;

  let photo: StoredPhoto | undefined;
  if (entry.kind === 'photo') {
    if (!body.file || body.file.size === 0) return refuse('The photo did not arrive: send it again.');
    if (body.file.size > MAX_PHOTO_BYTES) return refuse(`That photo is ${formatBytes(body.file.size)}: the limit is ${formatBytes(MAX_PHOTO_BYTES)}.`);
    const prepared = await preparePhoto(new Uint8Array(await body.file.arrayBuffer()));
    if (!prepared.ok) return refuse(prepared.reason);
    const name = randomUUID();
    const ratPart = Number(entry.payload.ratId) || 0;
    photo = {
      storageKey: `rats/${ratPart}/${name}.${prepared.extension}`,
      thumbnailKey: `rats/${ratPart}/${name}-thumb.webp`,
      contentType: prepared.contentType,
      bytes: prepared.original.byteLength,
    };
    await putObject(photo.storageKey, prepared.original);
    await putObject(photo.thumbnailKey, prepared.thumbnail);
  }

  const db = await getDb();
  let result;
  try {
    result = await acceptSyncEntry(db, { entry, actor: { id: user.id, role: user.role }, scope: ratScope(user), now: new Date(), policy: await getPolicy(db), photo });
  } finally {
    // Files stored for an entry that wrote nothing (refused, or saved before) are nobody's.
    if (photo && !(result?.status === 'accepted' && result.first)) {
      await Promise.allSettled([deleteObject(photo.storageKey), deleteObject(photo.thumbnailKey)]);
    }
  }
  if (result.status === 'refused') return answer(409, result);
  if (result.first) {
    revalidatePath('/dashboard');
    revalidatePath('/rats', 'layout');
    if (entry.kind === 'observation') revalidatePath('/introductions', 'layout');
  }
  return answer(200, result);
}
