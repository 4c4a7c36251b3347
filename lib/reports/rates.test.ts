import { describe, expect, it } from 'vitest';
import { timelinessRates } from '@/lib/tasks/timeliness';
import { formatCount, formatPercent, truncatePercent } from './rates';

describe('rates as published', () => {
  it("reproduces a published report's arithmetic: 16,051 completed (14,068 on time, 1,983 late), 223 overdue → 98.62%", () => {
    const rates = timelinessRates({
      completed_on_time: 14_068,
      completed_late: 1_983,
      in_progress_on_time: 5_640,
      overdue: 223,
      undated: 0,
      recurring: 0,
    });
    expect(truncatePercent(rates.completionRate)).toBe(98.62);
    expect(formatPercent(rates.completionRate)).toBe('98,62%');
    expect(formatPercent(rates.overdueRate, 'en')).toBe('1.37%');
  });

  it('shows a dash when nothing has come due, and exact values exactly', () => {
    expect(formatPercent(null)).toBe('—');
    expect(truncatePercent(0.5)).toBe(50);
    expect(truncatePercent(1)).toBe(100);
  });
});

describe('formatCount', () => {
  it('writes a count as toLocaleString does in each language, with a format made once', () => {
    for (const n of [0, 7, 999, 1000, 12345, 1234567, -42, 3.5]) {
      expect(formatCount(n, 'vi')).toBe(n.toLocaleString('vi-VN'));
      expect(formatCount(n, 'en')).toBe(n.toLocaleString('en-GB'));
    }
    expect(formatCount(12345, 'vi')).toBe('12.345');
    expect(formatCount(12345, 'en')).toBe('12,345');
  });
});
