import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError, conflict, forbidden, invalid, notFound } from '@/lib/errors';
import { log } from '@/lib/log';
import { ForbiddenError, type Actor } from '@/lib/policy';
import { routeHandler } from './route';
import { msg } from '@/lib/i18n/message';

/** Plain actors: the wrapper reads only the role, the agency's end and the second-factor flag. */
const secretariat: Actor = {
  userId: 1,
  role: 'secretariat',
  name: 'Thư ký',
  email: 'thuky@example.vn',
  agencyId: null,
  agencyName: null,
  agencyScope: [],
};
const agencyHead: Actor = {
  ...secretariat,
  userId: 2,
  role: 'agency',
  agencyId: 7,
  agencyName: 'Bộ Nội vụ',
  agencyScope: [7],
};
const endedHead: Actor = { ...agencyHead, userId: 3, agencyName: 'UBND tỉnh Hà Giang', agencyEndedOn: '2025-06-30' };

type Options = Parameters<typeof routeHandler>[1];

async function call(
  run: Parameters<typeof routeHandler<{ id: string }>>[0],
  options: Options & { cookie?: string; path?: string } = {},
) {
  const request = new Request(`http://app.test${options.path ?? '/api/x/5?q=abc'}`, {
    headers: options.cookie ? { cookie: options.cookie } : {},
  });
  const response = await routeHandler<{ id: string }>(run, { actor: async () => secretariat, ...options })(request, {
    params: Promise.resolve({ id: '5' }),
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    cacheControl: response.headers.get('cache-control'),
    text,
    body: text.startsWith('{') ? JSON.parse(text) : text,
  };
}

afterEach(() => vi.restoreAllMocks());

describe('routeHandler', () => {
  it('runs the handler with the actor, the params, the query and the reader’s language', async () => {
    const seen = vi.fn();
    const res = await call(
      async (ctx) => {
        seen(ctx.actor.userId, ctx.params.id, ctx.query.get('q'), ctx.locale);
        return Response.json({ ok: true });
      },
      { cookie: 'a=1; locale=en' },
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
    expect(seen).toHaveBeenCalledWith(1, '5', 'abc', 'en');
  });

  it('marks what it answers a reader as theirs, unless the route says otherwise (attacker pass 25)', async () => {
    expect((await call(async () => Response.json({ people: [] }))).cacheControl).toBe('private, no-store');
    const own = async () => new Response('x', { headers: { 'cache-control': 'private, max-age=60' } });
    expect((await call(own)).cacheControl).toBe('private, max-age=60');
  });

  it('answers 401 without an actor (no session, ended session, disabled user) and never runs the handler', async () => {
    const run = vi.fn(async () => Response.json({}));
    const res = await call(run, { actor: async () => null });
    expect(run).not.toHaveBeenCalled();
    expect(res.status).toBe(401);
    expect(res.contentType).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 401, code: 'unauthenticated', instance: '/api/x/5' });
    expect(res.body.detail).toMatch(/đăng nhập lại/);
    expect(res.body.detail).not.toMatch(/API/);
    expect(res.body.i18n.en.detail).toMatch(/sign in again/);
  });

  it('answers 403 when the actor lacks the permission, before the handler runs', async () => {
    const run = vi.fn(async () => Response.json({}));
    const res = await call(run, { actor: async () => agencyHead, permission: 'session.manage' });
    expect(run).not.toHaveBeenCalled();
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'forbidden', detail: 'Bạn không có quyền thực hiện thao tác này.' });
  });

  it('tells a user of an ended agency why they are refused (decision 022)', async () => {
    const res = await call(async () => Response.json({}), {
      actor: async () => endedHead,
      permission: 'session.manage',
    });
    expect(res.status).toBe(403);
    expect(res.body.detail).toContain('UBND tỉnh Hà Giang đã chấm dứt hoạt động từ sau ngày 30/06/2025');
  });

  it('lets an actor with the permission through', async () => {
    const res = await call(async () => new Response('bytes'), { permission: 'session.manage' });
    expect(res.status).toBe(200);
    expect(res.text).toBe('bytes');
  });

  it.each([
    ['AppError NOT_FOUND', () => notFound('Không tìm thấy tệp.'), 404, 'not_found', 'Không tìm thấy tệp.'],
    [
      'AppError FORBIDDEN',
      () => forbidden('Chỉ cơ quan chủ trì.'),
      403,
      'forbidden',
      'Bạn không có quyền thực hiện thao tác này.',
    ],
    [
      'ForbiddenError',
      () => new ForbiddenError('report.read'),
      403,
      'forbidden',
      'Bạn không có quyền thực hiện thao tác này.',
    ],
    ['AppError CONFLICT', () => conflict('Đã có người sửa.'), 409, 'conflict', 'Đã có người sửa.'],
    ['AppError INVALID', () => invalid('Hạn không hợp lệ.'), 400, 'invalid', 'Hạn không hợp lệ.'],
  ] as const)('maps %s to its status and a problem', async (_name, make, status, code, detail) => {
    const res = await call(async () => {
      throw make();
    });
    expect(res.status).toBe(status);
    expect(res.contentType).toMatch(/^application\/problem\+json/);
    expect(res.cacheControl).toBe('no-store');
    expect(res.body).toMatchObject({ status, code, detail, type: `/api-docs#problem-${code}`, instance: '/api/x/5' });
  });

  it('maps field errors of an INVALID AppError and zod issues to pointers', async () => {
    const fields = await call(async () => {
      throw new AppError('INVALID', 'Sai.', { 'deadline.date': 'Ngày không hợp lệ.' });
    });
    expect(fields.body.errors).toEqual([{ pointer: '/deadline/date', detail: 'Ngày không hợp lệ.' }]);

    const zod = await call(async () => {
      z.object({ q: z.string().min(5, 'Quá ngắn.') }).parse({ q: 'a' });
      return new Response('');
    });
    expect(zod.status).toBe(400);
    expect(zod.body).toMatchObject({ code: 'invalid', errors: [{ pointer: '/q', detail: 'Quá ngắn.' }] });
  });

  it('answers in English when the locale cookie says so, Vietnamese otherwise: domain messages by key', async () => {
    const throwNotFound = async (): Promise<Response> => {
      throw notFound();
    };
    const en = await call(throwNotFound, { cookie: 'locale=en' });
    expect(en.body).toMatchObject({ title: 'Not found', detail: 'There is no such record, or you may not see it.' });
    expect(en.body.i18n.vi.detail).toBe('Không tìm thấy bản ghi hoặc bạn không có quyền xem.');
    for (const cookie of [undefined, 'locale=fr', 'xlocale=en']) {
      const vi = await call(throwNotFound, { cookie });
      expect(vi.body).toMatchObject({
        title: 'Không tìm thấy',
        detail: 'Không tìm thấy bản ghi hoặc bạn không có quyền xem.',
      });
    }
    const invalid = await call(
      async () => {
        throw new AppError('INVALID', msg('validation.tooLong', { field: 'fields.date', max: 1 }), {
          'deadline.date': msg('validation.required', { field: 'fields.date' }),
        });
      },
      { cookie: 'locale=en' },
    );
    expect(invalid.body).toMatchObject({
      detail: 'Date must be at most 1 character.',
      errors: [{ pointer: '/deadline/date', detail: 'Please enter date.' }],
      i18n: { vi: { detail: 'Ngày tối đa 1 ký tự.' } },
    });
  });

  it('logs an unexpected error and answers a plain 500 that leaks nothing of it', async () => {
    const logged = vi.spyOn(log, 'error');
    const secret = 'relation "users" does not exist\nparams: nguyenvana@example.vn,MậtKhẩu';
    const res = await call(async () => {
      throw new Error(secret);
    });
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ code: 'server', detail: 'Đã có lỗi ở máy chủ. Lỗi đã được ghi lại.' });
    expect(res.text).not.toMatch(/relation|users|nguyenvana|MậtKhẩu|params|at /);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]![0]).toMatchObject({ scope: 'route', path: '/api/x/5' });
  });

  it('treats a failing actor lookup (the database down) as a logged 500, not a crash', async () => {
    const logged = vi.spyOn(log, 'error');
    const res = await call(async () => new Response(''), {
      actor: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      },
    });
    expect(res.status).toBe(500);
    expect(res.text).not.toMatch(/ECONNREFUSED|5432/);
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it('lets Next.js’s own signals through (a dynamic-rendering bail-out, notFound())', async () => {
    const signal = Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;404'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    await expect(
      routeHandler(
        async () => {
          throw signal;
        },
        { actor: async () => secretariat },
      )(new Request('http://app.test/api/x'), { params: Promise.resolve({}) }),
    ).rejects.toBe(signal);
  });
});
