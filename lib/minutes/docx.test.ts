import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfficialDocumentModel } from './document-model';
import { buildOfficialDocx, documentNumberLine, formatVietnameseDate, recipientLines } from './docx';

const notice: OfficialDocumentModel = {
  kind: 'notice',
  parentBody: null,
  issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
  number: '45',
  symbol: 'TB-VPCP',
  place: 'Hà Nội',
  issueDate: '2024-02-05',
  subject:
    'Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại Phiên họp thứ 7 Ban Chỉ đạo cải cách hành chính của Chính phủ',
  body: [
    {
      kind: 'paragraph',
      runs: [
        {
          text: 'Ngày 25 tháng 01 năm 2024, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ chủ trì Phiên họp thứ 7 của Ban Chỉ đạo.',
        },
      ],
    },
    {
      kind: 'paragraph',
      runs: [
        { text: 'Sau khi nghe báo cáo và ý kiến của các thành viên Ban Chỉ đạo, Thủ tướng Chính phủ ' },
        { text: 'kết luận', bold: true },
        { text: ' như sau:' },
      ],
    },
    { kind: 'heading', runs: [{ text: 'I. NHIỆM VỤ TRỌNG TÂM NĂM 2024' }] },
    {
      kind: 'numbered',
      label: '1.',
      level: 0,
      runs: [
        {
          text: 'Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ và các bộ, cơ quan liên quan xây dựng Kế hoạch cải cách hành chính năm 2024; hoàn thành trước ngày 30/6/2024.',
        },
      ],
    },
    {
      kind: 'numbered',
      label: 'a)',
      level: 1,
      runs: [{ text: 'Đẩy mạnh cắt giảm, đơn giản hóa thủ tục hành chính', italic: true }, { text: '.' }],
    },
  ],
  signatures: [
    {
      authorityPrefix: 'KT',
      authorityBody: 'BỘ TRƯỞNG, CHỦ NHIỆM',
      signerTitle: 'PHÓ CHỦ NHIỆM',
      signerName: 'Nguyễn Văn A',
    },
  ],
  recipients: ['Thủ tướng, các Phó Thủ tướng Chính phủ;', '- Các thành viên Ban Chỉ đạo', 'Lưu: VT, TCCV'],
};

const minutes: OfficialDocumentModel = {
  ...notice,
  kind: 'minutes',
  parentBody: 'Chính phủ',
  issuingBody: 'BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH',
  number: null,
  symbol: 'BB-BCĐ',
  issueDate: null,
  subject: 'Phiên họp thứ 7 Ban Chỉ đạo cải cách hành chính của Chính phủ',
  draftWatermark: true,
  signatures: [
    { authorityPrefix: null, authorityBody: null, signerTitle: 'THƯ KÝ', signerName: 'Lê Thị B' },
    { authorityPrefix: null, authorityBody: null, signerTitle: 'Chủ tọa', signerName: 'Trần Văn C' },
  ],
  recipients: ['Các thành viên Ban Chỉ đạo', 'Lưu: VT, BCĐ.'],
};

