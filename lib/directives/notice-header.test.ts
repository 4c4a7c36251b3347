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

  it('reads a signer in their own right (no "KT."/"TM." line), and names that end in a marked letter', () => {
    const letter = [
      'BỘ NỘI VỤ',
      'Số: 4567/BNV-CCVC',
      'V/v triển khai kết luận của Ban Chỉ đạo',
      'Hà Nội, ngày 07 tháng 8 năm 2025',
      'Kính gửi: Các Bộ, cơ quan ngang Bộ',
      '1. Tiếp tục thực hiện.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, CCVC.\t\tBỘ TRƯỞNG',
      '',
      'Phạm Thị Thanh Trà',
    ].join('\n');
    expect(parseNoticeHeader(letter)).toMatchObject({
      number: '4567',
      symbol: 'BNV-CCVC',
      authorityPrefix: 'none',
      authorityBody: null,
      signerTitle: 'BỘ TRƯỞNG',
      signerName: 'Phạm Thị Thanh Trà',
    });
    const directive = [
      'THỦ TƯỚNG CHÍNH PHỦ',
      'Số: 13/CT-TTg',
      '1. Các bộ …./.',
      'Nơi nhận:',
      '- Như trên;',
      'THỦ TƯỚNG',
      '',
      'Phạm Minh Chính',
    ];
    expect(parseNoticeHeader(directive.join('\n'))).toMatchObject({
      signerTitle: 'THỦ TƯỚNG',
      signerName: 'Phạm Minh Chính',
    });
    const deputy = ['Nơi nhận:', '- Lưu: VT.', 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', '', 'Nguyễn Thị Hà'];
    expect(parseNoticeHeader(deputy.join('\n'))).toMatchObject({
      signerTitle: 'THỨ TRƯỞNG',
      signerName: 'Nguyễn Thị Hà',
    });
    // A title named in the text, with no name under it, is not a signature.
    expect(parseNoticeHeader('Nơi nhận:\n- Thủ tướng;\nBỘ TRƯỞNG\n').signerTitle).toBeNull();
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
