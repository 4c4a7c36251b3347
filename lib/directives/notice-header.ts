/**
 * Reads the header and signature of a pasted Government-Office-style notice: "Số: 45/TB-VPCP",
 * "Hà Nội, ngày 05 tháng 02 năm 2024", and the block "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM /
 * Nguyễn Văn A". Each field is read only when its wording is unambiguous; otherwise it stays null.
 */
import { foldVi } from '@/lib/text';
import { withoutSignatureStamps } from './signature-stamp';

export type NoticeHeader = {
  number: string | null;
  symbol: string | null;
  place: string | null;
  issueDate: string | null;
  authorityPrefix: 'none' | 'TM' | 'KT' | 'TL' | 'TUQ';
  authorityBody: string | null;
  signerTitle: string | null;
  signerName: string | null;
  /** The issuing province its header names ("tỉnh Lào Cai"), read by the parser (noticeIssuerProvince). */
  province?: string | null;
};

export const EMPTY_HEADER: NoticeHeader = {
  number: null,
  symbol: null,
  place: null,
  issueDate: null,
  authorityPrefix: 'none',
  authorityBody: null,
  signerTitle: null,
  signerName: null,
};

/** "Số: 45/TB-VPCP", "Số: 467/TB-VPCP", "Số 12/2024/TB-BCĐ". */
const NUMBER = /(?<!\p{L})Số\s*(?::\s*)?(\d{1,5}[a-zđ]?)\s*\/\s*((?:\d{4}\/)?[\p{Lu}\dĐ]+(?:-[\p{Lu}\dĐ]+)+)/u;
/** "Hà Nội, ngày 05 tháng 02 năm 2024" (the place is 1–5 capitalised words before the comma). */
const PLACE_DATE =
  /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,4})[ \t]*,[ \t]*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
/** The authority line: "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "TM. ỦY BAN NHÂN DÂN", "TL. BỘ TRƯỞNG", "TUQ. …". */
const AUTHORITY = /(?<![\p{L}])(KT|TM|TL|TUQ)\s*\.\s*/u;
/** Upper-case words (with commas) of a title line. */
const UPPER_RUN = /^[\p{Lu}\d\s,.&-]+?(?=\s+\p{Lu}\p{Ll}|\s*$|\s*\|)/u;
/** A person's name: 2–6 capitalised words. */
const PERSON = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,5})(?!\p{L})/u;
/** Titles a signer may hold, to split "BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM" written on one line. */
const TITLES = [
  'PHÓ CHỦ NHIỆM',
  'PHÓ CHỦ TỊCH',
  'THỨ TRƯỞNG',
  'PHÓ VỤ TRƯỞNG',
  'VỤ TRƯỞNG',
  'PHÓ GIÁM ĐỐC',
  'GIÁM ĐỐC',
  'CHỦ NHIỆM',
  'CHỦ TỊCH',
  'BỘ TRƯỞNG',
  'CHÁNH VĂN PHÒNG',
  'TRƯỞNG BAN',
  'PHÓ TRƯỞNG BAN',
];
/** Titles that sign in their own right, with no "KT."/"TM." line: a minister's letter, a directive, a chairman's notice. */
const OWN_TITLES = new Set([
  ...TITLES,
  'THỦ TƯỚNG',
  'PHÓ THỦ TƯỚNG',
  'CỤC TRƯỞNG',
  'TỔNG CỤC TRƯỞNG',
  'THỐNG ĐỐC',
  'TỔNG THANH TRA',
  'CHÁNH THANH TRA',
  'TỔNG KIỂM TOÁN',
]);

const pad = (n: string) => n.padStart(2, '0');

function validDate(y: string, m: string, d: string): string | null {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : null;
}

const clean = (s: string) => s.replace(/[*_|]/gu, ' ').replace(/\s+/gu, ' ').trim();

/** Splits an upper-case run into the body signed for and the signer's own title (the title it ends with). */
function splitTitles(prefix: NoticeHeader['authorityPrefix'], run: string): [string | null, string | null] {
  const text = run
    .replace(/\s+/gu, ' ')
    .replace(/(?<![,.\s])[,.\s]+$/u, '')
    .trim();
  if (!text) return [null, null];
  if (prefix === 'none') return [null, text];
  const title = TITLES.filter((t) => text.endsWith(t) && /[\s,]$/u.test(text.slice(0, -t.length))).sort(
    (a, b) => b.length - a.length,
  )[0];
  if (!title) return [text, null];
  return [text.slice(0, -title.length).replace(/(?<![\s,])[\s,]+$/u, '') || null, title];
}

