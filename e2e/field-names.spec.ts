/**
 * An attacker's first probe: hostile field NAMES (not values) posted to every server action in the build, the
 * way React posts them (`Next-Action` with an `encodeReply` body) and the way a browser posts a form before
 * JavaScript has loaded, without an account (a made-up session cookie gets past the proxy) and as an agency
 * head. Afterwards every page still renders for every role, /api/ready still says ready (it checks the
 * prototypes and renders a canary page), and nothing changed in the database. This spec runs alone, before
 * the others (the `probes` project in playwright.config.ts), so "nothing changed" is exact.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { fingerprint } from '../db/backup';
import { openPostgres } from '../db/client';
import { ACTIONS } from './authz-matrix';
import { ACCOUNTS, mainOf, signIn } from './fixtures';

const { encodeReply } = createRequire(import.meta.url)(
  'next/dist/compiled/react-server-dom-webpack/client.node.js',
) as { encodeReply: (args: unknown[]) => Promise<string | FormData> };

/** Each probe is one request with one hostile name beside an ordinary field. */
const NAMES = (agencyId: number) => [
  ['__proto__.x', '1'],
  ['__proto__.coordinatorIds', String(agencyId)],
  ['constructor.prototype.x', '1'],
  ['prototype.x', '1'],
  ['agenda.0.__proto__.x', '1'],
  ['rows.99999999.fullName', 'x'],
  ['__proto__', 'x'],
];

// Tables that change without any action: sign-in sessions and attempts, and what the job worker writes on its
// own (a fresh server catches up on the day's sweep and the week's digest: notices, emails, tally roll-ups).
// The effects an attack through names would have (a task, coordinator, directive, session, user or audit row)
// are all in the tables compared.
const BOOKKEEPING = new Set([
  'user_sessions',
  'sign_in_attempts',
  'rate_limits',
  'jobs',
  'notifications',
  'email_outbox',
  'task_tallies',
  'task_month_tallies',
  'task_tally_state',
]);

