/**
 * What a new minutes or notice starts with, before the secretariat's first save: the official document's
 * own text (NĐ 30/2020 header, signature block, recipients, closing formula), always Vietnamese whatever
 * the reader's language, like the rest of the document (./compose.ts).
 */
import { noticeClosing, type DocumentFields } from './compose';

type Kind = 'minutes' | 'notice';

/** The province whose committee it is (a provincial committee), as the registry names it: "UBND tỉnh Tuyên Quang". */
export type IssuingProvince = { name: string; shortName: string | null };

/**
 * What a provincial committee's documents start from: the province's People's Committee issues the notice
 * ("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", TB-UBND, signed for its Chairman by the Office's Chief), dated at the province.
 */
function provincial(p: IssuingProvince) {
  const full = p.name.replace(/^(?:UBND|Uỷ ban nhân dân|Ủy ban nhân dân)\s+/iu, 'Ủy ban nhân dân ');
  const level = /^Ủy ban nhân dân thành phố\s/u.test(full) ? 'thành phố' : 'tỉnh';
  const place = p.shortName ?? full.replace(/^Ủy ban nhân dân (?:tỉnh|thành phố)\s+/u, '');
  return {
    issuingBody: full.toLocaleUpperCase('vi-VN'),
    place,
    recipients: [
      `Chủ tịch, các Phó Chủ tịch UBND ${level}`,
      'Thành viên Ban Chỉ đạo',
      `Các sở, ban, ngành ${level}`,
      'UBND các xã, phường',
      'Lưu: VT',
    ],
    closing: noticeClosing(full),
  };
}

/**
 * What a new document starts from, before the secretariat's first save; the chair is who actually chaired. A
 * central committee's notice is the Government Office's; a provincial committee's is its province's.
 */
export function defaultFields(
  kind: Kind,
  session: { title: string; committeeName: string; chairName: string | null; chairTitle: string | null },
  province: IssuingProvince | null = null,
): DocumentFields {
  const chair = [session.chairTitle?.split(',')[0], session.chairName].filter(Boolean).join(' ');
  const local = province ? provincial(province) : null;
  const subject = chair ? `Kết luận của ${chair} tại ${session.title}` : `Kết luận tại ${session.title}`;
  if (kind === 'notice' && local)
    return {
      kind,
      number: null,
      symbol: 'TB-UBND',
      issuingBody: local.issuingBody,
      place: local.place,
      issueDate: null,
      subject,
      signerName: null,
      signerTitle: 'CHÁNH VĂN PHÒNG',
      authorityPrefix: 'TL',
      authorityBody: 'CHỦ TỊCH',
      recipients: local.recipients,
      body: '',
      closing: local.closing,
      assignmentTexts: {},
      status: 'draft',
    };
  return kind === 'notice'
    ? {
        kind,
        number: null,
        symbol: 'TB-VPCP',
        issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
        place: 'Hà Nội',
        issueDate: null,
        subject,
        signerName: null,
        signerTitle: 'PHÓ CHỦ NHIỆM',
        authorityPrefix: 'KT',
        authorityBody: 'BỘ TRƯỞNG, CHỦ NHIỆM',
        recipients: [
          'Thủ tướng, các Phó Thủ tướng Chính phủ',
          'Thành viên Ban Chỉ đạo',
          'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
          'UBND các tỉnh, thành phố trực thuộc trung ương',
          'Lưu: VT, TCCV',
        ],
        body: '',
        // The built-in closing is shown in the field, so a closing the secretariat writes replaces it.
        closing: noticeClosing('Văn phòng Chính phủ'),
        assignmentTexts: {},
        status: 'draft',
      }
    : {
        kind,
        number: null,
        symbol: 'BB-BCĐ',
        issuingBody: session.committeeName.toLocaleUpperCase('vi-VN'),
        place: local?.place ?? 'Hà Nội',
        issueDate: null,
        subject: session.title,
        signerName: null,
        signerTitle: 'THƯ KÝ',
        authorityPrefix: 'none',
        authorityBody: null,
        recipients: ['Thành viên Ban Chỉ đạo', 'Lưu: VT'],
        body: '',
        closing: 'Phiên họp kết thúc vào hồi … giờ … phút cùng ngày.',
        assignmentTexts: {},
        status: 'draft',
      };
}
