import { outcomeOfResponse, type QueueEntry, type SendOutcome } from './queue';

/** The sync endpoint (app/api/sync/route.ts). */
export const SYNC_URL = '/api/sync';

/** Sends one entry with its key and recorded time; a photo goes as a form with its file. Browser only. */
export async function sendEntry(entry: QueueEntry): Promise<SendOutcome> {
  const envelope = { key: entry.key, kind: entry.kind, recordedAt: entry.recordedAt, payload: entry.payload };
  let response: Response;
  try {
    if (entry.photo) {
      const form = new FormData();
      form.set('entry', JSON.stringify(envelope));
      form.set('photo', entry.photo, 'photo.jpg');
      response = await fetch(SYNC_URL, { method: 'POST', body: form, credentials: 'same-origin' });
    } else {
      response = await fetch(SYNC_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(envelope),
        credentials: 'same-origin',
      });
    }
  } catch {
    return { kind: 'failed' };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return outcomeOfResponse(response.status, body);
}

/** Phone policy: photos are scaled on the phone to fit 1600 px before they are stored or sent (a few hundred KB instead of several MB). */
export const DEVICE_PHOTO_EDGE = 1600;

/** Scales a camera photo down on the phone (upright, as a JPEG) so it queues and uploads quickly. Browser only. */
export async function resizePhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const scale = Math.min(1, DEVICE_PHOTO_EDGE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas on this phone');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Could not encode the photo'))), 'image/jpeg', 0.85));
}
