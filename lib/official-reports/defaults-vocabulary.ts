/**
 * What a new report starts with: the secretariat's usual header, signature and recipients, and a subject naming its
 * scope and day. Always Vietnamese, like the document itself (./document.ts); the secretariat edits all of it.
 */
import { formatDate } from '@/lib/time';

export function reportDefaults(scope: {
  sessionTitles: string[];
  committee: string | null;
  agency: string | null;
  from: string | null;
  to: string | null;
  asOf: string;
}) {
  const what = [
    scope.sessionTitles.length
      ? `tại ${scope.sessionTitles.join(', ')}`
      : scope.committee
        ? `của ${scope.committee}`
        : '',
    scope.agency ? `(${scope.agency} chủ trì)` : '',
    scope.from || scope.to
      ? `giao từ ${scope.from ? formatDate(scope.from) : '…'} đến ${scope.to ? formatDate(scope.to) : '…'}`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    symbol: 'BC-VPCP',
    issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
    place: 'Hà Nội',
    subject: `Tình hình thực hiện các nhiệm vụ được giao ${what}, tính đến ngày ${formatDate(scope.asOf)}`.slice(
      0,
      500,
    ),
    signerTitle: 'PHÓ CHỦ NHIỆM',
    authorityPrefix: 'KT' as const,
    authorityBody: 'BỘ TRƯỞNG, CHỦ NHIỆM',
    recipients: ['Thủ tướng Chính phủ (để báo cáo)', 'Thành viên Ban Chỉ đạo', 'Lưu: VT, TCCV'],
  };
}
