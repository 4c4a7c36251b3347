import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { jobs, type Job } from '@/db/schema';
import { queryRows } from '@/lib/db';
import { safeError } from '@/lib/log';

export type JobHandler = (ctx: { db: Db; job: Job; now: Date }) => Promise<Record<string, unknown> | void>;

/** Queues a job; with a `uniqueKey`, a second request for the same key queues nothing (returns null). */
export async function enqueue(
  db: DbOrTx,
  job: { name: string; payload?: Record<string, unknown>; runAt?: Date; uniqueKey?: string; maxAttempts?: number },
): Promise<number | null> {
  const [row] = await db
    .insert(jobs)
    .values({
      name: job.name,
      payload: job.payload ?? {},
      runAt: job.runAt ?? new Date(),
      uniqueKey: job.uniqueKey ?? null,
      maxAttempts: job.maxAttempts ?? 3,
    })
    .onConflictDoNothing({ target: jobs.uniqueKey })
    .returning({ id: jobs.id });
  return row?.id ?? null;
}

/**
 * Claims the next job that is due, or one whose worker stopped answering (its lock expired), for this
 * worker. `for update skip locked`: concurrent workers on any number of servers each get a different job.
 */
export async function claimJob(db: Db, workerId: string, now: Date, lockMs = 5 * 60_000): Promise<Job | null> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`update ${jobs} set status = 'running', attempts = attempts + 1, locked_by = ${workerId},
          locked_until = ${new Date(now.getTime() + lockMs).toISOString()}::timestamptz, started_at = ${now.toISOString()}::timestamptz
        where id = (
          select id from ${jobs}
          where (status = 'queued' and run_at <= ${now.toISOString()}::timestamptz)
             or (status = 'running' and locked_until < ${now.toISOString()}::timestamptz)
          order by run_at, id limit 1 for update skip locked)
        returning id`,
  );
  if (!row) return null;
  const [job] = await db
    .select()
    .from(jobs)
    .where(eq(jobs.id, Number(row.id)));
  return job ?? null;
}

/** Records a job's end, only if this worker still holds it; a failure is retried later (1, 4, 9 … minutes) until `maxAttempts`. */
async function finish(db: Db, job: Job, workerId: string, now: Date, outcome: { result?: object; error?: unknown }) {
  const held = and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running'));
  if (outcome.error === undefined) {
    await db
      .update(jobs)
      .set({
        status: 'done',
        result: (outcome.result ?? {}) as Record<string, unknown>,
        finishedAt: now,
        lockedUntil: null,
        lastError: null,
      })
      .where(held);
    return;
  }
  // The administrator reads it (Công việc nền): the message without a failed query's values.
  const message = outcome.error instanceof Error ? (safeError(outcome.error).message as string) : String(outcome.error);
  const retry = job.attempts < job.maxAttempts;
  await db
    .update(jobs)
    .set({
      status: retry ? 'queued' : 'failed',
      runAt: retry ? new Date(now.getTime() + job.attempts ** 2 * 60_000) : job.runAt,
      lastError: message.slice(0, 2000),
      finishedAt: retry ? null : now,
      lockedUntil: null,
    })
    .where(held);
}

/** Runs due jobs one after another until none is left (or `max`); returns how many ran. */
export async function runDueJobs(
  db: Db,
  handlers: Record<string, JobHandler>,
  options: { workerId: string; now?: () => Date; max?: number },
): Promise<number> {
  const now = options.now ?? (() => new Date());
  let ran = 0;
  while (ran < (options.max ?? 20)) {
    const job = await claimJob(db, options.workerId, now());
    if (!job) break;
    ran++;
    const handler = handlers[job.name];
    try {
      if (!handler) throw new Error(`no handler for job "${job.name}"`);
      const result = await handler({ db, job, now: now() });
      await finish(db, job, options.workerId, now(), { result: result ?? {} });
    } catch (error) {
      await finish(db, job, options.workerId, now(), { error });
    }
  }
  return ran;
}
