import { constants, inflateSync } from 'node:zlib';

/**
 * Active-content check for PDF evidence files. A PDF is accepted only when every object a reader could load
 * has been looked at and none of them makes the file act (scripts, launching programs, forms that submit or
 * import data, links into other files, embedded files or media).
 *
 * - Names are compared after decoding their `#xx` escapes (`/J#61vaScript` is `/JavaScript` to a reader).
 * - Every name in the file's own bytes is checked, wherever it stands (objects, trailers, even stream data).
 * - Objects may also live compressed inside object streams. A stream is inspected as one when its dictionary
 *   says so (`/Type /ObjStm` after decoding, or an `/First` offset, which a reader needs to read one), and
 *   every object stream named by a cross-reference stream's type-2 entries is inspected too; a named object
 *   stream that is not found refuses the file. Cross-reference streams are found by their `/W` widths or
 *   `/Type /XRef`. Streams are found from every `obj` keyword in the file, so no construct that hides one
 *   object inside another (a string, a comment between its number and `obj`) hides it from the check.
 * - What cannot be decoded is refused, never skipped: only FlateDecode (or none), with or without a PNG/TIFF
 *   predictor, is decoded; other or chained filters, external stream data (`/F`), data that does not inflate,
 *   and an encrypted file whose object streams are encrypted all refuse the file. (Names are never
 *   encrypted, so an encrypted file without object streams is still fully inspected.)
 * - Bounded: inflated bytes in total, streams inspected, and parsing work are all capped.
 */

export type PdfProblem = 'active' | 'damaged' | 'encrypted' | 'tooLarge';

/** Budget for inflating object and cross-reference streams (a decompression bomb stops here). */
export const MAX_PDF_INFLATE = 64 * 1024 * 1024;
const MAX_INSPECTED_STREAMS = 10_000;
/** A stream dictionary larger than this is not one (real ones are a few hundred bytes). */
const MAX_DICT_CHARS = 1024 * 1024;

/** Names that make a PDF act or reach outside itself. Compared exactly, after decoding escapes. */
const ACTIVE_NAMES = new Set([
  'JavaScript', // action type, and the document's JavaScript name tree
  'JS', // the script of a JavaScript action
  'Launch', // starts a program or opens a file
  'XFA', // XML forms, which carry their own scripts
  'SubmitForm', // sends form data to a URL
  'ImportData', // reads form data from a file
  'GoToR', // opens another PDF file
  'GoToE', // opens an embedded PDF
  'RichMedia', // Flash / video annotations with their own scripting
  'AA', // additional actions: run when a page opens or closes, a field is touched (attacker pass 25: a URI on opening)
]);
/** Names refused by prefix: EmbeddedFile(s), RichMediaContent / RichMediaSettings / …. */
const ACTIVE_PREFIXES = ['EmbeddedFile', 'RichMedia'];

/** A PDF name: `/` then regular characters (anything but white space and the delimiters). */
const NAME = /\/([^\x00\t\n\f\r ()<>[\]{}/%]*)/g; // eslint-disable-line no-control-regex
const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelimiter = (c: number) =>
  c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
const isRegular = (c: number) => !isWhite(c) && !isDelimiter(c) && c !== 0x2f && c !== 0x25;

/** `#xx` escapes decoded, as a reader does before it looks a name up. */
export function decodePdfName(raw: string): string {
  return raw.includes('#')
    ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : raw;
}

const isActiveName = (name: string) => ACTIVE_NAMES.has(name) || ACTIVE_PREFIXES.some((p) => name.startsWith(p));

/** Every name in `text`, decoded; true when one of them is active. */
async function hasActiveName(text: string, pause: Pause): Promise<boolean> {
  for (const m of text.matchAll(NAME)) {
    if (isActiveName(decodePdfName(m[1]!))) return true;
    if (pause.due()) await pause.turn();
  }
  return false;
}

/**
 * The check runs on the server's one thread over files of up to 20 MB (2–5 s for one built to be slow: attacker pass
 * 22), so it gives the event loop a turn every SLICE_MS: other requests are served meanwhile. `due` is a clock read,
 * cheap enough for every step of a loop; `turn` waits for the next round of the loop.
 */
