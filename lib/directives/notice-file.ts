import 'server-only';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { invalid } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { fromLegacyVietnamese, type LegacyEncoding } from '@/lib/legacy-vietnamese';
import { foldVi, withoutControls } from '@/lib/text';
import { exceedsReaderLimits, MAX_DOCUMENT_ELEMENTS, sniffEvidence, zipTexts } from '@/lib/files/evidence';
import { MAX_NOTICE_FILE_BYTES, MAX_NOTICE_TEXT } from './schemas';
import { VI_LETTERS } from './conclusion-parser';
import { TASK_TABLE_LABELS } from './numbering-vocabulary';

/**
 * A conclusion notice dropped as a file, read into plain text for the paste parser: DOCX through mammoth, a PDF's
 * text layer through pdfjs-dist, a scanned PDF through the system's Tesseract (Vietnamese data) over pages rendered
 * by pdftoppm. Nothing is stored: the bytes are read in memory (a scan is rendered in a private temporary folder,
 * removed afterwards). A file that cannot be read is refused with an AppError whose message names the reason
 * (errors.directives.file.*): empty, too large, an image, not a DOCX or PDF, damaged, encrypted, with macros, too
 * many pages, no text, or OCR not installed.
 */

export const MAX_NOTICE_BYTES = MAX_NOTICE_FILE_BYTES;
export const MAX_NOTICE_PAGES = 50;
/** Below this many letters or digits per page on average, a PDF is taken as a scan (a stamp or page numbers only). */
const MIN_TEXT_PER_PAGE = 40;
/** The longer side of a rendered page, in pixels: an A4 page at 300 dpi (3,508 px). */
const OCR_PIXELS = 3600;
/**
 * Per page, tesseract (a real page takes about 4 s of a core); the whole rendering, pdftoppm; and one scan in all,
 * rendering and every page: a page drawn to be slow took 35–47 s, so 20 of them held a core a quarter of an hour and
 * kept every other scan waiting (attacker pass 22).
 */
const OCR_PAGE_TIMEOUT_MS = 60_000;
const RENDER_TIMEOUT_MS = 60_000;
export const OCR_SCAN_BUDGET_MS = 180_000;

export type NoticeSource = 'docx' | 'pdf' | 'ocr';
/** `legacy`: the file's text was typed in TCVN3 (.VnTime) or VNI and is read as Unicode (`fromLegacyVietnamese`). */
export type NoticeText = { text: string; source: NoticeSource; legacy?: LegacyEncoding };

const refuse = (reason: Parameters<typeof fileMessage>[0], params?: Record<string, number>) =>
  invalid(fileMessage(reason, params), { file: fileMessage(reason, params) });

function fileMessage(
  reason:
    | 'empty'
    | 'tooBig'
    | 'image'
    | 'unsupported'
    | 'otherWordFormat'
    | 'damagedPdf'
    | 'damagedDocx'
    | 'encrypted'
    | 'macro'
    | 'tooManyPages'
    | 'tooComplex'
    | 'tooLong'
    | 'pdfTooComplex'
    | 'noText'
    | 'ocrMissing'
    | 'ocrLanguageMissing'
    | 'ocrFailed'
    | 'ocrOutOfMemory'
    | 'ocrTooSlow'
    | 'ocrTooManyPages'
    | 'ocrBusy'
    | 'readerBusy',
  params?: Record<string, number>,
) {
  return msg(`errors.directives.file.${reason}`, params);
}

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

const IMAGE_MAGIC: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
  [0x42, 0x4d], // BMP
];
const isImage = (b: Uint8Array) =>
  IMAGE_MAGIC.some((sig) => startsWith(b, sig)) ||
  (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && latin1(b.subarray(8, 12)) === 'WEBP') ||
  latin1(b.subarray(4, 12)).startsWith('ftypheic');

/** Word's older format (an OLE2 compound file) or RTF: what a secretariat most often has instead of a DOCX. */
const isOtherWordFormat = (b: Uint8Array) =>
  startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) || latin1(b.subarray(0, 5)) === '{\\rtf';

/** The notice's text, read from its bytes (the name only adds the .docm refusal); throws a refusal otherwise. */
export async function extractNoticeText(bytes: Uint8Array, name: string): Promise<NoticeText> {
  if (bytes.length === 0) throw refuse('empty');
  if (bytes.length > MAX_NOTICE_BYTES) throw refuse('tooBig', { mb: MAX_NOTICE_BYTES / 1024 / 1024 });
  if (/\.(?:docm|dotm)$/i.test(name.trim())) throw refuse('macro');
  const read = startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) // %PDF-
    ? await readPdf(bytes)
    : startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) // a ZIP container
      ? await readDocx(bytes)
      : null;
  if (!read) throw refuse(isImage(bytes) ? 'image' : isOtherWordFormat(bytes) ? 'otherWordFormat' : 'unsupported');
  // The text a file gives goes to the parser as pasted text does, with the same limit (a 2 KB DOCX can unpack to
  // megabytes of text).
  if (read.text.length > MAX_NOTICE_TEXT) throw refuse('tooLong', { max: MAX_NOTICE_TEXT });
  return read;
}

// -- DOCX ---------------------------------------------------------------------------------------------------------

/**
 * The largest of numbers, in a loop: spread into Math.max, a page of 125,000 text items overflowed the stack (a 7 KB
 * PDF answered with the generic error: attacker pass 19). -Infinity for none, as Math.max().
 */
function largest(values: number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}

/**
 * The characters of a package's XML parts outside their tags, white space between tags aside: at least the text mammoth
 * would give (an entity is counted as written), so a file is refused when this is DOCX_TEXT_MARGIN times the longest
 * notice (its headers, notes and properties hold some text mammoth leaves out).
 */
