/**
 * npm run bench:pages: what each page and API call costs the server, as a share of the cheapest route it serves.
 *
 * One run, one load tool, one built app on a PostgreSQL database of the demo and about 20,000 generated tasks
 * (bench:load's `prepare`). For each route: the median of requests one at a time ("alone"), the throughput of
 * 10 clients in a closed loop for PAGES_SECONDS (default 6), the response size, and for pages the first-load
 * JavaScript (the gzip size of every script the HTML loads). The floor is `/api/health` (no database, no
 * rendering); every other row is printed as its throughput's share of the floor's, so the machine's speed and
 * noise cancel out. Writes the table and the targets of issue #21 to docs/benchmarks.md.
 *
 * The server logs as it does in production (LOG_LEVEL info, to a file), so logging is part of what is measured.
 *
 * To look into one row: PAGES_ONLY=<part of its name>[,…] measures those rows (and the floor) without writing
 * the document; PAGES_PROFILE=<dir> writes the server's CPU profile there (read it with `npm run cpu:top`);
 * PAGES_SAVE=<dir> keeps each page's last answer. PAGES_KEEP_DB=1 keeps the database and prints its URL;
 * PAGES_DB=<that URL> measures it again without preparing a new one. PAGES_PORT
 * serves the app on another port than 3290.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { and, eq, ne } from 'drizzle-orm';
import { openPostgres } from '../db/client';
import { apiTokens, sessions, tasks, users } from '../db/schema';
import { vnDate } from '../lib/time';
import { machine, ms, summary, writeSection } from './lib/bench-report';
import { createThrowawayDatabase, signInOverHttp, startApp } from './lib/app-server';
import { prepare } from './bench-load';

const SECONDS = Number(process.env.PAGES_SECONDS ?? 6);
const CLIENTS = 10;
const ONLY = process.env.PAGES_ONLY?.split(',').filter(Boolean);
const PROFILE = process.env.PAGES_PROFILE;
const SAVE = process.env.PAGES_SAVE;
/** The app's port (another checkout's bench on the same machine may hold the default). */
const PORT = Number(process.env.PAGES_PORT ?? 3290);
const DEMO_PASSWORD = 'CaiCach@2024';
const LOAD_PASSWORD = 'Tai-Ban-Chi-Dao-2026';

type Target = {
  name: string;
  path: string | ((client: number) => string);
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A fresh body per request (the write's version follows its answer). */
  body?: (client: number) => string;
  onAnswer?: (client: number, text: string) => void;
  page?: boolean;
  /** Issue #21's target: throughput at least this share of the floor's. */
  target?: number;
  /** Issue #21's target for the HTML's size, in KB. */
  maxKb?: number;
};

const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS * 2 });

