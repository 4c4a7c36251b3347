import type { RecurrencePeriod } from '@/db/schema';
import type { Translate } from '@/lib/i18n/message';
import type { IsoDate } from '@/lib/time';

export type Period = RecurrencePeriod;

/** The reporting period containing a Vietnam calendar date: "2024-03", "2024-Q1", "2024". */
export function periodKey(period: Period, day: IsoDate): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  if (period === 'monthly') return `${y}-${String(m).padStart(2, '0')}`;
  if (period === 'quarterly') return `${y}-Q${Math.ceil(m / 3)}`;
  return String(y);
}

/**
 * A period's name in the reader's language: "Tháng 03/2024", "Quý II/2024", "Năm 2024" in Vietnamese. The month
 * and year go as written (a number would be formatted with a thousands separator).
 */
export function periodLabel(key: string, t: Translate): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  if (q) return t('fields.periodQuarter', { quarter: ROMAN[Number(q[2]) - 1]!, year: q[1]! });
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return t('fields.periodMonth', { month: m[2]!, year: m[1]! });
  return t('fields.periodYear', { year: key });
}
const ROMAN = ['I', 'II', 'III', 'IV'];

/** Labels already formatted, by translator (one a language per process: lib/i18n/translate.ts) and period key. */
const labelled = new WeakMap<Translate, Map<string, string>>();

/**
 * `periodLabel` with `t`, each key formatted once per process: a recurring task's page names every period since its
 * assignment in two or three lists (about 60 formatting calls for a quarterly task of five years).
 */
export function periodLabels(t: Translate): (key: string) => string {
  let known = labelled.get(t);
  if (!known) labelled.set(t, (known = new Map()));
  const cache = known;
  return (key) => {
    let label = cache.get(key);
    if (label === undefined) {
      // Keys come from the database and the clock: a bounded set, but a bound costs nothing.
      if (cache.size >= 10_000) cache.clear();
      cache.set(key, (label = periodLabel(key, t)));
    }
    return label;
  };
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
