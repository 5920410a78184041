/**
 * Rat photos: the limits every upload is held to and the URL that serves a photo. Safe to
 * import from client components (no image processing here: see lib/photo-processing.ts).
 */

/** Phone photos are 2–6 MB; 8 MB leaves room without letting one upload fill the disk. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];

/** Thumbnails are this wide (WebP), for lists, tables and the gallery. */
export const THUMBNAIL_WIDTH = 320;

export type PhotoSize = 'full' | 'thumb';

/** The URL of a rat's photo (the route checks the session and the foster scope). */
export function ratPhotoUrl(ratId: number, photoId: number, size: PhotoSize = 'full'): string {
  return `/api/rats/${ratId}/photos/${photoId}${size === 'thumb' ? '?size=thumb' : ''}`;
}

/** `8388608` → `8 MB`, `1572864` → `1.5 MB`; megabytes round up, so a file over a limit never reads as the limit. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const mb = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `${mb.toFixed(1).replace(/\.0$/, '')} MB`;
}
