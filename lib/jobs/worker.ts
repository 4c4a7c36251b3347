import 'server-only';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '@/db/client';
import { log } from '@/lib/log';
import { deliverOutbox } from '@/lib/notifications/mailer';
import { JOB_HANDLERS } from './handlers';
import { runDueJobs } from './queue';
import { scheduleDue } from './schedules';

/**
 * Names this process in the queue's locks. Host name and pid alone can repeat across servers (containers on
 * the host's network share its host name and often run the app as pid 1), and a job finished under the wrong
 * name could be overwritten by the server that lost it; the random part keeps every server's name its own.
 */
export const WORKER_ID = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

/** One pass of the worker: queue what the schedules call for, run due jobs, send (or keep) pending emails. */
export async function workerTick(db: Db, options: { now?: () => Date; workerId?: string } = {}) {
  const now = options.now ?? (() => new Date());
  await scheduleDue(db, now());
  const ran = await runDueJobs(db, JOB_HANDLERS, { workerId: options.workerId ?? WORKER_ID, now });
  const mail = await deliverOutbox(db);
  return { ran, mail };
}

type State = { timer?: NodeJS.Timeout; busy?: Promise<unknown> };
const state = globalThis as unknown as { __steeringJobs?: State };

/**
 * Starts this process's worker: a pass every `intervalMs` (30 s by default). Every app server runs one;
 * the queue's locks and unique keys make each job and email happen once (docs/decisions.md 019).
 */
export function startJobWorker(getDb: () => Promise<Db>, intervalMs = 30_000): void {
  const s = (state.__steeringJobs ??= {});
  if (s.timer) return;
  const tick = () => {
    s.busy ??= getDb()
      .then((db) => workerTick(db))
      .catch((error: unknown) => log.error({ scope: 'jobs', err: error }))
      .finally(() => (s.busy = undefined));
  };
  setTimeout(tick, 3_000).unref();
  s.timer = setInterval(tick, intervalMs);
  s.timer.unref();
}

/** Runs a pass now (the admin's button), waiting for one already under way first. */
export async function runWorkerNow(db: Db) {
  const s = (state.__steeringJobs ??= {});
  if (s.busy) await s.busy.catch(() => undefined);
  return workerTick(db);
}
