import { getDb } from '@/db/client';
import { getRatPhotoInScope } from '@/db/queries/rat-records';
import { getCurrentUser, ratScope } from '@/lib/authz';
import { getObject } from '@/lib/storage';
import { parseId } from '@/lib/validation/ids';

function notFound() {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}


/**
 * Serves a rat's photo (`?size=thumb`: its 320px WebP thumbnail) to a signed-in user who may
 * see the rat. Anyone else (signed out, or a foster asking for another home's rat) gets a
 * plain not-found, never a hint that the photo exists.
 */
export async function GET(request: Request, { params }: { params: Promise<{ ratId: string; photoId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const { ratId: ratParam, photoId: photoParam } = await params;
  const ratId = parseId(ratParam);
  const photoId = parseId(photoParam);
  if (!ratId || !photoId) return notFound();
  const photo = await getRatPhotoInScope(await getDb(), { ratId, photoId, scope: ratScope(user) });
  if (!photo) return notFound();

  const thumb = new URL(request.url).searchParams.get('size') === 'thumb';
  // A photo's bytes never change under its id, so the tag only has to tell the sizes apart.
  const etag = `"rat-photo-${photoId}-${thumb ? 'thumb' : 'full'}"`;
  const headers = {
    ETag: etag,
    // Private: the browser may keep it, shared caches may not. Short, so a lost scope takes effect soon.
    'Cache-Control': 'private, max-age=600',
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Cookie',
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });

  const bytes = await getObject(thumb ? photo.thumbnailKey : photo.storageKey);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...headers,
      'Content-Type': thumb ? 'image/webp' : photo.contentType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': 'inline',
    },
  });
}
