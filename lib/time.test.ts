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