type Para = { xml: string; text: string };
type Docx = { document: string; styles: string; settings: string; headers: Record<string, string>; core: string };

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every w:p of a part with its plain text (docx may split a line into several runs). */
function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map(([p]) => ({
    xml: p,
    text: unescape([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));
}

function paragraph(xml: string, text: string): Para {
  const found = paragraphs(xml).find((p) => p.text === text);
  if (!found)
    throw new Error(
      `no paragraph "${text}" in:\n${paragraphs(xml)
        .map((p) => p.text)
        .join('\n')}`,
    );
  return found;
}

/** The w:rPr of every run holding text in the paragraph. */
const runProps = (p: Para) => [...p.xml.matchAll(/<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t/g)].map((m) => m[1] ?? '');

async function unpack(model: OfficialDocumentModel): Promise<Docx> {
  const zip = await JSZip.loadAsync(await buildOfficialDocx(model));
  const read = (path: string) => zip.file(path)!.async('string');
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const headers: Record<string, string> = {};
  for (const [, type, id] of document.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    headers[type!] = await read(`word/${target}`);
  }
  return {
    document,
    headers,
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    core: await read('docProps/core.xml'),
  };
}

const attr = (xml: string, element: string, name: string) =>
  Number(new RegExp(`<${element}\\b[^>]*\\b${name}="(-?\\d+)"`).exec(xml)?.[1]);

describe('formatVietnameseDate', () => {
  it('pads days under 10 and months 1–2 with a zero, not months 3–12', () => {
    expect(formatVietnameseDate('Hà Nội', '2024-02-05')).toBe('Hà Nội, ngày 05 tháng 02 năm 2024');
    expect(formatVietnameseDate('Hà Nội', '2024-10-20')).toBe('Hà Nội, ngày 20 tháng 10 năm 2024');
    expect(formatVietnameseDate('Hà Nội', '2024-03-15')).toBe('Hà Nội, ngày 15 tháng 3 năm 2024');
    expect(formatVietnameseDate('Hà Nội', '2024-12-01')).toBe('Hà Nội, ngày 01 tháng 12 năm 2024');
    expect(formatVietnameseDate('Đà Nẵng', '2025-01-31')).toBe('Đà Nẵng, ngày 31 tháng 01 năm 2025');
  });

  it('leaves blanks without a date and rejects malformed dates', () => {
    expect(formatVietnameseDate('Hà Nội', null)).toBe('Hà Nội, ngày … tháng … năm …');
    expect(() => formatVietnameseDate('Hà Nội', '2024-02-30')).toThrow(RangeError);
    expect(() => formatVietnameseDate('Hà Nội', '5/2/2024')).toThrow(RangeError);
  });
});

describe('documentNumberLine and recipientLines', () => {
  it('writes the number and symbol, or leaves space for the number', () => {
    expect(documentNumberLine('45', 'TB-VPCP')).toBe('Số: 45/TB-VPCP');
    expect(documentNumberLine(null, 'TB-VPCP')).toBe('Số:      /TB-VPCP');
  });

  it('adds the dash and the closing punctuation once', () => {
    expect(recipientLines(['Như trên;', '- Bộ Nội vụ', '  ', 'Lưu: VT, TCCV (2).'])).toEqual([
      '- Như trên;',
      '- Bộ Nội vụ;',
      '- Lưu: VT, TCCV (2).',
    ]);
  });
});

describe('buildOfficialDocx — notice', () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await unpack(notice);
  });

  it('is A4 with the NĐ 30 margins, a different first page and decimal page numbers', () => {
    const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(docx.document)![0];
    expect(sectPr).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(attr(sectPr, 'w:pgMar', 'w:top')).toBeCloseTo(1134, -1);
    expect(attr(sectPr, 'w:pgMar', 'w:bottom')).toBeCloseTo(1134, -1);
    expect(Math.abs(attr(sectPr, 'w:pgMar', 'w:left') - 1701)).toBeLessThanOrEqual(5);
    expect(Math.abs(attr(sectPr, 'w:pgMar', 'w:right') - 850)).toBeLessThanOrEqual(5);
    expect(sectPr).toContain('<w:titlePg/>');
    expect(sectPr).toContain('w:fmt="decimal"');
    expect(docx.settings).not.toMatch(/<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1)"/);
  });

  it('puts a centred PAGE field in the default header and none on the first page', () => {
    const pageHeader = docx.headers.default!;
    expect(pageHeader).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(pageHeader).toContain('<w:jc w:val="center"/>');
    expect(docx.headers.first).toBeDefined();
    expect(docx.headers.first).not.toContain('PAGE');
  });

  it('sets Times New Roman 14 pt, black, Vietnamese as the document defaults', () => {
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(docx.styles)![0];
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/);
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:color w:val="000000"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
    expect(docx.document).not.toMatch(/w:rFonts w:ascii="(?!Times New Roman)/);
  });

  it('writes the two-column header: issuing body, national title, motto, number and italic date', () => {
    const issuing = paragraph(docx.document, 'VĂN PHÒNG CHÍNH PHỦ');
    expect(runProps(issuing)[0]).toContain('<w:b/>');
    expect(runProps(issuing)[0]).toContain('<w:sz w:val="26"/>');
    expect(runProps(paragraph(docx.document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))[0]).toMatch(
      /<w:b\/>[\s\S]*w:val="24"/,
    );
    expect(runProps(paragraph(docx.document, 'Độc lập - Tự do - Hạnh phúc'))[0]).toContain('<w:b/>');
    expect(paragraph(docx.document, 'Số: 45/TB-VPCP').xml).toContain('<w:jc w:val="center"/>');
    const date = paragraph(docx.document, 'Hà Nội, ngày 05 tháng 02 năm 2024');
    expect(runProps(date).every((r) => r.includes('<w:i/>'))).toBe(true);
    // The header is a borderless table and has short centred rules (bottom-bordered empty paragraphs).
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(docx.document)![0];
    expect(table).toMatch(/<w:tblBorders>[\s\S]*<w:top w:val="none"/);
    expect(table.match(/<w:pBdr><w:bottom w:val="single"/g)).toHaveLength(2);
  });

  it('writes the bold title and subject followed by a rule', () => {
    const title = paragraph(docx.document, 'THÔNG BÁO');
    expect(runProps(title)[0]).toContain('<w:b/>');
    expect(runProps(title)[0]).toContain('<w:sz w:val="28"/>');
    expect(title.xml).toContain('<w:jc w:val="center"/>');
    const all = paragraphs(docx.document);
    const subject = all.findIndex((p) => p.text === notice.subject);
    expect(runProps(all[subject]!)[0]).toContain('<w:b/>');
    expect(all[subject + 1]!.xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  });

  it('justifies the body with a 1.27 cm first-line indent and 6 pt after, keeping bold and italic', () => {
    const body = paragraphs(docx.document).filter((p) => p.text.startsWith('Ngày 25') || p.text.startsWith('Sau khi'));
    expect(body).toHaveLength(2);
    for (const p of body) {
      expect(p.xml).toContain('<w:jc w:val="both"/>');
      expect(attr(p.xml, 'w:ind', 'w:firstLine')).toBe(720);
      expect(attr(p.xml, 'w:spacing', 'w:after')).toBeGreaterThanOrEqual(120);
    }
    expect(runProps(body[1]!).map((r) => r.includes('<w:b/>'))).toEqual([false, true, false]);
    expect(runProps(paragraph(docx.document, 'I. NHIỆM VỤ TRỌNG TÂM NĂM 2024'))[0]).toContain('<w:b/>');
  });

  it('writes numbered conclusions as one justified paragraph, level 1 indented further', () => {
    const first = paragraph(
      docx.document,
      '1. Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ và các bộ, cơ quan liên quan xây dựng Kế hoạch cải cách hành chính năm 2024; hoàn thành trước ngày 30/6/2024.',
    );
    expect(first.xml).toContain('<w:jc w:val="both"/>');
    expect(attr(first.xml, 'w:ind', 'w:firstLine')).toBe(720);
    const sub = paragraph(docx.document, 'a) Đẩy mạnh cắt giảm, đơn giản hóa thủ tục hành chính.');
    expect(attr(sub.xml, 'w:ind', 'w:left')).toBeGreaterThanOrEqual(283);
    expect(attr(sub.xml, 'w:ind', 'w:firstLine')).toBe(720);
    expect(runProps(sub)[1]).toContain('<w:i/>');
  });

  it('writes the signature block beside "Nơi nhận:" in one table row', () => {
    const texts = paragraphs(docx.document).map((p) => p.text);
    const at = (t: string) => texts.indexOf(t);
    expect(at('Nơi nhận:')).toBeGreaterThan(0);
    const heading = runProps(paragraph(docx.document, 'Nơi nhận:'))[0]!;
    expect(heading).toContain('<w:b/>');
    expect(heading).toContain('<w:i/>');
    expect(heading).toContain('<w:sz w:val="24"/>');
    expect(texts.slice(at('Nơi nhận:') + 1, at('Nơi nhận:') + 4)).toEqual([
      '- Thủ tướng, các Phó Thủ tướng Chính phủ;',
      '- Các thành viên Ban Chỉ đạo;',
      '- Lưu: VT, TCCV.',
    ]);
    expect(runProps(paragraph(docx.document, '- Lưu: VT, TCCV.'))[0]).toContain('<w:sz w:val="22"/>');
    const authority = paragraph(docx.document, 'KT. BỘ TRƯỞNG, CHỦ NHIỆM');
    expect(runProps(authority)[0]).toContain('<w:b/>');
    expect(at('PHÓ CHỦ NHIỆM')).toBe(at('KT. BỘ TRƯỞNG, CHỦ NHIỆM') + 1);
    expect(texts.slice(at('PHÓ CHỦ NHIỆM') + 1, at('PHÓ CHỦ NHIỆM') + 6)).toEqual(['', '', '', '', 'Nguyễn Văn A']);
    const lastRow = docx.document.slice(docx.document.lastIndexOf('<w:tr>'));
    expect(lastRow).toContain('Nơi nhận:');
    expect(lastRow).toContain('KT. BỘ TRƯỞNG, CHỦ NHIỆM');
  });

  it('sets the core properties: title, creator and language', () => {
    expect(docx.core).toContain(`<dc:title>${notice.subject}</dc:title>`);
    expect(docx.core).toContain('<dc:creator>VĂN PHÒNG CHÍNH PHỦ</dc:creator>');
    expect(docx.core).toContain('<dc:language>vi-VN</dc:language>');
    expect(docx.document).not.toContain('DỰ THẢO');
  });
});

