import { describe, expect, it } from 'vitest';
import { assignSchema } from '@/lib/tasks/schemas';
import {
  addAgencyFromNoticeSchema,
  AGENCY_GROUPS,
  createAgencySchema,
  handOverSchema,
  suggestAgencyCode,
  updateAgencySchema,
} from './schemas';
import { inVietnamese } from '@/tests/i18n';

describe('handOverSchema', () => {
  it('reads the agency and the checkbox as the form posts them', () => {
    const form = new FormData();
    form.set('agencyId', '12');
    form.set('moveUsers', 'on');
    expect(handOverSchema.parse(Object.fromEntries(form))).toEqual({ agencyId: 12, moveUsers: true });
    expect(handOverSchema.parse({ agencyId: '12' })).toEqual({ agencyId: 12, moveUsers: false });
  });

  it('refuses a missing or malformed agency with the field named', () => {
    const r = handOverSchema.safeParse({ agencyId: 'abc' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['agencyId']);
    expect(inVietnamese(r.error!.issues[0]!.message)).toBe('Cơ quan không hợp lệ.');
    expect(handOverSchema.safeParse({}).success).toBe(false);
  });
});

describe('AGENCY_GROUPS', () => {
  it('are the targets an assignment takes besides hand-picked agencies', () => {
    for (const group of AGENCY_GROUPS) expect(assignSchema.shape.target.parse(group)).toBe(group);
    expect(assignSchema.shape.target.safeParse('committees').success).toBe(false);
  });
});

describe('the agency forms', () => {
  it('suggests a code from the short name: capitalised words whole, others by their first letter, no accents', () => {
    expect(suggestAgencyCode('Bộ KH&ĐT')).toBe('BKHDT');
    expect(suggestAgencyCode('Bộ TP')).toBe('BTP');
    expect(suggestAgencyCode('Sở Nội vụ')).toBe('SNV');
    expect(suggestAgencyCode('Đảng ủy Khối 2')).toBe('DUK2');
    expect(suggestAgencyCode('   ')).toBe('');
    // Whatever it suggests, the form's own rule accepts it.
    for (const name of ['Bộ KH&ĐT', 'Sở Nội vụ', 'Ủy ban Dân tộc (UBDT)'])
      expect(createAgencySchema.shape.code.safeParse(suggestAgencyCode(name)).success).toBe(true);
  });

  it('reads the new-agency form: the code upper-cased, empty optional fields as null, the day as dd/MM/yyyy', () => {
    expect(
      createAgencySchema.parse({
        code: ' tq-snv2 ',
        name: ' Sở Nội vụ ',
        shortName: '',
        kind: 'provincial_department',
        parentId: '',
        validFrom: '1/7/2025',
      }),
    ).toEqual({
      code: 'TQ-SNV2',
      name: 'Sở Nội vụ',
      shortName: null,
      kind: 'provincial_department',
      parentId: null,
      validFrom: '2025-07-01',
    });
    const bad = createAgencySchema.safeParse({ code: 'Sở', name: 'X', kind: 'planet', validFrom: '31/02/2025' });
    expect(bad.success).toBe(false);
    const byField = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join('.'), inVietnamese(i.message)]));
    expect(byField.code).toMatch(/^Mã cơ quan chỉ gồm chữ cái không dấu/);
    expect(byField.kind).toBe('Loại cơ quan không hợp lệ.');
    expect(byField.validFrom).toBe('Ngày bắt đầu hoạt động không tồn tại.');
    // The edit form has no code: one posted is ignored.
    expect(updateAgencySchema.parse({ agencyId: '4', code: 'NEW', name: 'X', kind: 'other' })).not.toHaveProperty(
      'code',
    );
  });
});

describe('agency names (attacker pass 18)', () => {
  it('refuses a name with a letter of another alphabet that looks the same, and takes every Vietnamese one', () => {
    const named = (name: string) =>
      addAgencyFromNoticeSchema.safeParse({ name }).success &&
      createAgencySchema.safeParse({ code: 'X-1', name, kind: 'ministry' }).success;
    // "Bộ Tư pháp" with a Cyrillic "а", a Greek "ο", a Cyrillic "і".
    for (const lookalike of [
      'Bộ Tư ph\u0430p',
      'Bộ Nội vụ Tổng cục Thống kê \u03bf',
      'Sở Tư pháp tỉnh Đ\u0456ện Biên',
      // Latin letters that are not Vietnamese's: "ɑ", a small capital "ᴘ", a full-width "ｐ".
      'Bộ Tư ph\u0251p',
      'Bộ Tư phá\u1d18',
      'Bộ Tư \uff50háp',
    ])
      expect(named(lookalike), lookalike).toBe(false);
    for (const real of [
      'Bộ Tư pháp',
      'Ủy ban nhân dân tỉnh Đắk Lắk',
      'Sở Nông nghiệp và Môi trường tỉnh Lào Cai',
      'Tập đoàn Dầu khí Việt Nam (Petrovietnam)',
      'Văn phòng Ban Chỉ đạo 389 quốc gia',
    ])
      expect(named(real), real).toBe(true);
    const refused = addAgencyFromNoticeSchema.safeParse({ name: 'Bộ Tư ph\u0430p' });
    expect(inVietnamese(refused.error!.issues[0]!.message)).toContain('chữ cái tiếng Việt');
  });
});
