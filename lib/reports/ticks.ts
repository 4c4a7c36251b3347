/**
 * The value-axis ticks of a chart of counts: whole numbers only (1, 2, 3, never 0.5 or 1.5), from 0 to a round
 * top at or above `max`, about `target` of them, in steps of 1, 2 or 5 times a power of ten.
 */
export function countTicks(max: number, target = 5): number[] {
  const top = Math.max(1, Math.ceil(Number.isFinite(max) ? max : 0));
  const raw = top / Math.max(1, target - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!,
  );
  const end = Math.ceil(top / step) * step;
  return Array.from({ length: end / step + 1 }, (_, i) => i * step);
}
