import type { RecurrencePeriod } from '@/db/schema';
import type { IsoDate } from '@/lib/time';

export type Period = RecurrencePeriod;

/** The reporting period containing a Vietnam calendar date: "2024-03", "2024-Q1", "2024". */
export function periodKey(period: Period, day: IsoDate): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  if (period === 'monthly') return `${y}-${String(m).padStart(2, '0')}`;
  if (period === 'quarterly') return `${y}-Q${Math.ceil(m / 3)}`;
  return String(y);
}

/** "Tháng 03/2024", "Quý I/2024", "Năm 2024". */
export function periodLabel(key: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  if (q) return `Quý ${['I', 'II', 'III', 'IV'][Number(q[2]) - 1]}/${q[1]}`;
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return `Tháng ${m[2]}/${m[1]}`;
  return `Năm ${key}`;
}

/** Every period from the one containing `from` to the one containing `to`, in order. */
export function periodsBetween(period: Period, from: IsoDate, to: IsoDate): string[] {
  if (to < from) return [];
  const keys: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const last = periodKey(period, to);
  for (let guard = 0; guard < 1200; guard++) {
    const key = periodKey(period, `${y}-${String(m).padStart(2, '0')}-01`);
    if (keys.at(-1) !== key) keys.push(key);
    if (key === last) break;
    m += period === 'monthly' ? 1 : period === 'quarterly' ? 3 : 12;
    if (period === 'quarterly') m = Math.floor((m - 1) / 3) * 3 + 1;
    while (m > 12) {
      m -= 12;
      y++;
    }
  }
  return keys;
}

/**
 * The periods a recurring task should have reported on by `today`: every period from the one it was
 * assigned in up to the one before the current (the current one is still open), less those reported.
 */
export function missedPeriods(period: Period, assignedOn: IsoDate, today: IsoDate, reported: string[]): string[] {
  const all = periodsBetween(period, assignedOn, today);
  const closed = all.slice(0, -1);
  return closed.filter((k) => !reported.includes(k));
}
