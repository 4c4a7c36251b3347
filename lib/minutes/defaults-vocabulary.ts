/**
 * What a new minutes or notice starts with, before the secretariat's first save: the official document's
 * own text (NĐ 30/2020 header, signature block, recipients, closing formula), always Vietnamese whatever
 * the reader's language, like the rest of the document (./compose.ts).
 */
import { noticeClosing, type DocumentFields } from './compose';

type Kind = 'minutes' | 'notice';

/** What a new document starts from, before the secretariat's first save; the chair is who actually chaired. */
export function defaultFields(
  kind: Kind,
  session: { title: string; committeeName: string; chairName: string | null; chairTitle: string | null },
): DocumentFields {
  const chair = [session.chairTitle?.split(',')[0], session.chairName].filter(Boolean).join(' ');
  return kind === 'notice'
    ? {
        kind,
        number: null,
        symbol: 'TB-VPCP',
        issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
        place: 'Hà Nội',
        issueDate: null,
        subject: chair ? `Kết luận của ${chair} tại ${session.title}` : `Kết luận tại ${session.title}`,
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
        issuingBody: session.committeeName.toUpperCase(),
        place: 'Hà Nội',
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
