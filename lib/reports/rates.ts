/**
 * Rates as the Government's reports print them: two decimals, truncated rather than rounded
 * (16,051 completed and 223 overdue gives 98.62%, not 98.63%).
 */
export function truncatePercent(rate: number | null): number | null {
  if (rate === null) return null;
  return Math.floor(rate * 10000 + 1e-9) / 100;
}

/**
 * Number formats made once per process: `n.toLocaleString(tag)` builds a new `Intl.NumberFormat` on every call
 * (about 0.05 ms), and a report page formats dozens of counts. The output is the same (`toLocaleString` is
 * specified as `new Intl.NumberFormat(tag, options).format(n)`).
 */
const COUNT = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };
const PERCENT_OPTIONS = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
const PERCENT = {
  vi: new Intl.NumberFormat('vi-VN', PERCENT_OPTIONS),
  en: new Intl.NumberFormat('en-GB', PERCENT_OPTIONS),
};

/** A count as the page's language writes it: "12.345" in Vietnamese, "12,345" in English. */
export function formatCount(n: number, locale: 'vi' | 'en' = 'vi'): string {
  return COUNT[locale === 'en' ? 'en' : 'vi'].format(n);
}

/** "98,62%" in Vietnamese, "98.62%" in English; "—" when nothing has come due. */
export function formatPercent(rate: number | null, locale: 'vi' | 'en' = 'vi'): string {
  const p = truncatePercent(rate);
  if (p === null) return '—';
  return `${PERCENT[locale === 'en' ? 'en' : 'vi'].format(p)}%`;
}