/** The signature block: prefix, body, title and name, from separate lines or one table cell. */
function readSignature(
  lines: string[],
): Pick<NoticeHeader, 'authorityPrefix' | 'authorityBody' | 'signerTitle' | 'signerName'> {
  const none = { authorityPrefix: 'none' as const, authorityBody: null, signerTitle: null, signerName: null };
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const m = AUTHORITY.exec(line);
    if (!m) continue;
    const prefix = m[1] as NoticeHeader['authorityPrefix'];
    const rest = clean(line.slice(m.index + m[0].length));
    const after = lines
      .slice(i + 1)
      .map(clean)
      .filter(Boolean);
    const runOnLine = UPPER_RUN.exec(rest)?.[0].trim() ?? '';
    const tail = rest.slice(runOnLine.length).trim();
    // Separate lines: "KT. BỘ TRƯỞNG, CHỦ NHIỆM" / "PHÓ CHỦ NHIỆM" / (blank) / "Nguyễn Văn A".
    const isUpper = (l: string) => l === l.toLocaleUpperCase('vi-VN');
    const titleLines: string[] = [];
    for (const l of tail ? [] : after) {
      if (!isUpper(l) || titleLines.length === 2) break;
      titleLines.push(l);
    }
    let body: string | null;
    let title: string | null;
    if (titleLines.length > 0) [body, title] = [runOnLine || null, titleLines.join(' ')];
    else [body, title] = splitTitles(prefix, runOnLine);
    const nameSource = tail || after.find((l) => !isUpper(l)) || '';
    const name = PERSON.exec(nameSource)?.[1] ?? null;
    return { authorityPrefix: prefix, authorityBody: body, signerTitle: title, signerName: name };
  }
  // No authority line: the last line (or a line's last column, beside "Nơi nhận") that is only a title, then a name.
  let nameLine: string | undefined; // the first line after `i` with text that is not all upper case
  for (let i = lines.length - 1; i >= 0; i--) {
    if (i + 1 < lines.length) {
      const next = clean(lines[i + 1]!);
      if (next && next !== next.toLocaleUpperCase('vi-VN')) nameLine = next;
    }
    const title = clean(lines[i]!.split(/\t| {2,}/u).pop() ?? '').replace(/(?<![,.:])[,.:]+$/u, '');
    if (!OWN_TITLES.has(title)) continue;
    const name = PERSON.exec(nameLine ?? '')?.[1] ?? null;
    if (name) return { ...none, signerTitle: title, signerName: name };
  }
  return none;
}

/** The number, place, date and signer of a pasted notice; a field it cannot read is null. */
export function parseNoticeHeader(text: string): NoticeHeader {
  if (typeof text !== 'string' || !text.trim()) return { ...EMPTY_HEADER };
  const normal = withoutSignatureStamps(text)
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .replace(/\u00a0/gu, ' ');
  const lines = normal.split('\n').map((l) => l.trim());
  // The header is before the conclusions: look at the first lines only, so a cited "Số: …" is not taken.
  const head = lines.slice(0, 15).join('\n');
  const number = NUMBER.exec(head);
  const placeDate = PLACE_DATE.exec(head);
  const place = placeDate ? clean(placeDate[1]!) : null;
  // The signature comes after "Nơi nhận" or the closing "./."; never in the conclusions.
  const closedAt = lines.findIndex((l) => /\.\/\.\s*$/u.test(l) || foldVi(l).includes('noi nhan'));
  const signature = closedAt >= 0 ? readSignature(lines.slice(closedAt)) : EMPTY_HEADER;
  return {
    number: number?.[1] ?? null,
    symbol: number?.[2] ?? null,
    place: place && !/^(Ngày|Số)$/u.test(place) ? place : null,
    issueDate: placeDate ? validDate(placeDate[4]!, placeDate[3]!, placeDate[2]!) : null,
    authorityPrefix: signature.authorityPrefix,
    authorityBody: signature.authorityBody,
    signerTitle: signature.signerTitle,
    signerName: signature.signerName,
  };
}
