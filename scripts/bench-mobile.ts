/**
 * npm run bench:mobile: how the pages load on a mid-range phone, by Lighthouse's mobile run (Lighthouse 12, its
 * default mobile profile: a Moto G Power screen, simulated 4× CPU slowdown and slow 4G, in Debian's Chromium), each
 * page BENCH_MOBILE_RUNS times (default 3), signed in as its reader through the session cookie; medians of LCP, TBT,
 * CLS and the performance score, and the accessibility score (Lighthouse's axe audits).
 *
 * Lighthouse simulates the slowdown from an unthrottled load, so its figures depend less on how busy the machine is
 * than a throttled load does. BENCH_MOBILE_DEVTOOLS=1 measures the same pages the other way, as this script did
 * before Lighthouse could be installed here: the browser itself throttled to the same profile (4× CPU through the
 * DevTools protocol, 150 ms round trip, 1.6 Mbit/s down), metrics read from Chromium's performance entries, axe run
 * on the loaded page. That is the harsher measure (every millisecond of a shared 2-core machine's noise is
 * multiplied by four); with it, BENCH_MOBILE_TRACE=<dir> writes each load's Chromium trace there and prints what the
 * main thread did in its long tasks, and BENCH_MOBILE_CPU=1 prints the JavaScript functions that took the most time.
 *
 * The app runs from the production build on a fresh database with the demo. Writes docs/benchmarks.md (not with
 * BENCH_MOBILE_ONLY=<part of a page's name>, which measures those pages only, nor in the DevTools mode).
 * BENCH_MOBILE_LANTERN=1 prints, for each Lighthouse run, the element of the observed largest paint (from the trace:
 * Lighthouse's own `largest-contentful-paint-element` audit fails with this Chromium) and what Lighthouse's simulated
 * LCP counted: the requests and main-thread tasks of its pessimistic graph, with their simulated end times.
 * BENCH_MOBILE_PORT sets the app's port (default 3295), so two checkouts on one machine can each run it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { machine, summary, writeSection } from './lib/bench-report';
import { createThrowawayDatabase, signInOverHttp, startApp } from './lib/app-server';

const RUNS = Number(process.env.BENCH_MOBILE_RUNS ?? 3);
const TRACE = process.env.BENCH_MOBILE_TRACE;
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

/**
 * What the main thread did inside its long tasks (over 50 ms), by trace event (script evaluation, compilation,
 * style, layout, parsing), each event's own time (its children's taken out), largest first, in ms.
 */
function longTaskWork(json: string): string {
  type Ev = { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number };
  const events = (JSON.parse(json) as { traceEvents: Ev[] }).traceEvents.filter((e) => e.ph === 'X' && e.dur);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.dur! > 50_000);
  const own = new Map<string, number>();
  for (const task of tasks) {
    const inside = events
      .filter(
        (e) =>
          e !== task &&
          e.pid === task.pid &&
          e.tid === task.tid &&
          e.ts >= task.ts &&
          e.ts + e.dur! <= task.ts + task.dur!,
      )
      .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    // Each event's own time: its duration less its direct children's.
    const stack: Ev[] = [];
    const self = new Map<Ev, number>();
    for (const e of inside) {
      while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent, (self.get(parent) ?? parent.dur!) - e.dur!);
      self.set(e, e.dur!);
      stack.push(e);
    }
    let accounted = 0;
    for (const [e, t] of self) {
      own.set(e.name, (own.get(e.name) ?? 0) + t);
      accounted += t;
    }
    own.set('(task, unattributed)', (own.get('(task, unattributed)') ?? 0) + task.dur! - accounted);
  }
  return (
    [...own]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, t]) => `${name} ${(t / 1000).toFixed(0)}`)
      .join(', ') + ` (${tasks.length} long tasks: ${tasks.map((t) => (t.dur! / 1000).toFixed(0)).join(', ')} ms)`
  );
}
/** The JavaScript functions with the most time of their own in a CPU profile, in ms. */
function topFunctions(profile: {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}): string {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const own = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const f = frames.get(id)!;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    own.set(key, (own.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
  });
  return [...own]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([key, t]) => `  ${(t / 1000).toFixed(1)} ms ${key}`)
    .join('\n');
}