test('hostile field names and argument shapes through every server action break no page and change nothing', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')).node as Record<
    string,
    { filename: string; exportedName: string }
  >;

  // Signed in first, so their sign-ins are not part of what is compared.
  const signedIn = async (email: string) => {
    const context = await browser.newContext();
    await signIn(await context.newPage(), email);
    return context.request;
  };
  const secretariat = await signedIn(ACCOUNTS.secretariat);
  const agencyHead = await signedIn(ACCOUNTS.tuyenquang);
  const admin = await signedIn(ACCOUNTS.admin);
  const anonymous = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: 'authjs.session-token=made-up' },
  });

  // Real ids for the pages actions are posted from.
  const text = async (r: APIRequestContext, path: string) => {
    const res = await r.get(path);
    expect(res.status(), path).toBe(200);
    return res.text();
  };
  // The demo's 7th session, which has points (the 5th, 6th and 8th have none).
  const session = Number(
    /href="\/sessions\/(\d+)"(?:(?!href=)[\s\S]){0,600}?Phiên họp thứ 7 Ban Chỉ đạo/.exec(
      await text(secretariat, '/sessions'),
    )![1],
  );
  const point = Number(
    new RegExp(`/sessions/${session}/points/(\\d+)`).exec(await text(secretariat, `/sessions/${session}`))![1],
  );
  const task = Number(/href="\/tasks\/(\d+)"/.exec(await text(agencyHead, '/tasks'))![1]);
  const committee = Number(/href="\/admin\/committees\/(\d+)"/.exec(await text(secretariat, '/admin/committees'))![1]);
  const ids: Record<string, number> = { session, point, task, task2: task, recurringTask: task, committee };
  const pageOf = (file: string, name: string) =>
    ACTIONS.find((r) => r.file === file && r.name === name)!.page.replace(/\{(\w+)\}/g, (_, k: string) =>
      String(ids[k]),
    );

  // What the database and the pages hold before the probes.
  const db = process.env.E2E_DATABASE_URL ? await openPostgres(process.env.E2E_DATABASE_URL, { max: 1 }) : null;
  // Refused attempts are written to the audit trail by design (access.refused); every other audit row is compared.
  const tables = async () =>
    db
      ? {
          ...Object.fromEntries(Object.entries(await fingerprint(db)).filter(([t]) => !BOOKKEEPING.has(t))),
          audit_entries: await db.query(
            `select count(*)::int as rows, md5(coalesce(string_agg(a::text, '|' order by a.id), '')) as md5
               from audit_entries a where action <> 'access.refused'`,
          ),
        }
      : {};
  const PAGES: [APIRequestContext, string][] = [
    [secretariat, '/sessions'],
    [secretariat, `/sessions/${session}`],
    [secretariat, `/sessions/${session}/directives`],
    [secretariat, '/tasks'],
    [secretariat, '/directives'],
    [admin, '/admin/users'],
    [agencyHead, '/tasks'],
    [agencyHead, `/tasks/${task}`],
  ];
  const pages = async () => Promise.all(PAGES.map(async ([r, path]) => mainOf(await text(r, path))));
  const [tablesBefore, pagesBefore] = [await tables(), await pages()];

  const failures: string[] = [];
  const probe = async (label: string, path: string, send: () => Promise<number>) => {
    const status = await send().catch(() => 599);
    if (status >= 500) failures.push(`${label} ${path}: ${status}`);
  };
  const post = (r: APIRequestContext, path: string, options: Parameters<APIRequestContext['post']>[1]) =>
    r.post(path, { maxRedirects: 0, failOnStatusCode: false, ...options }).then((res) => res.status());
  /** Posts an action as the React client does: its id in `Next-Action`, the arguments encoded by `encodeReply`. */
  const postAction = async (r: APIRequestContext, path: string, id: string, args: unknown[]) => {
    const body = await encodeReply(args);
    const headers = { 'next-action': id, origin: baseURL!, accept: 'text/x-component' };
    return post(
      r,
      path,
      typeof body === 'string'
        ? { headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, data: body }
        : { headers, multipart: body },
    );
  };

  // Arguments of other shapes than the form sends (anyone can post any action with anything React encodes).
  const names = new FormData();
  names.append('__proto__.x', '1');
  // No shape may be a valid input of any action (an empty object is one: every field optional, or unchecked boxes).
  const unsafe = JSON.parse('{"__proto__":{"x":1},"sessionId":1,"rows":[{"constructor":{"prototype":{"x":1}}}]}');
  const SHAPES: unknown[][] = [[], ['x'], [null, 'x'], [names], [42, 42], [unsafe], [null, unsafe]];
  /**
   * About 1 KB in React's reply format (part n is JSON; "$" and a hex number refers to that part): one object
   * referenced twice at each of 30 levels, 2^30 paths. A check that walked every path held the server for hours.
   */
  const shared = () => {
    const body = new FormData();
    for (let n = 1; n <= 30; n++) {
      const next = `$${(n + 1).toString(16)}`;
      // An object, not an array (React refuses arrays nested this deep itself), and one no action takes: its top
      // names "constructor" after the two references, which a walk of every path reached only after 2^29 of them.
      body.append(String(n), JSON.stringify(n === 1 ? { a: next, b: next, constructor: 1 } : { a: next, b: next }));
    }
    body.append('31', '1');
    body.append('0', JSON.stringify(['$undefined', '$1']));
    return body;
  };

  const RAW_REPLIES = [
    '"$@0"',
    '1',
    'null',
    '["$B1"]',
    '[null,"$Q1"]',
    '["$h1"]',
    '["$nabc"]',
    '['.repeat(5000) + ']'.repeat(5000),
  ];
  const RAW_FORM = new FormData();
  RAW_FORM.append('1_note', 'thăm dò');

  let sent = 0;
  for (const [id, action] of Object.entries(manifest)) {
    const path = pageOf(action.filename, action.exportedName);
    for (const [who, r] of [
      ['anonymous', anonymous],
      ['agency head', agencyHead],
    ] as const) {
      // Signing out ends the probe's own session; it takes no input, so there is nothing to probe.
      if (who !== 'anonymous' && action.exportedName === 'signOutAction') continue;
      const label = `${who} ${action.exportedName}`;
      const byName = NAMES(1).map(async ([name, value]) => {
        const fields = new FormData();
        fields.append('note', 'thăm dò');
        fields.append(name!, value!);
        // As React posts it: (previous state, FormData) for a form action.
        await probe(`${label} ${name} (react)`, path, () => postAction(r, path, id, [null, fields]));
        // As a browser posts a plain form before JavaScript has loaded.
        const native = new FormData();
        native.append(`$ACTION_ID_${id}`, '');
        for (const [k, v] of fields) native.append(k, v);
        await probe(`${label} ${name} (form)`, path, () =>
          post(r, path, { headers: { origin: baseURL! }, multipart: native }),
        );
        sent += 2;
      });
      const byShape = SHAPES.map(async (args, i) => {
        await probe(`${label} arguments #${i}`, path, () => postAction(r, path, id, args));
        sent++;
      });
      // Replies React's encoder never writes for these forms, which its decoder failed on with a 500 (session 19):
      // references to a promise, a blob, a map or a server function with no part to read, nesting 5,000 deep, a
      // form without its root part.
      const headers = { 'next-action': id, origin: baseURL!, accept: 'text/x-component' };
      const byReply = [...RAW_REPLIES, RAW_FORM].map(async (body, i) => {
        await probe(`${label} reply #${i}`, path, () =>
          post(
            r,
            path,
            typeof body === 'string'
              ? { headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, data: body }
              : { headers, multipart: body },
          ),
        );
        sent++;
      });
      const byReference = probe(`${label} shared references`, path, () =>
        post(r, path, {
          headers: { 'next-action': id, origin: baseURL!, accept: 'text/x-component' },
          multipart: shared(),
          timeout: 20_000,
        }),
      );
      await Promise.all([...byName, ...byShape, ...byReply, byReference]);
    }
  }
  expect(failures).toEqual([]);
  expect(sent).toBeGreaterThan(40 * (NAMES(0).length * 2 + SHAPES.length));

  // The server is whole: ready (prototypes clean, the canary page renders) and every page renders for every role.
  const ready = await anonymous.get('/api/ready');
  expect(await ready.json()).toMatchObject({ status: 'ready' });
  for (const [r, path] of [
    [anonymous, '/sign-in'],
    [secretariat, '/'],
    [secretariat, '/reports'],
    [agencyHead, '/'],
    [admin, '/admin/outbox'],
  ] as const) {
    expect((await r.get(path)).status(), path).toBe(200);
  }
  // And nothing changed.
  expect(await pages()).toEqual(pagesBefore);
  expect(await tables()).toEqual(tablesBefore);
  await db?.close();
});
