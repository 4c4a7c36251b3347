/**
 * Time bounds that hold on a loaded machine (decision 089). A wall clock counts the time a test waits for a core:
 * with a load average of 20 on CI's two cores, a check that takes 0.3 s alone took 4 s, and a bound meant to catch
 * catastrophic backtracking failed code that was fine. CPU time counts only what this process ran, on all its threads
 * (the main one, the garbage collector's, libuv's and zlib's pool, an in-process PGlite), so waiting for a core adds
 * nothing to it. Work in a child process (pdftoppm, tesseract, soffice, the PDF reader) is not counted: tests of that
 * assert a count or a size instead, or keep a generous wall-clock bound and say why.
 */

/** This process's CPU time (user and system, all threads) in milliseconds while `run` runs, sync or async. */
export async function cpuMs(run: () => unknown): Promise<number> {
  const before = process.cpuUsage();
  await run();
  const used = process.cpuUsage(before);
  const ms = (used.user + used.system) / 1000;
  if (process.env.CPU_TIME_LOG) console.info(`cpu ${ms.toFixed(1)} ms`);
  return ms;
}

/** The median of `runs` CPU timings of `run`. */
export async function medianCpuMs(run: () => unknown, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await cpuMs(run));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * How the CPU time grows with the input: the median time of `run(large)` over that of `run(small)` (after one warm-up
 * run of the small input, so compiling the code is not counted against it). With `large` four times `small`, linear
 * work gives about 4 and quadratic about 16; callers assert it below `GROWTH_LIMIT`. The small time is floored at
 * `floorMs` (10 ms): below it a collection of garbage or a compiler tier in one run is most of the time, and a run of
 * 5 ms against 49 read 10.5 on a loaded machine; a quadratic step that stays under it on the small input is harmless.
 */
export async function cpuGrowth<T>(
  run: (input: T) => unknown,
  small: T,
  large: T,
  { runs = 3, floorMs = 10 }: { runs?: number; floorMs?: number } = {},
): Promise<{ ratio: number; smallMs: number; largeMs: number }> {
  await run(small); // warm up
  const smallMs = await medianCpuMs(() => run(small), runs);
  const largeMs = await medianCpuMs(() => run(large), runs);
  const ratio = largeMs / Math.max(smallMs, floorMs);
  if (process.env.CPU_TIME_LOG)
    console.info(`cpu growth ${ratio.toFixed(2)} (${smallMs.toFixed(1)} → ${largeMs.toFixed(1)} ms)`);
  return { ratio, smallMs, largeMs };
}

/** Between linear (4) and quadratic (16) growth for a fourfold input, far enough from both for a shared machine. */
export const GROWTH_LIMIT = 10;