const PASSWORD = 'CaiCach@2024';
const TARGET = { lcp: 1500, tbt: 100, cls: 0.05 };

type Metrics = { fcp: number; lcp: number; tbt: number; cls: number; violations: string[] };
type Lighthouse = { score: number; fcp: number; lcp: number; tbt: number; cls: number; a11y: number; failed: string[] };

/** One Lighthouse mobile run of a page (a cold load: Lighthouse clears the cache and storage first). */
async function lighthouseRun(port: number, url: string, cookie: string, attempt = 1): Promise<Lighthouse> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    extraHeaders: { Cookie: cookie },
  });
  const lhr = result?.lhr;
  if (process.env.BENCH_MOBILE_LANTERN && result && !lhr?.runtimeError) console.info(await lanternDetail(result));
  // Lighthouse sometimes loses the trace of a load (NO_NAVSTART, NO_FCP); the page is measured again.
  if (lhr?.runtimeError && attempt < 3) return lighthouseRun(port, url, cookie, attempt + 1);
  if (!lhr || lhr.runtimeError) throw new Error(`${url}: Lighthouse: ${lhr?.runtimeError?.message ?? 'no result'}`);
  if (lhr.finalDisplayedUrl !== url) throw new Error(`${url}: Lighthouse ended on ${lhr.finalDisplayedUrl}`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const failed = (lhr.categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
    .map((ref) => ref.id);
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    a11y: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    failed,
  };
}

type TraceEvent = { name: string; ts: number; args?: { data?: Record<string, unknown> } };
type LanternNode = {
  type: 'network' | 'cpu';
  request?: { url: string; resourceType?: string; transferSize: number };
  duration?: number;
  childEvents?: TraceEvent[];
};

/**
 * Why a run's simulated LCP is what it is: the observed first and largest paints and the largest paint's element
 * (from the trace), then each node of Lantern's pessimistic LCP graph with its simulated end time (a request: its
 * type, size and path; a main-thread task: its observed duration and what it did).
 */
async function lanternDetail(result: NonNullable<Awaited<ReturnType<typeof lighthouse>>>): Promise<string> {
  const { artifacts, lhr } = result;
  const events = (artifacts.Trace as unknown as { traceEvents: TraceEvent[] }).traceEvents;
  const start =
    events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL).startsWith('http'))
      ?.ts ?? 0;
  const at = (ts: number) => `${((ts - start) / 1000).toFixed(0)} ms`;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const candidates = events.filter((e) => e.name === 'largestContentfulPaint::Candidate');
  const lines = [
    `observed: first paint ${fcp ? at(fcp.ts) : '?'}; largest paint candidates: ${candidates
      .map(
        (c) =>
          `${String(c.args?.data?.nodeName).split(' ')[0]} (${String(c.args?.data?.type)}, ${String(c.args?.data?.size)} px²) at ${at(c.ts)}`,
      )
      .join(', ')}`,
  ];
  // Lighthouse's own computed artifact, as its LCP audit asks for it (not part of its public API).
  const { LanternLargestContentfulPaint } = (await import(
    'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js' as string
  )) as {
    LanternLargestContentfulPaint: {
      request: (
        data: unknown,
        context: unknown,
      ) => Promise<{ timing: number; pessimisticEstimate: { nodeTimings: Map<LanternNode, { endTime: number }> } }>;
    };
  };
  const lcp = await LanternLargestContentfulPaint.request(
    {
      trace: artifacts.Trace,
      devtoolsLog: artifacts.DevtoolsLog,
      gatherContext: artifacts.GatherContext,
      settings: lhr.configSettings,
      simulator: null,
      URL: artifacts.URL,
      SourceMaps: [],
    },
    { computedCache: new Map() },
  );
  lines.push(`simulated LCP ${lcp.timing.toFixed(0)} ms; its pessimistic graph:`);
  const nodes = [...lcp.pessimisticEstimate.nodeTimings].sort((a, b) => a[1].endTime - b[1].endTime);
  for (const [node, timing] of nodes) {
    const what =
      node.type === 'network'
        ? `${node.request!.resourceType} ${(node.request!.transferSize / 1024).toFixed(1)} KB ${new URL(node.request!.url).pathname}`
        : `task ${((node.duration ?? 0) / 1000).toFixed(1)} ms: ${[
            ...new Set((node.childEvents ?? []).map((e) => e.name)),
          ]
            .filter((n) =>
              /^(ParseHTML|Layout|UpdateLayoutTree|Paint|EvaluateScript|FunctionCall|v8\.compile)$/.test(n),
            )
            .join(', ')}`;
    lines.push(`  ${timing.endTime.toFixed(0).padStart(5)} ms  ${what}`);
  }
  return lines.join('\n');
}