export function textBetweenTags(parts: string[]): number {
  let total = 0;
  for (const part of parts)
    for (let end = part.indexOf('>'); end >= 0;) {
      const next = part.indexOf('<', end + 1);
      const stop = next < 0 ? part.length : next;
      if (/\S/.test(part.slice(end + 1, stop))) total += stop - end - 1;
      if (next < 0) break;
      end = part.indexOf('>', next + 1);
    }
  return total;
}
const DOCX_TEXT_MARGIN = 2;

/** mammoth's image converter for a notice: the image's bytes are not read. */
export const skipImage = async (_image: { read: () => Promise<unknown> }) => ({ src: '' });

/** An OpenDocument text (.odt): a ZIP whose first entry, stored, names its type. */
const isOpenDocument = (b: Uint8Array) =>
  latin1(b.subarray(30, 120)).startsWith('mimetypeapplication/vnd.oasis.opendocument');

async function readDocx(bytes: Uint8Array): Promise<NoticeText> {
  // The ZIP's structure, entries and macro parts are checked as for evidence files (its name is not trusted).
  const sniffed = await sniffEvidence(bytes, 'notice');
  // Only its text is read, and the file is not kept: what Word would load on opening it (a template on the office's
  // server, a linked object) is no matter here, unlike for an evidence file that others download.
  const activeOnly = !sniffed.ok && sniffed.reason === msg('errors.files.officeActive');
  if (!sniffed.ok && !activeOnly) {
    if (sniffed.reason === msg('errors.files.macro')) throw refuse('macro');
    if (sniffed.reason === msg('errors.files.unsupported'))
      throw refuse(isOpenDocument(bytes) ? 'otherWordFormat' : 'unsupported');
    throw refuse('damagedDocx');
  }
  // A workbook, even one refused only for its active parts, is never handed to mammoth (attacker pass 32).
  if ((sniffed.ok ? sniffed.type.ext : sniffed.kind) !== 'docx')
    throw refuse(isOpenDocument(bytes) ? 'otherWordFormat' : 'unsupported');
  // A few KB of "<w:p/>" is millions of objects for mammoth (a 48 KB file filled 4 GB).
  if (await exceedsReaderLimits(bytes, 'docx')) throw refuse('tooComplex', { max: MAX_DOCUMENT_ELEMENTS });
  // And its text, before mammoth builds it: a few hundred KB of DOCX can hold 32 MB of text in one run, which was read,
  // made into a document and cleaned before its length was refused (attacker pass 32).
  if (textBetweenTags(await zipTexts(bytes, /./, true)) > DOCX_TEXT_MARGIN * MAX_NOTICE_TEXT)
    throw refuse('tooLong', { max: MAX_NOTICE_TEXT });
  // Read as the size checks above read the archive (sniffEvidence passed it).
  const [types] = await zipTexts(bytes, /^\[Content_Types\]\.xml$/i);
  if (types === undefined) throw refuse('damagedDocx');
  // A macro-enabled document declares itself (macroEnabled main part) or a VBA project, whatever its parts are named.
  if (/macroEnabled|vbaProject|vnd\.ms-office\.vba/i.test(types)) throw refuse('macro');
  const mammoth = (await import('mammoth')).default;
  let value = '';
  try {
    // The text as mammoth's raw text gives it, with the numbers Word draws itself: the document is read through
    // the converter's hook and the HTML it would make is not used.
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        transformDocument: (document: DocxElement) => {
          value = rawTextWithNumbers(document);
          return document;
        },
        // Only the text is used: an image is never read (mammoth inflated and base64-encoded it once per reference, so
        // a 52 KB file pointing 10 times at a 50 MB image took 26 s and 1.9 GB: attacker pass 19).
        convertImage: mammoth.images.imgElement(skipImage),
      },
    );
  } catch {
    throw refuse('damagedDocx');
  }
  // mammoth ends each paragraph with a blank line, as a notice pasted from Word reads.
  const legacy = fromLegacyVietnamese(value);
  const text = normalise(legacy.text);
  if (!hasText(text, 1)) throw refuse('noText');
  return { text, source: 'docx', ...(legacy.from ? { legacy: legacy.from } : {}) };
}

/** What mammoth's document model holds that the text needs. */
type DocxElement = {
  type: string;
  value?: string;
  children?: DocxElement[];
  numbering?: { isOrdered: boolean; level: string } | null;
  /** A table cell's span (mammoth merges a vertical merge into the first cell's `rowSpan`). */
  colSpan?: number;
  rowSpan?: number;
};

/**
 * A DOCX's text as `mammoth.extractRawText` gives it (each paragraph followed by a blank line), where a paragraph in
 * a Word list also gets the number Word draws for it, which is in no text run: "1." at the first level, "a)" at the
 * second, "-" deeper and for bullets. Word's own formats (I., 1.1.) live in numbering.xml, which mammoth does not
 * hand on; these are the common ones of notices, and the parser reads each of them.
 */
