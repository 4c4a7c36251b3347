import type { z } from 'zod';
import { msg } from '@/lib/i18n/message';
import { localize, translatorFor } from '@/lib/i18n/translate';

/**
 * Errors as RFC 9457 problem details (`application/problem+json`). `title` and `detail` are in the language
 * the client asks for (`Accept-Language: en`, else Vietnamese); `i18n` carries both. Titles, details and the
 * errors' details are catalogue messages (lib/i18n), translated here.
 */
export type ProblemKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'server';

const STATUS: Record<ProblemKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  server: 500,
};

export type ProblemError = { pointer: string; detail: string };
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: ProblemKind;
  i18n: { vi: { title: string; detail: string }; en: { title: string; detail: string } };
  errors?: ProblemError[];
};

export function problemBody(
  kind: ProblemKind,
  options: {
    lang?: 'vi' | 'en';
    /** The detail as a domain message (a catalogue key, lib/i18n/message.ts); `detailEn` one for English only. */
    detail?: string;
    detailEn?: string;
    instance?: string;
    errors?: ProblemError[];
  } = {},
): Problem {
  const text = (locale: 'vi' | 'en', detail: string | undefined) => {
    const t = translatorFor(locale);
    return {
      title: t(`errors.api.problem.${kind}.title`),
      detail: localize(detail ?? msg(`errors.api.problem.${kind}.detail`), t),
    };
  };
  const vi = text('vi', options.detail);
  const en = text('en', options.detailEn ?? options.detail);
  const chosen = options.lang === 'en' ? en : vi;
  const t = translatorFor(options.lang === 'en' ? 'en' : 'vi');
  return {
    type: `/api-docs#problem-${kind}`,
    title: chosen.title,
    status: STATUS[kind],
    detail: chosen.detail,
    ...(options.instance ? { instance: options.instance } : {}),
    code: kind,
    i18n: { vi, en },
    ...(options.errors?.length ? { errors: options.errors.map((e) => ({ ...e, detail: localize(e.detail, t) })) } : {}),
  };
}

export function problem(
  kind: ProblemKind,
  options: Parameters<typeof problemBody>[1] & { headers?: HeadersInit } = {},
): Response {
  const body = problemBody(kind, options);
  const headers = new Headers(options.headers);
  headers.set('content-type', 'application/problem+json; charset=utf-8');
  headers.set('cache-control', 'no-store');
  return new Response(JSON.stringify(body), { status: body.status, headers });
}

/** Zod issues as JSON pointers into the request (`/progress`, `/query/class`). */
export function zodProblemErrors(error: z.ZodError, base = ''): ProblemError[] {
  return error.issues.flatMap((i) =>
    // A strict schema's unknown keys: one error for each, at its own place, naming it (the first 20).
    i.code === 'unrecognized_keys'
      ? i.keys.slice(0, MAX_UNKNOWN_KEYS).map((key) => ({
          pointer: pointerTo(base, [...i.path, key]),
          detail: msg('errors.api.unsupportedField', { name: key.length > 100 ? `${key.slice(0, 100)}…` : key }),
        }))
      : [{ pointer: pointerTo(base, i.path), detail: i.message }],
  );
}

/** Unknown keys named in one answer: a body of a thousand is told of the first ones. */
const MAX_UNKNOWN_KEYS = 20;

/** A JSON Pointer (RFC 6901): `~` and `/` inside a name are escaped. */
function pointerTo(base: string, path: readonly PropertyKey[]): string {
  return `${base}/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

/** The language of the reply: English when the client prefers it, Vietnamese otherwise. */
export function replyLanguage(request: Request): 'vi' | 'en' {
  const header = request.headers.get('accept-language') ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
