/**
 * npm run bench:dashboard: 1,000,000 tasks (200 agencies, 5,000 sessions, 50,000 directives) in a throwaway
 * PostgreSQL database; measures, in one run, each summary as bare SQL and through lib/, the summaries
 * counted from the tasks without tallies (the "before"), the cost the tally trigger adds to a task write,
 * and the report pages over HTTP from the built app. Writes the figures to docs/benchmarks.md.
 * Targets (2 cores): lib/ within 1.5× of bare SQL; org-wide under 50 ms; one agency under 2 ms; page p95 under 200 ms.
 * BENCH_DB=<name> keeps the database under that name and, when it already holds the tasks, reuses it (migrated to
 * this checkout, no new seed); BENCH_PORT is the app's port (3260 by default).
 */
import { eq } from 'drizzle-orm';
import { openPostgres, type DatabaseHandle } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { agencies, users } from '../db/schema';
import { loadActor } from '../lib/auth/actor';
import type { Actor } from '../lib/policy';
import { summarize, type Dimension } from '../lib/reports/summary';
import { addDays, vnDate } from '../lib/time';
import { DEMO_PASSWORD } from '../seeds/demo/accounts';
import { seedDatabase } from '../seeds';
import { generateWorkload } from '../seeds/workload';
import { machine, ms, summary, writeSection } from './lib/bench-report';
import { createThrowawayDatabase, signInOverHttp, startApp } from './lib/app-server';
import { adminSql, databaseUrl, postgresReachable } from '../tests/pg';

const SIZE = {
  agencies: Number(process.env.BENCH_AGENCIES ?? 200),
  sessions: Number(process.env.BENCH_SESSIONS ?? 5000),
  directivesPerSession: 10,
  tasksPerDirective: 20,
};
const CLASSES = `('completed_on_time','completed_late','in_progress_on_time','overdue','undated','recurring')`;

/** The SQL lib/reports/summary.ts sends, written out by hand: tallies plus the deadlines passed since their day. */
function tallySql(key: string, taskKey: string, where = '', taskWhere = '') {
  return `select x.k, x.cls, sum(x.n)::int as n from (
    select ${key} as k, timeliness as cls, n from task_tallies ${where ? `where ${where}` : ''}
    union all
    select ${taskKey}, task_timeliness(status, deadline_kind, due_date, completed_on, d.day), d.sign
    from tasks, (values ($1::date, 1), ((select as_of from task_tally_state), -1)) as d(day, sign)
    where status in ('not_started', 'in_progress') and deadline_kind = 'dated'
      and due_date >= least((select as_of from task_tally_state), $1::date)
      and due_date < greatest((select as_of from task_tally_state), $1::date) ${taskWhere ? `and ${taskWhere}` : ''}
  ) x where x.cls in ${CLASSES} group by 1, 2`;
}
function countedSql(key: string) {
  return `select x.k, x.cls, count(*)::int as n from (
    select ${key} as k, task_timeliness(status, deadline_kind, due_date, completed_on, $1::date) as cls from tasks
  ) x where x.cls in ${CLASSES} group by 1, 2`;
}

async function time(runs: number, warmup: number, fn: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    await fn();
    const dt = performance.now() - t0;
    if (i >= warmup) samples.push(dt);
  }
  return summary(samples);
}

