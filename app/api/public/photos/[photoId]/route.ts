import { getDb } from '@/db/client';
import { getPublicThumbnail } from '@/db/queries/public-listings';
import { getObject } from '@/lib/storage';
import { parseId } from '@/lib/validation/ids';

function notFound() {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * A listed rat's public thumbnail (320px WebP), for anyone: only while the rat is in a unit on
 * the public pages. Full-size photos, and photos of rats not listed, stay behind sign-in.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ photoId: string }> }) {
  const photoId = parseId((await params).photoId);
  if (!photoId) return notFound();
  const photo = await getPublicThumbnail(await getDb(), { photoId, now: new Date() });
  if (!photo) return notFound();
  const bytes = await getObject(photo.thumbnailKey);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'image/webp',
      'Content-Length': String(bytes.byteLength),
      // Short: an unlisted rat's photo stops being served by shared caches within minutes.
      'Cache-Control': 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
