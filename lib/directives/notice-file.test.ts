import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/errors';
import { ACTION_BODY_LIMIT } from '@/lib/http/body-gate';
import { localize } from '@/lib/i18n/message';
import { translatorFor } from '@/lib/i18n/translate';
import {
  CHROMIUM,
  encryptedPdf,
  macroDocx,
  noticeDocx,
  noticePdf,
  noticeWithTablePdf,
  numberedNoticeDocx,
  noticeWithTableDocx,
  pagePng,
  repeatedScan,
  scannedPdf,
} from '@/tests/notice-files';
import { asVni, asVnTime, HAS_TCVN_ICONV } from '@/tests/legacy-text';
import { buildPdf } from '@/tests/pdf';
import { parseConclusionText, type ProposedDirective } from './conclusion-parser';
import { SESSION_7_2024 } from './fixtures/notices';
import { REGISTRY } from './fixtures/registry';
import { parseNoticeHeader } from './notice-header';
import {
  extractNoticeText,
  MAX_NOTICE_BYTES,
  OCR_MAX_PAGES,
  ocrAvailability,
  OCR_MEMORY_MB,
  OCR_SCAN_BUDGET_MS,
  ocrPages,
  rawTextWithNumbers,
  scanText,
  skipImage,
} from './notice-file';
import { pasteNoticeSchema } from './schemas';
import { cpuMs } from '@/tests/cpu-time';

const NOTICE = SESSION_7_2024;
const parse = (text: string) => parseConclusionText(text, REGISTRY, { onDate: '2024-02-05', noticeDate: '2024-02-05' });
/** What a reviewer checks of each proposal. */
const summary = (items: ProposedDirective[]) =>
  items.map((p) => ({
    ordinal: p.ordinal,
    leads: p.leadAgencyIds,
    coordinators: p.coordinatorAgencyIds,
    deadline: p.deadline,
  }));
const english = (message: string) => localize(message, translatorFor('en'));

/** The refusal's message in English, or a failure if the file was read. */
async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  const err = await extractNoticeText(bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return english((err as AppError).message);
}