const SLICE_MS = 20;
class Pause {
  private last = performance.now();
  due() {
    return performance.now() - this.last > SLICE_MS;
  }
  async turn() {
    await new Promise((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }
}
async function hasName(text: string, wanted: string, pause: Pause): Promise<boolean> {
  for (const m of text.matchAll(NAME)) {
    if (decodePdfName(m[1]!) === wanted) return true;
    if (pause.due()) await pause.turn();
  }
  return false;
}

// ---- A small reader for stream dictionaries ----

type PdfValue =
  | { t: 'name'; v: string }
  | { t: 'num'; v: number }
  | { t: 'ref'; num: number }
  | { t: 'dict'; v: Map<string, PdfValue> }
  | { t: 'array'; v: PdfValue[] }
  | { t: 'other' };

class Budget {
  constructor(public work: number) {}
  spend(n: number) {
    this.work -= n;
    if (this.work < 0) throw new Uninspectable('damaged');
  }
}
class Uninspectable extends Error {
  constructor(readonly problem: PdfProblem) {
    super(problem);
  }
}

/** Parses one object at `pos` (a dictionary is what matters); `end` is where it stops. Lenient like a reader. */
class Parser {
  pos: number;
  constructor(
    private readonly s: string,
    start: number,
    private readonly limit: number,
  ) {
    this.pos = start;
  }
  private code(at = this.pos) {
    return at < this.limit ? this.s.charCodeAt(at) : -1;
  }
  skipSpace() {
    for (;;) {
      const c = this.code();
      if (c < 0) return;
      if (isWhite(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < this.limit && this.code() !== 0x0a && this.code() !== 0x0d) this.pos++;
      } else return;
    }
  }
  private fail(): never {
    throw new Error('parse');
  }
  value(depth = 0): PdfValue {
    if (depth > 64) this.fail();
    this.skipSpace();
    const c = this.code();
    if (c < 0) this.fail();
    if (c === 0x3c && this.code(this.pos + 1) === 0x3c) {
      this.pos += 2;
      const dict = new Map<string, PdfValue>();
      for (;;) {
        this.skipSpace();
        if (this.code() === 0x3e && this.code(this.pos + 1) === 0x3e) {
          this.pos += 2;
          return { t: 'dict', v: dict };
        }
        const key = this.value(depth + 1);
        if (key.t !== 'name') continue; // readers skip a key that is not a name
        this.skipSpace();
        if (this.code() === 0x3e && this.code(this.pos + 1) === 0x3e) continue; // a key without a value
        dict.set(key.v, this.value(depth + 1));
      }
    }
    if (c === 0x5b) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.code() === 0x5d) {
          this.pos++;
          return { t: 'array', v: items };
        }
        items.push(this.value(depth + 1));
      }
    }
    if (c === 0x2f) {
      const start = ++this.pos;
      while (this.pos < this.limit && isRegular(this.code())) this.pos++;
      return { t: 'name', v: decodePdfName(this.s.slice(start, this.pos)) };
    }
    if (c === 0x28) {
      this.pos++;
      for (let nesting = 1; nesting > 0;) {
        const d = this.code();
        if (d < 0) this.fail();
        this.pos += d === 0x5c ? 2 : 1;
        if (d === 0x28) nesting++;
        else if (d === 0x29) nesting--;
      }
      return { t: 'other' };
    }
    if (c === 0x3c) {
      const close = this.s.indexOf('>', this.pos);
      if (close < 0 || close >= this.limit) this.fail();
      this.pos = close + 1;
      return { t: 'other' };
    }
    const start = this.pos;
    while (this.pos < this.limit && isRegular(this.code())) this.pos++;
    if (this.pos === start) {
      this.pos++; // a stray delimiter: skipped, as readers do
      return { t: 'other' };
    }
    const word = this.s.slice(start, this.pos);
    if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(word)) return { t: 'other' };
    const num = Number(word);
    // `n g R` is a reference.
    const save = this.pos;
    const ref = REF_TAIL.exec(this.s.slice(save, save + 40));
    if (ref && /^\d+$/.test(word)) {
      this.pos = save + ref[0].length;
      return { t: 'ref', num };
    }
    return { t: 'num', v: num };
  }
}

type StreamObject = { num: number | null; dict: Map<string, PdfValue>; data: Uint8Array };

/* eslint-disable no-control-regex -- PDF white space includes NUL */
/** What follows the first number of a reference `n g R`. */
const REF_TAIL = /^[\x00\t\n\f\r ]+\d+[\x00\t\n\f\r ]+R(?![^\x00\t\n\f\r ()<>[\]{}/%])/;
/** The object number before `obj`: `n g ` at the end of the text before it. */
const WHITE_AND_DIGITS_BACK = /(\d+)[\x00\t\n\f\r ]+\d+[\x00\t\n\f\r ]*$/;
/* eslint-enable no-control-regex */

