import 'server-only';
import type { DbOrTx } from '@/db/client';
import { vnToInstant, vnDate, addDays } from '@/lib/time';
import { enqueue } from './queue';

/**
 * A job that runs at a Vietnam time of day, every day or on one weekday (1 = Monday). Its label, for the
 * administrator's jobs page, is `jobs.scheduleLabels.<name>` in the catalogue (lib/i18n).
 */
export type Schedule = { name: 'daily-sweep' | 'weekly-digest'; time: string; weekday?: number };

export const SCHEDULES: readonly Schedule[] = [
  { name: 'daily-sweep', time: '06:00' },
  { name: 'weekly-digest', time: '07:00', weekday: 1 },
];

function occurrenceOn(s: Schedule, day: string): Date | null {
  if (s.weekday !== undefined && new Date(`${day}T00:00:00Z`).getUTCDay() !== s.weekday % 7) return null;
  return vnToInstant(day, s.time);
}

/** The latest occurrence at or before `now`, and the first after it (Vietnam days). */
export function occurrences(s: Schedule, now: Date): { last: Date | null; next: Date } {
  const today = vnDate(now);
  let last: Date | null = null;
  for (let i = 0; i <= 7 && !last; i++) {
    const at = occurrenceOn(s, addDays(today, -i));
    if (at && at <= now) last = at;
  }
  for (let i = 0; i <= 8; i++) {
    const at = occurrenceOn(s, addDays(today, i));
    if (at && at > now) return { last, next: at };
  }
  throw new Error(`schedule ${s.name}: no next occurrence`);
}

/**
 * Queues each schedule's latest occurrence (if it has not been queued yet: a server that was down
 * catches up) and its next one. The occurrence's time is its unique key, so any number of servers
 * calling this at once queue each occurrence once.
 */
export async function scheduleDue(db: DbOrTx, now: Date): Promise<void> {
  for (const s of SCHEDULES) {
    const { last, next } = occurrences(s, now);
    for (const at of [last, next]) {
      if (at) await enqueue(db, { name: s.name, runAt: at, uniqueKey: `${s.name}@${at.toISOString()}` });
    }
  }
}
