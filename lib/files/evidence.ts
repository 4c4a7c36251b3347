import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { constants as zlibConstants, createInflateRaw, inflateRaw, inflateRawSync } from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
import { promisify } from 'node:util';
import colCache from 'exceljs/lib/utils/col-cache';
import path from 'node:path';
import { notFound } from '@/lib/errors';
import { log } from '@/lib/log';
import { type PdfProblem, pdfProblem } from './pdf';
import { msg } from '@/lib/i18n/message';

/**
 * Evidence files attached to tasks: content sniffing (never trusting the name), safe display names,
 * and storage under server-made names. Node built-ins, plus the app's error and log.
 */

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 2000;
const MAX_ZIP_UNCOMPRESSED = 200 * 1024 * 1024;
/** One XML part (a document's text, a sheet): a 200-page notice's is about 5 MB; readers build a tree of it. */
const MAX_ZIP_XML_PART = 32 * 1024 * 1024;
const MAX_NAME_CHARS = 150;
const FALLBACK_NAME = 'tep-dinh-kem';

export type EvidenceType = { mime: string; ext: 'pdf' | 'docx' | 'xlsx' | 'png' | 'jpg'; label: string };
export type SniffResult =
  | { ok: true; type: EvidenceType }
  | {
      ok: false;
      reason: string /* a catalogue message (lib/i18n/message.ts) */;
      /** A sound DOCX or XLSX refused for what it holds (macros, active parts): which of the two it is. */
      kind?: 'docx' | 'xlsx';
    };
export type StoredFile = { storageKey: string; sizeBytes: number; sha256: string };

type Ext = EvidenceType['ext'];
const OOXML = 'application/vnd.openxmlformats-officedocument';
const TYPES: Record<Ext, EvidenceType> = {
  pdf: { mime: 'application/pdf', ext: 'pdf', label: 'PDF' },
  docx: { mime: `${OOXML}.wordprocessingml.document`, ext: 'docx', label: 'Word (DOCX)' },
  xlsx: { mime: `${OOXML}.spreadsheetml.sheet`, ext: 'xlsx', label: 'Excel (XLSX)' },
  png: { mime: 'image/png', ext: 'png', label: 'PNG' },
  jpg: { mime: 'image/jpeg', ext: 'jpg', label: 'JPEG' },
};
/** Extensions a declared name may carry that must then agree with the content. */
const NAME_EXTS: Record<string, Ext> = { pdf: 'pdf', docx: 'docx', xlsx: 'xlsx', png: 'png', jpg: 'jpg', jpeg: 'jpg' };

/** Why a file is refused, as catalogue messages (errors.files). */
const REASONS = {
  empty: msg('errors.files.empty'),
  tooBig: msg('errors.files.tooBig'),
  unsupported: msg('errors.files.unsupported'),
  damaged: msg('errors.files.damaged'),
  polyglot: msg('errors.files.polyglot'),
  pdfActive: msg('errors.files.pdfActive'),
  unsafePath: msg('errors.files.unsafePath'),
  zipBomb: msg('errors.files.zipBomb'),
  macro: msg('errors.files.macro'),
  officeActive: msg('errors.files.officeActive'),
  badName: msg('errors.files.badName'),
  pdfEncrypted: msg('errors.files.pdfEncrypted'),
  pdfTooLarge: msg('errors.files.pdfTooLarge'),
  mismatch: (ext: string, label: string) => msg('errors.files.mismatch', { ext, label }),
};

const PDF_REASONS: Record<PdfProblem, string> = {
  active: REASONS.pdfActive,
  damaged: REASONS.damaged,
  encrypted: REASONS.pdfEncrypted,
  tooLarge: REASONS.pdfTooLarge,
};

const ok = (ext: Ext): SniffResult => ({ ok: true, type: { ...TYPES[ext] } });
const fail = (reason: string): SniffResult => ({ ok: false, reason });
const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const hasBytes = (b: Uint8Array, at: number, sig: readonly number[]) =>
  at >= 0 && at + sig.length <= b.length && sig.every((x, i) => b[at + i] === x);

