import 'server-only';
import { resolveDb } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/policy';
import { enqueue } from './queue';
import { runWorkerNow } from './worker';

/** The administrator's button: queues a daily sweep for now and runs this server's worker at once. */
export async function runDailySweepNow(input: { actor: Actor; now?: Date }) {
  assertCan(input.actor, 'jobs.manage');
  const db = await resolveDb();
  const now = input.now ?? new Date();
  await enqueue(db, { name: 'daily-sweep', runAt: now, uniqueKey: `daily-sweep@manual:${now.toISOString()}` });
  return runWorkerNow(db);
}
