import { NextResponse, type NextRequest } from 'next/server';

/**
 * Sends visitors without a session cookie to the sign-in page. This is a convenience only: every
 * page, action and route checks the actor itself through lib/auth (the cookie may be stale, forged
 * or belong to a disabled user).
 */
export function proxy(request: NextRequest) {
  const hasSession = request.cookies
    .getAll()
    .some((c) => c.name.startsWith('authjs.session-token') || c.name.startsWith('__Secure-authjs.session-token'));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/sign-in';
  url.search = '';
  const back = request.nextUrl.pathname + request.nextUrl.search;
  if (back !== '/') url.searchParams.set('callbackUrl', back);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ['/((?!api/auth|api/health|sign-in|_next/|favicon.ico|robots.txt).*)'],
};
