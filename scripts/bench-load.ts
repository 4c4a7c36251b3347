/**
 * npm run bench:load: 100 signed-in agency heads use the built app at once for 60 s (LOAD_SECONDS), each in a
 * loop: home page, task list, one of their tasks, notifications, and writes through the pages' own forms
 * (mark all read; save email choices: a delete and insert in one transaction). Counts errors (any status
 * over 399, or a failed request) and writes throughput and latencies to docs/benchmarks.md. Target: 0 errors,
 * p95 under 150 ms. `LOAD_BASE_URL` points it at a running deployment instead (used by test:cluster).
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
/** A person reads a page before the next click: each user waits THINK_MS on average (uniform 0.5–1.5×) between requests. */
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 0);

type Sample = { kind: string; ms: number; ok: boolean };

/** The action id of the plain server-action form holding `marker` (Next renders it for forms that work without JS). */
function formAction(html: string, marker: string): string | undefined {
  const form = html.split('<form').find((f) => f.includes(marker));
  return form ? /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(form)?.[1] : undefined;
}

async function prepare(url: string) {
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

async function virtualUser(base: string, email: string, taskId: number | null, until: number, samples: Sample[]) {
  const cookie = await signInOverHttp(base, email, PASSWORD);
  const headers = { cookie, origin: base };
  const page = await fetch(`${base}/notifications`, { headers });
  const html = await page.text();
  const markAll = formAction(html, 'Đánh dấu tất cả đã đọc');
  const savePrefs = formAction(html, 'name="email"');
  if (!savePrefs) throw new Error('the notifications page has no email-choices form');
  const steps: { kind: string; run: () => Promise<Response> }[] = [
    { kind: 'GET /', run: () => fetch(`${base}/`, { headers }) },
    { kind: 'GET /tasks', run: () => fetch(`${base}/tasks`, { headers }) },
    ...(taskId ? [{ kind: 'GET /tasks/:id', run: () => fetch(`${base}/tasks/${taskId}`, { headers }) }] : []),
    { kind: 'GET /notifications', run: () => fetch(`${base}/notifications`, { headers }) },
    {
      kind: 'POST save email choices',
      run: () => {
        const form = new FormData();
        form.set(savePrefs, '');
        for (const kind of ['task_assigned', 'due_soon', 'overdue', 'urged']) form.append('email', kind);
        return fetch(`${base}/notifications`, { method: 'POST', headers, body: form, redirect: 'manual' });
      },
    },
    ...(markAll
      ? [
          {
            kind: 'POST mark all read',
            run: () => {
              const form = new FormData();
              form.set(markAll, '');
              return fetch(`${base}/notifications`, { method: 'POST', headers, body: form, redirect: 'manual' });
            },
          },
        ]
      : []),
  ];
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
    if (THINK_MS) await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));
  }
}

export async function runLoad(base: string, people: { email: string; taskId: number | null }[], seconds = SECONDS) {
  const samples: Sample[] = [];
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(people.map((p) => virtualUser(base, p.email, p.taskId, until, samples)));
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
      const ok = r.errors === 0 && r.all.p95 < 150;
      const md = `## Load: ${USERS} signed-in users for ${SECONDS} s (\`npm run bench:load\`)

${vnDate()} · ${machine()} · PostgreSQL, one \`next start\` server on the same machine as the load generator ·
${taskCount.toLocaleString('en')} tasks. Each user loops over: home, task list, one of their tasks, notifications,
saving their email choices (a transaction) and marking notices read (both through the page's own form posts).

| Request | Count | Median | p95 | Errors |
| --- | --- | --- | --- | --- |
${r.kinds.map((k) => `| ${k.kind} | ${k.n} | ${ms(k.median)} | ${ms(k.p95)} | ${k.errors} |`).join('\n')}
| **All** | ${r.samples} | ${ms(r.all.median)} | ${ms(r.all.p95)} | ${r.errors} |

Throughput ${r.rps.toFixed(0)} requests/s. Target 0 errors and p95 under 150 ms: **${ok ? 'met' : 'NOT met'}**.`;
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
