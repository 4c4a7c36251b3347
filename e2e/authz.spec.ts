import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse, type Browser, type Page } from '@playwright/test';
import {
  ACTIONS,
  PAGES,
  PRINCIPALS,
  PUBLIC_ROUTES,
  ROUTES,
  form,
  type ActionOutcome,
  type ActionRow,
  type Objects,
  type Outcome,
  type Principal,
} from './authz-matrix';
import { stepAt, totpCode } from '../lib/auth/otp';
import { ACCOUNTS, mainOf, PASSWORD, signIn, withoutActionIds } from './fixtures';

// The page matrix and the action matrix both disable the same account while signed in: they take turns.
test.describe.configure({ mode: 'default' });

const LOGIN: Record<Exclude<Principal, 'anonymous'>, string> = {
  admin: ACCOUNTS.admin,
  secretariat: ACCOUNTS.secretariat,
  leader: ACCOUNTS.leader,
  owner: ACCOUNTS.bonoivu,
  other: ACCOUNTS.tuyenquang,
  disabled: ACCOUNTS.vpcp,
  ended: ACCOUNTS.hagiang,
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

/** The administrator's switch of the account that becomes `disabled` (through the users page, as a person does). */
async function vpcpSwitch(browser: Browser): Promise<(active: boolean) => Promise<void>> {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ACCOUNTS.admin);
  return async (active) => {
    await admin.goto('/admin/users');
    const toggle = admin.getByRole('button', {
      name: `${active ? 'Mở khóa' : 'Khóa'}: ${ACCOUNTS.vpcp}`,
      exact: true,
    });
    if (await toggle.count()) await toggle.click();
    await expect(
      admin.getByRole('button', { name: `${active ? 'Khóa' : 'Mở khóa'}: ${ACCOUNTS.vpcp}`, exact: true }),
    ).toBeVisible();
  };
}

const ids = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => Number(m[1]));