const MAGIC: [Exclude<Ext, 'docx' | 'xlsx'>, number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpg', [0xff, 0xd8, 0xff]],
];
const PNG_IHDR = [0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
const PNG_IEND = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;

/** Decides the type from the content (magic bytes and, for ZIP containers, their entries), never from the name. */
export async function sniffEvidence(bytes: Uint8Array, declaredName: string): Promise<SniffResult> {
  // A browser sends a file's own name only; a path or control characters mean a crafted request.
  const controlOrPath = [...declaredName].some(
    (ch) => ch === '/' || ch === '\\' || ch.charCodeAt(0) < 0x20 || ch === '\u007f',
  );
  if (controlOrPath || /^\.\.?$/.test(declaredName.trim())) return fail(REASONS.badName);
  if (bytes.length === 0) return fail(REASONS.empty);
  if (bytes.length > MAX_EVIDENCE_BYTES) return fail(REASONS.tooBig);
  const result = await sniffContent(bytes);
  if (!result.ok) return result;
  const declared = /\.([a-z0-9]+)$/i.exec(cleanName(declaredName))?.[1]?.toLowerCase();
  const expected = declared && Object.hasOwn(NAME_EXTS, declared) ? NAME_EXTS[declared] : undefined;
  if (declared && expected && expected !== result.type.ext) return fail(REASONS.mismatch(declared, result.type.label));
  return result;
}

async function sniffContent(b: Uint8Array): Promise<SniffResult> {
  if (hasBytes(b, 0, [0x50, 0x4b, 0x03, 0x04])) return sniffOffice(b);
  const ext = MAGIC.find(([, magic]) => hasBytes(b, 0, magic))?.[0];
  if (!ext) return fail(REASONS.unsupported);
  // Something a ZIP reader would also open (an appended archive), or a PDF header where Acrobat still looks for one.
  if (findZipEnd(b) || (ext !== 'pdf' && hasPdfHeader(b))) return fail(REASONS.polyglot);
  if (ext === 'pdf') {
    const problem = await pdfCheck(b);
    return problem ? fail(problem) : ok('pdf');
  }
  const intact =
    ext === 'png'
      ? hasBytes(b, 8, PNG_IHDR) && hasBytes(b, b.length - 12, PNG_IEND)
      : b.length >= 5 && hasBytes(b, b.length - 2, [0xff, 0xd9]);
  return intact ? ok(ext) : fail(REASONS.damaged);
}

const hasPdfHeader = (b: Uint8Array) => latin1(b.subarray(0, 1024)).includes('%PDF-');

async function pdfCheck(b: Uint8Array): Promise<string | null> {
  if (!latin1(b.subarray(-1024)).includes('%%EOF')) return REASONS.damaged;
  const problem = await pdfProblem(b);
  return problem ? PDF_REASONS[problem] : null;
}

type ZipEnd = { at: number; count: number; cdStart: number; zip64: boolean };

/** The last end-of-central-directory record whose central directory really is just before it. */
function findZipEnd(b: Uint8Array): ZipEnd | null {
  const v = view(b);
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (v.getUint32(at, true) !== ZIP_EOCD) continue;
    const zip64 = at >= 20 && v.getUint32(at - 20, true) === ZIP64_LOCATOR;
    const count = v.getUint16(at + 10, true);
    const cdSize = v.getUint32(at + 12, true);
    const cdStart = at - cdSize;
    const found =
      zip64 || (cdSize === 0 && count === 0) || (cdStart >= 0 && v.getUint32(cdStart, true) === ZIP_CENTRAL);
    if (found) return { at, count, cdStart, zip64 };
  }
  return null;
}

/**
 * Whether an entry's name could read as another name to another reader. Office packages name their parts in ASCII
 * (ECMA-376 part 2, annex A: other characters are percent-encoded), while readers disagree on any other byte: JSZip
 * (ExcelJS, mammoth) decodes every name as UTF-8, Word as code page 437 unless the entry says UTF-8, and a Unicode Path extra field (0x7075) renames the entry for JSZip and 7-Zip but
 * not for us: "x.xml" checked here was "xl/sharedStrings.xml" to ExcelJS (attacker pass 32). So a name is printable
 * ASCII (controls are refused as unsafe paths), and neither header carries that field; the name the checks read is then the one every reader reads.
 */
function renamedEntry(name: Uint8Array, extras: Uint8Array[]): boolean {
  if (name.some((c) => c > 0x7e)) return true; // below 0x20: an unsafe path, said below
  return extras.some((extra) => {
    const v = view(extra);
    for (let at = 0; at + 4 <= extra.length; at += 4 + v.getUint16(at + 2, true))
      if (v.getUint16(at, true) === UNICODE_PATH) return true;
    return false;
  });
}
const UNICODE_PATH = 0x7075;

const unsafeEntryName = (name: string) =>
  name.startsWith('/') ||
  /^[a-z]:/i.test(name) ||
  name.includes('\\') ||
  name.split('/').includes('..') ||
  /[\x00-\x1f]/.test(name); // eslint-disable-line no-control-regex

