import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { ACTIONS, PAGES, PRINCIPALS, PUBLIC_ROUTES, ROUTES, type Outcome, type Principal } from './authz-matrix';
import { ACCOUNTS, signIn } from './fixtures';

const LOGIN: Record<Exclude<Principal, 'anonymous'>, string> = {
  admin: ACCOUNTS.admin,
  secretariat: ACCOUNTS.secretariat,
  leader: ACCOUNTS.leader,
  owner: ACCOUNTS.bonoivu,
  other: ACCOUNTS.tuyenquang,
  disabled: ACCOUNTS.vpcp,
};

async function clientOf(browser: Browser, who: Principal): Promise<APIRequestContext> {
  const context = await browser.newContext();
  if (who !== 'anonymous') await signIn(await context.newPage(), LOGIN[who]);
  return context.request;
}

async function outcome(
  request: APIRequestContext,
  path: string,
  headers: Record<string, string> = {},
): Promise<Outcome | number> {
  const res = await request.get(path, { maxRedirects: 0, headers, failOnStatusCode: false });
  const status = res.status();
  if (status >= 300 && status < 400) return /\/sign-in/.test(res.headers()['location'] ?? '') ? 'signin' : status;
  if (status === 200) return 'ok';
  if (status === 404) return 'hidden';
  return status;
}

const ids = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => Number(m[1]));

