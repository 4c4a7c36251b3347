// GET|POST /api/auth/* - next-auth's own endpoints (session, CSRF, credentials callback); others are 404
import type { NextRequest } from 'next/server';
import { authEndpointServed } from '@/lib/auth/auth-errors';
import { handlers } from '@/lib/auth/config';
import { OIDC_PROVIDER_ID, oidcSettings } from '@/lib/auth/oidc';

const served = (request: NextRequest) =>
  authEndpointServed(request.method, request.nextUrl.pathname, [
    'credentials',
    ...(oidcSettings() ? [OIDC_PROVIDER_ID] : []),
  ]);
const notFound = () => new Response(null, { status: 404, headers: { 'cache-control': 'no-store' } });

export const GET = (request: NextRequest) => (served(request) ? handlers.GET(request) : notFound());
export const POST = (request: NextRequest) => (served(request) ? handlers.POST(request) : notFound());
