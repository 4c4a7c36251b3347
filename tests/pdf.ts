import { deflateSync } from 'node:zlib';

/**
 * A tiny PDF writer for tests: objects written plainly or packed in object streams, with a classic
 * cross-reference table or a cross-reference stream, so each way of hiding an object can be built.
 */

export type PdfObject = {
  num: number;
  /** A plain object's body (`<< … >>`), or, for a stream, its dictionary entries without `<<` `>>` and `/Length`. */
  body: string;
  data?: Uint8Array;
};
export type Packed = { num: number; body: string };
export type ObjStmOptions = {
  /** The dictionary's type entry as written (`/Type /ObjStm` by default; `''` leaves it out). */
  type?: string;
  /** Leave `/First` out (a reader then finds the stream only through the cross-reference stream). */
  noFirst?: boolean;
  /** PNG "Up" predictor on the compressed data. */
  predictor?: boolean;
  /** Replaces the filter entry (`/Filter /FlateDecode` by default). */
  filter?: string;
  /** Data instead of the real compressed objects. */
  data?: Uint8Array;
};
export type PdfOptions = {
  xref?: 'table' | 'stream';
  /** Extra trailer entries (`/Encrypt 30 0 R`). */
  trailer?: string;
  /** Object-stream numbers the cross-reference stream names that are not in the file. */
  missingObjStm?: number;
  /** Raw text between `N 0` and `obj` of the cross-reference stream (a comment, say). */
  xrefObjGap?: string;
  /** The cross-reference stream's type entry as written. */
  xrefType?: string;
};

const enc = (s: string) => Buffer.from(s, 'latin1');

/** PNG "Up" rows of `columns` bytes, the predictor a producer puts on cross-reference and object streams. */
export function pngUp(data: Uint8Array, columns: number): Buffer {
  const rows: number[] = [];
  for (let at = 0; at < data.length; at += columns) {
    rows.push(2);
    for (let i = 0; i < columns; i++) rows.push(((data[at + i] ?? 0) - (at > 0 ? data[at - columns + i]! : 0)) & 0xff);
  }
  return Buffer.from(rows);
}

/** An object stream holding `objects`; returns the stream object and where each packed object went. */
export function objectStream(num: number, objects: Packed[], o: ObjStmOptions = {}) {
  const bodies = objects.map((x) => `${x.body}\n`);
  const offsets: number[] = [];
  let at = 0;
  for (const b of bodies) {
    offsets.push(at);
    at += Buffer.byteLength(b, 'latin1');
  }
  const header = `${objects.map((x, i) => `${x.num} ${offsets[i]}`).join(' ')}\n`;
  const plain = enc(header + bodies.join(''));
  const columns = 8;
  const data = o.data ?? deflateSync(o.predictor ? pngUp(plain, columns) : plain);
  const parms = o.predictor ? `/DecodeParms << /Predictor 12 /Columns ${columns} >>` : '';
  const dict = [
    o.type ?? '/Type /ObjStm',
    `/N ${objects.length}`,
    o.noFirst ? '' : `/First ${header.length}`,
    o.filter ?? '/Filter /FlateDecode',
    parms,
  ].join(' ');
  return {
    object: { num, body: dict, data } satisfies PdfObject,
    packed: objects.map((x, i) => ({ num: x.num, stm: num, index: i })),
  };
}

