import { describe, expect, it } from 'vitest';
import { inEnglish, inVietnamese } from '@/tests/i18n';
import { documentFieldsSchema } from './schemas';

const base = {
  sessionId: 1,
  kind: 'notice',
  version: 0,
  symbol: 'TB-VPCP',
  issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
  place: 'Hà Nội',
  subject: 'Kết luận',
  recipients: 'Thành viên Ban Chỉ đạo',
};

describe('documentFieldsSchema messages', () => {
  it('names each field in the reader’s language', () => {
    const r = documentFieldsSchema.safeParse({
      ...base,
      symbol: 'tb vpcp',
      subject: ' ',
      issueDate: '31/02/2024',
      recipients: ['x'.repeat(201)],
    });
    expect(r.success).toBe(false);
    const said = (reader: (m: string) => string) =>
      Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), reader(i.message)]));
    expect(said(inVietnamese)).toEqual({
      symbol: 'Ký hiệu chỉ gồm chữ in hoa, số và dấu gạch nối, ví dụ TB-VPCP.',
      subject: 'Vui lòng nhập trích yếu.',
      issueDate: 'Ngày ban hành không tồn tại.',
      'recipients.0': 'Mỗi nơi nhận tối đa 200 ký tự.',
    });
    expect(said(inEnglish)).toMatchObject({
      subject: 'Please enter subject.',
      issueDate: 'Date of issue is not a real date.',
      'recipients.0': 'Each recipient must be at most 200 characters.',
    });
  });
});

describe('the signer of a minutes, notice or report (attacker pass 33)', () => {
  // The name printed under the signature of a document that leaves the app follows an account name's rule.
  const signer = (signerName: string) => {
    const r = documentFieldsSchema.safeParse({ ...base, issueDate: '02/02/2024', signerName });
    return r.success ? r.data.signerName : r.error.issues.map((i) => inVietnamese(i.message)).join(' ');
  };

  it('keeps a name as people write it, on one line', () => {
    expect(signer('Trần  Văn\nSơn')).toBe('Trần Văn Sơn');
    expect(signer('')).toBe(null);
  });

  it('refuses letters of other alphabets, markup and formulas', () => {
    expect(signer('Tr\u0430n Văn Sơn')).toMatch(/bảng chữ cái khác/);
    for (const name of ['<b>Sơn</b>', '=HYPERLINK("http://x")', 'Sơn ☎'])
      expect(signer(name)).toBe('Người ký chỉ gồm chữ cái, chữ số, khoảng trắng và các dấu . , ; ’ ( ) -.');
  });
});
