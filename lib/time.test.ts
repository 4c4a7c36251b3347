import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, vnDate, vnTime, vnToInstant } from './time';

describe('Vietnam time helpers', () => {
  it('formats dates as dd/MM/yyyy in Vietnam time', () => {
    expect(formatDate('2024-02-02')).toBe('02/02/2024');
    // 17:30 UTC on 1 Feb is 00:30 on 2 Feb in Vietnam.
    expect(formatDate(new Date('2024-02-01T17:30:00Z'))).toBe('02/02/2024');
    expect(formatDateTime(new Date('2024-02-02T01:00:00Z'))).toBe('02/02/2024 08:00');
  });

  it('round-trips Vietnam wall-clock time', () => {
    const instant = vnToInstant('2024-02-02', '08:00');
    expect(instant.toISOString()).toBe('2024-02-02T01:00:00.000Z');
    expect(vnDate(instant)).toBe('2024-02-02');
    expect(vnTime(instant)).toBe('08:00');
  });
});

describe('vnToInstant in the first century', () => {
  it('keeps the years 0–99 as written (Date.UTC reads them as 1900–1999)', () => {
    expect(vnToInstant('0050-01-02').getUTCFullYear()).toBe(50);
    expect(vnToInstant('2026-03-05', '08:30').toISOString()).toBe('2026-03-05T01:30:00.000Z');
  });
});

describe('vnDate and formatDate read the shifted fields as toISOString wrote them (issue 21, decision 092)', () => {
  const before = (now: Date) => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const formattedBefore = (now: Date) => {
    const [y, m, d] = before(now).split('-');
    return `${d}/${m}/${y}`;
  };
  it('gives the same text for instants across the years 0–9999 and beyond, and around midnight in Vietnam', () => {
    const instants: Date[] = [];
    for (let i = 0; i < 20_000; i++) instants.push(new Date(-62_198_755_200_000 + Math.random() * 2.6e14));
    for (const iso of [
      '2026-12-04T16:59:59.999Z',
      '2026-12-04T17:00:00.000Z',
      '2024-02-28T17:00:00Z',
      '1999-12-31T16:59:59Z',
    ])
      instants.push(new Date(iso));
    const far = new Date(0);
    far.setUTCFullYear(12_345, 0, 1);
    const ancient = new Date(0);
    ancient.setUTCFullYear(-5, 0, 1);
    const firstCentury = new Date(0);
    firstCentury.setUTCFullYear(7, 5, 30);
    instants.push(
      far,
      ancient,
      firstCentury,
      new Date(Date.UTC(9999, 11, 31, 16, 59)),
      new Date(Date.UTC(9999, 11, 31, 17)),
    );
    for (const now of instants) {
      expect(vnDate(now), now.toISOString()).toBe(before(now));
      expect(formatDate(now), now.toISOString()).toBe(formattedBefore(now));
    }
    expect(vnDate(new Date('2026-12-04T17:00:00Z'))).toBe('2026-12-05');
    expect(formatDate(firstCentury)).toBe('30/06/0007');
  });
  it('still refuses an invalid date as toISOString did', () => {
    expect(() => vnDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => formatDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
