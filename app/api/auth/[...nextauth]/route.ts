// GET|POST /api/auth/* - next-auth's own endpoints (session, CSRF, credentials callback); others are 404
import type { NextRequest } from 'next/server';
import { authEndpointServed, isAuthCallbackUrl } from '@/lib/auth/auth-errors';
import { handlers } from '@/lib/auth/config';
import { OIDC_PROVIDER_ID, oidcSettings } from '@/lib/auth/oidc';

const served = (request: NextRequest) =>
  authEndpointServed(request.method, request.nextUrl.pathname, [
    'credentials',
    ...(oidcSettings() ? [OIDC_PROVIDER_ID] : []),
  ]);
const notFound = () => new Response(null, { status: 404, headers: { 'cache-control': 'no-store' } });
/**
 * A `callbackUrl` in the query that Auth.js would refuse: it answered every endpoint 500 "server configuration" for it
 * (`/api/auth/session?callbackUrl=foo`, anonymously; attacker pass 34). A 400 says what is wrong.
 */
const badCallbackUrl = (request: NextRequest) =>
  request.nextUrl.searchParams.getAll('callbackUrl').some((v) => v !== '' && !isAuthCallbackUrl(v));
const badRequest = () =>
  new Response('Yêu cầu không hợp lệ: callbackUrl không phải là địa chỉ.', {
    status: 400,
    headers: { 'cache-control': 'no-store', 'content-type': 'text/plain; charset=utf-8' },
  });
const answer = (request: NextRequest, handle: (r: NextRequest) => Promise<Response>) =>
  !served(request) ? notFound() : badCallbackUrl(request) ? badRequest() : handle(request);

export const GET = (request: NextRequest) => answer(request, handlers.GET);
export const POST = (request: NextRequest) => answer(request, handlers.POST);