/** DOCX / XLSX: reads the ZIP central directory itself and checks every entry, inflating each once off the thread. */
async function sniffOffice(b: Uint8Array): Promise<SniffResult> {
  if (hasPdfHeader(b)) return fail(REASONS.polyglot);
  const end = findZipEnd(b);
  if (!end || end.zip64) return fail(REASONS.damaged);
  const v = view(b);
  // Strict: no data before the archive (the directory is where its offset says), nothing after its comment.
  const cdOffset = v.getUint32(end.at + 16, true);
  if (cdOffset !== end.cdStart || end.at + 22 + v.getUint16(end.at + 20, true) !== b.length) {
    return fail(REASONS.damaged);
  }
  if (end.count > MAX_ZIP_ENTRIES) return fail(REASONS.zipBomb);
  const names = new Set<string>();
  let total = 0;
  let active = false;
  let p = end.cdStart;
  for (let i = 0; i < end.count; i++) {
    if (p + 46 > end.at || v.getUint32(p, true) !== ZIP_CENTRAL) return fail(REASONS.damaged);
    const nameLength = v.getUint16(p + 28, true);
    const rawName = b.subarray(p + 46, p + 46 + nameLength);
    const local = v.getUint32(p + 42, true);
    const next = p + 46 + nameLength + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
    // The local header must agree, so streaming and central-directory readers see the same entry.
    const localAgrees =
      local + 30 + nameLength <= end.cdStart &&
      v.getUint32(local, true) === ZIP_LOCAL &&
      v.getUint16(local + 26, true) === nameLength &&
      hasBytes(b, local + 30, [...rawName]);
    if (next > end.at || !localAgrees) return fail(REASONS.damaged);
    const centralExtra = b.subarray(p + 46 + nameLength, p + 46 + nameLength + v.getUint16(p + 30, true));
    const localExtra = b.subarray(local + 30 + nameLength, local + 30 + nameLength + v.getUint16(local + 28, true));
    if (renamedEntry(rawName, [centralExtra, localExtra])) return fail(REASONS.damaged);
    const name = latin1(rawName);
    if (unsafeEntryName(name)) return fail(REASONS.unsafePath);
    if (names.has(name.toLowerCase())) return fail(REASONS.damaged); // duplicates: readers disagree on which wins
    names.add(name.toLowerCase()); // OPC part names are case-insensitive
    const size = v.getUint32(p + 24, true);
    total += size;
    if (total > MAX_ZIP_UNCOMPRESSED) return fail(REASONS.zipBomb);
    if (/\.(?:xml|rels)$/i.test(name) && size > MAX_ZIP_XML_PART) return fail(REASONS.zipBomb);
    const data = local + 30 + nameLength + v.getUint16(local + 28, true);
    const entry = { method: v.getUint16(p + 10, true), compressed: v.getUint32(p + 20, true), size };
    const lower = name.toLowerCase();
    const scan = active ? undefined : ACTIVE_CONTENT.find((c) => c.part.test(lower))?.scan();
    const inflated = await inflatesAsDeclared(b, data, entry, end.cdStart, scan);
    if (typeof inflated === 'string') return fail(inflated);
    active ||= inflated.active || ACTIVE_PARTS.test(lower);
    // Whatever its name, a part that is XML is one a reader may build a tree of: "sheet1.xmlx" is a sheet to ExcelJS,
    // and mammoth reads the document from wherever the package's relationships point (attacker pass 19).
    if (inflated.xml && size > MAX_ZIP_XML_PART) return fail(REASONS.zipBomb);
    p = next;
  }
  if (p !== end.at) return fail(REASONS.damaged);
  const isDocx = names.has('word/document.xml');
  const isXlsx = names.has('xl/workbook.xml');
  if (!names.has('[content_types].xml') || (!isDocx && !isXlsx)) return fail(REASONS.unsupported);
  if (isDocx && isXlsx) return fail(REASONS.polyglot);
  // A sound package refused for what it holds says which it is: an import may still read a workbook's cells.
  const sound = (reason: string) => ({ ...fail(reason), kind: isDocx ? ('docx' as const) : ('xlsx' as const) });
  if ([...names].some((n) => /(?:^|\/)(?:vbaproject[^/]*\.bin|vbadata\.xml)$/.test(n))) return sound(REASONS.macro);
  // Last, so that this refusal is only ever of a sound DOCX or XLSX (a notice's text is still read from one).
  if (active) return sound(REASONS.officeActive);
  return ok(isDocx ? 'docx' : 'xlsx');
}

/**
 * What an Office reader acts on when the file is opened, beyond macros (attacker pass 25: a lead agency's evidence file
 * is opened by the secretariat and the leaders). Parts by name: OLE objects and ActiveX controls (which can carry
 * programs), a workbook's links to other workbooks or programs (DDE, `cmd|' /C calc'!A0`), macro-enabled embedded
 * packages. Embedded DOCX/XLSX/PPTX (a chart's data) and pictures stay: reports have them.
 */
const ACTIVE_PARTS =
  /(?:^|\/)(?:activex\/|externallinks\/|embeddings\/[^/]*\.(?:bin|xlsm|docm|pptm|xlsb|dotm|xltm|exe|dll|js|vbs|hta|lnk|ps1|bat|cmd|scr))/;
/** The longest element a scan keeps whole; a longer one (no real part has one) is judged by its start. */
const ELEMENT_CAP = 64 * 1024;
/** Field code a document may hold in all (a table of contents is a few hundred characters). */
const FIELD_CODE_CAP = 1024 * 1024;

/**
 * Reads a part's text element by element (split at "<", so a ">" inside a value hides nothing), in chunks as it
 * inflates: `check` gets each element's text from its name on, and whether it is whole (one longer than ELEMENT_CAP
 * keeps its start only). Linear in the part's size, whatever it holds.
 */
/**
 * The start of a part in UTF-16 or UTF-32, with a byte-order mark or, as an XML reader also detects it, without one
 * (`<` and `?` or a letter with zero bytes between: attacker pass 28, second look).
 */
// eslint-disable-next-line no-control-regex
const UTF16_OR_32 = /^(?:\xff\xfe|\xfe\xff|<\x00[?\w]|\x00<\x00[?\w]|<\x00\x00\x00|\x00\x00\x00<|\x00\x00\xfe\xff)/;

function elementScan(check: (element: string, whole: boolean) => boolean, atEnd: () => boolean = () => false) {
  let carry = '';
  let cut = false;
  let found = false;
  const look = (element: string, whole: boolean) => {
    if (!found && check(element, whole)) found = true;
  };
  let first = true;
  const cdata = cdataAsText();
  return {
    feed(chunk: string) {
      if (found) return;
      // A part in UTF-16 (which Office also reads) would hide its words between zero bytes: no real one is.
      if (first && UTF16_OR_32.test(chunk)) found = true;
      first = false;
      const parts = (carry + cdata(chunk)).split('<');
      carry = parts.pop()!;
      parts.forEach((element, i) => look(element, !(i === 0 && cut)));
      if (parts.length) cut = false;
      if (carry.length > ELEMENT_CAP) {
        carry = carry.slice(0, ELEMENT_CAP);
        cut = true;
      }
    },
    found() {
      look(carry, !cut);
      return found || atEnd();
    },
  };
}
type PartScan = ReturnType<typeof elementScan>;

/**
 * CDATA sections as the text they are, "<" and "&" escaped, as a stream: an XML reader takes `<f><![CDATA[cmd|' /C
 * calc'!A0]]></f>` for a formula, where the element scan saw an element with no text and one named "![CDATA[…"
 * (attacker pass 28, second look). A marker cut between two chunks is held for the next.
 */
