import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { SESSION_7_2024, TB_467_2024 } from './fixtures/notices';
import { parseNoticeHeader } from './notice-header';

/** The paragraphs of a DOCX as the secretariat's copy-paste gives them: one line each. */
async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1]!)
        .join('')
        .replace(/&amp;/g, '&'),
    )
    .join('\n');
}

describe('parseNoticeHeader', () => {
  it('reads number, place, date and the signature block of docs/thong-bao-45-TB-VPCP.docx', async () => {
    const header = parseNoticeHeader(await docxText('docs/thong-bao-45-TB-VPCP.docx'));
    expect(header).toEqual({
      number: '45',
      symbol: 'TB-VPCP',
      place: 'Hà Nội',
      issueDate: '2024-02-05',
      authorityPrefix: 'KT',
      authorityBody: 'BỘ TRƯỞNG, CHỦ NHIỆM',
      signerTitle: 'PHÓ CHỦ NHIỆM',
      signerName: 'Nguyễn Văn A',
    });
  });

  it('reads Thông báo 467/TB-VPCP pasted as table rows, the signature in one cell', () => {
    expect(parseNoticeHeader(TB_467_2024)).toEqual({
      number: '467',
      symbol: 'TB-VPCP',
      place: 'Hà Nội',
      issueDate: '2024-10-14',
      authorityPrefix: 'KT',
      authorityBody: 'BỘ TRƯỞNG, CHỦ NHIỆM',
      signerTitle: 'PHÓ CHỦ NHIỆM',
      signerName: 'Nguyễn Sỹ Hiệp',
    });
  });

  it('reads "TM." with the title on its own line, and a number with a year', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
      'Số: 12/2025/TB-UBND',
      'Lào Cai, ngày 3 tháng 7 năm 2025',
      'THÔNG BÁO',
      '1. Sở Nội vụ chủ trì rà soát thủ tục, hoàn thành trước ngày 30/9/2025.',
      'Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan biết, thực hiện./.',
      'Nơi nhận:',
      '- Như trên;',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      '',
      'Trịnh Xuân Trường',
    ].join('\n');
    expect(parseNoticeHeader(text)).toMatchObject({
      number: '12',
      symbol: '2025/TB-UBND',
      place: 'Lào Cai',
      issueDate: '2025-07-03',
      authorityPrefix: 'TM',
      authorityBody: 'ỦY BAN NHÂN DÂN',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Trịnh Xuân Trường',
    });
  });

  it('leaves empty what the paste does not carry, and never takes a date or number cited in the items', () => {
    const header = parseNoticeHeader(SESSION_7_2024);
    expect(header).toEqual({
      number: null,
      symbol: null,
      place: null,
      issueDate: null,
      authorityPrefix: 'none',
      authorityBody: null,
      signerTitle: null,
      signerName: null,
    });
    expect(parseNoticeHeader('Hà Nội, ngày 31 tháng 2 năm 2025').issueDate).toBeNull();
    expect(parseNoticeHeader('')).toMatchObject({ number: null, signerName: null });
  });
});
