/**
 * npm run bench:ocr: a scanned notice read as the server reads it. The session-7 notice of the tests is printed to a
 * three-page PDF, rendered as a 200 dpi scan, and read through `extractNoticeText` (pdftoppm, then Tesseract with its
 * Vietnamese data, a page after another) BENCH_OCR_RUNS times (default 3); and one page's Tesseract run is timed as the
 * server runs it (one OpenMP thread) and with OpenMP's own choice of threads, in the same run so the ratio holds on a
 * shared machine. The figures go to docs/benchmarks.md.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractNoticeText } from '../lib/directives/notice-file';
import { SESSION_7_2024 } from '../lib/directives/fixtures/notices';
import { noticePdf, pagePng, scannedPdf } from '../tests/notice-files';
import { machine, summary, writeSection } from './lib/bench-report';

const RUNS = Math.max(1, Number(process.env.BENCH_OCR_RUNS ?? 3));
const PAGES = 3;
const exec = promisify(execFile);

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function main() {
  const scan = await scannedPdf(await noticePdf(SESSION_7_2024, { pages: PAGES }));
  const reads: number[] = [];
  let text = '';
  for (let i = 0; i < RUNS; i++)
    reads.push(await timed(async () => (text = (await extractNoticeText(scan, 'scan.pdf')).text)));
  if (!text.includes('Bộ Nội vụ')) throw new Error('the scan was not read');

  const dir = await mkdtemp(path.join(tmpdir(), 'bench-ocr-'));
  try {
    await writeFile(path.join(dir, 'page.png'), await pagePng(scan, { dpi: 300 }));
    const page = (env: NodeJS.ProcessEnv) => () =>
      exec('tesseract', [path.join(dir, 'page.png'), '-', '-l', 'vie'], { env, maxBuffer: 32 * 1024 * 1024 });
    const { OMP_THREAD_LIMIT: _, ...openmp } = process.env;
    const one: number[] = [];
    const many: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      one.push(await timed(page({ ...process.env, OMP_THREAD_LIMIT: '1' })));
      many.push(await timed(page(openmp)));
    }
    const s = (v: number) => `${(v / 1000).toFixed(2)} s`;
    const read = summary(reads).median;
    const [a, b] = [summary(one).median, summary(many).median];
    const markdown = [
      `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; medians of ${RUNS} runs.`,
      '',
      '| What | Median |',
      '| --- | --- |',
      `| A ${PAGES}-page scanned notice (200 dpi) read through \`extractNoticeText\` | ${s(read)} (${s(read / PAGES)} a page) |`,
      `| One page's Tesseract, one OpenMP thread (as the server runs it) | ${s(a)} |`,
      `| The same page, OpenMP's own choice of threads | ${s(b)} (${(b / a).toFixed(1)}× the time) |`,
    ].join('\n');
    console.info(markdown);
    writeSection('Scanned notices (npm run bench:ocr)', markdown);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