test('every page and route answers each principal as the matrix says, and no header trick changes a refusal', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // The administrator disables an agency head who is signed in; that user's old cookie is the `disabled` principal.
  const setActive = await vpcpSwitch(browser);
  await setActive(true); // a retry may find it disabled
  const clients = Object.fromEntries(
    await Promise.all(PRINCIPALS.map(async (p) => [p, await clientOf(browser, p)] as const)),
  ) as Record<Principal, APIRequestContext>;
  await setActive(false);
  try {
    // The objects: the 7th session and its first point; a task Bộ Nội vụ leads that Tuyên Quang is no party to.
    const sessionsHtml = await (await clients.secretariat.get('/sessions')).text();
    const session = /href="\/sessions\/(\d+)"(?:(?!href=)[\s\S]){0,600}?Phiên họp thứ 7 Ban Chỉ đạo/.exec(
      sessionsHtml,
    )?.[1];
    expect(session).toBeTruthy();
    const point = ids(await (await clients.secretariat.get(`/sessions/${session}`)).text(), /\/points\/(\d+)"/g)[0];
    const ownTasks = ids(await (await clients.owner.get('/tasks?relation=lead')).text(), /href="\/tasks\/(\d+)"/g);
    const seenByOther = new Set(ids(await (await clients.other.get('/tasks')).text(), /href="\/tasks\/(\d+)"/g));
    const task = ownTasks.find((t) => !seenByOther.has(t));
    expect(task, 'a Bộ Nội vụ task Tuyên Quang cannot see').toBeTruthy();
    // A user the administrator may edit: the first one /admin/users links to.
    const user = ids(await (await clients.admin.get('/admin/users')).text(), /href="\/admin\/users\/(\d+)"/g)[0];
    expect(user, 'a user on /admin/users').toBeTruthy();
    const committee = ids(
      await (await clients.admin.get('/admin/committees')).text(),
      /href="\/admin\/committees\/(\d+)"/g,
    )[0];
    expect(committee, 'a committee the administrator lists').toBeTruthy();
    // A report: the demo's draft report on the 7th session, or any later one.
    const report = ids(
      await (await clients.secretariat.get('/reports/official')).text(),
      /href="\/reports\/official\/(\d+)"/g,
    )[0];
    expect(report, 'a report on /reports/official').toBeTruthy();
    const fill = (path: string) =>
      path
        .replace('{report}', String(report))
        .replace('{session}', String(session))
        .replace('{point}', String(point))
        .replace('{task}', String(task))
        .replace('{user}', String(user))
        .replace('{committee}', String(committee));

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

/** Mints an API token on the account page, as its owner does, and returns it. */
async function mintToken(page: Page, name: string): Promise<string> {
  await page.goto('/account');
  const card = page.getByRole('region', { name: 'Khóa API' });
  await card.getByLabel('Tên khóa (hệ thống sẽ dùng)').fill(name);
  await card.getByLabel('Mật khẩu hiện tại').fill(PASSWORD);
  await card.getByRole('button', { name: 'Tạo khóa' }).click();
  await expect(card.getByTestId('new-token')).toHaveText(/^sct_/);
  return (await card.getByTestId('new-token').textContent())!;
}

test('a token minted before its owner was disabled answers 401 on every API route, and stays dead when enabled again', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const setActive = await vpcpSwitch(browser);
  await setActive(true); // a retry may find it disabled
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, ACCOUNTS.vpcp);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  // The routes the JSON API serves by GET (the public description aside), with a session and a task it lists.
  const minted = await mintToken(owner, 'Trước khi bị khóa');
  const session = (
    (await (await request.get('/api/v1/sessions', { headers: bearer(minted) })).json()) as {
      items: { id: number }[];
    }
  ).items[0]!.id;
  const task = (
    (await (await request.get('/api/v1/tasks', { headers: bearer(minted) })).json()) as {
      items: { id: number }[];
    }
  ).items[0]!.id;
  const paths = ROUTES.filter((r) => r.path.startsWith('/api/v1/') && r.expect.anonymous === 401).map((r) =>
    r.path.replace('{session}', String(session)).replace('{task}', String(task)),
  );
  expect(paths.length).toBeGreaterThanOrEqual(9);
  const answers = async (token: string) =>
    Object.fromEntries(
      await Promise.all(
        paths.map(async (path) => [path, (await request.get(path, { headers: bearer(token) })).status()] as const),
      ),
    );
  const all = (status: number) => Object.fromEntries(paths.map((p) => [p, status]));
  // Working before: no route turns it away.
  expect(Object.entries(await answers(minted)).filter(([, s]) => s === 401)).toEqual([]);

  // The administrator disables the account: the token is dead everywhere, and enabled again it stays dead (a
  // password, role or agency change does the same through the same database trigger: lib/api/api.test.ts).
  await setActive(false);
  try {
    expect(await answers(minted)).toEqual(all(401));
  } finally {
    await setActive(true);
  }
  expect(await answers(minted)).toEqual(all(401));
  // A token minted afterwards (the owner signs in again) works: the refusal is the old token's, not the account's.
  await signIn(owner, ACCOUNTS.vpcp);
  expect(Object.entries(await answers(await mintToken(owner, 'Sau khi mở khóa'))).filter(([, s]) => s === 401)).toEqual(
    [],
  );
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
  // Every exported server action has its row, and every action in the build is one of them.
  const actionFiles = files.filter((f) => /\.tsx?$/.test(f) && /^['"]use server['"]/m.test(readFileSync(f, 'utf8')));
  const rows = new Set(ACTIONS.map((r) => `${r.file}#${r.name}`));
  const exported = actionFiles.flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/export async function (\w+)/g)].map((m) => `${f}#${m[1]}`),
  );
  expect(exported.filter((a) => !rows.has(a))).toEqual([]);
  const built = Object.values(serverActions()).map((a) => `${a.filename}#${a.exportedName}`);
  expect(built.filter((a) => !rows.has(a))).toEqual([]);
  expect([...rows].filter((a) => !built.includes(a))).toEqual([]);
  // Each row is posted from a page the build serves the action on.
  const workers = Object.fromEntries(
    Object.values(serverActions()).map((a) => [`${a.filename}#${a.exportedName}`, Object.keys(a.workers)]),
  );
  const misplaced = ACTIONS.filter((r) => {
    const file = pageFile(r.page);
    return !file || !workers[`${r.file}#${r.name}`]?.includes(file.replace(/\.tsx$/, ''));
  }).map((r) => `${r.name} from ${r.page}`);
  expect(misplaced).toEqual([]);
  // Each proof is by a principal the row allows ('self': an action on one's own account, allowed to everyone).
  const signedIn = PRINCIPALS.filter((p) => p !== 'anonymous' && p !== 'disabled');
  const unfit = ACTIONS.filter((r) =>
    r.proof.as === 'self' ? signedIn.some((p) => r.expect[p] !== 'ok') : r.expect[r.proof.as] !== 'ok',
  ).map((r) => `${r.name} proven as ${r.proof.as}`);
  expect(unfit).toEqual([]);
});

