/**
 * Rates as the Government's reports print them: two decimals, truncated rather than rounded
 * (16,051 completed and 223 overdue gives 98.62%, not 98.63%).
 */
export function truncatePercent(rate: number | null): number | null {
  if (rate === null) return null;
  return Math.floor(rate * 10000 + 1e-9) / 100;
}

/** "98,62%" in Vietnamese, "98.62%" in English; "—" when nothing has come due. */
export function formatPercent(rate: number | null, locale: 'vi' | 'en' = 'vi'): string {
  const p = truncatePercent(rate);
  if (p === null) return '—';
  return `${p.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
}
