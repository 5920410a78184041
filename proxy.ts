import { NextResponse, type NextRequest } from 'next/server';
import { refuseRequest } from '@/lib/request-checks';

/** Refuses, in words, requests Next itself would answer with a bare server error (see lib/request-checks.ts). */
export function proxy(request: NextRequest) {
  const refusal = refuseRequest({ origin: request.headers.get('origin'), contentLength: request.headers.get('content-length') });
  if (refusal) {
    return new NextResponse(refusal.message, {
      status: refusal.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