/** A whole file: header, objects, cross-reference section, trailer, `%%EOF`. */
export function buildPdf(
  objects: PdfObject[],
  packed: { num: number; stm: number; index: number }[] = [],
  o: PdfOptions = {},
): Uint8Array {
  const parts: Buffer[] = [enc('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]!.length;
  const offsets = new Map<number, number>();
  const write = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  const writeObject = (x: PdfObject, gap = ' ') => {
    offsets.set(x.num, length);
    if (x.data) {
      write(enc(`${x.num} 0${gap}obj\n<< ${x.body} /Length ${x.data.length} >>\nstream\n`));
      write(Buffer.from(x.data));
      write(enc('\nendstream\nendobj\n'));
    } else write(enc(`${x.num} 0${gap}obj\n${x.body}\nendobj\n`));
  };
  for (const x of objects) writeObject(x);
  const all = [...objects.map((x) => x.num), ...packed.map((p) => p.num)];
  const size = Math.max(0, ...all, o.missingObjStm ?? 0) + 2;
  if ((o.xref ?? (packed.length ? 'stream' : 'table')) === 'table') {
    const start = length;
    const rows = ['0000000000 65535 f \n'];
    for (let n = 1; n < size; n++) {
      const off = offsets.get(n);
      rows.push(off === undefined ? '0000000000 65535 f \n' : `${String(off).padStart(10, '0')} 00000 n \n`);
    }
    write(enc(`xref\n0 ${size}\n${rows.join('')}trailer\n<< /Size ${size} /Root 1 0 R ${o.trailer ?? ''} >>\n`));
    write(enc(`startxref\n${start}\n%%EOF\n`));
    return new Uint8Array(Buffer.concat(parts));
  }
  const xrefNum = size - 1;
  const entries: number[][] = [];
  const where = new Map(packed.map((p) => [p.num, p]));
  for (let n = 0; n < size; n++) {
    const p = where.get(n);
    if (n === xrefNum) entries.push([1, length, 0]);
    else if (p) entries.push([2, p.stm, p.index]);
    else if (offsets.has(n)) entries.push([1, offsets.get(n)!, 0]);
    else entries.push([0, 0, 0]);
  }
  if (o.missingObjStm !== undefined) entries[0] = [2, o.missingObjStm, 0];
  const rows = Buffer.alloc(entries.length * 7);
  entries.forEach(([t, f2, f3], i) => {
    rows.writeUInt8(t!, i * 7);
    rows.writeUInt32BE(f2!, i * 7 + 1);
    rows.writeUInt16BE(f3!, i * 7 + 5);
  });
  const start = length;
  writeObject(
    {
      num: xrefNum,
      body: `${o.xrefType ?? '/Type /XRef'} /Size ${size} /W [1 4 2] /Root 1 0 R ${o.trailer ?? ''} /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >>`,
      data: deflateSync(pngUp(rows, 7)),
    },
    o.xrefObjGap,
  );
  write(enc(`startxref\n${start}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

/** A plain one-page document, as a producer writes it: compressed page content, fonts, a link, an image, and
 * its catalog, page tree, page and font packed in an object stream found through a cross-reference stream. */
export function genuinePdf(): Uint8Array {
  const content = deflateSync(
    enc('BT /F1 12 Tf 72 720 Td (Bao cao tien do) Tj ET\nq 100 0 0 50 72 600 cm /Im1 Do Q\n/GS1 gs\n'),
  );
  const image = Buffer.alloc(3000, 0x9c); // stands in for JPEG data: no names inside
  const title = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Báo cáo tiến độ', 'utf16le').swap16()]);
  const { object, packed } = objectStream(
    10,
    [
      { num: 1, body: '<< /Type /Catalog /Pages 2 0 R /PageMode /UseNone /Lang (vi-VN) >>' },
      { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      {
        num: 3,
        body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [6 0 R] /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 7 0 R >> /ExtGState << /GS1 << /CA 1 >> >> >> >>',
      },
      { num: 5, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
      {
        num: 6,
        body: '<< /Type /Annot /Subtype /Link /Rect [72 700 200 720] /A << /S /URI /URI (https://chinhphu.vn/) >> >>',
      },
      { num: 9, body: `<< /Title <${title.toString('hex')}> /Producer (tests/pdf.ts) >>` },
    ],
    { predictor: true },
  );
  return buildPdf(
    [
      { num: 4, body: '/Filter /FlateDecode', data: content },
      {
        num: 7,
        body: '/Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode',
        data: image,
      },
      object,
    ],
    packed,
    { trailer: '/Info 9 0 R' },
  );
}
