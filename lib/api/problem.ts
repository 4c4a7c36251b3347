import type { z } from 'zod';

/**
 * Errors as RFC 9457 problem details (`application/problem+json`). `title` and `detail` are in the language
 * the client asks for (`Accept-Language: en`, else Vietnamese); `i18n` carries both. Domain messages from
 * lib/ are Vietnamese; their English `detail` is the general one for the status.
 */
export type ProblemKind =
  'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'too_large' | 'rate_limited' | 'server';

const KINDS: Record<ProblemKind, { status: number; vi: [string, string]; en: [string, string] }> = {
  invalid: {
    status: 400,
    vi: ['Dữ liệu không hợp lệ', 'Yêu cầu có giá trị không hợp lệ; xem danh sách lỗi.'],
    en: ['Invalid request', 'Some values are not valid; see the list of errors.'],
  },
  unauthenticated: {
    status: 401,
    vi: ['Chưa xác thực', 'Thiếu khóa API, hoặc khóa không đúng, đã hết hạn hay đã bị thu hồi.'],
    en: ['Unauthenticated', 'The API token is missing, wrong, expired or revoked.'],
  },
  forbidden: {
    status: 403,
    vi: ['Không có quyền', 'Bạn không có quyền thực hiện thao tác này.'],
    en: ['Forbidden', 'The token’s owner may not do this.'],
  },
  not_found: {
    status: 404,
    vi: ['Không tìm thấy', 'Không tìm thấy bản ghi hoặc bạn không có quyền xem.'],
    en: ['Not found', 'There is no such record, or the token’s owner may not read it.'],
  },
  conflict: {
    status: 409,
    vi: ['Xung đột phiên bản', 'Bản ghi đã được người khác cập nhật sau khi bạn đọc.'],
    en: ['Version conflict', 'The record changed after you read it: read it again and send the new version.'],
  },
  too_large: {
    status: 413,
    vi: ['Nội dung quá lớn', 'Nội dung yêu cầu vượt quá 1 MB.'],
    en: ['Payload too large', 'The request body is larger than 1 MB.'],
  },
  rate_limited: {
    status: 429,
    vi: ['Quá nhiều yêu cầu', 'Khóa API đã gửi quá số yêu cầu cho phép trong một phút. Hãy thử lại sau.'],
    en: ['Too many requests', 'This token sent more requests than allowed per minute. Try again later.'],
  },
  server: {
    status: 500,
    vi: ['Lỗi máy chủ', 'Đã có lỗi ở máy chủ. Lỗi đã được ghi lại.'],
    en: ['Server error', 'Something went wrong on the server. It has been logged.'],
  },
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
    /** The Vietnamese detail (a domain message); `detailEn` the English one, else the general one. */
    detail?: string;
    detailEn?: string;
    instance?: string;
    errors?: ProblemError[];
  } = {},
): Problem {
  const k = KINDS[kind];
  const vi = { title: k.vi[0], detail: options.detail ?? k.vi[1] };
  const en = { title: k.en[0], detail: options.detailEn ?? k.en[1] };
  const chosen = options.lang === 'en' ? en : vi;
  return {
    type: `/api-docs#problem-${kind}`,
    title: chosen.title,
    status: k.status,
    detail: chosen.detail,
    ...(options.instance ? { instance: options.instance } : {}),
    code: kind,
    i18n: { vi, en },
    ...(options.errors?.length ? { errors: options.errors } : {}),
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
  return error.issues.map((i) => ({ pointer: `${base}/${i.path.map(String).join('/')}`, detail: i.message }));
}

/** The language of the reply: English when the client prefers it, Vietnamese otherwise. */
export function replyLanguage(request: Request): 'vi' | 'en' {
  const header = request.headers.get('accept-language') ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
