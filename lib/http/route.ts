import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { problem, zodProblemErrors } from '@/lib/api/problem';
import { getActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n';
import { localeFromCookies } from '@/lib/i18n/error-messages';
import { msg } from '@/lib/i18n/message';
import { logError } from '@/lib/log';
import { assertCan, ForbiddenError, isReadOnly, refusalMessage, type Actor, type Permission } from '@/lib/policy';

/** What a cookie-authenticated route handler gets: the signed-in actor, the request, its params, its language. */
export type RouteContext<P> = { actor: Actor; request: Request; params: P; query: URLSearchParams; locale: Locale };

/**
 * The one wrapper for the route handlers the app's own pages call with the session cookie (downloads, the
 * people search, the bell's count); /api/v1 has `apiHandler` (bearer tokens), /api/auth is next-auth's own.
 * It resolves the actor (401 when there is none, or the session ended or the user was disabled), checks the
 * permission when one is named (403), runs the handler and turns what it throws into an RFC 9457 problem in
 * the reader's language (the `locale` cookie): AppError NOT_FOUND → 404, FORBIDDEN → 403, CONFLICT → 409,
 * INVALID and zod errors → 400. Anything else is a bug: logged (without request values), answered with a
 * plain 500 that says nothing of it. Refusals here are reads, so, as for pages, they are not audited.
 * `actor` replaces the cookie lookup (tests).
 */
export function routeHandler<P = Record<string, never>>(
  run: (ctx: RouteContext<P>) => Promise<Response>,
  options: { permission?: Permission; actor?: () => Promise<Actor | null> } = {},
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const url = new URL(request.url);
    const locale = localeFromCookies(request.headers.get('cookie'));
    const instance = url.pathname;
    let actor: Actor | null = null;
    try {
      actor = await (options.actor ?? getActor)();
      if (!actor) return problem('unauthenticated', { lang: locale, instance, detail: msg('errors.sessionExpired') });
      if (options.permission) assertCan(actor, options.permission);
      const response = await run({ actor, request, params: await context.params, query: url.searchParams, locale });
      // What a signed-in route answers is its reader's: never kept by a cache on the way, unless the route says so
      // (attacker pass 25: /api/people's names and posts went out without a Cache-Control).
      if (!response.headers.has('cache-control') && response.status !== 302)
        response.headers.set('cache-control', 'private, no-store');
      return response;
    } catch (error) {
      // Next.js's own signals (a dynamic-rendering bail-out, redirect(), notFound()) are not errors.
      unstable_rethrow(error);
      return routeProblem(error, { locale, instance, actor });
    }
  };
}

/** What the wrapper answers for an error a handler threw (exported for its tests). */
export async function routeProblem(
  error: unknown,
  ctx: { locale: Locale; instance: string; actor: Actor | null },
): Promise<Response> {
  const { locale: lang, instance } = ctx;
  if (error instanceof ForbiddenError || (error instanceof AppError && error.code === 'FORBIDDEN')) {
    // A user of an ended agency is told why (decision 022); anyone else hears the general refusal.
    return problem('forbidden', { lang, instance, detail: refusalMessage(isReadOnly(ctx.actor) ? ctx.actor : null) });
  }
  if (error instanceof z.ZodError) return problem('invalid', { lang, instance, errors: zodProblemErrors(error) });
  if (error instanceof AppError) {
    // Domain messages are catalogue keys (lib/errors.ts): the detail in both languages.
    if (error.code === 'NOT_FOUND') return problem('not_found', { lang, instance, detail: error.message });
    if (error.code === 'CONFLICT') return problem('conflict', { lang, instance, detail: error.message });
    const errors = Object.entries(error.fieldErrors).map(([k, detail]) => ({
      pointer: `/${k.replace(/\./g, '/')}`,
      detail,
    }));
    return problem('invalid', { lang, instance, detail: error.message, errors });
  }
  await logError('route', error, { path: instance });
  return problem('server', { lang, instance });
}
