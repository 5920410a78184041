import 'server-only';
import sharp from 'sharp';
import { THUMBNAIL_WIDTH, type PhotoContentType } from '@/lib/photos';

/** Larger photos are scaled down to fit this box: plenty for a rat's page, far less disk. */
const MAX_STORED_EDGE = 3000;
/**
 * The largest photo taken: 50 megapixels, what a phone camera makes (a 48-megapixel sensor
 * gives 8064 × 6048). Anything larger is refused from its header before it is decoded, so a
 * small file claiming a huge image (a decompression bomb) cannot exhaust memory.
 */
export const MAX_PHOTO_MEGAPIXELS = 50;
const MAX_INPUT_PIXELS = MAX_PHOTO_MEGAPIXELS * 1_000_000;

const FORMATS: Record<string, { contentType: PhotoContentType; extension: string }> = {
  jpeg: { contentType: 'image/jpeg', extension: 'jpg' },
  png: { contentType: 'image/png', extension: 'png' },
  webp: { contentType: 'image/webp', extension: 'webp' },
};

export type PreparedPhoto =
  | { ok: true; original: Buffer; thumbnail: Buffer; contentType: PhotoContentType; extension: string }
  | { ok: false; reason: string };

/**
 * Checks what a file really is from its bytes (not its name or the browser's say-so) and
 * prepares what is stored: the photo turned upright and re-encoded without its metadata (a
 * phone photo's EXIF can hold the GPS position of the foster's home), and a WebP thumbnail.
 */
export async function preparePhoto(bytes: Uint8Array): Promise<PreparedPhoto> {
  let format: string | undefined;
  let pixels = 0;
  try {
    // The header only: no pixels are decoded here, so the size can be judged and explained.
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    format = meta.format;
    pixels = (meta.width ?? 0) * (meta.height ?? 0);
  } catch {
    return { ok: false, reason: 'That file is not a photo Ratwise can read. Upload a JPEG, PNG or WebP image.' };
  }
  if (pixels > MAX_INPUT_PIXELS) {
    const mp = Math.round(pixels / 1_000_000);
    return { ok: false, reason: `That image is ${mp} megapixels: Ratwise takes photos up to ${MAX_PHOTO_MEGAPIXELS} megapixels, as a phone camera makes.` };
  }
  const known = format ? FORMATS[format] : undefined;
  if (!known) {
    const hint = format === 'heif' ? ' On an iPhone, share the photo as JPEG (or set the camera to “Most Compatible”).' : '';
    return { ok: false, reason: `That file is a ${format?.toUpperCase() ?? 'unknown'} image: Ratwise takes JPEG, PNG or WebP photos.${hint}` };
  }
  try {
    const upright = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    const resized = upright().resize({ width: MAX_STORED_EDGE, height: MAX_STORED_EDGE, fit: 'inside', withoutEnlargement: true });
    const encoded =
      known.contentType === 'image/jpeg'
        ? resized.jpeg({ quality: 88, mozjpeg: true })
        : known.contentType === 'image/png'
          ? resized.png({ compressionLevel: 9 })
          : resized.webp({ quality: 88 });
    const [original, thumbnail] = await Promise.all([
      encoded.toBuffer(),
      upright().resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer(),
    ]);
    return { ok: true, original, thumbnail, contentType: known.contentType, extension: known.extension };
  } catch {
    return { ok: false, reason: 'That photo looks damaged and could not be read. Try exporting it again.' };
  }
}
