import { NextResponse, type NextRequest } from 'next/server';
import { refuseRequest } from '@/lib/request-checks';
import { contentSecurityPolicy, FRAMEABLE_PATH } from '@/lib/security-headers';

/**
 * First, refuses in words the requests Next itself would answer with a bare server error (an
 * empty Origin, a body over the action limit: see lib/request-checks.ts). Then a fresh nonce
 * and Content-Security-Policy for every request. Next reads the policy from the request to put
 * the nonce on the scripts it renders; the response carries it to the browser. Authorization
 * is not done here: every page, action and route handler checks for itself.
 */
export function proxy(request: NextRequest) {
  const refusal = refuseRequest({ origin: request.headers.get('origin'), contentLength: request.headers.get('content-length'), path: request.nextUrl.pathname });
  if (refusal) {
    return new NextResponse(refusal.message, {
      status: refusal.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const nonce = btoa(String.fromCharCode(...bytes));
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development', request.nextUrl.pathname === FRAMEABLE_PATH);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Static build files run no inline code; everything else (pages, actions, API) gets a policy.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