const has = (cmd: string) => {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const inCi = Boolean(process.env.CI);

/** A DOCX of the least parts Word's reader needs, `body` inside its w:body. */
async function bareDocx(body: string): Promise<Uint8Array> {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n  <w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('extractNoticeText: DOCX', () => {
  it('reads a DOCX into the text that parses like the pasted notice', async () => {
    const { text, source } = await extractNoticeText(await noticeDocx(NOTICE), 'thong-bao.docx');
    expect(source).toBe('docx');
    // One paragraph per line, as pasted.
    expect(text).toContain('\n3. Đẩy mạnh đổi mới cả 6 nội dung cải cách hành chính:\n');
    expect(summary(parse(text))).toEqual(summary(parse(NOTICE)));
    expect(parseNoticeHeader(text)).toEqual(parseNoticeHeader(NOTICE));
  });

  it.skipIf(!HAS_TCVN_ICONV)('reads a notice typed in TCVN3 (.VnTime) as Unicode, and says so', async () => {
    const read = await extractNoticeText(await noticeDocx(asVnTime(NOTICE)), 'thong-bao-vntime.docx');
    expect(read.legacy).toBe('tcvn3');
    expect(read.text).toContain('Thủ tướng Chính phủ');
    expect(summary(parse(read.text))).toEqual(summary(parse(NOTICE)));
    expect(parseNoticeHeader(read.text)).toEqual(parseNoticeHeader(NOTICE));
  });

  it('reads a notice typed in VNI (VNI-Times) as Unicode, and says so', async () => {
    const read = await extractNoticeText(await noticeDocx(asVni(NOTICE)), 'thong-bao-vni.docx');
    expect(read.legacy).toBe('vni');
    expect(read.text).toBe(await extractNoticeText(await noticeDocx(NOTICE), 'thong-bao.docx').then((r) => r.text));
    expect(summary(parse(read.text))).toEqual(summary(parse(NOTICE)));
  });

  it('reads tables nested in tables once each (each level doubled the work: 20 levels in 1 KB held the server 12 s)', async () => {
    let inner =
      '<w:p><w:r><w:t>Giao Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ rà soát thủ tục.</w:t></w:r></w:p>';
    for (let i = 0; i < 26; i++) inner = `<w:tbl><w:tr><w:tc>${inner}<w:p/></w:tc></w:tr></w:tbl><w:p/>`;
    const bytes = await bareDocx(inner);
    let text = '';
    // CPU time (decision 089): doubled 26 times, the work would be minutes.
    expect(await cpuMs(async () => ({ text } = await extractNoticeText(bytes, 'long-bang.docx')))).toBeLessThan(3_000);
    expect(text).toContain('Giao Bộ Nội vụ chủ trì, phối hợp');
  });

  it('measures a DOCX’s text before mammoth reads it (attacker pass 32)', async () => {
    // indented between tags, as a producer may write it
    const docx = (text: string) => bareDocx(`\n    <w:p><w:r><w:t>${text}</w:t></w:r></w:p>`);
    const mammoth = (await import('mammoth')).default;
    const read = vi.spyOn(mammoth, 'convertToHtml');
    try {
      // 27 MB of text in one run (an XML part may be 32 MB), 150 KB of file.
      const long = await docx('Giao Bộ Nội vụ chủ trì. '.repeat(900_000));
      expect(long.length).toBeLessThan(200_000);
      expect(await refusal(long, 'dai.docx')).toMatch(/too long|200[,.]?000/i);
      expect(read).not.toHaveBeenCalled();
      // A notice of the longest length allowed is still read, its indentation between tags not counted.
      const { text } = await extractNoticeText(await docx('Giao Bộ Nội vụ chủ trì. '.repeat(8_000)), 'dai.docx');
      expect(text.length).toBeGreaterThan(190_000);
      expect(read).toHaveBeenCalledTimes(1);
    } finally {
      read.mockRestore();
    }
  });

  it('never hands mammoth a workbook, even one refused only for what it links to (attacker pass 32)', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('xl/externalLinks/externalLink1.xml', '<externalLink/>');
    const workbook = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const mammoth = (await import('mammoth')).default;
    const read = vi.spyOn(mammoth, 'convertToHtml');
    try {
      expect(await refusal(workbook, 'thong-bao.docx')).toMatch(/DOCX/);
      expect(await refusal(workbook, 'thong-bao.docx')).not.toMatch(/damaged/);
      expect(read).not.toHaveBeenCalled();
    } finally {
      read.mockRestore();
    }
  });

  it('keeps Word’s list levels on a stack: 40,000 paragraphs each one level deeper read in linear time (attacker pass 32)', async () => {
    const paragraph = (level: number, text: string) => ({
      type: 'paragraph',
      numbering: { isOrdered: true, level: String(level) },
      children: [{ type: 'text', value: text }],
    });
    const deeper = (n: number) => Array.from({ length: n }, (_, i) => paragraph(i, 'x'));
    const document = (n: number) => ({
      type: 'document',
      children: [...deeper(n), paragraph(1, 'b'), paragraph(0, 'c'), paragraph(1, 'd')],
    });
    let text = '';
    // CPU time (decision 089); a walk back up the levels for each paragraph would be 800 million steps.
    expect(await cpuMs(() => (text = rawTextWithNumbers(document(40_000))))).toBeLessThan(1_000);
    expect(text.startsWith('1. x\n\na) x\n\n- x\n\n- x')).toBe(true);
    // Back at level 1 the count goes on (b, after a), at level 0 too (2.), and a new level 1 starts again (a).
    expect(text.endsWith('b) b\n\n2. c\n\na) d\n\n')).toBe(true);
  });

  it('gives the items Word numbers itself their numbers, so they parse as typed ones do', async () => {
    const docx = await numberedNoticeDocx([
      [null, 'Thủ tướng Chính phủ kết luận như sau:'],
      [0, 'Năm 2024, công tác cải cách hành chính đạt nhiều kết quả quan trọng.'],
      [0, 'Giao Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ:'],
      [1, 'Rà soát quy định về chế độ công vụ; hoàn thành trước ngày 30 tháng 6 năm 2026.'],
      [1, 'Xây dựng Bộ chỉ số cải cách hành chính; hoàn thành trước ngày 30 tháng 9 năm 2026.'],
      [0, 'Bộ Tư pháp rà soát văn bản quy phạm pháp luật.'],
    ]);
    const { text } = await extractNoticeText(docx, 'thong-bao.docx');
    expect(text).toContain('\n2. Giao Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ:\n');
    expect(text).toContain('\nb) Xây dựng Bộ chỉ số');
    const items = parseConclusionText(text, REGISTRY, { onDate: '2026-03-16' });
    expect(items.map((i) => i.ordinal)).toEqual(['1', '2', '2a', '2b', '3']);
    expect(items.find((i) => i.ordinal === '2b')).toMatchObject({
      leadAgencyIds: [REGISTRY.find((a) => a.code === 'BNV')!.id],
      deadline: { kind: 'dated', dueDate: '2026-09-30' },
    });
  });

  it('reads an appendix table of tasks row by row: each row its item, with its lead, partners and deadline', async () => {
    const docx = await noticeWithTableDocx(
      [
        'Thủ tướng Chính phủ kết luận như sau:',
        '1. Các bộ, cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo.',
        'PHỤ LỤC',
      ],
      [
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'],
        ['1', 'Xây dựng cơ sở dữ liệu cán bộ, công chức', 'Bộ Nội vụ', 'Văn phòng Chính phủ', 'Tháng 6/2027'],
        ['2', 'Hoàn thiện quy định về thủ tục hành chính nội bộ', 'Văn phòng Chính phủ', '', 'Quý IV/2027'],
      ],
    );
    const { text } = await extractNoticeText(docx, 'thong-bao.docx');
    expect(text).toContain('1. Xây dựng cơ sở dữ liệu cán bộ, công chức\nCơ quan chủ trì: Bộ Nội vụ\n');
    const items = parseConclusionText(text, REGISTRY, { onDate: '2026-11-10' });
    const id = (code: string) => REGISTRY.find((a) => a.code === code)!.id;
    const database = items.find((i) => i.text.startsWith('Xây dựng cơ sở dữ liệu'))!;
    expect(database).toMatchObject({
      leadAgencyIds: [id('BNV')],
      coordinatorAgencyIds: [id('VPCP')],
      deadline: { kind: 'dated', dueDate: '2027-06-30' },
    });
    const rules = items.find((i) => i.text.startsWith('Hoàn thiện quy định'))!;
    expect(rules).toMatchObject({ leadAgencyIds: [id('VPCP')], deadline: { kind: 'dated', dueDate: '2027-12-31' } });

    // Merged cells: a section row across the table, and one lead for two tasks in a cell merged down two rows.
    const merged = await noticeWithTableDocx(
      ['Thủ tướng Chính phủ kết luận như sau:', 'PHỤ LỤC'],
      [
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'],
        [{ text: 'I. Lĩnh vực tổ chức bộ máy', columnSpan: 5 }],
        ['1', 'Rà soát chức năng của các đơn vị', { text: 'Bộ Nội vụ', rowSpan: 2 }, 'Bộ Tư pháp', 'Tháng 3/2027'],
        ['2', 'Sắp xếp các đơn vị sự nghiệp', 'Văn phòng Chính phủ', 'Quý III/2027'],
      ],
    );
    const read = (await extractNoticeText(merged, 'thong-bao.docx')).text;
    expect(read).toContain('I. Lĩnh vực tổ chức bộ máy\n');
    expect(read).toContain(
      '2. Sắp xếp các đơn vị sự nghiệp\nCơ quan chủ trì: Bộ Nội vụ\nCơ quan phối hợp: Văn phòng Chính phủ\nThời hạn: Quý III/2027',
    );
  });

  it('reads a table cell the file says spans millions of columns as the rest of its row, at once (attacker pass 17)', async () => {
    const table = await noticeWithTableDocx(
      ['Thủ tướng Chính phủ kết luận như sau:'],
      [
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
        [{ text: 'I. Lĩnh vực thể chế', columnSpan: 4 }],
        ['1', 'Rà soát thủ tục', 'Bộ Nội vụ', 'Tháng 3/2027'],
      ],
    );
    const zip = await JSZip.loadAsync(table);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:gridSpan w:val="4"');
    zip.file('word/document.xml', xml.replace('w:gridSpan w:val="4"', 'w:gridSpan w:val="20000000"'));
    const wide = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    let text = '';
    expect(await cpuMs(async () => ({ text } = await extractNoticeText(wide, 'thong-bao.docx')))).toBeLessThan(3_000);
    expect(text).toContain(
      'I. Lĩnh vực thể chế\n\n1. Rà soát thủ tục\nCơ quan chủ trì: Bộ Nội vụ\nThời hạn: Tháng 3/2027',
    );
  });

  it('refuses a DOCX that declares a VBA project, and a .docm by name', async () => {
    expect(await refusal(await macroDocx(NOTICE), 'thong-bao.docx')).toMatch(/macros/);
    expect(await refusal(await noticeDocx(NOTICE), 'thong-bao.docm')).toMatch(/macros/);
  });

  it('refuses a DOCX whose few KB would be millions of objects for the reader, before reading it (attacker pass 15b)', async () => {
    const zip = await JSZip.loadAsync(await noticeDocx(NOTICE));
    const doc = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', doc.replace('<w:body>', `<w:body>${'<w:p/>'.repeat(300_000)}`));
    const bomb = new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(bomb.length).toBeLessThan(60_000);
    let refused = '';
    expect(await cpuMs(async () => (refused = await refusal(bomb, 'thong-bao.docx')))).toBeLessThan(5_000);
    expect(refused).toBe(
      'The Word file holds too much content (more than 200,000 elements); a conclusion notice is usually a few pages.',
    );
  });

  it('reads a PDF in a process of its own, with a memory ceiling: a few KB of page content that unpacks to gigabytes is refused, and the server keeps answering (attacker pass 15b)', async () => {
    // One compressed content stream of 2 million text operations (about 100 KB), shared by 50 pages.
    const content = deflateSync(Buffer.from('BT /F1 12 Tf 10 10 Td (A) Tj ET\n'.repeat(2_000_000)));
    const pages = Array.from({ length: 50 }, (_, i) => 10 + i);
    const bomb = buildPdf([
      { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { num: 2, body: `<< /Type /Pages /Kids [${pages.map((n) => `${n} 0 R`).join(' ')}] /Count ${pages.length} >>` },
      { num: 3, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
      { num: 4, body: '/Filter /FlateDecode', data: new Uint8Array(content) },
      ...pages.map((num) => ({
        num,
        body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>',
      })),
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    let ticks = 0;
    const beat = setInterval(() => ticks++, 50);
    let refused = '';
    let cpu: number;
    try {
      cpu = await cpuMs(async () => (refused = await refusal(bomb, 'thong-bao.pdf')));
    } finally {
      clearInterval(beat);
    }
    expect(refused).toMatch(/^The PDF could not be read within the time and memory allowed/);
    // The server's own thread went on meanwhile, and pdf.js's seconds of work were not this process's: its CPU time
    // (decision 089; the longest pause between beats, a wall-clock figure, also grew with a loaded machine's waits).
    expect(ticks).toBeGreaterThan(2);
    expect(cpu).toBeLessThan(2_000);
  }, 120_000);

  it('reads the text of a DOCX and never its images (a 10 MB image referenced 20 times took 8.7 s: attacker pass 19)', async () => {
    // The prober's own file: 12 KB, one 10 MB image of zeros, twenty references to it.
    const file = new Uint8Array(readFileSync('lib/directives/fixtures/probe-image-20-references.docx'));
    const read = await extractNoticeText(file, 'thong-bao.docx');
    expect(read.text).toContain('Bộ Nội vụ chủ trì xây dựng đề án');
    // The converter mammoth is given for images does not read them.
    let reads = 0;
    const image = { read: async () => void reads++ };
    expect(await skipImage(image)).toEqual({ src: '' });
    expect(reads).toBe(0);
  });

  it('refuses a DOCX that is not a valid ZIP', async () => {
    const docx = await noticeDocx(NOTICE);
    expect(await refusal(docx.subarray(0, docx.length - 200), 'thong-bao.docx')).toMatch(/DOCX file is damaged/);
  });
});

describe.skipIf(!CHROMIUM && !inCi)('extractNoticeText: PDF (needs Chromium to make one)', () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await noticePdf(NOTICE);
  }, 60_000);

  it('reads the text layer line by line, so it parses like the pasted notice', async () => {
    const { text, source } = await extractNoticeText(pdf, 'thong-bao.pdf');
    expect(source).toBe('pdf');
    expect(text).toMatch(/^3\. Đẩy mạnh đổi mới cả 6 nội dung cải cách hành chính:$/m);
    expect(summary(parse(text))).toEqual(summary(parse(NOTICE)));
  });

  it('reads two PDFs at a time with four more waiting; the next is asked to try again (attacker pass 22)', async () => {
    const answers = await Promise.all(
      Array.from({ length: 7 }, () =>
        extractNoticeText(pdf, 'thong-bao.pdf').then(
          (r) => r.source,
          (e: AppError) => english(e.message),
        ),
      ),
    );
    expect(answers.filter((a) => a === 'pdf')).toHaveLength(6);
    expect(answers.filter((a) => /reading many other PDF files/.test(a))).toHaveLength(1);
    // Every turn was handed back: the next read starts at once.
    expect((await extractNoticeText(pdf, 'thong-bao.pdf')).source).toBe('pdf');
  }, 120_000);

  it('reads an appendix table of tasks row by row, over the pages it runs on: each row its item, with its lead, partners and deadline', async () => {
    const scope =
      'Rà soát, sửa đổi, bổ sung các quy định về phân cấp, phân quyền trong quản lý nhà nước, bảo đảm thống nhất với Luật Tổ chức Chính phủ';
    const rows = [['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành']];
    rows.push(['I. Lĩnh vực tổ chức bộ máy']);
    for (let n = 1; n <= 24; n++)
      rows.push([
        String(n),
        `${n % 3 ? 'Xây dựng cơ sở dữ liệu cán bộ, công chức' : scope} (nhiệm vụ ${n})`,
        n % 2 ? 'Bộ Nội vụ' : 'Văn phòng Chính phủ',
        n % 4 ? 'Bộ Tư pháp, Bộ Tài chính và các bộ, cơ quan liên quan' : '',
        n % 2 ? 'Tháng 6/2027' : 'Quý IV/2027',
      ]);
    const table = await noticeWithTablePdf(
      [
        'Thủ tướng Chính phủ kết luận như sau:',
        '1. Các bộ, cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo.',
        'PHỤ LỤC',
      ],
      rows,
      ['', 'Nơi nhận:', '- Như trên;'],
    );
    const { text } = await extractNoticeText(table, 'phu-luc.pdf');
    expect(text).toContain('PHỤ LỤC\nI. Lĩnh vực tổ chức bộ máy\n');
    // Every row whole, its long task text joined back from the lines its cell wrapped it to, the header printed again
    // on the next page passed over.
    expect(text).toContain(
      `3. ${scope} (nhiệm vụ 3)\nCơ quan chủ trì: Bộ Nội vụ\nCơ quan phối hợp: Bộ Tư pháp, Bộ Tài chính và các bộ, cơ quan liên quan\nThời hạn: Tháng 6/2027\n`,
    );
    expect(text).toContain(`24. ${scope} (nhiệm vụ 24)\nCơ quan chủ trì: Văn phòng Chính phủ\nThời hạn: Quý IV/2027\n`);
    expect(text.match(/^Cơ quan chủ trì: /gm)).toHaveLength(24);
    expect(text.match(/Nội dung nhiệm vụ/g)).toBeNull();
    expect(text).toMatch(/Thời hạn: Quý IV\/2027\n+Nơi nhận:/);
    const items = parseConclusionText(text, REGISTRY, { onDate: '2026-11-10' });
    const id = (code: string) => REGISTRY.find((a) => a.code === code)!.id;
    expect(items.find((i) => i.text.includes('(nhiệm vụ 3)'))).toMatchObject({
      leadAgencyIds: [id('BNV')],
      deadline: { kind: 'dated', dueDate: '2027-06-30' },
    });
    expect(items.find((i) => i.text.includes('(nhiệm vụ 24)'))).toMatchObject({
      leadAgencyIds: [id('VPCP')],
      deadline: { kind: 'dated', dueDate: '2027-12-31' },
    });
  }, 60_000);

  it('refuses an encrypted PDF, even one that opens without a password', async () => {
    if (!has('qpdf') && !inCi) return;
    expect(await refusal(await encryptedPdf(pdf), 'thong-bao.pdf')).toMatch(/password or is encrypted/);
  });

  it('refuses a PDF cut short', async () => {
    expect(await refusal(pdf.subarray(0, Math.floor(pdf.length / 2)), 'thong-bao.pdf')).toMatch(/damaged/);
  });

  it('reads a page of 200,000 text items on one line to its answer, not a stack overflow (attacker pass 19)', async () => {
    // The prober's own 6 KB file: "(a) Tj" 200,000 times along one line, off the page.
    const file = new Uint8Array(readFileSync('lib/directives/fixtures/probe-one-line-200k-items.pdf'));
    expect(await refusal(file, 'thong-bao.pdf')).toMatch(/no text|text layer/i);
  });

  it('refuses a PDF of 51 pages', async () => {
    const long = await noticePdf('Trang.', { pages: 51 });
    expect(await refusal(long, 'thong-bao.pdf')).toBe(
      'The file has more than 50 pages; a conclusion notice is usually a few pages.',
    );
  }, 60_000);

  it('says what to do with a .doc, an RTF or an ODT: the formats a secretariat has instead of a DOCX', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const rtf = new TextEncoder().encode(
      '{\\rtf1\\ansi {\\fonttbl} 1. B\\u7897? N\\u7897?i v\\u7909? ch\\u7911? tr\\u236?.}',
    );
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
    zip.file('content.xml', '<office:document-content/>');
    const odt = await zip.generateAsync({ type: 'uint8array' });
    for (const [bytes, name] of [
      [doc, 'thong-bao.doc'],
      [rtf, 'thong-bao.rtf'],
      [odt, 'thong-bao.odt'],
      [odt, 'thong-bao.docx'],
    ] as const) {
      expect(await refusal(bytes, name)).toMatch(/older Word file \(\.doc\), RTF or OpenDocument/);
    }
    expect(await refusal(new TextEncoder().encode('hello'), 'a.txt')).toBe('Only DOCX or PDF files can be read.');
  });

  it('refuses an image, even named .pdf', async () => {
    if (!has('pdftoppm') && !inCi) return;
    const png = await pagePng(pdf);
    expect(await refusal(png, 'thong-bao.png')).toMatch(/This is an image/);
    expect(await refusal(png, 'thong-bao.pdf')).toMatch(/This is an image/);
  });
});

const ocrReady = (await ocrAvailability()) === 'ok' && has('img2pdf') && Boolean(CHROMIUM);
if (!ocrReady && !inCi) {
  console.warn('notice-file.test: OCR test skipped: tesseract (with vie), pdftoppm, img2pdf or chromium is missing');
}

describe.skipIf(!ocrReady && !inCi)('extractNoticeText: a scanned PDF through Tesseract', () => {
  it('reads the items and their lead agencies', async () => {
    const scan = await scannedPdf(await noticePdf(NOTICE));
    const { text, source } = await extractNoticeText(scan, 'ban-quet.pdf');
    expect(source).toBe('ocr');
    const fromScan = parse(text);
    const pasted = parse(NOTICE);
    // OCR may misread a letter here and there: the items and who leads them must still come through.
    expect(fromScan.map((p) => p.ordinal)).toEqual(pasted.map((p) => p.ordinal));
    expect(fromScan.map((p) => p.leadAgencyIds)).toEqual(pasted.map((p) => p.leadAgencyIds));
  }, 180_000);

  it('reads one scan at a time with two more waiting, and no scan of more than 20 pages (attacker pass 19)', async () => {
    const page = await pagePng(await noticePdf(NOTICE));
    const long = await repeatedScan(page, OCR_MAX_PAGES + 1);
    expect(await refusal(long, 'ban-quet.pdf')).toContain(`more than ${OCR_MAX_PAGES} pages`);
    const one = await repeatedScan(page, 1);
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() =>
        extractNoticeText(one, 'ban-quet.pdf').then(
          (r) => r.source,
          (e: AppError) => english(e.message),
        ),
      ),
    );
    expect(answers.filter((a) => a === 'ocr')).toHaveLength(3);
    expect(answers.filter((a) => /reading other scans/.test(a))).toHaveLength(1);
  }, 180_000);

  it('gives a scan a time budget in all, and says so when it runs out (attacker pass 22: 35–47 s a page)', async () => {
    const one = await repeatedScan(await pagePng(await noticePdf(NOTICE)), 1);
    const tooSlow = async (budgetMs: number) =>
      english(
        await ocrPages(one, 1, budgetMs).then(
          () => 'read',
          (e: AppError) => e.message,
        ),
      );
    // No time left before rendering; time for rendering but not for recognising the page (about 4 s).
    expect(await tooSlow(1)).toMatch(/takes too long/);
    expect(await tooSlow(1500)).toMatch(/takes too long \(over 2 seconds\)/);
  }, 60_000);

  it('runs pdftoppm and tesseract under a memory limit, and says so when one dies at it (decision 059)', async () => {
    const one = await repeatedScan(await pagePng(await noticePdf(NOTICE)), 1);
    const read = (memoryMb?: number) =>
      ocrPages(one, 1, OCR_SCAN_BUDGET_MS, memoryMb).then(
        (text) => (text.includes('Bộ Nội vụ') ? 'read' : text),
        (e: AppError) => english(e.message),
      );
    // A page rendered at 3,600 pixels and recognised fits in 150 MB of neither program (an A4 page's image alone is 13 MB).
    expect(await read(150)).toBe(
      'Recognising the scan’s text needs more memory than the server allows (150 MB); paste the notice’s text instead, or send a PDF with a text layer.',
    );
    expect(await read(20)).toMatch(/more memory than the server allows \(20 MB\)/);
    expect(OCR_MEMORY_MB).toBe(512);
    expect(await read()).toBe('read');
  }, 120_000);
});

