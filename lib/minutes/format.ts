/** Text forms of NĐ 30/2020 shared by the DOCX export and the browser view (no docx import: client-safe). */
import { asciiFilePart } from '@/lib/text';

/** "Hà Nội, ngày 05 tháng 02 năm 2024": days 1–9 and months 1–2 take a leading zero (NĐ 30/2020, Phụ lục I). */
export function formatVietnameseDate(place: string, isoDate: string | null): string {
  if (isoDate === null) return `${place}, ngày … tháng … năm …`;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  }
  const dd = String(day).padStart(2, '0');
  const mmText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mmText} năm ${year}`;
}

/** "Số: 45/TB-VPCP"; without a number, blank space is left for it: "Số:      /TB-VPCP". */
export function documentNumberLine(number: string | null, symbol: string): string {
  const n = number?.trim();
  return n ? `Số: ${n}/${symbol}` : `Số:      /${symbol}`;
}

/** "- Như trên;" … "- Lưu: VT, TCCV (2)." — the dash and the closing punctuation are added unless already there. */
export function recipientLines(recipients: string[]): string[] {
  const cores = recipients.map((r) =>
    r
      .trim()
      .replace(/^[-–—]\s*/, '')
      .replace(/[;.,]\s*$/, ''),
  );
  const kept = cores.filter(Boolean);
  return kept.map((core, i) => `- ${core}${i === kept.length - 1 ? '.' : ';'}`);
}

/** The DOCX's file name: "bien-ban-12-BB-BCD.docx", "thong-bao-du-thao-TB-VPCP.docx" for a draft without a number. */
export function documentFileName(
  kind: 'minutes' | 'notice' | 'report',
  number: string | null,
  symbol: string | null,
): string {
  return `${{ notice: 'thong-bao', minutes: 'bien-ban', report: 'bao-cao' }[kind]}-${asciiFilePart(number ?? '') || 'du-thao'}-${asciiFilePart(symbol ?? '')}.docx`;
}