/** The build's server actions: id → file and export (`next build` writes it; the tests run on the build). */
function serverActions(): Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> {
  return JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')).node;
}

/** The page file that serves a path of the matrix ({…} placeholders stand for any id). */
function pageFile(path: string): string | undefined {
  const shape = (p: string) => p.replace(/\{\w+\}/g, '{}');
  return PAGES.find((p) => shape(p.path) === shape(path))?.file;
}

// React's own encoder of server-action arguments (what the browser sends), from the copy Next.js bundles.
const { encodeReply } = createRequire(import.meta.url)(
  'next/dist/compiled/react-server-dom-webpack/client.node.js',
) as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

const EXPIRED = 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.';
const FORBIDDEN = 'Bạn không có quyền thực hiện thao tác này.';
/** The refusal of a user whose agency has ended (lib/policy.ts `refusalMessage`). */
const READONLY = /UBND tỉnh Hà Giang đã chấm dứt hoạt động từ sau ngày 30\/06\/2025: tài khoản chỉ được xem/;

/**
 * What an action answered, as text: `redirect <path>` (decoded), the value it returned (the flight row that
 * row 0 names; a revalidating action also sends the page tree, which is not its answer), `page <status>` (a
 * form posted without JavaScript is answered with the page, which does not show the result), or `status <n>`.
 */
