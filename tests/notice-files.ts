import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';

/**
 * Notice files for tests, made from a notice's text: a DOCX (the `docx` package, one paragraph per line), a PDF
 * with a text layer (headless Chromium prints an HTML page), a scan (that PDF rendered by pdftoppm and wrapped as
 * an image-only PDF by img2pdf), and the bad files (encrypted by qpdf, cut short, with a VBA project, 51 pages).
 */

const run = (cmd: string, args: string[]) =>
  new Promise<void>((resolve, reject) =>
    execFile(cmd, args, { timeout: 120_000 }, (err) => (err ? reject(err) : resolve())),
  );

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? null;

async function inTemp<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'notice-test-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A DOCX holding the notice, one paragraph per non-empty line. */
export async function noticeDocx(text: string): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: text
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => new Paragraph({ children: [new TextRun({ text: l, font: 'Times New Roman', size: 26 })] })),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A DOCX whose items Word numbers itself (a two-level list: "1.", then "a)"), as many offices type notices: the
 * numbers are in numbering.xml, not in the text. `lines` are [level, text] (level null: a plain paragraph).
 */
export async function numberedNoticeDocx(lines: [0 | 1 | null, string][]): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'items',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: lines.map(
          ([level, text]) =>
            new Paragraph({
              children: [new TextRun({ text, font: 'Times New Roman', size: 26 })],
              ...(level === null ? {} : { numbering: { reference: 'items', level } }),
            }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A DOCX of paragraphs and then a table (an appendix of tasks, a row per task), `rows[0]` its header. */
export async function noticeWithTableDocx(
  lines: string[],
  rows: (string | { text: string; rowSpan?: number; columnSpan?: number })[][],
): Promise<Uint8Array> {
  const cell = (c: string | { text: string; rowSpan?: number; columnSpan?: number }) => {
    const { text, ...span } = typeof c === 'string' ? { text: c } : c;
    return new TableCell({ ...span, children: [new Paragraph({ children: [new TextRun({ text })] })] });
  };
  const doc = new Document({
    sections: [
      {
        children: [
          ...lines.map((l) => new Paragraph({ children: [new TextRun({ text: l })] })),
          new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The DOCX with a VBA project declared in [Content_Types].xml and its part present (a macro-enabled document). */
export async function macroDocx(text: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await noticeDocx(text));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    ),
  );
  zip.file('word/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An HTML page printed to PDF by Chromium's own print (a text layer, as an office's PDF printer makes). */
function printToPdf(html: string): Promise<Uint8Array> {
  return inTemp(async (dir) => {
    await writeFile(path.join(dir, 'notice.html'), html);
    const out = path.join(dir, 'notice.pdf');
    await run(CHROMIUM!, [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${out}`,
      `file://${path.join(dir, 'notice.html')}`,
    ]);
    return new Uint8Array(await readFile(out));
  });
}

/** A PDF with a text layer: the notice's lines as paragraphs, printed by headless Chromium. */
export async function noticePdf(text: string, { pages = 1 }: { pages?: number } = {}): Promise<Uint8Array> {
  if (!CHROMIUM) throw new Error('Chromium is needed to make a PDF with a text layer');
  const body = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('');
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><style>' +
    'body{font-family:"DejaVu Sans",sans-serif;font-size:11pt} p{margin:0 0 6pt 0} .page{break-after:page}' +
    `</style></head><body>${Array.from({ length: pages }, () => `<div class="page">${body}</div>`).join('')}</body></html>`;
  return printToPdf(html);
}

/**
 * A notice whose appendix is a table of tasks, printed by Chromium: bordered cells whose long texts wrap, the header
 * repeated on each page the table runs on to, a row of one cell across the table, and the lines given after it.
 */
export async function noticeWithTablePdf(lines: string[], rows: string[][], after: string[] = []): Promise<Uint8Array> {
  if (!CHROMIUM) throw new Error('Chromium is needed to make a PDF with a text layer');
  const [head, ...body] = rows;
  // A row of one cell runs across the table (a section's title).
  const cells = (r: string[], tag: string) =>
    r.length === 1
      ? `<tr><${tag} colspan="${head!.length}" style="text-align:left;font-weight:bold">${escapeHtml(r[0]!)}</${tag}></tr>`
      : `<tr>${r.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><style>' +
    'body{font-family:"DejaVu Sans",sans-serif;font-size:11pt} p{margin:0 0 6pt 0}' +
    'table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:3pt 5pt;vertical-align:top}' +
    'th{font-weight:bold;text-align:center;vertical-align:middle} td:first-child{text-align:center}' +
    `</style></head><body>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}` +
    `<table><thead>${cells(head!, 'th')}</thead><tbody>${body.map((r) => cells(r, 'td')).join('')}</tbody></table>` +
    `${after.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body></html>`;
  return printToPdf(html);
}

/** The PDF as a scan: its pages rendered to PNG at 200 dpi and wrapped as an image-only PDF (no text layer). */
export async function scannedPdf(pdf: Uint8Array): Promise<Uint8Array> {
  return inTemp(async (dir) => {
    await writeFile(path.join(dir, 'in.pdf'), pdf);
    await run('pdftoppm', ['-r', '200', '-png', path.join(dir, 'in.pdf'), path.join(dir, 'page')]);
    const { readdir } = await import('node:fs/promises');
    const pngs = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort();
    await run('img2pdf', [...pngs.map((p) => path.join(dir, p)), '-o', path.join(dir, 'scan.pdf')]);
    return new Uint8Array(await readFile(path.join(dir, 'scan.pdf')));
  });
}

/** A scanned PDF of `pages` copies of one page image (img2pdf: no text layer). */
export async function repeatedScan(png: Uint8Array, pages: number): Promise<Uint8Array> {
  return inTemp(async (dir) => {
    await writeFile(path.join(dir, 'page.png'), png);
    await run('img2pdf', [
      ...Array.from({ length: pages }, () => path.join(dir, 'page.png')),
      '-o',
      path.join(dir, 'scan.pdf'),
    ]);
    return new Uint8Array(await readFile(path.join(dir, 'scan.pdf')));
  });
}

/** The first page of a PDF as a PNG image, at `dpi` (50: a photo's worth, enough to be an image). */
export async function pagePng(pdf: Uint8Array, { dpi = 50 }: { dpi?: number } = {}): Promise<Uint8Array> {
  return inTemp(async (dir) => {
    await writeFile(path.join(dir, 'in.pdf'), pdf);
    await run('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', path.join(dir, 'in.pdf'), path.join(dir, 'page')]);
    return new Uint8Array(await readFile(path.join(dir, 'page.png')));
  });
}

/** The PDF encrypted by qpdf (AES-256, an empty user password: it opens without one, but is encrypted). */
export async function encryptedPdf(pdf: Uint8Array): Promise<Uint8Array> {
  return inTemp(async (dir) => {
    await writeFile(path.join(dir, 'in.pdf'), pdf);
    await run('qpdf', [
      '--encrypt',
      '',
      'owner-secret',
      '256',
      '--',
      path.join(dir, 'in.pdf'),
      path.join(dir, 'e.pdf'),
    ]);
    return new Uint8Array(await readFile(path.join(dir, 'e.pdf')));
  });
}