async function measure(browser: Browser, baseUrl: string, cookie: string, path: string): Promise<Metrics> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  await context.addCookies(
    cookie.split('; ').map((pair) => {
      const i = pair.indexOf('=');
      return { name: pair.slice(0, i), value: pair.slice(i + 1), url: baseUrl };
    }),
  );
  const page = await context.newPage();
  await page.addInitScript(() => {
    const m = { lcp: 0, lcpElement: '', cls: 0, long: [] as [number, number][] };
    (window as unknown as { __m: typeof m }).__m = m;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
        m.lcp = e.startTime;
        m.lcpElement = `${e.element?.tagName ?? '?'} ${(e.element?.textContent ?? '').trim().slice(0, 40)}`;
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) m.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) m.long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let lastRequest = Date.now();
  page.on('request', () => (lastRequest = Date.now()));
  page.on('requestfinished', () => (lastRequest = Date.now()));
  const trace = TRACE ? join(TRACE, `${path.replace(/\W+/g, '_')}-${Date.now()}.json`) : null;
  if (trace) await browser.startTracing(page, { path: trace, categories: TRACE_CATEGORIES });
  if (process.env.BENCH_MOBILE_CPU) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
  // Settled: no request for 1 s and no long task in the last 2 s (at most 20 s).
  const until = Date.now() + 20_000;
  for (;;) {
    await page.waitForTimeout(250);
    const lastLong = await page.evaluate(() => {
      const m = (window as unknown as { __m: { long: [number, number][] } }).__m;
      const end = Math.max(0, ...m.long.map(([s, d]) => s + d));
      return performance.now() - end;
    });
    if ((Date.now() - lastRequest > 1000 && lastLong > 2000) || Date.now() > until) break;
  }
  const m = await page.evaluate(() => {
    const w = (window as unknown as { __m: { lcp: number; lcpElement: string; cls: number; long: [number, number][] } })
      .__m;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const tbt = w.long.filter(([s]) => s >= fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
    return { fcp, lcp: w.lcp, lcpElement: w.lcpElement, tbt, cls: w.cls, long: w.long };
  });
  console.info(path, JSON.stringify(m));
  if (process.env.BENCH_MOBILE_CPU) console.info(topFunctions((await cdp.send('Profiler.stop')).profile));
  if (trace) {
    await browser.stopTracing();
    console.info(path, `TBT ${m.tbt.toFixed(0)} ms; in long tasks:`, longTaskWork(readFileSync(trace, 'utf8')));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  await context.close();
  return { ...m, violations: axe.violations.map((v) => v.id) };
}

async function main() {
  const devtools = Boolean(process.env.BENCH_MOBILE_DEVTOOLS);
  const db = await createThrowawayDatabase('steering_bench_mobile');
  if (!db) throw new Error('bench:mobile needs PostgreSQL (127.0.0.1:5432)');
  const app = await startApp({
    port: Number(process.env.BENCH_MOBILE_PORT ?? 3295),
    databaseUrl: db.url,
    env: { JOBS_WORKER: 'off' },
    quiet: true,
  });
  const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = devtools
    ? await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] })
    : null;
  const chrome = devtools
    ? null
    : await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const head = await signInOverHttp(app.baseUrl, 'tuyenquang@demo.gov.vn', PASSWORD);
    const leader = await signInOverHttp(app.baseUrl, 'lanhdao@demo.gov.vn', PASSWORD);
    const list = await (await fetch(`${app.baseUrl}/tasks?relation=lead`, { headers: { cookie: head } })).text();
    const taskPath = /href="(\/tasks\/\d+)"/.exec(list)?.[1];
    if (!taskPath) throw new Error('no task in the agency head’s list');
    const pages = [
      { name: "Task list (agency head's, `/tasks?relation=lead`)", path: '/tasks?relation=lead', cookie: head },
      { name: 'Task page (`/tasks/:id`, agency head)', path: taskPath, cookie: head },
      { name: "Reports (`/reports`, leader's)", path: '/reports', cookie: leader },
      { name: "Home (`/`, agency head's)", path: '/', cookie: head },
    ];
    const rows: string[] = [];
    const only = process.env.BENCH_MOBILE_ONLY;
    const mark = (ok: boolean) => (ok ? '✓' : '✗');
    for (const p of pages.filter((x) => !only || x.name.includes(only))) {
      if (browser) {
        await measure(browser, app.baseUrl, p.cookie, p.path); // warm the server (not the browser: each run is cold)
        const runs: Metrics[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, app.baseUrl, p.cookie, p.path));
        const med = (k: 'fcp' | 'lcp' | 'tbt' | 'cls') => summary(runs.map((r) => r[k])).median;
        const violations = [...new Set(runs.flatMap((r) => r.violations))];
        const row = `| ${p.name} | ${med('fcp').toFixed(0)} ms | ${med('lcp').toFixed(0)} ms ${mark(med('lcp') <= TARGET.lcp)} | ${med('tbt').toFixed(0)} ms ${mark(med('tbt') <= TARGET.tbt)} | ${med('cls').toFixed(3)} ${mark(med('cls') <= TARGET.cls)} | ${violations.length ? violations.join(', ') : 'none ✓'} |`;
        console.info(row);
        rows.push(row);
        continue;
      }
      const url = app.baseUrl + p.path;
      await lighthouseRun(chrome!.port, url, p.cookie); // warms the server
      const runs: Lighthouse[] = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push(await lighthouseRun(chrome!.port, url, p.cookie));
        console.info(p.path, JSON.stringify(runs.at(-1)));
      }
      const med = (k: 'score' | 'fcp' | 'lcp' | 'tbt' | 'cls' | 'a11y') => summary(runs.map((r) => r[k])).median;
      const failed = [...new Set(runs.flatMap((r) => r.failed))];
      const row = `| ${p.name} | ${med('score')} | ${med('fcp').toFixed(0)} ms | ${med('lcp').toFixed(0)} ms ${mark(med('lcp') <= TARGET.lcp)} | ${med('tbt').toFixed(0)} ms ${mark(med('tbt') <= TARGET.tbt)} | ${med('cls').toFixed(3)} ${mark(med('cls') <= TARGET.cls)} | ${med('a11y')} ${mark(med('a11y') === 100)}${failed.length ? ` (${failed.join(', ')})` : ''} |`;
      console.info(row);
      rows.push(row);
    }
    const table = [
      devtools
        ? '| Page | FCP | LCP (≤ 1.5 s) | TBT (≤ 100 ms) | CLS (≤ 0.05) | axe violations |'
        : '| Page | Performance | FCP | LCP (≤ 1.5 s) | TBT (≤ 100 ms) | CLS (≤ 0.05) | Accessibility (100) |',
      devtools ? '| --- | --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
    if (only || devtools)
      return console.info(`\n${table}\n\na partial or DevTools run: docs/benchmarks.md left as it was`);
    writeSection(
      'mobile',
      `## Phone loading (\`npm run bench:mobile\`)

Lighthouse ${lighthouseVersion()} in its default mobile profile (simulated 4× CPU slowdown and slow 4G), Debian's Chromium, each page
${RUNS} times after a warm-up load, medians; each load is cold. Machine: ${machine()}. Run ${new Date().toISOString().slice(0, 10)}.

${table}`,
    );
    console.info(`\n${table}\n\nwritten to docs/benchmarks.md`);
  } finally {
    await browser?.close();
    chrome?.kill();
    await app.stop();
    await db.drop();
  }
}

function lighthouseVersion(): string {
  return (JSON.parse(readFileSync(join('node_modules', 'lighthouse', 'package.json'), 'utf8')) as { version: string })
    .version;
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