/** Every stream object, found from every `obj` keyword (not only where the cross-reference table says). */
async function findStreams(b: Uint8Array, text: string, budget: Budget, pause: Pause): Promise<StreamObject[]> {
  const streams: StreamObject[] = [];
  for (let at = text.indexOf('obj'); at >= 0; at = text.indexOf('obj', at + 3)) {
    if (pause.due()) await pause.turn();
    if (text.startsWith('end', at - 3)) continue; // endobj
    const parser = new Parser(text, at + 3, Math.min(text.length, at + 3 + MAX_DICT_CHARS));
    parser.skipSpace();
    if (!text.startsWith('<<', parser.pos)) continue;
    let dict: PdfValue;
    try {
      dict = parser.value();
    } catch {
      budget.spend(parser.pos - at);
      continue;
    }
    budget.spend(parser.pos - at);
    if (dict.t !== 'dict') continue;
    parser.skipSpace();
    if (!text.startsWith('stream', parser.pos)) continue;
    let start = parser.pos + 6;
    if (text.startsWith('\r\n', start)) start += 2;
    else if (text[start] === '\n' || text[start] === '\r') start += 1;
    const length = dict.v.get('Length');
    let end = -1;
    if (length?.t === 'num' && Number.isInteger(length.v) && length.v >= 0 && start + length.v <= text.length) {
      let p = start + length.v;
      while (p < text.length && isWhite(text.charCodeAt(p))) p++;
      if (text.startsWith('endstream', p)) end = start + length.v;
    }
    if (end < 0) {
      const found = text.indexOf('endstream', start);
      end = found < 0 ? text.length : found;
      budget.spend(end - start);
    }
    const number = WHITE_AND_DIGITS_BACK.exec(text.slice(Math.max(0, at - 40), at));
    streams.push({ num: number ? Number(number[1]) : null, dict: dict.v, data: b.subarray(start, end) });
  }
  return streams;
}

// ---- Decoding ----

const int = (v: PdfValue | undefined) => (v?.t === 'num' && Number.isInteger(v.v) ? v.v : undefined);

class Inflater {
  remaining = MAX_PDF_INFLATE;
  inspected = 0;
  decode(stream: StreamObject): Buffer {
    if (++this.inspected > MAX_INSPECTED_STREAMS) throw new Uninspectable('tooLarge');
    const { dict } = stream;
    if (dict.has('F') || dict.has('FFilter')) throw new Uninspectable('damaged'); // data kept in another file
    const filter = dict.get('Filter');
    const filters = filter?.t === 'array' ? filter.v : filter ? [filter] : [];
    if (filters.some((f) => f.t !== 'name' || (f.v !== 'FlateDecode' && f.v !== 'Fl')) || filters.length > 1) {
      throw new Uninspectable('damaged');
    }
    if (filters.length === 0) return Buffer.from(stream.data);
    if (this.remaining <= 0) throw new Uninspectable('tooLarge');
    let inflated: Buffer;
    try {
      // A stream cut short still yields what a reader would show; anything that is not Flate data throws.
      inflated = inflateSync(stream.data, { maxOutputLength: this.remaining, finishFlush: constants.Z_SYNC_FLUSH });
    } catch (err) {
      throw new Uninspectable((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'tooLarge' : 'damaged');
    }
    this.remaining -= inflated.length;
    let parms = dict.get('DecodeParms') ?? dict.get('DP');
    if (parms?.t === 'array') parms = parms.v[0];
    if (parms?.t === 'ref') throw new Uninspectable('damaged'); // a predictor we cannot see
    return parms?.t === 'dict' ? unpredict(inflated, parms.v) : inflated;
  }
}

/** Undoes a PNG (10–15) or TIFF (2) predictor; anything else cannot be read, so it refuses. */
function unpredict(data: Buffer, parms: Map<string, PdfValue>): Buffer {
  const predictor = int(parms.get('Predictor')) ?? 1;
  if (predictor === 1) return data;
  const colors = int(parms.get('Colors')) ?? 1;
  const bpc = int(parms.get('BitsPerComponent')) ?? 8;
  const columns = int(parms.get('Columns')) ?? 1;
  if (colors < 1 || colors > 32 || ![1, 2, 4, 8, 16].includes(bpc) || columns < 1 || columns > 1 << 20) {
    throw new Uninspectable('damaged');
  }
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
  const rowLength = Math.ceil((columns * colors * bpc) / 8);
  if (predictor === 2) {
    if (bpc !== 8) throw new Uninspectable('damaged');
    const out = Buffer.from(data);
    for (let row = 0; row < out.length; row += rowLength) {
      for (let i = row + bpp; i < Math.min(row + rowLength, out.length); i++) out[i] = (out[i]! + out[i - bpp]!) & 0xff;
    }
    return out;
  }
  if (predictor < 10 || predictor > 15) throw new Uninspectable('damaged');
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = Buffer.alloc(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)]!;
    const src = r * (rowLength + 1) + 1;
    const at = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i]!;
      const left = i >= bpp ? out[at + i - bpp]! : 0;
      const up = r > 0 ? out[at - rowLength + i]! : 0;
      const upLeft = r > 0 && i >= bpp ? out[at - rowLength + i - bpp]! : 0;
      let value: number;
      if (type === 0) value = raw;
      else if (type === 1) value = raw + left;
      else if (type === 2) value = raw + up;
      else if (type === 3) value = raw + ((left + up) >> 1);
      else if (type === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      } else throw new Uninspectable('damaged');
      out[at + i] = value & 0xff;
    }
  }
  return out;
}

