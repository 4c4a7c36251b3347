/**
 * npm run test:cluster: the app as a deployment of several servers (issue #10). Two servers of the built app
 * on one throwaway PostgreSQL database, sharing AUTH_SECRET, the server-action key and one STORAGE_DIR,
 * behind nginx (round robin), with an SMTP sink standing in for the mail server. It shows that:
 *   a. a session started on one server keeps working, pages and form posts, on the other when the first stops;
 *   b. an evidence file uploaded through one server downloads through the other, byte for byte;
 *   c. the daily sweep started on both servers at the same moment sends each reminder once;
 *   d. the load test (scripts/bench-load.ts) runs without errors through nginx with two servers up and with
 *      one, its throughput and latencies written to docs/benchmarks.md;
 *   e. a failed sign-in through nginx counts under the address nginx saw, not one the client made up;
 *   f. while a migration holds the migration lock, the servers keep serving and a second `npm run db:migrate`
 *      waits for it (it never runs twice at once), then finds nothing to do;
 *   g. nginx answers a method the app does not take (TRACE) with 405, not the server error Node gives it;
 *   h. the servers' logs are JSON lines, each request with nginx's request id, and hold no personal data or
 *      secrets (no email address, password, token or cookie seen during the run).
 * Prints PASS or FAIL per check and exits non-zero on any failure. Needs PostgreSQL on 127.0.0.1:5432,
 * Debian's /usr/bin/chromium, and nginx (Debian's package is installed when /usr/sbin/nginx is missing).
 * Ports: 3300 nginx, 3301 and 3302 the servers, 3303 the SMTP sink. CLUSTER_LOAD_SECONDS (default 30) and
 * CLUSTER_LOAD_THINK_MS (default 0: every user clicks as fast as the servers answer) shape the load runs;
 * CLUSTER_LOAD_SECONDS=0 leaves them out. The app is built first when there is no build (a stale one is used).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import playwrightConfig from '../playwright.config';
import { MIGRATION_LOCK_KEY } from '../db/migrate';
import { addDays, vnDate } from '../lib/time';
import { DEMO_PASSWORD } from '../seeds/demo/accounts';
import { actionFields, actionForm, prepare, runLoad } from './bench-load';
import { createThrowawayDatabase, ensureBuild, signInOverHttp, startApp, type AppServer } from './lib/app-server';
import { machine, ms, writeSection } from './lib/bench-report';
import { ensureNginx, NGINX_SOURCE, startNginx, type Nginx } from './lib/nginx';
import { startSmtpSink, type SmtpSink } from './lib/smtp-sink';

const NGINX_PORT = 3300;
const SERVER_PORTS = [3301, 3302] as const;
const SMTP_PORT = 3303;
const LOAD_SECONDS = Number(process.env.CLUSTER_LOAD_SECONDS ?? 30);
const LOAD_THINK_MS = Number(process.env.CLUSTER_LOAD_THINK_MS ?? 0);

type Sql = postgres.Sql;

const failures: string[] = [];

/** Runs a check and prints its verdict; an exception is its failure, and the next checks still run. */
async function check(name: string, run: () => Promise<{ ok: boolean; detail: string }>): Promise<void> {
  let verdict: { ok: boolean; detail: string };
  try {
    verdict = await run();
  } catch (error) {
    verdict = { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
  console.info(`${verdict.ok ? 'PASS' : 'FAIL'} ${name}: ${verdict.detail}`);
  if (!verdict.ok) failures.push(name);
}

const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}

/** The two servers, each started and stopped on its port; one deployment's shared settings. */
class Cluster {
  private readonly servers = new Map<number, AppServer>();
  constructor(
    private readonly databaseUrl: string,
    private readonly env: Record<string, string>,
  ) {}

  /** Each server's standard output: its JSON log lines, checked at the end. */
  readonly logs = mkdtempSync(join(tmpdir(), 'steering-cluster-logs-'));
  logOf(port: number): string {
    return join(this.logs, `server-${port}.log`);
  }

  async start(port: number): Promise<AppServer> {
    const server = await startApp({ port, databaseUrl: this.databaseUrl, env: this.env, logFile: this.logOf(port) });
    this.servers.set(port, server);
    return server;
  }

  async stop(port: number): Promise<void> {
    await this.servers.get(port)?.stop();
    this.servers.delete(port);
  }

  /** Starts whichever server is down (the first one alone, so only one runs the migrations at a time). */
  async startAll(): Promise<void> {
    for (const port of SERVER_PORTS) if (!this.servers.has(port)) await this.start(port);
  }

  async stopAll(): Promise<void> {
    for (const port of [...this.servers.keys()]) await this.stop(port);
  }
}

const urlOf = (port: number) => `http://127.0.0.1:${port}`;
const otherThan = (port: number) => SERVER_PORTS.find((p) => p !== port)!;

/** The server that answered through nginx: the last address nginx tried (`X-Upstream: a, b` after a failover). */
function answeredBy(response: Response): number {
  const tried = response.headers()['x-upstream'];
  if (!tried) throw new Error(`no X-Upstream header on ${response.url()}: not served through nginx?`);
  return Number(tried.split(',').at(-1)!.trim().split(':').at(-1));
}

async function signIn(page: Page, email: string): Promise<Response> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  const [post] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/sign-in'),
    page.getByRole('button', { name: 'Đăng nhập' }).click(),
  ]);
  await page.getByTestId('current-user').waitFor();
  return post;
}

