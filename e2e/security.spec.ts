import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, screenshot, signIn } from './fixtures';

const { encodeReply } = createRequire(import.meta.url)(
  'next/dist/compiled/react-server-dom-webpack/client.node.js',
) as { encodeReply: (args: unknown[]) => Promise<string | FormData> };

test('pages carry a nonce-based CSP without unsafe-inline scripts, frame-ancestors none and the other security headers', async ({
  request,
}) => {
  const res = await request.get('/sign-in');
  expect(res.status()).toBe(200);
  const h = res.headers();
  const csp = h['content-security-policy']!;
  const scripts = csp.split('; ').find((d) => d.startsWith('script-src '))!;
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(scripts).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('same-origin');
  expect(h['strict-transport-security']).toMatch(/max-age=\d+/); // the built app runs in production mode
  const again = (await request.get('/sign-in')).headers()['content-security-policy'];
  expect(again).not.toBe(csp); // a fresh nonce per response
});

test('the app runs under its CSP: no violation while signing in and using reports, tasks and notifications', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) violations.push(m.text());
  });
  await signIn(page, ACCOUNTS.leader);
  await page.goto('/reports/areas');
  // Client-side navigation needs the page's scripts: a marker set on this document survives the move to the
  // next page only if the scripts ran under the policy and routed it without a full load.
  await page.evaluate(() => ((window as unknown as { csp: number }).csp = 1));
  await page.getByRole('navigation', { name: 'Các báo cáo' }).getByRole('link', { name: 'Theo cơ quan' }).click();
  await expect(page).toHaveURL(/\/reports\/agencies/);
  expect(await page.evaluate(() => (window as unknown as { csp?: number }).csp)).toBe(1);
  for (const path of ['/reports', '/tasks', '/notifications', '/sessions']) {
    await page.goto(path);
    await expect(page.getByTestId('current-user')).toBeVisible();
  }
  expect(violations).toEqual([]);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.includes('authjs.session-token'))!;
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe('Lax');
});

test('cross-site and Origin-less posts are refused before they reach any action, and change nothing', async ({
  page,
  baseURL,
}) => {
  await signIn(page, ACCOUNTS.tuyenquang);
  const before = await page.getByTestId('bell').getAttribute('aria-label');
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  for (const origin of ['https://evil.example', null]) {
    const res = await page.request.post(`${baseURL}/notifications`, {
      headers: { cookie, 'next-action': 'x', ...(origin ? { origin } : {}) },
      form: { id: '1' },
      failOnStatusCode: false,
    });
    expect(res.status(), `origin ${origin}`).toBe(403);
  }
  // The same-origin form still works: mark all read from the page itself.
  await page.goto('/notifications');
  expect(await page.getByTestId('bell').getAttribute('aria-label')).toBe(before);
});

