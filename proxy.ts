import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/security-headers';

/**
 * A fresh nonce and Content-Security-Policy for every request. Next reads the policy from the
 * request to put the nonce on the scripts it renders; the response carries it to the browser.
 * Authorization is not done here: every page, action and route handler checks for itself.
 */
export function proxy(request: NextRequest) {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const nonce = btoa(String.fromCharCode(...bytes));
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
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
