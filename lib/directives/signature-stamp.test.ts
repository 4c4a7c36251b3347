import { describe, expect, it } from 'vitest';
import { withoutSignatureStamps } from './signature-stamp';

describe('withoutSignatureStamps: the digital signature stamp in a signed PDF text layer', () => {
  it('drops the stamp on lines of its own, as the Government CA prints it', () => {
    const text = [
      '1. Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan',
      'Ký bởi: Văn phòng Chính phủ',
      'Email: vpcp@chinhphu.vn',
      'Cơ quan: Văn phòng Chính phủ',
      'Thời gian ký: 14.10.2024 16:30:15 +07:00',
      'rà soát, báo cáo Thủ tướng Chính phủ.',
    ].join('\n');
    expect(withoutSignatureStamps(text).split('\n').filter(Boolean)).toEqual([
      '1. Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan',
      'rà soát, báo cáo Thủ tướng Chính phủ.',
    ]);
  });

  it('cuts the stamp from a line it shares with the header or the page number', () => {
    expect(withoutSignatureStamps('VĂN PHÒNG CHÍNH PHỦ Ký bởi: Văn phòng Chính phủ\nSố: 45/TB-VPCP')).toBe(
      'VĂN PHÒNG CHÍNH PHỦ\nSố: 45/TB-VPCP',
    );
    expect(withoutSignatureStamps('2 Người ký: Ủy ban Nhân dân tỉnh Lào Cai\n3. Sở Tài chính')).toBe(
      '2\n3. Sở Tài chính',
    );
    expect(withoutSignatureStamps("Digitally signed by Nguyen Van A\nDate: 2024.10.14 16:30:15 +07'00'\n1. Bộ")).toBe(
      '1. Bộ',
    );
  });

  it('drops the letter of the stamp a PDF reader set apart on the line before it (tinh-lao-cai-4390-2026 printed)', () => {
    const text = [
      'nhân có liên quan đến hoạt động hấp thụ và lưu giữ các-bon của rừng trên địa bàn.',
      'Ủ',
      'Người ký: Ủy ban Nhân dân tỉnh Lào Cai',
      '2 Email: ubnd@laocai.gov.vn',
      'Căn cứ nội dung chỉ đạo trên, yêu cầu các sở, ngành triển khai thực hiện./.',
    ].join('\n');
    expect(withoutSignatureStamps(text).split('\n').filter(Boolean)).toEqual([
      'nhân có liên quan đến hoạt động hấp thụ và lưu giữ các-bon của rừng trên địa bàn.',
      '2',
      'Căn cứ nội dung chỉ đạo trên, yêu cầu các sở, ngành triển khai thực hiện./.',
    ]);
    // a letter of the notice's own, with no stamp after it, stays
    expect(withoutSignatureStamps('b\nnội dung\nNgười ký: Ủy ban Nhân dân tỉnh Lào Cai')).toBe('b\nnội dung');
  });

  it('drops the lines the stamp filled, so a paragraph the page broke reads on (tinh-lao-cai-4390-2026 printed)', () => {
    const text = [
      'Căn cứ nội dung chỉ đạo trên, yêu cầu các sở, ngành, cơ quan, đơn vị, Ủy',
      'Người ký: Ủy ban Nhân dân tỉnh Lào Cai',
      '2 Email: ubnd@laocai.gov.vn',
      'Cơ quan: Tỉnh Lào Cai',
      'Thời gian ký: 23.04.2026 15:01:05 +07:00',
      'ban nhân dân các xã, phường triển khai thực hiện./.',
    ].join('\n');
    expect(withoutSignatureStamps(text)).toBe(
      'Căn cứ nội dung chỉ đạo trên, yêu cầu các sở, ngành, cơ quan, đơn vị, Ủy\n2\nban nhân dân các xã, phường triển khai thực hiện./.',
    );
  });

  it("keeps a notice's own words: no colon, or a field far from any stamp", () => {
    const own = [
      'Người ký văn bản chịu trách nhiệm về nội dung.',
      'Cơ quan: Sở Nội vụ',
      'Email: vanthu@example.gov.vn',
    ].join('\n');
    expect(withoutSignatureStamps(own)).toBe(own);
    const far = ['Cơ quan: Sở Nội vụ', ...Array(5).fill('- nội dung'), 'Thời gian ký: 01.02.2025'].join('\n');
    expect(withoutSignatureStamps(far).split('\n')[0]).toBe('Cơ quan: Sở Nội vụ');
  });
});