export function rawTextWithNumbers(document: DocxElement): string {
  // The open list levels, outermost first, each with its count: a stack, so a paragraph closes the deeper ones by
  // popping them. A map of every level ever seen, scanned whole at each paragraph, made 40,000 paragraphs each one
  // level deeper (numbering.xml may define as many) a quadratic walk (attacker pass 32).
  const open: { level: number; n: number }[] = [];
  // Each element's text is made once: a table that is not a table of tasks is read again as plain text, and tables
  // nested in its cells were read again at each level, twice the work per level (a 1 KB file of 20 nested tables held
  // the server 12 s: attacker pass 22); a numbered paragraph read twice would also have been counted twice.
  const made = new WeakMap<DocxElement, string>();
  const textOf = (element: DocxElement): string => {
    const known = made.get(element);
    if (known !== undefined) return known;
    const text = elementText(element);
    made.set(element, text);
    return text;
  };
  const elementText = (element: DocxElement): string => {
    if (element.type === 'text') return element.value ?? '';
    if (element.type === 'tab') return '\t';
    if (element.type === 'table') {
      const tasks = taskTable(element, (cell) => textOf(cell).replace(/\s+/gu, ' ').trim());
      if (tasks !== null) return tasks;
    }
    const inner = (element.children ?? []).map(textOf).join('');
    if (element.type !== 'paragraph') return inner;
    const numbering = element.numbering;
    if (!numbering) return `${inner}\n\n`;
    const level = Number(numbering.level) || 0;
    while (open.length && open[open.length - 1]!.level > level) open.pop();
    const top = open[open.length - 1];
    const n = top?.level === level ? ++top.n : 1;
    if (n === 1) open.push({ level, n });
    const mark = !numbering.isOrdered || level > 1 ? '-' : level === 0 ? `${n}.` : `${VI_LETTERS[n - 1] ?? n})`;
    return `${mark} ${inner}\n\n`;
  };
  return textOf(document);
}

/** The columns of a table of tasks (an appendix "Danh mục nhiệm vụ"), by its header's words. */
/** The widest table read (Word's own limit is 63 columns). */
const MAX_TABLE_COLUMNS = 64;

const TASK_COLUMNS = [
  ['ordinal', /^(?:stt|tt|so tt|so thu tu)$/],
  ['text', /noi dung|nhiem vu|cong viec|trich yeu/],
  ['lead', /chu tri/],
  ['coordinators', /phoi hop/],
  ['deadline', /thoi han|han hoan thanh|thoi gian hoan thanh|thoi gian thuc hien/],
  ['product', /san pham|ket qua/],
] as const;

/**
 * A table of tasks, as a notice's appendix lists them ("STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời hạn"), written as the items of a notice are: each row its numbered task with labelled lines ("Cơ quan chủ trì:
 * …", "Thời hạn: …"), which the parser reads as it reads them in the text. Cell by cell, a row's task, its lead and its
 * deadline ran together into one item. Null for any other table (the header and signature blocks are tables too).
 */
function taskTable(table: DocxElement, cellText: (cell: DocxElement) => string): string | null {
  const rows = (table.children ?? []).filter((r) => r.type === 'tableRow');
  // The grid as drawn: a cell spanning columns fills them (its text in the first), one merged down the rows below
  // fills the same columns there ("Bộ Nội vụ" leading two tasks in one tall cell), so each row's columns line up.
  const below = new Map<number, { text: string; rows: number }>();
  const spans: number[] = [];
  const cells = rows.map((row, r) => {
    const out: string[] = [];
    const own = (row.children ?? []).filter((c) => c.type === 'tableCell');
    let col = 0;
    let k = 0;
    for (;;) {
      const carried = below.get(col);
      if (carried && carried.rows > 0) {
        out[col] = carried.text;
        carried.rows--;
        col++;
        continue;
      }
      const cell = own[k++];
      // Word draws at most 63 columns; a span the file says is millions wide is read as the rest of the row.
      if (!cell || col >= MAX_TABLE_COLUMNS) break;
      const span = Math.min(MAX_TABLE_COLUMNS - col, Math.max(1, cell.colSpan ?? 1));
      const text = cellText(cell);
      for (let j = 0; j < span; j++) {
        out[col + j] = j === 0 ? text : '';
        if ((cell.rowSpan ?? 1) > 1) below.set(col + j, { text: j === 0 ? text : '', rows: (cell.rowSpan ?? 1) - 1 });
      }
      col += span;
    }
    spans[r] = own.length === 1 ? Math.max(1, own[0]!.colSpan ?? 1) : 0;
    return out;
  });
  const column = taskColumns(cells[0] ?? []);
  if (!column) return null;
  // A row of one cell across the table is a section's title ("I. Lĩnh vực thể chế"): kept as a line of its own.
  return taskItems(
    column,
    cells.slice(1).map((row, i) => (spans[i + 1]! > 1 ? { section: row[0] ?? '' } : row)),
  );
}

type TaskColumns = Map<(typeof TASK_COLUMNS)[number][0], number>;

/** Which column of a table holds what, from its header's labels; null unless it is a table of tasks. */
function taskColumns(labels: string[]): TaskColumns | null {
  const header = labels.map((h) => foldVi(h).replace(/\s+/g, ' ').trim());
  const column: TaskColumns = new Map();
  for (const [field, words] of TASK_COLUMNS) {
    const at = header.findIndex((h, i) => words.test(h) && ![...column.values()].includes(i));
    if (at >= 0) column.set(field, at);
  }
  return column.has('text') && (column.has('lead') || column.has('deadline')) ? column : null;
}

/** A table of tasks' rows as a notice's items: "1. <task>" and its labelled lines; a section's title as its line. */
function taskItems(column: TaskColumns, rows: (string[] | { section: string })[]): string {
  return rows
    .map((row) => {
      if (!Array.isArray(row)) return row.section ? `${row.section}\n\n` : '';
      const at = (field: (typeof TASK_COLUMNS)[number][0]) =>
        column.has(field) ? (row[column.get(field)!] ?? '') : '';
      if (!at('text')) return '';
      const n = at('ordinal').replace(/[.)]$/, '');
      const lines = [`${/^\d+$/.test(n) ? `${n}.` : '-'} ${at('text')}`];
      for (const [field, label] of Object.entries(TASK_TABLE_LABELS) as [keyof typeof TASK_TABLE_LABELS, string][])
        if (at(field)) lines.push(`${label}: ${at(field)}`);
      return `${lines.join('\n')}\n\n`;
    })
    .join('');
}