function cdataAsText(): (chunk: string) => string {
  const START = '<![CDATA[';
  const END = ']]>';
  let inside = false;
  let held = '';
  /** How many of the text's last characters (after `from`) may begin the marker. */
  const partial = (text: string, from: number, marker: string) => {
    for (let k = Math.min(marker.length - 1, text.length - from); k > 0; k--)
      if (text.endsWith(marker.slice(0, k))) return k;
    return 0;
  };
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (chunk) => {
    const text = held + chunk;
    held = '';
    let out = '';
    let i = 0;
    while (i < text.length) {
      const marker = inside ? END : START;
      const at = text.indexOf(marker, i);
      if (at === -1) {
        const keep = partial(text, i, marker);
        const rest = text.slice(i, text.length - keep);
        out += inside ? escape(rest) : rest;
        held = text.slice(text.length - keep);
        return out;
      }
      out += inside ? escape(text.slice(i, at)) : text.slice(i, at);
      i = at + marker.length;
      inside = !inside;
    }
    return out;
  };
}

/**
 * A relationship to something elsewhere that a reader loads on opening: a remote template (Word fetches it, and with a
 * `\\host\share` address sends the user's Windows credentials), a frame, a sub-document, an OLE link. A hyperlink waits
 * for a click, a picture linked over http(s) (as Word keeps a picture pasted from a web page) only fetches it, and a
 * path on the computer's own drive (a template the document was made from) leaves it.
 */
const ACTIVE_RELATIONSHIP =
  /\/(?:aFChunk|oleObject|control|activeXControlBinary|vbaProject|vbaProjectSignature|externalLink|xlMacrosheet|xlIntlMacrosheet)$/i;