describe('extractNoticeText: other refusals', () => {
  it('refuses an empty file', async () => {
    expect(await refusal(new Uint8Array(0), 'thong-bao.docx')).toBe('The file is empty.');
  });

  it('refuses a file over 10 MB, which the body gate lets through to say so', async () => {
    const big = new Uint8Array(MAX_NOTICE_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(await refusal(big, 'thong-bao.pdf')).toBe('The file is larger than 10 MB.');
    // A 10 MB file and the rest of the form fit in a server action's body.
    expect(ACTION_BODY_LIMIT).toBeGreaterThan(MAX_NOTICE_BYTES + 1024 * 1024);
  });

  it('refuses what is neither DOCX nor PDF', async () => {
    expect(await refusal(new TextEncoder().encode(NOTICE), 'thong-bao.pdf')).toBe(
      'Only DOCX or PDF files can be read.',
    );
  });
});

describe('pasteNoticeSchema', () => {
  it('takes pasted text or a chosen file, and refuses neither', () => {
    const file = new File([new Uint8Array([1])], 'a.docx');
    expect(pasteNoticeSchema.parse({ sessionId: '1', text: 'x' }).file).toBeNull();
    expect(pasteNoticeSchema.parse({ sessionId: '1', text: '', file }).file).toBe(file);
    // An empty file input posts a nameless empty file.
    const none = pasteNoticeSchema.safeParse({ sessionId: '1', text: ' ', file: new File([], '') });
    expect(none.success).toBe(false);
    // The server's form parser names that empty part ("blob"): pasted text still wins, nothing is read as a file.
    const pasted = pasteNoticeSchema.parse({ sessionId: '1', text: 'x', file: new File([], 'blob') });
    expect(pasted.file).toBeNull();
    const tooBig = pasteNoticeSchema.safeParse({
      sessionId: '1',
      text: '',
      file: new File([new Uint8Array(MAX_NOTICE_BYTES + 1)], 'a.pdf'),
    });
    expect(tooBig.success).toBe(false);
  });
});

describe('scanText: a scan read by Tesseract (TSV) joins wrapped lines as a text layer does', () => {
  /** Tesseract's TSV for lines of one block: each line's words at `left`, its right end at `right`, `top` down. */
  const tsv = (lines: { text: string; left: number; right: number; top: number }[]) =>
    [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      ...lines.flatMap((l, i) => {
        const words = l.text.split(' ');
        const step = (l.right - l.left) / words.length;
        return words.map((w, j) =>
          [
            '5',
            '1',
            '1',
            '1',
            String(i + 1),
            String(j + 1),
            Math.round(l.left + j * step),
            l.top,
            Math.round(step - 10),
            50,
            '96',
            w,
          ].join('\t'),
        );
      }),
    ].join('\n');

  it('keeps a date line, the addressee and a paragraph apart, and joins the paragraph’s wrapped lines', () => {
    // One Tesseract block (as it groups a letter's opening): a short date line, "Kính gửi", a justified paragraph.
    const text = scanText(
      tsv([
        { text: 'Hà Nội, ngày 31 tháng 12 năm 2013', left: 1300, right: 2200, top: 600 },
        { text: 'Kính gửi: Bộ Tư pháp.', left: 1000, right: 1600, top: 700 },
        {
          text: 'Để tổng kết, đánh giá hoạt động Ban chỉ đạo tổng kết thi hành Hiến',
          left: 480,
          right: 2200,
          top: 800,
        },
        { text: 'pháp năm 1992, Phó Thủ tướng có ý kiến như sau:', left: 360, right: 1500, top: 870 },
        { text: '1. Giao Bộ Tư pháp chủ trì chuẩn bị cuộc họp.', left: 480, right: 1700, top: 940 },
      ]),
    );
    expect(text.split('\n')).toEqual([
      'Hà Nội, ngày 31 tháng 12 năm 2013',
      'Kính gửi: Bộ Tư pháp.',
      'Để tổng kết, đánh giá hoạt động Ban chỉ đạo tổng kết thi hành Hiến pháp năm 1992, Phó Thủ tướng có ý kiến như sau:',
      '1. Giao Bộ Tư pháp chủ trì chuẩn bị cuộc họp.',
    ]);
  });

  it('gives an item number misread with a comma its full stop back, and never joins two blocks', () => {
    const page = tsv([
      { text: '5, Các bộ, ngành khẩn trương rà soát các thủ tục hành chính có liên', left: 360, right: 2200, top: 600 },
      { text: 'quan.', left: 360, right: 500, top: 670 },
    ]);
    const otherBlock = page
      .split('\n')
      .map((row) => (row.startsWith('5\t1\t1\t1\t2') ? row.replace('5\t1\t1\t1\t2', '5\t1\t2\t1\t1') : row))
      .join('\n');
    expect(scanText(page)).toBe('5. Các bộ, ngành khẩn trương rà soát các thủ tục hành chính có liên quan.');
    const horned = tsv([{ text: 'tăng cưỜng đƯợc giao, SỞ Y tế', left: 360, right: 1200, top: 600 }]);
    expect(scanText(horned)).toBe('tăng cường được giao, SỞ Y tế');
    expect(scanText(otherBlock).split('\n')).toHaveLength(2);
  });
});