// -- PDF ----------------------------------------------------------------------------------------------------------

type TextItem = { str: string; transform: number[]; width: number; height: number; hasEOL?: boolean };

async function readPdf(bytes: Uint8Array): Promise<NoticeText> {
  const raw = latin1(bytes);
  // A file cut short loses its end marker; pdf.js would still show what it can of it.
  if (!raw.slice(-1024).includes('%%EOF')) throw refuse('damagedPdf');
  // Encrypted, even with an empty user password: the trailer (or the cross-reference stream) names its /Encrypt.
  if (/\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(raw)) throw refuse('encrypted');
  const read = await withPdfReader(() => readPdfPages(bytes));
  if (!read.ok) throw refuse(read.reason, read.reason === 'tooManyPages' ? { max: MAX_NOTICE_PAGES } : undefined);
  const legacy = fromLegacyVietnamese(pdfText(read.pages));
  const text = normalise(legacy.text);
  if (hasText(text, read.pages.length)) return { text, source: 'pdf', ...(legacy.from ? { legacy: legacy.from } : {}) };
  return { text: await ocrPdf(bytes, read.pages.length), source: 'ocr' };
}

/**
 * At most PDF_READERS text readers run at once and PDF_READERS_WAITING wait for a turn; beyond, the sender is asked to
 * try again. Each reader is a process of up to 60 s and 512 MB: unqueued, a few uploads of a PDF drawn to be slow took
 * every core (attacker pass 22). A finished reader hands its turn to the first waiting one.
 */
const PDF_READERS = 2;
const PDF_READERS_WAITING = 4;
let readersRunning = 0;
const readersWaiting: (() => void)[] = [];
async function withPdfReader<T>(work: () => Promise<T>): Promise<T> {
  if (readersRunning >= PDF_READERS) {
    if (readersWaiting.length >= PDF_READERS_WAITING) throw refuse('readerBusy');
    await new Promise<void>((resolve) => readersWaiting.push(resolve));
  } else readersRunning++;
  try {
    return await work();
  } finally {
    const next = readersWaiting.shift();
    if (next) next();
    else readersRunning--;
  }
}

/** The process reading a PDF's text may use this much memory, time and output; beyond, the file is refused. */
const PDF_READER_MEMORY_MB = 512;
const PDF_READER_TIMEOUT_MS = 60_000;
const PDF_READER_OUTPUT_BYTES = 64 * 1024 * 1024;

type PdfPages =
  | { ok: true; pages: TextItem[][] }
  | { ok: false; reason: 'encrypted' | 'damagedPdf' | 'tooManyPages' | 'pdfTooComplex' };

/**
 * pdf.js reads the text in a process of its own, with a memory ceiling and a time limit: a few KB of PDF can stand
 * for gigabytes of page content (one compressed content stream shared by every page), which in the server's
 * process would stop every request and could end it (a worker thread's memory limit does not hold against one large
 * allocation: V8 then ends the whole process). Killed at a limit, the file is refused.
 */