/** Opens a page as the signed-in user; fails when it is not there (an error, or sent back to sign-in). */
async function openSignedIn(page: Page, path: string): Promise<Response> {
  const response = await page.goto(path);
  if (!response || response.status() !== 200) throw new Error(`${path}: status ${response?.status()}`);
  const landed = new URL(page.url());
  if (landed.pathname + landed.search !== path) throw new Error(`${path}: ended at ${landed.pathname}, signed out?`);
  await page.getByTestId('current-user').waitFor({ timeout: 5_000 });
  return response;
}

/** (a) A session started through one server works on the other alone: pages, and a form post through nginx. */
async function sessionSurvivesStoppedServer(browser: Browser, cluster: Cluster, nginx: Nginx) {
  const context = await browser.newContext({ baseURL: nginx.baseUrl, locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    const signInPost = await signIn(page, 'bonoivu@demo.gov.vn');
    const signedInOn = answeredBy(signInPost);
    const survivor = otherThan(signedInOn);
    await openSignedIn(page, '/tasks');
    const taskPath = await page
      .locator('a[href^="/tasks/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')).find((h) => /^\/tasks\/\d+$/.test(h ?? '')));
    if (!taskPath) throw new Error('the task list links to no task');

    await cluster.stop(signedInOn);
    console.info(`  signed in on :${signedInOn}, stopped it; pages through nginx now`);
    const served: string[] = [];
    for (const path of ['/', '/tasks', taskPath, '/tasks?status=in_progress', '/notifications']) {
      const response = await openSignedIn(page, path);
      served.push(`${path} → :${answeredBy(response)} (${response.headers()['x-upstream']})`);
      if (answeredBy(response) !== survivor) throw new Error(`${path} was answered by :${answeredBy(response)}`);
    }
    // A form post (a server action) through nginx: the same-origin check must accept the proxied request.
    const [post] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/notifications'),
      page.getByRole('button', { name: 'Lưu lựa chọn' }).click(),
    ]);
    await page.getByText('Đã lưu lựa chọn nhận email.').waitFor({ timeout: 10_000 });
    served.push(`POST /notifications → :${answeredBy(post)} (${post.status()})`);
    for (const line of served) console.info(`  ${line}`);
    return {
      ok: answeredBy(post) === survivor,
      detail: `signed in on :${signedInOn}; with it stopped, ${served.length} requests through nginx were served by :${survivor}, signed in`,
    };
  } finally {
    await context.close();
    await cluster.startAll();
  }
}

/** A small valid PDF, different on every run so equal bytes mean this very file. */
function pdf(): Buffer {
  const marker = randomBytes(16).toString('hex');
  return Buffer.from(`%PDF-1.4\n% cluster test ${marker}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`, 'latin1');
}