async function main() {
  const db = process.env.BENCH_DB
    ? await keptDatabase(process.env.BENCH_DB)
    : await createThrowawayDatabase('steering_bench_dash').then((d) => d && { ...d, reused: false });
  if (!db) throw new Error('bench:dashboard needs PostgreSQL (127.0.0.1:5432)');
  const h: DatabaseHandle = await openPostgres(db.url, { max: 4 });
  const today = vnDate();
  try {
    const reused = db.reused && (await tasksPresent(h));
    await migrateDatabase(h);
    let t0 = performance.now();
    let generated = 0;
    if (reused) {
      await h.query(`select task_tallies_rebuild($1::date)`, [today]);
      console.info('reusing the kept database');
    } else {
      await seedDatabase(h.db, { demo: true });
      const made = await generateWorkload(h, SIZE, { today, bulk: true });
      generated = performance.now() - t0;
      console.info(`generated ${made.tasks} tasks`);
    }
    const [{ n: total }] = (await h.query<{ n: number }>('select count(*)::int n from tasks')) as [{ n: number }];
    const [{ n: cells }] = (await h.query<{ n: number }>('select count(*)::int n from task_tallies')) as [
      { n: number },
    ];
    const [{ n: monthCells }] = (await h.query<{ n: number }>('select count(*)::int n from task_month_tallies')) as [
      { n: number },
    ];
    console.info(
      `${total} tasks in all (generated in ${ms(generated)}); ${cells} tally cells, ${monthCells} month cells`,
    );

    const [u] = await h.db.select().from(users).where(eq(users.email, 'lanhdao@demo.gov.vn'));
    const leader = (await loadActor(h.db, u!.id, u!.sessionVersion)) as Actor;
    const [agency] = await h.db.select().from(agencies).where(eq(agencies.code, 'W-A17'));
    const agencyId = agency!.id;
    const filter = { today };

    type Row = { name: string; bare: ReturnType<typeof summary>; lib: ReturnType<typeof summary> };
    const rows: Row[] = [];
    const pair = async (name: string, runs: number, bareSql: string, params: unknown[], by: Dimension, f = filter) => {
      const check = await h.query<{ n: number }>(bareSql, params);
      const viaLib = await summarize({ actor: leader, filter: f, by }, h.db);
      const libTotal = [...viaLib.values()].reduce((s, c) => s + Object.values(c).reduce((a, b) => a + b, 0), 0);
      const bareTotal = check.reduce((s, r) => s + Number(r.n), 0);
      if (libTotal !== bareTotal) throw new Error(`${name}: lib counts ${libTotal}, bare SQL ${bareTotal}`);
      const bare = await time(runs, 5, () => h.query(bareSql, params));
      const lib = await time(runs, 5, () => summarize({ actor: leader, filter: f, by }, h.db));
      rows.push({ name, bare, lib });
      console.info(`${name}: bare ${ms(bare.median)} / lib ${ms(lib.median)}`);
    };
    await pair('Org-wide summary (tallies)', 100, tallySql('null::int', 'null::int'), [today], 'total');
    await pair(
      'One agency (tallies)',
      300,
      tallySql('null::int', 'null::int', 'lead_agency_id = $2', 'lead_agency_id = $2'),
      [today, agencyId],
      'total',
      { ...filter, agencyId } as typeof filter,
    );
    await pair('By agency (tallies)', 50, tallySql('lead_agency_id', 'lead_agency_id'), [today], 'agency');
    await pair('By reform area (tallies)', 50, tallySql('area_code', 'area_code'), [today], 'area');
    await pair('By session (counted from tasks)', 10, countedSql('session_id'), [today], 'session');

    // Before: the same org-wide summary counted from the tasks, as without tallies.
    const before = await time(10, 2, () => h.query(countedSql('null::int'), [today]));
    const beforeLib = await time(10, 2, () => summarize({ actor: leader, filter, by: 'total', source: 'tasks' }, h.db));
    // Tallies a week behind (the daily roll has not run): readers add a week of passed deadlines.
    await h.query(`select task_tallies_roll($1::date)`, [addDays(today, -7)]);
    const stale = await time(100, 5, () => summarize({ actor: leader, filter, by: 'total' }, h.db));
    t0 = performance.now();
    const moved = await h.query<{ n: number }>(`select task_tallies_roll($1::date) as n`, [today]);
    const roll = performance.now() - t0;

    // What the trigger adds to a write: completing one task, with and without the tally trigger.
    const open = await h.query<{ id: number }>(
      `select id from tasks where status = 'in_progress' and deadline_kind = 'dated' order by id limit 1000`,
    );
    const complete = (id: number) =>
      h.query(
        `update tasks set status = 'completed', progress = 100, completed_on = $2::date, version = version + 1 where id = $1`,
        [id, today],
      );
    let i = 0;
    const withTrigger = await time(400, 20, () => complete(open[i++]!.id));
    await h.query('alter table tasks disable trigger tasks_tally');
    const withoutTrigger = await time(400, 20, () => complete(open[i++]!.id));
    await h.query('alter table tasks enable trigger tasks_tally');
    await h.query(`select task_tallies_rebuild($1::date)`, [today]);
    await h.query('analyze');

    const app = await startApp({
      port: Number(process.env.BENCH_PORT ?? 3260),
      databaseUrl: db.url,
      env: { SEED_DEMO: 'false', JOBS_WORKER: 'off' },
      quiet: true,
    });
    const pages: { path: string; r: ReturnType<typeof summary>; bytes: number }[] = [];
    try {
      const cookie = await signInOverHttp(app.baseUrl, 'lanhdao@demo.gov.vn', DEMO_PASSWORD);
      for (const path of [
        '/reports',
        `/reports?agency=${agencyId}`,
        '/reports/agencies',
        '/reports/areas',
        '/reports/sessions',
      ]) {
        let bytes = 0;
        const r = await time(path === '/reports' ? 200 : path.endsWith('sessions') ? 30 : 60, 5, async () => {
          const res = await fetch(app.baseUrl + path, { headers: { cookie } });
          const body = await res.text();
          if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
          bytes = Buffer.byteLength(body);
        });
        pages.push({ path, r, bytes });
        console.info(`${path}: median ${ms(r.median)} p95 ${ms(r.p95)}`);
      }
    } finally {
      await app.stop();
    }

    const org = rows[0]!;
    const one = rows[1]!;
    const ratio = (r: Row) => r.lib.median / r.bare.median;
    const worst = Math.max(...rows.map(ratio));
    const overview = pages[0]!;
    const checks = [
      [`lib/ within 1.5× of bare SQL (worst ratio ${worst.toFixed(2)}×)`, worst <= 1.5],
      [`org-wide summary under 50 ms (lib median ${ms(org.lib.median)})`, org.lib.median < 50],
      [`one agency under 2 ms (lib median ${ms(one.lib.median)})`, one.lib.median < 2],
      [`overview page p95 under 200 ms (${ms(overview.r.p95)})`, overview.r.p95 < 200],
    ] as const;
    const md = `## Dashboard on 1,000,000 tasks (\`npm run bench:dashboard\`)

${today} · ${machine()} · PostgreSQL 15 (local, default settings) · ${total.toLocaleString('en')} tasks, ${SIZE.agencies} generated agencies,
${SIZE.sessions.toLocaleString('en')} sessions, ${(SIZE.sessions * SIZE.directivesPerSession).toLocaleString('en')} directives; ${cells.toLocaleString('en')} tally cells.
${reused ? 'A kept database, reused (`BENCH_DB`).' : `Generated in ${(generated / 1000).toFixed(0)} s (bulk load with the triggers off, then one recount of the tallies).`}

| Summary | Runs | Bare SQL median | Bare SQL p95 | lib/ median | lib/ p95 | lib/ ÷ bare |
| --- | --- | --- | --- | --- | --- | --- |
${rows.map((r) => `| ${r.name} | ${r.lib.n} | ${ms(r.bare.median)} | ${ms(r.bare.p95)} | ${ms(r.lib.median)} | ${ms(r.lib.p95)} | ${ratio(r).toFixed(2)}× |`).join('\n')}

Before and after: the org-wide summary counted from the tasks (no tallies) takes ${ms(before.median)} median
(${ms(before.p95)} p95) as bare SQL and ${ms(beforeLib.median)} through lib/; from the tallies, ${ms(org.lib.median)}:
${(before.median / org.lib.median).toFixed(0)}× faster. With tallies a week behind (the daily roll not run), readers add the
week's passed deadlines: ${ms(stale.median)} median. Rolling them forward a week took ${ms(roll)} (${moved[0]?.n ?? 0} cells changed).

The trigger's cost on a write (completing one task, one statement, autocommit): ${ms(withTrigger.median)} median with it,
${ms(withoutTrigger.median)} without (${withTrigger.n} writes each).

| Page (built app, leader, sequential) | Requests | Median | p95 | HTML |
| --- | --- | --- | --- | --- |
${pages.map((p) => `| \`${p.path}\` | ${p.r.n} | ${ms(p.r.median)} | ${ms(p.r.p95)} | ${(p.bytes / 1024).toFixed(0)} KB |`).join('\n')}

