import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECURRENCE_PERIODS } from '@/db/schema/enums';
import { translatorFor } from '@/lib/i18n/translate';
import { addDays } from '@/lib/time';
import { missedPeriods, periodKey, periodLabel, periodLabels, periodsBetween } from './periods';

describe('reporting periods', () => {
  it('names periods in the reader’s language', () => {
    expect(periodKey('quarterly', '2024-05-31')).toBe('2024-Q2');
    const vi = translatorFor('vi');
    expect(periodLabel('2024-Q2', vi)).toBe('Quý II/2024');
    expect(periodLabel('2024-03', vi)).toBe('Tháng 03/2024');
    expect(periodLabel('2024', vi)).toBe('Năm 2024');
    const en = translatorFor('en');
    expect(periodLabel('2024-Q4', en)).toBe('Quarter IV, 2024');
    expect(periodLabel('2024-03', en)).toBe('03/2024');
    expect(periodLabel('2024', en)).toBe('2024');
  });

  it('formats each period once per language, with the text of each call', () => {
    const keys = ['2024-Q2', '2024-03', '2024', '2019-Q4', '2031-12'];
    for (const locale of ['vi', 'en'] as const) {
      const t = translatorFor(locale);
      let calls = 0;
      const counted = ((key: string, values?: Record<string, unknown>) => {
        calls++;
        return t(key as never, values as never);
      }) as typeof t;
      const label = periodLabels(counted);
      for (let round = 0; round < 3; round++) for (const key of keys) expect(label(key)).toBe(periodLabel(key, t));
      // A second page's labels come from the same memory.
      for (const key of keys) expect(periodLabels(counted)(key)).toBe(periodLabel(key, t));
      expect(calls).toBe(keys.length);
    }
    // Each language its own: the English translator does not read the Vietnamese labels.
    expect(periodLabels(translatorFor('vi'))('2024-Q2')).toBe('Quý II/2024');
    expect(periodLabels(translatorFor('en'))('2024-Q2')).toBe('Quarter II, 2024');
  });

  it('lists the quarters between two dates and the missed ones (the current quarter is still open)', () => {
    expect(periodsBetween('quarterly', '2024-02-05', '2024-11-29')).toEqual([
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
      '2024-Q4',
    ]);
    expect(missedPeriods('quarterly', '2024-02-05', '2024-11-29', ['2024-Q2'])).toEqual(['2024-Q1', '2024-Q3']);
    expect(missedPeriods('monthly', '2024-11-15', '2025-01-02', [])).toEqual(['2024-11', '2024-12']);
    expect(missedPeriods('yearly', '2024-02-05', '2026-11-29', ['2024'])).toEqual(['2025']);
  });

  it('property: consecutive, unique periods that cover both ends', () => {
    const day = fc.integer({ min: 0, max: 4000 }).map((n) => addDays('2015-01-01', n));
    fc.assert(
      fc.property(fc.constantFrom(...RECURRENCE_PERIODS), day, fc.integer({ min: 0, max: 2000 }), (p, from, span) => {
        const to = addDays(from, span);
        const keys = periodsBetween(p, from, to);
        expect(keys[0]).toBe(periodKey(p, from));
        expect(keys.at(-1)).toBe(periodKey(p, to));
        expect(new Set(keys).size).toBe(keys.length);
        expect([...keys].sort()).toEqual(keys);
      }),
    );
  });
});
