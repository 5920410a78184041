/**
 * The one path another website may frame: the public listing's snippet, a page with no script,
 * no form and no session, so framing it risks nothing (see app/api/public/listings/embed).
 */
export const FRAMEABLE_PATH = '/api/public/listings/embed';

/**
 * The Content-Security-Policy for one response. Scripts run only with this response's nonce
 * (Next puts it on its own scripts); `'unsafe-eval'` only in development, where React's
 * debugging needs it. Styles allow inline attributes (charts and menus position with them);
 * nothing may frame the app, except the public listing's snippet (`frameable`).
 */
export function contentSecurityPolicy(nonce: string, development: boolean, frameable = false): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self'`,
    `connect-src 'self'${development ? ' ws:' : ''}`,
    // The foster's offline worker (public/sw.js) and the install manifest come from the app itself.
    `worker-src 'self'`,
    `manifest-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    frameable ? `frame-ancestors *` : `frame-ancestors 'none'`,
  ].join('; ');
}

/** Headers every response carries, set once in next.config.ts. */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // The camera stays allowed for this site only: fosters photograph rats from the upload form.
  { key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
];

/** Every path except FRAMEABLE_PATH also refuses framing in older browsers that ignore frame-ancestors. */
export const FRAME_DENY_HEADER = { key: 'X-Frame-Options', value: 'DENY' } as const;
export const FRAME_DENY_SOURCE = `/((?!${FRAMEABLE_PATH.slice(1)}$).*)`;
