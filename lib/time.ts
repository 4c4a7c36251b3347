/**
 * Vietnam time. Every date shown and every deadline rule uses Asia/Ho_Chi_Minh (UTC+7, no daylight
 * saving since 1975), whatever the server's zone. Calendar dates travel as 'YYYY-MM-DD' strings.
 */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

export type IsoDate = string;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The Vietnam calendar day of an instant as [yyyy, MM, dd], read from the shifted date's fields (about a fifth of
 * `toISOString` and slicing, which lists of sessions and dates call hundreds of times a page); null outside the
 * years 0–9999, where `toISOString` writes the year otherwise, or for an invalid date.
 */
function vnDay(now: Date): [string, string, string] | null {
  const d = new Date(now.getTime() + VN_OFFSET_MS);
  const y = d.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) return null;
  return [String(y).padStart(4, '0'), pad2(d.getUTCMonth() + 1), pad2(d.getUTCDate())];
}

/** The Vietnam calendar date at the instant `now`. */
export function vnDate(now: Date = new Date()): IsoDate {
  const day = vnDay(now);
  return day ? `${day[0]}-${day[1]}-${day[2]}` : new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The UTC instant of a Vietnam wall-clock date and time. */
export function vnToInstant(date: IsoDate, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d); // Date.UTC would read the years 0–99 as 1900–1999
  utc.setUTCHours(hh, mm);
  return new Date(utc.getTime() - VN_OFFSET_MS);
}

/** Vietnam wall-clock time of an instant as 'HH:mm'. */
export function vnTime(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(11, 16);
}

/** dd/MM/yyyy, from a calendar date or an instant (taken in Vietnam time). */
export function formatDate(value: IsoDate | Date | null | undefined): string {
  if (!value) return '';
  const [y, m, d] =
    typeof value === 'string' ? value.slice(0, 10).split('-') : (vnDay(value) ?? vnDate(value).split('-'));
  return `${d}/${m}/${y}`;
}

/** dd/MM/yyyy HH:mm in Vietnam time. */
export function formatDateTime(instant: Date | null | undefined): string {
  if (!instant) return '';
  return `${formatDate(instant)} ${vnTime(instant)}`;
}

/** Whole days from `from` to `to` (calendar dates). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
