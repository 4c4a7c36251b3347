import { describe, expect, it } from 'vitest';
import { userFieldsSchema } from './schemas';

const person = { email: 'dau.moi@moha.gov.vn', name: 'Nguyễn Văn An', role: 'leader' };
const phoneOf = (phone: string) => userFieldsSchema.safeParse({ ...person, phone });

describe('a contact number as lists of officials write it', () => {
  it('takes one or two numbers with their labels and separators', () => {
    for (const phone of [
      '0912 345 678',
      '+84 912 345 680',
      '(024) 3825 1234',
      'ĐT: 024.3824.1234; DĐ: 0912.345.678',
      '024.38.234.567/0912.345.678',
      '0243 8234 567, máy lẻ 123',
      '0912345678 (Zalo)',
    ])
      expect(phoneOf(phone).data?.phone, phone).toBe(phone);
    expect(phoneOf('  0912   345 678 ').data?.phone).toBe('0912 345 678');
    // Typed with decomposed marks (NFD): stored composed.
    expect(phoneOf('ĐT: 024.3824.1234'.normalize('NFD')).data?.phone).toBe('ĐT: 024.3824.1234');
    expect(phoneOf('').data?.phone).toBeNull();
  });

  it('refuses words, markup and what holds no number', () => {
    for (const phone of [
      'gọi 0912',
      '<b>0912345678</b>',
      '0912345678\u0000',
      'x'.repeat(53) + '09123456',
      '="0912345678"',
      // Letters of other scripts: a phone number is written in Vietnamese.
      'ТЕЛ 0912345678',
      'هاتف 0912345678',
    ])
      expect(phoneOf(phone).success, phone).toBe(false);
  });
});
