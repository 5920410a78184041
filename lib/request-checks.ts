import { APPLICATION_TOO_LARGE, MAX_APPLICATION_BYTES } from './domain/public-application';
import { FILE_TOO_LARGE_MESSAGE } from './validation/rat-import';

/*
 * Requests refused before Next reads them, because Next would answer them with a bare server
 * error ("Something went wrong") instead of a reason.
 */

/** The largest request body a server action accepts: `serverActions.bodySizeLimit` in next.config.ts. */
export const ACTION_BODY_LIMIT_BYTES = 12 * 1024 * 1024;

/**
 * A browser sends `Origin` as a web address, or `null` from a private context; a request with
 * an empty or garbled one is hand-made, and Next's server-action check would crash reading it.
 */
export function isMalformedOrigin(origin: string | null): boolean {
  if (origin === null || origin === 'null') return false;
  try {
    return new URL(origin).host === '';
  } catch {
    return true;
  }
}

/** Why a request is refused up front (status and words), or null to let it through. */
export function refuseRequest(headers: { origin: string | null; contentLength: string | null; path?: string }): { status: number; message: string } | null {
  if (isMalformedOrigin(headers.origin)) return { status: 400, message: 'Bad request: the Origin header is not a web address.' };
  // The public pages take only the application form, which is a few paragraphs: anything far bigger is refused before it is read.
  if (headers.path?.startsWith('/adopt') && headers.contentLength !== null && Number(headers.contentLength) > MAX_APPLICATION_BYTES) {
    return { status: 413, message: APPLICATION_TOO_LARGE };
  }
  if (headers.contentLength !== null && Number(headers.contentLength) > ACTION_BODY_LIMIT_BYTES) return { status: 413, message: FILE_TOO_LARGE_MESSAGE };
  return null;
}
