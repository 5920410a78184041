import { NextResponse, type NextRequest } from 'next/server';
import { isMalformedOrigin } from '@/lib/request-origin';

/** Refuses requests whose Origin header is present but not a web address (see lib/request-origin.ts). */
export function proxy(request: NextRequest) {
  if (isMalformedOrigin(request.headers.get('origin'))) {
    return new NextResponse('Bad request: the Origin header is not a web address.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