/** The object-stream numbers a cross-reference stream's type-2 entries point into. */
function objectStreamsNamed(data: Buffer, dict: Map<string, PdfValue>): number[] {
  const w = dict.get('W');
  const widths = w?.t === 'array' ? w.v.map(int) : [];
  if (widths.length < 3 || widths.some((x) => x === undefined || x < 0 || x > 8)) throw new Uninspectable('damaged');
  const [w0, w1, w2] = widths as [number, number, number];
  const entry = w0 + w1 + w2;
  if (entry === 0) throw new Uninspectable('damaged');
  const read = (at: number, n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + data[at + i]!;
    return v;
  };
  const named = new Set<number>();
  const total = Math.floor(data.length / entry);
  for (let k = 0; k < total; k++) {
    // Every entry is read, whatever /Index says: a reader that ignores a bad /Index must not see more than we do.
    const at = k * entry;
    const type = w0 === 0 ? 1 : read(at, w0);
    if (type === 2) named.add(read(at + w0, w1));
    // Each named stream is inspected, so more than the inspection cap is refused here, before the set grows.
    if (named.size > MAX_INSPECTED_STREAMS) throw new Uninspectable('tooLarge');
  }
  return [...named];
}

/** Why this PDF must be refused, or null when every object was inspected and none is active. */
export async function pdfProblem(b: Uint8Array): Promise<PdfProblem | null> {
  const text = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
  const pause = new Pause();
  if (await hasActiveName(text, pause)) return 'active';
  try {
    const budget = new Budget(2 * text.length + 1024 * 1024);
    const streams = await findStreams(b, text, budget, pause);
    const inflater = new Inflater();
    const isXref = (s: StreamObject) => s.dict.has('W') || nameIs(s.dict.get('Type'), 'XRef');
    const isObjStm = (s: StreamObject) => s.dict.has('First') || nameIs(s.dict.get('Type'), 'ObjStm');
    const named = new Set<number>();
    for (const s of streams.filter(isXref)) {
      for (const n of objectStreamsNamed(inflater.decode(s), s.dict)) named.add(n);
    }
    if (named.size > MAX_INSPECTED_STREAMS) return 'tooLarge';
    const toInspect = new Set(streams.filter(isObjStm));
    // Streams by object number, indexed once: looking each named one up by scanning every stream was quadratic.
    const byNumber = new Map<number, StreamObject[]>();
    for (const s of streams) {
      if (s.num === null || isXref(s)) continue;
      const same = byNumber.get(s.num);
      if (same) same.push(s);
      else byNumber.set(s.num, [s]);
    }
    for (const n of named) {
      const found = byNumber.get(n) ?? [];
      if (found.length === 0) return 'damaged'; // a reader would load objects from a stream we cannot see
      for (const s of found) toInspect.add(s);
    }
    if (toInspect.size > 0 && (await hasName(text, 'Encrypt', pause))) return 'encrypted';
    for (const s of toInspect) {
      if (await hasActiveName(inflater.decode(s).toString('latin1'), pause)) return 'active';
      if (pause.due()) await pause.turn();
    }
    return null;
  } catch (err) {
    if (err instanceof Uninspectable) return err.problem;
    throw err;
  }
}

const nameIs = (v: PdfValue | undefined, name: string) => v?.t === 'name' && v.v === name;