test('every page and route answers each principal as the matrix says, and no header trick changes a refusal', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // The administrator disables an agency head who is signed in; that user's old cookie is the `disabled` principal.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ACCOUNTS.admin);
  const setActive = async (active: boolean) => {
    await admin.goto('/admin/users');
    const toggle = admin.getByRole('button', { name: `${active ? 'Mở khóa' : 'Khóa'}: ${ACCOUNTS.vpcp}` });
    if (await toggle.count()) await toggle.click();
    await expect(admin.getByRole('button', { name: `${active ? 'Khóa' : 'Mở khóa'}: ${ACCOUNTS.vpcp}` })).toBeVisible();
  };
  await setActive(true); // a retry may find it disabled
  const clients = Object.fromEntries(
    await Promise.all(PRINCIPALS.map(async (p) => [p, await clientOf(browser, p)] as const)),
  ) as Record<Principal, APIRequestContext>;
  await setActive(false);
  try {
    // The objects: the 7th session and its first point; a task Bộ Nội vụ leads that Tuyên Quang is no party to.
    const sessionsHtml = await (await clients.secretariat.get('/sessions')).text();
    const session = /href="\/sessions\/(\d+)"(?:(?!href=)[\s\S]){0,600}?Phiên họp thứ 7/.exec(sessionsHtml)?.[1];
    expect(session).toBeTruthy();
    const point = ids(await (await clients.secretariat.get(`/sessions/${session}`)).text(), /\/points\/(\d+)"/g)[0];
    const ownTasks = ids(await (await clients.owner.get('/tasks?relation=lead')).text(), /href="\/tasks\/(\d+)"/g);
    const seenByOther = new Set(ids(await (await clients.other.get('/tasks')).text(), /href="\/tasks\/(\d+)"/g));
    const task = ownTasks.find((t) => !seenByOther.has(t));
    expect(task, 'a Bộ Nội vụ task Tuyên Quang cannot see').toBeTruthy();
    const fill = (path: string) =>
      path.replace('{session}', String(session)).replace('{point}', String(point)).replace('{task}', String(task));

    const mismatches: string[] = [];
    for (const { path, expect: expected } of [...PAGES, ...ROUTES]) {
      const url = fill(path);
      for (const who of PRINCIPALS) {
        const got = await outcome(clients[who], url);
        if (got !== expected[who]) mismatches.push(`${who} ${url}: expected ${expected[who]}, got ${got}`);
        if (expected[who] === 'ok') continue;
        // A refusal stays a refusal with the middleware-bypass header, as an RSC request, or as a prefetch.
        for (const [variant, headers] of [
          [
            'x-middleware-subrequest',
            { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
          ],
          ['rsc', { rsc: '1' }],
          ['prefetch', { rsc: '1', 'next-router-prefetch': '1' }],
        ] as const) {
          const res = await clients[who].get(url, { maxRedirects: 0, headers, failOnStatusCode: false });
          const body = res.status() === 200 ? await res.text() : '';
          const leaked =
            res.status() === 200 && !/NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK;404|"notFound"|sign-in/.test(body);
          if (leaked) mismatches.push(`${who} ${url} [${variant}]: 200 with content`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  } finally {
    await setActive(true);
  }
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

test('the matrix lists every page, route handler and server action that exists', () => {
  const files = walk('app');
  const listed = new Set([...PAGES.map((p) => p.file), ...ROUTES.map((r) => r.file), ...PUBLIC_ROUTES]);
  const endpoints = files.filter((f) => /\/(page\.tsx|route\.ts)$/.test(f));
  expect(endpoints.filter((f) => !listed.has(f))).toEqual([]);
  const actionFiles = files.filter((f) => /\.tsx?$/.test(f) && /^['"]use server['"]/m.test(readFileSync(f, 'utf8')));
  const unlisted = actionFiles.flatMap((f) => {
    const listedActions = ACTIONS[f];
    if (!listedActions) return [f];
    const exported = [...readFileSync(f, 'utf8').matchAll(/export async function (\w+)/g)].map((m) => m[1]!);
    return listedActions['*'] ? [] : exported.filter((name) => !listedActions[name]).map((name) => `${f}#${name}`);
  });
  expect(unlisted).toEqual([]);
});

test('server actions refuse, over HTTP, every principal the matrix refuses, and change nothing', async ({
  browser,
  baseURL,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ACCOUNTS.admin);
  const form = (html: string, marker: string) => html.split('<form').find((f) => f.includes(marker)) ?? '';
  const usersHtml = await (await admin.request.get('/admin/users')).text();
  const toggle = form(usersHtml, `: ${ACCOUNTS.vpcp}`);
  const setActiveId = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(toggle)?.[1];
  const vpcpId = /name="userId" value="(\d+)"/.exec(toggle)?.[1];
  const jobsHtml = await (await admin.request.get('/admin/jobs')).text();
  const runNowId = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(form(jobsHtml, 'Chạy quét hằng ngày ngay'))?.[1];
  expect(setActiveId && vpcpId && runNowId).toBeTruthy();

  for (const who of ['anonymous', 'secretariat', 'leader', 'owner', 'other'] as const) {
    const request = await clientOf(browser, who);
    const post = (path: string, fields: Record<string, string>) =>
      request.post(`${baseURL}${path}`, {
        multipart: fields,
        headers: { origin: baseURL! },
        maxRedirects: 0,
        failOnStatusCode: false,
      });
    const disable = await post('/admin/users', { [setActiveId!]: '', userId: vpcpId!, active: 'false' });
    const runNow = await post('/admin/jobs', { [runNowId!]: '' });
    for (const [name, res] of [
      ['disable a user', disable],
      ['run the daily sweep', runNow],
    ] as const) {
      const location = res.headers()['location'] ?? '';
      const refused = location.includes('/sign-in') || location.includes('error=') || [403, 404].includes(res.status());
      expect(refused, `${who}: ${name} answered ${res.status()} ${location}`).toBe(true);
    }
  }
  // The same request from the administrator is carried out: the refusals above came from the rules, not the format.
  const allowed = await admin.request.post(`${baseURL}/admin/jobs`, {
    multipart: { [runNowId!]: '' },
    headers: { origin: baseURL! },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  expect(allowed.headers()['location']).toContain('ran=1');
  // Nothing changed: the account is still active.
  await admin.goto('/admin/users');
  await expect(admin.getByRole('button', { name: `Khóa: ${ACCOUNTS.vpcp}` })).toBeVisible();
});