async function readPdfPages(bytes: Uint8Array): Promise<PdfPages> {
  const { spawn } = await import('node:child_process');
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${PDF_READER_MEMORY_MB}`,
      '--input-type=module',
      '-e',
      PDF_READER_SOURCE,
      String(MAX_NOTICE_PAGES),
    ],
    { stdio: ['pipe', 'pipe', 'ignore'] },
  );
  return new Promise<PdfPages>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (value: PdfPages) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(value);
    };
    const tooComplex = () => settle({ ok: false, reason: 'pdfTooComplex' });
    const timer = setTimeout(tooComplex, PDF_READER_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > PDF_READER_OUTPUT_BYTES) return tooComplex();
      chunks.push(chunk);
    });
    child.once('error', tooComplex);
    child.once('close', (code) => {
      if (code !== 0) return tooComplex();
      try {
        settle(JSON.parse(Buffer.concat(chunks).toString('utf8')) as PdfPages);
      } catch {
        tooComplex();
      }
    });
    child.stdin.on('error', () => undefined); // the reader may end before reading everything
    child.stdin.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}

/** The reader's code (an ES module run from the server's folder, where pdfjs-dist is installed): PDF on stdin, JSON out. */
const PDF_READER_SOURCE = `
const maxPages = Number(process.argv[1]);
const input = [];
for await (const chunk of process.stdin) input.push(chunk);
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
async function read() {
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(Buffer.concat(input)),
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: true,
    }).promise;
  } catch (err) {
    return { ok: false, reason: err && err.name === 'PasswordException' ? 'encrypted' : 'damagedPdf' };
  }
  try {
    if (doc.numPages > maxPages) return { ok: false, reason: 'tooManyPages' };
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .filter((i) => 'str' in i)
          .map((i) => ({ str: i.str, transform: i.transform, width: i.width, height: i.height, hasEOL: i.hasEOL })),
      );
      page.cleanup();
    }
    return { ok: true, pages };
  } catch {
    return { ok: false, reason: 'damagedPdf' };
  } finally {
    await doc.destroy();
  }
}
process.stdout.write(JSON.stringify(await read()));
`;

/** A line of a page: its text, left and right edges and baseline, and its font size. */
/** `block`: a scan's text block (Tesseract's); lines of two blocks are never one paragraph. */
type Line = { text: string; left: number; right: number; y: number; size: number; block?: string };
/** A text item where the page draws it. */
type Placed = { str: string; x: number; y: number; width: number; size: number };
/** The items drawn on one baseline, left to right. */
type VisualLine = { items: Placed[]; y: number; size: number };

/**
 * The text items of a page as lines, top to bottom: items whose baselines are within half a line of each other form
 * one line, read left to right.
 */
function visualLines(items: TextItem[]): VisualLine[] {
  const placed = items
    .filter((i) => i.str.length > 0)
    .map((i): Placed => ({
      str: i.str,
      x: i.transform[4] ?? 0,
      y: i.transform[5] ?? 0,
      width: i.width,
      size: Math.abs(i.transform[3] ?? 0) || i.height || 10,
    }));
  placed.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Placed[][] = [];
  for (const item of placed) {
    const group = groups.at(-1);
    if (group && Math.abs(group[0]!.y - item.y) <= group[0]!.size / 2) group.push(item);
    else groups.push([item]);
  }
  return groups
    .filter((group) => group.some((i) => i.str.trim()))
    .map((group) => ({
      items: group.sort((a, b) => a.x - b.x),
      y: group[0]!.y,
      size: largest(group.map((i) => i.size)),
    }));
}

/** A line's text: a gap wider than a third of the font's height is a space. */
function lineOf(line: VisualLine): Line {
  // Pieces joined once at the end, the last character kept aside: testing the growing string at every item made
  // a line of 100,000 items quadratic.
  const pieces: string[] = [];
  let last = '';
  let end: number | null = null;
  for (const item of line.items) {
    const gap = end === null ? 0 : item.x - end;
    if (last && gap > item.size / 3 && !/\s/.test(last) && !/^\s/.test(item.str)) pieces.push((last = ' '));
    pieces.push(item.str);
    if (item.str) last = item.str.at(-1)!;
    end = Math.max(end ?? 0, item.x + item.width);
  }
  const text = pieces.join('').trim();
  return { text, left: line.items[0]?.x ?? 0, right: end ?? 0, y: line.y, size: line.size };
}

/** Lines as a pasted notice reads: the lines wrapped by the page joined back into their paragraph (`reflow`). */
const pageText = (lines: VisualLine[]) => reflow(lines.map(lineOf).filter((l) => l.text));

/** A line's first drawn item (not a space). */
const firstItem = (line: VisualLine) => line.items.find((i) => i.str.trim())!;

/** Stretches of a line, left to right: items closer than `gap` are one stretch. */
function stretches(items: Placed[], gap: number): { left: number; right: number; items: Placed[] }[] {
  const out: { left: number; right: number; items: Placed[] }[] = [];
  // The spaces pdf.js puts between words are not drawn: they never join two columns.
  for (const item of items.filter((i) => i.str.trim()).sort((a, b) => a.x - b.x)) {
    const last = out.at(-1);
    if (last && item.x <= last.right + gap) {
      last.right = Math.max(last.right, item.x + item.width);
      last.items.push(item);
    } else out.push({ left: item.x, right: item.x + item.width, items: [item] });
  }
  return out;
}

/** A table of tasks being read from a PDF: its header's columns (where their labels are drawn) and its rows so far. */
type PdfTable = {
  column: TaskColumns;
  labels: { left: number; right: number }[];
  rows: (string[] | { section: string })[];
};

/** Whether a line is a table row's first: a number (or a section's numeral) in the first column. */
const ROW_NUMBER = /^(?:\d{1,3}[.)]?|[IVXLC]{1,6}\.?|[a-zđ][.)])$/u;

/**
 * A table of tasks' header starting at line `at`: up to six lines (a label may wrap, "Cơ quan" over "chủ trì", and be
 * centred in its cell, so each label's lines have baselines of their own) whose
 * items fall into three or more columns apart from each other, with labels a task table has (`taskColumns`).
 */
function tableHeader(lines: VisualLine[], at: number): { table: PdfTable; next: number } | null {
  for (let n = 6; n >= 1; n--) {
    const band = lines.slice(at, at + n);
    if (band.length < n) continue;
    if (band.some((l, i) => i > 0 && band[i - 1]!.y - l.y > 1.8 * l.size)) continue;
    if (band[0]!.y - band[n - 1]!.y > 4 * band[0]!.size) continue;
    if (band.some((l) => STARTS_ITEM.test(lineOf(l).text) || ROW_NUMBER.test(firstItem(l).str.trim()))) continue;
    const size = largest(band.map((l) => l.size));
    const columns = stretches(
      band.flatMap((l) => l.items),
      0.6 * size,
    );
    if (columns.length < 3) continue;
    const labels = columns.map((c) =>
      c.items
        .sort((a, b) => b.y - a.y || a.x - b.x)
        .map((i) => i.str.trim())
        .join(' '),
    );
    if (labels.some((l) => l.length > 60)) continue;
    const column = taskColumns(labels);
    if (column) return { table: { column, labels: columns, rows: [] }, next: at + n };
  }
  return null;
}

/**
 * Reads the rows of an open table from line `at` of a page; returns the first line after the table, or the page's
 * length when the table runs on to the next page. The table ends at a line drawn across all its columns that no row
 * follows, or after a gap of more than two lines (the signature block below it). Each column's edge is put in the
 * widest gap between two labels that no cell's text covers (a label is centred in its cell, the cell's text starts
 * at its left), so a long cell's words stay in their column; a line drawn across an edge is a section's title ("I.
 * Lĩnh vực thể chế").
 */
function tableRows(table: PdfTable, lines: VisualLine[], at: number): number {
  const mids = table.labels.slice(1).map((c, k) => (table.labels[k]!.right + c.left) / 2);
  const parts = (l: VisualLine) => stretches(l.items, 0.6 * l.size);
  const crossing = (s: { left: number; right: number }, marks: number[]) =>
    marks.filter((m) => s.left < m && s.right > m).length;
  const startsRow = (l: VisualLine) =>
    table.column.has('ordinal') && firstItem(l).x < (mids[0] ?? Infinity) && ROW_NUMBER.test(firstItem(l).str.trim());
  // The last line that starts a row: a line across the table before it is a section's title (read once, not again
  // for each such line).
  let lastRow = -1;
  for (let k = lines.length - 1; k >= at && lastRow < 0; k--) if (startsRow(lines[k]!)) lastRow = k;
  let end = at;
  while (end < lines.length) {
    const line = lines[end]!;
    const acrossAll = mids.length >= 2 && parts(line).some((s) => crossing(s, mids) === mids.length);
    if (acrossAll && end >= lastRow) break;
    if (end > at && lines[end - 1]!.y - line.y > 2.2 * line.size && !startsRow(line)) break;
    end++;
  }
  const body = lines.slice(at, end);
  // The column edges, from the cells' text: a line of one stretch over two labels' middles may be a section's title.
  const cells = body
    .filter((l) => {
      const p = parts(l);
      return p.length > 1 || crossing(p[0]!, mids) < 2;
    })
    .flatMap((l) => l.items);
  const edges = mids.map((mid, k) => {
    const lo = Math.min(table.labels[k]!.right, mid);
    const hi = Math.max(table.labels[k + 1]!.left, mid);
    const covered = cells
      .filter((i) => i.x < hi && i.x + i.width > lo)
      .map((i) => [Math.max(lo, i.x), Math.min(hi, i.x + i.width)] as const)
      .sort((a, b) => a[0] - b[0]);
    let best = { width: -1, at: mid };
    let from = lo;
    for (const [l, r] of [...covered, [hi, hi] as const]) {
      if (l - from > best.width) best = { width: l - from, at: (from + l) / 2 };
      from = Math.max(from, r);
    }
    return best.at;
  });
  const columnOf = (x: number) => edges.filter((e) => x >= e).length;
  let previous: VisualLine | undefined;
  for (const line of body) {
    const text = lineOf(line).text;
    const p = parts(line);
    if (p.length === 1 && crossing(p[0]!, edges) >= 1) {
      table.rows.push({ section: text });
      previous = line;
      continue;
    }
    // A page's number alone on its line, away from the first column, is not part of a cell.
    if (/^\d{1,3}$/.test(text) && columnOf(firstItem(line).x) > 0) continue;
    // A row starts at its number; without a numbers' column, after a row's space (more than a line and a half).
    let row = table.rows.at(-1);
    const spaced = previous !== undefined && previous.y - line.y > 1.6 * line.size;
    if (!Array.isArray(row) || startsRow(line) || (!table.column.has('ordinal') && spaced)) {
      row = Array.from({ length: table.labels.length }, () => '');
      table.rows.push(row);
    }
    previous = line;
    const byColumn = new Map<number, Placed[]>();
    for (const item of line.items) {
      const k = columnOf(item.x);
      const items = byColumn.get(k);
      if (items) items.push(item);
      else byColumn.set(k, [item]);
    }
    for (const [k, items] of byColumn) {
      const words = lineOf({ items, y: line.y, size: line.size }).text;
      row[k] = row[k] ? `${row[k]} ${words}` : words;
    }
  }
  return end;
}

/**
 * A PDF's pages as text: each page's lines (`linesOf`), and a table of tasks, as an appendix lists them, read row by
 * row into items (as a DOCX's is, `taskItems`), over as many pages as it runs (a header repeated on the next page is
 * passed over). Read line by line, a row's task, its lead and its deadline ran together into one item.
 */
function pdfText(pages: TextItem[][]): string {
  const out: string[] = [];
  let table: PdfTable | null = null;
  for (const page of pages) {
    const lines = visualLines(page);
    const plain: VisualLine[] = [];
    const flush = () => {
      const text = pageText(plain.splice(0));
      if (text) out.push(text);
    };
    let i = 0;
    while (i < lines.length) {
      if (table) {
        // The page's number, and the header again, at the top of a page the table runs on to.
        while (i < lines.length && /^\d{1,3}$/.test(lineOf(lines[i]!).text)) i++;
        const again = tableHeader(lines, i);
        if (again) i = again.next;
        i = tableRows(table, lines, i);
        if (i < lines.length) {
          out.push(taskItems(table.column, table.rows));
          table = null;
        }
        continue;
      }
      const header = tableHeader(lines, i);
      if (header) {
        flush();
        table = header.table;
        i = header.next;
      } else plain.push(lines[i++]!);
    }
    flush();
  }
  if (table) out.push(taskItems(table.column, table.rows));
  return out.join('\n');
}

/** A line that starts an item or a bullet of its own, never the tail of the line above. */
const STARTS_ITEM =
  /^(?:\(?\d{1,3}[.)]|\d{1,3}\.\d|\(?[a-zđ][).]|\(?[ivxlc]{1,6}[.)]|[IVXLC]{1,6}[.\-–]|[-–+•*]\s|Thứ\s)/u;

/**
 * Joins a line to the one above when the one above runs to the right margin (the page wrapped it), starts no
 * item itself, begins at the left margin (not indented, as a new paragraph often is) and follows at the usual
 * line spacing (not after a paragraph's space).
 */
function reflow(lines: Line[]): string {
  if (lines.length === 0) return '';
  const margin = largest(lines.map((l) => l.right));
  const leftMargin = -largest(lines.map((l) => -l.left));
  const gaps = lines
    .slice(1)
    .map((l, i) => lines[i]!.y - l.y)
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  const usualGap = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const above = lines[i - 1];
    // A sentence that ends at the right margin goes on in its paragraph when the next line is not indented: justified
    // lines reach the margin and a paragraph's last line seldom does ("… xử lý cụ thể." / "Giao các Bộ …" was read as
    // a paragraph of its own, a task apart).
    const ended = /[.:;!?]$/.test(above?.text.replace(/\.\/\.$/, '.') ?? '');
    const wrapped =
      above !== undefined &&
      (ended
        ? /[.;!?]$/.test(above.text) && !/\.\/\.$/.test(above.text) && above.right >= margin - above.size / 2
        : above.right >= margin - 6 * above.size) &&
      line.left <= leftMargin + line.size / 2 &&
      above.y - line.y <= usualGap * 1.15 &&
      above.block === line.block &&
      (!STARTS_ITEM.test(line.text) || dashWrapped(above, line, margin));
    if (wrapped) out[out.length - 1] += ` ${line.text}`;
    else out.push(line.text);
  });
  return out.join('\n');
}

/**
 * A dash at a line's start that the page put there: the line above ends in a word, not in a bullet's punctuation, and
 * runs to the margin as a justified paragraph's inner lines do (a bullet's last line seldom does). Word and
 * LibreOffice wrap before the dash of a name written with one ("… của Ủy ban nhân dân tỉnh Bà Rịa" / "- Vũng Tàu tại
 * văn bản nêu trên;"), which read as a bullet of its own made a task of the rest of the sentence.
 */
function dashWrapped(above: Line, line: Line, margin: number): boolean {
  return /^[-–]\s/u.test(line.text) && /[\p{L}\p{N}]$/u.test(above.text) && above.right >= margin - above.size / 2;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * A scanned page's lines from Tesseract's TSV (a row a word, with its box), in Tesseract's reading order, as the PDF
 * path has them: where each line starts and ends, its baseline (the median of its words' bottoms: most letters have
 * no descender) and its type's size (the median word's height), so `reflow` joins a scan's wrapped lines by the same
 * rules as a text layer's. Joining every line of a Tesseract paragraph made a notice's date, "Kính gửi: …" and its
 * first sentence one line. An item number misread with a comma ("5, Các bộ") gets its full stop back, and a horned
 * letter read as a capital inside a word its small form.
 */
function scanLines(tsv: string): Line[] {
  type Words = { words: string[]; left: number; right: number; bottoms: number[]; heights: number[]; block: string };
  const lines = new Map<string, Words>();
  for (const row of tsv.split('\n')) {
    const c = row.split('\t');
    if (c[0] !== '5' || c.length < 12) continue;
    const word = c.slice(11).join(' ').trim();
    const [left, top, width, height] = c.slice(6, 10).map(Number) as [number, number, number, number];
    if (!word || ![left, top, width, height].every(Number.isFinite)) continue;
    const key = c.slice(1, 5).join('.');
    let line = lines.get(key);
    if (!line) {
      line = { words: [], left, right: left + width, bottoms: [], heights: [], block: c.slice(1, 3).join('.') };
      lines.set(key, line);
    }
    line.words.push(word);
    line.left = Math.min(line.left, left);
    line.right = Math.max(line.right, left + width);
    line.bottoms.push(top + height);
    line.heights.push(height);
  }
  return [...lines.values()].map((l) => ({
    text: l.words
      .join(' ')
      .replace(/^(\d{1,2}),(?=\s+\p{Lu})/u, '$1.')
      // Tesseract's Vietnamese model reads a horned letter inside a word as a capital ("tăng cưỜng", "đƯợc").
      .replace(/(?<=\p{Ll})[ƯỨỪỬỮỰƠỚỜỞỠỢ]/gu, (c) => c.toLowerCase()),
    left: l.left,
    right: l.right,
    y: -median(l.bottoms),
    size: median(l.heights),
    block: l.block,
  }));
}

/** A scanned page's text from Tesseract's TSV, its wrapped lines joined as a text layer's are (exported for its test). */
export const scanText = (tsv: string) => reflow(scanLines(tsv));

// -- OCR ----------------------------------------------------------------------------------------------------------

type Run = { stdout: string; stderr: string };
/**
 * Tesseract on one OpenMP thread: its threads spin while they wait, and on two cores a page took 4.5 s with them and
 * 1.2 s without (the same page, the same text). One scan is read at a time, a page after another.
 */
const OCR_ENV = { ...process.env, OMP_THREAD_LIMIT: '1' };
const run = (cmd: string, args: string[], timeout: number) =>
  new Promise<Run>((resolve, reject) => {
    const options = { timeout, maxBuffer: 32 * 1024 * 1024, encoding: 'utf8' as const, env: OCR_ENV };
    execFile(cmd, args, options, (err, stdout, stderr) =>
      err ? reject(Object.assign(err, { stderr })) : resolve({ stdout, stderr }),
    );
  });
const missing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * The address space pdftoppm and tesseract may take, each (decision 059): a real page takes under 200 MB, while a page
 * drawn to be costly (a huge image, thousands of glyphs) grew either of them until the server itself ran short, and a
 * time limit alone does not stop memory that is taken in seconds. Set by the shell before it becomes the program.
 */
export const OCR_MEMORY_MB = 512;
const runLimited = (cmd: string, args: string[], timeout: number, memoryMb: number) =>
  run(
    '/bin/sh',
    [
      '-c',
      'ulimit -v "$1" 2>/dev/null || ulimit -d "$1" || exit 126; shift; exec "$@"',
      'sh',
      String(memoryMb * 1024),
      cmd,
      ...args,
    ],
    timeout,
  );
/** A program that died for want of memory at its limit: killed by the signal an allocation failure ends in, or said so. */
const outOfMemory = (err: unknown) => {
  const { signal, stderr } = err as { signal?: string | null; stderr?: string };
  return ['SIGABRT', 'SIGSEGV', 'SIGBUS'].includes(signal ?? '') || /memory|alloc|failed to map/i.test(stderr ?? '');
};
/** A process that execFile killed at its timeout. */
const timedOut = (err: unknown) => (err as { killed?: boolean }).killed === true;

/** Whether OCR can run here: 'ok', 'missing' (tesseract or pdftoppm not installed) or 'noVietnamese' (no `vie` data). */
export async function ocrAvailability(): Promise<'ok' | 'missing' | 'noVietnamese'> {
  try {
    await run('pdftoppm', ['-v'], 10_000);
  } catch (err) {
    if (missing(err)) return 'missing';
  }
  try {
    const { stdout, stderr } = await run('tesseract', ['--list-langs'], 10_000);
    return /^vie$/m.test(`${stdout}\n${stderr}`) ? 'ok' : 'noVietnamese';
  } catch (err) {
    return missing(err) ? 'missing' : 'noVietnamese';
  }
}

/**
 * A scan is read a page at a time by tesseract, about 4 s of a core per page: 50 pages held a core three minutes, and two
 * such uploads at once both cores (attacker pass 19). At most OCR_MAX_PAGES pages, one scan at a time per server, and
 * OCR_MAX_WAITING more waiting their turn; beyond, the sender is asked to try again or to paste the text.
 */
export const OCR_MAX_PAGES = 20;
const OCR_MAX_WAITING = 2;
let ocrTurn: Promise<unknown> = Promise.resolve();
let ocrWaiting = 0;

async function ocrPdf(bytes: Uint8Array, pages: number): Promise<string> {
  const available = await ocrAvailability();
  if (available === 'missing') throw refuse('ocrMissing');
  if (available === 'noVietnamese') throw refuse('ocrLanguageMissing');
  if (pages > OCR_MAX_PAGES) throw refuse('ocrTooManyPages', { max: OCR_MAX_PAGES });
  if (ocrWaiting > OCR_MAX_WAITING) throw refuse('ocrBusy');
  ocrWaiting++;
  const mine = ocrTurn.then(
    () => ocrPages(bytes, pages),
    () => ocrPages(bytes, pages),
  );
  ocrTurn = mine.catch(() => undefined);
  try {
    return await mine;
  } finally {
    ocrWaiting--;
  }
}

/** A scan's text, its pages rendered and recognised within `budgetMs` in all (exported for its test). */
export async function ocrPages(
  bytes: Uint8Array,
  pages: number,
  budgetMs = OCR_SCAN_BUDGET_MS,
  memoryMb = OCR_MEMORY_MB,
): Promise<string> {
  const tooMuchMemory = () => refuse('ocrOutOfMemory', { mb: memoryMb });
  const until = Date.now() + budgetMs;
  const left = (most: number) => {
    const remaining = until - Date.now();
    if (remaining <= 0) throw refuse('ocrTooSlow', { seconds: Math.round(budgetMs / 1000) });
    return Math.min(most, remaining);
  };
  const dir = await mkdtemp(path.join(tmpdir(), 'notice-ocr-'));
  try {
    const input = path.join(dir, 'notice.pdf');
    await writeFile(input, bytes, { mode: 0o600 });
    const renderTimeout = left(RENDER_TIMEOUT_MS);
    try {
      await runLimited(
        'pdftoppm',
        // Fitted into OCR_PIXELS (an A4 page at 300 dpi): a page drawn kilometres wide renders no larger.
        [
          '-scale-to',
          String(OCR_PIXELS),
          '-gray',
          '-png',
          '-f',
          '1',
          '-l',
          String(pages),
          input,
          path.join(dir, 'page'),
        ],
        renderTimeout,
        memoryMb,
      );
    } catch (err) {
      throw timedOut(err) && Date.now() >= until
        ? refuse('ocrTooSlow', { seconds: Math.round(budgetMs / 1000) })
        : outOfMemory(err)
          ? tooMuchMemory()
          : refuse('damagedPdf');
    }
    const images = (await readdir(dir)).filter((f) => /^page-\d+\.png$/.test(f));
    images.sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    const texts: string[] = [];
    for (const image of images) {
      const timeout = left(OCR_PAGE_TIMEOUT_MS);
      try {
        const { stdout } = await runLimited(
          'tesseract',
          [path.join(dir, image), '-', '-l', 'vie', 'tsv'],
          timeout,
          memoryMb,
        );
        texts.push(scanText(stdout));
      } catch (err) {
        throw timedOut(err) && Date.now() >= until
          ? refuse('ocrTooSlow', { seconds: Math.round(budgetMs / 1000) })
          : outOfMemory(err)
            ? tooMuchMemory()
            : refuse('ocrFailed');
      }
    }
    const text = normalise(texts.join('\n\n'));
    if (!hasText(text, 1)) throw refuse('noText');
    return text;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// -- text ---------------------------------------------------------------------------------------------------------

/** NFC, no invisible characters, form feeds or trailing spaces, at most one blank line in a row. */
function normalise(text: string): string {
  return withoutControls(text.replace(/\r\n?|\f/g, '\n'))
    .normalize('NFC')
    .replace(/(?<![ \t\u00a0])[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const hasText = (text: string, pages: number) =>
  (text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= Math.max(1, pages) * MIN_TEXT_PER_PAGE;
