// GET|POST /api/auth/* - next-auth's own endpoints (session, CSRF, credentials callback); others are 404
import type { NextRequest } from 'next/server';
import { authEndpointServed, authRequestProblem } from '@/lib/auth/auth-errors';
import { handlers } from '@/lib/auth/config';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n';
import { localize, msg } from '@/lib/i18n/message';
import { translatorFor } from '@/lib/i18n/translate';
import { OIDC_PROVIDER_ID, oidcSettings } from '@/lib/auth/oidc';

const served = (request: NextRequest) =>
  authEndpointServed(request.method, request.nextUrl.pathname, [
    'credentials',
    ...(oidcSettings() ? [OIDC_PROVIDER_ID] : []),
  ]);
const notFound = () => new Response(null, { status: 404, headers: { 'cache-control': 'no-store' } });
/** A plain-text 400 in the reader's language (the `locale` cookie, as pages use). */
const badRequest = (request: NextRequest, problem: 'callbackUrl' | 'json') => {
  const locale = request.cookies.get(LOCALE_COOKIE)?.value;
  const key = problem === 'json' ? 'errors.files.badAuthJson' : 'errors.files.badCallbackUrl';
  return new Response(localize(msg(key), translatorFor(isLocale(locale) ? locale : 'vi')), {
    status: 400,
    headers: { 'cache-control': 'no-store', 'content-type': 'text/plain; charset=utf-8' },
  });
};

/** Auth.js's endpoints, after what it would fail on is answered 400 (`authRequestProblem`, attacker pass 34). */
const answer = async (request: NextRequest, handle: (request: NextRequest) => Promise<Response>) => {
  if (!served(request)) return notFound();
  const judged = await authRequestProblem(request);
  return judged.problem ? badRequest(request, judged.problem) : handle(judged.request);
};

export const GET = (request: NextRequest) => answer(request, handlers.GET);
export const POST = (request: NextRequest) => answer(request, handlers.POST);