async function answerOf(res: APIResponse): Promise<string> {
  const h = res.headers();
  const to = h['x-action-redirect'] ?? (res.status() >= 300 && res.status() < 400 ? h['location'] : undefined);
  if (to) {
    const url = new URL(to.replace(/;(push|replace)$/, ''), 'http://x');
    return `redirect ${decodeURIComponent(url.pathname + url.search)}`;
  }
  if (/text\/html/.test(h['content-type'] ?? '')) return `page ${res.status()}`;
  if (res.status() !== 200) return `status ${res.status()}`;
  const rows = (await res.text()).split('\n');
  const id = /^0:\{"a":"\$@(\w+)"/.exec(rows.find((r) => r.startsWith('0:')) ?? '')?.[1];
  return id ? (rows.find((r) => r.startsWith(`${id}:`))?.slice(id.length + 1) ?? '') : rows.join('\n');
}

/**
 * The kind of an answer: a refusal (every action answers one as an ActionResult whose message says why), `nothing`
 * (no result shown), or `other`.
 */
function kindOf(answer: string): ActionOutcome | 'nothing' | 'other' {
  if (/^redirect \/sign-in/.test(answer)) return 'signin';
  if (answer.includes(EXPIRED)) return 'expired';
  if (answer.includes(FORBIDDEN)) return 'forbidden';
  if (READONLY.test(answer)) return 'readonly';
  if (answer.includes('Không tìm thấy')) return 'hidden';
  if (/^(redirect|page) /.test(answer) || answer === '"$undefined"') return 'nothing';
  return 'other';
}

/** Where two snapshots differ: the key and the text around the first difference. */
function differences(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(before).flatMap((key) => {
    const [a, b] = [before[key]!, after[key] ?? ''];
    if (a === b) return [];
    let i = 0;
    while (a[i] === b[i]) i++;
    return [`${key}: …${a.slice(Math.max(0, i - 80), i + 120)}… became …${b.slice(Math.max(0, i - 80), i + 120)}…`];
  });
}

/** The notices on a notifications page: id, text, and whether still unread. */
const noticesIn = (page: string) =>
  [...page.matchAll(/name="id" value="(\d+)"([\s\S]*?)<\/li>/g)].map((m) => ({
    id: Number(m[1]),
    text: m[2]!,
    unread: m[2]!.includes('class="sr-only">Mới'),
  }));

test('every server action refuses, over HTTP, every principal the matrix refuses, changes nothing, and is carried out for one it allows', async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const manifest = serverActions();
  const rowOf = (name: string) => ACTIONS.find((r) => r.name === name)!;
  const idOf = (row: ActionRow) =>
    Object.entries(manifest).find(([, a]) => a.filename === row.file && a.exportedName === row.name)![0];
  const doneOf = (row: ActionRow, o: Objects) =>
    typeof row.proof.done === 'function' ? row.proof.done(o) : row.proof.done;

  /**
   * Posts an action as the React client does: its id in `Next-Action`, the arguments encoded by React's
   * `encodeReply`; or (`native`) a plain form as the browser posts it before JavaScript has loaded.
   */
  async function call(request: APIRequestContext, row: ActionRow, path: string, args: unknown[], native = false) {
    const common = { maxRedirects: 0, failOnStatusCode: false } as const;
    if (native) {
      const data = new FormData();
      data.append(`$ACTION_ID_${idOf(row)}`, '');
      for (const [name, value] of args[0] as FormData) data.append(name, value);
      return answerOf(await request.post(path, { ...common, headers: { origin: baseURL! }, multipart: data }));
    }
    const body = await encodeReply(args);
    const headers = { 'next-action': idOf(row), origin: baseURL!, accept: 'text/x-component' };
    return answerOf(
      await request.post(
        path,
        typeof body === 'string'
          ? { ...common, headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, data: body }
          : { ...common, headers, multipart: body },
      ),
    );
  }
  const html = async (request: APIRequestContext, path: string) => {
    const res = await request.get(path, { failOnStatusCode: false });
    expect(res.status(), path).toBe(200);
    return res.text();
  };
  const fill = (path: string, objects: Objects) =>
    path.replace(/\{(\w+)\}/g, (_, key: keyof Objects) => String(objects[key]));
  /** A number the page must show, found by a pattern. */
  const idIn = (page: string, re: RegExp, what: string) => {
    const id = Number(re.exec(page)?.[1]);
    expect(id, what).toBeGreaterThan(0);
    return id;
  };

  const tag = `KTPQ-${Date.now().toString(36)}`;
  const o = { tag, sessionVersion: 1, totpCode: '000000', totpNextCode: '000000' } as Objects;
  /** Carries out an action the test needs, failing unless `done` matches the answer. */
  const must = async (request: APIRequestContext, name: string, args: unknown[], done: RegExp) => {
    const row = rowOf(name);
    const answer = await call(request, row, fill(row.page, o), args);
    expect(answer, name).toMatch(done);
    return answer;
  };
  /** A principal's client, signed in through the sign-in page's own action. */
  const clientFor = async (who: Principal | 'self') => {
    const request = await playwright.request.newContext({ baseURL });
    if (who === 'anonymous') return request;
    const email = LOGIN[who === 'self' ? 'disabled' : who];
    await must(
      request,
      'signInAction',
      [{}, form({ email, password: PASSWORD, callbackUrl: '/account' })],
      /^redirect/,
    );
    expect((await request.get('/account', { maxRedirects: 0 })).status(), `${email} signed in`).toBe(200);
    return request;
  };

  // The principals. The account that becomes `disabled` is enabled first (a retry may find it disabled).
  const admin = await clientFor('admin');
  const usersPage = await html(admin, '/admin/users');
  const vpcpForm = () => usersPage.split('<form').find((f) => f.includes(`: ${ACCOUNTS.vpcp}`)) ?? '';
  o.vpcp = idIn(vpcpForm(), /name="userId" value="(\d+)"/, 'the account to disable');
  const setActive = (active: boolean) =>
    must(admin, 'setUserActiveAction', [null, form({ userId: o.vpcp, active: String(active) })], /^\{"ok":true\}$/);
  await setActive(true);
  const clients = Object.fromEntries(
    await Promise.all(PRINCIPALS.map(async (p) => [p, p === 'admin' ? admin : await clientFor(p)] as const)),
  ) as Record<Principal, APIRequestContext>;
  // Anonymous with a made-up session cookie: past the proxy (it only looks for one), to the action's own check.
  const forged = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: 'authjs.session-token=made-up-by-the-test' },
  });
  const { secretariat, owner } = clients;

  // The objects, made through the actions by the secretariat and the owner: a session with two points and two
  // attendees, five directives, three tasks for Bộ Nội vụ, a pending extension request and a saved notice.
  o.committee = idIn(
    await html(secretariat, '/sessions/new'),
    /id="committeeId"[^>]*><option value="(\d+)"/,
    'committee',
  );
  o.sessionNumber = 9000 + Math.floor(Math.random() * 900);
  const created = await must(
    secretariat,
    'createSessionAction',
    [
      null,
      form({
        committeeId: o.committee,
        number: o.sessionNumber,
        title: `${tag} Phiên họp kiểm thử phân quyền`,
        date: '15/01/2026',
        time: '08:00',
        format: 'in_person',
        status: 'planned',
      }),
    ],
    /^redirect \/sessions\/\d+$/,
  );
  o.session = Number(created.split('/').pop());
  const agencies = await html(secretariat, '/reports/agencies');
  const agency = (name: string) => idIn(agencies, new RegExp(`<option value="(\\d+)">${name}</option>`), name);
  o.lead = agency('Bộ Nội vụ');
  o.coordinator = agency('Văn phòng Chính phủ');
  o.reassignTo = agency('Bộ Tư pháp');
  o.endedAgency = agency('Bộ Kế hoạch và Đầu tư \\(Đã kết thúc\\)');
  // A committee of the test's own, with one member agency: edited, given a member, and its member ended by the proofs.
  const committeeCreated = await must(
    secretariat,
    'createCommitteeAction',
    [
      null,
      form({
        code: tag,
        name: `${tag} Ban Chỉ đạo kiểm thử`,
        level: 'central',
        standingAgencyId: '',
        establishedBy: '',
        validFrom: '',
        validTo: '',
      }),
    ],
    /^redirect \/admin\/committees\/\d+$/,
  );
  o.testCommittee = Number(committeeCreated.split('/').pop());
  await must(
    secretariat,
    'addMemberAction',
    [
      null,
      form({
        committeeId: o.testCommittee,
        agencyId: o.coordinator,
        personId: '',
        personName: '',
        personTitle: '',
        position: 'member',
        validFrom: '01/01/2025',
        validTo: '',
      }),
    ],
    /Đã thêm thành viên/,
  );
  o.committeeMember = idIn(
    await html(secretariat, `/admin/committees/${o.testCommittee}`),
    /name="memberId" value="(\d+)"/,
    'committee member',
  );
  for (const name of ['Điểm cầu A', 'Điểm cầu B'])
    await must(secretariat, 'addPointAction', [null, form({ sessionId: o.session, name })], /Đã thêm điểm cầu/);
  const sessionPage = await html(secretariat, `/sessions/${o.session}`);
  o.point = idIn(sessionPage, /\/points\/(\d+)"[^>]*>Điểm cầu A</, 'point');
  o.point2 = idIn(sessionPage, /\/points\/(\d+)"[^>]*>Điểm cầu B</, 'point2');
  const person = { positionTitle: 'Chuyên viên', agencyName: 'Bộ Nội vụ', role: 'member', representedBy: '' };
  await must(
    secretariat,
    'saveAttendeesAction',
    [
      null,
      {
        sessionId: o.session,
        pointId: o.point,
        rows: ['Nguyễn Văn Một', 'Nguyễn Văn Hai'].map((fullName) => ({ ...person, fullName, presence: 'present' })),
      },
    ],
    /Đã lưu 2 đại biểu/,
  );
  const pointPage = await html(secretariat, `/sessions/${o.session}/points/${o.point}`);
  o.attendee = idIn(pointPage, /aria-label="Sửa: Nguyễn Văn Một" href="\?edit=(\d+)/, 'attendee');
  o.attendee2 = idIn(pointPage, /aria-label="Sửa: Nguyễn Văn Hai" href="\?edit=(\d+)/, 'attendee2');
  const directivesPath = `/sessions/${o.session}/directives`;
  for (const letter of 'ABCDE')
    await must(
      secretariat,
      'createDirectiveAction',
      [null, form({ sessionId: o.session, text: `${tag}: ${letter}` })],
      /Đã thêm nội dung chỉ đạo/,
    );
  /** The session's directives, in order: id and text. */
  const directives = async () =>
    (await html(secretariat, directivesPath))
      .split('data-testid="directive"')
      .slice(1)
      .map((item) => ({ id: Number(/\?edit=(\d+)/.exec(item)?.[1]), text: /KTPQ-\w+: \w+/.exec(item)?.[0] }));
  const made = await directives();
  const directiveOf = (letter: string) => made.find((d) => d.text === `${tag}: ${letter}`)?.id ?? 0;
  o.directive = directiveOf('D');
  o.directiveToAssign = directiveOf('E');
  const assign = (letter: string, fields: Record<string, string | number[]>) =>
    must(
      secretariat,
      'assignAction',
      [
        null,
        form({
          sessionId: o.session,
          directiveId: directiveOf(letter),
          asOf: 'today',
          leadAgencyIds: [o.lead],
          ...fields,
        }),
      ],
      /Đã giao 1 nhiệm vụ/,
    );
  const dated = { 'deadline.kind': 'dated', 'deadline.dueDate': '31/12/2030' };
  await assign('A', { ...dated, coordinatorIds: [o.coordinator] });
  await assign('B', { 'deadline.kind': 'recurring', 'deadline.period': 'yearly' });
  await assign('C', dated);
  const led = await html(owner, `/tasks?relation=lead&q=${tag}`);
  const taskOf = (letter: string) =>
    idIn(led, new RegExp(`href="/tasks/(\\d+)"(?:(?!href=)[\\s\\S])*?${tag}: ${letter}<`), `task ${letter}`);
  o.task = taskOf('A');
  o.recurringTask = taskOf('B');
  o.task2 = taskOf('C');
  o.period = String(new Date(Date.now() + 7 * 3600_000).getUTCFullYear());
  await must(
    owner,
    'requestExtensionAction',
    [null, form({ taskId: o.task2, requestedDueDate: '31/12/2031', reason: 'Chờ hướng dẫn.' })],
    /Đã gửi đề nghị gia hạn/,
  );
  o.extension = idIn(await html(secretariat, `/tasks/${o.task2}`), /name="extensionId" value="(\d+)"/, 'extension');
  // A completion awaiting confirmation: the owner reports the demo's 3d (assigned in 2024) completed on an earlier
  // day. A retry may find it still awaiting from an earlier run.
  o.completionTask = idIn(
    await html(owner, `/tasks?relation=lead&q=${encodeURIComponent('tinh gọn, hoạt động hiệu lực')}`),
    /href="\/tasks\/(\d+)"/,
    'completion task',
  );
  const completionPage = await html(owner, `/tasks/${o.completionTask}`);
  if (!completionPage.includes('data-testid="awaiting-confirmation"'))
    await must(
      owner,
      'updateTaskAction',
      [
        null,
        form({
          taskId: o.completionTask,
          version: Number(/name="version" value="(\d+)"/.exec(completionPage)?.[1]),
          status: 'completed',
          progress: 100,
          completedOn: '15/01/2025',
          completionDocument: `${tag}: Báo cáo số 12/BC-BNV ngày 15/01/2025`,
          result: '',
          note: '',
        }),
      ],
      /Đã lưu cập nhật\./,
    );
  // Two drafts of an update of `task` by the owner (a focal point drafts too): one to submit, one to discard.
  for (const n of [1, 2])
    await must(
      owner,
      'createDraftAction',
      [
        null,
        form({ taskId: o.task, status: 'in_progress', progress: 20 + n, note: `${tag}: nháp ${n}`, completedOn: '' }),
      ],
      /Đã lưu bản nháp/,
    );
  const drafts = [...new Set(ids(await html(owner, `/tasks/${o.task}`), /name="draftId" value="(\d+)"/g))];
  o.draft = drafts[0] ?? 0;
  o.draft2 = drafts[1] ?? 0;
  expect(o.draft2, 'two drafts of the owner on the task page').toBeGreaterThan(0);
  await must(
    secretariat,
    'saveDocumentAction',
    rowOf('saveDocumentAction').args({ ...o, documentVersion: 0 }),
    /Đã lưu/,
  );
  const mintToken = async (name: string) => {
    await must(secretariat, 'createTokenAction', [null, form({ name, days: 30, password: PASSWORD })], /"ok":true/);
    // The account page lists the newest token first.
    return idIn(await html(secretariat, '/account'), /name="tokenId" value="(\d+)"/, 'API token');
  };
  o.adminToken = await mintToken(`${tag} token for the administrator`);
  o.apiToken = await mintToken(`${tag} token`);
  // The notice names the directive, then its session and deadline ("1. … — Phiên họp thứ N — Thời hạn: …").
  const noticeOfTask = (page: string) => noticesIn(page).find((n) => n.text.includes(`${tag}: A — `));
  o.notification = noticeOfTask(await html(owner, '/notifications'))?.id ?? 0;
  expect(o.notification, "the owner's notice of the new task").toBeGreaterThan(0);
  o.newPassword = `Mat-khau-moi-${tag}`;

  // A report on the test's session as of today, its tasks assigned by now.
  const createdReport = await must(
    secretariat,
    'createReportAction',
    rowOf('createReportAction').args(o),
    /^redirect \/reports\/official\/\d+$/,
  );
  o.report = Number(createdReport.split('/').pop());
  // An earlier session's open directive, listed on the test's session in preparation (to continue there).
  o.earlierDirective = idIn(
    await html(secretariat, `/sessions/${o.session}`),
    /id="carry-(\d+)"/,
    'an earlier directive still open',
  );

  // The versions the forms carry, read again before each action that posts one.
  const versionIn = async (path: string, request = secretariat) =>
    Number(/name="version" value="(\d+)"/.exec(await html(request, path))?.[1]);
  const refresh = async (page = '') => {
    if (!page || page.startsWith('/tasks/')) {
      o.taskVersion = await versionIn(`/tasks/${o.task}`);
      o.recurringVersion = await versionIn(`/tasks/${o.recurringTask}`);
      o.completionVersion = await versionIn(`/tasks/${o.completionTask}`);
    }
    if (!page || page.endsWith('/directives'))
      o.directiveVersion = await versionIn(`${directivesPath}?edit=${o.directive}`);
    if (!page || page.includes('/documents/'))
      o.documentVersion = await versionIn(`/sessions/${o.session}/documents/notice`);
    if (!page || page.startsWith('/reports/official/'))
      o.reportVersion = await versionIn(`/reports/official/${o.report}`);
    if (!page || page.startsWith('/admin/users/')) o.userVersion = await versionIn(`/admin/users/${o.vpcp}`, admin);
  };
  await refresh();

  // The disabled principal's own account, as its owner sees it: unread notices, email kinds, second factor.
  const accountState = async (request: APIRequestContext) => {
    const notices = await html(request, '/notifications');
    const boxes = [...notices.matchAll(/<input[^>]*name="email"[^>]*>/g)].map((m) => m[0]);
    const kind = (box: string) => /value="(\w+)"/.exec(box)![1]!;
    const account = mainOf(await html(request, '/account'));
    return {
      unread: Number(/aria-label="Thông báo: (\d+) chưa đọc"/.exec(notices)?.[1]),
      kinds: boxes.map(kind),
      email: boxes.filter((b) => / checked=""/.test(b)).map(kind),
      secondFactor: account.includes('data-testid="totp-secret"')
        ? 'pending'
        : account.includes('Chưa bật.')
          ? 'off'
          : 'on',
    };
  };
  const vpcpBefore = await accountState(clients.disabled);
  expect(vpcpBefore.unread, 'the account to disable has unread notices').toBeGreaterThan(0);
  // Its email kinds with the first one switched.
  o.preferences = vpcpBefore.kinds.filter((k) => vpcpBefore.email.includes(k) !== (k === vpcpBefore.kinds[0]));

  /** What the refusals must leave as it was: the test's objects, as those who may see them see them. */
  const snapshot = async () => {
    const pages = [
      `/tasks/${o.task}`,
      `/tasks/${o.task2}`,
      `/tasks/${o.recurringTask}`,
      `/tasks/${o.completionTask}`,
      `/sessions/${o.session}`,
      `/sessions/${o.session}/points/${o.point}`,
      directivesPath,
      `/sessions/${o.session}/documents/notice`,
      `/sessions?q=${tag}`,
    ];
    const seen = await Promise.all(pages.map(async (p) => [p, mainOf(await html(secretariat, p))] as const));
    const users = await html(admin, '/admin/users');
    return {
      ...Object.fromEntries(seen),
      account: withoutActionIds(
        users
          .split('<form')
          .find((f) => f.includes(`: ${ACCOUNTS.vpcp}`))
          ?.split('</form>')[0] ?? '',
      ),
      notice: JSON.stringify(noticeOfTask(await html(owner, '/notifications'))),
      // The secretariat's API token of this run, as its row reads (name, start, expiry, last use, status).
      token: JSON.stringify(
        [...(await html(secretariat, '/account')).matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]
          .map((m) =>
            m[1]!
              .replace(/<[^>]+>/g, ' ')
              .replace(/\s+/g, ' ')
              .trim(),
          )
          .filter((r) => r.includes(tag)),
      ),
    };
  };

  await setActive(false);
  try {
    // 1. Every refused principal posts every action, with the input the proofs below carry out.
    const before = await snapshot();
    expect(before.token, 'the API token of this run is listed').toContain('Đang dùng');
    const mismatches: string[] = [];
    const counts = { actions: 0, cells: 0, posts: 0 };
    for (const row of ACTIONS) {
      const args = row.args(o);
      const page = fill(row.page, o);
      const refused = PRINCIPALS.filter((p) => row.expect[p] !== 'ok');
      // Plain forms (one FormData argument) are also posted as the browser does before JavaScript runs.
      const modes = args.length === 1 && args[0] instanceof FormData ? [false, true] : [false];
      type Post = { who: Principal; client: APIRequestContext; expected: ActionOutcome; native: boolean };
      const posts = refused.flatMap((who): Post[] =>
        (who === 'anonymous'
          ? [
              { who, client: clients.anonymous, expected: 'signin' as ActionOutcome },
              { who, client: forged, expected: 'expired' as ActionOutcome },
            ]
          : [{ who, client: clients[who], expected: row.expect[who] }]
        ).flatMap((post) => modes.map((native) => ({ ...post, native }))),
      );
      counts.actions += refused.length > 0 ? 1 : 0;
      counts.cells += refused.length;
      counts.posts += posts.length;
      // One at a time: other tests share the server.
      for (const { who, client, expected, native } of posts) {
        const answer = await call(client, row, page, args, native);
        const kind = kindOf(answer);
        const refusedAsExpected =
          kind === expected ||
          // Without JavaScript the page is rendered after the action, and sends a dead session to sign-in.
          (native && expected === 'expired' && kind === 'signin') ||
          // A form with a file, without a live session: the proxy says to sign in again before the framework reads it.
          (answer === 'status 401' && (expected === 'signin' || expected === 'expired'));
        const carriedOut = doneOf(row, o).test(answer);
        if (!refusedAsExpected || carriedOut)
          mismatches.push(
            `${row.name} as ${who}${native ? ' (no JavaScript)' : ''}: expected ${expected}, got ${answer.slice(0, 300)}`,
          );
      }
    }
    test.info().annotations.push({
      type: 'refusals',
      description: `${counts.actions} actions, ${counts.cells} refused cells, ${counts.posts} posts`,
    });
    expect.soft(mismatches).toEqual([]);
    // 2. Nothing changed.
    expect.soft(differences(before, await snapshot())).toEqual([]);

    // 3. The same requests from a principal each rule allows are carried out (in the table's order). The first
    // enables the disabled account again; its owner signs in afresh (so the password is unchanged) and finds
    // the account as it was.
    let self = admin;
    const proven = new Set<string>();
    const prove = async (row: ActionRow) => {
      proven.add(row.name);
      await refresh(row.page);
      const who = row.proof.as;
      const request = who === 'self' ? self : row.proof.fresh ? await clientFor(who) : clients[who];
      const answer = await call(request, row, fill(row.page, o), (row.proof.args ?? row.args)(o));
      expect.soft(answer, `${row.name} as ${who}`).toMatch(doneOf(row, o));
    };
    await prove(rowOf('setUserActiveAction'));
    self = await clientFor('self');
    const vpcpAfter = await accountState(self);
    expect.soft(vpcpAfter.unread, 'unread notices of the disabled account').toBeGreaterThanOrEqual(vpcpBefore.unread);
    expect.soft({ ...vpcpAfter, unread: 0 }).toEqual({ ...vpcpBefore, unread: 0 });
    const order = made.map((d) => d.id);

    for (const row of ACTIONS.filter((r) => !proven.has(r.name))) {
      if (row.name === 'confirmTwoFactorAction') {
        // Codes from the secret the enrolment (the proof before) shows: the current step's, then the next one's.
        const secret = /data-testid="totp-secret"[^>]*>([^<]+)</
          .exec(await html(self, '/account'))![1]!
          .replace(/\s/g, '');
        const step = stepAt(new Date());
        const codeAt = (n: number) => totpCode(secret, new Date(n * 30_000 + 1_000));
        o.totpCode = codeAt(step);
        o.totpNextCode = codeAt(step + 1);
      }
      await prove(row);
      // What the answer does not show.
      switch (row.name) {
        case 'disableTwoFactorAction':
          expect.soft((await accountState(self)).secondFactor).toBe('off');
          break;
        case 'openNotificationAction':
          expect.soft(noticeOfTask(await html(owner, '/notifications'))?.unread).toBe(false);
          break;
        case 'markAllReadAction':
          expect
            .soft(noticesIn(await html(owner, '/notifications')).filter((n) => n.unread && n.text.includes(tag)))
            .toEqual([]);
          break;
        case 'savePreferencesAction':
          expect.soft((await accountState(self)).email).toEqual(o.preferences);
          await must(self, 'savePreferencesAction', [null, form({ email: vpcpBefore.email })], /"ok":true/);
          break;
        case 'removePointAction':
          expect.soft(await html(secretariat, `/sessions/${o.session}`)).not.toContain(`/points/${o.point2}"`);
          break;
        case 'removeAttendeeAction':
          expect
            .soft(await html(secretariat, `/sessions/${o.session}/points/${o.point}`))
            .not.toContain(`"attendee-${o.attendee2}"`);
          break;
        case 'moveDirectiveAction':
          expect.soft((await directives()).map((d) => d.id).indexOf(o.directive)).toBe(order.indexOf(o.directive) - 1);
          break;
      }
    }
  } finally {
    await setActive(true);
  }
});