/** (b) Evidence uploaded to one server (its own port) downloads from the other: one STORAGE_DIR. */
async function evidenceAcrossServers(browser: Browser, sql: Sql) {
  const [uploadPort, downloadPort] = SERVER_PORTS;
  const [task] = await sql<{ id: number }[]>`
    select t.id from tasks t join agencies a on a.id = t.lead_agency_id
    where a.code = 'BNV' and t.status in ('not_started', 'in_progress') order by t.id limit 1`;
  if (!task) throw new Error('the demo has no open task led by Bộ Nội vụ');
  const context = await browser.newContext({ baseURL: urlOf(uploadPort), locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    await signIn(page, 'bonoivu@demo.gov.vn');
    await openSignedIn(page, `/tasks/${task.id}`);
    const bytes = pdf();
    const name = `minh-chung-${Date.now()}.pdf`;
    await page.getByLabel('Tiến độ (%)').fill('60');
    await page.getByLabel('Ghi chú').fill('Cập nhật qua máy chủ thứ nhất (kiểm thử cụm).');
    await page.getByLabel(/Tệp \(PDF/).setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
    await page.getByRole('button', { name: 'Lưu cập nhật' }).click();
    await page.getByText('Đã lưu cập nhật.').waitFor();
    const href = await page.getByTestId('evidence-list').getByRole('link', { name }).getAttribute('href');
    if (!href?.startsWith('/api/evidence/')) throw new Error(`no download link for ${name}`);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const download = await fetch(`${urlOf(downloadPort)}${href}`, { headers: { cookie } });
    const got = Buffer.from(await download.arrayBuffer());
    const anonymous = await fetch(`${urlOf(downloadPort)}${href}`, { redirect: 'manual' });
    return {
      ok: download.status === 200 && got.equals(bytes) && anonymous.status !== 200,
      detail:
        `uploaded ${bytes.length} bytes to :${uploadPort} (task ${task.id}), GET ${href} from :${downloadPort}: ` +
        `${download.status}, ${got.length} bytes, ${got.equals(bytes) ? 'identical' : 'DIFFERENT'}` +
        ` (without the cookie: ${anonymous.status})`,
    };
  } finally {
    await context.close();
  }
}

/**
 * (c) The administrator's "run the daily sweep now" posted to both servers at the same moment. The demo's
 * deadlines are long past (their overdue notices went out with the sweep each server's worker ran at start),
 * so three open tasks get deadlines 1, 3 and 7 days away first: each of their agency users is due one
 * reminder, in the app and by email.
 */
async function sweepOnBothServersAtOnce(nginx: Nginx, sql: Sql, smtp: SmtpSink) {
  const today = vnDate();
  const picked = await sql<{ id: number; recipients: number }[]>`
    select t.id, count(u.id)::int recipients from tasks t
    join users u on u.agency_id = t.lead_agency_id and u.is_active and u.role = 'agency'
    where t.status in ('not_started', 'in_progress') and t.deadline_kind = 'dated'
    group by t.id order by t.id limit 3`;
  if (picked.length < 3) throw new Error('fewer than 3 open dated tasks with agency users');
  const windows = [1, 3, 7];
  for (const [i, t] of picked.entries()) {
    await sql`update tasks set due_date = ${addDays(today, windows[i]!)}::date where id = ${t.id}`;
  }
  // The sweep each server's worker queued at start has run and its emails are out: what follows is the two manual
  // sweeps' doing. (Check a stops a server, maybe in the middle of sending: the one email it was sending may go
  // out twice, which is not what this check is about.)
  await waitFor('the start-up jobs and their emails', async () => {
    const [r] = await sql<[{ n: number }]>`
      select (select count(*) from jobs where status in ('queued', 'running') and run_at <= now())
           + (select count(*) from email_outbox where status = 'pending') n`;
    return Number(r.n) === 0;
  });
  const [{ since }] = await sql<[{ since: Date }]>`select now() since`;
  const [{ lastMail }] = await sql<
    [{ lastMail: number }]
  >`select coalesce(max(id), 0)::int "lastMail" from email_outbox`;
  const mailsBefore = smtp.mails.length;

  const cookie = await signInOverHttp(nginx.baseUrl, 'admin@demo.gov.vn', DEMO_PASSWORD);
  const html = await (await fetch(`${urlOf(SERVER_PORTS[0])}/admin/jobs`, { headers: { cookie } })).text();
  const action = actionFields(html, 'Chạy quét hằng ngày ngay');
  if (!action) throw new Error('the jobs page has no run-now form');
  const post = (port: number) => {
    return fetch(`${urlOf(port)}/admin/jobs`, {
      method: 'POST',
      headers: { cookie, origin: urlOf(port) },
      body: actionForm(action),
      redirect: 'manual',
    });
  };
  // Both posts go out at once; this test holds a lock that stops inserts into notifications until both
  // sweeps are waiting on it, about to record the same reminders: then they race, the case the keys are for.
  const { posts } = await sql.begin(async (tx) => {
    await tx`lock table notifications in share row exclusive mode`;
    const inFlight = Promise.all(SERVER_PORTS.map(post));
    inFlight.catch(() => undefined); // awaited below, after the lock is released
    await waitFor(
      'both sweeps to reach their first reminder (were both posts run?)',
      async () => {
        const [r] = await sql<[{ n: number }]>`
          select count(*)::int n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and query ilike 'insert into "notifications"%'`;
        return r.n >= 2;
      },
      30_000,
    );
    return { posts: inFlight };
  });
  const responses = await posts;
  // A form bound to the form hook, posted without JavaScript, is answered with the page and the action's answer.
  const bodies = await Promise.all(responses.map((r) => r.text()));
  const ran = (body: string) => body.includes('Đã chạy quét hằng ngày.');
  const answers = responses.map((r, i) => `${r.status}${ran(bodies[i]!) ? ' ran' : ' (no "ran" answer)'}`);
  if (!responses.every((r, i) => r.status === 200 && ran(bodies[i]!))) {
    throw new Error(`the run-now posts were not both accepted: ${answers.join('; ')}`);
  }

  // Both requests ran their server's worker before answering; emails beyond a batch go out on later passes.
  const jobs = await waitFor('the two sweeps and their emails', async () => {
    const rows = await sql<{ status: string; lockedBy: string; result: unknown }[]>`
      select status, locked_by "lockedBy", result from jobs
      where unique_key like 'daily-sweep@manual:%' order by id`;
    const [pending] = await sql<[{ n: number }]>`select count(*)::int n from email_outbox where status = 'pending'`;
    return rows.length === 2 && rows.every((j) => j.status === 'done') && pending.n === 0 ? rows : null;
  });
  const sweepCounts = jobs.map((j) => {
    const r = j.result as { dueSoon: number; overdue: number };
    return r.dueSoon + r.overdue;
  });

  const [made] = await sql<[{ n: number }]>`
    select count(*)::int n from notifications where kind in ('due_soon', 'overdue') and created_at >= ${since}`;
  const perTask = await sql<{ id: number; n: number }[]>`
    select t.id, count(n.id)::int n from tasks t
    left join notifications n on n.link = '/tasks/' || t.id and n.kind = 'due_soon' and n.created_at >= ${since}
    where t.id in ${sql(picked.map((t) => t.id))} group by t.id order by t.id`;
  const twiceKeys = await sql`
    select dedupe_key from notifications group by 1 having count(*) > 1
    union all select dedupe_key from email_outbox group by 1 having count(*) > 1`;
  const twiceReminders = await sql`
    select user_id, kind, link from notifications where kind in ('due_soon', 'overdue') and created_at >= ${since}
    group by 1, 2, 3 having count(*) > 1`;
  const outbox = await sql<{ to: string; n: number }[]>`
    select to_address "to", count(*)::int n from email_outbox where status = 'sent' and id > ${lastMail} group by 1`;
  const [unsent] = await sql<[{ n: number }]>`
    select count(*)::int n from email_outbox where status <> 'sent'`;
  const [reminderMails] = await sql<[{ n: number }]>`
    select count(*)::int n from email_outbox o join notifications n on n.dedupe_key = o.dedupe_key
    where n.kind in ('due_soon', 'overdue') and n.created_at >= ${since} and o.status = 'sent'`;
  // What reached the SMTP server (a mail is kept there before it is acknowledged), per address, against the outbox.
  const received = new Map<string, number>();
  for (const mail of smtp.mails.slice(mailsBefore))
    for (const to of mail.to) received.set(to, (received.get(to) ?? 0) + 1);
  const mismatched = [...new Set([...received.keys(), ...outbox.map((o) => o.to.toLowerCase())])].filter(
    (to) => (received.get(to) ?? 0) !== (outbox.find((o) => o.to.toLowerCase() === to)?.n ?? 0),
  );

  const expected = picked.reduce((n, t) => n + t.recipients, 0);
  const eachTaskOnce = perTask.every((t) => t.n === picked.find((p) => p.id === t.id)!.recipients);
  console.info(
    `  posted to :${SERVER_PORTS.join(' and :')} at once (${answers.join('; ')}); both sweeps waited to record ` +
      `the same reminders, then ran on ${jobs.map((j) => j.lockedBy).join(' and ')}, reporting ` +
      `${sweepCounts.join(' + ')} new reminders`,
  );
  const sentTotal = outbox.reduce((n, o) => n + o.n, 0);
  return {
    ok:
      made.n === expected &&
      expected > 0 &&
      eachTaskOnce &&
      sweepCounts[0]! + sweepCounts[1]! === made.n &&
      twiceKeys.length === 0 &&
      twiceReminders.length === 0 &&
      reminderMails.n > 0 &&
      unsent.n === 0 &&
      mismatched.length === 0,
    detail:
      `${made.n} reminders for ${picked.length} tasks due in ${windows.join('/')} days (expected ${expected}, one ` +
      `per agency user: ${eachTaskOnce ? 'yes' : 'NO'}); dedupe keys twice: ${twiceKeys.length}; a user reminded ` +
      `twice of a task: ${twiceReminders.length}; ${reminderMails.n} reminder emails; the SMTP server received ` +
      `${smtp.mails.length - mailsBefore} emails for the ${sentTotal} the sweeps' emails sent (${unsent.n} unsent), ` +
      `addresses with a different count: ${mismatched.length ? mismatched.join(', ') : 'none'}`,
  };
}

/**
 * (e) Behind nginx the address a sign-in is counted and audited under is the one nginx saw, not what the client
 * wrote in its own X-Forwarded-For (else the per-address limit on failed sign-ins is bypassed by changing it);
 * and a client reaching a server directly (not a trusted proxy) is counted under its own address, whatever it
 * writes in that header.
 */
async function addressBehindNginx(nginx: Nginx, sql: Sql) {
  const spoofed = '203.0.113.9';
  const failAt = async (baseUrl: string) => {
    const email = `khong-co-${Date.now()}-${randomBytes(3).toString('hex')}@demo.gov.vn`;
    const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    await fetch(`${baseUrl}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, 'x-forwarded-for': spoofed },
      body: new URLSearchParams({ csrfToken, email, password: 'sai-mat-khau', callbackUrl: baseUrl }),
    });
    const rows = await sql<{ ip: string | null }[]>`select ip from sign_in_attempts where email = ${email}`;
    return rows.map((r) => r.ip);
  };
  const viaNginx = await failAt(nginx.baseUrl);
  const direct = await failAt(urlOf(SERVER_PORTS[0]));
  return {
    ok: viaNginx.length === 1 && viaNginx[0] === '127.0.0.1' && direct.length === 1 && direct[0] === '127.0.0.1',
    detail:
      `a failed sign-in sent with X-Forwarded-For: ${spoofed} was recorded under ${viaNginx.join(', ') || 'nothing'} ` +
      `through nginx (nginx saw 127.0.0.1), and under ${direct.join(', ') || 'nothing'} sent to a server directly ` +
      `(its socket saw 127.0.0.1; TRUSTED_PROXIES=${NGINX_SOURCE})`,
  };
}

type LoadResult = Awaited<ReturnType<typeof runLoad>>;

/**
 * (d) The load test through nginx, with both servers up and then with one stopped, and one server without
 * nginx for comparison. `idleLoad`: the machine's load average before this test started anything.
 */
async function loadThroughNginx(cluster: Cluster, nginx: Nginx, databaseUrl: string, idleLoad: number) {
  console.info('  adding the load test data (100 agencies and their users, 20,000 tasks)');
  const { people, tasks } = await prepare(databaseUrl);
  const runs: { setup: string; r: LoadResult; loadAfter: number }[] = [];
  const measure = async (setup: string, baseUrl: string) => {
    console.info(`  ${setup}: ${LOAD_SECONDS} s`);
    const r = await runLoad(baseUrl, people, LOAD_SECONDS, LOAD_THINK_MS);
    runs.push({ setup, r, loadAfter: loadavg()[0]! });
  };
  await cluster.startAll();
  await measure('nginx → 2 servers', nginx.baseUrl);
  await cluster.stop(SERVER_PORTS[1]);
  await measure('nginx → 1 server (the other stopped)', nginx.baseUrl);
  await measure('1 server, no nginx', urlOf(SERVER_PORTS[0]));
  await cluster.startAll();

  const row = ({ setup, r, loadAfter }: (typeof runs)[number]) =>
    `| ${setup} | ${r.samples} | ${r.rps.toFixed(1)} | ${ms(r.all.median)} | ${ms(r.all.p95)} | ${r.errors} | ${loadAfter.toFixed(1)} |`;
  const [two, one] = [runs[0]!.r, runs[1]!.r];
  const pace = LOAD_THINK_MS
    ? `each pausing ${LOAD_THINK_MS / 1000} s on average between clicks`
    : 'with no pause between clicks (each user clicks as soon as the last page arrived: the capacity of the setup)';
  const md = `## Cluster: nginx in front of one and two servers (\`npm run test:cluster\`)

${vnDate()} · ${machine()} · nginx (round robin), two standalone servers (\`npm start\`), PostgreSQL and the load generator
**all on the same 2 cores** · ${tasks.toLocaleString('en')} tasks · the machine's load average before the test
started: ${idleLoad.toFixed(1)}. The load of \`npm run bench:load\`: ${people.length} signed-in agency heads,
${LOAD_SECONDS} s per run, ${pace}; home, task list, one of their tasks, notifications, saving their email choices.

| Setup | Requests | Requests/s | Median | p95 | Errors | Load average after |
| --- | --- | --- | --- | --- | --- | --- |
${runs.map(row).join('\n')}

Two servers: ${(two.rps / one.rps).toFixed(2)}× the throughput of one, p95 ${ms(two.all.p95)} against ${ms(one.all.p95)}.
A server renders pages on one JavaScript thread, so one server leaves part of the two cores to PostgreSQL and
the load generator, and a second server on the same machine can only take its share from them: these rows
compare the setups with each other on one shared machine; servers of their own would each bring their own
cores. Single ${LOAD_SECONDS} s runs: repeat the test to see the spread. The load average counts the test's own busy
processes (the servers, PostgreSQL, the load generator: a few); far above that, other work on the machine
shared the cores during the run, and its figures say less.`;
  writeSection('cluster', md);
  console.info(md);
  return {
    ok: runs.every((x) => x.r.errors === 0 && x.r.samples > 0),
    detail: runs
      .map((x) => `${x.setup}: ${x.r.rps.toFixed(1)} req/s, p95 ${ms(x.r.all.p95)}, ${x.r.errors} errors`)
      .join('; '),
  };
}

/**
 * A release migrating while the servers serve: the test holds the migration lock (as a long migration would),
 * pages through nginx keep answering, and `npm run db:migrate` waits until the lock is released.
 */
async function migrationWhileServing(nginx: Nginx, sql: Sql, databaseUrl: string) {
  const cookie = await signInOverHttp(nginx.baseUrl, 'thuky@demo.gov.vn', DEMO_PASSWORD);
  const holder = await sql.reserve();
  try {
    await holder`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    const started = Date.now();
    const migrate = spawn('npm', ['run', 'db:migrate'], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    let migrateOutput = '';
    migrate.stdout.on('data', (d) => (migrateOutput += d));
    migrate.stderr.on('data', (d) => (migrateOutput += d));
    const migrated = new Promise<number>((resolve) => migrate.on('exit', (code) => resolve(code ?? 1)));
    const statuses: number[] = [];
    const times: number[] = [];
    while (Date.now() - started < 5000) {
      const t = Date.now();
      for (const path of ['/', '/tasks', '/reports', '/api/ready']) {
        statuses.push((await fetch(`${nginx.baseUrl}${path}`, { headers: { cookie }, redirect: 'manual' })).status);
      }
      times.push(Date.now() - t);
    }
    const waited = migrate.exitCode === null;
    await holder`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    const code = await migrated;
    const ok = statuses.every((s) => s === 200) && waited && code === 0 && /up to date/.test(migrateOutput);
    return {
      ok,
      detail: `${statuses.length} requests during the held lock, statuses ${[...new Set(statuses)].join('/')}, slowest round ${Math.max(...times)} ms; db:migrate ${waited ? 'waited' : 'did not wait'} and then exited ${code}: ${migrateOutput.trim().split('\n').at(-1)}`,
    };
  } finally {
    holder.release();
  }
}

/**
 * Anonymous posts naming an action this build lacks (another build's id, a malformed one, two ids): Next.js wrote three
 * lines of plain text to standard error for each (attacker pass 32); the proxy answers them as Next.js does (decision 061).
 */
async function unknownActions(nginx: Nginx, logs: string[]) {
  const ids = ['7f' + '0'.repeat(38) + 'aa', 'zz', `${'7f' + '0'.repeat(40)}, ${'7f' + '0'.repeat(40)}`];
  const answers: string[] = [];
  for (const id of ids) {
    const res = await fetch(`${nginx.baseUrl}/sign-in`, {
      method: 'POST',
      headers: { 'next-action': id, origin: nginx.baseUrl, 'content-type': 'text/plain;charset=UTF-8' },
      body: '[]',
    });
    answers.push(`${res.status} ${res.headers.get('x-nextjs-action-not-found')} ${await res.text()}`);
  }
  const expected = [
    '409 1 Server Action unavailable.',
    '400 1 Invalid Server Action request.',
    '400 1 Invalid Server Action request.',
  ];
  await new Promise((r) => setTimeout(r, 200)); // the log lines reach the files
  const logged = logs
    .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
    .filter((l) => l.includes('"msg":"unknown server action"')).length;
  return {
    ok: JSON.stringify(answers) === JSON.stringify(expected) && logged >= ids.length,
    detail: `${answers.join(' · ')}; ${logged} JSON lines "unknown server action"`,
  };
}

/** Every log line the servers wrote: JSON, requests with nginx's id, no personal data or secrets. */
function logsAreClean(files: string[]) {
  const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter((l) => l.startsWith('{'));
  const entries = lines.map((l) => JSON.parse(l) as { msg?: string; reqId?: string });
  const requests = entries.filter((e) => e.msg === 'request');
  const fromNginx = requests.filter((e) => /^[0-9a-f]{32}$/.test(e.reqId ?? ''));
  const forbidden = [
    /@demo\.gov\.vn/i,
    new RegExp(DEMO_PASSWORD),
    /sct_[\w-]{20,}/,
    /authjs\.session-token/,
    /"cookie"\s*:\s*"[^[]/i,
  ];
  const leaks = lines.filter((l) => forbidden.some((re) => re.test(l)));
  return {
    ok: requests.length > 20 && fromNginx.length > 0 && leaks.length === 0,
    detail: `${lines.length} JSON lines, ${requests.length} requests (${fromNginx.length} with nginx's request id); lines with an email, password, token or cookie: ${leaks.length}${leaks.length ? ` (${leaks[0]!.slice(0, 160)})` : ''}`,
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const idleLoad = loadavg()[0]!;
  ensureNginx();
  ensureBuild();
  const db = await createThrowawayDatabase('steering_cluster');
  if (!db) throw new Error('test:cluster needs PostgreSQL on 127.0.0.1:5432');
  const storage = mkdtempSync(join(tmpdir(), 'steering-cluster-files-'));
  const cleanup: (() => Promise<unknown>)[] = [() => db.drop(), async () => rmSync(storage, { recursive: true })];
  try {
    const smtp = await startSmtpSink(SMTP_PORT);
    cleanup.unshift(() => smtp.close());
    const cluster = new Cluster(db.url, {
      // One deployment: the same secrets and the same files folder on every server.
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      STORAGE_DIR: storage,
      SMTP_URL: smtp.url,
      APP_URL: urlOf(NGINX_PORT),
      // Workers pass every 5 s (30 s in production), so emails beyond a batch go out within the test.
      JOBS_INTERVAL_MS: '5000',
      LOG_LEVEL: 'info',
      // Only nginx's forwarded addresses are believed (it connects from 127.0.0.2; this script is on 127.0.0.1).
      TRUSTED_PROXIES: NGINX_SOURCE,
    });
    cleanup.unshift(async () => rmSync(cluster.logs, { recursive: true }));
    cleanup.unshift(() => cluster.stopAll());
    await cluster.startAll();
    const nginx = await startNginx(NGINX_PORT, [...SERVER_PORTS]);
    cleanup.unshift(() => nginx.stop());
    const sql = postgres(db.url, { max: 2, onnotice: () => undefined });
    cleanup.unshift(() => sql.end({ timeout: 5 }));
    const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
    cleanup.unshift(() => browser.close());
    console.info(
      `cluster up in ${((Date.now() - started) / 1000).toFixed(0)} s: nginx ${nginx.baseUrl} → :${SERVER_PORTS.join(', :')}`,
    );

    await check('a. session valid on the other server when one stops', () =>
      sessionSurvivesStoppedServer(browser, cluster, nginx),
    );
    await check('b. evidence uploaded to one server downloads from the other', () =>
      evidenceAcrossServers(browser, sql),
    );
    await check('c. daily sweep on both servers at once sends each reminder once', () =>
      sweepOnBothServersAtOnce(nginx, sql, smtp),
    );
    if (LOAD_SECONDS > 0) {
      await check('d. load through nginx, one and two servers', () =>
        loadThroughNginx(cluster, nginx, db.url, idleLoad),
      );
    } else console.info('SKIP d. load through nginx (CLUSTER_LOAD_SECONDS=0)');
    await check('e. behind nginx, failed sign-ins count under the address nginx saw', () =>
      addressBehindNginx(nginx, sql),
    );
    await check('f. a migration in progress blocks no request, and a second one waits for it', () =>
      migrationWhileServing(nginx, sql, db.url),
    );
    await check('g. nginx answers a method the app does not take (TRACE) with 405, not the server error', async () => {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${nginx.baseUrl}/sign-in`, { method: 'TRACE' }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject).end();
      });
      return { ok: status === 405, detail: `TRACE /sign-in: ${status}` };
    });
    await check('i. an action id the build does not have is answered as Next.js answers it, with a JSON log line', () =>
      unknownActions(
        nginx,
        SERVER_PORTS.map((p) => cluster.logOf(p)),
      ),
    );
    await check('h. logs are JSON with request ids, and hold no personal data or secrets', async () =>
      logsAreClean(SERVER_PORTS.map((p) => cluster.logOf(p))),
    );
  } finally {
    for (const step of cleanup) await step().catch((error) => console.error('cleanup:', error));
  }
  const took = `${((Date.now() - started) / 1000).toFixed(0)} s`;
  if (failures.length) throw new Error(`${failures.length} check(s) failed (${took}): ${failures.join('; ')}`);
  console.info(`all checks passed in ${took}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