function fire(
  base: string,
  t: Target,
  client: number,
): Promise<{ status: number; bytes: number; text: string; ms: number }> {
  const url = new URL(typeof t.path === 'function' ? t.path(client) : t.path, base);
  const body = t.body?.(client);
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        agent,
        method: t.method ?? 'GET',
        headers: { ...t.headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const buf = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            bytes: buf.length,
            text: buf.toString('utf8'),
            ms: performance.now() - t0,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function once(base: string, t: Target, client: number) {
  const r = await fire(base, t, client);
  if (r.status >= 400) throw new Error(`${t.name}: ${r.status} ${r.text.slice(0, 300)}`);
  t.onAnswer?.(client, r.text);
  return r;
}

/**
 * The gzip size of every script the page's HTML loads: what a first visit downloads to run the page. Not the
 * `noModule` polyfills (38.5 KB gzip), which a browser that runs modules neither downloads nor runs.
 */
async function firstLoadJs(base: string, html: string): Promise<number> {
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"[^>]*>/g)].filter(
    (m) => !/\bnoModule\b/i.test(m[0]),
  );
  const srcs = [...new Set(tags.map((m) => m[1]!))];
  let total = 0;
  for (const src of srcs) {
    const res = await fetch(new URL(src.replace(/&amp;/g, '&'), base));
    total += gzipSync(Buffer.from(await res.arrayBuffer()), { level: 9 }).length;
  }
  return total;
}

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** CPU time (user and system, ms) a process has used so far, from /proc; 0 once it is gone. */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/**
 * What the server side spends: the app's Node process and the PostgreSQL backends of its database. Throughput on two
 * shared cores moves with whatever else runs on them; CPU time per request moves far less (issue 21's "the Node process
 * is the bottleneck" is then read directly).
 */
type Cpu = { node: number; db: Map<number, number> };
let server: { pid: number; backends: () => Promise<number[]> } | undefined;

async function cpuNow(): Promise<Cpu> {
  if (!server) return { node: 0, db: new Map() };
  return { node: cpuMs(server.pid), db: new Map((await server.backends()).map((pid) => [pid, cpuMs(pid)])) };
}

function cpuSince(before: Cpu, after: Cpu): { node: number; db: number } {
  let db = 0;
  for (const [pid, ms] of after.db) db += ms - (before.db.get(pid) ?? 0);
  return { node: after.node - before.node, db };
}

/** Throughput of `t` at CLIENTS clients in a closed loop for SECONDS, and the server's CPU per request (ms). */
async function loaded(base: string, t: Target): Promise<{ rps: number; cpu: { node: number; db: number } }> {
  const cpuBefore = await cpuNow();
  let done = 0;
  const until = Date.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      while (Date.now() < until) {
        await once(base, t, c);
        done++;
      }
    }),
  );
  const rps = done / ((performance.now() - started) / 1000);
  const used = cpuSince(cpuBefore, await cpuNow());
  return { rps, cpu: { node: used.node / done, db: used.db / done } };
}

async function measure(base: string, t: Target) {
  // Warm up (the JIT, caches, connection pools): the first seconds of a fresh server run at half speed.
  const warm = Date.now() + 2500;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      while (Date.now() < warm) await once(base, t, c);
    }),
  );
  const alone: number[] = [];
  const aloneUntil = Date.now() + 2000;
  let last = await once(base, t, 0);
  while (Date.now() < aloneUntil || alone.length < 30) {
    last = await once(base, t, 0);
    alone.push(last.ms);
  }
  const { rps, cpu } = await loaded(base, t);
  const js = t.page ? await firstLoadJs(base, last.text) : null;
  return { median: summary(alone).median, rps, cpu, bytes: last.bytes, js, text: last.text };
}

/** What `prepare` returned, read back from a database it prepared. */
async function prepared(url: string) {
  const h = await openPostgres(url, { max: 1 });
  try {
    const [{ n }] = (await h.query<{ n: number }>('select count(*)::int n from tasks')) as [{ n: number }];
    return { people: [{ email: 'load1@bench.gov.vn' }], tasks: n };
  } finally {
    await h.close();
  }
}

