import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTicks } from './ticks';

describe('count axis ticks', () => {
  it('are whole numbers for small counts, where a chart library would draw 0.5, 1.5', () => {
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(2)).toEqual([0, 1, 2]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(64)).toEqual([0, 20, 40, 60, 80]);
  });

  it('always start at 0, rise by one whole step, reach the maximum, and stay few', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), (max) => {
        const ticks = countTicks(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.every(Number.isInteger)).toBe(true);
        const step = ticks[1]! - ticks[0]!;
        expect(step).toBeGreaterThanOrEqual(1);
        expect(ticks.every((v, i) => v === i * step)).toBe(true);
        expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
        expect(ticks.at(-2) ?? -1).toBeLessThan(Math.max(max, 1));
        expect(ticks.length).toBeLessThanOrEqual(6);
      }),
    );
  });
});
