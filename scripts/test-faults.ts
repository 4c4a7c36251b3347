/**
 * npm run test:faults: PostgreSQL restarted under load, and the app started while PostgreSQL is down, using
 * the local server's `pg_ctlcluster` (needs root or the postgres user; skipped with a message when absent).
 * Checks: no acknowledged write is lost; errors happen only while the database is away; the app serves
 * again by itself afterwards; an app started with the database down comes good once it is up.
 */
import { spawnSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { openPostgres } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { agencies, taskUpdates, tasks, users } from '../db/schema';
import { loadActor } from '../lib/auth/actor';
import { commentOnTask } from '../lib/tasks/mutations';
import { DEMO_PASSWORD } from '../seeds/demo/accounts';
import { seedDatabase } from '../seeds';
import { createThrowawayDatabase, signInOverHttp, startApp } from './lib/app-server';

/** The Debian cluster serving 127.0.0.1:5432 ("15 main"), from pg_lsclusters; null when there is none. */
function findCluster(): string[] | null {
  if (process.env.PG_CLUSTER) return process.env.PG_CLUSTER.split(' ');
  const r = spawnSync('pg_lsclusters', ['-h'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const line = r.stdout.split('\n').find((l) => /^\S+\s+\S+\s+5432\s+online\b/.test(l));
  return line ? line.split(/\s+/).slice(0, 2) : null;
}
const CLUSTER = findCluster() ?? [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function cluster(action: 'restart' | 'stop' | 'start') {
  const r = spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', ...CLUSTER, action], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pg_ctlcluster ${action}: ${r.stderr || r.error}`);
}
async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - start;
    await sleep(200);
  }
  throw new Error(`not recovered within ${timeoutMs} ms`);
}
const assert = (ok: boolean, message: string) => {
  if (!ok) throw new Error(message);
  console.info(`  ok: ${message}`);
};

async function main() {
  if (CLUSTER.length === 0) {
    console.info('test:faults skipped: no pg_ctlcluster-managed PostgreSQL cluster serves 127.0.0.1:5432 here');
    return;
  }
  const db = await createThrowawayDatabase('steering_faults');
  if (!db) throw new Error('test:faults needs the local PostgreSQL');
  const h = await openPostgres(db.url, { max: 4 });
  try {
    await migrateDatabase(h);
    await seedDatabase(h.db, { demo: true });
    const [u] = await h.db.select().from(users).where(eq(users.email, 'bonoivu@demo.gov.vn'));
    const actor = (await loadActor(h.db, u!.id, u!.sessionVersion))!;
    const [bnv] = await h.db.select().from(agencies).where(eq(agencies.code, 'BNV'));
    const [task] = await h.db.select().from(tasks).where(eq(tasks.leadAgencyId, bnv!.id)).limit(1);

    console.info('1. PostgreSQL restarts while writes and page reads flow');
    const app = await startApp({ port: 3270, databaseUrl: db.url, env: { JOBS_WORKER: 'off' }, quiet: true });
    try {
      const cookie = await signInOverHttp(app.baseUrl, 'bonoivu@demo.gov.vn', DEMO_PASSWORD);
      const acknowledged: string[] = [];
      const writeErrors: number[] = [];
      const pageStatus: { at: number; status: number }[] = [];
      let running = true;
      const writer = (async () => {
        for (let i = 0; running; i++) {
          const note = `ghi chú ${i}`;
          try {
            await commentOnTask({ actor, taskId: task!.id, note }, h.db);
            acknowledged.push(note);
          } catch {
            writeErrors.push(Date.now());
            await sleep(50);
          }
        }
      })();
      const reader = (async () => {
        while (running) {
          const res = await fetch(`${app.baseUrl}/tasks/${task!.id}`, { headers: { cookie } }).catch(() => null);
          pageStatus.push({ at: Date.now(), status: res?.status ?? 0 });
          await res?.text().catch(() => '');
          await sleep(100);
        }
      })();
      await sleep(2000);
      const outageStart = Date.now();
      cluster('restart');
      const outageEnd = Date.now();
      await sleep(3000);
      running = false;
      await Promise.all([writer, reader]);
      const stored = new Set(
        (await h.db.select({ note: taskUpdates.note }).from(taskUpdates).where(eq(taskUpdates.taskId, task!.id))).map(
          (r) => r.note,
        ),
      );
      const lost = acknowledged.filter((n) => !stored.has(n));
      console.info(
        `  restart took ${outageEnd - outageStart} ms; ${acknowledged.length} writes acknowledged, ${writeErrors.length} refused`,
      );
      assert(acknowledged.length > 50, 'writes flowed before and after the restart');
      assert(lost.length === 0, 'no acknowledged write was lost');
      const grace = 2000;
      assert(
        writeErrors.every((t) => t >= outageStart - 100 && t <= outageEnd + grace),
        `write errors only during the outage (+${grace} ms to reconnect)`,
      );
      const failedPages = pageStatus.filter((p) => p.status !== 200);
      assert(
        failedPages.every((p) => p.at >= outageStart - 100 && p.at <= outageEnd + grace),
        `page errors only during the outage (${failedPages.length} of ${pageStatus.length} reads)`,
      );
      assert(pageStatus.at(-1)?.status === 200, 'the app serves pages again by itself');
    } finally {
      await app.stop();
    }

    console.info('2. The app starts while PostgreSQL is down, and comes good when it is up');
    cluster('stop');
    let late: Awaited<ReturnType<typeof startApp>> | null = null;
    try {
      late = await startApp({ port: 3271, databaseUrl: db.url, env: { JOBS_WORKER: 'off' }, quiet: true });
      const signIn = await fetch(`${late.baseUrl}/sign-in`);
      assert(signIn.status === 200, 'the sign-in page answers while the database is down');
    } finally {
      cluster('start');
    }
    try {
      const recovered = await waitFor(async () => {
        const cookie = await signInOverHttp(late!.baseUrl, 'bonoivu@demo.gov.vn', DEMO_PASSWORD);
        const res = await fetch(`${late!.baseUrl}/tasks`, { headers: { cookie }, redirect: 'manual' });
        return res.status === 200;
      }, 30_000);
      assert(true, `signed in and served pages ${recovered} ms after PostgreSQL came up`);
    } finally {
      await late?.stop();
    }
  } finally {
    await h.close().catch(() => undefined);
    await db.drop();
  }
}

main().then(
  () => console.info('test:faults passed'),
  (error) => {
    console.error('test:faults FAILED:', error instanceof Error ? error.message : error);
    if (CLUSTER.length) spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', ...CLUSTER, 'start']);
    process.exit(1);
  },
);
