/**
 * npm run bench:load: 100 signed-in agency heads use the built app at once for 60 s (LOAD_SECONDS), each in a
 * loop: home page, task list, one of their tasks, notifications, and a write through the page's own form
 * (save email choices: a delete and insert in one transaction). Counts errors (any status over 399, or a
 * failed request) and writes throughput and latencies to docs/benchmarks.md. Target: 0 errors, p95 under
 * 150 ms. `prepare` and `runLoad` are also used by test:cluster, against nginx in front of two servers.
 */
import { inArray, like } from 'drizzle-orm';
import { openPostgres } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { agencies, tasks, users } from '../db/schema';
import { hashPassword } from '../lib/auth/password';
import { vnDate } from '../lib/time';
import { seedDatabase } from '../seeds';
import { generateWorkload } from '../seeds/workload';
import { machine, ms, summary, writeSection } from './lib/bench-report';
import { createThrowawayDatabase, signInOverHttp, startApp } from './lib/app-server';

const USERS = Number(process.env.LOAD_USERS ?? 100);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const PASSWORD = 'Tai-Ban-Chi-Dao-2026';
/** A person reads a page before the next click: each user waits this long on average (uniform 0.5–1.5×). */
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 5000);

type Sample = { kind: string; ms: number; ok: boolean };

/**
 * The hidden fields React renders in the server-action form holding `marker`, to post it as a browser without
 * JavaScript does: `$ACTION_ID_…` for a plain action, `$ACTION_REF_n`, `$ACTION_n:0`, `$ACTION_n:1` and
 * `$ACTION_KEY` for one bound to the form hook (`useActionState`).
 */
export function actionFields(html: string, marker: string): [string, string][] | undefined {
  const form = html
    .split('<form')
    .find((f) => f.includes(marker))
    ?.split('</form>')[0];
  if (!form) return undefined;
  const fields = [...form.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?\/?>/g)].map(
    ([, name, value]) => [name!, decodeEntities(value ?? '')] as [string, string],
  );
  return fields.length ? fields : undefined;
}

const decodeEntities = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A FormData holding the action's fields, for a post. */
export function actionForm(fields: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

/** Adds the load's agencies, tasks and users (load1…@bench.gov.vn) to the database at `url`. */
export async function prepare(url: string) {
  const h = await openPostgres(url, { max: 4 });
  try {
    await migrateDatabase(h);
    await seedDatabase(h.db, { demo: true });
    await generateWorkload(
      h,
      { agencies: USERS, sessions: 200, directivesPerSession: 5, tasksPerDirective: 20 },
      { today: vnDate() },
    );
    const list = await h.db.select().from(agencies).where(like(agencies.code, 'W-A%'));
    const passwordHash = await hashPassword(PASSWORD);
    const people = list.slice(0, USERS).map((a, i) => ({
      email: `load${i + 1}@bench.gov.vn`,
      name: `Đầu mối ${a.name}`,
      role: 'agency' as const,
      agencyId: a.id,
      passwordHash,
    }));
    await h.db.insert(users).values(people);
    const taskOf = new Map<number, number>();
    const rows = await h.db
      .select({ id: tasks.id, lead: tasks.leadAgencyId })
      .from(tasks)
      .where(
        inArray(
          tasks.leadAgencyId,
          people.map((p) => p.agencyId),
        ),
      );
    for (const r of rows) if (!taskOf.has(r.lead)) taskOf.set(r.lead, r.id);
    const [{ n }] = (await h.query<{ n: number }>('select count(*)::int n from tasks')) as [{ n: number }];
    return { people: people.map((p) => ({ email: p.email, taskId: taskOf.get(p.agencyId) ?? null })), tasks: n };
  } finally {
    await h.close();
  }
}

type Session = { cookie: string; savePrefs: [string, string][]; taskId: number | null };

/** Signs a user in and reads the form ids, before the clock starts (sign-in hashes a password: heavy on purpose). */
async function openSession(base: string, email: string, taskId: number | null): Promise<Session> {
  const cookie = await signInOverHttp(base, email, PASSWORD);
  const html = await (await fetch(`${base}/notifications`, { headers: { cookie } })).text();
  const savePrefs = actionFields(html, 'name="email"');
  if (!savePrefs) throw new Error('the notifications page has no email-choices form');
  return { cookie, savePrefs, taskId };
}

async function virtualUser(base: string, session: Session, until: number, samples: Sample[], thinkMs: number) {
  const { cookie, savePrefs, taskId } = session;
  const headers = { cookie, origin: base };
  const steps: { kind: string; run: () => Promise<Response> }[] = [
    { kind: 'GET /', run: () => fetch(`${base}/`, { headers }) },
    { kind: 'GET /tasks', run: () => fetch(`${base}/tasks`, { headers }) },
    ...(taskId ? [{ kind: 'GET /tasks/:id', run: () => fetch(`${base}/tasks/${taskId}`, { headers }) }] : []),
    { kind: 'GET /notifications', run: () => fetch(`${base}/notifications`, { headers }) },
    {
      kind: 'POST save email choices',
      run: () => {
        const form = actionForm(savePrefs);
        for (const kind of ['task_assigned', 'due_soon', 'overdue', 'urged']) form.append('email', kind);
        return fetch(`${base}/notifications`, { method: 'POST', headers, body: form, redirect: 'manual' });
      },
    },
  ];
  // People do not all click at the same instant: each starts somewhere within one pause.
  if (thinkMs) await new Promise((r) => setTimeout(r, thinkMs * Math.random()));
  for (let i = Math.floor(Math.random() * steps.length); Date.now() < until; i++) {
    const step = steps[i % steps.length]!;
    const t0 = performance.now();
    try {
      const res = await step.run();
      await res.arrayBuffer();
      samples.push({ kind: step.kind, ms: performance.now() - t0, ok: res.status < 400 });
    } catch {
      samples.push({ kind: step.kind, ms: performance.now() - t0, ok: false });
    }
    if (thinkMs) await new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random())));
  }
}