async function main() {
  const kept = process.env.PAGES_DB;
  const db = kept
    ? { url: kept, drop: () => Promise.resolve() }
    : await createThrowawayDatabase('steering_bench_pages');
  if (!db) throw new Error('bench:pages needs PostgreSQL (127.0.0.1:5432)');
  try {
    // A database kept by an earlier run (PAGES_KEEP_DB) is measured as it is: its first generated agency head reads.
    const { people, tasks: taskCount } = kept ? await prepared(db.url) : await prepare(db.url);
    const h = await openPostgres(db.url, { max: 2 });
    const head = people[0]!;
    const [owner] = await h.db.select().from(users).where(eq(users.email, head.email));
    // An API token for the agency head, written as createApiToken stores it (its hash only).
    const token = `sct_${randomBytes(32).toString('base64url')}`;
    await h.db.insert(apiTokens).values({
      userId: owner!.id,
      name: 'bench',
      tokenHash: createHash('sha256').update(token).digest('hex'),
      prefix: token.slice(0, 8),
      credentialsVersion: owner!.credentialsVersion,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    // Ten open tasks the head leads, one per writing client, and one more to read (its timeline stays short). In the
    // order of their ids: without an order a kept database gave each run other tasks (updated rows move), and the page
    // row read a written task of 50–92 KB in some runs and a fresh one of 31–36 KB in others (session 36).
    const open = await h.db
      .select({ id: tasks.id, version: tasks.version })
      .from(tasks)
      .where(
        and(eq(tasks.leadAgencyId, owner!.agencyId!), ne(tasks.status, 'completed'), ne(tasks.status, 'cancelled')),
      )
      .orderBy(tasks.id)
      .limit(CLIENTS + 1);
    const [seventh] = await h.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.number, 7));
    await h.close();
    if (open.length <= CLIENTS) throw new Error('not enough open tasks for the write clients');
    const versions = open.map((o) => o.version);

    const app = await startApp({
      port: PORT,
      databaseUrl: db.url,
      env: {
        SEED_DEMO: 'false',
        JOBS_WORKER: 'off',
        LOG_LEVEL: 'info',
        API_RATE_LIMIT_PER_MINUTE: '100000000',
      },
      nodeArgs: PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [],
      logFile: join(mkdtempSync(join(tmpdir(), 'bench-pages-')), 'server.log'),
    });
    const probe = await openPostgres(db.url, { max: 1 });
    server = {
      pid: app.pid,
      backends: async () =>
        (
          await probe.query<{ pid: number }>(
            'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
          )
        ).map((r) => r.pid),
    };
    try {
      const headCookie = await signInOverHttp(app.baseUrl, head.email, LOAD_PASSWORD);
      const leaderCookie = await signInOverHttp(app.baseUrl, 'lanhdao@demo.gov.vn', DEMO_PASSWORD);
      const secretariatCookie = await signInOverHttp(app.baseUrl, 'thuky@demo.gov.vn', DEMO_PASSWORD);
      const bearer = { authorization: `Bearer ${token}` };
      const taskId = open[CLIENTS]!.id;
      const targets: Target[] = [
        { name: '`/api/health` (the floor: no database)', path: '/api/health' },
        { name: '`GET /api/v1/tasks/:id`', path: `/api/v1/tasks/${taskId}`, headers: bearer, target: 0.4 },
        { name: '`POST /api/v1/tasks/:id/updates`', path: '', method: 'POST', headers: bearer, target: 0.3 },
        {
          name: '`GET /tasks/:id` page',
          path: `/tasks/${taskId}`,
          headers: { cookie: headCookie },
          page: true,
          target: 0.25,
        },
        {
          name: '`GET /tasks?relation=lead` page, 50 rows',
          path: '/tasks?relation=lead',
          headers: { cookie: headCookie },
          page: true,
          target: 0.12,
          maxKb: 90,
        },
        { name: '`GET /reports` page', path: '/reports', headers: { cookie: leaderCookie }, page: true, target: 0.12 },
        {
          name: '`GET /sessions/:id` page (7th session, 63 points)',
          path: `/sessions/${seventh!.id}`,
          headers: { cookie: secretariatCookie },
          page: true,
        },
        { name: '`GET /directives` page', path: '/directives', headers: { cookie: leaderCookie }, page: true },
        { name: "`GET /` the leader's home", path: '/', headers: { cookie: leaderCookie }, page: true },
        // What a page costs before its content: a page with no session and no database, and a signed-in page
        // showing next to nothing (the leader has no notifications). The ceiling the content pages are under.
        { name: '`GET /sign-in` page (reference: no session, no database)', path: '/sign-in', page: true },
        {
          name: '`GET /notifications` page, empty (reference: the signed-in frame)',
          path: '/notifications',
          headers: { cookie: leaderCookie },
          page: true,
        },
      ];
      // Each writing client reports on its own task, at the version its last answer gave (never a conflict).
      const write = targets[2]!;
      write.path = (c) => `/api/v1/tasks/${open[c]!.id}/updates`;
      write.body = (c) =>
        JSON.stringify({ version: versions[c], status: 'in_progress', progress: 10 + (versions[c]! % 80) });
      write.onAnswer = (c, text) => {
        versions[c] = (JSON.parse(text) as { version: number }).version;
      };

      // The floor is measured again after every row, and each row is compared with the mean of the floor just before
      // and just after it: the machine's speed drifts over a run (other work on its two cores, a warming server), and
      // one floor measured at the start moved every share with it.
      const rows: { t: Target; r: Awaited<ReturnType<typeof measure>>; floor: number }[] = [];
      const floors: number[] = [];
      const floorCpus: number[] = [];
      for (const [i, t] of targets.entries()) {
        if (ONLY && i > 0 && !ONLY.some((part) => t.name.includes(part))) continue;
        const r = await measure(app.baseUrl, t);
        if (SAVE) writeFileSync(join(SAVE, `${i}.${t.page ? 'html' : 'json'}`), r.text);
        const before = floors.at(-1) ?? r.rps;
        const floor = i === 0 ? r : await loaded(app.baseUrl, targets[0]!);
        floors.push(floor.rps);
        floorCpus.push(floor.cpu.node + floor.cpu.db);
        rows.push({ t, r, floor: i === 0 ? r.rps : (before + floors.at(-1)!) / 2 });
        console.info(
          `${t.name}: ${ms(r.median)} alone, ${r.rps.toFixed(1)} req/s, ${(r.bytes / 1024).toFixed(1)} KB, CPU ${r.cpu.node.toFixed(2)} + ${r.cpu.db.toFixed(2)} ms`,
        );
      }
      rows[0]!.r.rps = summary(floors).median;
      rows[0]!.floor = rows[0]!.r.rps;
      const floorCpu = summary(floorCpus).median;
      const lightest = Math.min(...rows.filter((x) => x.r.js !== null).map((x) => x.r.js!));
      const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
      const verdict = (ok: boolean) => (ok ? '✓' : '✗');
      const table = [
        `| Request | Median alone | Throughput at ${CLIENTS} clients | Share of the floor | Target | Server CPU per request (Node + PostgreSQL) | CPU share | Response | First-load JS (gzip) |`,
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows.map(({ t, r, floor }) => {
          const share = r.rps / floor;
          const goals = [
            t.target ? `≥ ${(t.target * 100).toFixed(0)}% ${verdict(share >= t.target)}` : '',
            t.maxKb ? `≤ ${t.maxKb} KB ${verdict(r.bytes <= t.maxKb * 1024)}` : '',
            r.js !== null ? `JS ≤ +15 KB ${verdict(r.js <= lightest + 15 * 1024)}` : '',
          ].filter(Boolean);
          const cpu = t === targets[0] ? floorCpu : r.cpu.node + r.cpu.db;
          const cpuText =
            t === targets[0]
              ? `${cpu.toFixed(2)} ms`
              : `${cpu.toFixed(2)} ms (${r.cpu.node.toFixed(2)} + ${r.cpu.db.toFixed(2)})`;
          return `| ${t.name} | ${ms(r.median)} | ${r.rps.toFixed(1)} req/s | ${(share * 100).toFixed(1)}% | ${goals.join('; ') || '—'} | ${cpuText} | ${((floorCpu / cpu) * 100).toFixed(1)}% | ${kb(r.bytes)} | ${r.js === null ? '—' : kb(r.js)} |`;
        }),
      ].join('\n');
      const md = `## Pages and API calls as a share of the floor (\`npm run bench:pages\`)

${vnDate()} · ${machine()} · one built server (\`npm start\`, logging at info to a file) and PostgreSQL on the same
cores as the load tool · ${taskCount.toLocaleString('en')} tasks. "Alone": the median of requests sent one at a
time; throughput: ${CLIENTS} clients in a closed loop for ${SECONDS} s; the share is each row's throughput over the
floor's, in the same run: the floor is measured again after every row (${floors.length} times, from ${Math.min(...floors).toFixed(0)} to ${Math.max(...floors).toFixed(0)} req/s; its
row gives the median) and each row is compared with the mean of the floor just before and just after it. Pages are read by the agency head of a generated agency (about 200 tasks), the demo's
leader and secretariat; the API by the agency head's token. First-load JS: every script the page's HTML loads,
gzipped (the lightest page is ${kb(lightest)}).

${table}
`;
      if (!ONLY) writeSection('pages', md);
      console.info(
        `\n${table}\n\n${ONLY ? 'a partial run: docs/benchmarks.md left as it was' : 'written to docs/benchmarks.md'}`,
      );
    } finally {
      await probe.close();
      await app.stop();
    }
  } finally {
    if (process.env.PAGES_KEEP_DB || kept) console.info(`database kept: ${db.url}`);
    else await db.drop();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