const externalLoads = () =>
  elementScan((element, whole) => {
    if (!/^(?:[\w.-]+:)?Relationship\b/.test(element)) return false;
    if (!whole) return true;
    // The attributes as an XML reader reads them: character references decoded, each value within its own quotes
    // (attacker pass 28: `TargetMode="&#69;xternal"` made a remote template look internal).
    const attrs = attributesOf(element);
    const type = attrs.get('Type') ?? '';
    // What acts is known by the relationship's type, not by where its part is (attacker pass 28: an OLE object named
    // word/media/image9.png, an ActiveX control, a workbook link or a VBA project outside the folders named in
    // ACTIVE_PARTS were accepted); and content of another format merged into the document when Word opens it
    // (altChunk: HTML, RTF, a whole DOCX), which the scans here do not read, acts as the document's own.
    if (ACTIVE_RELATIONSHIP.test(type)) return true;
    if ((attrs.get('TargetMode') ?? '').toLowerCase() !== 'external') return false;
    if (/\/hyperlink$/i.test(type)) return false;
    const to = attrs.get('Target') ?? '';
    // A template or file on this computer's own drive (a document made from the office's template) reaches no one.
    if (/^(?:file:\/\/\/)?[a-z]:[\\/]/i.test(to)) return false;
    return !(/\/image$/i.test(type) && /^https?:\/\//i.test(to));
  });

/** An element's attributes by name, values decoded and trimmed; the first of a name given twice (no XML has one). */
function attributesOf(element: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of element.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    if (!attrs.has(m[1]!)) attrs.set(m[1]!, decodeEntities(m[2] ?? m[3] ?? '').trim());
  return attrs;
}

const DDE = /\bDDE(?:AUTO)?\b/i;
/**
 * Character references as an XML reader reads them, in one pass: numeric ones with any number of leading zeros
 * (`&#0000000124;` is "|"), and the five named ones (a formula's quotes written `&quot;`). Attacker pass 28: a formula
 * `cmd&#124;' /C calc'!A0`, and a Word field `&#00000068;DE`, passed the scans, which read them as written.
 */
const decodeEntities = (text: string) =>
  text.replace(
    /&(?:#x([0-9a-f]+)|#([0-9]+)|(quot|amp|lt|gt|apos));/gi,
    (_, hex?: string, dec?: string, named?: string) =>
      named !== undefined
        ? NAMED_ENTITIES[named.toLowerCase()]!
        : String.fromCodePoint(Math.min(0x10ffff, hex !== undefined ? parseInt(hex, 16) : Number(dec))),
  );
const NAMED_ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
/**
 * Word fields that start a program when the document opens or its fields update (DDE, DDEAUTO), in a simple field or in
 * field code split over runs (Word reads the runs' code as one: "DD" + "EAUTO").
 */
function ddeFields(): PartScan {
  const fields = fieldCheck();
  return elementScan(fields.check, fields.atEnd);
}
/** The check of `ddeFields`, element by element, and what it finds once the part has ended. */
function fieldCheck(): ElementCheck {
  let code = '';
  let over = false;
  return {
    check(element, whole) {
      if (/^(?:[\w.-]+:)?fldSimple\b/.test(element)) return !whole || DDE.test(decodeEntities(element));
      if (!/^(?:[\w.-]+:)?instrText\b/.test(element)) return false;
      if (!whole) return true;
      code += element.slice(element.indexOf('>') + 1);
      if (code.length > FIELD_CODE_CAP) over = true;
      return over;
    },
    atEnd: () => over || DDE.test(decodeEntities(code)),
  };
}
type ElementCheck = { check: (element: string, whole: boolean) => boolean; atEnd: () => boolean };

/** A formula that calls a program through DDE (`cmd|' /C calc'!A0`): a "|" outside the formula's strings. */
const formulaCheck = (element: string, whole: boolean) => {
  // A cell's formula, and those Excel evaluates elsewhere: a defined name a cell refers to (`=x`, where x is
  // `cmd|' /C calc'!A0`), conditional formats and validations (attacker pass 28).
  if (!/^(?:[\w.-]+:)?(?:f|formula[12]?|definedName)\b/.test(element)) return false;
  return (
    !whole ||
    decodeEntities(element.slice(element.indexOf('>') + 1))
      .replace(/"[^"]*"/g, '')
      .includes('|')
  );
};
const ddeFormulas = () => elementScan(formulaCheck);

/**
 * Any other part that is markup, whatever its name: Word reads the document, and Excel a sheet, from wherever the
 * package's relationships point (`/doc/main.xml`, `word/sub/document.xml`, `xl/ws/sheet1.xml`), with a decoy left at
 * the usual name (attacker pass 28: a DDEAUTO field in a moved main document was accepted and served to the
 * secretariat). Its fields and formulas are read as those of the named parts; a part that is not markup (a picture)
 * is not read, and one in UTF-16 (as a customXml item may be) is decoded.
 */
function markupScan(): PartScan {
  // One pass over the part for the three checks (a part can be 32 MB of elements; three passes tripled the time).
  const fields = fieldCheck();
  const scan = elementScan(
    (element, whole) =>
      fields.check(element, whole) || formulaCheck(element, whole) || /^(?:[\w.-]+:)?ddeLink\b/.test(element),
    fields.atEnd,
  );
  const feed = (text: string) => scan.feed(text);
  let head = '';
  let mode: 'undecided' | 'latin1' | 'utf16le' | 'skip' | 'refuse' = 'undecided';
  let utf16: StringDecoder | null = null;
  return {
    feed(chunk: string) {
      if (mode === 'undecided') {
        head += chunk;
        // eslint-disable-next-line no-control-regex
        if (/^\xff\xfe(?!\x00\x00)/.test(head)) {
          mode = 'utf16le';
          utf16 = new StringDecoder('utf16le');
          chunk = head.slice(2);
        } else if (UTF16_OR_32.test(head)) mode = 'refuse';
        else {
          const first = /^(?:\xef\xbb\xbf)?[ \t\r\n]*([^ \t\r\n])/.exec(head);
          if (!first) return void (head = ''); // white space so far (inflated chunks are never a split mark)
          mode = first[1] === '<' ? 'latin1' : 'skip';
          chunk = head;
        }
        head = '';
      }
      if (mode === 'latin1') feed(chunk);
      else if (mode === 'utf16le') feed(utf16!.write(Buffer.from(chunk, 'latin1')));
    },
    found() {
      return mode === 'refuse' || scan.found();
    },
  };
}

/** The parts whose text is read, and the scan that finds what in them acts: the first whose name matches. */
const ACTIVE_CONTENT: { part: RegExp; scan: () => PartScan }[] = [
  { part: /\.rels$/, scan: externalLoads },
  { part: /^word\/[^/]*\.xml$/, scan: ddeFields },
  { part: /^xl\/worksheets\/[^/]*\.xml$/, scan: ddeFormulas },
  { part: /(?:)/, scan: markupScan },
];

/**
 * Whether an entry inflates to the size the directory declares, no more: the declared sizes are what the limits
 * above check, and a reader (ExcelJS, mammoth) inflates whatever the data holds. A few hundred KB of deflated
 * zeros declared as 1 KB would otherwise fill the memory. Inflated as a stream on zlib's threads, counted and let go
 * chunk by chunk: eight 199 MB entries in one post held the server's thread 15 s when inflated in one call (attacker
 * pass 19). Also says whether the entry is XML (its first characters), whatever its name.
 */
async function inflatesAsDeclared(
  b: Uint8Array,
  data: number,
  entry: { method: number; compressed: number; size: number },
  limit: number,
  scan?: PartScan,
): Promise<{ xml: boolean; active: boolean } | string> {
  if (data + entry.compressed > limit) return REASONS.damaged;
  const bytes = b.subarray(data, data + entry.compressed);
  if (entry.method === 0)
    return entry.compressed === entry.size
      ? { xml: looksLikeXml(bytes) !== false, active: scan ? (scan.feed(latin1(bytes)), scan.found()) : false }
      : REASONS.damaged;
  if (entry.method !== 8) return REASONS.unsupported;
  return new Promise((resolve) => {
    const inflater = createInflateRaw();
    let length = 0;
    let settled = false;
    const settle = (result: { xml: boolean; active: boolean } | string) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      resolve(result);
    };
    // XML unless its first byte past a byte-order mark and white space, however far that is, is something else.
    let xml: boolean | null = null;
    inflater.on('data', (chunk: Buffer) => {
      if (xml === null) xml = looksLikeXml(length === 0 ? chunk : Buffer.concat([Buffer.from([0x20]), chunk]), true);
      length += chunk.length;
      if (length > entry.size) settle(REASONS.zipBomb);
      scan?.feed(chunk.toString('latin1'));
    });
    inflater.on('error', () => settle(REASONS.damaged));
    inflater.on('end', () =>
      settle(length === entry.size ? { xml: xml !== false, active: scan?.found() ?? false } : REASONS.damaged),
    );
    inflater.end(bytes);
  });
}

/**
 * Whether bytes start as XML may: "<" after a byte-order mark and white space, or a UTF-16 byte-order mark; white space
 * to the end of what is given is XML too, or not known yet (null) when more is to come (`open`). 64 spaces before a
 * document hid it from the limits (attacker pass 19, second look).
 */
function looksLikeXml(head: Uint8Array, open = false): boolean | null {
  if (hasBytes(head, 0, [0xff, 0xfe]) || hasBytes(head, 0, [0xfe, 0xff])) return true;
  let i = hasBytes(head, 0, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  if (i === head.length) return open ? null : true;
  return head[i] === 0x3c;
}

/**
 * Whether an XLSX or DOCX file would fill the memory of the reader that opens it (ExcelJS, mammoth): more entries or
 * bytes than evidence files may hold, an entry that inflates to more than it declares, or more than the reader
 * limits above. The importers' spreadsheets
 * are checked with it before ExcelJS opens them; other faults they report as unreadable themselves.
 */
export async function isZipBomb(bytes: Uint8Array): Promise<boolean> {
  if (!hasBytes(bytes, 0, [0x50, 0x4b, 0x03, 0x04])) return false;
  const sniffed = await sniffOffice(bytes);
  // A sound file with active parts (refused as evidence; an import reads only its cells) is measured for both readers.
  if (!sniffed.ok && sniffed.reason === REASONS.officeActive)
    return (await exceedsReaderLimits(bytes, 'docx')) || exceedsReaderLimits(bytes, 'xlsx');
  if (!sniffed.ok) return sniffed.reason === REASONS.zipBomb;
  return exceedsReaderLimits(bytes, sniffed.type.ext === 'docx' ? 'docx' : 'xlsx');
}

/**
 * Why an importer's spreadsheet may not go to ExcelJS, asked before it opens the file: 'zipBomb' as `isZipBomb` says,
 * 'unreadable' for a ZIP that is not a sound workbook (a DOCX, a damaged archive, one whose entries another reader
 * names otherwise), which ExcelJS would still have read by the names it sees (attacker pass 32); null for a workbook
 * within the limits, macros and active parts included (only its cells are read), and for bytes that are no ZIP (the
 * importer says it cannot read them).
 */
export async function spreadsheetProblem(bytes: Uint8Array): Promise<'zipBomb' | 'unreadable' | null> {
  if (!hasBytes(bytes, 0, [0x50, 0x4b, 0x03, 0x04])) return null;
  const sniffed = await sniffOffice(bytes);
  if (!sniffed.ok && sniffed.reason === REASONS.zipBomb) return 'zipBomb';
  const kind = sniffed.ok ? sniffed.type.ext : sniffed.kind;
  if (kind !== 'xlsx') return 'unreadable';
  return (await exceedsReaderLimits(bytes, 'xlsx')) ? 'zipBomb' : null;
}

/**
 * What the readers would build from a file the size checks above pass, where a few bytes of XML stand for a great
 * many objects: ExcelJS makes a cell for every cell of a merged range or a data-validation range
 * (`<mergeCell ref="A3:XFD1048576"/>`, 1.6 KB, is 17 billion cells), mammoth an object for every element of a
 * document (`<w:p/>` is 6 bytes). Limits far above a real notice or import sheet: a 200-page notice has about
 * 100,000 elements, an import sheet a few merged headings.
 */
export const MAX_SHEET_RANGE_CELLS = 100_000;
export const MAX_DOCUMENT_ELEMENTS = 200_000;
/**
 * And what the importers would read cell by cell before they count rows: cells and rows written in the sheets
 * (100,000 one-cell rows are 1.8 MB, and ExcelJS then held 500 MB for 14 s), and the text the cells stand for, since
 * a cell of type "s" only points to a shared string (one 1 MB string pointed to from 3,000 cells is a 41 KB file and
 * 3 GB of text to clean). The importers take at most 5,000 rows; a real sheet of them is far below each limit.
 */
export const MAX_SHEET_CELLS = 300_000;
export const MAX_SHEET_ROWS = 20_000;
/**
 * The shared strings ExcelJS reads before any sheet, an object each and one for each of their elements, whether or not
 * a cell points to them: 6 million "<si/>" in one 32 MB part (the largest an XML part may be) were never counted, as
 * the other parts' elements are (attacker pass 32). An import sheet of 5,000 rows has at most 50,000 strings.
 */
export const MAX_SHARED_STRINGS = 300_000;
export const MAX_SHARED_ELEMENTS = 1_200_000;
/** A sheet's last column is XFD. */
const MAX_SHEET_COLUMNS = 16_384;
export const MAX_SHEET_TEXT = 20_000_000;
/** The parts of a workbook other than its sheets and shared strings (counted above), and their text in all. */
const OTHER_XLSX_PARTS = /^(?!.*xl\/worksheets\/)(?!xl\/sharedStrings\.xml$)/i;
export const MAX_OTHER_XLSX_TEXT = 30_000_000;

const inflateRawAsync = promisify(inflateRaw);

/**
 * Each entry of a ZIP that passed `sniffOffice` whose name matches (or, with `xmlOnly`, that also is XML by its first
 * characters), inflated on zlib's threads (its size is the one checked).
 */
export async function zipTexts(b: Uint8Array, wanted: RegExp, xmlOnly = false): Promise<string[]> {
  const end = findZipEnd(b);
  if (!end) return [];
  const v = view(b);
  const texts: string[] = [];
  let p = end.cdStart;
  for (let i = 0; i < end.count; i++) {
    const nameLength = v.getUint16(p + 28, true);
    const name = latin1(b.subarray(p + 46, p + 46 + nameLength));
    if (wanted.test(name)) {
      const local = v.getUint32(p + 42, true);
      const data = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
      const compressed = b.subarray(data, data + v.getUint32(p + 20, true));
      const size = v.getUint32(p + 24, true);
      const stored = v.getUint16(p + 10, true) === 0;
      // Its first characters, from the first KB of the data, before inflating the whole of it (all white space: XML).
      const head = stored
        ? compressed.subarray(0, 64 * 1024)
        : inflateRawSync(compressed.subarray(0, 1024), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
      if (!xmlOnly || looksLikeXml(head) !== false) {
        const bytes = stored
          ? Buffer.from(compressed)
          : await inflateRawAsync(compressed, { maxOutputLength: Math.max(size, 1) });
        texts.push(bytes.toString('utf8'));
      }
    }
    p += 46 + nameLength + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  return texts;
}

/**
 * The cells ExcelJS makes for a range reference ("A3:XFD1048576", "Sheet1!$A$1:$J$100", "B2"), read by ExcelJS's own
 * reader: a pattern of ours read "A3:Z100000x" or "A3:Z-100000" as one cell where ExcelJS read 2.6 million (attacker
 * pass 22). A reference ExcelJS cannot read makes it fail, not build: none.
 */
function rangeCells(ref: string): number {
  try {
    const range = colCache.decodeEx(ref.trim());
    if (!('top' in range)) return 1;
    const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    return Number.isFinite(cells) ? Math.max(0, cells) : 0;
  } catch {
    return 0;
  }
}

/**
 * The tags of an XML part in order, read in one pass (no pattern that scans ahead for a closing tag: a part of
 * millions of unclosed "<c>" made such a pattern take minutes): the local name ("c" for "x:c"), whether it closes,
 * whether it closes itself, its attributes' text, and where its text after it starts and where the tag started.
 */
function* xmlTags(xml: string) {
  for (let at = xml.indexOf('<'); at >= 0;) {
    const end = xml.indexOf('>', at + 1);
    if (end < 0) return;
    const closing = xml[at + 1] === '/';
    const body = xml.slice(at + (closing ? 2 : 1), end);
    const name = /^[\w.:-]*/.exec(body)![0];
    yield {
      name: name.slice(name.indexOf(':') + 1),
      closing,
      selfClosing: body.endsWith('/'),
      attrs: body.slice(name.length),
      at,
      after: end + 1,
    };
    at = xml.indexOf('<', end + 1);
  }
}

const attribute = (attrs: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(attrs)
    ?.slice(1)
    .find((v) => v !== undefined);

/** Whether a DOCX or XLSX that passed the size checks would still make its reader build too much (see above). */
export async function exceedsReaderLimits(bytes: Uint8Array, kind: 'docx' | 'xlsx'): Promise<boolean> {
  if (kind === 'xlsx') {
    let rangeCellCount = 0;
    let cells = 0;
    let rows = 0;
    let text = 0;
    // Part names as ExcelJS finds them (it does not anchor them to the archive's root).
    const sharedLength: number[] = [];
    let open = -1;
    let sharedElements = 0;
    for (const tag of xmlTags((await zipTexts(bytes, /^xl\/sharedStrings\.xml$/i))[0] ?? '')) {
      if (!tag.closing && tag.name && ++sharedElements > MAX_SHARED_ELEMENTS) return true;
      if (tag.name !== 'si') continue;
      if (!tag.closing && sharedLength.length >= MAX_SHARED_STRINGS) return true;
      if (!tag.closing && tag.selfClosing) sharedLength.push(0);
      else if (!tag.closing) open = tag.after;
      else if (open >= 0) {
        sharedLength.push(tag.at - open);
        open = -1;
      }
    }
    // The workbook's named ranges ("Sheet1!$A$1:$J$100000", a print area): ExcelJS makes one object per cell of each.
    const workbook = (await zipTexts(bytes, /^xl\/workbook\.xml$/i))[0] ?? '';
    let named = -1;
    for (const tag of xmlTags(workbook)) {
      if (tag.name !== 'definedName') continue;
      if (!tag.closing) named = tag.selfClosing ? -1 : tag.after;
      else if (named >= 0) {
        for (const part of workbook.slice(named, tag.at).split(',')) {
          rangeCellCount += rangeCells(part);
          if (rangeCellCount > MAX_SHEET_RANGE_CELLS) return true;
        }
        named = -1;
      }
    }
    // Sheets as ExcelJS finds them ("xl/worksheets/sheet1.xml" anywhere in the name, "sheet1.xmlx" too), and any other
    // XML part under a worksheets folder.
    let held = 0;
    for (const sheet of await zipTexts(bytes, /xl\/worksheets\//i, true)) {
      let rowWidth = 0;
      let shared = false;
      let value = -1;
      for (const tag of xmlTags(sheet)) {
        if (tag.closing) {
          if (tag.name === 'v' && shared && value >= 0) {
            text += sharedLength[Number(sheet.slice(value, tag.at).trim())] ?? 0;
            if (text > MAX_SHEET_TEXT) return true;
          }
          if (tag.name === 'c') shared = false;
          continue;
        }
        if (tag.name === 'row') {
          if (++rows > MAX_SHEET_ROWS) return true;
          rowWidth = 0;
        }
        if (tag.name === 'c') {
          if (++cells > MAX_SHEET_CELLS) return true;
          // ExcelJS keeps a row's cells in an array as long as its last column: one cell at XFD in each row is 16,384
          // slots a row (a 7 KB file of 1,000 such rows held the server 18 s and 450 MB: attacker pass 22). What it
          // would hold is counted, by its own reading of the reference.
          const ref = attribute(tag.attrs, 'r');
          let column = rowWidth + 1;
          try {
            column = (ref ? colCache.decodeAddress(ref).col : undefined) ?? column;
          } catch {
            return true; // past XFD: ExcelJS refuses the file too
          }
          if (column > rowWidth) {
            held += column - rowWidth;
            rowWidth = column;
            if (held > MAX_SHEET_CELLS) return true;
          }
          shared = !tag.selfClosing && attribute(tag.attrs, 't') === 's';
        } else if (tag.name === 'v') value = tag.after;
        // A column range past the sheet's last column (XFD, 16,384): ExcelJS makes one object per column it names.
        else if (tag.name === 'col' && Number(attribute(tag.attrs, 'max') ?? 0) > MAX_SHEET_COLUMNS) return true;
        else if (tag.name === 'mergeCell' || tag.name === 'dataValidation' || tag.name === 'hyperlink') {
          const ref = attribute(tag.attrs, 'ref') ?? attribute(tag.attrs, 'sqref') ?? '';
          for (const part of ref.split(/\s+/).filter(Boolean)) {
            rangeCellCount += rangeCells(part);
            if (rangeCellCount > MAX_SHEET_RANGE_CELLS) return true;
          }
        }
      }
    }
    // Every other XML part ExcelJS parses (styles, comments, themes, drawings, tables: it finds comments by their name
    // whether or not a sheet points to them): 900,000 fonts in a 70 KB styles part held the server 3 s, four comments
    // parts of 29 MB took 1.2 GB (attacker pass 22). A real workbook's are far below both limits.
    let otherText = 0;
    let otherElements = 0;
    for (const part of await zipTexts(bytes, OTHER_XLSX_PARTS, true)) {
      otherText += part.length;
      if (otherText > MAX_OTHER_XLSX_TEXT) return true;
      for (let i = part.indexOf('<'); i >= 0; i = part.indexOf('<', i + 1))
        if (part[i + 1] !== '/' && part[i + 1] !== '?' && ++otherElements > MAX_DOCUMENT_ELEMENTS) return true;
    }
    return false;
  }
  let elements = 0;
  // Every XML part, whatever its name or folder: mammoth reads the document where the relationships point.
  for (const part of await zipTexts(bytes, /./, true)) {
    for (let i = part.indexOf('<'); i >= 0; i = part.indexOf('<', i + 1))
      if (part[i + 1] !== '/' && part[i + 1] !== '?' && ++elements > MAX_DOCUMENT_ELEMENTS) return true;
  }
  return false;
}

/** Last path segment, NFKC, without control/format/bidi characters, reserved characters or edge dots and spaces. */
function cleanName(name: string): string {
  // A browser sends a name's quotation marks and line breaks as %22, %0A and %0D (HTML's multipart encoding).
  // No file system names a file with more than 255 bytes: the rest of a longer "name" is not read (a million dots
  // and spaces took minutes of the patterns below).
  const sent = name
    .slice(0, 1024)
    .replace(/%22/gi, '"')
    .replace(/%0[AD]/gi, ' ');
  const base = sent.normalize('NFKC').split(/[\\/]/).pop() ?? '';
  return (
    base
      // Attacker pass 29: the noncharacters too (U+FFFF), which XML cannot carry (the audit export holds the names).
      .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}]/gu, '')
      .replace(/[<>:"|?*]/g, '')
      .replace(/\s+/gu, ' ')
      .replace(/^[\s.]+|(?<![\s.])[\s.]+$/g, '')
  );
}

/** A safe display name: strips directories (both / and \), control chars, leading dots, keeps Vietnamese letters; max 150 chars; falls back to "tep-dinh-kem". The extension is replaced by the sniffed type's extension. */
export function safeDisplayName(declaredName: string, type: EvidenceType): string {
  const stem = cleanName(declaredName).replace(/\.[a-z][a-z0-9]{0,4}$/i, '');
  const kept = Array.from(stem)
    .slice(0, MAX_NAME_CHARS - type.ext.length - 1)
    .join('')
    .replace(/(?<![\s.])[\s.]+$/, '');
  return `${kept || FALLBACK_NAME}.${type.ext}`;
}

/** Content-Disposition header value for a download: attachment; filename="<ascii fallback>"; filename*=UTF-8''<percent-encoded> */
export function contentDisposition(displayName: string): string {
  const name = cleanName(displayName) || FALLBACK_NAME;
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const KEY_PATTERN = /^[0-9a-f]{2}\/[0-9a-f]{32}\.(?:pdf|docx|xlsx|png|jpg)$/;

/** The storage root: process.env.STORAGE_DIR or <cwd>/.data/files */
export function storageRoot(): string {
  return process.env.STORAGE_DIR || path.join(process.cwd(), '.data', 'files');
}

/** Only keys this module made resolve to a path, so a key can never reach outside the root. */
function keyPath(storageKey: string, root: string): string {
  if (!KEY_PATTERN.test(storageKey)) throw new Error(`Invalid evidence storage key: ${JSON.stringify(storageKey)}`);
  return path.join(root, ...storageKey.split('/'));
}

/** Stores bytes under a server-made name (random 128-bit hex + '.' + ext, sharded in two-hex-char folders) in the storage root; writes to a temp file then renames, so a partial file is never visible. */
export async function storeEvidence(bytes: Uint8Array, type: EvidenceType, root = storageRoot()): Promise<StoredFile> {
  if (bytes.length > MAX_EVIDENCE_BYTES) throw new Error('Evidence file exceeds MAX_EVIDENCE_BYTES');
  const id = randomBytes(16).toString('hex');
  const storageKey = `${id.slice(0, 2)}/${id}.${type.ext}`;
  const target = keyPath(storageKey, root);
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`; // never matches KEY_PATTERN
  try {
    const handle = await open(temp, 'wx', 0o640);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  return { storageKey, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The stored bytes; a file missing from the storage (lost, or restored without its files) is a NOT_FOUND. */
export async function readEvidence(storageKey: string, root = storageRoot()): Promise<Uint8Array> {
  const buf = await readFile(keyPath(storageKey, root)).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
    log.warn({ scope: 'evidence', storageKey }, 'evidence file missing from storage');
    throw notFound(msg('errors.files.missing'));
  });
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Idempotent: deleting a missing file is not an error. */
export async function deleteEvidence(storageKey: string, root = storageRoot()): Promise<void> {
  await unlink(keyPath(storageKey, root)).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}