describe('buildOfficialDocx — edge cases', () => {
  it('leaves out what XML cannot carry, so Word opens the file (attacker pass 29)', async () => {
    // A progress note stored with U+FFFF before the input was cleaned: the docx package wrote it as it was, and the
    // whole document was one Word calls damaged.
    const bytes = await buildOfficialDocx({
      ...notice,
      subject: 'Kết luận \uffff phiên họp',
      body: [{ kind: 'paragraph', runs: [{ text: 'Ghi chú \ufffe\uffff hết \u{1F389}' }] }],
      recipients: ['Bộ Nội vụ\uffff'],
    });
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
      const xml = await zip.file(name)!.async('string');
      expect(xml, name).not.toMatch(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u);
    }
    const document = await zip.file('word/document.xml')!.async('string');
    expect(paragraphs(document).map((p) => p.text)).toContain('Ghi chú  hết \u{1F389}');
  });

  it('builds a notice without signatures, recipients or body', async () => {
    const bytes = await buildOfficialDocx({ ...notice, body: [], signatures: [], recipients: [] });
    const document = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(document).not.toContain('Nơi nhận:');
    const cells = document.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => /<w:p[\s>/]/.test(c))).toBe(true);
  });
});

describe('buildOfficialDocx — minutes', () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await unpack(minutes);
  });

  it('has the BIÊN BẢN title, the parent body, a blank number and date, and the draft mark', () => {
    const texts = paragraphs(docx.document).map((p) => p.text);
    expect(texts[0]).toBe('DỰ THẢO');
    expect(paragraphs(docx.document)[0]!.xml).toContain('<w:jc w:val="right"/>');
    expect(runProps(paragraph(docx.document, 'CHÍNH PHỦ'))[0]).not.toContain('<w:b/>');
    expect(texts).toContain('BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH');
    expect(texts).toContain('Số:      /BB-BCĐ');
    expect(texts).toContain('Hà Nội, ngày … tháng … năm …');
    expect(runProps(paragraph(docx.document, 'BIÊN BẢN'))[0]).toContain('<w:b/>');
  });

  it('puts THƯ KÝ on the left and CHỦ TỌA on the right, each with a name under it', () => {
    const rows = [...docx.document.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const row = rows.find((r) => r.includes('THƯ KÝ'))!;
    const cells = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphs(m[0]).map((p) => p.text));
    expect(cells).toEqual([
      ['THƯ KÝ', '', '', '', '', 'Lê Thị B'],
      ['CHỦ TỌA', '', '', '', '', 'Trần Văn C'],
    ]);
    const texts = paragraphs(docx.document).map((p) => p.text);
    expect(texts.slice(-3)).toEqual(['Nơi nhận:', '- Các thành viên Ban Chỉ đạo;', '- Lưu: VT, BCĐ.']);
  });
});