The by-session view counts from the tasks (sessions are too many to keep tally cells for: one cell per agency and
session would be as many as the tasks), so it costs what counting costs; the other views read the tallies.
The overview's month-by-month trend reads the month tallies (decision 100: ${monthCells.toLocaleString('en')} cells), not
the tasks completed or due in the last twelve months (about 190,000 here) it counted before.

Targets: ${checks.map(([label, ok]) => `${label}: **${ok ? 'met' : 'NOT met'}**`).join('; ')}.`;
    writeSection('dashboard', md);
    console.info(md);
    if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    await h.close();
    if (!db.reused) await db.drop();
  }
}

/** A database kept between runs under a given name: made if missing (`reused` false), else reused. */
async function keptDatabase(name: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error('BENCH_DB: a lower-case database name');
  if (!(await postgresReachable())) return null;
  const found = await adminSql((sql) => sql`select 1 from pg_database where datname = ${name}`);
  if (found.length === 0) await adminSql((sql) => sql.unsafe(`create database ${name}`));
  return { url: databaseUrl(name), reused: found.length > 0, drop: async () => undefined };
}

async function tasksPresent(h: DatabaseHandle) {
  const [row] = await h.query<{ n: boolean }>(
    `select to_regclass('tasks') is not null and exists (select 1 from tasks) as n`,
  );
  return row?.n === true;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