export async function runLoad(
  base: string,
  people: { email: string; taskId: number | null }[],
  seconds = SECONDS,
  thinkMs = THINK_MS,
) {
  const sessions: Session[] = [];
  for (let i = 0; i < people.length; i += 10) {
    sessions.push(...(await Promise.all(people.slice(i, i + 10).map((p) => openSession(base, p.email, p.taskId)))));
  }
  const samples: Sample[] = [];
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(sessions.map((s) => virtualUser(base, s, until, samples, thinkMs)));
  const elapsed = (Date.now() - started) / 1000;
  const all = summary(samples.map((s) => s.ms));
  const kinds = [...new Set(samples.map((s) => s.kind))].map((kind) => {
    const of = samples.filter((s) => s.kind === kind);
    return { kind, ...summary(of.map((s) => s.ms)), errors: of.filter((s) => !s.ok).length };
  });
  return {
    samples: samples.length,
    errors: samples.filter((s) => !s.ok).length,
    rps: samples.length / elapsed,
    all,
    kinds,
  };
}

async function main() {
  const db = await createThrowawayDatabase('steering_bench_load');
  if (!db) throw new Error('bench:load needs PostgreSQL (127.0.0.1:5432)');
  try {
    const { people, tasks: taskCount } = await prepare(db.url);
    const app = await startApp({
      port: 3280,
      databaseUrl: db.url,
      env: { SEED_DEMO: 'false', JOBS_WORKER: 'off' },
      quiet: true,
    });
    try {
      const r = await runLoad(app.baseUrl, people);
      const saturated = await runLoad(app.baseUrl, people, 30, 0);
      const ok = r.errors === 0 && r.all.p95 < 150;
      const table = (x: typeof r) =>
        [
          '| Request | Count | Median | p95 | Errors |',
          '| --- | --- | --- | --- | --- |',
          ...x.kinds.map((k) => `| ${k.kind} | ${k.n} | ${ms(k.median)} | ${ms(k.p95)} | ${k.errors} |`),
          `| **All** | ${x.samples} | ${ms(x.all.median)} | ${ms(x.all.p95)} | ${x.errors} |`,
        ].join('\n');
      const md = `## Load: ${USERS} signed-in users (\`npm run bench:load\`)

${vnDate()} · ${machine()} · PostgreSQL and one \`next start\` server on the same 2 cores as the load generator ·
${taskCount.toLocaleString('en')} tasks. Each user (an agency head) loops over: home, task list, one of their tasks,
notifications, and saving their email choices (a transaction, through the page's own form post).

**${SECONDS} s, each user pausing ${THINK_MS / 1000} s on average between clicks** (people reading pages):
${r.rps.toFixed(0)} requests/s.

${table(r)}

Target 0 errors and p95 under 150 ms: **${ok ? 'met' : 'NOT met'}**.

**30 s with no pause at all** (every user clicking as fast as the server answers: the capacity of this machine):
${saturated.rps.toFixed(0)} requests/s, ${saturated.errors} errors.

${table(saturated)}`;
      writeSection('load', md);
      console.info(md);
      if (!ok) process.exitCode = 1;
    } finally {
      await app.stop();
    }
  } finally {
    await db.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