test('anonymous and oversized bodies are refused from their headers, before any action reads them', async ({
  page,
  request,
  baseURL,
}) => {
  const MB = 1024 * 1024;
  const upload = (size: number) => ({
    evidence: { name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(size, 0x20) },
    taskId: '1',
  });
  // Any action id may be posted to any page, the sign-in page included: a page without files takes 4 MB at most
  // (413), a page that takes files takes a large body only with a valid session (401).
  const headers = { origin: baseURL!, 'next-action': '7f00000000000000000000000000000000000000aa' };
  for (const [path, cookie, status, says] of [
    ['/sign-in', undefined, 413, /MB/],
    ['/tasks/1', 'authjs.session-token=forged', 401, /đăng nhập/],
  ] as const) {
    const started = Date.now();
    const res = await request.post(`${baseURL}${path}`, {
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
      multipart: upload(8 * MB),
      failOnStatusCode: false,
      maxRedirects: 0,
    });
    expect(res.status(), path).toBe(status);
    expect(await res.text()).toMatch(says);
    expect(Date.now() - started, path).toBeLessThan(10_000);
  }
  // The sign-in form itself, a small anonymous multipart post, still works; then a body over 45 MB is
  // refused even from a signed-in user.
  await signIn(page, ACCOUNTS.bonoivu);
  const res = await page.request.post(`${baseURL}/tasks/1`, {
    headers,
    multipart: upload(45 * MB + 1),
    failOnStatusCode: false,
    maxRedirects: 0,
  });
  expect(res.status()).toBe(413);
  // Many tiny file parts within the size limit: Next.js parsed each (a stream per file) before any check, and 55,000
  // of them held the server for about 14 s (attacker pass 18). Counted in the proxy, refused at once.
  const boundary = 'x';
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="1_a"; filename="a"\r\n\r\n1\r\n`.repeat(55_000);
  const started = Date.now();
  const many = await page.request.post(`${baseURL}/notifications`, {
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    data: Buffer.from(`${body}--${boundary}--\r\n`),
    failOnStatusCode: false,
    maxRedirects: 0,
  });
  expect(many.status()).toBe(413);
  expect(await many.text()).toContain('quá nhiều trường hoặc tệp');
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('after signing out, a copy of the old session cookie opens nothing', async ({ page, browser }) => {
  await signIn(page, ACCOUNTS.leader);
  const copied = await page.context().cookies();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto('/reports');
  await expect(stolen).toHaveURL(/\/sign-in/);
  await thief.close();
});

test("after next-auth's own POST /api/auth/signout, a copy of the old session cookie opens nothing", async ({
  page,
  browser,
}) => {
  await signIn(page, ACCOUNTS.leader);
  const copied = await page.context().cookies();
  // Posted as next-auth's own sign-out page would: its CSRF token, the browser's cookies.
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const out = await page.request.post('/api/auth/signout', { form: { csrfToken }, maxRedirects: 0 });
  expect(out.status()).toBeLessThan(400);
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto('/reports');
  await expect(stolen).toHaveURL(/\/sign-in/);
  await thief.close();
});

test('the account page refuses a wrong current password and a common new one, beside the fields', async ({ page }) => {
  await signIn(page, ACCOUNTS.leader);
  await page.getByTestId('current-user').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tài khoản' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Đổi mật khẩu' });
  await form.getByLabel('Mật khẩu hiện tại').fill('not-my-password');
  await form.getByLabel('Mật khẩu mới', { exact: true }).fill('Sông Lô chảy qua 2026');
  await form.getByLabel('Nhập lại mật khẩu mới').fill('Sông Lô chảy qua 2026');
  await form.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(form.getByText('Mật khẩu hiện tại không đúng.').first()).toBeVisible();
  await form.getByLabel('Mật khẩu hiện tại').fill('CaiCach@2024');
  await form.getByLabel('Mật khẩu mới', { exact: true }).fill('Password123!@#');
  await form.getByLabel('Nhập lại mật khẩu mới').fill('Password123!@#');
  await form.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(form.getByText(/quá phổ biến/).first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'account-password');
});

test('ids in the address that name no row are "not found" (404), never a server error: too large, signed, hex, exponent, spaced', async ({
  page,
}) => {
  // The secretariat and the administrator between them may open every page that takes an id.
  const probes = ['2147483648', '99999999999999999999', '-1', '0', '0x10', '1e3', '1.5', '%201', '%D9%A3'];
  const pages = (id: string) => [
    `/tasks/${id}`,
    `/sessions/${id}`,
    `/sessions/${id}/edit`,
    `/sessions/${id}/directives`,
    `/sessions/${id}/print?point=${id}`,
    `/sessions/${id}/points/${id}`,
    `/sessions/${id}/documents/minutes?from=${id}&to=${id}`,
    `/sessions/${id}/documents/minutes/print`,
    `/reports/official/${id}`,
    `/api/sessions/${id}/attendance.xlsx`,
    `/api/sessions/${id}/documents/minutes`,
    `/api/evidence/${id}`,
    `/api/reports/official/${id}/docx`,
  ];
  const admin = ['/admin/users/', '/admin/committees/', '/admin/agencies/'];
  for (const [account, paths] of [
    [ACCOUNTS.secretariat, pages],
    [ACCOUNTS.admin, (id: string) => [...admin.map((p) => `${p}${id}`), `/admin/agencies/${id}/edit`]],
  ] as const) {
    await signIn(page, account);
    for (const id of probes)
      for (const path of paths(id)) {
        const response = await page.request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBe(404);
      }
    // An escape that is no UTF-8 is no address at all: 400 from the proxy (the framework answered 500).
    for (const id of ['%FF', '%C3%28'])
      for (const path of paths(id)) {
        const response = await page.request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBe(400);
      }
    await page.context().clearCookies();
  }
  expect((await page.request.get('/api/v1/tasks/%FF', { maxRedirects: 0 })).status()).toBe(400);
});

test('values and headers the database or the framework cannot take are refused or ignored, never a server error', async ({
  page,
  baseURL,
}) => {
  await signIn(page, ACCOUNTS.secretariat);
  // Year 0 (PostgreSQL has none), a day past 9999, a NUL in a search: each page was a 500.
  for (const path of [
    '/tasks?dueFrom=0000-01-01',
    '/tasks?doneFrom=01/01/0000&dueTo=9999-12-31',
    '/reports?from=0000-01-01',
    '/reports/agencies?asOf=0000-01-01',
    '/api/reports/export?to=0000-01-01',
    '/api/people?q=a%00b',
  ]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(400);
  }
  await page.goto('/tasks?dueFrom=0000-01-01');
  await expect(page.getByRole('status').filter({ hasText: 'Bộ lọc không hợp lệ' })).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, ACCOUNTS.admin);
  for (const path of ['/admin/users?q=a%00b', '/admin/audit?to=9999-12-31']) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
  // A download has no page to show the filter ignored on: it says what is wrong.
  const exported = await page.request.get('/admin/audit/export.xlsx?to=9999-12-31', { maxRedirects: 0 });
  expect(exported.status()).toBe(400);
  // Headers next-auth builds URLs from: a 400 from the proxy, with or without a session.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const raw = (path: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${baseURL}${path}`, { headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject).end();
    });
  const malformed: Record<string, string>[] = [
    { host: 'a b', cookie },
    { 'x-forwarded-host': 'a b', cookie: 'authjs.session-token=x' },
    { 'x-forwarded-proto': 'javascript', cookie },
  ];
  for (const headers of malformed) {
    expect(await raw('/tasks', headers), JSON.stringify(headers)).toBe(400);
  }
  // The client router's state, when it is no state: each page was a 500 (attacker pass 20). A real one still works.
  for (const state of ['[1]', '{"a":1}', '%ZZ'])
    expect(await raw('/tasks?_rsc=x', { cookie, rsc: '1', 'next-router-state-tree': state }), state).toBe(400);
  expect(await raw('/tasks?_rsc=x', { cookie, rsc: '1', 'next-router-state-tree': '["",{}]' })).toBeLessThan(400);
  // `OPTIONS *` asks the server what it takes: an answer, not a 500 (attacker pass 20).
  const asterisk = await new Promise<string>((resolve, reject) => {
    const { hostname, port } = new URL(baseURL!);
    const socket = connect(Number(port), hostname, () =>
      socket.write(`OPTIONS * HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`),
    );
    let out = '';
    socket
      .on('data', (d) => (out += d.toString('latin1')))
      .on('end', () => resolve(out))
      .on('error', reject);
  });
  expect(asterisk).toMatch(/^HTTP\/1\.1 204[^]*\r\nAllow: GET, HEAD, POST/);
  // Attacker pass 35: what a client writes on a socket by hand.
  const overSocket = (payload: string) =>
    new Promise<string>((resolve, reject) => {
      const { hostname, port } = new URL(baseURL!);
      const socket = connect(Number(port), hostname, () => socket.write(payload.replaceAll('HOST', hostname)));
      let out = '';
      socket
        .on('data', (d) => (out += d.toString('latin1')))
        .on('close', () => resolve(out))
        .on('error', reject);
    });
  // TRACE, which fetch's Request refuses: a 405 naming what the site takes, where it was a 500 and a stack.
  expect(await overSocket('TRACE /sign-in HTTP/1.1\r\nHost: HOST\r\nConnection: close\r\n\r\n')).toMatch(
    /^HTTP\/1\.1 405[^]*\r\nAllow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\r\n/,
  );
  // Bytes that are no HTTP after a post: the post is answered (here, refused for its missing Origin), then the
  // connection closed; Node answered 400 and aborted the post under Next.js, an uncaughtException each time.
  const pipelined = await overSocket('POST /sign-in HTTP/1.1\r\nHost: HOST\r\nContent-Length: 0\r\n\r\n{}\r\n');
  expect(pipelined).toMatch(/^HTTP\/1\.1 403 /);
  expect(pipelined).not.toMatch(/400 Bad Request/);
  // The image optimizer the app never uses is off.
  expect(await raw('/_next/image?url=/tasks&w=64&q=75', {})).toBe(404);
  // Attacker pass 22. A callbackUrl next-auth cannot read as a URL: back to the site, not an error page and an error line.
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const signOut = await page.request.post('/api/auth/signout', {
    form: { csrfToken, callbackUrl: 'http://127.0.0.1:3400.evil.com/' },
    maxRedirects: 0,
  });
  expect(signOut.status()).toBe(302);
  // The site's root (as AUTH_URL names it), not "/sign-in/refused?error=Configuration".
  const landed = new URL(signOut.headers().location!);
  expect(landed.pathname + landed.search).toBe('/');
  // An action posted where the proxy does not run: 404, not forwarded to its page.
  const favicon = await page.request.post('/favicon.ico', {
    headers: { 'next-action': '40c7b35f6bdf83e56f50fd266b4fa0bfc062d360b8', origin: baseURL! },
    data: '[]',
  });
  expect(favicon.status()).toBe(404);
  // A form posted without JavaScript whose bound arguments nest 5,000 deep: refused, where it was a 500.
  const deep = await page.request.post('/sign-in', {
    headers: { origin: new URL(baseURL!).origin },
    multipart: {
      $ACTION_REF_1: '',
      '$ACTION_1:0': JSON.stringify({ id: '40c7b35f6bdf83e56f50fd266b4fa0bfc062d360b8', bound: '$@1' }),
      '$ACTION_1:1': '['.repeat(5000) + ']'.repeat(5000),
    },
  });
  expect(deep.status()).toBe(400);
});

test('a header Next.js sends only to itself is not taken from a client: the action is forwarded to its page as any other (attacker pass 37)', async ({
  playwright,
  baseURL,
}) => {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')).node as Record<
    string,
    { exportedName: string }
  >;
  const reset = Object.entries(manifest).find(([, v]) => v.exportedName === 'requestResetAction')![0];
  const anonymous = await playwright.request.newContext({ baseURL });
  const form = new FormData();
  form.append('email', 'khong-co@demo.gov.vn');
  const body = (await encodeReply([null, form])) as FormData;
  // The "Quên mật khẩu?" action posted to the sign-in page, marked as if Next.js had forwarded it already: Next.js
  // neither forwarded it nor found it there, answered 409 and wrote "Failed to find Server Action" with a stack.
  const posted = await anonymous.post('/sign-in', {
    headers: { 'next-action': reset, 'x-action-forwarded': '1', origin: new URL(baseURL!).origin },
    multipart: body,
    maxRedirects: 0,
  });
  expect(posted.status()).toBe(200);
  expect(posted.headers()['x-nextjs-action-not-found']).toBeUndefined();
  await anonymous.dispose();
});
