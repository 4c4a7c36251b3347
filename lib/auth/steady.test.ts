import { describe, expect, it } from 'vitest';
import { steady } from './steady';

describe('steady', () => {
  it('answers no sooner than its time, quick work or slow, success or failure, and with what the work gave', async () => {
    const timed = async (work: () => Promise<unknown>) => {
      const t0 = performance.now();
      const outcome = await steady(150, work).then(
        (v) => ({ v }),
        (e: unknown) => ({ e }),
      );
      return { ms: performance.now() - t0, outcome };
    };
    const quick = await timed(async () => 'sent');
    const slow = await timed(() => new Promise((r) => setTimeout(() => r('sent'), 60)));
    const failed = await timed(async () => {
      throw new Error('throttled');
    });
    // The timer may fire a millisecond early by the clock it is read with.
    for (const r of [quick, slow, failed]) expect(r.ms).toBeGreaterThanOrEqual(148);
    expect(quick.outcome).toEqual({ v: 'sent' });
    expect(slow.outcome).toEqual({ v: 'sent' });
    expect((failed.outcome as { e: Error }).e.message).toBe('throttled');
  });
});
