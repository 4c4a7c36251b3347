import 'server-only';
import { runWeeklyDigest } from '@/lib/notifications/digest';
import { runDailySweep } from '@/lib/notifications/sweep';
import { vnDate } from '@/lib/time';
import type { JobHandler } from './queue';

/** What each job name does. The day is the Vietnam day of the run (the queue's clock). */
export const JOB_HANDLERS: Record<string, JobHandler> = {
  'daily-sweep': async ({ db, now }) => runDailySweep(db, vnDate(now)),
  'weekly-digest': async ({ db, now }) => runWeeklyDigest(db, vnDate(now)),
};
