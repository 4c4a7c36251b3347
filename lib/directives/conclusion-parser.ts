/**
 * Proposes directives from the pasted text of a conclusion notice (Thông báo kết luận): one proposal
 * per numbered item and sub-item, with reform areas, agencies, deadline and the document it cites.
 * Deterministic wording rules only; a person reviews every proposal, so it prefers leaving a field
 * empty to guessing, and explains itself in `notes`.
 */
import type { AgencyGroup } from '@/lib/agencies/schemas';
import { allMatches, foldVi, withoutControls } from '@/lib/text';
import { formatDate } from '@/lib/time';
import type { ReformAreaCode } from '@/lib/reference/reform-areas';
import type { AgencyKind } from '@/lib/reference/agency-kinds';
import { type AgencyMatch, type AgencyRef, findAgencies, foldForMatching, GLUED_VERBS } from './agency-matcher';
import { unglueWords } from './unglue';
import {
  type ParsedDeadline,
  deadlinePhrase,
  effectiveDates,
  findDatedPhrases,
  parseDeadline,
} from './deadline-phrases';
import { parseNoticeHeader } from './notice-header';
import { withoutSignatureStamps } from './signature-stamp';

export { findAgencies, parseDeadline };
export type { AgencyRef, ParsedDeadline };

/** 'institutional' | 'procedures' | 'apparatus' | 'civil_service' | 'public_finance' | 'digital_government' */
export type { ReformAreaCode } from '@/lib/reference/reform-areas';
/** A group the notice addresses as a whole. */
export type GroupAddressee = AgencyGroup;

export type ProposedDirective = {
  ordinal: string;
  parentOrdinal: string | null;
  text: string;
  areaCodes: ReformAreaCode[];
  isCrossCutting: boolean;
  isAssessment: boolean;
  leadAgencyIds: number[];
  coordinatorAgencyIds: number[];
  monitorAgencyId: number | null;
  groups: GroupAddressee[];
  unmatchedAgencyNames: string[];
  deadline: ParsedDeadline;
  sourceDocument: string | null;
  /** Numbers of the documents the item cites ("379/TTg-KTN", "29/2008/NĐ-CP"), for the person's reference. */
  citedDocuments: string[];
  /** A heading whose sub-items carry the work ("X chủ trì, phối hợp với Y: a) … b) …"): it gets no task of its own. */
  isHeading: boolean;
  notes: string[];
};

/**
 * `onDate`: the day agencies are read as of (new work goes to bodies that exist). `noticeDate`: the
 * notice's own date, which deadlines are checked against (the pasted header's date wins over it).
 * `issuer` and `province`: who sent the notice, when the caller knows it (the notice form's issuer, the session's
 * committee): the issuing body's name ("Ủy ban nhân dân tỉnh Đồng Tháp", "Văn phòng UBND tỉnh X") and the place of a
 * provincial issuer ("Đà Nẵng"); only the province is read from them. They are only a fallback: what the pasted text says of its issuer (its
 * header, a province speaking in it) wins. A provincial letter that names no province anywhere ("UBND thành phố giao Sở
 * Nội vụ …") is read as that province's, so its bare department names resolve.
 */
type Options = {
  onDate: string;
  noticeDate?: string | null;
  issuer?: string | null;
  province?: string | null;
  /** The notice's own number ("1132/UBND-KTN"), when the caller knows it: never one its items cite. */
  number?: string | null;
};

// ---- Splitting the notice into items ----

/** Sub-item letters in Vietnamese order (no f, j, w, z; đ after d). */
export const VI_LETTERS = [...'abcdđeghiklmnopqrstuvxy'];

const ROMAN_LINE = /^(I{1,3}|IV|VI{0,3}|IX|X)[.)]\s+(\S.*)$/u;
/** "A. NHIỆM VỤ CHUNG", "B. NHIỆM VỤ CỤ THỂ": a section lettered in capitals, its title in capitals too. */
const CAPITAL_LETTER_SECTION = /^([A-G])[.)]\s+([\p{Lu}\d][\p{Lu}\d\s,;:()/-]*)$/u;
const DOTTED_LINE = /^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/u;
/** "1.1.1.", "2.1.3": a sub-item of the "1.1" it follows, as a province's long letters number them. */
const TRIPLE_DOTTED_LINE = /^(\d{1,2})\.(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/u;
const NUMBERED_LINE = /^(\d{1,3})[.)](?!\d)\s*(\S.*)$/u;
/** "a) …", and "a. …" as some notices letter them. */
const LETTERED_LINE = /^([a-zđ])(?:\)\s*|\.\s+)(\S.*)$/u;
/** "- …", "+ …", "• …", and the symbols a word processor's list gives ("● …", "▪ …", "◦ …", "➢ …", "* …" but not "*****"). */
const BULLET_LINE = /^(?:[-–—•+●▪◦➢]\s*|\*\s+(?=[^*\s]))(\S.*)$/u;
/** "… (bao) gồm:", "… gồm có:": what follows lists the members of what was named, not separate tasks. */
const ENUMERATION_END = /(?<!\p{L})gồm(?: có)?\s*:$/u;
/** "(1) …", "(i) …", "Thứ nhất, …": items (or, under a numbered item, its sub-items). */
const PAREN_NUMBER_LINE = /^\((\d{1,2})\)\s*(\S.*)$/u;
const PAREN_ROMAN_LINE = /^\((i{1,3}|iv|vi{0,3}|ix|x)\)\s*(\S.*)$/u;
const ORDINAL_WORDS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
/** "Một là, …", "Hai là, …": the same, counted. */
const COUNT_WORDS = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười'];
/**
 * "Thứ năm, 21/01/2021 17:55", "Thứ sáu, ngày 18/9/2020": a web page's dateline names the weekday, not the fifth item.
 */
const NOT_A_WEEKDAY_DATE = String.raw`(?!(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d))`;
const ORDINAL_WORD_LINE = new RegExp(
  `^(?:Thứ\\s+(${ORDINAL_WORDS.join('|')})|(${COUNT_WORDS.join('|')})\\s+là)\\s*[,:.]\\s*${NOT_A_WEEKDAY_DATE}(\\S.*)$`,
  'u',
);
/** The number an ordinal word line gives ("Thứ tư" and "Bốn là" are 4). */
const ordinalWordNumber = (m: RegExpExecArray) =>
  m[1] ? ORDINAL_WORDS.indexOf(m[1]) + 1 : COUNT_WORDS.indexOf(m[2]!) + 1;
/** "I-b. …": item b of Roman section I. */
const ROMAN_LETTER_LINE = /^(I{1,3}|IV|VI{0,3}|IX|X)\s*-\s*([a-zđ])[.)/]?\s+(\S.*)$/u;
/** Inline markers when the notice arrives as one paragraph: "…như sau: 1. Năm…; 2. Giao…", "…: a) …". */
const INLINE_NUMBER = /[:;.]\s+(\d{1,2})\.\s+(?=\p{Lu})/gu;
const INLINE_LETTER = /[:;]\s+([a-zđ])\)\s+/gu;
/**
 * "(1) Bộ Tư pháp …; (2) Bộ Nội vụ …" inline: an item opens with a capital. "… nhỏ lẻ phải: (1) đáp ứng điều kiện …; (2)
 * thực hiện việc …" in lower case enumerates inside its sentence, which stays one item ("(1)" opening a line is a marker).
 */
const INLINE_PAREN_NUMBER = /[:;.]\s+\((\d{1,2})\)\s*(?=\p{Lu})/gu;
const INLINE_PAREN_ROMAN = /[:;.]\s+\((i{1,3}|iv|vi{0,3}|ix|x)\)\s*(?=\p{Lu})/gu;
const INLINE_ORDINAL_WORD = new RegExp(
  `[:;.]\\s+Thứ\\s+(${ORDINAL_WORDS.join('|')})\\s*[,:](?=\\s*${NOT_A_WEEKDAY_DATE})`,
  'gu',
);
const ROMAN_NUMERALS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
/**
 * "Văn phòng Chính phủ (xin) thông báo để … biết, thực hiện./." ends the conclusions: the last sentence
 * of its line, said by an office or closed by "./.", so "…thông báo cho dân biết" in an item stays. A web copy's
 * glued words ("xin thông báođể", "thôngbáo cho") still close it, as OFFICE_CLOSING reads them.
 */
const CLOSING_SENTENCE =
  /(?:^|[.;]\s)([^.;]*?thong ?bao\s?(?:(?:va\s)?de nghi\s|de\s|cho\s|den\s)[^;]*?\bbiet\b[^;]*)$/u;
const SIGNATURE_BLOCK = /^\|?\s*\*?(?:noi nhan|kt\.|tm\.)/u;
/**
 * A provincial closing paragraph: "Ủy ban nhân dân tỉnh yêu cầu … nghiêm túc triển khai thực hiện; …
 * kịp thời báo cáo …". It ends the items (it is only read as such once an item has been seen).
 */
const ISSUER_CLOSING =
  /^(?:van phong\s)?(?:uy ban nhan dan|ubnd)(?:\s(?:tinh|thanh pho))?(?:\s[a-z]+){0,3}\s(?:yeu cau|de nghi)\s.*(?:kip thoi (?:bao cao|phan anh)|nghiem tuc (?:trien khai )?thuc hien)/u;

function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/\.\/\.$/u, '.');
}

/** Cuts the closing sentence off a line; `closed` tells the caller to ignore what follows. */
function cutClosing(line: string): { kept: string; closed: boolean } {
  const { folded, at } = foldForMatching(line);
  if (SIGNATURE_BLOCK.test(folded)) return { kept: '', closed: true };
  const m = CLOSING_SENTENCE.exec(folded);
  // said by an office, by its name or as offices write it short ("VPCP xin thông báo để …")
  if (!m || !(/\b(?:van phong|vpcp|vpubnd)\b/u.test(m[1]!) || line.trimEnd().endsWith('/.')))
    return { kept: line, closed: false };
  return { kept: line.slice(0, at[m.index + m[0].length - m[1]!.length]).trim(), closed: true };
}

/**
 * Puts inline item markers on lines of their own. A marker counts only when it continues the
 * numbering (1, 2, 3… and a, b, c… within an item), so "năm 2023. 5 bộ đã…" is left alone.
 */
function splitInlineMarkers(lines: string[]): string[] {
  let nextNumber = 1;
  let nextLetter = 0;
  // "(1)", "(i)" and "Thứ nhất" count on their own: 0-based index of the next expected one.
  const next = { paren: 0, roman: 0, word: 0 };
  const markAt = (m: RegExpMatchArray, pattern: RegExp) => (m.index ?? 0) + m[0].search(pattern);
  return lines.flatMap((line) => {
    const atStart = NUMBERED_LINE.exec(line);
    if (atStart) [nextNumber, nextLetter] = [Number(atStart[1]) + 1, 0];
    const letterAtStart = LETTERED_LINE.exec(line);
    if (letterAtStart) nextLetter = VI_LETTERS.indexOf(letterAtStart[1]!) + 1;
    const parenAtStart = PAREN_NUMBER_LINE.exec(line);
    if (parenAtStart) next.paren = Number(parenAtStart[1]);
    const romanAtStart = PAREN_ROMAN_LINE.exec(line);
    if (romanAtStart) next.roman = ROMAN_NUMERALS.indexOf(romanAtStart[1]!) + 1;
    const wordAtStart = ORDINAL_WORD_LINE.exec(line);
    if (wordAtStart) next.word = ordinalWordNumber(wordAtStart);
    type Mark = { at: number; kind: 'number' | 'letter' | keyof typeof next; value: number };
    const marks: Mark[] = [
      ...allMatches(line, INLINE_NUMBER).map((m) => ({
        at: m.index + m[0].indexOf(m[1]!),
        kind: 'number' as const,
        value: Number(m[1]),
      })),
      ...allMatches(line, INLINE_LETTER).map((m) => ({
        at: m.index + m[0].indexOf(m[1]!),
        kind: 'letter' as const,
        value: VI_LETTERS.indexOf(m[1]!),
      })),
      ...allMatches(line, INLINE_PAREN_NUMBER).map((m) => ({
        at: markAt(m, /\(/u),
        kind: 'paren' as const,
        value: Number(m[1]) - 1,
      })),
      ...allMatches(line, INLINE_PAREN_ROMAN).map((m) => ({
        at: markAt(m, /\(/u),
        kind: 'roman' as const,
        value: ROMAN_NUMERALS.indexOf(m[1]!),
      })),
      ...allMatches(line, INLINE_ORDINAL_WORD).map((m) => ({
        at: markAt(m, /Thứ/u),
        kind: 'word' as const,
        value: ORDINAL_WORDS.indexOf(m[1]!),
      })),
    ].sort((a, b) => a.at - b.at);
    const cuts: number[] = [];
    for (const mark of marks) {
      if (mark.kind === 'number' && mark.value === nextNumber) [nextNumber, nextLetter] = [nextNumber + 1, 0];
      else if (mark.kind === 'letter' && mark.value === nextLetter) nextLetter++;
      else if (mark.kind !== 'number' && mark.kind !== 'letter' && mark.value === next[mark.kind]) next[mark.kind]++;
      else continue;
      cuts.push(mark.at);
    }
    return [0, ...cuts].map((from, i) => line.slice(from, cuts[i]).trim());
  });
}

type Draft = {
  ordinal: string;
  parent: Draft | null;
  parts: string[];
  fromBullet: boolean;
  /** The section's lead-in line ("Tỉnh X cần … thực hiện một số nội dung sau:"), when there is one. */
  intro: string | null;
  /** The title of the section of findings it stands in ("ĐÁNH GIÁ CHUNG", "KẾT QUẢ ĐẠT ĐƯỢC"), if it does. */
  findings?: string;
  /** The whole body of a letter with no numbered items (its background paragraphs included). */
  letterBody?: true;
  /** The title of its Roman section when the title names whose work follows ("II. NHIỆM VỤ CỦA BỘ TÀI CHÍNH"). */
  owner?: string;
  /** A sub-item opened by "(1)", "(i)" or "Thứ nhất" under a numbered item. */
  marked?: true;
  /** The character a bullet sub-item was marked with ("-", "+", "•"). */
  bulletMark?: string;
  /** A sub-item read from a paragraph that gives work of its own under a numbered item ("Giao Bộ Y …"). */
  paragraph?: true;
};

/**
 * A section title that names whose work its items are: "II. NHIỆM VỤ CỦA BỘ TÀI CHÍNH", "TRÁCH NHIỆM CỦA CÁC BỘ,
 * NGÀNH", "ĐỐI VỚI ỦY BAN NHÂN DÂN CÁC TỈNH, THÀNH PHỐ", "Về phía Bộ Y tế" (folded). Whether it names a body or a group
 * is read when the items are.
 */
const OWNER_TITLE_OPENS =
  /^(?:(?:cac |nhung )?(?:nhiem vu|trach nhiem)(?: (?:cu the|chu yeu|trong tam))? (?:cua|giao cho|doi voi)|doi voi|ve phia|giao) (?:cac bo:? ?)?$/u;
const OWNER_TITLE =
  /^(?:(?:cac |nhung )?(?:nhiem vu|trach nhiem)(?: (?:cu the|chu yeu|trong tam))? (?:cua|giao cho|doi voi)|doi voi|ve phia|giao) \S/u;

/**
 * A section title that only reports: "ĐÁNH GIÁ CHUNG", "TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN", "NHỮNG KẾT QUẢ ĐẠT ĐƯỢC",
 * "TỒN TẠI, HẠN CHẾ" (folded); not one that also sets the work ("ĐÁNH GIÁ VÀ NHIỆM VỤ THỜI GIAN TỚI").
 */
const FINDINGS_TITLE = /^(?:nhung\s)?(?:danh gia|tinh hinh|ket qua|uu diem|ton tai|han che)(?![\p{L}])/u;
const WORK_TITLE = /nhiem vu|giai phap|phuong huong|thoi gian toi|de xuat|kien nghi|chi dao|to chuc thuc hien/u;
const isFindingsTitle = (title: string) => {
  const folded = foldVi(title);
  return FINDINGS_TITLE.test(folded) && !WORK_TITLE.test(folded);
};

const isItemLine = (line: string) =>
  [NUMBERED_LINE, ROMAN_LINE, PAREN_NUMBER_LINE, PAREN_ROMAN_LINE, ORDINAL_WORD_LINE].some((p) => p.test(line));

/**
 * A closing exhortation after the items: "(Căn cứ …,) [cơ quan] (trân trọng) yêu cầu/đề nghị [những người
 * nhận] (nghiêm túc / quan tâm) (tổ chức) (triển khai) thực hiện (nghiêm túc) (Chỉ thị này)./.", perhaps followed by "Trong quá trình thực
 * hiện, nếu có khó khăn … báo cáo …./.". As the notice's last sentence ("./.") it gives no task of its own.
 */
const CLOSING_EXHORTATION =
  /^(?:(?:can cu|tren co so)[^.;]{0,120}?,\s*)?(?:[^.;:]{0,150}?\s)?(?:tran trong\s)?(?:yeu cau|de nghi)\s(?!cua\s)[^.:]{0,300}?\s(?:(?:nghiem tuc|quan tam|khan truong|chu dong)\s)?(?:to chuc\s)?(?:trien khai\s)?thuc hien(?:\s(?:nghiem tuc|nghiem))?(?:\s(?:(?:cac\s)?noi dung(?:\s(?:neu|o))?\s?tren|(?:chi thi|thong bao|ket luan|cong van|van ban|ke hoach) nay))?\s*(?:\.\/\.$|[.;]\s+(?:trong qua trinh|neu)[^.]*(?:bao cao|phan anh)[^.]*\.\/\.$)/u;
/**
 * A closing on its own after the items: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các địa
 * phương phản ánh về Bộ X để được hướng dẫn./.". As the letter's last sentence it asks for nothing but the need.
 */
const CLOSING_IF_NEEDED =
  /^trong qua trinh (?:to chuc )?(?:thuc hien|trien khai)[^.]{0,40}?,\s*neu (?:co|phat sinh)\s[^.]*(?:phan anh|bao cao|gui)[^.]*\.\/\.$/u;
/**
 * A provincial letter's courteous closing after its items: "Ủy ban nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Xây
 * dựng quan tâm, sớm xem xét, chỉ đạo giải quyết./.", "… kính đề nghị Bộ X quan tâm, hỗ trợ./.". It asks again for all
 * the items, as the letter's last sentence ("./."): no part of the last item, whose deadline its "sớm" is not.
 */
const CLOSING_COURTESY =
  /^(?:[^.;:]{0,150}?\s)?(?:tran trong|kinh)\s(?:de nghi|mong)\s[^.;:]{0,150}?\squan tam(?:\s*,\s*[^.;:]{0,120})?\.\/\.$/u;
/** A line that ends a sentence, so the next line opens a paragraph. */
const ENDS_SENTENCE = /[.;:!?]$/u;

/**
 * The paragraph (joined lines) that starts at `lines[from]`, up to its end ("./.", or "." before a blank line). One
 * that ends with "." right before "Nơi nhận" ends the letter as "./." would, and is given that ending.
 */
function paragraphAt(lines: readonly string[], from: number): string {
  const parts: string[] = [];
  for (let i = from; i < lines.length && i < from + 10; i++) {
    if (!lines[i]) break;
    parts.push(lines[i]!);
    if (lines[i]!.endsWith('/.') || (lines[i]!.endsWith('.') && !lines[i + 1])) break;
    if (lines[i]!.endsWith('.') && SIGNATURE_BLOCK.test(foldVi(lines[i + 1]!))) return `${parts.join(' ')}/.`;
  }
  return parts.join(' ');
}

/** The lines of the notice up to its closing (the closing sentence, "Nơi nhận", the signature). */
/** A line that is only a page's number as a file's text gives it: "2", "- 3 -", "Trang 4". */
const PAGE_NUMBER = /^(?:[-–]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*[-–])?$/u;
/** The Official Gazette's running head over each page, with the page's number: "CÔNG BÁO/Số 455 + 456/Ngày 10-4-2024 21". */
const GAZETTE_HEAD = /^(?:\d{1,4}\s+)?CÔNG BÁO\s*\/\s*Số\s+\d[\d\s+]*\/\s*Ngày\s+[\d\s/.-]+$/iu;

/**
 * A marker a PDF's text leaves alone on its line ("1." then "Tăng cường …", "a)" then "Kiểm tra …", "-" then "Bố trí
 * …"): joined to the next line that has text, so the item is read as numbered.
 */
const LONE_MARKER =
  /^(?:\d{1,3}(?:\.\d{1,2}){0,2}[.)]|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?|[a-zđ][).]|[IVX]{1,4}[.)]|\((?:\d{1,2}|[ivx]{1,4})\)|[-–—•+])$/u;
function joinLoneMarkers(lines: string[], line: string): string[] {
  // A blank line joins nothing: pushed at once (scanning back over every blank line before it was quadratic).
  if (line === '') {
    lines.push(line);
    return lines;
  }
  let at = lines.length - 1;
  while (at >= 0 && lines[at] === '') at--;
  if (line !== '' && at >= 0 && LONE_MARKER.test(lines[at]!)) {
    lines.splice(at, lines.length - at, `${lines[at]} ${line}`);
    return lines;
  }
  lines.push(line);
  return lines;
}

/** A row's cells: between tabs (a word processor's table copied as text) or "|" (a web page's, a markdown one's). */
function tableCells(line: string): string[] | null {
  const trimmed = line.trim();
  const cells = (trimmed.split('\t').length >= 3 ? trimmed.split(/\t+/u) : trimmed.split('|')).map((c) => c.trim());
  if (cells.length < 3) return null;
  if (cells[0] === '' && trimmed.startsWith('|')) cells.shift();
  if (cells.at(-1) === '' && trimmed.endsWith('|')) cells.pop();
  return cells.length >= 2 ? cells : null;
}
type TableColumns = { ordinal: number; task: number; lead: number; partners: number; deadline: number };
const TABLE_COLUMN_WORDS: ReadonlyArray<[keyof TableColumns, RegExp]> = [
  ['ordinal', /^(?:s?tt|so tt|so thu tu)\.?$/u],
  ['partners', /phoi hop/u],
  ['lead', /chu tri|(?:co quan|don vi)(?: [\p{L}]+)? (?:thuc hien|chiu trach nhiem|duoc giao)|trach nhiem thuc hien/u],
  ['deadline', /thoi han|thoi gian|tien do/u],
  ['task', /nhiem vu|noi dung|cong viec|giai phap|ten (?:de an|du an)/u],
];
/** A table's head naming the task's and the leading body's columns ("Nhiệm vụ | Cơ quan chủ trì | … | Thời hạn"). */
function tableColumns(cells: string[]): TableColumns | null {
  const columns: TableColumns = { ordinal: -1, task: -1, lead: -1, partners: -1, deadline: -1 };
  for (const [i, cell] of cells.entries()) {
    const folded = foldVi(cell).replace(/\s+/gu, ' ').trim();
    const role = TABLE_COLUMN_WORDS.find(([, words]) => words.test(folded))?.[0];
    if (role && columns[role] < 0) columns[role] = i;
  }
  return columns.task >= 0 && columns.lead >= 0 ? columns : null;
}

/**
 * A table of tasks ("TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn"), a row a task, read as the
 * sentences its row says: "1. Xây dựng Đề án …. Cơ quan chủ trì: Sở Công Thương. Cơ quan phối hợp: Sở Tài chính.
 * Thời hạn: Tháng 6/2024." A row with no number of its own goes on with the row before (a cell over two lines); a row
 * numbered in Roman figures with only its task is a section's title.
 */
function tableRowsAsSentences(lines: string[]): string[] {
  const out: string[] = [];
  let columns: TableColumns | null = null;
  let rows: string[][] = [];
  let counted = 0;
  const flush = () => {
    for (const row of rows) {
      const cell = (i: number) => (i >= 0 ? (row[i] ?? '').replace(/\s+/gu, ' ').trim() : '');
      const task = cell(columns!.task);
      if (!task) continue;
      const number = cell(columns!.ordinal).replace(/\.$/u, '');
      const ordinal = /^(?:\d{1,3}(?:\.\d{1,2}){0,2}|[IVX]{1,4}|[a-zđ])$/u.test(number) ? number : String(++counted);
      const [lead, partners, deadline] = [cell(columns!.lead), cell(columns!.partners), cell(columns!.deadline)];
      const parts = [/[.;:]$/u.test(task) ? task : `${task}.`];
      if (lead) parts.push(`Cơ quan chủ trì: ${lead}.`);
      if (partners) parts.push(`Cơ quan phối hợp: ${partners}.`);
      if (deadline) parts.push(`Thời hạn: ${deadline}.`);
      out.push(/^[a-zđ]$/u.test(ordinal) ? `${ordinal}) ${parts.join(' ')}` : `${ordinal}. ${parts.join(' ')}`);
    }
    rows = [];
  };
  for (const line of lines) {
    const cells = tableCells(line);
    if (columns && cells && !cells.every((c) => /^[-:\s]*$/u.test(c))) {
      const numbered = columns.ordinal < 0 || (cells[columns.ordinal] ?? '') !== '';
      if (numbered || rows.length === 0) rows.push(cells);
      else rows.at(-1)!.forEach((c, i) => (rows.at(-1)![i] = `${c} ${cells[i] ?? ''}`));
      continue;
    }
    if (columns && cells) continue; // a markdown table's "|---|---|" rule
    if (columns) {
      flush();
      columns = null;
    }
    const head = cells && tableColumns(cells);
    if (head) {
      columns = head;
      counted = 0;
      continue;
    }
    out.push(line);
  }
  if (columns) flush();
  return out;
}

/** A line that opens something of its own (an item, a bullet, a section, the signature): never a wrapped line's rest. */
const opensOwnLine = (line: string) =>
  isItemLine(line) ||
  [LETTERED_LINE, BULLET_LINE, ROMAN_LETTER_LINE, DOTTED_LINE, CAPITAL_LETTER_SECTION, PAGE_NUMBER, GAZETTE_HEAD].some(
    (p) => p.test(line),
  ) ||
  /^\(?(?:[a-zđ]|\d{1,2}|[ivx]{1,4})\)/u.test(line) ||
  SIGNATURE_BLOCK.test(foldVi(line)) ||
  KINH_GUI.test(foldVi(line));
/** A line that ends mid-sentence: not with a stop, nor with a table cell's "|". */
const OPEN_END = /[^.;:!?|]$/u;
const LOWER_START = /^\p{Ll}/u;
const SENTENCE_END = /[.!?|]$/u;
/** A line in capitals is a title or a header's ("ỦY BAN NHÂN DÂN TỈNH …"): never joined. */
const HAS_LOWER = /\p{Ll}/u;

/**
 * How wide a file's text was wrapped, when it was: a PDF's text (or a page copied from one) breaks every line of a
 * paragraph at about the same width, mid-sentence; a web page gives a paragraph a line. The width is the 90th
 * percentile of the lines' lengths, taken as a wrap width when most lines that long end mid-sentence before more text.
 */
function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.filter(Boolean).map((l) => l.length);
  if (lengths.length < 6) return null;
  const width = [...lengths].sort((a, b) => a - b)[Math.floor(0.9 * (lengths.length - 1))]!;
  if (width < 40 || width > 140) return null;
  let long = 0;
  let open = 0;
  for (const [i, line] of lines.entries()) {
    if (line.length < Math.max(40, 0.75 * width)) continue;
    long++;
    const next = lines[i + 1];
    if (OPEN_END.test(line) && next && !opensOwnLine(next)) open++;
  }
  return long >= 4 && open >= 0.4 * long ? width : null;
}

/**
 * A paragraph a PDF's text wrapped over lines, joined again: "… Giao" / "Bộ Tài chính chủ trì …" is one line, as a web
 * page gives it, so a lead-in, a heading, a closing or a directive paragraph reads the same either way. A line goes on
 * the one before when it opens nothing of its own (an item, a bullet, the signature) and either starts in lower case
 * after a line that ends no sentence, or follows a line that ends mid-sentence and was broken for want of room. Lines in capitals (a
 * header's, a title's) stay as they are.
 */
/**
 * A text that puts a blank line after nearly every line (a PDF read line by line, a page copied with its spacing) says
 * nothing by a single blank line: those go, and a run of them stays as one paragraph break.
 */
function withoutDoubleSpacing(lines: readonly string[]): readonly string[] {
  let text = 0;
  let spaced = 0;
  for (const [i, line] of lines.entries()) {
    if (line === '') continue;
    text++;
    if (lines[i + 1] === '') spaced++;
  }
  if (text < 6 || spaced < 0.8 * (text - 1)) return lines;
  return lines.filter((line, i) => line !== '' || (lines[i - 1] === '' && lines[i - 2] !== ''));
}

/** The line was broken for want of room: its next word would have run past the wrap width (a proportional font's
 * lines hold more or fewer letters, hence the margin). */
const wrappedAt = (line: string, next: string, width: number) =>
  line.length + 1 + next.split(' ', 1)[0]!.length >= 0.75 * width;

/** The line holds all the wrap width does: its next word would have run past it. */
const fullAt = (line: string, next: string, width: number) => line.length + 1 + next.split(' ', 1)[0]!.length > width;
const CONNECTIVE_OPENING = /^(?:song song (?:do|voi do)|dong thoi|ben canh do|ngoai ra|mat khac),/u;

function unwrapLines(spaced: readonly string[]): string[] {
  // a page's number or running head breaks no sentence: a line wrapped over the page goes on after it
  const lines = withoutDoubleSpacing(spaced).filter((l) => !PAGE_NUMBER.test(l) && !GAZETTE_HEAD.test(l));
  const width = wrapWidth(lines);
  const out: string[] = [];
  let last = ''; // the last physical line put on out's last line
  for (const line of lines) {
    const previous = out.at(-1);
    const joins =
      line !== '' &&
      previous !== undefined &&
      previous !== '' &&
      !opensOwnLine(line) &&
      HAS_LOWER.test(last) &&
      HAS_LOWER.test(line) &&
      // no paragraph opens in lower case: "…đề xuất của Bộ Y tế;" / "giao Bộ Y tế chủ trì …" is one sentence
      // `last` ends as `previous` does: the joined line is never searched again (attacker pass 27: 20,000 short lines
      // searched their growing paragraph each, 26 s of the only thread for 80 KB of text)
      ((LOWER_START.test(line) && !SENTENCE_END.test(last)) ||
        (OPEN_END.test(last) && width !== null && wrappedAt(last, line, width) && !KINH_GUI.test(foldVi(last))) ||
        // a sentence that ended where the wrap fell, on a full line, and one that goes on from it ("… trên địa bàn." /
        // "Đồng thời, Chủ tịch UBND tỉnh giao …"): the same paragraph, as a web page gives it
        (width !== null && /\.$/u.test(last) && fullAt(last, line, width) && CONNECTIVE_OPENING.test(foldVi(line))));
    if (joins) out[out.length - 1] = `${previous} ${line}`;
    else out.push(line);
    last = line;
  }
  return out;
}

/**
 * "Trên đây là (một số) ý kiến (hướng dẫn) của Cục X, đề nghị Sở Y …": the closing of a letter whose items are numbered
 * sums them up; its request and the documents it names are the letter's, no part of the last item.
 */
const CLOSING_SUMMARY = /^tren day la (?:mot so )?(?:y kien|noi dung)(?![\p{L}])/u;

/**
 * "(Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)", "(Xem chi tiết tại Công văn …)": a portal's line naming the
 * document its page quotes, after the quoted text. It is the page's source, no part of the last item nor a document the
 * item cites.
 */
const SOURCE_LINE =
  /^\(\s*(?:theo|nguon|xem chi tiet tai)\s*:?\s*(?:cong van|van ban|thong bao|quyet dinh)(?![\p{L}])[^()]*\)\s*\.?$/u;
/**
 * "P.L - Nguồn CV số: 1132/UBND-KTN", "Nguồn: Công văn số 703/UBND-TN": a portal's footer naming the letter it reports
 * (after the writer's initials). It ends the items, and its number is the notice's own.
 */
const SOURCE_FOOTER =
  /^(?:[\p{L}.]{1,10}\s*[-–]\s*)?nguon\s*(?:(?:cv|cong van|van ban|thong bao)\s*(?:so)?\s*)?:?\s*(?:(?:cong van|van ban|thong bao)\s+)?(?:so\s*:?\s*)?\d/u;

/**
 * "Văn phòng Chính phủ (xin) thông báo để Bộ X thực hiện./.", "Văn phòng UBND tỉnh thông báo để …": the office's closing
 * opening a paragraph after the items ends them, whether or not it says "biết", and also where a web copy glues its words
 * ("thôngbáo") or cuts it short.
 */
const OFFICE_CLOSING =
  /^(?:vpcp|(?:van phong|vp) (?:chinh phu|(?:uy ban nhan dan|ubnd)(?: tinh| thanh pho)?))\s+(?:xin\s+)?thong ?bao\s*(?:de|cho|den|toi)(?![\p{L}])/u;

/**
 * A scan's recognition reads the letter "g)" as "8)": after "e)" (the Vietnamese letters run a, b, c, d, đ, e, g), an
 * "8)" with no "7)" before it since is the next letter. Each line is read in order by the function it returns.
 */
function scannedLetterG(): (line: string) => string {
  let last: string | null = null;
  return (line) => {
    const marker = /^([a-zđ]|\d{1,3})\) /u.exec(line)?.[1] ?? null;
    if (marker === '8' && last === 'e') {
      last = 'g';
      return line.replace(/^8\)/u, 'g)');
    }
    if (marker !== null) last = marker;
    return line;
  };
}

/** The last text's lines: a notice is split into them by several readers, each as long as the notice. */
let lastNoticeLines: { text: string; lines: readonly string[] } | null = null;
function noticeLines(text: string): string[] {
  if (lastNoticeLines?.text !== text) lastNoticeLines = { text, lines: readNoticeLines(text) };
  return [...lastNoticeLines.lines];
}
function readNoticeLines(text: string): string[] {
  const lines: string[] = [];
  let seenItem = false;
  const rawLines = tableRowsAsSentences(
    withoutControls(text.replace(/\r\n?|\f/gu, '\n'))
      .normalize('NFC')
      .split('\n'),
  )
    // A scan's recognition leaves marks before a bullet ("__ - Trình Chính phủ …") and reads "c)" as "©)". Older and
    // provincial letters number "1/ …", "1- …" and letter "a/ …", "(a) …": read as "1. …" and "a) …" ("(i)", "(v)",
    // "(x)" stay Roman numerals; "15/3/2025, …" is a date).
    .map((raw) =>
      raw
        .replace(/[\s\u00a0]+/gu, ' ')
        .trim()
        .replace(/^[_|.]+ (?=[-–—•+] )/u, '')
        .replace(/^©\)/u, 'c)')
        .replace(/^(\d{1,3})[/-] (?=\S)/u, '$1. ')
        .replace(/^([a-zđ])\/ (?=\S)/u, '$1) ')
        .replace(/^\((?![ivx]\))([a-zđ])\) ?(?=\S)/u, '$1) ')
        .replace(/^(\d{1,3}) \. (?=\S)/u, '$1. '),
    )
    .map(scannedLetterG())
    .reduce(joinLoneMarkers, []);
  const all = unwrapLines(rawLines);
  for (const [i, line] of all.entries()) {
    if (PAGE_NUMBER.test(line) || GAZETTE_HEAD.test(line)) continue; // a page's number or head, inside an item
    if (seenItem && !isItemLine(line) && ISSUER_CLOSING.test(foldVi(line))) break;
    if (seenItem && CLOSING_SUMMARY.test(foldVi(line))) break;
    if (lines.length > 0 && (SOURCE_LINE.test(foldVi(line)) || SOURCE_FOOTER.test(foldVi(line)))) break;
    if (seenItem && lines.length > 0 && ENDS_SENTENCE.test(lines.at(-1)!) && OFFICE_CLOSING.test(foldVi(line))) break;
    const opensParagraph = lines.length > 0 && ENDS_SENTENCE.test(lines.at(-1)!);
    if (seenItem && opensParagraph && !isItemLine(line)) {
      const paragraph = paragraphAt(all, i);
      const folded = foldVi(paragraph);
      if (
        paragraph.endsWith('/.') &&
        (CLOSING_EXHORTATION.test(folded) || CLOSING_IF_NEEDED.test(folded) || CLOSING_COURTESY.test(folded))
      )
        break;
      // "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện các nội dung trên./.": the whole notice's monitor
      if (!LETTERED_LINE.test(line) && !BULLET_LINE.test(line) && DOCUMENT_WATCH_CLOSING.test(folded)) break;
    }
    const { kept, closed } = cutClosing(line);
    if (kept) lines.push(kept);
    seenItem ||= isItemLine(kept);
    if (closed) break;
    // "… theo đúng quy định pháp luật./.": "./." ends a document's body; what follows it (an attachment's note, "Nơi
    // nhận", the signature) is no part of the last item.
    if (/\S\s*\.\/\.$/u.test(kept) && lines.length > 1) break;
  }
  return lines;
}

/** A heading that only names an agency ("1. Sở Công Thương"): the "-" tasks under it are its sub-items. */
const AGENCY_HEADING =
  /^(?:(?:Đối với|Trách nhiệm của)\s+)?(?:Sở|Bộ|Ban|Văn phòng|(?:Ủy|Uỷ) ban|UBND|Công an|Cục|Tổng cục|Chi cục|Thanh tra|Kho bạc|Bảo hiểm|Ngân hàng|Kiểm toán|Tỉnh|Thành phố|Huyện|Các)\s[^.;:]{0,120}$/u;
const HEADING_VERB =
  /(?<![\p{L}\p{N}])(?:chu tri|phoi hop|thuc hien|trien khai|bao cao|hoan thanh|ra soat|xay dung|tham muu|chi dao|to chuc|nghien cuu|kiem tra)(?![\p{L}\p{N}])/u;
/**
 * An item that only names a body, with or without a colon: "1. Sở Công Thương", "a) Ngân hàng Nhà nước Việt Nam:",
 * "2. Đối với Ủy ban nhân dân các xã, phường".
 */
const isAgencyHeading = (item: Draft) => {
  const own = item.parts.length === 1 ? item.parts[0]!.replace(/\s*:\s*$/u, '') : '';
  return AGENCY_HEADING.test(own) && !HEADING_VERB.test(foldVi(own.replace(/\([^()]*\)/gu, ' ')));
};

/** "Về …": a line that names the topic of what follows. */
const ABOUT_TOPIC = /^Về\s/u;

/**
 * An item that only titles a topic, with no colon: one short line that ends no sentence ("1. Công tác thanh tra, kiểm
 * tra", "2. Tăng cường quản lý khoáng sản chưa khai thác", "3. NHIỆM VỤ CỤ THỂ"). The "-" bullets under it are its tasks,
 * as under a title that ends with ":".
 */
const isTopicHeading = (item: Draft) => {
  const own = item.parts.length === 1 ? item.parts[0]!.trim() : '';
  return own.length > 0 && own.length <= 100 && !/[.;,!?]$/u.test(own);
};

/**
 * A lead-in that hands the section's items to a body: "Tỉnh X cần tập trung thực hiện một số nội dung sau:", a
 * directive's "Thủ tướng Chính phủ yêu cầu các Bộ trưởng, … Chủ tịch Ủy ban nhân dân các tỉnh, … :", or a ministry's
 * letter "Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:" (not "… báo cáo và đề nghị
 * Bộ X nội dung như sau:", a province's report, whose items are what it tells), or a letter's "… Thủ tướng Chính
 * phủ giao Bộ X:", "Giao Bộ X chủ trì, phối hợp với Bộ Y, Bộ Z:" (the body may be glued: "giao BộTài chính:"); "Đề nghị
 * Bộ X chủ trì …:" and "Đề nghị Sở X:" as "yêu cầu" is.
 */
/** The head named for a body in a lead-in: "yêu cầu Thủ trưởng các sở …", "đề nghị Chủ tịch UBND các xã …". */
const INTRO_HEAD = String.raw`(?:(?:cac )?(?:dong chi )?(?:thu truong|giam doc|chu tich|bo truong|nguoi dung dau|lanh dao)\s+)?`;
const SECTION_INTRO = new RegExp(
  String.raw`(?:(?:can|phai|co trach nhiem|tap trung|thuc hien|trien khai)[^:]*\bsau|\b(?:yeu cau|chi dao|chi thi) ${INTRO_HEAD}(?:cac|bo|uy ban|ubnd|so)\b[^:]*|\bde nghi ${INTRO_HEAD}(?:cac|bo|uy ban|ubnd|so)\b(?:(?!nhu sau|noi dung)[^:])*|\bgiao (?:nhiem vu )?(?:cho )?(?:bo|uy ban|ubnd|so |cac )[^:]*)\s*:$`,
  'u',
);
/**
 * A lead-in whose subject is the body told, with its role and no order verb before it: "Bộ Y tế chủ trì, phối hợp với
 * Bộ Tài chính:", "Bộ Tài chính có trách nhiệm:", "Giám đốc Sở Nội vụ chịu trách nhiệm:" (as "Giao Bộ Y tế chủ trì …:"
 * is). Read from the clause's start, the body's words at most 160 characters before the role.
 */
const BODY_ROLE_INTRO = new RegExp(
  String.raw`^\s*${INTRO_HEAD}(?:bo|so|uy ban|ubnd|van phong|ngan hang|thanh tra|cong an|cuc|tong cuc)\s[^:;.]{1,160}?\s(?:chu tri|co trach nhiem|chiu trach nhiem)(?![\p{L}])[^:;.]{0,300}:$`,
  'u',
);
const NOT_AN_INTRO = /ket luan|y kien|chi dao nhu sau|thong bao/u;
/**
 * "Để thực hiện ý kiến của …, Thủ tướng Chính phủ yêu cầu Bộ Nội vụ:", "… có ý kiến chỉ đạo Bộ Nội vụ:": a lead-in
 * that ends by naming the body told, whatever it said before ("ý kiến", "kết luận" stand in its background).
 */
const BODY_ASKED_AT_END =
  /(?:^|\s)(?:yeu cau|chi dao|giao(?: nhiem vu)?(?: cho)?|de nghi)\s+(?:bo|so|uy ban|ubnd|ngan hang|thanh tra|van phong|cong an|ban)\s[^:,;.]{1,160}:$/u;
/** Longer than any lead-in's last clause: SECTION_INTRO is not run over such a clause (it would take quadratic time). */
const MAX_INTRO_CLAUSE = 1000;
const readIntro = (line: string) => {
  const folded = foldVi(line);
  if (!folded.endsWith(':')) return null;
  // SECTION_INTRO's words and the colon it ends with are in the last clause with no other colon
  const clause = folded.slice(folded.lastIndexOf(':', folded.length - 2) + 1);
  if (clause.length > MAX_INTRO_CLAUSE) return null;
  // not "Thủ tướng có ý kiến như sau:", but "Để thực hiện ý kiến của …, Thủ tướng yêu cầu Bộ X:" (words before the request,
  // or a body asked at the clause's end)
  const m = SECTION_INTRO.exec(clause) ?? BODY_ROLE_INTRO.exec(clause);
  if (!m) return null;
  if (BODY_ASKED_AT_END.test(clause)) return line;
  return !NOT_AN_INTRO.test(clause.slice(m.index)) && !NOT_AN_INTRO.test(folded.slice(0, -clause.length)) ? line : null;
};

/** A line this long that ends with no stop was wrapped: the next line goes on with its sentence. */
const WRAPPED_LINE = 50;

const KINH_GUI = /^[|*\s]*kinh gui\b/u;
/** A line that is a body's name alone ("Bộ Nông nghiệp và Phát triển nông thôn.", "Ủy ban nhân dân tỉnh Cà Mau;")… */
const ADDRESSEE_LINE =
  /^(?:Bộ|Sở|(?:Ủy|Uỷ) ban|UBND|Văn phòng|Thanh tra|Ngân hàng|Tập đoàn|Tổng công ty|Đài|Thông tấn xã|Viện|Học viện|Đại học|Bảo hiểm xã hội|Kiểm toán|Cục|Tổng cục|Chủ tịch|Bộ trưởng|Giám đốc|Thủ trưởng)\s[^.;:,!?()]{2,80}[.;]?$/u;
/** …and says nothing of work: "Bộ Tài chính chủ trì thực hiện." after the addressees is the letter's body. */
const WORK_WORDS =
  /(?<![\p{L}])(?:chu tri|phoi hop|thuc hien|trien khai|khan truong|bao cao|trinh|nghien cuu|xem xet|giai quyet|chi dao|de nghi|yeu cau|co y kien)(?![\p{L}])/u;
const isAddresseeLine = (line: string) => ADDRESSEE_LINE.test(line) && !WORK_WORDS.test(foldVi(line));
const HEADER_DATE = /,\s*ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}/u;
/**
 * "… có ý kiến như sau:", and a report's speaker who directs with a colon: "Sau khi nghe …, ông Trần Văn A chỉ đạo: Văn
 * phòng UBND tỉnh …", "Phó Chủ tịch UBND tỉnh yêu cầu: …" (the speaker named by title, or by "ông"/"bà"/"đồng chí" and
 * at most five words of name and title).
 */
const AFTER_PREAMBLE =
  /(?:nhu sau|sau day|(?:(?:^|,\s*)(?:ong|ba|dong chi)(?: [\p{L}]+){0,5}?|(?:pho )?(?:chu tich|thu tuong)(?: [\p{L}]+){0,6}?) (?:chi dao|yeu cau|ket luan|de nghi))\s*:\s*/u;
const MEMBERS_FOLLOW = /(?<![\p{L}])gom(?: co)?(?: [^.:;]{0,40})? (?:nhu sau|sau day)\s*:\s*$/u;
/** A section line that is a whole sentence in lower case, long and ended by a stop: an item, not a title. */
const isSentenceTitle = (title: string) =>
  title.length > 120 && /[.;]$/u.test(title) && title !== title.toLocaleUpperCase('vi-VN');
const isTitleLine = (line: string) =>
  /^[-–—_|*\s]*$/u.test(line) ||
  (/\p{Lu}/u.test(line) && line === line.toLocaleUpperCase('vi-VN')) ||
  /^(?:so\s*:|v\/v\b|ve viec\s*:)/u.test(foldVi(line));

/**
 * The body of a letter with no numbered items ("…có ý kiến như sau: Giao Bộ X chủ trì…"): the lines
 * after the header and the "Kính gửi" block, from after "như sau:" when the preamble says so.
 */
function letterBody(lines: string[]): string[] & { afterLeadIn?: true; leadIn?: string } {
  const folded = lines.map((l) => foldVi(l));
  let start = folded.findIndex((l) => KINH_GUI.test(l));
  if (start >= 0) {
    // "Kính gửi:" alone on its line, then the addressee on the next ("Bộ Nông nghiệp và Phát triển nông thôn."),
    // written as a bullet or as a body's name alone
    const addresseesBelow = /^[|*\s]*kinh gui\s*:?\s*$/u.test(folded[start]!);
    start++;
    while (
      start < lines.length &&
      (BULLET_LINE.test(lines[start]!) || (addresseesBelow && isAddresseeLine(lines[start]!.trim())))
    )
      start++;
  } else {
    const head = folded.slice(0, 15);
    start =
      Math.max(
        head.findLastIndex((l) => HEADER_DATE.test(l) && l.length < 100),
        -1,
      ) + 1;
  }
  const body = lines.slice(start).filter((l) => !isTitleLine(l));
  // not "Công nhận 04 xã … gồm các xã như sau:": a list of what was named follows, not the letter's directions
  const preamble = body.findIndex((l) => AFTER_PREAMBLE.test(foldVi(l)) && !MEMBERS_FOLLOW.test(foldVi(l)));
  if (preamble < 0) return body;
  const line = body[preamble]!;
  const { folded: f, at } = foldForMatching(line);
  const m = AFTER_PREAMBLE.exec(f)!;
  const rest = [line.slice(at[m.index + m[0].length]).trim(), ...body.slice(preamble + 1)].filter(Boolean);
  const leadIn = line.slice(0, at[m.index + m[0].length]);
  return rest.length > 0 ? Object.assign(rest, { afterLeadIn: true as const, leadIn }) : body;
}

/**
 * The lines of a quoted passage: "Khoản 1 Điều 4 Luật … quy định:" then "“1. Nhà nước quản lý …", "3. Bảo đảm …”". A
 * quotation mark opening the line after one that ends with ":" starts it; a closing mark at a line's end ends it (a
 * passage left open ends after 60 lines). Its numbered lines are the law's clauses, not the notice's items.
 */
function quotedLines(lines: readonly string[]): Set<number> {
  const quoted = new Set<number>();
  for (let i = 1; i < lines.length; i++) {
    if (!/^["“]/u.test(lines[i]!) || !lines[i - 1]!.endsWith(':')) continue;
    let k = i;
    for (; k < lines.length && k < i + 60; k++) {
      quoted.add(k);
      if (/["”][.;,]?$/u.test(lines[k]!) && (k > i || lines[k]!.length > 1)) break;
    }
    i = k;
  }
  return quoted;
}

/**
 * Reads the lines of a notice into items and sub-items, dropping the preamble and the closing. A letter
 * with no numbered items gives its body as one item, or its bullets as items (`unnumbered`: the body,
 * numbered here, is being read again).
 */
function splitItems(text: string, unnumbered = false): Draft[] {
  const split = splitInlineMarkers(noticeLines(text)).filter(Boolean);
  const quoted = quotedLines(split);
  const hasNumbered = split.some((l, i) => !quoted.has(i) && NUMBERED_LINE.test(l));
  const romanAreItems = !hasNumbered;
  const items: Draft[] = [];
  const seen = new Set<string>();
  let section = '';
  let sectionTitle = '';
  let intro: string | null = null;
  // The preamble's paragraph so far: a lead-in wrapped over several lines ("… Chủ tịch Ủy ban nhân dân tỉnh yêu cầu
  // các sở, ban, ngành," / "địa phương … thực hiện các nội dung sau:") is read whole.
  let paragraph = '';
  let lastPreamble = '';
  let noticeIntro: string | null = null;
  let top: Draft | null = null;
  let current: Draft | null = null;
  /** The last "1.1" item read under `top`, whose "a)", "b)" sub-items follow it. */
  let dotted: Draft | null = null;
  /**
   * A web copy flattens a nested numbered list: "1. Giao Bộ Y tế:" then "1. Tiếp tục …", "2. Kịp thời …", then "1. Giao
   * Bộ Thông tin và Truyền thông: …". A run that starts again at 1 right after an item ending with ":" is that item's
   * sub-items ("1.1", "1.2"); when the numbers start at 1 once more, the outer list goes on with its next number.
   */
  let nestedUnder: Draft | null = null;
  const open = (ordinal: string, parent: Draft | null, first: string, fromBullet = false) => {
    const draft: Draft = { ordinal, parent, parts: [first], fromBullet, intro: parent ? null : intro };
    if (!parent && section && isFindingsTitle(sectionTitle)) draft.findings = `${section}. ${sectionTitle}`;
    if (!parent && section && OWNER_TITLE.test(foldVi(sectionTitle))) draft.owner = sectionTitle;
    items.push(draft);
    seen.add(ordinal);
    return draft;
  };
  /** How many task paragraphs each item has had as its sub-items. */
  const paragraphsOf = new Map<Draft, number>();
  /** How many bullets each item has had as its sub-items. */
  const bulletsOf = new Map<Draft, number>();
  const childOrdinal = (parent: Draft, label: string) => `${parent.ordinal}${label}`;
  // "-" bullets are sub-items of the item or sub-item they follow (while it or one of its bullets is being read)
  // when its own text ends with ":" or only names an agency: "1. Sở Công Thương", "a) Ngân hàng Nhà nước Việt
  // Nam:" then "- Chỉ đạo …", "- Chủ trì …". After "… gồm:" they list who it is ("Giao các sở … gồm: - Sở A;
  // - Sở B"), not tasks.
  const opensBullets = (item: Draft | null, at: Draft | null): item is Draft => {
    if (!item || item.fromBullet) return false;
    // "- Về bảo trì …" / "+ Bảo đảm …, cụ thể:" / "(i) …" "(ii) …" then "- Trường hợp …": after the "(i)" run nested in
    // an item's bullets, a bullet is that item's next bullet again, not more of "(ii)".
    const inMarkedRun = at?.marked === true && at.parent === item && (bulletsOf.get(item) ?? 0) > 0;
    if (!(at === item || (at?.fromBullet === true && at.parent === item) || inMarkedRun)) return false;
    const own = item.parts.join(' ').trim();
    return (own.endsWith(':') && !ENUMERATION_END.test(own)) || isAgencyHeading(item) || isTopicHeading(item);
  };
  /** The item a "-" bullet read now is a sub-item of, if any: the sub-item being read, else the item. */
  const bulletHost = (): Draft | null => {
    const at: Draft | null = current;
    const sub = at?.fromBullet ? at.parent : at;
    if (sub && sub !== top && sub.parent === top && opensBullets(sub, at)) return sub;
    return opensBullets(top, at) ? top : null;
  };
  /**
   * Bullets of two kinds nest: "- Sở Tài chính:" then "+ Rà soát …", "+ Tham mưu …" are that bullet's tasks (as under
   * an item that only names a body or ends with ":"), and the next "-" is the outer list's again.
   */
  const nestedBulletHost = (mark: string): Draft | null => {
    const at: Draft | null = current;
    if (!at?.fromBullet || !at.bulletMark) return null;
    const outer = at.parent;
    if (at.bulletMark === mark) return outer?.fromBullet ? outer : null;
    if (outer?.fromBullet && outer.bulletMark === mark) return outer.parent;
    const own = at.parts.join(' ').trim();
    // "- Về bảo trì, sửa chữa …; đảm bảo an toàn công trình" (a topic over lines, with no stop) titles its "+" tasks too
    const topic = ABOUT_TOPIC.test(own) && !/[.!?]$/u.test(own);
    const opens =
      (own.endsWith(':') && !ENUMERATION_END.test(own)) || isAgencyHeading(at) || isTopicHeading(at) || topic;
    return opens && !outer?.fromBullet ? at : null;
  };
  /** "(1)", "(i)", "Thứ nhất": sub-items under a numbered item, else items themselves. */
  const openMarked = (label: string, rest: string, line: string) => {
    if (hasNumbered && top) {
      // "(ii)" with no "(i)" before it under this item continues no numbering (a scan lost the "(i)" of a list the
      // text describes, "theo các hình thức sau: () … (ii) … (ii) …"): the line goes on with the text.
      const previous = /^\d+$/u.test(label)
        ? String(Number(label) - 1)
        : ROMAN_NUMERALS[ROMAN_NUMERALS.indexOf(label) - 1];
      if (previous !== '0' && previous !== undefined && !seen.has(`${top.ordinal}.${previous}`) && current) {
        current.parts.push(line);
        return;
      }
      current = open(`${top.ordinal}.${label}`, top, rest);
      current.marked = true;
    } else {
      const ordinal = seen.has(label) && section ? `${section}.${label}` : label;
      top = current = open(ordinal, null, rest);
    }
  };
  let host: Draft | null;
  for (const [i, line] of split.entries()) {
    let m: RegExpExecArray | null;
    if (quoted.has(i)) {
      // a quoted law's clause ("1. Nhà nước quản lý …" after "… quy định:"): part of the text it stands in
      if (current) current.parts.push(line);
    } else if ((m = ROMAN_LETTER_LINE.exec(line))) {
      const parent = items.find((d) => d.ordinal === m![1] && d.parent === null) ?? null;
      current = open(`${m[1]}-${m[2]}`, parent, m[3]!);
    } else if (
      ((m = ROMAN_LINE.exec(line)) && !romanAreItems) ||
      ((m = CAPITAL_LETTER_SECTION.exec(line)) && hasNumbered)
    ) {
      [section, top, current] = [m[1]!, null, null]; // a section heading: its items keep their numbers
      sectionTitle = m[2]!;
      intro = readIntro(m[2]!) ?? noticeIntro; // a section's own lead-in, else the preamble's
      // "I. Tổ chức tuyên truyền … Nghị định số 178/2026/NĐ-CP … kịp thời nội dung Nghị định." (a scan's "1." read as
      // "I.", its lines joined): a sentence in lower case is an item, numbered by its section, not a section's title
      if (isSentenceTitle(sectionTitle)) top = current = open(section, null, sectionTitle);
    } else if (
      (m = NUMBERED_LINE.exec(line)) &&
      !section &&
      (nestedUnder ||
        (m[1] === '1' &&
          top !== null &&
          current === top &&
          seen.has('1') &&
          top.parts.length === 1 &&
          top.parts[0]!.trimEnd().endsWith(':')))
    ) {
      const host: Draft = nestedUnder ?? top!;
      const children = items.filter((d) => d.parent === host).length;
      if (m[1] === String(children + 1)) {
        nestedUnder = host;
        current = open(`${host.ordinal}.${m[1]}`, host, m[2]!);
      } else {
        // the outer list again: "1." once more is the number after the host's, another number is its own
        nestedUnder = null;
        const ordinal = m[1] === '1' && /^\d+$/u.test(host.ordinal) ? String(Number(host.ordinal) + 1) : m[1]!;
        top = current = open(ordinal, null, m[2]!);
      }
    } else if ((m = ROMAN_LINE.exec(line)) || (m = NUMBERED_LINE.exec(line))) {
      const ordinal = seen.has(m[1]!) && section ? `${section}.${m[1]}` : m[1]!; // numbering restarted
      top = current = open(ordinal, null, m[2]!);
    } else if ((m = TRIPLE_DOTTED_LINE.exec(line))) {
      const label = `${m[1]}.${m[2]}`;
      const parent = items.findLast((d) => d.ordinal === label) ?? (top?.ordinal === m[1] ? top : null);
      current = open(`${label}.${m[3]}`, parent, m[4]!);
      top ??= current;
    } else if ((m = DOTTED_LINE.exec(line))) {
      const parent = top?.ordinal === m[1] ? top : null;
      dotted = open(`${m[1]}.${m[2]}`, parent, m[3]!);
      current = dotted;
      top ??= current;
    } else if ((m = LETTERED_LINE.exec(line)) && (top || (section && !seen.has(section)))) {
      // "III. TỔ CHỨC THỰC HIỆN" then "a) Sở Nội vụ …", "b) …": the section's title is the heading of its letters
      top ??= open(section, null, sectionTitle);
      // "1.1. Sở Tài chính:" then "a) …", "b) …": the letters are the dotted item's
      const host: Draft = dotted?.parent === top ? dotted : top;
      current = open(childOrdinal(host, m[1]!), host, m[2]!);
    } else if ((m = PAREN_NUMBER_LINE.exec(line)) || (m = PAREN_ROMAN_LINE.exec(line))) {
      openMarked(m[1]!, m[2]!, line);
    } else if ((m = ORDINAL_WORD_LINE.exec(line))) {
      openMarked(String(ordinalWordNumber(m)), m[3]!, line);
    } else if ((m = BULLET_LINE.exec(line)) && (host = nestedBulletHost(line[0]!) ?? bulletHost())) {
      const count = bulletsOf.get(host) ?? 0;
      bulletsOf.set(host, count + 1);
      const label = host === top ? (VI_LETTERS[count] ?? `-${count + 1}`) : `-${count + 1}`;
      current = open(childOrdinal(host, label), host, m[1]!, true);
      current.bulletMark = line[0]!;
    } else if (current && opensTaskParagraph(current, line)) {
      // "2. Giao Bộ X chủ trì …." then "Giao Bộ Y …" on a line of its own: a paragraph that gives its own work is the
      // item's sub-item, as a bullet would be
      const host = current.parent ?? current;
      const count = (paragraphsOf.get(host) ?? 0) + 1;
      paragraphsOf.set(host, count);
      current = open(childOrdinal(host, `-${count}`), host, line);
      current.paragraph = true;
    } else if (current) {
      current.parts.push(line); // an unnumbered line (or a bullet kept in the text) continues the item
    } else if (section && !seen.has(section) && !line.endsWith(':')) {
      // A section whose body is a paragraph ("III. TỔ CHỨC THỰC HIỆN" then "Bộ Nội vụ tổng hợp …"): the paragraph
      // is an item, numbered by its section. One that ends with ":" is the lead-in of what follows. A "section"
      // line in lower case that runs on ("I. Tổ chức tuyên truyền … Nghị định số" / "178/2026/NĐ-CP …") was an
      // item wrapped over lines.
      const runsOn = sectionTitle !== sectionTitle.toLocaleUpperCase('vi-VN') && !/[.:;]$/u.test(sectionTitle);
      top = current = runsOn ? open(section, null, sectionTitle) : open(section, null, line);
      if (runsOn) current.parts.push(line);
    } else {
      const wrapped = lastPreamble.length >= WRAPPED_LINE && !ENDS_SENTENCE.test(lastPreamble);
      // A lead-in is a sentence or two: the paragraph is read up to its last 2,000 characters (read whole at every
      // line, a preamble of thousands of wrapped lines took seconds).
      paragraph = wrapped ? `${paragraph} ${line}`.slice(-2000) : line;
      lastPreamble = line;
      if (foldVi(line).endsWith(':')) intro = readIntro(paragraph) ?? intro;
      if (items.length === 0) noticeIntro = intro;
    }
  }
  if (items.length === 0 && !unnumbered) {
    let body = letterBody(split);
    const bullets = body.filter((l) => BULLET_LINE.test(l)).length;
    // "… như sau:" then "- Bộ X …", "- Bộ Y …": separate tasks, numbered as read; "Giao Bộ X:" then
    // bullets: one item whose bullets are its sub-items.
    if (bullets >= 2 && BULLET_LINE.test(body[0]!)) {
      let n = 0;
      return splitItems(
        body.map((l) => l.replace(BULLET_LINE, (_, rest: string) => `${++n}. ${rest}`)).join('\n'),
        true,
      );
    }
    // A report's title and its paragraph of news ("Ngày 5/3, UBND tỉnh ban hành Công văn số …"), then the lead-in "Theo
    // đó, Chủ tịch UBND tỉnh yêu cầu:" and its bullets: the news and the lead-in are the preamble, the bullets
    // carry the work, each an item. Not when the lines before give work themselves.
    const leadInAt = body.findIndex((l, i) => i > 0 && l.endsWith(':') && BULLET_LINE.test(body[i + 1] ?? ''));
    if (
      bullets >= 2 &&
      leadInAt > 0 &&
      !body.slice(0, leadInAt).some((l) => BULLET_LINE.test(l)) &&
      !isBackgroundList(body[leadInAt]!) &&
      !HEAD_GIVES_WORK.test(foldVi(body.slice(0, leadInAt).join(' '))) &&
      HEAD_GIVES_WORK.test(foldVi(body[leadInAt]!))
    ) {
      // as after a leader's lead-in: each bullet an item, the lead-in read as the preamble's last line
      let n = 0;
      const numbered = body
        .slice(leadInAt + 1)
        .map((l) => l.replace(BULLET_LINE, (_, rest: string) => `${++n}. ${rest}`));
      return splitItems([...body.slice(0, leadInAt + 1), ...numbered].join('\n'), true);
    }
    // Not "Bộ Tài chính đã ban hành các văn bản hướng dẫn, cụ thể:" then "- Thông tư số …": background that lists
    // what was done; the request follows it, and the body stays one item.
    if (bullets >= 2 && body[0]!.endsWith(':') && BULLET_LINE.test(body[1]!) && !isBackgroundList(body[0]!)) {
      // "Về đề nghị của Bộ X …, Thủ tướng Chính phủ có ý kiến chỉ đạo Bộ X:" then "- …", "- …": the leader's lead-in,
      // whose bullets are the directions, each an item that takes the body it names.
      if (LEADER_LEAD_IN.test(foldVi(body[0]!)) && readIntro(body[0]!)) {
        let n = 0;
        return splitItems(
          [body[0], ...body.slice(1).map((l) => l.replace(BULLET_LINE, (_, rest: string) => `${++n}. ${rest}`))].join(
            '\n',
          ),
          true,
        );
      }
      return splitItems([`1. ${body[0]}`, ...body.slice(1)].join('\n'), true);
    }
    // Separate directives as paragraphs, as a portal reports a letter ("Theo đó, Chủ tịch UBND tỉnh yêu cầu Sở Y tế …" then
    // "Song song đó, Sở Y tế, … tổ chức …"; "Giao các sở, ngành …" then "Giao Sở X chủ trì …"): one item each. What stands
    // before the first one joins it unless it gives work itself.
    // After one, so does a paragraph whose subject is a body and whose verb is a task ("Theo đó, giao các sở, ngành …"
    // then "Uỷ ban nhân dân thành phố và các huyện tổ chức …", "Sở Tài nguyên và Môi trường đôn đốc …").
    // After "… có ý kiến như sau:" the body is the directions themselves, from its first line ("Chấp thuận …" then "Uỷ ban
    // nhân dân TP Đà Nẵng bổ sung, hoàn chỉnh hồ sơ …": two).
    // So from a first line that is itself a direction ("Theo đó, UBND tỉnh giao Sở A …. Sở B chủ trì …").
    const afterLeadIn = body.afterLeadIn === true;
    // a leader's opinion conveyed ("Phó Thủ tướng … có ý kiến như sau:"), not a ministry's answer that explains the law
    const leaderDirects = afterLeadIn && LEADER_OPINION.test(foldVi(body.leadIn ?? ''));
    // the text as pasted: its lines before a wrapped paragraph's were joined
    const physical = leaderDirects
      ? withoutDoubleSpacing(text.split('\n').map((l) => l.trim())).filter(
          (l) => !PAGE_NUMBER.test(l) && !GAZETTE_HEAD.test(l),
        )
      : [];
    const paperWidth = leaderDirects ? wrapWidth(physical) : null;
    const physicalSet = new Set(paperWidth === null ? [] : physical);
    // the joined line's last physical line: its longest end, after a space, that was a line of the text (looked for in
    // its last 200 characters, so a long paste is not searched line by line)
    const lastPhysicalLine = (joined: string) => {
      for (let at = Math.max(0, joined.length - 200); at < joined.length; at++)
        if ((at === 0 || joined[at - 1] === ' ') && physicalSet.has(joined.slice(at))) return joined.slice(at);
      return joined;
    };
    const directiveFrom = (lines: readonly string[]) =>
      afterLeadIn || (lines.length > 0 && DIRECTIVE_PARAGRAPH.test(foldVi(lines[0]!.trim())))
        ? 0
        : lines.findIndex((l, i) => i > 0 && DIRECTIVE_PARAGRAPH.test(foldVi(l.trim())));
    let firstDirective = directiveFrom(body);
    // "… trình UBND thành phố trước ngày 15-11-2018. Giám đốc Sở Nội vụ chủ trì, phối hợp …": in a report that gives
    // its directions as one paragraph, a sentence whose subject is a body and whose verb is a task opens a paragraph.
    if (firstDirective >= 0) body = body.flatMap((l, i) => (i >= firstDirective ? sentenceTasks(l) : [l]));
    // "Theo đó, UBND thành phố yêu cầu lập ngay kế hoạch …; Ban quản lý … có trách nhiệm …; Sở X định kỳ báo cáo …": within
    // a directive paragraph, a clause after ";" with its own body and task verb is a task of its own.
    const semicolonOpens = new Set<number>();
    if (firstDirective >= 0) {
      const split: string[] = body.slice(0, firstDirective);
      // a sentence a wrap broke after its ";" is read whole (lines joined), and kept as it was when it gives one task
      for (let i = firstDirective; i < body.length;) {
        let k = i + 1;
        while (k < body.length && body[k - 1]!.trimEnd().endsWith(';')) k++;
        const pieces = semicolonTasks(body.slice(i, k).join(' '));
        if (pieces.length > 1)
          pieces.forEach((piece, n) => (n > 0 && semicolonOpens.add(split.length), split.push(piece)));
        else split.push(...body.slice(i, k));
        i = k;
      }
      body = split;
      firstDirective = directiveFrom(body);
    }
    const opensParagraph = (k: number) =>
      DIRECTIVE_PARAGRAPH.test(foldVi(body[k]!.trim())) ||
      semicolonOpens.has(k) ||
      // after "… có ý kiến như sau:" each paragraph is a direction of its own ("Cho phép tỉnh X …." then "Kinh phí … không
      // sử dụng ngân sách nhà nước." then "UBND tỉnh X có trách nhiệm …": three)
      (leaderDirects &&
        /[.!?]["”)]?\s*$/u.test(body[k - 1]!) &&
        /^\p{Lu}/u.test(body[k]!.trim()) &&
        // not a line of a wrapped text that ended a sentence where the wrap fell (the paragraph goes on)
        (paperWidth === null || !fullAt(lastPhysicalLine(body[k - 1]!), body[k]!, paperWidth)) &&
        // a sentence, not a page's short title line ("Báo cáo và dự thảo Nghị quyết") nor the office's closing
        (body[k]!.trim().length > WRAPPED_LINE || ENDS_SENTENCE.test(body[k]!.trim())) &&
        !OFFICE_CLOSING.test(foldVi(body[k]!.trim()))) ||
      (firstDirective >= 0 &&
        k > firstDirective &&
        // after a full stop: after ";" the sentence goes on ("… đôn đốc các sở, ngành liên quan;" / "Uỷ ban nhân dân
        // thành phố và các huyện khẩn trương …", a line a PDF's wrap broke); a closing "…" ends its sentence too
        // ("… xe mô tô vi phạm…" / "Sở GTVT chỉ đạo …", decision 083)
        /[.!?…]["”)]?\s*$/u.test(body[k - 1]!) &&
        opensOwnParagraph(foldVi(body[k]!.trim())));
    const paragraphEnd = (i: number) => {
      let k = i + 1;
      while (k < body.length && !opensParagraph(k)) k++;
      return k;
    };
    // not the closing that asks all addressees to carry the letter out ("Yêu cầu Sở A, Sở B, … triển khai thực hiện./.")
    const opens = body.flatMap((l, i) =>
      i > 0 && opensParagraph(i) && !CARRY_OUT_CLOSING.test(foldVi(body.slice(i, paragraphEnd(i)).join(' ')).trim())
        ? [i]
        : [],
    );
    if (opens.length > 0 && !unnumbered) {
      // "… Chủ tịch UBND tỉnh chỉ đạo:", "Tại giao ban tuần …, đồng chí Bí thư Tỉnh ủy chỉ đạo:" (a lead-in just before
      // it), "Ngày 25/10/2013, UBND tỉnh ban hành Công văn số …", "(Cổng TTĐT) - Chủ tịch UBND tỉnh vừa có văn bản giao …"
      // (a report of the letter): the preamble, read as such (a lead-in's addressees go down to the items), neither an
      // item nor part of the first one. Not "Theo đó, Công nhận 04 xã … gồm các xã như sau:", an item.
      const last = foldVi(body[opens[0]! - 1]!);
      let leadsIn = last.endsWith(':') && !MEMBERS_FOLLOW.test(last) && !HEAD_ACKNOWLEDGES.test(last);
      // A report that itself tells a body its work ("Ngày 5/3, UBND tỉnh ban hành Công văn số … yêu cầu Sở Y tế …") is the
      // first directive, unless the paragraph after it says "Theo đó, …" (what the letter says in detail).
      const reported = body.slice(0, opens[0]).findLastIndex((l) => REPORTED_ISSUE.test(foldVi(l))) + 1;
      const report = foldVi(body.slice(0, reported).join(' '));
      const reportTells =
        (REPORT_TELLS_BODY.test(report) || REPORT_DECIDES.test(report)) &&
        !/^theo do(?![\p{L}])/u.test(foldVi(body[opens[0]!]!.trim()));
      // "UBND TP. Hà Nội vừa chỉ đạo Sở Công thương cùng một số đơn vị … về việc …." then "Theo đó, UBND thành phố yêu cầu
      // …": the report names whom the city directed, and the paragraphs after it tell the direction: a lead-in, whose body
      // does the items that name no doer (the city that asks is no doer).
      if (!leadsIn && /^theo do(?![\p{L}])/u.test(foldVi(body[opens[0]!]!.trim())) && REPORTED_DIRECTION.test(last))
        [body[opens[0]! - 1], leadsIn] = [body[opens[0]! - 1]!.trim().replace(/\.$/u, ':'), true];
      const concludes = MEETING_CONCLUSION.test(foldVi(body[opens[0]!]!.trim()));
      // a report that tells is the first item from its own paragraph: a page's title lines above it ("Thông tin chỉ đạo,
      // điều hành", the headline) are no part of it
      const preamble = leadsIn || concludes ? opens[0]! : reportTells ? Math.max(0, reported - 1) : reported;
      const head = foldVi(body.slice(preamble, opens[0]).join(' '));
      // after "… như sau:" or "ông X chỉ đạo:" the first paragraph is a direction too ("Văn phòng UBND tỉnh phối hợp …")
      const headIsItem =
        preamble < opens[0]! &&
        (HEAD_GIVES_WORK.test(head) ||
          HEAD_ACKNOWLEDGES.test(head) ||
          leaderDirects ||
          (afterLeadIn && opensOwnTask(head)));
      const bounds = [preamble, ...(headIsItem ? opens : opens.slice(1)), body.length];
      if (bounds.length > 2 || preamble > 0)
        return splitItems(
          [
            ...body.slice(0, preamble),
            ...bounds
              .slice(0, -1)
              .map((b, k) => [`${k + 1}. ${body[b]!.trim()}`, ...body.slice(b + 1, bounds[k + 1])].join('\n')),
          ].join('\n'),
          true,
        );
    }
    // One directive paragraph whose clauses give work to different bodies, joined by ";" ("… chỉ đạo rõ: “Giao cho Sở
    // Kế hoạch - Đầu tư phối hợp …; giao cho UBND TP Thái Nguyên phối hợp …"): each clause an item, as in a report's
    // directive paragraph above; the lines after the last clause go on with it.
    const clauses = body.map((l) => semicolonTasks(l));
    const first = clauses.findIndex((c) => c.length > 1);
    // not after a report's preamble ("Sau khi tiếp nhận phản ánh của Báo Thanh tra …; UBND tỉnh giao Sở X chủ trì …":
    // one directive, whose ground the first clause tells)
    if (first >= 0 && HEAD_GIVES_WORK.test(foldVi(clauses[first]![0]!))) {
      // the report's words before the quoted direction ("… đồng chí Dương Ngọc Long chỉ đạo rõ: “Giao cho …") are its
      // preamble, not part of the first item
      const [head, ...rest] = clauses[first]!;
      const quoted = QUOTED_DIRECTION.exec(head!);
      const pieces = quoted ? [head!.slice(quoted.index + quoted[0].length), ...rest] : clauses[first]!;
      const preamble = quoted ? [head!.slice(0, quoted.index + 1)] : [];
      let n = 0;
      const numbered = [...pieces.map((piece) => `${++n}. ${piece}`), ...clauses.slice(first + 1).flat()];
      return splitItems([...body.slice(0, first), ...preamble, ...numbered].join('\n'), true);
    }
    if (body.length > 0)
      items.push({ ordinal: '1', parent: null, parts: body, fromBullet: false, intro: null, letterBody: true });
  }
  return items.flatMap(splitAttributedBullets);
}

/**
 * A line of its own, after a sentence's end, that opens by giving work ("Giao Bộ Y …", "Đồng thời, giao …"), under a
 * numbered item that is no heading and has no bullets or lettered sub-items: a task of its own.
 */
function opensTaskParagraph(current: Draft, line: string): boolean {
  const host = current.parent ?? current;
  if (current.fromBullet || current.marked || (current.parent && !current.paragraph)) return false;
  // its heading's own line (not all its lines joined: that, at every line, made a long item quadratic)
  if (!/^\d/u.test(host.ordinal) || host.parts[0]!.trim().endsWith(':')) return false;
  if (!/[.;!]$/u.test(current.parts.at(-1)!.trim()) || !/^\p{Lu}/u.test(line)) return false;
  const folded = foldVi(line);
  // not the closing that asks all addressees to carry the notice out ("Đề nghị các cơ quan … triển khai thực hiện.")
  if (/^(?:yeu cau|de nghi)\s/u.test(folded) && CARRY_OUT_CLOSING.test(folded)) return false;
  return (
    DIRECTIVE_PARAGRAPH.test(folded) ||
    BODY_AFTER_ADVERBIAL.test(folded) ||
    BODY_LEADS.test(folded) ||
    HEAD_ANSWERS.test(folded)
  );
}
/**
 * "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ chịu trách nhiệm …", "Chủ tịch UBND tỉnh X có trách nhiệm …", "Thống đốc
 * Ngân hàng Nhà nước chủ trì …": a paragraph whose subject is a body's head (one or two titles, the body's name full or
 * short: "Chủ nhiệm VPCP"), told his own part.
 */
const HEAD_TITLE = String.raw`(?:bo truong|thu truong|chu tich|pho chu tich|giam doc|tong giam doc|thong doc|chu nhiem|tong thanh tra|truong ban|tong kiem toan|chanh van phong|cuc truong)`;
const HEAD_ANSWERS = new RegExp(
  String.raw`^${HEAD_TITLE}(?:,\s*${HEAD_TITLE})?\s[^.;:,]{2,120}?\s(?:chiu trach nhiem|co trach nhiem|chu tri)(?![\p{L}])`,
  'u',
);
/** "Bộ Tài chính chủ trì, …": a paragraph whose subject is told to lead. */
const BODY_LEADS =
  /^(?:bo|so|uy ban nhan dan|ubnd|ngan hang nha nuoc|van phong|thanh tra|kiem toan|bao hiem)\s[^.;:,]{1,80}?\schu tri(?![\p{L}])/u;
/** "Căn cứ vào tiến độ thực hiện Dự án, Bộ Tài chính xem xét …": a body as the subject after an opening phrase. */
const BODY_AFTER_ADVERBIAL = new RegExp(
  String.raw`^(?:can cu|tren co so|sau khi|truong hop|doi voi)[^.;:]{0,160}?,\s*(?:giao\s+)?(?:bo|so|uy ban nhan dan|ubnd|ngan hang nha nuoc|van phong|thanh tra|kiem toan|bao hiem) `,
  'u',
);

const PARAGRAPH_CONNECTIVE = String.raw`(?:song song (?:do|voi do)|dong thoi|ben canh do|ngoai ra|mat khac|theo do)`;
// "Theo đó, Chủ tịch giao UBND các huyện …": the chairman speaking, named short.
// A press report of a Government leader's direction, a paragraph each: "Phó Thủ tướng yêu cầu …" (named short, as after
// the report's opening gave the name), "Theo đó, Phó Thủ tướng Hoàng Trung Hải đồng ý …", "Đối với đề nghị …, Phó Thủ
// tướng yêu cầu …" (the title's first word may be mistyped, "Phps Thủ tướng"). Not the report's opening "Thủ tướng
// Nguyễn Xuân Phúc yêu cầu Bộ X …", which the paragraphs after it tell in detail.
const LEADER_VERB = String.raw`(?:yeu cau|giao|de nghi|chi dao|dong y|thong nhat)\s`;
const LEADER_TITLE = String.raw`(?:pho |ph\p{L}{1,2} )?thu tuong(?: chinh phu)?`;
const LEADER_SPEAKS = String.raw`(?:${LEADER_TITLE} ${LEADER_VERB}|(?:${PARAGRAPH_CONNECTIVE}|(?:rieng )?doi voi [^.;:]{1,200}?),\s*${LEADER_TITLE}(?: [\p{L}]+){0,4}? ${LEADER_VERB})`;
// A meeting report's conclusion: "Kết luận cuộc họp, ông Lê Đức Vinh yêu cầu …", "Phát biểu kết luận cuộc họp, đồng chí
// … – Phó Chủ tịch UBND huyện yêu cầu …". What the report tells before it (the chair, what was discussed) is preamble.
const MEETING_CONCLUDES = String.raw`(?:phat bieu )?ket luan(?: (?:cuoc hop|hoi nghi|buoi lam viec|phien hop))?,\s*[^.;:,]{0,120}?(?:,[^.;:,]{0,60}?)?\s(?:yeu cau|giao|de nghi|chi dao)\s`;
const MEETING_CONCLUSION = new RegExp(`^${MEETING_CONCLUDES}`, 'u');
// A news report that opens with the leader's direction itself, after the paper's tag: "(ĐCSVN) - Phó Thủ tướng Trịnh
// Đình Dũng giao UBND tỉnh X chủ trì …", then "UBND tỉnh X xem xét, xử lý …" in a paragraph of its own: two directions.
const PRESS_TAG_LEADER = String.raw`\([^()]{2,30}\)\s*[-–]\s*${LEADER_TITLE}(?: \p{L}+){0,4}? ${LEADER_VERB}`;
// "UBND tỉnh cũng chỉ đạo Sở Nội vụ chủ trì …": "chỉ đạo" gives work only to the body or group it names, not "chỉ đạo về
// việc …" nor "chỉ đạo các nội dung sau" (session 32).
const DIRECTS_BODY = String.raw`chi dao(?=\s+(?:so|ubnd|uy ban nhan dan|ban|cong an|thanh tra|van phong|bo chi huy|thu truong|giam doc|chu tich|cac (?:so|co quan|don vi|dia phuong|nganh))\s)`;
// A ministry's press report of its directive, a paragraph each (session 32): "Lãnh đạo Bộ Công Thương yêu cầu các đơn vị
// thuộc Bộ …", "Lãnh đạo Bộ yêu cầu …" (the ministry's leadership speaking), "Bộ Công Thương cũng nghiêm cấm …", "Các
// đơn vị trực thuộc Bộ thực hiện nghiêm …" (its units, unnamed, told their part).
const MINISTRY_REPORT_PARAGRAPH = String.raw`(?:lanh dao (?:bo|so)(?: [^\s.;:,]+){0,6}? (?:cung |con |tiep tuc |dong thoi )?(?:yeu cau|de nghi|chi dao|giao)\s|bo [^.;:,]{1,60}? cung (?:nghiem cam|yeu cau|de nghi)\s|cac (?:don vi|co quan)(?: truc thuoc| thuoc)? (?:bo|so)(?: [^\s.;:,]+){0,4}? (?:thuc hien|trien khai|to chuc|chu dong|tap trung|khan truong|quan triet)\s)`;
/**
 * "Theo đó, trong thời gian từ đầu tháng 1/2013 tới ngày 15/3/2013, Công an tỉnh bố trí …": between the connective and
 * the body, a time adverbial (a span or a moment, opened by a time word and closed by its comma) puts the subject
 * second; the paragraph is a directive all the same (session 35, decision 083). Only time words: a clause of reason or
 * ground ("Trên cơ sở …,") is not read here.
 */
const TIME_ADVERBIAL = String.raw`(?:trong (?:thoi gian|dip|nam|thang|quy|tuan)|tu (?:ngay|nay|dau)|truoc (?:ngay|tet|dip)|den (?:ngay|het)|(?:ngay|thang) \d)[^.;:,]{0,100},\s*(?:[^.;:,]{0,60},\s*)?`;
/**
 * "Công văn yêu cầu chủ tịch UBND các huyện …", "Văn bản cũng giao Sở X …": in a press report, the reported letter
 * speaking, named short, opens a direction of its own, like "Giao …" (session 35, decision 083).
 */
const LETTER_ASKS = String.raw`(?:cong van|van ban|chi thi|ke hoach)(?: (?:nay|cung|con|tiep tuc))? (?:yeu cau|giao|de nghi)\s`;
/**
 * "Các đơn vị liên quan: Công an tỉnh, Sở Giao thông vận tải, … tập trung …": a named list as the subject, after a
 * direction, opens a task of its own, as a paragraph or as a sentence (session 35, decision 083).
 */
const NAMED_LIST_SUBJECT = /^cac (?:don vi|co quan)(?: lien quan)?:\s/u;
const DIRECTIVE_PARAGRAPH = new RegExp(
  String.raw`^(?:(?:giao|yeu cau|de nghi)\s|${MINISTRY_REPORT_PARAGRAPH}|${PRESS_TAG_LEADER}|(?:van phong chinh phu|vpcp) (?:xin )?(?:de nghi|yeu cau)\s|${LEADER_SPEAKS}|${MEETING_CONCLUDES}|(?:${PARAGRAPH_CONNECTIVE},\s*)?(?:(?:pho )?chu tich )?(?:ubnd|uy ban nhan dan) (?:tinh|thanh pho) (?:cung |con |tiep tuc |dong thoi )?(?:yeu cau|giao|de nghi|${DIRECTS_BODY})\s|` +
    String.raw`${PARAGRAPH_CONNECTIVE},\s*(?:${TIME_ADVERBIAL})?(?:(?:(?:pho )?chu tich\s)?(?:giao|yeu cau|de nghi)\s|(?:so|cong an|bo chi huy|ban quan ly|ubnd|uy ban nhan dan|thanh tra|van phong) )|${LETTER_ASKS})`,
  'u',
);
/**
 * "Uỷ ban nhân dân thành phố và các huyện tổ chức …", "Sở Tài nguyên và Môi trường đôn đốc …": a body, then its task;
 * "Văn phòng Chính phủ tiếp tục …" written short, "VPCP tiếp tục …", too (session 37).
 */
const BODY_DOES_TASK_PARAGRAPH =
  /^(?:(?:giam doc|chu tich|thu truong|truong ban|chanh van phong|cuc truong|chi cuc truong) )?(?:so|ubnd|uy ban nhan dan|cong an|bo chi huy|ban quan ly|thanh tra|van phong|vpcp|cac so)\s(?![^.;:()]{0,80}?\s(?:da(?! nang)|vua)\s)[^.;:()]{0,80}?\s(?:to chuc|don doc|chu tri|thuc hien|trien khai|ra soat|tong hop|khan truong|tham muu|huong dan|phoi hop|theo doi|tiep tuc|chu dong|tap trung|co trach nhiem|chiu trach nhiem|bo tri|kiem tra|bao cao|xay dung|bao dam|dam bao|tang cuong|cung cap|ho tro|tuyen truyen|xu ly|giai quyet|hoan thanh|hoan thien|nghien cuu|xem xet|chi dao|lap|de xuat|bo sung|hoan chinh|chuan bi|tiep thu|keu goi)(?![\p{L}])/u;
/**
 * "…; Ban quản lý … có trách nhiệm …", "…; Sở Công thương định kỳ báo cáo …": a clause after ";" whose body does a task,
 * after a clause of its own (a verb and its object: not a list of bodies, "phối hợp với Sở A; Sở B thực hiện", nor those a
 * body urges, "đôn đốc các sở, ngành liên quan; UBND các huyện khẩn trương …", whose list goes on after the ";").
 * So does a clause that gives work anew, "…; giao cho UBND TP Thái Nguyên phối hợp …" (corpus tinh-thai-nguyen-81-2011),
 * also after the "…" with which a press copy cuts a quoted directive ("… gói thầu số 7… giao cho Sở NNPTNT chủ trì …").
 */
const SEMICOLON_TASK = /(?:;|…)\s+(?=\p{Lu}|giao\s)/gu;
const SEMICOLON_BODY = String.raw`(?:so|ubnd|uy ban nhan dan|cong an|bo chi huy|ban quan ly|thanh tra|van phong|bo)\s`;
const SEMICOLON_BODY_TASK = new RegExp(
  String.raw`^(?:giao (?:cho )?${SEMICOLON_BODY}|${SEMICOLON_BODY}[^.;:,()]{0,80}?\s(?:to chuc|don doc|chu tri|thuc hien|trien khai|ra soat|tong hop|khan truong|tham muu|huong dan|theo doi|tiep tuc|chu dong|tap trung|co trach nhiem|chiu trach nhiem|dinh ky)(?![\p{L}]))`,
  'u',
);
/** "… chỉ đạo rõ: “Giao cho Sở …": a report's lead-in, then the direction it quotes. */
const QUOTED_DIRECTION = /:\s*["“]?(?=(?:Giao|Yêu cầu|Đề nghị|giao|yêu cầu|đề nghị)\s)/u;
const GIVES_BODY_WORK = new RegExp(String.raw`(?:^|[^\p{L}])giao (?:cho )?${SEMICOLON_BODY}`, 'u');
const LIST_OR_URGED_BEFORE =
  /(?:^|[\s,])(?:phoi hop(?: voi)?|cung voi|lam viec voi|don doc|nhac nho|gom(?: co)?)(?:[\s,]+[\p{L}\p{N}&-]+){1,12}\s*;$/u;
function semicolonTasks(line: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const m of allMatches(line, SEMICOLON_TASK)) {
    // the clause's last words only: a line of thousands of ";" is read once
    const tail = line.slice(Math.max(from, m.index - 200), m.index + 1).trim();
    const next = foldVi(line.slice(m.index + m[0].length, m.index + m[0].length + 160));
    if (tail.split(/\s+/u).length < 8 || LIST_OR_URGED_BEFORE.test(foldVi(tail))) continue;
    if (!SEMICOLON_BODY_TASK.test(next)) continue;
    // "giao …" anew only after a clause that itself gave work to a body ("Giao cho Sở A …; giao cho Sở B …"), not after
    // an approval whose task it is ("Đồng ý nội dung Đề án …; giao Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc phê duyệt …",
    // vpcp-3446-2011: one item)
    if (next.startsWith('giao') && !GIVES_BODY_WORK.test(foldVi(line.slice(from, m.index)))) continue;
    pieces.push(line.slice(from, m.index + 1).trim());
    from = m.index + m[0].length;
  }
  if (pieces.length === 0) return [line];
  pieces.push(line.slice(from));
  // Each clause is a task of its own, as the corpus reads two bodies' tasks a ";" joins ("… trong đó có KCN Sông Công; Bộ
  // Kế hoạch và Đầu tư tổng hợp ý kiến …", vpcp-2060-2008): two items, whether or not their deadlines differ (session 37;
  // until then only clauses with different deadlines were split, and the bodies of the others shared one item).
  return pieces;
}
const REPORTED_DIRECTION =
  /(?:^|\s)(?:vua|da) chi dao (?:so|ban|cong an|thanh tra|van phong|bo chi huy|cac so)\s[^.;:]{0,160}\.$/u;
const CARRY_OUT_CLOSING =
  /^(?:[^.;:]{0,300}?(?:trien khai|to chuc)?\s*thuc hien(?: nghiem tuc)?|(?:tran trong |kinh )?de nghi [^.;:]{0,160}?quan tam[^.;:]{0,120}?)\s*[./]*$/u;
/** "…, Thủ tướng Chính phủ có ý kiến chỉ đạo Bộ X:", "…, Phó Thủ tướng Nguyễn Văn A yêu cầu các Bộ:": a leader's lead-in. */
const LEADER_LEAD_IN =
  /(?:^|,\s*)(?:pho )?thu? tuong(?: chinh phu)?(?: [\p{L}]+){0,4}? (?:co y kien(?: chi dao)?|chi dao|yeu cau|giao)\s[^,:]*:$/u;
/**
 * A portal's report of the letter it quotes: "Ngày 25/10/2013, UBND tỉnh ban hành Công văn số …", "Chủ tịch UBND tỉnh
 * vừa có văn bản giao …", "Tối ngày 15/4, UBND tỉnh vừa có công văn 388/UBND-KGVX".
 */
const REPORTED_ISSUE =
  /(?:^|[\s(,-])(?:ngay \d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*,|vua|da|tiep tuc)\s(?:[^.;:]{0,80}?\s)?(?:co|ky(?: ban hanh)?|ban hanh|gui)\s+(?:cong van|van ban|cong dien|chi thi|y kien)(?![\p{L}])/u;
// "… vừa có văn bản chỉ đạo thủ trưởng các sở, ban ngành …; Chủ tịch UBND các huyện khẩn trương …" tells them as "giao"
// does; "chỉ đạo" only before whom it directs, not "chỉ đạo các nội dung sau" nor "chỉ đạo về việc …".
const REPORT_TELLS_BODY =
  /(?:^|[^\p{L}])(?:(?:giao|yeu cau|de nghi)\s+(?:cac\s|so\s|ubnd\s|uy ban\s|bo\s|ban\s|cong an\s|thu truong\s|giam doc\s|chu tich\s)|chi dao\s+(?:thu truong|giam doc|chu tich|so|ubnd|uy ban nhan dan|cac (?:so|bo|co quan|don vi|dia phuong))[\s,])/u;
/**
 * "Đối với các ý kiến góp ý của các Ban HĐND tỉnh, ông chỉ đạo các sở, ngành cần …", "Ông cũng yêu cầu Sở Y tế …",
 * "Về lâu dài, Phó Chủ tịch UBND tỉnh giao Sở Xây dựng …": a later sentence of a report in which the speaker, named short
 * (after what opens the sentence), tells a body or a group: a direction of its own. Not after a connective that adds to
 * the direction before ("Đồng thời, Chủ tịch UBND tỉnh giao Sở X …"): that is the same direction's other part.
 */
const SPEAKER_TELLS_SENTENCE =
  /^(?!(?:dong thoi|ben canh do|song song|ngoai ra|mat khac|theo do|cung voi do)(?![\p{L}]))(?:[^.;:,]{1,160}?,\s*)?(?:ong|ba|dong chi(?: [\p{L}]+){0,4}?|(?:pho )?chu tich(?: (?:ubnd|uy ban nhan dan) (?:tinh|thanh pho))?|(?:pho )?thu tuong(?: chinh phu)?)(?: (?:cung|con|tiep tuc|dong thoi|van))? (?:chi dao|yeu cau|giao|de nghi)\s(?:cac\s|so\s|ubnd\s|uy ban\s|bo\s|ban\s|cong an\s|thu truong\s|giam doc\s|chu tich\s|van phong\s|thanh tra\s)/u;
/**
 * "Biểu dương các cơ quan, đơn vị đã thực hiện tốt …: Sở A, Sở B, …", "Đồng thời, khen ngợi …": after the directions of a
 * report, a paragraph that commends is an assessment of its own, not the end of the direction before it (whose bodies it
 * would take as leads). Commending gives no one work in any notice (session 34, decision 077).
 */
const COMMENDATION_PARAGRAPH = new RegExp(
  String.raw`^(?:${PARAGRAPH_CONNECTIVE},\s*)?(?:bieu duong|khen ngoi|hoan nghenh|ghi nhan(?:,| va) bieu duong)(?![\p{L}])`,
  'u',
);
const opensOwnTask = (folded: string) =>
  BODY_DOES_TASK_PARAGRAPH.test(folded) || SPEAKER_TELLS_SENTENCE.test(folded) || NAMED_LIST_SUBJECT.test(folded);
/** A paragraph after a report's directions that gives its own task, or commends (an assessment of its own). */
const opensOwnParagraph = (folded: string) => opensOwnTask(folded) || COMMENDATION_PARAGRAPH.test(folded);
/** A paragraph's sentences, split before each that gives a body its own task (read from its first 200 characters). */
function sentenceTasks(line: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const m of allMatches(line, /(?<=\p{L}{2}|\d)\.\s+(?=\p{Lu})/gu)) {
    const at = m.index + m[0].length;
    if (!opensOwnTask(foldVi(line.slice(at, at + 200)))) continue;
    pieces.push(line.slice(from, m.index + 1).trim());
    from = at;
  }
  return pieces.length === 0 ? [line] : [...pieces, line.slice(from)];
}
/** "Ngày 8-6, UBND thành phố đã có văn bản thống nhất chọn …": a report whose letter decides (an item, not a preamble). */
const REPORT_DECIDES =
  /(?:cong van|van ban|y kien)(?: so [^\s,]+)?(?: [^.;:]{0,60}?)?,? (?:thong nhat|dong y|chap thuan)(?![\p{L}])/u;
// not a request or a direction named as the letter's ground: "Thực hiện chỉ đạo của Chủ tịch UBND tỉnh, …", "Xét đề nghị
// của Sở X, …", "Theo yêu cầu của …"
// nor the end of a headline's noun phrase: "Tăng cường đôn đốc, kiểm tra việc thực hiện các nhiệm vụ Chính phủ giao" (the
// tasks the Government gave, corpus vpcp-ttg-tang-cuong-don-doc-2017): a verb that gives work has an object after it
const HEAD_GIVES_WORK =
  /(?:^|[^\p{L}])(?<!(?:thuc hien|theo|tiep theo|xet|ve|tai|tren co so) )(?:giao|yeu cau|de nghi|dong y|thong nhat|chap thuan|chi dao)(?![\p{L}])(?! cua\s)(?!\s*$)/u;
/** "Ngày 25 tháng 3 năm 2026, Bộ Công Thương ban hành Thông tư số …, cụ thể:": a document's issue, told with its date. */
const DATED_ISSUE = /^ngay \d{1,2}(?: thang |\/)\d{1,2}[^.;:]{0,120}?(?:ban hanh|thong qua|ky)(?![\p{L}])/u;
/** "Bộ X đã ban hành …, cụ thể:", "Ngày …, Chính phủ đã ban hành Nghị định …, trong đó:": a report of what was done. */
const isBackgroundList = (line: string) => {
  const folded = foldVi(line);
  return (
    (/(?:^|[\s,])da (?:ban hanh|co|thong qua|ky|to chuc|trien khai)(?![\p{L}])/u.test(folded) ||
      DATED_ISSUE.test(folded)) &&
    !/(?:^|[\s,])(?:de nghi|yeu cau|giao)\s(?!cua\s)/u.test(folded)
  );
};

/** A bullet that ends by naming who does it: "- Tài sản kết cấu hạ tầng đô thị - Bộ Xây dựng.". */
const ATTRIBUTED_BULLET =
  /\s[-–—]\s*(?:Bộ|Sở|(?:Ủy|Uỷ) ban|UBND|Ban|Cục|Văn phòng|Thanh tra|Công an|Ngân hàng|Kho bạc|Bảo hiểm)\s[^.;:!?]{2,80}[.;]?$/iu; // "- … - BỘ CÔNG THƯƠNG." too

/**
 * A sub-item that ends with ":" and lists "-" bullets each ending with the body that does it ("a) … cụ thể như sau:
 * - Tài sản … - Bộ Công Thương. - Tài sản … - Bộ Xây dựng.") shares its work out: the bullets are its sub-items.
 * Bullets that name no body stay in the sub-item's text (details of one task).
 */
function splitAttributedBullets(draft: Draft): Draft[] {
  if (draft.parent === null || draft.fromBullet) return [draft];
  const colon = draft.parts.findIndex((p, i) => p.endsWith(':') && BULLET_LINE.test(draft.parts[i + 1] ?? ''));
  if (colon < 0 || ENUMERATION_END.test(draft.parts[colon]!)) return [draft];
  const bullets: string[][] = [];
  for (const part of draft.parts.slice(colon + 1)) {
    if (BULLET_LINE.test(part)) bullets.push([part.replace(BULLET_LINE, '$1')]);
    else bullets.at(-1)!.push(part);
  }
  if (bullets.length < 2 || !bullets.every((b) => ATTRIBUTED_BULLET.test(cleanText(b.join(' '))))) return [draft];
  draft.parts = draft.parts.slice(0, colon + 1);
  return [
    draft,
    ...bullets.map((parts, k) => ({
      ordinal: `${draft.ordinal}-${k + 1}`,
      parent: draft,
      parts,
      fromBullet: true,
      intro: null,
    })),
  ];
}

// ---- Reading one item ----

const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const wordPattern = (alternatives: string, flags = 'gu') =>
  new RegExp(`${WORD_START}(?:${alternatives})${WORD_END}`, flags);
/** A pattern built from words an item supplies, compiled once (compiling it again for each item is what costs). */
const BUILT_PATTERNS = new Map<string, RegExp>();
function builtPattern(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let pattern = BUILT_PATTERNS.get(key);
  if (!pattern) {
    // a notice's own names go into some of them: the cache stays small whatever is pasted
    if (BUILT_PATTERNS.size >= 500) BUILT_PATTERNS.clear();
    BUILT_PATTERNS.set(key, (pattern = new RegExp(source, flags)));
  }
  return pattern;
}

const AREA_WORDS: ReadonlyArray<readonly [ReformAreaCode, string]> = [
  ['institutional', 'the che|phap luat|van ban quy pham'],
  ['procedures', 'thu tuc hanh chinh|tthc|giay to cong dan|mot cua'],
  ['apparatus', 'to chuc bo may|sap xep|tinh gon|bien che'],
  ['civil_service', 'cong vu|cong chuc|can bo|vien chuc|ky luat, ky cuong'],
  ['public_finance', 'tai chinh cong|ngan sach|tu chu tai chinh|dau tu cong'],
  ['digital_government', 'chinh phu dien tu|chinh phu so|chuyen doi so|dich vu cong truc tuyen|de an 06|co so du lieu'],
];
const AREA_PATTERNS = AREA_WORDS.map(
  ([code, words]) => [code, new RegExp(`${WORD_START}(?:${words})${WORD_END}(?!\\s*\\d)`, 'u')] as const,
);
/** "theo quy định của pháp luật" is boilerplate, not a task about law-making. */
const LAW_BOILERPLATE = /(?:theo |dung )?quy dinh (?:cua )?phap luat(?: hien hanh)?/gu;
const ALL_SIX_AREAS = wordPattern('ca (?:6|sau) noi dung', 'u');

function readAreas(folded: string): { areaCodes: ReformAreaCode[]; isCrossCutting: boolean } {
  if (ALL_SIX_AREAS.test(folded)) return { areaCodes: [], isCrossCutting: true };
  const text = folded.replace(LAW_BOILERPLATE, ' ');
  const areaCodes = AREA_PATTERNS.map(([code, pattern]) => ({ code, at: pattern.exec(text)?.index }))
    .filter((a): a is { code: ReformAreaCode; at: number } => a.at !== undefined)
    .sort((a, b) => a.at - b.at)
    .map((a) => a.code);
  return { areaCodes, isCrossCutting: areaCodes.length === 0 || areaCodes.length === AREA_WORDS.length };
}

/** Group phrases, most specific first; "… liên quan" (only those concerned) is not a whole group. */
const GROUP_PATTERNS = (
  [
    // "các Bộ, ngành, địa phương", "các bộ, cơ quan trung ương và địa phương", "các bộ, ngành trung ương và địa phương"
    [
      'ministries_and_provinces',
      // a Government resolution's "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, địa phương"
      '(?:cac )?bo,? (?:nganh|co quan(?: ngang bo| thuoc chinh phu)?)(?:,? (?:nganh|co quan(?: ngang bo| thuoc chinh phu)?))*(?: trung uong)?,? (?:va )?(?:cac )?dia phuong(?! lien quan)|' +
        // "Các cơ quan trung ương và địa phương"
        'cac co quan (?:o )?trung uong,? (?:va )?(?:cac )?dia phuong(?! lien quan)',
    ],
    // "các thành viên Ban Chỉ đạo", "các đồng chí thành viên Ban Chỉ đạo", "Từng thành viên Ban Chỉ đạo"
    // and a working group's: "các thành viên Tổ công tác"
    // and those of a council or a national committee that issues the notice: "các thành viên Hội đồng", "các cơ quan
    // thành viên Ủy ban Quốc gia" (not a company's "Hội đồng quản trị", nor "Hội đồng nhân dân")
    [
      'committee_members',
      '(?:(?:cac|tung|moi) )?(?:dong chi |co quan )?thanh vien (?:ban chi dao|to cong tac|hoi dong(?! (?:quan tri|nhan dan|thanh vien))|uy ban quoc gia)',
    ],
    [
      'ministries',
      // "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ"
      // "Bộ trưởng các Bộ, Thủ trưởng các cơ quan ngang Bộ"
      '(?:cac )?(?:dong chi )?bo truong(?: cac bo)?,? thu truong (?:cac )?co quan ngang bo(?:,? (?:thu truong )?(?:cac )?co quan thuoc chinh phu)?|' +
        // "Các thành viên Chính phủ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch …": the ministers
        '(?:cac |tung )?(?:dong chi )?thanh vien chinh phu(?:,? thu truong (?:cac )?co quan(?: (?:ngang bo|thuoc chinh phu))+)?|' +
        // "Bộ trưởng các Bộ, Thủ trưởng các cơ quan, Chủ tịch …": the ministers and the heads of the other central bodies
        '(?:cac )?(?:dong chi )?bo truong cac bo(?:,? thu truong (?:cac )?co quan(?: (?:ngang bo|thuoc chinh phu|trung uong))?)?|' +
        'bo truong,? thu truong cac co quan(?: (?:ngang bo|thuoc chinh phu|trung uong))?|' +
        // "Yêu cầu các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh …": the ministers, named with the other heads (not
        // "các Bộ trưởng: Tài chính, …", a list, nor "các đồng chí Bộ trưởng", the letter's own addressees)
        'cac bo truong(?=,? (?:va )?(?:chu tich|thu truong))|' +
        // "các Bộ, cơ quan ngang bộ, cơ quan khác ở trung ương", "các Bộ, cơ quan trung ương", "các Bộ, cơ quan thuộc Chính phủ",
        // "các bộ, ngành, cơ quan trung ương", "các bộ, cơ quan" (not "các bộ, cơ quan liên quan")
        'cac bo(?:,? (?:nganh|co quan(?: (?:ngang bo|trung uong|thuoc chinh phu|khac o trung uong))?))+(?: trung uong)?(?! lien quan)(?!,? (?:va )?dia phuong)',
    ],
    [
      'provinces',
      // "Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố": both councils and committees of the provinces.
      '(?:(?:hoi dong nhan dan|hdnd),? (?:va )?)?(?:(?:ubnd|uy ban nhan dan) )?cac tinh,? thanh pho(?: truc thuoc trung uong)?|cac dia phuong(?! lien quan)|' +
        // "Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo …" (a list of them after it is named instead)
        '(?:ubnd|uy ban nhan dan) cac tinh|' +
        // a directive's "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương": every province, without "các"
        '(?:ubnd|uy ban nhan dan) tinh,? thanh pho truc thuoc trung uong|' +
        // "Ủy ban nhân dân tỉnh, thành phố chỉ đạo …": the same, without "trực thuộc trung ương"
        '(?:ubnd|uy ban nhan dan) tinh, thanh pho(?= (?:chi dao|to chuc|chu dong|khan truong|chiu trach nhiem|co trach nhiem|thuc hien|trien khai|bo tri)(?![\\p{L}]))|' +
        // "Ủy ban nhân dân cấp tỉnh" in a central body's notice (in a province's, "cấp xã" are its localities)
        '(?:ubnd|uy ban nhan dan) cap tinh|' +
        // "Ủy ban nhân dân các cấp", "chính quyền địa phương các cấp": the local governments, provinces first
        '(?:ubnd|uy ban nhan dan|chinh quyen(?: dia phuong)?) cac cap',
    ],
    // A province's notice: "các sở, ban, ngành, địa phương" are its departments and its communes and wards.
    [
      'departments_and_localities',
      '(?:thu truong )?cac so,? (?:ban,? )?nganh(?:,? doan the)?(?: (?:cap |thuoc )?tinh)?,? (?:va )?(?:cac )?dia phuong(?! lien quan)',
    ],
    // A province's notice: "các sở, ban, ngành (thuộc tỉnh / cấp tỉnh)", "các cơ quan chuyên môn thuộc UBND tỉnh".
    [
      'departments',
      // a city's "các sở, ban, ngành Thành phố" (Hà Nội, TP. Hồ Chí Minh)
      // "giao các sở, ngành liên quan có trách nhiệm …": those concerned, told as a subject, are the group
      '(?:thu truong )?cac so,? (?:ban,? )?nganh(?:,? doan the)?(?! (?:(?:cap |thuoc |cua )?(?:tinh|thanh pho) )?lien quan(?! (?:co|chiu) trach nhiem))(?: (?:cap |thuoc |cua )?(?:tinh|thanh pho))?|' +
        // a provincial directive's "Giám đốc các Sở, Thủ trưởng các ban, ngành (, đoàn thể) tỉnh"
        'giam doc cac so,? thu truong cac ban,? nganh(?:,? doan the)?(?: (?:cap |thuoc |cua )?tinh)?|' +
        'cac co quan chuyen mon (?:thuoc|cua|truc thuoc) (?:ubnd|uy ban nhan dan) tinh|' +
        // a district's own: "các phòng, ban, ngành (huyện)", "các cơ quan, đơn vị, các ngành (có liên quan)"
        '(?:thu truong )?cac phong,? (?:ban,? )?nganh(?:,? doan the)?(?: (?:cap |thuoc |cua )?(?:huyen|quan|thi xa))?|' +
        'cac co quan,? (?:cac )?don vi,? (?:va )?cac nganh',
    ],
    // "UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các xã, phường", "UBND cấp xã".
    [
      'localities',
      // a province's "Ủy ban nhân dân thành phố và các huyện": its one city, then its districts
      '(?:chu tich )?(?:ubnd|uy ban nhan dan) (?:thanh pho|tp\\.?|thi xa)(?:,? (?:va )?(?:thanh pho|tp\\.?|thi xa))*,? va cac (?:huyen|quan)(?:,? (?:va )?(?:thi xa|thanh pho|tp\\.?))*|' +
        '(?:chu tich )?(?:ubnd|uy ban nhan dan) (?:cac (?:huyen|xa|quan)(?:,? (?:va )?(?:phuong|thi xa|thi tran|thanh pho|tp\\.?|dac khu))*|cap (?:xa|huyen))|' +
        // "Ủy ban nhân dân xã, phường" without "các"; "các huyện, thành phố", "các xã, phường" without "Ủy ban nhân dân"
        // and a city's "UBND quận, huyện", "các quận, huyện" (Đà Nẵng, Hà Nội): its urban districts first
        '(?:chu tich )?(?:ubnd|uy ban nhan dan) (?:huyen|xa|quan)(?:,? (?:va )?(?:huyen|phuong|thi xa|thi tran|thanh pho|tp\\.?|dac khu))+|' +
        'cac (?:huyen|xa|quan)(?:,? (?:va )?(?:huyen|phuong|thi xa|thi tran|thanh pho|tp\\.?|dac khu))+|' +
        // a city's "UBND các phường, xã", "các phường, xã, đặc khu": its wards come first (Hà Nội, TP. Hồ Chí Minh)
        '(?:chu tich )?(?:(?:ubnd|uy ban nhan dan) )?cac phuong(?:,? (?:va )?(?:xa|thi tran|dac khu))+',
    ],
  ] as const
).map(
  // a web copy glues a group to its verb ("Các Bộ, ngành, địa phươngkhẩn trương thực hiện"): its end is where the verb
  // starts, as a name's is (agency-matcher.ts)
  ([group, words]) =>
    [group, new RegExp(`${WORD_START}(?:${words})(?:${WORD_END}|(?=(?:${GLUED_VERBS})(?![a-z])))`, 'gu')] as const,
);

// Roles are read from the gaps between agency names and cue words (all folded).
const LEAD_CUE = wordPattern('chu tri');
/**
 * Partners' cues. Besides "phối hợp", "lấy ý kiến": "xin ý kiến Bộ X", "tham khảo ý kiến của Bộ X", "thỏa thuận với Bộ
 * X"; not "trình Thủ tướng Chính phủ xin ý kiến …" nor "báo cáo xin ý kiến …", which ask a superior. A web copy glues
 * "phối hợpvới": read as "phối hợp với". "Bộ X chủ trì, với sự tham gia của Bộ Y …", "… có sự tham gia của Bộ Y": Bộ Y
 * takes part, as a partner.
 */
const COORDINATION = String.raw`(?:voi su )?phoi hop(?: chat che)?(?: ?voi| cua)?|(?:voi|co) su tham gia(?: cua)?|cung voi|cung|(?<!(?:buoi|cuoc|chuyen|dot) )lam viec(?: (?:cu the|truc tiep))? voi|trao doi,? (?:va )?thong nhat(?: voi)?|trao doi(?: (?:cu the|truc tiep))? voi|thong nhat voi|lay (?:them )?y kien(?: cua)?|(?<!(?:trinh|bao cao)[^.;,]{0,60})xin (?:them )?y kien(?: cua)?|tham khao (?:them )?y kien(?: cua)?|thoa thuan(?:,? (?:va )?thong nhat)? voi`;
const COORDINATE_CUE = wordPattern(COORDINATION);
const COORDINATE_BEFORE = new RegExp(`${WORD_START}(?:${COORDINATION})\\s*:?\\s*$`, 'u');
/** The same, with partners named before in the list: "phối hợp với Sở A, Sở B theo dõi …" (names written "@"). */
const PARTNERS_BEFORE = new RegExp(`${WORD_START}(?:${COORDINATION})\\s*:?\\s*(?:@\\s*(?:,|va)\\s*)*$`, 'u');
/**
 * Monitoring is said with a chain of watching verbs: "theo dõi, đôn đốc", "kiểm tra, giám sát", "theo dõi, tổng hợp (tình
 * hình thực hiện)", "theo dõi, kiểm tra, giám sát", "giám sát, kiểm tra", "đôn đốc, theo dõi", "theo dõi, hướng dẫn,
 * kiểm tra". A chain opens with one of the four watching verbs; "hướng dẫn", "tổng hợp" may follow in it.
 */
const WATCH_VERB = 'theo doi|don doc|kiem tra|giam sat';
/**
 * A provincial office's "tổng hợp, theo dõi, đôn đốc", a department's "hướng dẫn, theo dõi, đôn đốc", a ministry's "chỉ
 * đạo, giám sát quá trình thực hiện" over a corporation's task: one opener word.
 */
const WATCH_OPENERS = ['tong hop', 'huong dan', 'chi dao'];
const WATCH_OPENER = `(?:(?:${WATCH_OPENERS.join('|')}),? (?:va )?)?`;
/** Words that may follow a watching verb in its chain: "theo dõi, hướng dẫn", "theo dõi, tổng hợp", "theo dõi, đánh giá". */
const WATCH_FOLLOWER = 'huong dan|tong hop|danh gia';
const WATCH_CHAIN = wordPattern(`${WATCH_OPENER}(?:${WATCH_VERB})(?:,? (?:va )?(?:${WATCH_VERB}|${WATCH_FOLLOWER}))*`);
/**
 * A chain that names the monitor wherever it stands: "giám sát" with another watching verb, "theo dõi" with "đôn đốc",
 * "tổng hợp" or "giám sát", or "đôn đốc, kiểm tra" (session 37: "giao Tổ công tác của Thủ tướng Chính phủ thường xuyên
 * đôn đốc, kiểm tra việc thực hiện nhiệm vụ …", corpus vpcp-ttg-tang-cuong-don-doc-2017). What it watches must still be
 * the work given (WATCHED_OBJECT): "Bộ X đôn đốc, kiểm tra các chủ đầu tư …" alone is X's own work.
 */
function isMonitorChain(verbs: string[]): boolean {
  const has = (v: string) => verbs.includes(v);
  if (verbs.length < 2) return false;
  return (
    (has('giam sat') && (has('theo doi') || has('don doc') || has('kiem tra'))) ||
    (has('theo doi') && (has('don doc') || has('tong hop') || has('giam sat'))) ||
    (has('don doc') && has('kiem tra'))
  );
}
/**
 * After a task given to another body, any chain watches that task when it is about its carrying out ("… kiểm tra, đôn
 * đốc việc thực hiện", "… giám sát việc thực hiện", "Văn phòng Chính phủ đôn đốc thực hiện", "Sở Nội vụ kiểm tra, đôn
 * đốc các cơ quan, đơn vị thực hiện": the notice's own addressees, not "các doanh nghiệp"), and a chain with "theo
 * dõi" or "đôn đốc" when only a report or the sentence's end follows ("Văn phòng UBND tỉnh theo dõi, báo cáo").
 */
/** The notice's own addressees named as the ones watched: "các cơ quan, đơn vị (liên quan)", "các sở, ngành, địa phương". */
const WATCHED_ADDRESSEES = String.raw`cac (?:co quan|don vi|so|bo|dia phuong)(?:,? (?:va )?(?:co quan(?: ngang bo)?|don vi|so|bo|ban|nganh|dia phuong|doan the))*(?: (?:lien quan|tinh))?`;
const WATCHED_WORK = new RegExp(
  String.raw`^ (?:(?:viec|qua trinh|tien do|ket qua) )?(?:thuc hien|trien khai)(?![\p{L}])|^ ${WATCHED_ADDRESSEES} (?:(?:khan truong|nghiem tuc|trien khai) )?(?:thuc hien|trien khai)(?![\p{L}])`,
  'u',
);
const REPORT_OR_END = /^(?:,? (?:va )?bao cao(?![\p{L}])|\s*[.;)]|\s*$)/u;
function isMonitorAfterTaskChain(verbs: string[], following: string): boolean {
  // "kiểm tra việc thực hiện các quy định về …" alone is an inspection of its own (OWN_WORK_WATCHED reads the rest),
  // also after "hướng dẫn" or "tổng hợp" ("Sở B hướng dẫn, kiểm tra việc thực hiện các quy định …")
  const own = WATCH_OPENERS.includes(verbs[0]!) ? verbs.slice(1) : verbs;
  if (own.length === 1 && own[0] === 'kiem tra') return false;
  if (WATCHED_WORK.test(following)) return true;
  // "Bộ Y tế chủ trì mua sắm vắc xin; Bộ Tài chính giám sát, kiểm tra việc sử dụng kinh phí": after a task given to
  // another body, a monitoring chain over an activity ("việc …") watches that task's carrying out; alone, it is the
  // body's own work (WATCHED_OBJECT).
  if (isMonitorChain(verbs) && /^ viec /u.test(following)) return true;
  return (verbs.includes('theo doi') || verbs.includes('don doc')) && REPORT_OR_END.test(following);
}
/**
 * "… theo dõi, kiểm tra việc thực hiện.", "… đôn đốc, kiểm tra việc thực hiện Thông báo này", "… kiểm tra, đôn đốc các cơ
 * quan, đơn vị thực hiện, báo cáo …", "… kiểm tra việc thực hiện
 * các nội dung nêu trên, báo cáo …": a chain whose only object is the carrying out of the notice itself watches it,
 * wherever it stands (a closing item's office or inspectorate). "… giám sát việc thực hiện quy chế dân chủ" names a
 * work of its own, and stays the body's task.
 */
const OWN_WORK_WATCHED = new RegExp(
  String.raw`^ (?:${WATCHED_ADDRESSEES} )?(?:viec )?(?:thuc hien|trien khai)` +
    String.raw`(?: (?:(?:thong bao|ket luan|chi thi|cong van|van ban|ke hoach) (?:nay|tren)|cac (?:noi dung|nhiem vu|viec|y kien chi dao)(?: (?:duoc giao|neu tren|tren|nay|noi tren))?))?` +
    String.raw`(?:\s*[.;)]|\s*$|,? (?:va )?bao cao(?![\p{L}]))`,
  'u',
);
/**
 * What a chain that names a monitor by its verbs ("theo dõi, đôn đốc", "kiểm tra, giám sát") must watch for it to name
 * one: the carrying out of the work given ("… việc thực hiện", "… tình hình, kết quả thực hiện", "… tiến độ triển
 * khai", "… tiến độ, báo cáo …"), the tasks or the notice ("… các nhiệm vụ được giao", "… Thông báo này"), the notice's addressees ("… các sở,
 * ngành, địa phương thực hiện", "… UBND các huyện"), or nothing but a report or the sentence's end. A field of the body's
 * own ("theo dõi, giám sát tình hình dịch bệnh", "kiểm tra, giám sát việc sử dụng kinh phí của các đơn vị", "đôn đốc các
 * chủ đầu tư …") or its own units ("các đơn vị trực thuộc") is its task: that body leads, as the lead watching its own
 * subordinates is no monitor. A body named right after the chain ("theo dõi, đôn đốc Bộ X …") is read by the caller.
 */
const WATCHED_THING = String.raw`(?:viec|qua trinh|tien do|ket qua|tinh hinh)`;
/**
 * "kiểm tra, giám sát chặt chẽ việc thực hiện": how closely, said before the object; a telegram's "Văn phòng Chính phủ
 * theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao.": by its remit, with no object but the work given.
 */
const WATCH_MANNER = String.raw`(?: (?:chat che|thuong xuyen|sat sao|kip thoi|nghiem tuc|theo (?:dung )?chuc nang,? (?:va )?nhiem vu(?: duoc giao)?))?`;
const WATCHED_OBJECT = new RegExp(
  String.raw`^${WATCH_MANNER}(?:,? (?:va )?bao cao(?![\p{L}])|\s*[.;)]|\s*$|` +
    String.raw` (?:${WATCHED_THING}(?:,? (?:va )?${WATCHED_THING})* )?(?:to chuc )?(?:thuc hien|trien khai)(?![\p{L}])|` +
    // "… theo dõi, đôn đốc tiến độ, báo cáo …": the progress of the work given, named alone
    String.raw` (?:tien do|ket qua)(?:,? (?:va )?${WATCHED_THING})*(?=\s*[,.;)]|\s*$)|` +
    String.raw` (?:${WATCHED_THING} (?:thuc hien )?)?(?:cac )?(?:nhiem vu|noi dung|cong viec|y kien chi dao|ket luan)(?![\p{L}])|` +
    String.raw` (?:thong bao|ket luan|chi thi|ke hoach|van ban|cong van) (?:nay|tren)(?![\p{L}])|` +
    String.raw` (?:(?:chu tich )?(?:ubnd|uy ban nhan dan) (?:cac|cap) |cac bo(?![\p{L}])|${WATCHED_ADDRESSEES}(?! (?:truc thuoc|thuoc)(?![\p{L}]))))`,
  'u',
);
/**
 * A paragraph after the items in which an office or inspectorate watches the whole notice: "(Giao) Văn phòng UBND tỉnh
 * theo dõi, đôn đốc (các cơ quan, đơn vị) (việc) thực hiện các nội dung trên (, báo cáo …)./.", "Sở Nội vụ kiểm tra,
 * đôn đốc việc thực hiện Thông báo này.". It closes the notice, as its office's closing does: it is no part of the last
 * item, whose monitor it is not (a numbered or lettered item that says so stays an item: noticeLines reads paragraphs
 * that open with no marker only).
 */
const DOCUMENT_WATCH_CLOSING = new RegExp(
  String.raw`^(?:giao\s+)?(?:van phong|thanh tra|so|ban|cuc)\s[^.;:]{1,80}?\s(?:(?:co trach nhiem|chiu trach nhiem|thuong xuyen)\s)?` +
    String.raw`${WATCH_OPENER}(?:${WATCH_VERB})(?:,? (?:va )?(?:${WATCH_VERB}|${WATCH_FOLLOWER}))*` +
    String.raw`\s(?:${WATCHED_ADDRESSEES}\s)?(?:viec\s)?(?:to chuc\s)?(?:thuc hien|trien khai)\s` +
    String.raw`(?:cac (?:noi dung|nhiem vu|y kien chi dao|ket luan)(?: (?:duoc giao|chi dao))?(?: (?:neu|noi))? tren|(?:thong bao|ket luan|chi thi|cong van|van ban|ke hoach) nay)` +
    String.raw`(?:,? (?:va )?(?:bao cao|tong hop)[^.;]*)?\s*\.?(?:\/\.)?$`,
  'u',
);
/** A chain that names a monitor: its verbs do, and it watches the work given (WATCHED_OBJECT) or a body named after it. */
const watchesGivenWork = (verbs: string[], following: string, bodyFollows = false) =>
  isMonitorChain(verbs) &&
  (WATCHED_OBJECT.test(following) ||
    // "kiểm tra, đôn đốc UBND quận Hoàng Mai khẩn trương thực hiện" (tinh-ha-noi-559-2011): a body's own checking of
    // the one it names; "theo dõi" or "giám sát" in the chain makes it a monitor's ("theo dõi, đôn đốc Bộ X …")
    (bodyFollows && (verbs.includes('theo doi') || verbs.includes('giam sat'))));
const chainVerbs = (chain: string) =>
  chain.split(/,? (?:va )?(?=theo doi|don doc|kiem tra|giam sat|huong dan|tong hop|danh gia)/u);
/**
 * The watching chains of the text (folded), those that name a monitor anywhere or only after a task. `bodyAfter` tells
 * whether a body is named right after the chain that ends at a folded offset ("theo dõi, đôn đốc Bộ X …").
 */
function watchChains(
  folded: string,
  kind: 'anywhere' | 'after_task',
  bodyAfter: (end: number) => boolean = () => false,
): RegExpExecArray[] {
  return allMatches(folded, WATCH_CHAIN).filter((m) => {
    const verbs = chainVerbs(m[0]);
    const following = folded.slice(m.index + m[0].length);
    if (watchesGivenWork(verbs, following, bodyAfter(m.index + m[0].length)) || OWN_WORK_WATCHED.test(following))
      return kind === 'anywhere';
    return kind === 'after_task' && isMonitorAfterTaskChain(verbs, folded.slice(m.index + m[0].length));
  });
}
/** Whether a chain names the monitor by its verbs alone ("theo dõi, đôn đốc", "kiểm tra, giám sát"): no note needed. */
const hasMonitorChain = (folded: string) =>
  allMatches(folded, WATCH_CHAIN).some((m) => watchesGivenWork(chainVerbs(m[0]), folded.slice(m.index + m[0].length)));
/** Source offsets of the watching chains of `kind` (not one told in the past), as cuesOf gives a cue's. */
const watchCuesOf = (r: RoleReader, kind: 'anywhere' | 'after_task') =>
  watchChains(r.folded, kind, (end) => {
    const at = r.at[end]!;
    return r.matches.some((a) => a.start >= at && a.start - at <= 8 && /^\s*(?:cac\s+)?$/u.test(gap(r, at, a.start)));
  })
    .filter((m) => !PAST_BEFORE_CUE.test(r.folded.slice(Math.max(0, m.index - 40), m.index)))
    .map((m) => ({ start: r.at[m.index]!, end: r.at[m.index + m[0].length]! }));
/**
 * Between a lead and "chủ trì" only words like "có trách nhiệm", "chịu trách nhiệm" (or "là cơ quan": "Bộ X là cơ
 * quan chủ trì") may stand, and the body's standing role in brackets ("Sở Nội vụ (cơ quan thường trực Ban Chỉ đạo)"); a colon
 * after the body, written as a label before its work ("Văn phòng Chính phủ: theo dõi, đôn đốc …").
 */
const BEFORE_CUE_GAP =
  /^\s*:?[\s,]*(?:(?:\(\s*(?:la )?(?:co quan|don vi|thuong truc|to giup viec)[^()]{0,100}\)|co trach nhiem|chiu trach nhiem|tiep tuc|truc tiep|khan truong|tang cuong(?: cong tac)?|thuong xuyen|la (?:co quan|don vi)(?: (?:thuong truc|dau moi))?|theo (?:chuc nang,? nhiem vu(?:,? quyen han)?(?: duoc giao)?|tham quyen)|giup (?:thu tuong(?: chinh phu)?|chinh phu|ban chi dao|bo truong|chu tich(?: (?:uy ban nhan dan|ubnd)(?: tinh| thanh pho)?)?))[\s,]*)*$/u;
/** "Bộ Tư pháp là cơ quan phối hợp": the body named before the cue is the partner, whoever leads. */
const NAMED_AS_PARTNER = /(?:^|\s)la (?:co quan|don vi)\s*$/u;
/** "UBND các huyện: A, B", "Ủy ban nhân dân các huyện, thị xã A, B": the districts' list opens with their kind. */
const LOCAL_LIST_INTRO = String.raw`(?:(?:chu tich )?(?:ubnd|uy ban nhan dan) )?cac (?:huyen|quan|thi xa|xa|phuong)(?:,? (?:va )?(?:huyen|quan|thi xa|thi tran|thanh pho|xa|phuong|dac khu))*\s*:?\s*`;
/**
 * "các Bộ: …", "các bộ, ngành liên quan (…)", "các bộ quản lý ngành, lĩnh vực: …", "Ủy ban nhân dân các tỉnh, thành
 * phố: …": a list's opening words.
 */
const LIST_INTRO = String.raw`(?:(?:(?:ubnd|uy ban nhan dan) )?cac (?:bo|so|tinh|thanh pho|nganh|co quan|dia phuong)(?:,? (?:va )?(?:bo|so|ban|tinh|thanh pho|nganh|doan the|co quan(?: ngang bo)?|dia phuong)(?: truc thuoc trung uong)?)*(?: (?:cap |thuoc )?tinh)?(?: lien quan| quan ly(?: nha nuoc)?(?: (?:chuyen )?(?:nganh|linh vuc))?(?:,? (?:va )?(?:nganh|linh vuc))*(?=\s*:)| chuyen nganh(?=\s*:))?\s*[:(,]?\s*|${LOCAL_LIST_INTRO})`;
/** "phối hợp với Ban Chỉ đạo 09 (Sở Tài chính), Sở B": a role whose holder is named in brackets opens the list. */
const BRACKETED_ROLE = String.raw`(?:ban chi dao|to giup viec|co quan thuong truc|to cong tac)(?: [\p{L}\d]+){0,4}\s*\(\s*`;
/** A head of a body named for the body: "đồng chí Bộ trưởng Bộ X", "Chủ tịch Ủy ban nhân dân tỉnh X". */
// A state group's board or its chairman ("Chủ tịch Hội đồng thành viên Tập đoàn X", "Hội đồng quản trị Tổng công ty Y")
// stands for the group, as a minister for his ministry.
const TITLE = String.raw`(?:(?:chu tich )?hoi dong (?:thanh vien|quan tri)|ban (?:giam doc|lanh dao)|(?:pho )?bi thu|bo truong|thu truong|nguoi dung dau|lanh dao|pho chu tich|chu tich|pho giam doc|giam doc|tong giam doc|thong doc|tong thanh tra|chu nhiem|truong ban|(?:pho )?chi huy truong|(?:pho )?chi cuc truong|(?:pho )?cuc truong|tong|(?:pho )?chanh|(?:pho )?truong)`;
/** A directive's "Bộ trưởng Bộ Y tế chủ trì, phối hợp với Bộ trưởng Bộ Giáo dục và Đào tạo …": the partner named by its head. */
/** "(lấy ý kiến) một số địa phương (Thành phố Hồ Chí Minh, Hà Nội, …)": some of a group, named in brackets. */
const SOME_PLACES = String.raw`mot so (?:bo|nganh|tinh|thanh pho|dia phuong|co quan)(?:,? (?:va )?(?:bo|nganh|tinh|thanh pho|dia phuong|co quan))*\s*\(\s*`;
/**
 * "phối hợp với Ủy ban nhân dân các tỉnh A, B": the matcher reads "tỉnh A", so "Ủy ban nhân dân các" is left before it.
 * "phối hợp với các Bộ, ngành và Ủy ban nhân dân thành phố Hà Nội": the body named after the group is a partner too.
 */
const AFTER_CUE_GAP = new RegExp(
  `^\\s*:?\\s*(?:${LIST_INTRO}(?:va\\s+)?|${SOME_PLACES}|(?:(?:ubnd|uy ban nhan dan) )?cac\\s+|${BRACKETED_ROLE}|(?:(?:cac )?dong chi\\s+)?${TITLE}\\s+)?$`,
  'u',
);
const HEAD_BEFORE = new RegExp(`${WORD_START}${TITLE}\\s*$`, 'u');
/**
 * Between two names of a list: ",", "và", "các tỉnh", "và UBND các huyện:"; or the head's title said again for each body ("Bộ trưởng Bộ
 * Quốc phòng, Bộ trưởng Bộ Công an chỉ đạo …", "Chủ tịch UBND tỉnh A và Chủ tịch UBND tỉnh B").
 */
const LIST_GAP = new RegExp(
  // "Bộ Giao thông vận tải và Ủy ban nhân dân các tỉnh, thành phố: A, B …", "Bộ Công an và các Bộ: Tài chính, …": a
  // second list after the first body goes on with it
  `^\\s*\\)?\\s*(?:,|,?\\s*va)\\s*(?:(?:(?:ubnd|uy ban nhan dan)\\s+)?cac\\s+(?:tinh\\s+|thanh pho\\s+)?|(?:(?:ubnd|uy ban nhan dan)\\s+)?cac\\s+(?:tinh|thanh pho)(?:,?\\s+(?:va\\s+)?(?:tinh|thanh pho))*(?:\\s+truc thuoc trung uong)?\\s*:\\s*|cac\\s+bo\\s*:\\s*|${LOCAL_LIST_INTRO}|(?:dong chi\\s+)?${TITLE}\\s+)?$`,
  'u',
);
const PERSON_TITLE = String.raw`(?:(?:cac )?(?:dong chi )?${TITLE}(?:,? ${TITLE})*\s+)?`;
/**
 * "Thủ tướng Chính phủ", "Phó Thủ tướng Thường trực Nguyễn Sinh Hùng", "Ban Chỉ đạo": who speaks, before "giao"; also
 * "Thường trực Chính phủ" and a "Tổ công tác" of the Prime Minister that ask a body.
 */
// A web copy that drops a glyph writes "Th tướng" for "Thủ tướng" (corpus vpcp-4396-2015); a press report may mistype
// "Phó" ("Phps Thủ tướng giao …").
const LEADER = String.raw`(?:(?:dong chi )?(?:pho |ph\p{L}{1,2} )?thu? tuong|lanh dao chinh phu|thuong truc chinh phu|chinh phu|(?:(?:pho )?truong )?ban chi dao|(?:(?:to )?truong )?to cong tac|bo truong)(?: [\p{L}]+){0,7}?`;
/** What may open a sentence before its subject: "Giao", "Thủ tướng Chính phủ yêu cầu", "Đề nghị", "Thống nhất giao". */
/** "Bộ X (trân trọng) đề nghị …", "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu …": who asks (written "@"), then the order verb. */
/** "Bí thư Tỉnh ủy", "Thường trực Thành ủy" (a Party committee's weekly directions): who speaks, not who is told. */
const PARTY_SPEAKER = String.raw`(?:(?:dong chi )?(?:(?:pho )?bi thu(?: thuong truc)?|thuong truc|ban thuong vu)\s+)?(?:tinh|thanh|huyen) uy`;
// A meeting report names the chair who speaks: "ông Lê Đức Vinh yêu cầu …", "đồng chí Trần Ngọc Bình – Phó Chủ tịch UBND
// huyện yêu cầu …" (the speaker, not a doer).
const NAMED_SPEAKER = String.raw`(?:ong|ba|dong chi)(?: [\p{L}]+){0,4}?(?:\s*[-–]\s*(?:pho )?chu tich(?: (?:ubnd|uy ban nhan dan))?(?: (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong))?)?`;
/**
 * A body the registry lacks that asks ("Cục Hóa chất đề nghị Sở X …"): "Cục", "Vụ", "Sở" … and up to six words; or a
 * province speaking of itself ("UBND tỉnh yêu cầu …") where its header was not read, or its chairman named short ("Theo
 * đó, Chủ tịch giao UBND các huyện …"); a Party committee's secretary ("đồng chí Bí thư Tỉnh ủy yêu cầu …").
 */
const UNKNOWN_ASKER = String.raw`(?:${NAMED_SPEAKER}|(?:cuc|tong cuc|vu|so|ban|van phong|chi cuc)(?: [\p{L}]+){1,6}?|(?:bo|tinh|thanh pho|so|ubnd|uy ban)|(?:chu tich )?(?:ubnd|uy ban nhan dan) (?:tinh|thanh pho)|(?:pho )?chu tich|${PARTY_SPEAKER})`;
/**
 * A portal's or a newspaper's report of the letter between who asks and his order: "UBND tỉnh vừa có văn bản chỉ đạo Sở Y
 * tế …", "Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo các Bộ …", "Phó Thủ tướng … vừa có ý kiến chỉ đạo giao
 * Bộ X …", "Chủ tịch UBND tỉnh vừa ký Công văn số … về việc …, yêu cầu …".
 */
const REPORTED_LETTER = String.raw`(?:(?:da|vua|moi|cung|tiep tuc)\s+)*(?:(?:co|ky|ky ban hanh|ban hanh|gui)\s+)(?:cong van|van ban|cong dien|chi thi|thong bao|y kien)(?: hoa toc| khan| chi dao)?(?:\s*\(?\s*so\s+[\p{L}\p{N}/.-]+\s*\)?)?(?:\s+(?:ngay|ve viec|ve)\s[^.;:]{0,160}?)?\s*,?\s+`;
const ASKER = String.raw`(?:${LEADER}|${PERSON_TITLE}@(?:\s*(?:,|va)\s*@)*|${UNKNOWN_ASKER})\s+(?:tran trong\s+)?`;
/** "Đối với Bộ X: …", "Riêng Bộ X …", "Về phía Bộ X, …", "Trách nhiệm của Bộ X:": the body whose part of the work follows. */
const ADDRESSED_PART = String.raw`(?:(?:rieng\s+)?doi voi|rieng|ve phia|(?:trach nhiem|nhiem vu) cua)\s+`;
const ADDRESSED_BEFORE = new RegExp(`(?:^|\\s)${ADDRESSED_PART}$`, 'u');
/** A footnote's number a PDF's text leaves before the sentence ("đ) 1 Đề nghị Tổng Liên đoàn …") is passed over. */
const FOOTNOTE_BEFORE = String.raw`(?:\d{1,2}\s+)?`;
/**
 * "Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo UBND tỉnh …", "Đảng đoàn HĐND tỉnh lãnh đạo …", "Đảng ủy các xã, phường chỉ
 * đạo …": a Party committee's notice tells a body's Party organ, and the work is that body's.
 */
const PARTY_ORGAN_OF = String.raw`(?:(?:ban can su dang|dang doan|dang uy)\s+)?`;
// "(Thủ tướng Chính phủ) ủy quyền cho Bộ trưởng Bộ X ra quyết định …": the body authorised is given the work.
// "Phân công Bộ X làm đầu mối …": a body assigned its part is given the work as well.
// "…; trong đó, Bộ X chủ trì …", "…, trong đó giao Bộ X …": the body that leads a part of the item's work.
const IN_WHICH = String.raw`(?:trong do\s*[,:]?\s+)?`;
/** "Tỉnh ủy, UBND tỉnh Lâm Đồng chỉ đạo …": the Party committee named first, beside the body that does the work. */
const PARTY_COMMITTEE_BESIDE = String.raw`(?:(?:tinh|thanh|huyen|dang) uy(?: [\p{L}]+){0,3}\s*(?:,|va)\s*)?`;
/**
 * "Đồng thời, giao Sở B …", "Ngoài ra, Bộ Y …", "Bên cạnh đó, UBND tỉnh giao …": a later sentence that adds a part (read
 * by laterSubjects only: the first subject may stand in an earlier clause after a comma, "Trên cơ sở …, Bộ X …").
 */
const CONNECTIVE_BEFORE = /^\s*(?:dong thoi|ngoai ra|ben canh do|mat khac|cung voi do|them vao do|tiep theo)\s*,?\s+/u;
/** A report's day before the news ("Ngày 14-1,", "Sáng 12/6/2024,", "Chiều nay (5/3),"): when, not who. */
// Only before one who asks: "Ngày 18/01/2021, Thông tấn xã Việt Nam có bài viết …" is the news, no one told.
const DAY_BEFORE = String.raw`(?:(?:ngay|sang|chieu|toi|trua|hom nay)(?: nay)?\s*\(?\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\d{1,2} thang \d{1,2}(?: nam \d{4})?)?\s*\)?\s*,\s+)?`;
/**
 * "Nay Thủ tướng Chính phủ giao …", "Vì vậy Bộ X cần …", "Do đó đề nghị …": a connective of time or consequence, without
 * its comma, before who is told (with the comma it is an adverbial opener).
 */
const CONSEQUENCE = String.raw`(?:nay|vi vay|vi the|do do|do vay|cho nen|sau do|tu nay|tuy nhien)`;
const CONSEQUENCE_BEFORE = String.raw`(?:${CONSEQUENCE}\s+)?`;
const CONSEQUENCE_OPENS = new RegExp(`^\\W*${CONSEQUENCE}(?![\\p{L}])`, 'u');
const SUBJECT_OPENER = String.raw`[\s"”’]*${CONSEQUENCE_BEFORE}${FOOTNOTE_BEFORE}${IN_WHICH}(?:${DAY_BEFORE}${ASKER}(?:${REPORTED_LETTER})?(?=giao|yeu cau|de nghi|chi dao|chi thi|dong y|thong nhat|nhat tri|uy quyen|phan cong|luu y|nhac nho|kinh de nghi|rat mong|mong|kien nghi|xin de nghi))?(?:(?:(?:cung|tiep tuc|dong thoi|van|con)\s+)?(?:${REPORTED_LETTER})?(?:(?:dong y|thong nhat|nhat tri)\s+)?(?:(?:tran trong|kinh|xin)\s+)?(?:giao(?: (?:nhiem vu|trach nhiem))?(?: cho)?|yeu cau|de nghi|kien nghi|chi dao|chi thi|uy quyen(?: cho)?|phan cong(?: cho)?|luu y|nhac nho|(?:rat )?mong)\s+|${ADDRESSED_PART})?${PARTY_COMMITTEE_BESIDE}${PARTY_ORGAN_OF}${PERSON_TITLE}`;
/**
 * "Cơ quan thường trực Ban Chỉ đạo (Bộ Nội vụ) tổng hợp …", "Giao cơ quan chủ trì soạn thảo (Bộ Tư pháp) …": a role
 * whose holder is named in brackets; the holder is the subject.
 */
const ROLE_BEFORE_BRACKET = String.raw`(?:co quan (?:thuong truc|chu tri|dau moi)|to giup viec|to cong tac|don vi (?:chu tri|dau moi))(?: [\p{L}-]+){0,6}?\s*\(\s*`;
const SUBJECT_GAP = new RegExp(
  `^(?:${SUBJECT_OPENER}(?:${LIST_INTRO}|(?:(?:ubnd|uy ban nhan dan) )?cac\\s+)?|${SUBJECT_OPENER}${ROLE_BEFORE_BRACKET})$`,
  'u',
);
/** Before a group subject, agencies (written "@") or groups ("#") may be listed with it: "Bộ Công an và các địa phương". */
/** "Thanh tra Chính phủ, Thanh tra các Bộ, ngành, địa phương thực hiện …": the groups' inspectorates stand for them. */
/** So do their steering committees: "Ban Chỉ đạo 389 các tỉnh, thành phố trực thuộc Trung ương xây dựng kế hoạch …". */
const INSPECTORATE_OF = String.raw`(?:(?:thanh tra|ban chi dao(?: \d{1,4})?)\s+)?`;
const GROUP_SUBJECT_GAP = new RegExp(
  `^${SUBJECT_OPENER}${INSPECTORATE_OF}(?:[@#]\\s*(?:,|va)\\s*${PERSON_TITLE}${INSPECTORATE_OF})*$`,
  'u',
);
/** "Bộ Công Thương (trân trọng) đề nghị Ủy ban nhân dân tỉnh X …": the body that asks; the one asked is the subject. */
// "UBND tỉnh cũng yêu cầu …", "Bộ Y tế tiếp tục đề nghị …", "Đồng thời, UBND tỉnh đồng thời giao …": still the asker;
// so is a ministry that forbids, "Bộ Công Thương cũng nghiêm cấm tặng quà Tết …" (session 32).
const ASKS_AFTER_SUBJECT = new RegExp(
  String.raw`^\s*(?:(?:cung|tiep tuc|dong thoi|van|con)\s+)?(?:(?:(?:tran trong|kinh|xin)\s+)?(?:de nghi|kien nghi|yeu cau|giao|nghiem cam)|${REPORTED_LETTER}(?:tran trong\s+)?(?:de nghi|yeu cau|giao|chi dao|chi thi|phan cong))(?:\s*:\s*|\s)(?!cua\s)`,
  'u',
);
/**
 * A speaker's own name after his title and body ("Chủ tịch UBND tỉnh Trần Văn A yêu cầu …", "Bộ trưởng Bộ Tài chính
 * Nguyễn Văn Thắng giao …", "Phó Chủ tịch UBND tỉnh, ông Lê Văn B đề nghị …"): the words in capitals, read in the raw
 * text, are passed over to what he does.
 */
const PERSON_NAME_AFTER =
  /^\s*,?\s*(?:(?:ông|bà|đồng chí)\s+)?\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}(?=\s*,?\s+\p{Ll})\s*,?/u;
/** What follows a subject list ending at `end`, folded, past the speaker's name when one stands there. */
function nameSkipped(r: RoleReader, end: number): number {
  const name = PERSON_NAME_AFTER.exec(r.text.slice(end, end + 80));
  if (!name) return end;
  const rest = gap(r, end + name[0].length, end + name[0].length + 60);
  return ASKS_AFTER_SUBJECT.test(rest) || ISSUED_AFTER_SUBJECT.test(rest) ? end + name[0].length : end;
}
const afterSubject = (r: RoleReader, end: number): string => gap(r, nameSkipped(r, end), nameSkipped(r, end) + 60);
/**
 * "UBND tỉnh thống nhất chủ trương, giao Sở Nội vụ …", "Bộ X đồng ý với đề xuất … và giao Bộ Y …": a body that agrees
 * and in the same sentence gives the work to another speaks as the issuer; the one given it is the subject. Without an
 * order after the agreement ("Sở A thống nhất với Sở B về phương án, báo cáo …") the body that agrees does the work.
 */
const AGREES_THEN_ORDERS_AFTER_SUBJECT =
  /^\s*(?:thong nhat|dong y|chap thuan|nhat tri)(?![\p{L}])[^.;:\n]{0,200}?(?:,|;|\s(?:va|dong thoi))\s+(?=(?:giao|yeu cau|de nghi)\s(?!cua\s))/u;
/** "Bộ Tài chính đã …": a report of what was done, not an order ("Bộ Y tế được giao chủ trì …" is one). */
const PAST_AFTER_SUBJECT = /^\s*(?:(?:cung|van)\s+)?(?:da|dang|duoc(?! giao| phan cong))(?![\p{L}])/u;
/**
 * "UBND các huyện, thành phố chưa quyết liệt …", "Các sở, ngành còn chậm …": a group followed by "chưa" or "còn" is
 * judged, not told (a group given work is followed by its verb: "… khẩn trương hoàn thành"; "các xã còn lại …" are
 * the remaining ones).
 */
/**
 * "Ngày 29/7, Chủ tịch UBND tỉnh ban hành Công văn số …": the news of a letter being issued (a portal's report opens so),
 * not work given to the one who issued it.
 */
// So is "Văn phòng Chính phủ vừa có văn bản …", "UBND tỉnh có Công văn số …", "VPCP có văn bản gửi Bộ X truyền đạt ý kiến
// …": the letter reported, whose words follow.
// And the press's report of a day: "Thông tấn xã Việt Nam ngày 09 tháng 11 năm 2011, có bài: …" (what the letter answers).
const ISSUED_AFTER_SUBJECT =
  /^\s*(?:ngay \d{1,2}(?: thang \d{1,2}(?: nam \d{4})?|\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)\s*,?\s+(?:co bai|dua tin|dang tai|phan anh)(?![\p{L}])|(?:(?:da|vua|moi)\s+)*(?:(?:ky\s+)?ban hanh\s+(?:cong van|van ban|cong dien|thong bao)(?: hoa toc| khan)?\s+so|(?:(?<=(?:da|vua|moi)\s+)(?:co|gui|ky)\s+(?:cong van|van ban|cong dien|thong bao)|co (?:cong van|van ban) so|co (?:cong van|van ban)(?: gui [^.;:]{0,80}?)? truyen dat))(?![\p{L}]))/u;
const JUDGED_AFTER_GROUP = /^\s*(?:(?:cung|van)\s+)?(?:chua|con(?! lai))(?![\p{L}])/u;
/** "Đối với các huyện, thị xã có tỷ lệ giải ngân thấp, Sở Tài chính …": a group named as the topic, before its subject. */
const TOPIC_BEFORE = /(?:^|\s)(?:rieng\s+)?doi voi\s*$/u;
/**
 * "… đã chủ động phối hợp với …": a cue told in the past. Not "theo chức năng, nhiệm vụ được giao, theo dõi, đôn đốc …":
 * the duties given to the body, before what it is now told to do.
 */
const PAST_BEFORE_CUE =
  /(?:^|[^\p{L}])(?:da|dang|(?<!(?:nhiem vu|quyen han|chuc nang),? )duoc)(?:\s+\p{L}+){0,2}[\s,]*$/u;
/**
 * After a subject found in a comma clause ("Trên cơ sở …, Bộ Tài chính khẩn trương …") a verb must
 * follow, so "Xét đề nghị của …, Ủy ban nhân dân tỉnh X (văn bản …)" gives no lead. The watching verbs ("theo dõi", "đôn
 * đốc", "giám sát") are verbs of work too: a later "…. Sở B theo dõi, đôn đốc các chủ đầu tư …" gives Sở B its part;
 * one that only watches the work given is read as the monitor first (onlyWatches). "Bộ X có trách nhiệm:" before the tasks
 * listed after it is a verb of work too.
 */
const ACTION_AFTER = new RegExp(
  String.raw`^\s*(?:,?\s*(?:va|cung)\s+cac\s+(?:co quan|don vi)\s+(?:chuc nang|lien quan|co lien quan)\s*,?\s*)?` +
    // "… không được chủ quan và cần phải tiếp tục chủ động triển khai …": a warning before the work
    String.raw`(?:khong (?:duoc )?(?:chu quan|lo la|buong long|xem nhe)(?:,? (?:chu quan|lo la|mat canh giac))*\s*,?\s*(?:va|ma)\s+)?` +
    // "Bộ X, Bộ Y theo chức năng, nhiệm vụ được giao, hướng dẫn …"
    String.raw`(?:,?\s*(?:theo|trong pham vi|can cu)\s+(?:dung\s+)?chuc nang,?\s+(?:va\s+)?nhiem vu(?:,? quyen han)?(?:\s+(?:duoc giao|cua minh))?\s*,?\s*)?(?:(?:co trach nhiem|chiu trach nhiem|can|phai|tiep tuc|khan truong|chu dong|truc tiep|som|nghiem tuc|tap trung|kip thoi|thuong xuyen|dinh ky|quyet liet|tich cuc|nhanh chong|khan cap|can thiet|uu tien|kien quyet|quan tam)[\s,]*)*` +
    String.raw`(?:chu tri|thuc hien|hoan thien|hoan thanh|xem xet|nghien cuu|ra soat|bao cao|trinh|to chuc|chi dao|xu ly|kiem tra|tong hop|phoi hop|trien khai|de xuat|co y kien|huong dan|bo tri|lam viec|trao doi|xay dung|cap nhat|giai quyet|tham muu|ban hanh|sua doi|phan tich|lam ro|danh gia|quyet dinh|chuan bi|tiep thu|khac phuc|day nhanh|thao go|phan cong|rut kinh nghiem|tham dinh|tao dieu kien|thoa thuan|lap|theo doi|don doc|giam sat|can doi|bao dam|dam bao|tang cuong|day manh|nang cao|cung cap|huy dong|tuyen truyen|ho tro|bo sung|dieu chinh|phe duyet|tra loi|giai trinh|xac minh|tiep nhan|van dong|quan ly|thanh tra|hoan chinh|chinh ly|chinh sua|soan thao|tinh toan|can nhac|tham tra|lua chon|sap xep|kien toan|ky ket|dam phan|van hanh|giai ngan|phan bo|cap phat|chan chinh|cong bo|tong ket|so ket|khao sat|dieu tra|thong ke|kiem ke|kiem soat|du bao|ung pho|quan triet|pho bien|ung dung|ket noi|tich hop|cai thien|rut ngan|cat giam|don gian hoa|kien nghi|xac dinh|cong khai|thu hoi|dinh chi|tam dung|bai bo|chuyen giao|ban giao|uu tien|duy tri|nam bat|doi thoai|thanh toan|quyet toan|thu thap|nhan rong|ra quyet dinh|thong qua|chiu trach nhiem|chia se|so hoa|chuyen doi|cap|phan cap|doi chieu|ky|cu|dung|lay y kien|phat dong|mo rong|nang cap|sua chua|dau tu|di doi|thi cong|nghiem thu|hoan tra|boi thuong|giai phong|chi tra|kiem diem|tap huan|dao tao|boi duong|tuyen dung|luu y|phan dau|gui (?:bao cao|y kien|ket qua|ho so|de xuat|van ban)|moi|nam (?:chac|vung|tinh hinh)|tham gia|cho y kien|gop y|ngan chan|phong ngua|phong chong|dieu dong|don (?:tiep|doan|khach)|tam ung|hoan tat|lien he|nghiem cam|tiep can|xu phat|kiem dinh|gia han|dieu phoi|co (?:van ban|bao cao|ke hoach|phuong an|giai phap|bien phap|huong dan|lo trinh|de xuat)|chu trong|tiep tuc|tien hanh|thong nhat voi (?:phia|doi tac|cac doi tac|ban)|co trach nhiem(?=\s*:))${WORD_END}`,
  'u',
);
/**
 * Unnamed provincial groups that stand in the subject after the bodies named ("Sở Y tế, Ủy ban nhân dân các huyện, thị
 * xã, thành phố và các sở, ban, ngành triển khai …"): the subject's verb is read after them.
 */
const PLACE_WORDS = String.raw`(?:huyen|quan|thi xa|thanh pho|tp\.?|xa|phuong|thi tran|dac khu)`;
const BODY_WORDS = String.raw`(?:so|ban|nganh|doan the|co quan|don vi|dia phuong)`;
const GROUPS_IN_SUBJECT = new RegExp(
  String.raw`^(?:\s*(?:,|;|va)\s*(?:(?:chu tich|thu truong|giam doc|lanh dao)\s+)?(?:` +
    String.raw`(?:ubnd|uy ban nhan dan) cac ${PLACE_WORDS}(?:,? (?:va )?${PLACE_WORDS})*(?: (?!va(?!\p{L}))\p{L}+)?|` +
    String.raw`cac ${BODY_WORDS}(?:,? (?:va )?${BODY_WORDS})*(?: (?:thuoc tinh|cap tinh|tinh|(?:co )?lien quan))?))+`,
  'u',
);
/** "Xét đề nghị của: Ủy ban nhân dân tỉnh X tại văn bản số …": who asked, not who is told. */
const REQUEST_REFERENCE =
  /^\s*\)?\s*(?:tai\s+(?:cac\s+)?(?:van ban|cong van|to trinh|bao cao|thong bao)|\(?\s*(?:cong van|van ban|to trinh)\s+so)/u;
/** Only ":" after the one asked, ending the text: "… đề nghị Bộ Xây dựng:" before the tasks. */
const ASKED_BEFORE_COLON = /^\s*:\s*$/u;
// "Kính đề nghị …", "Rất mong Bộ X quan tâm …": a courteous request tells the body after it ("mong muốn" only wishes).
const ORDER_VERB_BEFORE =
  /(?:^|\s)(?:giao|uy quyen|yeu cau|de nghi|kien nghi|chi dao|phan cong|luu y|nhac nho|mong(?! muon))\s/u;
/** An order that opens its clause: "yêu cầu …", "giao …", "đề nghị …" (after an earlier clause's comma). */
const ORDER_OPENS_CLAUSE = /^\s*(?:giao|yeu cau|de nghi|chi dao)\s/u;
/** "…, trong đó Bộ X kiểm tra …": a subject after "trong đó" is given its part of the work, as after "giao". */
const IN_WHICH_BEFORE = /^\s*trong do\s*[,:]?\s*$/u;
/** "… (đề nghị, ý kiến) của Bộ X": the body whose request or view it is, not one the sentence addresses. */
const OWNER_BEFORE = /(?:^|\s)cua\s*$/u;
/**
 * "Thủ tướng Chính phủ đã giao Bộ X tại Quyết định số …; đề nghị Bộ Y …", "Tại Thông báo số …, Phó Thủ tướng đã yêu cầu Bộ
 * X chủ trì …, đến nay chưa …": an order told in the past ("đã giao", "đã yêu cầu", "từng chỉ đạo") in a sentence that
 * names the earlier document it was given in (or says "đến nay", "trước đây") recalls an earlier assignment; the item's
 * own order is the one that follows. Its body leads only when the item tells no one else (pastAssignment).
 */
const PAST_ORDER_BEFORE =
  /(?:^|\s)(?:da|tung)\s+(?:co y kien\s+)?(?:giao(?: nhiem vu)?(?: cho)?|yeu cau|chi dao|chi thi|phan cong(?: cho)?|uy quyen(?: cho)?)(?:\s+\p{L}+){0,4}\s*$/u;
const EARLIER_DOCUMENT =
  /(?:^|[^\p{L}])(?:(?:tai|theo)\s+(?:cac\s+)?(?:quyet dinh|van ban|cong van|thong bao|ket luan|chi thi|nghi quyet|nghi dinh|cong dien|y kien chi dao)|den nay|truoc day|\d{1,5}\s*\/\s*(?:\d{4}\s*\/\s*)?[a-zđ])/u;
/** The bodies of an earlier assignment a reader's roles passed over (pastAssignment), for its note. */
const pastLeads = new WeakMap<RoleReader, number[]>();

/** How far around a subject the sentence is read for the earlier document (a long sentence is not read whole). */
const PAST_ORDER_WINDOW = 300;
function pastAssignment(r: RoleReader, first: AgencyMatch, last: AgencyMatch): boolean {
  const from = Math.max(0, first.start - PAST_ORDER_WINDOW);
  const before = r.text.slice(from, first.start);
  const opens = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'));
  const clauseStart = opens < 0 ? from : from + opens + 1;
  const afterText = r.text.slice(last.end, last.end + PAST_ORDER_WINDOW);
  const stop = afterText.search(/[.;]/u);
  const clauseEnd = last.end + (stop < 0 ? afterText.length : stop);
  const colon = r.text.slice(clauseStart, first.start).lastIndexOf(':');
  const orderFrom = colon < 0 ? clauseStart : clauseStart + colon + 1;
  return (
    PAST_ORDER_BEFORE.test(gap(r, orderFrom, first.start)) && EARLIER_DOCUMENT.test(gap(r, clauseStart, clauseEnd))
  );
}
/**
 * What may open a sentence before its subject and a comma. Besides "Trên cơ sở …", "Về việc này", a deadline set first
 * ("Trước ngày 20/12/2025, Bộ X …", "Chậm nhất …", "Trong quý I/2026, …", "Từ nay đến hết năm, …"), and a turn
 * ("Tuy nhiên, Bộ X cần …"); "Năm 2023, Bộ X …" stays a report of the year. "Để …" opens one, but not "Đề nghị" or "Đề
 * xuất", which fold to the same letters: "Đề nghị Sở X chủ trì, phối hợp với Sở Y, UBND các huyện …" is an order, its groups
 * after a comma partners.
 */
const ADVERBIAL_OPENER =
  /^\W*(?:truoc (?:ngay|thang|quy|nam)|cham nhat|trong (?:thang|quy|tuan|nam nay|(?:6|sau) thang|nua)|tu nay den|den het|tren co so|can cu|theo (?:de nghi|kien nghi|de xuat|y kien|bao cao|chuc nang)|ve viec nay|ve|de(?! (?:nghi|xuat)(?![\p{L}]))|doi voi|(?:ngay )?sau khi|trong truong hop|truoc mat|trong thoi gian toi|thoi gian toi|trong do|theo do|dong thoi|song song (?:do|voi do)|truong hop|xet|thuc hien|nham|ngoai ra|tu nay|tiep theo|ben canh do|mat khac|tuy nhien|trong qua trinh|khi|neu|tai|lien quan (?:den|toi)|tren tinh than|bam sat|nhan dip|voi (?:muc tieu|muc dich|tinh than)|dac biet|cung voi (?:do|viec)|song song voi|trong (?:nam|giai doan|ky|dot|dip)|tu (?:nam|ngay|thang|quy|ky)|bat dau tu|ke tu|hang (?:nam|quy|thang|tuan)|dinh ky|qua (?:kiem tra|thanh tra|ra soat|theo doi|danh gia|bao cao|tong hop)|sau (?:ky|cuoc|hoi nghi|buoi|dot|thoi gian)|ve lau dai|lau dai|truoc het|(?:phat bieu )?ket luan(?: (?:cuoc hop|hoi nghi|buoi lam viec|phien hop))?|dau tien|cuoi cung|tiep do|tinh den|den (?:nam|ngay|thang|quy|het)|truoc (?:tinh hinh|dien bien|thuc trang|yeu cau|nguy co)|theo (?:chi dao|yeu cau|ke hoach|tinh than)|theo (?:(?:dung )?quy dinh|nhiem vu|phan cong|tham quyen|(?:bo )?luat|nghi dinh|nghi quyet|quyet dinh|chi thi|thong tu|thong bao|ket luan|van ban|cong van|chuong trinh|de an)|nhu da (?:giao|chi dao|yeu cau|thong nhat|ket luan|neu|de ra)|qua xem xet|trong (?:thoi gian|khi) cho|cu the|rut kinh nghiem)(?![\p{L}])/u;
const CLAUSE_BREAK = /[.;:]\s*/gu;
/**
 * "Phó Thủ tướng nhấn mạnh, Bộ Tư pháp cần …", "Chủ tịch UBND tỉnh yêu cầu, các sở, ngành …": a speaker and his verb of
 * direction before the comma; the subject after it is told, as after an adverbial.
 */
const SPEAKER_BEFORE_COMMA =
  /^\W*(?:(?:(?:dong chi|ong|ba) )?(?:pho )?(?:thu tuong|chu tich|bo truong|bi thu|giam doc|truong ban)(?: [\p{L}]+){0,8}?|ong|ba|dong chi(?: [\p{L}]+){0,4}?)(?: (?:cung|con|tiep tuc|dong thoi|van))? (?:nhan manh|luu y|yeu cau|de nghi|chi dao|ket luan|chi ro|quan triet)\s*,\s*$/u;
const opensOrder = (before: string) => ADVERBIAL_OPENER.test(before) || SPEAKER_BEFORE_COMMA.test(before);
/** A comma, or the "thì" that opens the main clause after a condition ("Trường hợp … thì (đề nghị) Sở X hướng dẫn …"). */
const COMMA_BREAK = /,\s*|\sthì\s+/gu;
/**
 * "Nghị định số 29/2008/NĐ-CP đã giao Bộ X chủ trì …": a cited law or decree that assigns is the legal
 * basis, not an assignment; its clause is left out of the roles. It ends where a leader speaks after a comma ("Về … việc
 * ban hành Quyết định … quy định chức danh …, Thủ tướng Chính phủ có ý kiến chỉ đạo Bộ Nội vụ:").
 */
const LEGAL_BASIS =
  /(?<!\p{L})(?:Bộ luật|Luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Pháp lệnh)(?:\s+số)?[^.;:,]{0,80}?\s(?:đã\s+)?(?:giao|quy định)\s(?:(?!,\s*(?:Phó\s+)?(?:Thủ tướng|Bộ trưởng|Chủ tịch)\s)[^.;])*/gu;

type RoleReader = { text: string; folded: string; at: number[]; matches: AgencyMatch[] };

const gap = (r: RoleReader, from: number, to: number) => foldVi(r.text.slice(from, to)).replace(/\s+/gu, ' ');

/** The agencies listed ("A, B và C") around `first`, going forward or backward. */
function listFrom(r: RoleReader, first: number, step: 1 | -1): AgencyMatch[] {
  const list = [r.matches[first]!];
  for (let i = first + step; i >= 0 && i < r.matches.length; i += step) {
    const [a, b] = step === 1 ? [list.at(-1)!, r.matches[i]!] : [r.matches[i]!, list.at(-1)!];
    // The members of a collective named again share its words' span (collectiveMatches).
    const sameSpan = a.start === b.start && a.end === b.end;
    if (!sameSpan && !isListGap(gap(r, a.end, b.start))) break;
    // read back from a cue: "Trên cơ sở đề xuất của UBND tỉnh X, Bộ Y chủ trì …": the body whose proposal it was
    // (after "của") is no part of the subject's list
    if (step === -1 && !sameSpan && OWNER_BEFORE.test(gap(r, Math.max(0, a.start - 12), a.start))) break;
    list.push(r.matches[i]!);
  }
  return list;
}

/**
 * "A, B và C", or an addressee list typed with semicolons as in "Kính gửi": "đề nghị A; các Sở, ban, ngành của tỉnh;
 * B; C" (the groups between the names are read as groups; the names go on the list).
 */
const SEMICOLON_LIST_GAP = /^\s*;\s*(?:#(?:\s+(?:cua|thuoc)\s+(?:tinh|thanh pho))?\s*;\s*)*$/u;
function isSemicolonListGap(between: string): boolean {
  if (!between.includes(';') || between.length > 120) return false;
  const marked = GROUP_PATTERNS.reduce((g, [, pattern]) => g.replace(pattern, '#'), between);
  return SEMICOLON_LIST_GAP.test(marked);
}
/**
 * "phối hợp với Bộ Tư pháp (cơ quan thẩm định); Bộ Nội vụ; Bộ Công an", "(Bộ Tư pháp, Bộ Nội vụ); Bộ Công an": a remark in
 * brackets after a name, or the bracket its name closes, before the list goes on ("(chủ trì)" marks a lead: markedLead).
 */
const REMARK_AFTER_NAME = /^\s*(?:\((?![^()]*chu tri)[^()]{1,60}\)|\))/u;
const isPlainListGap = (between: string) => LIST_GAP.test(between) || isSemicolonListGap(between);
const isListGap = (between: string) => {
  if (isPlainListGap(between)) return true;
  const rest = between.replace(REMARK_AFTER_NAME, '');
  return rest !== between && isPlainListGap(rest);
};

/**
 * A list whose lead is marked in brackets, as a table's row or a plan writes it: "Bộ Tài chính (chủ trì), Bộ Tư pháp, Bộ
 * Nội vụ …", "Bộ Tài chính (chủ trì) và Bộ Tư pháp (phối hợp) …": the marked body leads, the others of its list are its
 * partners. Null when no body is so marked.
 */
const MARKED_LEAD_AFTER = /^\s*\(\s*(?:co quan |don vi )?chu tri\s*\)/u;
const MARKED_LIST_GAP =
  /^\s*(?:\(\s*(?:co quan |don vi )?(?:chu tri|phoi hop)\s*\))?\s*(?:,|;|va|cung)?\s*(?:,|va)?\s*$/u;
function markedLead(r: RoleReader): { leads: AgencyMatch[]; partners: AgencyMatch[] } | null {
  const first = r.matches.findIndex((m) => MARKED_LEAD_AFTER.test(gap(r, m.end, m.end + 30)));
  if (first < 0) return null;
  let from = first;
  while (from > 0 && MARKED_LIST_GAP.test(gap(r, r.matches[from - 1]!.end, r.matches[from]!.start))) from -= 1;
  let to = first;
  while (to + 1 < r.matches.length && MARKED_LIST_GAP.test(gap(r, r.matches[to]!.end, r.matches[to + 1]!.start)))
    to += 1;
  const list = r.matches.slice(from, to + 1);
  const leads = list.filter((m) => MARKED_LEAD_AFTER.test(gap(r, m.end, m.end + 30)));
  return { leads, partners: list.filter((m) => !leads.includes(m)) };
}

/** Longer than any wording BEFORE_CUE_GAP / AFTER_CUE_GAP accept: such a gap is not folded to be tested. */
const MAX_CUE_GAP = 400;

function listBefore(r: RoleReader, at: number): AgencyMatch[] {
  const last = r.matches.findLastIndex((m) => m.end <= at);
  return last >= 0 && at - r.matches[last]!.end <= MAX_CUE_GAP && BEFORE_CUE_GAP.test(gap(r, r.matches[last]!.end, at))
    ? listFrom(r, last, -1)
    : [];
}

function listAfter(r: RoleReader, at: number, allowed: RegExp): AgencyMatch[] {
  const first = r.matches.findIndex((m) => m.start >= at);
  return first >= 0 && r.matches[first]!.start - at <= MAX_CUE_GAP && allowed.test(gap(r, at, r.matches[first]!.start))
    ? listFrom(r, first, 1)
    : [];
}

/** Source offsets of each cue (not one told in the past): before it and after it. */
const cuesOf = (r: RoleReader, cue: RegExp) =>
  allMatches(r.folded, cue)
    .filter((m) => !PAST_BEFORE_CUE.test(r.folded.slice(Math.max(0, m.index - 40), m.index)))
    .map((m) => ({ start: r.at[m.index]!, end: r.at[m.index + m[0].length]! }));

/**
 * "Thành phần của Tổ gồm: Bộ A, Bộ B, …", "Thành phần Đoàn kiểm tra gồm đại diện: …": the bodies after the colon make up
 * a group; they are not told to do anything. Read in the clause before the colon, up to COMPOSITION_WINDOW characters.
 */
const COMPOSITION_BEFORE =
  /(?:^|[.;:]\s*)thanh phan(?:\s[^.;:]{0,80})?\s(?:bao )?gom(?: co)?(?: dai dien(?: cua)?)?\s*:\s*$/u;
const COMPOSITION_WINDOW = 120;
/**
 * "Dự án đi qua địa bàn các huyện, thị xã: Yên Sơn, Sơn Dương.", "… tại các xã: A, B": the districts or communes after
 * the colon name where something is, not who is told: no subject opens after such a colon.
 */
const PLACE_LIST_BEFORE =
  /(?:^|\s)(?:dia ban|tai|qua|o|thuoc|cua|cho|tren|tu|den|giua)\s+cac (?:huyen|quan|thi xa|xa|phuong|tinh|thanh pho)(?:,? (?:va )?(?:huyen|quan|thi xa|thi tran|thanh pho|xa|phuong|dac khu|tinh))*\s*:\s*$/u;
const PLACE_LIST_WINDOW = 80;

/**
 * The first sentence subject (at the start of a clause, or after "Giao"/"Yêu cầu"/"Đề nghị"); failing
 * that, one after a comma ("Trên cơ sở …, Bộ Tài chính khẩn trương …") that a verb follows.
 */
function subjectList(r: RoleReader, skip: Set<number>, verbRequired = false): AgencyMatch[] {
  const starts = (pattern: RegExp) => [0, ...allMatches(r.text, pattern).map((m) => m.index + m[0].length)];
  // a subject an earlier document was given its work in, read when no other subject is found
  let earlier: AgencyMatch[] | null = null;
  // A subject after a comma is an order's only when "giao"/"yêu cầu" stands before it or the sentence
  // opens with an adverbial ("Trên cơ sở …,", "Về việc này,"): "Năm 2023, Bộ X tổ chức …" is narrative.
  const ordered = (start: number, subject: number) => {
    if (ORDER_VERB_BEFORE.test(gap(r, start, subject)) || IN_WHICH_BEFORE.test(gap(r, start, subject))) return true;
    // "Dự án chậm tiến độ, vì vậy Bộ X cần kiểm tra …": the clause of the consequence is the order
    if (CONSEQUENCE_OPENS.test(gap(r, start, subject))) return true;
    const sentence = allMatches(r.text.slice(0, start), CLAUSE_BREAK).at(-1);
    return opensOrder(gap(r, sentence ? sentence.index + sentence[0].length : 0, start));
  };
  const find = (clauseStarts: number[], needVerb: boolean, afterComma = false) => {
    const queue = [...clauseStarts];
    for (let k = 0; k < queue.length; k++) {
      const start = queue[k]!;
      const first = r.matches.findIndex((m) => m.start >= start);
      if (first < 0 || skip.has(r.matches[first]!.proposed.id)) continue;
      if (start > 0 && COMPOSITION_BEFORE.test(gap(r, Math.max(0, start - COMPOSITION_WINDOW), start))) continue;
      if (start > 0 && PLACE_LIST_BEFORE.test(gap(r, Math.max(0, start - PLACE_LIST_WINDOW), start))) continue;
      if (!SUBJECT_GAP.test(gap(r, start, r.matches[first]!.start))) continue;
      // A ";" inside an addressee list ("đề nghị A; B; C") starts no clause: the list is read from its first name. A body
      // named before as whose request it was ("Đồng ý đề nghị của Bộ X; Bộ Y hướng dẫn …"), or the same body named again,
      // opens no such list.
      if (first > 0 && isSemicolonListGap(gap(r, r.matches[first - 1]!.end, r.matches[first]!.start))) {
        const previous = r.matches[first - 1]!;
        const owner = OWNER_BEFORE.test(gap(r, Math.max(0, previous.start - 12), previous.start));
        if (!owner && previous.proposed.id !== r.matches[first]!.proposed.id) continue;
      }
      const list = listFrom(r, first, 1);
      const after = afterSubject(r, list.at(-1)!.end);
      // "Bộ X đề nghị Y …": read on from after the asker, where the one asked stands.
      if (ASKS_AFTER_SUBJECT.test(after)) {
        // "Đối với Sở A, UBND tỉnh yêu cầu khẩn trương …": the body the part is for, then who asks it, with no one named
        // after the verb: the part's body is told.
        const asker = list.at(-1)!;
        const next = r.matches.find((m) => m.start >= asker.end);
        const clauseEnd = r.text.slice(asker.end).search(/[.;:]/u);
        const namesNoOne = !next || (clauseEnd >= 0 && next.start > asker.end + clauseEnd);
        if (list.length > 1 && namesNoOne && ADDRESSED_BEFORE.test(gap(r, start, r.matches[first]!.start)))
          return list.slice(0, -1);
        queue.splice(k + 1, 0, nameSkipped(r, list.at(-1)!.end));
        continue;
      }
      const agrees = AGREES_THEN_ORDERS_AFTER_SUBJECT.exec(
        foldVi(r.text.slice(list.at(-1)!.end, list.at(-1)!.end + 260)),
      );
      if (agrees) {
        // foldVi keeps the length of an NFC text, so the order's place in the raw text is the folded one's
        queue.splice(k + 1, 0, list.at(-1)!.end + agrees[0].length);
        continue;
      }
      if (PAST_AFTER_SUBJECT.test(after) || REQUEST_REFERENCE.test(after) || ISSUED_AFTER_SUBJECT.test(after)) continue;
      if (pastAssignment(r, list[0]!, list.at(-1)!)) {
        earlier ??= list;
        continue;
      }
      // "… trân trọng đề nghị Bộ X:" closing a lead-in: the one asked is told what follows.
      // So is an addressee list typed with ";" after "đề nghị": its verb stands after the last addressee.
      const semicolonList = list.some((m, i) => i > 0 && isSemicolonListGap(gap(r, list[i - 1]!.end, m.start)));
      const asked =
        (ASKED_BEFORE_COLON.test(after) || semicolonList) &&
        ORDER_VERB_BEFORE.test(gap(r, start, r.matches[first]!.start));
      const groupsGap = gap(r, list.at(-1)!.end, list.at(-1)!.end + 240);
      const groupsAfter = GROUPS_IN_SUBJECT.exec(groupsGap);
      // "UBND các huyện, thị xã Gia Nghĩa triển khai …" ends with the place's name, "UBND các huyện, thị xã triển khai …"
      // with none: the word taken for a name may be the verb's first
      const lastWord = groupsAfter ? (/\p{L}+$/u.exec(groupsAfter[0])?.[0].length ?? 0) : 0;
      const verbAfterGroups =
        groupsAfter !== null &&
        (ACTION_AFTER.test(groupsGap.slice(groupsAfter[0].length)) ||
          ACTION_AFTER.test(groupsGap.slice(groupsAfter[0].length - lastWord)));
      if (needVerb && !asked && !verbAfterGroups && !ACTION_AFTER.test(after.replace(/^\s*\)/u, ''))) continue;
      if (afterComma && !ordered(start, r.matches[first]!.start)) continue;
      return list;
    }
    return [];
  };
  const strict = find(starts(CLAUSE_BREAK), verbRequired);
  if (strict.length > 0) {
    if (earlier) pastLeads.set(r, ids(earlier));
    return strict;
  }
  // A comma that separates a list ("A, B thực hiện") is not a clause: the chunk before it does not end with a name,
  // unless that chunk is an adverbial ("Theo đề nghị của Bộ Nội vụ, Bộ Tư pháp thẩm định …").
  const afterPlainChunk = allMatches(r.text, COMMA_BREAK)
    .filter((m) => {
      const chunk = r.text.slice(Math.max(0, m.index - 200), m.index);
      const endsWithMatch = r.matches.some((a) => a.end <= m.index && /^[\s)]*$/u.test(r.text.slice(a.end, m.index)));
      if (!endsWithMatch && !NAME_AT_END.test(chunk)) return true;
      const sentence = allMatches(r.text.slice(0, m.index), CLAUSE_BREAK).at(-1);
      return opensOrder(gap(r, sentence ? sentence.index + sentence[0].length : 0, m.index));
    })
    .map((m) => m.index + m[0].length);
  const afterComma = find(afterPlainChunk, true, true);
  if (afterComma.length > 0 && earlier) pastLeads.set(r, ids(earlier));
  return afterComma.length > 0 ? afterComma : (earlier ?? []);
}

/**
 * A subject that only watches the work given: "(có trách nhiệm) theo dõi, đôn đốc", "kiểm tra, đôn đốc việc thực hiện",
 * "kiểm tra việc thực hiện.": a chain read as monitoring after a task. "Sở B kiểm tra, báo cáo …" and "Sở B kiểm tra
 * việc thực hiện các quy định về …" are Sở B's own work.
 */
const WATCH_AFTER_SUBJECT = new RegExp(
  String.raw`^\s*(?:(?:co trach nhiem|chiu trach nhiem|tiep tuc|tang cuong|thuong xuyen)\s+)*` +
    String.raw`(${WATCH_OPENER}(?:${WATCH_VERB})(?:,? (?:va )?(?:${WATCH_VERB}|${WATCH_FOLLOWER}))*)(?![\p{L}])`,
  'u',
);
function onlyWatches(rest: string): boolean {
  const m = WATCH_AFTER_SUBJECT.exec(rest);
  if (!m) return false;
  const verbs = chainVerbs(m[1]!);
  const following = rest.slice(m[0].length);
  return (
    watchesGivenWork(verbs, following) || OWN_WORK_WATCHED.test(following) || isMonitorAfterTaskChain(verbs, following)
  );
}
/**
 * A sub-item that opens with a chain naming a monitor ("Theo dõi, kiểm tra, đôn đốc …") or that watches the document's
 * own work ("Kiểm tra việc thực hiện Chỉ thị này"); "Thường xuyên kiểm tra, đánh giá kết quả thực hiện" is the work.
 */
function watchesTheWork(rest: string): boolean {
  const m = WATCH_AFTER_SUBJECT.exec(rest);
  const following = m ? rest.slice(m[0].length) : '';
  return m !== null && (watchesGivenWork(chainVerbs(m[1]!), following) || OWN_WORK_WATCHED.test(following));
}
/**
 * "… Tập đoàn Điện lực Việt Nam … trước ngày 30/6. Ủy ban nhân dân các tỉnh: A, B hoàn thành bàn giao mặt bằng …": a
 * later sentence (after a full stop) that opens with bodies and an order verb gives those bodies their part of the item;
 * so does a clause after a semicolon ("Sở A tham mưu bố trí kinh phí; Sở B thực hiện mua sắm", "Bộ Tài chính hoàn thiện
 * dự thảo; Bộ Tư pháp thẩm định …"), unless its bodies are the partners or the monitor already read ("Sở A chủ trì; Sở B
 * phối hợp") or only watch the work ("…; Văn phòng Chính phủ kiểm tra việc thực hiện").
 */
/** Where the list `listFrom(r, i, 1)` ends, for each i, read once per reader (a list's later names share its end). */
const listEnds = new WeakMap<RoleReader, Map<number, number>>();
function forwardListEnd(r: RoleReader, first: number): number {
  let ends = listEnds.get(r);
  if (!ends) listEnds.set(r, (ends = new Map()));
  const known = ends.get(first);
  if (known !== undefined) return known;
  const end = first + listFrom(r, first, 1).length - 1;
  for (let i = first; i <= end; i++) ends.set(i, end);
  return end;
}

/** How much of what follows a subject tells whether it only watches: the watching verbs and their object. */
const WATCH_WINDOW = 300;

/**
 * "Bộ Xây dựng hướng dẫn, Bộ Tài chính bố trí kinh phí …": after the first subject's verb phrase, a comma and a body that
 * opens its own clause with a verb of work (no word between them) is a subject too. Not after a name ("phối hợp với Bộ
 * A, Bộ B thực hiện": a list), nor a partner's "Bộ B phối hợp".
 */
const COMMA_SUBJECT_BREAK = /,\s+/gu;
function commaOpensClause(r: RoleReader, comma: number, start: number, at: number): boolean {
  // `at`: the index of the first name at or after `start` (read with a cursor: one pass over a long item)
  const first = r.matches[at];
  if (!first || first.start !== start) return false;
  const previous = r.matches[at - 1];
  if (previous && previous.end <= comma && /^[\s)]*$/u.test(r.text.slice(previous.end, comma))) return false;
  if (NAME_AT_END.test(r.text.slice(Math.max(0, comma - 200), comma))) return false;
  // nor after a group's words ("Ủy ban nhân dân các huyện, thị xã, thành phố Huế tổ chức …")
  if (GROUP_WORD_AT_END.test(foldVi(r.text.slice(Math.max(0, comma - 40), comma)))) return false;
  const list = listFrom(r, at, 1);
  const after = afterSubject(r, list.at(-1)!.end);
  return ACTION_AFTER.test(after) && !COORDINATE_OPENS.test(after);
}
const GROUP_WORD_AT_END =
  /(?:^|[^\p{L}])(?:cac|huyen|quan|thi xa|thi tran|thanh pho|xa|phuong|so|ban|nganh|bo|dia phuong|co quan|don vi|doan the)\s*$/u;
const COORDINATE_OPENS = new RegExp(`^\\s*(?:${COORDINATION})(?![\\p{L}])`, 'u');

function commaBreaks(r: RoleReader, from: number): number[] {
  const out: number[] = [];
  let at = 0;
  for (const m of allMatches(r.text.slice(from), COMMA_SUBJECT_BREAK)) {
    const start = from + m.index + m[0].length;
    while (at < r.matches.length && r.matches[at]!.start < start) at++;
    if (commaOpensClause(r, from + m.index, start, at)) out.push(start);
  }
  return out;
}

function laterSubjects(r: RoleReader, from: number, skip: Set<number>): AgencyMatch[] {
  const out: AgencyMatch[] = [];
  let taken = -1; // the end of the last list taken: a later clause inside it names no one new
  const breaks = [
    ...allMatches(r.text.slice(from), /[.;]\s+/gu).map((m) => from + m.index + m[0].length),
    ...commaBreaks(r, from),
  ].sort((a, b) => a - b);
  for (const start of breaks) {
    const first = r.matches.findIndex((a) => a.start >= start);
    if (first < 0 || skip.has(r.matches[first]!.proposed.id)) continue;
    if (r.matches[first]!.start - start > MAX_CUE_GAP) continue; // longer than any SUBJECT_GAP
    if (!SUBJECT_GAP.test(gap(r, start, r.matches[first]!.start).replace(CONNECTIVE_BEFORE, ''))) continue;
    const end = forwardListEnd(r, first);
    if (end === taken) continue;
    let list = r.matches.slice(first, end + 1);
    let after = afterSubject(r, list.at(-1)!.end);
    let listEnd = end;
    // "…. Đồng thời, UBND tỉnh giao Sở B …": the one who asks, then the one asked.
    if (ASKS_AFTER_SUBJECT.test(after) && end + 1 < r.matches.length) {
      const asked = end + 1;
      const from = nameSkipped(r, list.at(-1)!.end);
      if (r.matches[asked]!.start - from > MAX_CUE_GAP) continue;
      if (!SUBJECT_GAP.test(gap(r, from, r.matches[asked]!.start))) continue;
      listEnd = forwardListEnd(r, asked);
      list = r.matches.slice(asked, listEnd + 1);
      after = afterSubject(r, list.at(-1)!.end);
    }
    if (ASKS_AFTER_SUBJECT.test(after) || PAST_AFTER_SUBJECT.test(after) || !ACTION_AFTER.test(after)) continue;
    if (pastAssignment(r, list[0]!, list.at(-1)!)) continue;
    // "…; Văn phòng Chính phủ kiểm tra việc thực hiện": a body that watches the work is its monitor, not a lead. What
    // follows is read up to WATCH_WINDOW characters (the rest of a long item, read for every clause, took a minute);
    // a window that stops before the text ends does not read as its end.
    const to = list.at(-1)!.end + WATCH_WINDOW;
    if (onlyWatches(gap(r, list.at(-1)!.end, to) + (to < r.text.length ? ' …' : ''))) continue;
    out.push(...list);
    taken = listEnd;
  }
  return out;
}

/** The clause before source offset `to`, folded, with agency names written "@" and groups "#". */
function leadIn(r: RoleReader, to: number, groupSpans: [number, number][] = []): string {
  const breaks = allMatches(r.text.slice(0, to), CLAUSE_BREAK);
  let pos = breaks.length > 0 ? breaks.at(-1)!.index + breaks.at(-1)![0].length : 0;
  let out = '';
  const spans = [
    ...r.matches.map((m) => ({ start: m.start, end: m.end, mark: '@' })),
    ...groupSpans.map(([start, end]) => ({ start, end, mark: '#' })),
  ].sort((a, b) => a.start - b.start);
  for (const m of spans.filter((a) => a.start >= pos && a.end <= to)) {
    // a body named inside a group's words ("các cơ quan chuyên môn thuộc UBND tỉnh") is part of the group's mark, and
    // so is a place that ends the group's list ("Ủy ban nhân dân các huyện, thị xã, thành phố Huế")
    if (m.start < pos) {
      pos = Math.max(pos, m.end);
      continue;
    }
    out += `${r.text.slice(pos, m.start)}${m.mark}`;
    pos = m.end;
  }
  return foldVi(out + r.text.slice(pos, to)).replace(/\s+/gu, ' ');
}

/**
 * "Các bộ, ngành liên quan và Ủy ban nhân dân các tỉnh …": those concerned are no whole group, but they stand in the
 * subject's list, and the group named with them is addressed.
 */
const CONCERNED_BODIES =
  /(?<![\p{L}])cac (?:bo|so|nganh|co quan|don vi)(?:,? (?:va )?(?:bo|so|ban|nganh|co quan|don vi|dia phuong))* (?:co )?lien quan(?![\p{L}])/gu;

/** After a group, ":" or "(" and a named list: "Ủy ban nhân dân các tỉnh, thành phố: A, B". */
const NAMED_LIST_AFTER = /^\s*(?:lien quan\s*)?[:(]\s*$/u;

/**
 * After a group named as the topic ("Đối với các huyện, thị xã có tỷ lệ giải ngân thấp,"), a body that opens the rest of
 * the sentence after a comma with a verb ("Sở Tài chính tham mưu …") is who is told; the group is only what it is about.
 */
function subjectAfterTopic(r: RoleReader, end: number): boolean {
  const stop = r.text.slice(end).search(/[.;:]/u);
  const to = stop < 0 ? r.text.length : end + stop;
  return r.matches.some(
    (m) =>
      m.start > end &&
      m.end <= to &&
      /,\s*(?:giao\s+)?$/u.test(gap(r, end, m.start)) &&
      ACTION_AFTER.test(gap(r, listFrom(r, r.matches.indexOf(m), 1).at(-1)!.end, to)),
  );
}

/**
 * "Sở X đôn đốc các sở, ngành liên quan; Uỷ ban nhân dân thành phố và các huyện khẩn trương triển khai …": a group opening
 * the clause after "đôn đốc <those urged>;" is urged too, the list going on after the semicolon; it is not told the work.
 */
const URGED_LIST_BEFORE = /(?:^|\s)(?:don doc|nhac nho)\s+[#@](?:\s*(?:,|va)\s*[#@])*\s*$/u;
function urgedBefore(r: RoleReader, start: number, before: string, groupSpans: [number, number][]): boolean {
  if (before.trim() !== '') return false;
  const semicolon = r.text.slice(0, start).search(/;\s*$/u);
  return semicolon >= 0 && URGED_LIST_BEFORE.test(leadIn(r, semicolon, groupSpans).replace(CONCERNED_BODIES, '#'));
}

/**
 * "Bộ Tài chính chủ trì; các bộ, ngành, địa phương phối hợp thực hiện": a group whose own verb is "phối hợp" (no "với"
 * after it) beside a body named before it that "chủ trì" is that body's partner, not an addressee. "Các sở, ban, ngành
 * phối hợp với Sở X triển khai …" still gives the group its work, Sở X as partner.
 */
const PARTNER_VERB_AFTER =
  /^\s*,?\s*(?:(?:co trach nhiem|tich cuc|chu dong|theo (?:dung )?chuc nang,? (?:va )?nhiem vu(?: duoc giao)?)[\s,]+)*(?:phoi hop|tham gia)(?: chat che)?(?!\s*(?:voi|cung)(?![\p{L}]))(?![\p{L}])/u;
function partnersOfNamedLead(r: RoleReader, start: number, end: number, firstLeadCue: () => number): boolean {
  return PARTNER_VERB_AFTER.test(gap(r, end, end + 120)) && firstLeadCue() < start;
}

/**
 * Groups addressed as a subject ("Các bộ, ngành, địa phương tiếp tục…", "Đề nghị Ủy ban nhân dân các
 * tỉnh…"). One named in passing ("kiến nghị của các bộ, ngành") is not an addressee, and one after
 * "phối hợp với" only coordinates: both are left to a person, the latter with a note. A group followed
 * by the list of its members gives way to the list.
 */
const LETTER_DIRECTS_AFTER_COMMA = new RegExp(
  String.raw`^\s*@\s+${REPORTED_LETTER}(?:chi dao|yeu cau|giao|de nghi)\s*$`,
  'u',
);
/**
 * "Thủ tướng … vừa ký Công điện số 210/CĐ-TTg … chỉ đạo các bộ ngành, địa phương tập trung triển khai …" then "Bộ trưởng các
 * Bộ: Quốc phòng, …; Chủ tịch UBND các tỉnh … từ Quảng Trị đến Khánh Hòa …" (session 32): a group in the sentence that
 * reports the letter's issue sums up the bodies the sentences after it name (at least two ministries or provinces); it is
 * not a group told besides them.
 */
function summarisedByNamedBodies(r: RoleReader, group: string, start: number, end: number): boolean {
  if (group !== 'ministries' && group !== 'provinces' && group !== 'ministries_and_provinces') return false;
  // the sentence's start and end looked for near the group only: a long paste is not read again for every group
  const from = Math.max(0, start - 400);
  const opened = allMatches(r.text.slice(from, start), /[.!?]\s+/gu).at(-1);
  const sentenceStart = opened ? from + opened.index + opened[0].length : from;
  if (!REPORTED_ISSUE.test(gap(r, sentenceStart, start))) return false;
  const closed = /[.!?](?:\s|$)/u.exec(r.text.slice(end, end + 600));
  if (!closed) return false;
  const after = end + closed.index + 1;
  let named = 0;
  for (const m of r.matches)
    if (m.start >= after && (m.proposed.kind === 'ministry' || m.proposed.kind === 'province') && ++named >= 2)
      return true;
  return false;
}

function readGroups(r: RoleReader, provincial = false): { groups: GroupAddressee[]; notes: string[] } {
  const taken: [number, number][] = [];
  const found: { group: GroupAddressee; at: number }[] = [];
  // "Căn cứ …, yêu cầu các sở, ngành …", "Trên cơ sở đó, các bộ, ngành …": the subject after an adverbial's comma.
  const subjectGap = (before: string, start: number) => {
    before = before
      .replace(/\([^()]*\)/gu, ' ')
      .replace(/\s+/gu, ' ')
      .replace(CONCERNED_BODIES, '#')
      // a group "(có) liên quan" before the next: "các cơ quan, đơn vị, các ngành có liên quan và UBND các xã …"
      .replace(/#\s*(?:co )?lien quan(?![\p{L}])/gu, '#');
    if (GROUP_SUBJECT_GAP.test(before)) return true;
    // "Đồng ý với Kế hoạch …, yêu cầu Thanh tra Nhà nước, các Bộ, ngành, địa phương triển khai …": an order opened after
    // an earlier clause's comma, whose list the group ends
    for (const c of allMatches(before, /,/gu))
      if (ORDER_OPENS_CLAUSE.test(before.slice(c.index + 1)) && GROUP_SUBJECT_GAP.test(before.slice(c.index + 1)))
        return true;
    const comma = before.lastIndexOf(',');
    if (comma < 0 || !GROUP_SUBJECT_GAP.test(before.slice(comma + 1))) return false;
    // "…, UBND tỉnh tiếp tục có văn bản chỉ đạo các sở, ban, ngành …": a body's letter that directs the group tells it,
    // whatever stands before the comma (an opening clause, or a page's title a wrapped paste joined to it; session 32)
    if (LETTER_DIRECTS_AFTER_COMMA.test(before.slice(comma + 1))) return true;
    const sentence = allMatches(r.text.slice(0, start), /[.!?]\s+/gu).at(-1);
    return opensOrder(gap(r, sentence ? sentence.index + sentence[0].length : 0, start));
  };
  const notes: string[] = [];
  // where "chủ trì" is first said (source offset; the text's length when it is not): read once
  let leadCueAt: number | undefined;
  const firstLeadCue = () => {
    if (leadCueAt === undefined) {
      const at = r.folded.search(LEAD_CUE);
      leadCueAt = at < 0 ? r.text.length : r.at[at]!;
    }
    return leadCueAt;
  };
  // All the groups' places first: one group read as a subject may stand after another ("Sở Y tế, Ủy ban nhân dân các
  // huyện, thị xã, thành phố và các sở, ban, ngành triển khai …"), whichever pattern is tried first.
  const spans: { group: (typeof GROUP_PATTERNS)[number][0]; start: number; end: number }[] = [];
  for (const [group, pattern] of GROUP_PATTERNS) {
    if (group === 'departments_and_localities' && !provincial) continue;
    for (const m of allMatches(r.folded, pattern)) {
      const [start, end] = [r.at[m.index]!, r.at[m.index + m[0].length]!];
      if (spans.some((g) => start < g.end && end > g.start)) continue;
      spans.push({ group, start, end });
    }
  }
  for (const { group, start, end } of spans) {
    {
      const before = leadIn(
        r,
        start,
        spans.filter((g) => g.end <= start).map((g): [number, number] => [g.start, g.end]),
      );
      taken.push([start, end]);
      // the list may begin inside the words of the group: "Ủy ban nhân dân các tỉnh Hà Giang, Tuyên Quang"
      const next = r.matches.find((a) => a.end > end);
      // "UBND các huyện Yên Sơn, Sơn Dương": the districts' names follow the group's words with no colon.
      const placesFollow =
        group === 'localities' && next?.proposed.kind === 'commune' && /^\s*$/u.test(gap(r, end, next.start));
      // "Ủy ban nhân dân các huyện, thị xã, thành phố Huế" ("TP Huế"): the districts, the towns and the one city, all of them.
      const cityEndsGroup =
        group === 'localities' &&
        next !== undefined &&
        next.start < end &&
        /^(?:thanh pho|tp\.?)$/u.test(gap(r, next.start, end).trim());
      if (
        next &&
        !cityEndsGroup &&
        (next.start < end || placesFollow || NAMED_LIST_AFTER.test(gap(r, end, next.start)))
      ) {
        notes.push(`"${r.text.slice(start, end)}" được nêu kèm danh sách: đề xuất các cơ quan có tên.`);
      } else if (COORDINATE_BEFORE.test(before))
        notes.push(`"${r.text.slice(start, end)}" được nêu là phối hợp, không giao việc.`);
      else if (
        urgedBefore(
          r,
          start,
          before,
          spans.filter((g) => g.end <= start).map((g): [number, number] => [g.start, g.end]),
        )
      )
        notes.push(
          `"${r.text.slice(start, end)}" được nêu tiếp sau việc đôn đốc: là nơi được đôn đốc, không giao việc.`,
        );
      else if (partnersOfNamedLead(r, start, end, firstLeadCue))
        notes.push(`"${r.text.slice(start, end)}" được nêu là phối hợp với cơ quan chủ trì, không giao việc.`);
      else if (summarisedByNamedBodies(r, group, start, end))
        notes.push(
          `"${r.text.slice(start, end)}" nằm trong câu thuật lại việc ban hành văn bản; các câu sau nêu tên từng cơ quan: đề xuất các cơ quan có tên.`,
        );
      else if (
        (subjectGap(before, start) ||
          (BRACKET_BEFORE.test(before) && BRACKET_AT_END.test(gap(r, end, r.text.length)))) &&
        !PAST_AFTER_SUBJECT.test(gap(r, end, end + 20)) &&
        !JUDGED_AFTER_GROUP.test(gap(r, end, end + 20)) &&
        !(TOPIC_BEFORE.test(before) && subjectAfterTopic(r, end))
      ) {
        if (group === 'departments_and_localities')
          found.push({ group: 'departments', at: start }, { group: 'localities', at: start });
        else found.push({ group, at: start });
      }
    }
  }
  return { groups: [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.group))], notes };
}

const ids = (matches: AgencyMatch[]) => [...new Set(matches.map((m) => m.proposed.id))];

/**
 * "Đồng ý (để) Ủy ban nhân dân tỉnh X chỉ đạo thực hiện …": approving what a body is to do gives it the task. An approval
 * "về nguyên tắc" or "về chủ trương" approves a policy: the work is given after it, in its own sentence or item.
 */
const APPROVAL_OPENER = /^\W*(?:dong y|chap thuan)\s+(?:(?:de|cho)\s+)?$/u;
/** "Ngân hàng X (BIDV) thực hiện …": the short name a letter gives in brackets after a body's name, before its verb. */
const SHORT_NAME_AFTER = /^\s*\(\s*[\p{L}\d&.\s-]{1,20}\)/u;
/**
 * "Đồng ý Bộ X không xây dựng Đề án … để tập trung triển khai thực hiện Quy hoạch …": the body let off one work is
 * approved so as to do another, its own.
 */
const SPARED_FOR = /^\s*không\s[^.;:]{1,200}?\sđể\s+(?:tập trung\s+)?/iu;
/**
 * "Cho phép lùi thời hạn công bố … tới ngày 31 tháng 3 năm 2008 để Bộ X tiếp thu …, hoàn thiện Dự thảo …": a
 * permission or approval given so that a body does work ("để Bộ X" and its verb) gives that body the work.
 */
const PERMISSION_OPENS = /^\W*(?:dong y|chap thuan|cho phep)(?![\p{L}])/u;
/** "để" (so that) as written: folded, it is "Đề" (a proposal) too. */
const PURPOSE_BEFORE = /(?:^|\s)để\s*$/iu;
function approvedActor(r: RoleReader): AgencyMatch[] {
  if (r.matches.length === 0) return [];
  if (APPROVAL_OPENER.test(gap(r, 0, r.matches[0]!.start))) {
    const list = listFrom(r, 0, 1);
    const end = list.at(-1)!.end;
    const after = gap(r, end, end + 80).replace(SHORT_NAME_AFTER, '');
    if (ACTION_AFTER.test(after) && !PAST_AFTER_SUBJECT.test(after)) return list;
    const spared = SPARED_FOR.exec(r.text.slice(end, end + 260));
    if (spared && ACTION_AFTER.test(gap(r, end + spared[0].length, end + spared[0].length + 80))) return list;
  }
  if (!PERMISSION_OPENS.test(gap(r, 0, r.matches[0]!.start))) return [];
  for (const [i, m] of r.matches.entries()) {
    if (!PURPOSE_BEFORE.test(r.text.slice(Math.max(0, m.start - 8), m.start))) continue;
    const list = listFrom(r, i, 1);
    if (ACTION_AFTER.test(gap(r, list.at(-1)!.end, list.at(-1)!.end + 80))) return list;
  }
  return [];
}

/**
 * "Kinh phí hoạt động của Tổ do Bộ Tài chính cấp hàng năm", "Kinh phí do Bộ Tài chính bố trí …": the body named after
 * "do" with a verb of providing does the work; "Thông tư … do Bộ Tài chính ban hành" only says who issued a text. So
 * does the body left to decide: "Việc điều chỉnh … do Bộ X xem xét, quyết định theo thẩm quyền" (Government Office
 * letters hand a matter back this way).
 */
const AGENT_BEFORE = /(?:^|\s)do\s*$/u;
const PROVIDES_AFTER =
  /^\s*(?:cap|bo tri|bao dam|dam bao|dam nhan|dam nhiem|phu trach|chi tra|tam ung|chiu trach nhiem|thuc hien|chu tri|xem xet|quyet dinh|giai quyet|xu ly)(?![\p{L}])/u;
/**
 * "Nhiệm vụ … giao cho Bộ Y tế thực hiện", "Việc … được giao cho Bộ Xây dựng": the work named first, then given; not
 * "bàn giao … cho X" nor "chuyển giao … cho X", where X receives what is handed over.
 */
const GIVEN_BEFORE = /(?:^|\s)(?<!(?:ban|chuyen) )(?:duoc\s+)?giao(?: nhiem vu)?(?: cho)?\s*$/u;
const GIVEN_ENDS = /^\s*(?:thuc hien|chu tri|trien khai|to chuc thuc hien|xu ly|\(|[.;,]|$)/u;
function agentAfterDo(r: RoleReader): AgencyMatch[] {
  for (const [i, m] of r.matches.entries()) {
    const before = gap(r, Math.max(0, m.start - 30), m.start);
    const list = () => listFrom(r, i, 1);
    if (AGENT_BEFORE.test(before.slice(-6))) {
      if (PROVIDES_AFTER.test(gap(r, list().at(-1)!.end, list().at(-1)!.end + 30))) return list();
    } else if (GIVEN_BEFORE.test(before) && GIVEN_ENDS.test(gap(r, list().at(-1)!.end, list().at(-1)!.end + 30)))
      return list();
  }
  return [];
}

/**
 * "Văn phòng UBND tỉnh chuyển nội dung nêu trên đến Ban Quản lý dự án … để nghiên cứu, xử lý theo thẩm quyền": the
 * body a matter is forwarded to, for it to study, handle, settle or check it, is given the work; the office that
 * forwards it only passes it on. "… đến Sở X để biết" gives no work.
 */
const FORWARDED_BEFORE = /(?:^|\s)chuyen\s(?:[^.;:]{0,160}?\s)?(?:den|cho|toi)\s*$/u;
const FORWARD_PURPOSE =
  /^\s*\)?\s*(?:de\s+)?(?:nghien cuu|xem xet|kiem tra|xu ly|giai quyet|tham muu|tra loi|xac minh)(?![\p{L}])/u;
const FORWARD_WINDOW = 200;
function forwardedForWork(r: RoleReader): AgencyMatch[] {
  for (const [i, m] of r.matches.entries()) {
    if (!FORWARDED_BEFORE.test(gap(r, Math.max(0, m.start - FORWARD_WINDOW), m.start))) continue;
    const list = listFrom(r, i, 1);
    if (FORWARD_PURPOSE.test(gap(r, list.at(-1)!.end, list.at(-1)!.end + 40))) return list;
  }
  return [];
}

/**
 * "Đồng ý với kiến nghị của Bộ X tại văn bản và giao Bộ X thông báo …", "… đồng thời yêu cầu Bộ Y kiểm tra …": an order
 * joined to the clause before by "và" / "đồng thời", or by a comma after a body's name ("Đồng ý đề xuất của Bộ X, giao Bộ
 * X triển khai", a comma subjectList reads as a list's); the body after it is told the work. Only "giao", "yêu cầu" and
 * "ủy quyền" make it: "Bộ A và Bộ B" is a list, and "xem xét và đề nghị Thủ tướng" asks a leader, not a body.
 */
const CONJOINED_ORDER = new RegExp(
  String.raw`(?:,|(?:^|\s)(?:va|dong thoi))\s+(?:giao(?: nhiem vu)?(?: cho)?|yeu cau|uy quyen(?: cho)?|phan cong(?: cho)?)\s+${PERSON_TITLE}$`,
  'u',
);
function conjoinedOrder(r: RoleReader): AgencyMatch[] {
  for (const [i, m] of r.matches.entries()) {
    if (!CONJOINED_ORDER.test(gap(r, Math.max(0, m.start - 60), m.start))) continue;
    const list = listFrom(r, i, 1);
    const after = gap(r, list.at(-1)!.end, list.at(-1)!.end + 80).replace(SHORT_NAME_AFTER, '');
    if (!PAST_AFTER_SUBJECT.test(after)) return list;
  }
  return [];
}

/**
 * A letter that forwards a text: "Văn phòng Chính phủ xin chuyển công văn số … của tỉnh X để Bộ Y nghiên cứu, tổng hợp",
 * "… xin chuyển đơn của ông A đến Bộ Y để xem xét, giải quyết". The body the text goes to, for work a verb names, is given
 * it; the office that sends ("xin chuyển", "xin gửi") is not, and the bodies the text comes from are not.
 */
const FORWARD_VERB = /(?:^|\s)(?:xin\s+)?(?:chuyen|gui)(?:\s+kem)?\s/gu;
const FORWARDED_FOR = /\sde\s*$/u;
const FORWARDED_TO = /\s(?:den|toi|cho|ve)\s*$/u;
const FOR_WORK_AFTER = /^\s*de\s+/u;
/** "… để tổng hợp": the body named before it collates what is sent (session 34). */
const COLLATES_AFTER = /^\s*\)?\s*de\s+tong hop(?![\p{L}])/u;
/** "… để Bộ X tổng hợp": the body named after "để" collates what is sent to it. */
const COLLATES_NEXT = /^\s*tong hop(?![\p{L}])/u;
/** "Văn phòng Chính phủ xin chuyển …": the sender of a forwarded text. */
const SENDS_AFTER = /^\s*(?:xin\s+)?(?:chuyen|gui|sao gui)(?![\p{L}])/u;
function forwardedTo(r: RoleReader): AgencyMatch[] {
  for (const [i, m] of r.matches.entries()) {
    const sentence = allMatches(r.text.slice(0, m.start), CLAUSE_BREAK).at(-1);
    const before = gap(r, sentence ? sentence.index + sentence[0].length : 0, m.start);
    const verb = allMatches(before, FORWARD_VERB).at(-1);
    if (!verb) continue;
    const rest = before.slice(verb.index);
    const list = listFrom(r, i, 1);
    const after = gap(r, list.at(-1)!.end, list.at(-1)!.end + 80).replace(SHORT_NAME_AFTER, '');
    // "Bộ X gửi kết quả thẩm định cho Bộ Y để tổng hợp, báo cáo …": a body that sends its own work to the one that
    // collates it does the work; the collator is the report's recipient, not its lead (as "các Bộ gửi báo cáo về Bộ Y
    // để tổng hợp"). An office that "chuyển" or "xin gửi" a text forwards it still.
    if (COLLATES_AFTER.test(after) && /^\s*gui\s/u.test(rest)) continue;
    // "Báo cáo gửi về Bộ Xây dựng trước ngày … để Bộ Xây dựng tổng hợp, trình …": the same, with the collator named
    // after "để": what is sent is the senders' work, and the body that collates it only receives it.
    if (FORWARDED_FOR.test(rest) && COLLATES_NEXT.test(after) && /^\s*gui\s/u.test(rest)) continue;
    if (FORWARDED_FOR.test(rest) && ACTION_AFTER.test(after)) return list;
    if (FORWARDED_TO.test(rest) && FOR_WORK_AFTER.test(after) && ACTION_AFTER.test(after.replace(FOR_WORK_AFTER, '')))
      return list;
  }
  return [];
}

/**
 * "Tài sản kết cấu hạ tầng đô thị - Bộ Xây dựng.", "Hoàn thiện dự thảo Nghị định, trình Chính phủ trong tháng 7 (Bộ Tài
 * chính).", "… (giao Bộ Y tế, Bộ Tài chính).": the bodies named after a dash, or in brackets, at the end of a task that
 * names no one else do it.
 */
/** "… (Bộ Tài chính, Bộ Xây dựng thực hiện).", "… (các bộ, ngành, địa phương)." (folded, from the last name on). */
const BRACKET_AT_END = /^\s*(?:(?:chu tri|thuc hien)(?:,? (?:va )?thuc hien)?(?: thuong xuyen)?)?\s*\)[\s.;]*$/u;
const BRACKET_BEFORE = /\(\s*(?:(?:giao|do)\s+)?$/u;
function attributedAtEnd(r: RoleReader): AgencyMatch[] {
  const last = r.matches.length - 1;
  if (last < 0) return [];
  const after = r.text.slice(r.matches[last]!.end);
  const bracketed = BRACKET_AT_END.test(foldVi(after));
  if (!bracketed && !/^[\s.;]*$/u.test(after)) return [];
  const list = listFrom(r, last, -1);
  const before = r.text.slice(0, list.at(-1)!.start);
  if (bracketed) return BRACKET_BEFORE.test(foldVi(before)) ? list.reverse() : [];
  return /\s[-–—]\s*$/u.test(before) ? list.reverse() : [];
}

/**
 * "Giao các sở quản lý chuyên ngành … gồm: - Sở A (đối với …); - Sở B (…). Có trách nhiệm: a) …": the bodies the
 * "gồm:" list names lead the item (and, through it, its sub-items), whatever each one's scope in brackets.
 */
function enumeratedLeads(r: RoleReader): { members: AgencyMatch[]; name: string | null } {
  const m = /(?<!\p{L})(?:bao )?gồm(?: có)?\s*:/iu.exec(r.text);
  const before = m ? foldVi(r.text.slice(0, m.index)).replace(/\s+/gu, ' ') : '';
  if (!m || !/(?:^|[^\p{L}])(?:giao|cac)(?![\p{L}])/u.test(before)) return { members: [], name: null };
  const from = m.index + m[0].length;
  const stop = /(?:có trách nhiệm|thực hiện các nhiệm vụ|\n\s*[a-zđ]\))/iu.exec(r.text.slice(from));
  const to = stop ? from + stop.index : r.text.length;
  // The collective's name: "các", its kind and the words that qualify it ("các sở quản lý nhà nước chuyên ngành về hạ
  // tầng"), up to a word that no longer names it ("theo ngành, lĩnh vực", "gồm").
  const words = /(?:^|[^\p{L}])(cac(?: [\p{L}]+){4,10})/u.exec(before)?.[1]?.split(' ') ?? [];
  const cut = words.findIndex((w, i) => i >= 5 && COLLECTIVE_NAME_STOP.test(w));
  const name = words.length >= 5 ? words.slice(0, cut < 0 ? undefined : cut).join(' ') : null;
  return { members: r.matches.filter((a) => a.start >= from && a.end <= to), name };
}
const COLLECTIVE_NAME_STOP = /^(?:giao|theo|gom|bao|co|thuc|duoc|tai|sau|la|de|thi)$/u;

/**
 * Where a collective the notice defined earlier is named again: its members, spanning the words that name it. It may
 * be named shorter, by "các", its kind and at least three of its words in their order: "các sở quản lý chuyên ngành"
 * for "các sở quản lý nhà nước chuyên ngành về hạ tầng".
 */
function collectiveMatches(r: RoleReader, collectives: Map<string, AgencyMatch[]>): AgencyMatch[] {
  const out: AgencyMatch[] = [];
  for (const [name, members] of collectives) {
    const [, kind, ...qualifiers] = name.split(' ');
    for (const hit of allMatches(r.folded, builtPattern(`(?<![\\p{L}])cac ${kind}((?: [\\p{L}]+)+)`, 'gu'))) {
      let [at, said] = [0, 0];
      const following = hit[1]!.trim().split(' ');
      for (const word of following) {
        const found = qualifiers.indexOf(word, at);
        if (found < 0) break;
        [at, said] = [found + 1, said + 1];
      }
      if (said < 3) continue;
      const length = `cac ${kind} ${following.slice(0, said).join(' ')}`.length;
      const [start, end] = [r.at[hit.index]!, r.at[hit.index + length]!];
      if (r.matches.some((a) => a.start < end && a.end > start)) continue;
      out.push(...members.map((a) => ({ ...a, start, end })));
    }
  }
  return out;
}

/**
 * "Ngân hàng Đầu tư và Phát triển Việt Nam (BIDV) thực hiện … BIDV thỏa thuận với Bộ X …": the short name a letter gives a
 * body in brackets right after its name (capitals, as "EVN", "BIDV", "VNPT") stands for that body where the item uses it
 * again. Only within the item, and not where the registry already reads the word.
 */
const SHORT_NAME_DEFINED = /^\s*\(\s*([A-ZĐ][A-ZĐ0-9&]{1,9})\s*\)/u;
function shortNameMatches(r: RoleReader, defined: ReadonlyMap<string, AgencyMatch> = new Map()): AgencyMatch[] {
  const out: AgencyMatch[] = [];
  const uses = (short: string, m: AgencyMatch, from: number) => {
    const word = builtPattern(`(?<![\\p{L}\\p{N}])${short}(?![\\p{L}\\p{N}])`, 'gu');
    for (const hit of allMatches(r.text.slice(from), word)) {
      const [start, end] = [from + hit.index, from + hit.index + hit[0].length];
      if (r.matches.some((a) => a.start < end && a.end > start) || out.some((a) => a.start < end && a.end > start))
        continue;
      out.push({ ...m, start, end, note: null });
    }
  };
  for (const m of r.matches) {
    const here = SHORT_NAME_DEFINED.exec(r.text.slice(m.end, m.end + 20));
    if (here) uses(here[1]!, m, m.end + here[0].length);
  }
  // a short name given in another item or in the letter's preamble ("Xét đề nghị của Tập đoàn X (ABC) …" then "2. ABC
  // báo cáo …"): the same body
  for (const [short, m] of defined) if (r.text.includes(short)) uses(short, m, 0);
  return out;
}

/**
 * The short names a notice gives bodies in brackets right after their names, anywhere in it: "Tổng công ty X (ABC)" in
 * the preamble or one item stands for the body in the others. A short name given to two bodies stands for neither.
 */
function definedShortNames(text: string, registry: AgencyRef[], options: ReadOptions): Map<string, AgencyMatch> {
  const out = new Map<string, AgencyMatch>();
  const ambiguous = new Set<string>();
  for (const m of findAgencies(text, registry, options.onDate, matchOptions(options))) {
    const defined = SHORT_NAME_DEFINED.exec(text.slice(m.end, m.end + 20));
    if (!defined) continue;
    const short = defined[1]!;
    const earlier = out.get(short);
    if (earlier && earlier.proposed.id !== m.proposed.id) ambiguous.add(short);
    else out.set(short, { ...m, note: null });
  }
  for (const short of ambiguous) out.delete(short);
  return out;
}

/** The reader without the agencies named inside a cited law's assignment (legal basis). */
/**
 * Where a leader's own words start after a cited document: "Về đề nghị … ban hành Quyết định … quy định chức danh …,
 * Thủ tướng Chính phủ có ý kiến chỉ đạo Bộ Nội vụ:" — what follows is the order, not the cited text.
 */
const LEADER_SPEAKS_AFTER =
  /,\s*(?:(?:pho )?thu tuong|chu tich|bo truong|van phong|uy ban nhan dan|ubnd|ban chi dao|lanh dao)(?: [^,.;:]{0,80}?)? (?:co y kien|yeu cau|giao|chi dao|de nghi|ket luan|dong y)(?![\p{L}])/u;
/**
 * "Nhiệm vụ sửa đổi Luật Đất đai giao cho Bộ X chủ trì", "Việc xây dựng Nghị định … giao Bộ Y", "dự thảo Thông tư … giao
 * Bộ Z": a law or decree named as the work's object (after a verb of drafting, amending, guiding, or "dự thảo", "dự án")
 * is given now, not a legal basis that assigns.
 */
const LAW_AS_WORK_BEFORE =
  /(?:^|[^\p{L}])(?:sua doi|bo sung|xay dung|soan thao|huong dan|thi hanh|trien khai|ban hanh|trinh|du thao|du an|hoan thien|nghien cuu|ra soat|tong ket|danh gia|thay the|lap|de xuat|chuan bi)(?: (?:mot so dieu cua|cac|ho so))?\s*$/u;
const LAW_AS_WORK_WINDOW = 40;
function withoutLegalBasis(r: RoleReader): { reader: RoleReader; notes: string[] } {
  const bases = allMatches(r.text, LEGAL_BASIS).filter(
    (m) => !LAW_AS_WORK_BEFORE.test(foldVi(r.text.slice(Math.max(0, m.index - LAW_AS_WORK_WINDOW), m.index))),
  );
  const spans = bases.map((m) => {
    // foldVi keeps an NFC text's length: the place found is the raw text's
    const leader = LEADER_SPEAKS_AFTER.exec(foldVi(m[0]));
    return [m.index, m.index + (leader ? leader.index : m[0].length)] as const;
  });
  const inBasis = (a: AgencyMatch) => spans.some(([s, e]) => a.start >= s && a.end <= e);
  const dropped = r.matches.filter(inBasis);
  if (dropped.length === 0) return { reader: r, notes: [] };
  const names = [...new Set(dropped.map((a) => r.text.slice(a.start, a.end)))].join(', ');
  return {
    reader: { ...r, matches: r.matches.filter((a) => !inBasis(a)) },
    notes: [`${names} được nêu trong văn bản pháp luật dẫn chiếu (căn cứ pháp lý), không phải giao việc.`],
  };
}

/**
 * "Văn phòng UBND tỉnh giúp Chủ tịch UBND tỉnh theo dõi, đôn đốc …", "Sở Tài chính tham mưu Ủy ban nhân dân tỉnh chỉ
 * đạo …": the body helped or advised is the one whose work it is to decide, not a doer of the item; the body before
 * "giúp" / "tham mưu" does the work. Left out of the roles.
 */
const HELPED_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:giup|tham muu(?: cho)?)\s+(?:(?:dong chi )?${TITLE}\s+)?$`,
  'u',
);
const HELPED_WINDOW = 40;
function withoutHelped(r: RoleReader): RoleReader {
  const helped = (a: AgencyMatch) => HELPED_BEFORE.test(gap(r, Math.max(0, a.start - HELPED_WINDOW), a.start));
  return r.matches.some(helped) ? { ...r, matches: r.matches.filter((a) => !helped(a)) } : r;
}

/** "phối hợp." / "phối hợp thực hiện;" with no partner named after it: the body before it is the partner. */
const PARTNER_ONLY = /^\s*(?:(?:thuc hien|trien khai)\s*)?(?:[.;,]|$)/u;
/** How far before a watching subject a group given the task is looked for. */
const GROUP_BEFORE_WINDOW = 400;
/** "Các sở, ban, ngành triển khai …; Sở Nội vụ kiểm tra, đôn đốc …": an unnamed group was given the task before. */
const groupBefore = (r: RoleReader, at: number) => {
  const before = gap(r, Math.max(0, at - GROUP_BEFORE_WINDOW), at);
  return GROUP_PATTERNS.some(([, pattern]) => before.search(pattern) >= 0);
};

/** "… dưới sự giám sát của Văn phòng Chính phủ", "…, chịu sự kiểm tra, giám sát của Bộ Tài chính": who watches the work. */
const WATCHED_UNDER =
  /(?:^|\s)(?:duoi|chiu) su (?:(?:theo doi|kiem tra|don doc)(?:,? (?:va )?)?)*(?:giam sat|theo doi|kiem tra|don doc) cua\s*$/u;

/**
 * "… định kỳ 6 tháng tổng hợp, báo cáo UBND tỉnh theo dõi", "báo cáo Bộ X để theo dõi, chỉ đạo": the body a report goes
 * to, followed by what it will do with it, is the report's recipient; it is told nothing, and watches no one's work.
 */
const REPORT_RECIPIENT_BEFORE = /(?:^|[^\p{L}])(?:bao cao|gui bao cao|gui)(?: (?:ve|cho|len))?\s*$/u;
const reportRecipient = (r: RoleReader, list: readonly AgencyMatch[]) =>
  list.length > 0 &&
  REPORT_RECIPIENT_BEFORE.test(
    gap(r, Math.max(0, Math.min(...list.map((a) => a.start)) - 24), Math.min(...list.map((a) => a.start))),
  );

/** An office ("Văn phòng Chính phủ", "Văn phòng UBND tỉnh X", "Văn phòng Bộ"), folded. */
const OFFICE_NAME = /^van phong /u;
function readRoles(r: RoleReader) {
  // "VPCP theo dõi, đôn đốc Bộ X": the body after the cue is the one watched, unless none stands before.
  const monitor = r.matches.flatMap((m, i) =>
    WATCHED_UNDER.test(gap(r, Math.max(0, m.start - 60), m.start)) ? listFrom(r, i, 1) : [],
  );
  monitor.push(
    ...watchCuesOf(r, 'anywhere').flatMap((c) => {
      const before = listBefore(r, c.start);
      // "Bộ X chủ trì, phối hợp với Văn phòng Chính phủ theo dõi, đôn đốc …": the partner in the work, not a monitor.
      if (before.length > 0 && PARTNERS_BEFORE.test(leadIn(r, before[0]!.start))) return [];
      if (reportRecipient(r, before)) return [];
      return before.length > 0 ? before : listAfter(r, c.end, AFTER_CUE_GAP);
    }),
  );
  monitor.push(
    ...watchCuesOf(r, 'after_task').flatMap((c) => {
      const before = listBefore(r, c.start);
      // "… chủ trì, phối hợp với Sở B kiểm tra việc thực hiện …": Sở B is the partner in the checking.
      if (before.length > 0 && PARTNERS_BEFORE.test(leadIn(r, before[0]!.start))) return [];
      if (reportRecipient(r, before)) return [];
      // "Văn phòng Chính phủ theo dõi, báo cáo Thủ tướng Chính phủ": an office, whose function is to follow the work
      // up, told only to watch it watches it, with no task before it.
      const office = before.length === 1 && OFFICE_NAME.test(foldVi(before[0]!.proposed.name));
      return before.length > 0 &&
        (before.at(-1)!.start > r.matches[0]!.start || groupBefore(r, before[0]!.start) || office)
        ? before
        : [];
    }),
  );
  const allLeadCues = cuesOf(r, LEAD_CUE);
  // "Thủ tướng Chính phủ đã giao Bộ X chủ trì … tại văn bản số …; đề nghị Bộ Y …": the lead of an earlier assignment
  // gives way to a body the item tells now
  const cueLists = allLeadCues.map((c) => listBefore(r, c.start).reverse());
  const earlier = cueLists.filter((l) => l.length > 0 && pastAssignment(r, l[0]!, l.at(-1)!));
  const leadCues = allLeadCues.filter((_, i) => !earlier.includes(cueLists[i]!));
  // "Bộ Nội vụ chủ trì, Bộ Tư pháp phối hợp …", "Sở A chủ trì; Sở B, Sở C phối hợp": after a "chủ trì", the bodies
  // just before "phối hợp" are the lead's partners, as "Bộ Tư pháp là cơ quan phối hợp" says outright. With no
  // "chủ trì" ("Bộ Y tế phối hợp với Bộ Tài chính xây dựng …") the one before "phối hợp" is the subject, and leads.
  const partnersBefore = cuesOf(r, COORDINATE_CUE)
    .filter((c) => /^phoi hop/u.test(gap(r, c.start, c.end)))
    .flatMap((c) => {
      const before = listBefore(r, c.start);
      const afterLead = before.length > 0 && leadCues.some((l) => l.end <= before.at(-1)!.start);
      // "Sở A tham mưu …; Sở B phối hợp.", "…, Sở B phối hợp thực hiện": a later body that only joins the work.
      // (the list is read backwards: its first body, `before.at(-1)`, is not the item's first)
      const joinsOnly =
        before.length > 0 && before.at(-1)!.start > r.matches[0]!.start && PARTNER_ONLY.test(gap(r, c.end, c.end + 24));
      return afterLead || joinsOnly || NAMED_AS_PARTNER.test(gap(r, Math.max(0, c.start - 20), c.start))
        ? before.reverse()
        : [];
    });
  const coordinators = [
    ...partnersBefore,
    ...cuesOf(r, COORDINATE_CUE).flatMap((c) => listAfter(r, c.end, AFTER_CUE_GAP)),
  ];
  let leads = cueLists.filter((l) => !earlier.includes(l)).flat();
  if (leads.length === 0) leads = subjectList(r, new Set(ids([...monitor, ...coordinators])));
  if (leads.length === 0) leads = earlier.flat();
  else if (earlier.length > 0) pastLeads.set(r, ids(earlier.flat()));
  const leadIds = ids(leads);
  const monitorId = ids(monitor).filter((id) => !leadIds.includes(id))[0] ?? null;
  return {
    leadAgencyIds: leadIds,
    // "phối hợp với Bộ A, Bộ B; Văn phòng Chính phủ kiểm tra, giám sát": the monitor ends the list it follows
    coordinatorAgencyIds: ids(coordinators).filter((id) => !leadIds.includes(id) && id !== monitorId),
    monitorAgencyId: monitorId,
  };
}

const EVALUATION = wordPattern(
  'chuyen bien tich cuc|dat (?:duoc )?(?:nhieu |nhung )?ket qua|da dat duoc|co buoc tien|ghi nhan|bieu duong|danh gia cao|hoan thanh tot|hoan nghenh|' +
    // "Bên cạnh đó, vẫn còn tồn tại, hạn chế: …"
    '(?:van )?con (?:mot so |nhieu |nhung )?(?:ton tai|han che|bat cap)|' +
    // "các bộ đã có nhiều nỗ lực …", "Hạ tầng số đã có bước phát triển mạnh mẽ"
    'da co (?:nhieu |mot so |nhung )?(?:no luc|co gang|buoc phat trien|tien bo|chuyen bien)|' +
    // a figure reached: "Đến ngày 31/5, tỷ lệ giải ngân đạt 28,5% kế hoạch" (not a target: "phấn đấu đạt 95%")
    '(?<!(?:phan dau|muc tieu|chi tieu|toi thieu|bao dam|dam bao|phai|can)(?: [^.;:]{0,60})?)dat (?:duoc )?(?:khoang |tren |gan |hon |xap xi )?\\d+(?:[.,]\\d+)?\\s*%',
  'u',
);
/**
 * An item that opens by acknowledging or approving: "Ghi nhận, đánh giá cao …", "Đồng ý về phương án …", or a
 * section of findings ("I. Đánh giá chung", "Kết quả đạt được").
 */
const ACKNOWLEDGE_WORDS = String.raw`(?:cong nhan|ghi nhan|danh gia cao|bieu duong|hoan nghenh|khen ngoi)`;
const ACKNOWLEDGEMENT = new RegExp(
  String.raw`^\W*(?:theo do,?\s+)?(?:${ACKNOWLEDGE_WORDS}|nhat tri|dong y|chap thuan|cho phep|(?:danh gia|tinh hinh|ket qua) chung|ket qua dat duoc)(?![\p{L}])`,
  'u',
);
/**
 * A portal's report of a decision: "… UBND tỉnh ban hành Quyết định …. Theo đó, Công nhận 04 xã …" then "UBND tỉnh giao
 * Sở Y tế …": what it acknowledges is an item of its own, before the paragraph that gives the work.
 */
const HEAD_ACKNOWLEDGES = new RegExp(String.raw`(?:^|[.:;]\s+)(?:theo do,?\s+)?${ACKNOWLEDGE_WORDS}(?![\p{L}])`, 'u');
/**
 * Words that make an order whatever else the item says; "Thống nhất với đề xuất của Bộ X …; Bộ X chịu trách nhiệm về
 * số liệu, hoàn thiện hồ sơ" gives the body the responsibility for what was approved.
 */
// "Đồng ý đề nghị của Bộ X", "theo yêu cầu của …", "… theo đề nghị tại công văn nêu trên", "xét đề nghị …": a request
// named as a noun orders nothing.
const REQUEST_NOUN_BEFORE = String.raw`(?<!(?:theo|xet|tai|ve|nhu|cac|nhung|dung) )`;
// "giao" but not the name "Giao thông" ("… gồm: Sở Giao thông vận tải, …" in a commendation gives no order)
const ORDER = wordPattern(
  `giao(?! thong)|phan cong|${REQUEST_NOUN_BEFORE}yeu cau(?! cua)|${REQUEST_NOUN_BEFORE}de nghi(?! cua)|can(?! bo)|phai|khan truong|chu tri|chiu trach nhiem`,
  'u',
);
/**
 * Imperative verbs; "đã/được/đang/việc …" before one ("đã tích cực triển khai"), or "được" after, makes it a
 * report of the past.
 */
const INSTRUCTION = wordPattern(
  'giao|yeu cau|de nghi|chu tri|phoi hop|khan truong|phai|tiep tuc|day manh|tap trung|nghien cuu|chu dong|hoan thien|ra soat|tang cuong|chu trong|nang cao|quan tam|trien khai|bao cao|trinh(?! do)',
);
const NOT_AN_ORDER_BEFORE =
  /(?:^|[^\p{L}])(?:da|duoc|dang|viec|se)(?:\s+(?:tich cuc|chu dong|nghiem tuc|kip thoi))?\s$/u;

/** "Lưu ý: Danh mục … gồm: …", "Ghi chú: …": a note that explains what an item above means, with no order of its own. */
const NOTE_OPENER = /^\W*(?:luu y|ghi chu)\s*:/u;
/** "Ngày …, UBND tỉnh ban hành Quyết định …. Theo đó, Công nhận 04 xã …": the decision reported acknowledges. */
const REPORTED_ACKNOWLEDGEMENT = new RegExp(String.raw`(?:^|[.:;]\s+)theo do,?\s+${ACKNOWLEDGE_WORDS}(?![\p{L}])`, 'u');
/**
 * "… đã thực hiện tốt nhiệm vụ Lãnh đạo UBND thành phố giao: …", "số lượng nhiệm vụ được giao trên 300": the task as
 * given earlier, a noun phrase (passive, or "giao" with no one after it), gives no order (session 34).
 */
const TASK_GIVEN_EARLIER =
  /(?<![\p{L}])(?:duoc giao|nhiem vu(?: do)?(?: [^\s.;:,]+){0,8}? giao(?=\s*(?:[.:;,)]|$)))(?![\p{L}])/gu;
function isEvaluationOnly(folded: string): boolean {
  if (ACKNOWLEDGEMENT.test(folded) || NOTE_OPENER.test(folded) || REPORTED_ACKNOWLEDGEMENT.test(folded))
    return !ORDER.test(folded.replace(TASK_GIVEN_EARLIER, 'nhiem vu'));
  if (!EVALUATION.test(folded)) return false;
  return !allMatches(folded, INSTRUCTION).some(
    (m) =>
      !NOT_AN_ORDER_BEFORE.test(folded.slice(0, m.index)) && !/^\s*duoc\b/u.test(folded.slice(m.index + m[0].length)),
  );
}

/** Document types a conclusion can come from; laws and decrees are legal bases, not sources. */
const SOURCE_TYPES: Record<string, string> = {
  TB: 'Thông báo',
  NQ: 'Nghị quyết',
  KL: 'Kết luận',
  CT: 'Chỉ thị',
  CĐ: 'Công điện',
};
const DOCUMENT_NUMBER =
  /(?<![\p{L}\p{N}/-])\d{1,4}[a-zđ]?(?:\/\d{4})?[/-](TB|NQ|KL|CT|CĐ)[/-][\p{Lu}\d][\p{L}\d]*(?:-[\p{L}\d]+)*/u;

/**
 * Any document number: "379/TTg-KTN", "60/2010/QĐ-TTg", "24-NQ/TW", "1303a/UBND-NNTNMT"; a number
 * list sharing one symbol ("các công văn số 614, 615, 616-CV/VPTW") gives each number. A symbol opens
 * with two capitals ("812-Châu Tá" is a place, not a number). One cut at a line's end ("178/2026/NĐ-" then
 * "CP") is read whole, and so is one typed with spaced separators after "số" ("Công điện số 1632 / CĐ - TTg").
 */
// "&" joins the words of a unit's initials ("KCHT&ĐT", "NN&PTNT"); a web copy may space it ("1947/BKH-KCHT &ĐT", "STN&
// MT"), which is still one symbol, written without the space.
const AMPERSAND_TAIL = String.raw`(?: ?& ?\p{Lu}[\p{L}\d.]*)*&?`;
const SYMBOL_PART = String.raw`\p{Lu}[\p{Lu}\d][\p{L}\d.]*${AMPERSAND_TAIL}`;
const LATER_PART = String.raw`\p{Lu}[\p{L}\d.]*${AMPERSAND_TAIL}`;
// A press report spaces the unit's hyphen ("Công văn số 6889/VPCP - KTTH"): a word of capitals after " - " is the unit
// (not "UBND", "HĐND": a body named after a dash).
const TIGHT_SYMBOL = String.raw`(?:\/\d{4})?[/-]${SYMBOL_PART}(?:[/-]${LATER_PART}|-\s+${SYMBOL_PART})*(?:\s{1,2}-\s{1,2}(?!UBND|HĐND)\p{Lu}[\p{Lu}\d]{1,9}(?![\p{L}\d]))?`;
const SPACED_SYMBOL =
  String.raw`(?=(?:\s+\/\s+\d{4})?\s+[/-]\s+\p{Lu})(?<=số\s*(?:\d{1,5}[a-z]?,\s*){0,30}\d{1,5}[a-z]?)(?:\s+\/\s+\d{4})?\s+[/-]\s+${SYMBOL_PART}` +
  String.raw`(?:[/-]${LATER_PART}|\s*[/-]\s*${SYMBOL_PART})*`;
// The older style, before 2004, spaced the number from its symbol and put the unit first: "công văn số 2083 TM/CSTNTN",
// "số 1125 CP/KTTH" (after "số" only).
const OLD_STYLE_SYMBOL = String.raw`(?<=số\s*\d{1,5})\s\p{Lu}{1,6}\/\p{Lu}[\p{Lu}\d.&-]*\p{Lu}(?![\p{L}\d/-])`;
// Not after ":": "QCVN 122:2024/BGTVT", "TCVN 5574:2018/BXD" are a standard's code and year, not a document's number.
const ANY_DOCUMENT_NUMBER = new RegExp(
  String.raw`(?:(?<=số)|(?<![\p{L}\p{N}/-])(?<!\d:))((?:\d{1,5}[a-z]?,\s*){0,30})(\d{1,5}[a-z]?)(${TIGHT_SYMBOL}|${SPACED_SYMBOL}|${OLD_STYLE_SYMBOL})`,
  'gu',
);
/**
 * A PDF's text glues a footnote's mark to the number it follows ("Nghị định số 105/2025/NĐ-CP2", "Luật số
 * 42/2024/QH151"): a symbol's last part is capitals (with a legislature's two digits, "QH15"), so one digit after
 * them is the mark. "BCĐ389" (a committee's number, three digits) stays.
 */
const FOOTNOTE_MARK = /(?<=[/-](?:\p{Lu}{2,}|QH\d{2}))\d$/u;

/** "(Gửi kèm bản phô tô Công văn số …)", "(kèm theo …)": copies sent with the letter, not documents the item cites. */
const ENCLOSURE_NOTE = /\(\s*(?:gửi\s+)?kèm\s+(?:theo\s+)?[^()]*\)/giu;

/**
 * "Văn phòng 389/QG", "Ban Chỉ đạo 389/QG", "BCĐ 138/CP": a steering committee's name carries the number of the decision
 * that set it up; after the body's word (and no "số") it names the body, not a document the item cites.
 */
const BODY_BEFORE_NUMBER = /(?<!\p{L})(?:Văn phòng(?: Thường trực)?|Ban Chỉ đạo|BCĐ|Tổ công tác|Tổ giúp việc)\s*$/u;

/** A web copy glues the next word to the number: "văn bản số 3218/VPCP-KTTHngày 19 tháng 5": "ngày" is no part of it. */
const GLUED_DAY = /(?<=\p{Lu})ng(?:ày|ay)$/u;

/**
 * Numbers written like a document's that name something else: a form or an annex ("Mẫu số 01/BC-BTC", "Biểu mẫu số
 * 02/TH", "Phụ lục số 02/PL-BYT", the form of a document the item may cite beside it), a bid package ("gói thầu số
 * 5/XL"), a road's chainage ("Km 12+300/QL1A": the number after "+" is metres on a national road).
 */
const THING_BEFORE_NUMBER = /(?<!\p{L})(?:(?:biểu\s+)?mẫu|biểu|phụ lục|gói thầu)(?:\s+số)?\s*$|\d\s*\+\s*$/iu;
/** A fishing vessel's registration ("tàu cá BĐ 97669-TS", "QNg-90123-TS"): a province's letters, digits and "-TS". */
/**
 * "Ngày 29/7/2020, Chủ tịch UBND tỉnh ban hành Công văn số 6732/UBND-Y về việc …", "ngày 28-8-2018, UBND tỉnh Thanh
 * Hóa có Công văn số …", "Ngày 6-2, UBND thành phố ban hành văn bản số …": a report opens with the number of the letter it
 * reports, which the letter does not cite.
 */
const NEWS_OF_ISSUE_BEFORE =
  /[Nn]gày\s+\d{1,2}(?:\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)\s*[.,]?\s+(?:(?:Chủ tịch\s+)?(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\s+(?:tỉnh|thành phố)(?:\s+\p{Lu}\p{Ll}*){0,3}|(?:Bộ|Sở|Cục|Văn phòng)(?:\s+[\p{L}-]+){1,8}?)\s+(?:đã\s+|vừa\s+)?(?:có|(?:ký\s+)?(?:ban\s+hành|banh))\s+(?:[Cc]ông văn|[Vv]ăn bản|[Cc]ông điện)(?:\s+hỏa tốc)?\s+số\s*$/u;
const VESSEL_NUMBER = /^\d{4,5}-TS$/u;
/**
 * "Báo Thanh niên có đưa tin: Theo giám đốc …, Quyết định số 11/2017/QĐ-TTg … đã thúc đẩy …", "Cử tri phản ánh: …",
 * "Theo phản ánh của Báo X, …": what a newspaper or a petitioner said is quoted up to the end of its sentence; the
 * numbers it names are the report's, which the item does not cite.
 */
const REPORTED_SAYING =
  /(?<!\p{L})(?:(?:có\s+)?(?:đưa tin|phản ánh|cho biết)\s*:|theo\s+(?:thông tin|phản ánh|bài viết|nội dung)\s+(?:của|trên)\s+(?:báo|tạp chí|đài|trang|cổng))[^]*?(?:[.!?](?=\s+\p{Lu})|$)/giu;
const reportedSpans = (text: string) => allMatches(text, REPORTED_SAYING).map((m) => [m.index, m.index + m[0].length]);

/**
 * A web copy glues two numbers of a list ("các Kế hoạch: 83/KH-UBND82/KH-UBND"): a symbol whose capitals run into a
 * number and a second symbol ("…UBND82/KH-…") is two documents.
 */
const GLUED_SECOND_NUMBER = /^(\d{1,5}[a-z]?(?:\/\d{4})?[/-].*?\p{Lu}{2,})(\d{1,5}[a-z]?\/\p{Lu}[\p{L}\d.&-]*)$/u;
const unglueNumbers = (cite: string) => {
  const m = GLUED_SECOND_NUMBER.exec(cite);
  return m ? [m[1]!, m[2]!] : [cite];
};

function citedDocuments(text: string): string[] {
  const cleaned = text.replace(ENCLOSURE_NOTE, ' ');
  const reported = reportedSpans(cleaned);
  const found = allMatches(cleaned, ANY_DOCUMENT_NUMBER)
    .filter((m) => !reported.some(([from, to]) => m.index >= from! && m.index < to!))
    .filter((m) => !BODY_BEFORE_NUMBER.test(cleaned.slice(Math.max(0, m.index - 40), m.index)))
    .filter((m) => !THING_BEFORE_NUMBER.test(cleaned.slice(Math.max(0, m.index - 40), m.index)))
    .filter((m) => !VESSEL_NUMBER.test(m[0].trim()))
    .filter((m) => !NEWS_OF_ISSUE_BEFORE.test(cleaned.slice(Math.max(0, m.index - 120), m.index)))
    .flatMap((m) =>
      [
        ...(m[1]
          ? m[1]
              .split(',')
              .map((n) => n.trim())
              .filter(Boolean)
          : []),
        m[2]!,
      ].map(
        (n) =>
          `${n}${m[3]!.replace(/\s+/gu, '').replace(/\.$/u, '').replace(GLUED_DAY, '').replace(FOOTNOTE_MARK, '')}`,
      ),
    )
    .flatMap(unglueNumbers);
  return [...new Set(found)];
}

/**
 * The request of a letter's body: "Sở X đề nghị …", "Đề nghị Ủy ban nhân dân các tỉnh …", "Bộ trưởng yêu cầu …",
 * "Chủ tịch UBND tỉnh giao Sở X …", "… giao nhiệm vụ cho Sở X …", "… giao Giám đốc Sở X …" (not "theo đề nghị của …", "xét
 * đề nghị …", "nội dung đề nghị tại …", "được giao"),
 * and the Government Office's own "xin gửi … để quý cơ quan có ý kiến", "xin chuyển … để Bộ X nghiên cứu": after "Văn
 * phòng Chính phủ đã nhận được công văn số … của Bộ Y tế …." the request names the document again ("văn bản nói trên")
 * or by its number, and only that sentence's numbers are the request's.
 */
const LETTER_REQUEST =
  /(?<![\p{L}])(?:(?<!(?:theo|xet|ve|tai|cac|nhung|dung) )(?:de nghi|yeu cau)\s(?!cua\s|tai\s|nay\s)|xin (?:gui|chuyen)\s|(?<!duoc )giao\s(?:(?:nhiem vu|trach nhiem)\s)?(?:cho\s)?(?:(?:giam doc|chu tich|thu truong|bo truong|cuc truong|tong giam doc|truong ban|chanh van phong)\s)?(?:bo|so|uy ban|ubnd|cac|van phong|cuc|ban|thanh tra|cong an|ngan hang|tap doan|tong cong ty)\s)/u;

/**
 * The documents a letter's body cites in its request: those only its background paragraphs name ("Bộ X đã ban hành
 * các Văn bản hợp nhất …, cụ thể: - Văn bản hợp nhất số 48/VBHN-BNNMT …. Để …, Sở X đề nghị …") are what it relays,
 * not what the request cites. Read from the sentence that holds the first request; the whole text when there is none.
 */
function requestCites(text: string): { cites: string[]; background: string[] } {
  const all = citedDocuments(text);
  const { folded, at } = foldForMatching(text);
  const request = LETTER_REQUEST.exec(folded);
  if (!request) return { cites: all, background: [] };
  const sentence = allMatches(folded.slice(0, request.index), /[.!?]\s+(?=\S)/gu).at(-1);
  const from = sentence ? at[sentence.index + sentence[0].length]! : 0;
  const cites = citedDocuments(text.slice(from));
  return { cites, background: all.filter((c) => !cites.includes(c)) };
}

/**
 * "Thực hiện Kết luận của Bộ Chính trị (văn bản số 07-KL/TW …), Thủ tướng Chính phủ chỉ đạo:" on its own line, then the
 * letter's direction: the lead-in is the letter's preamble, as before a notice's numbered items, and the documents only it
 * names are not the direction's. Where the direction starts in the item's text (0 when there is no such lead-in).
 */
const LEAD_IN_COLON = /(?:chi dao|y kien(?: chi dao)?|nhu sau|yeu cau|de nghi|thong bao)\s*:\s*/u;
function leadInEnd(draft: Draft, text: string): number {
  if (draft.parts.length < 2 || !draft.parts[0]!.trim().endsWith(':')) return 0;
  const folded = foldVi(text); // the same length as an NFC text
  const m = LEAD_IN_COLON.exec(folded.slice(0, draft.parts[0]!.length + 40));
  return m ? m.index + m[0].length : 0;
}

function readSourceDocument(text: string): string | null {
  const m = DOCUMENT_NUMBER.exec(text);
  return m ? `${SOURCE_TYPES[m[1]!]} số ${m[0]}` : null;
}

/** Lower-case words that end a name: the verbs and particles that follow an agency in a notice. */
const NAME_STOPS =
  'và chủ phối khẩn theo thực tiếp nghiên rà hoàn báo trình trước ngày thẩm tổng hướng chỉ có đã được để là cần phải tham cùng triển tăng đẩy tập làm sớm kịp chịu trong với về tại của các gửi xem thống nghiêm căn đôn đề xây quyết trao giao sửa bổ tổ kiểm xử giải ban lập hỗ bố nâng rút đánh tuyên phổ';
/**
 * How a notice names a body: "Bộ", "Sở", "UBND tỉnh", "Tập đoàn", "Tổng công ty", "Ủy ban" (of the
 * National Assembly), "Ủy ban nhân dân xã", an association ("Hiệp hội", "Tổng Liên đoàn", "Hội", "Phòng Thương mại
 * và Công nghiệp"), a bank, a body under the Government ("Đài", "Thông tấn xã", "Viện", "Đại học", "Bảo hiểm xã
 * hội"), then a capitalised word and its other words; or the supreme court and procuracy, or the state audit.
 */
const AGENCY_NAME = new RegExp(
  String.raw`(?<!\p{L})(?:(?:Tòa|Toà) án nhân dân tối cao|Viện kiểm sát nhân dân tối cao|Kiểm toán [Nn]hà nước|` +
    String.raw`(?:Bộ|Sở|Tập đoàn|Tổng công ty|(?:Ủy|Uỷ) ban nhân dân|UBND|(?:Ủy|Uỷ) ban|Hiệp hội|(?:Tổng )?Liên đoàn|Hội|Phòng|Ngân hàng|Đài|Thông tấn xã|Viện|Học viện|Đại học|Bảo hiểm xã hội)` +
    String.raw`(?:\s+(?:tỉnh|thành phố|TP\.|xã|phường|huyện|quận|thị xã|đặc khu))?\s+\p{Lu}[\p{L}\p{N}&-]*` +
    String.raw`(?:\s+(?:và\s+(?=\p{Lu}))?(?!(?:${NAME_STOPS.replaceAll(' ', '|')})(?!\p{L}))[\p{L}\p{N}&-]+){0,6})`,
  'gu',
);
const NAME_AT_END = new RegExp(`(?:${AGENCY_NAME.source})[\\s)]*$`, 'u');
/** The abbreviations notices use in departments' and ministries' names, spelt out for a new agency's name. */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/NN\s*&\s*PTNT/gu, 'Nông nghiệp và Phát triển nông thôn'],
  [/NN\s*&\s*MT/gu, 'Nông nghiệp và Môi trường'],
  [/TN\s*&\s*MT/gu, 'Tài nguyên và Môi trường'],
  [/GD\s*&\s*ĐT/gu, 'Giáo dục và Đào tạo'],
  [/KH\s*&\s*ĐT/gu, 'Kế hoạch và Đầu tư'],
  [/KH\s*&\s*CN/gu, 'Khoa học và Công nghệ'],
  [/TT\s*&\s*TT/gu, 'Thông tin và Truyền thông'],
  [/LĐ\s*-\s*TB\s*&\s*XH/gu, 'Lao động - Thương binh và Xã hội'],
  [/(?<!\p{L})GTVT(?!\p{L})/gu, 'Giao thông vận tải'],
  [/(?<!\p{L})PT\s*-\s*TH(?!\p{L})|(?<!\p{L})PTTH(?!\p{L})/gu, 'Phát thanh và Truyền hình'],
  [/DT\s*&\s*TG/gu, 'Dân tộc và Tôn giáo'],
];
const spellOut = (name: string) => ABBREVIATIONS.reduce((n, [abbr, full]) => n.replace(abbr, full), name);
const WITH_PLACE = /\s(?:tỉnh|thành phố|TP\.)\s/u;

const LOCAL_BODY =
  /(?<!\p{L})(Công an|(?:Văn phòng|VP\.?) (?:Ủy ban nhân dân|UBND)|Bộ Chỉ huy Quân sự|Thanh tra|Kho bạc Nhà nước) (tỉnh|thành phố)(?!\p{L})(?!\s+\p{Lu})/gu;
/**
 * Agency-looking names missing from the registry. In a provincial notice a bare department ("Sở Công
 * Thương") is the province's, so it is proposed as "Sở Công Thương tỉnh X".
 */
/** "Bộ Tiêu chí quốc gia về y tế xã", "Bộ luật Dân sự", "Bộ Chỉ số", "Hội nghị Trung ương": a set or a meeting, no body. */
const NOT_A_BODY =
  /^(?:Bộ\s+(?:tiêu chí|tiêu chuẩn|luật|chỉ số|quy tắc|quy chuẩn|công cụ|hồ sơ|thủ tục|mẫu)|Hội\s+nghị)(?!\p{L})/iu;
function unmatchedNames(text: string, matches: AgencyMatch[], province: NoticeProvince | null): string[] {
  const unknown = allMatches(text, AGENCY_NAME).filter(
    (n) => !matches.some((m) => m.start < n.index + n[0].length && m.end > n.index) && !NOT_A_BODY.test(n[0]),
  );
  // "Bộ Chỉ huy Quân sự tỉnh" in a provincial notice: the body of the notice's province, as LOCAL_BODY names it.
  const kindWord = province?.label.startsWith('tỉnh') ? 'tỉnh' : 'thành phố';
  const endsWithKind = (name: string) => province !== null && name.endsWith(` ${kindWord}`);
  const named = unknown.map((n) => {
    const name = spellOut(n[0]);
    if (endsWithKind(name)) return `${name.slice(0, -kindWord.length)}${province!.label}`;
    return province && name.startsWith('Sở ') && !WITH_PLACE.test(name) ? `${name} ${province.label}` : name;
  });
  // "Công an tỉnh", "Văn phòng UBND thành phố" in a provincial notice: that body of the notice's province (a city's
  // notice says "thành phố", a province's "tỉnh").
  const local = province
    ? allMatches(text, LOCAL_BODY)
        .filter((n) => n[2] === kindWord)
        .filter((n) => !matches.some((m) => m.start < n.index + n[0].length && m.end > n.index))
        .map((n) => `${n[1]!.replace(/^VP\.?/u, 'Văn phòng')} ${province.label}`)
    : [];
  return [...new Set([...named, ...local])].filter((name) => !foldVi(name).startsWith('bo chinh tri'));
}

function deadlineNotes(text: string, deadline: ParsedDeadline, onDate: string, noticeDate: string): string[] {
  const dated = findDatedPhrases(text, { onDate, periodsEndAfter: noticeDate });
  const notes: string[] = [];
  if (dated[0] && dated[0].dueDate === null)
    notes.push(`Thời hạn "${dated[0].phrase}" không phải ngày hợp lệ: cần nhập tay.`);
  if (deadline?.kind === 'recurring' && dated.length > 0) {
    const days = dated.map((d) => d.phrase).join('; ');
    notes.push(`Ngày không ghi năm (${days}) trong việc định kỳ "${deadline.phrase}": là hạn của mỗi kỳ.`);
  } else if (new Set(dated.map((d) => d.dueDate)).size > 1) {
    const chosen = deadlinePhrase(dated)!;
    const why = chosen === dated[0] ? 'mốc đầu tiên' : 'mốc gắn với sản phẩm (các mốc "trong …" chỉ phạm vi)';
    notes.push(`Có nhiều mốc thời hạn: ${dated.map((d) => d.phrase).join('; ')}. Đề xuất ${why}: "${chosen.phrase}".`);
  }
  const slipped = dated.find((d) => d.writtenDate && deadline?.kind === 'dated' && d.dueDate === deadline.dueDate);
  if (slipped) {
    notes.push(
      `Thời hạn "${slipped.phrase}" đã qua vào ngày thông báo (${formatDate(noticeDate)}): hiểu là ghi nhầm năm, đề xuất ${formatDate(slipped.dueDate!)}.`,
    );
  }
  if (deadline?.kind === 'dated' && deadline.dueDate < noticeDate) {
    notes.push(`Thời hạn ${formatDate(deadline.dueDate)} sớm hơn ngày thông báo (${formatDate(noticeDate)}).`);
  }
  return notes;
}

/** A proposal with nothing read yet: the item's text, for a person to fill in. */
function blankProposal(draft: Draft): ProposedDirective {
  return {
    ordinal: draft.ordinal,
    parentOrdinal: draft.parent?.ordinal ?? null,
    text: cleanText(draft.parts.join(' ')),
    areaCodes: [],
    isCrossCutting: true,
    isAssessment: false,
    leadAgencyIds: [],
    coordinatorAgencyIds: [],
    monitorAgencyId: null,
    groups: [],
    unmatchedAgencyNames: [],
    deadline: null,
    sourceDocument: null,
    citedDocuments: [],
    isHeading: false,
    notes: [],
  };
}

/**
 * The province of a provincial notice, read from its header ("ỦY BAN NHÂN DÂN TỈNH X", "VĂN PHÒNG UBND TỈNH X",
 * "ĐẢNG BỘ TỈNH X"): in its items "Ủy ban nhân dân tỉnh" and "Sở Công Thương" are that province's.
 */
/**
 * `fromPage`: read from a header-less page's text (pastedProvince), not from its header; `fromRegistry`: the page names
 * none, and the registry holds one province's departments only; `fromHint`: the page names none, and the caller said
 * which province sent it.
 */
type NoticeProvince = {
  place: string;
  label: string;
  fromPage?: boolean;
  fromRegistry?: boolean;
  /** Given by the caller (`issuer` / `province` options), the text naming none. */
  fromHint?: boolean;
};
/**
 * `collectives`: the groups the notice defines by listing their members ("các sở quản lý chuyên ngành … gồm: Sở A,
 * Sở B"), by their folded opening words ("cac so quan ly chuyen nganh"): named again later, they are those bodies.
 */
type ReadOptions = Omit<Options, 'province'> & {
  noticeDate: string;
  province: NoticeProvince | null;
  /** The ministry whose own notice it is (noticeMinistry). */
  ministry: string | null;
  /** The notice's own numbers, folded with no spaces: its header's, its source footer's, the caller's. */
  ownNumbers: Set<string>;
  collectives: Map<string, AgencyMatch[]>;
  /** The short names the notice gives bodies in brackets ("Tập đoàn X (ABC)"), anywhere in it (definedShortNames). */
  shortNames: Map<string, AgencyMatch>;
  /** The lead-in sentence that ends an item and opens its sub-items, and who it names (bulletLeadInStart). */
  bulletLeadIns: Map<Draft, { leads: number[]; said: string }>;
  /** The days the documents the notice names take effect, as it states them (deadline-phrases.ts effectiveDates). */
  effectiveDates?: ReadonlyMap<string, string>;
};

/**
 * "ỦY BAN NHÂN DÂN TỈNH X" (over "SỞ …" in a department's letter), and a Party letter's "ĐẢNG BỘ TỈNH X" (over
 * "ĐẢNG ỦY …" or beside "ĐẢNG CỘNG SẢN VIỆT NAM").
 */
const PROVINCE_HEADER =
  /(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND|ĐẢNG BỘ)\s+(TỈNH|THÀNH PHỐ)\s+(\p{Lu}+(?:\s+\p{Lu}+){0,3}?)(?=\s*(?:$|[-–—|*]|(?:CỘNG|SỐ|SỞ|ĐẢNG|THÔNG|KẾT|QUYẾT|CHỈ|CÔNG|KẾ|BÁO|VĂN)\s|[IVX]{1,4}[.)]\s))/u;

/**
 * A provincial Party committee's notice ("TỈNH ỦY NGHỆ AN", "THÀNH ỦY HÀ NỘI") and a People's Council's ("HỘI ĐỒNG NHÂN
 * DÂN TỈNH X"): their "UBND tỉnh", "HĐND tỉnh" and "Sở X" are that province's as well.
 */
const PARTY_COMMITTEE_HEADER = new RegExp(
  String.raw`(?<!\p{L})(?:(TỈNH|THÀNH) (?:ỦY|UỶ)(?: THÀNH PHỐ)?|(?:HỘI ĐỒNG NHÂN DÂN|HĐND) (TỈNH|THÀNH PHỐ))\s+(\p{Lu}+(?:\s+\p{Lu}+){0,3}?)(?=\s*(?:$|[-–—|*]|(?:CỘNG|SỐ|ĐẢNG|THÔNG|KẾT|NGHỊ|BAN|THƯỜNG|CHỈ|CÔNG|KẾ|BÁO|VĂN)\s))`,
  'u',
);

/**
 * A district's own letter ("UỶ BAN NHÂN DÂN" over "HUYỆN CAN LỘC"): its bodies go by their bare names ("Thanh tra
 * huyện", "Phòng Tài nguyên và Môi trường huyện") as a province's departments do.
 */
const DISTRICT_HEADER =
  /(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND)\s+(HUYỆN|QUẬN|THỊ XÃ)\s+(\p{Lu}+(?:\s+\p{Lu}+){0,3}?)(?=\s*(?:$|[-–—|*]|(?:CỘNG|SỐ|PHÒNG|THÔNG|KẾT|QUYẾT|CHỈ|CÔNG|KẾ|BÁO|VĂN)\s))/u;
function noticeDistrict(header: string): NoticeProvince | null {
  const m = DISTRICT_HEADER.exec(header);
  if (!m) return null;
  const place = m[2]!
    .split(' ')
    .map((w) => w[0] + w.slice(1).toLocaleLowerCase('vi-VN'))
    .join(' ');
  return { place, label: `${m[1]!.toLocaleLowerCase('vi-VN')} ${place}` };
}
const NATIONAL_NAME = /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/gu;
/**
 * The province whose body issued the notice, as its header says ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI" → "tỉnh Lào Cai"); null
 * for a central or a district's notice, or a header that names none. Whose departments its groups are (decision 076).
 */
export function noticeIssuerProvince(text: string): string | null {
  const province = noticeProvince(text);
  return province && /^(?:tỉnh|thành phố) /u.test(province.label) ? province.label : null;
}
function noticeProvince(text: string): NoticeProvince | null {
  const lines = headerLines(text);
  const upper = (l: string) => /\p{Lu}/u.test(l) && l === l.toLocaleUpperCase('vi-VN');
  // The issuer as one line, or as the left column of a two-column header ("ỦY BAN NHÂN DÂN     CỘNG HÒA…" over
  // "TỈNH LÀO CAI     Độc lập…", as a PDF's text reads), or a table's first cell.
  const head = lines
    .map((l) => l.trim())
    .filter(upper)
    .join(' ');
  // A web copy merges the columns with one space ("ỦY BAN NHÂN DÂN CỘNG HÒA …" over "TỈNH HẬU GIANG Độc Lập - Tự Do -
  // Hạnh Phúc"): the right column starts at the country's name or its motto.
  const left = lines.map(leftCell).filter(upper).join(' ');
  // A two-column header whose columns a web page ran together with one space ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ
  // NGHĨA VIỆT NAM" over "TỈNH HẬU GIANG Độc lập - Tự do - Hạnh phúc"): the upper-case words that open each line, the
  // national name (the right column's first line) left out.
  const leading = lines
    .slice(0, 6)
    .map((l) => {
      const words = l.trim().split(/\s+/u);
      const k = words.findIndex((w) => !upper(w) && !/^[-–—|*]+$/u.test(w));
      return (k < 0 ? words : words.slice(0, k)).join(' ');
    })
    .join(' ')
    .replace(NATIONAL_NAME, ' ');
  const m =
    PROVINCE_HEADER.exec(head.replace(/\s+/gu, ' ')) ??
    PROVINCE_HEADER.exec(left.replace(/\s+/gu, ' ')) ??
    PARTY_COMMITTEE_HEADER.exec(left.replace(/\s+/gu, ' ')) ??
    PROVINCE_HEADER.exec(leading.replace(/\s+/gu, ' '));
  if (!m) return noticeDistrict(head.replace(/\s+/gu, ' ')) ?? noticeDistrict(leading.replace(/\s+/gu, ' '));
  // PARTY_COMMITTEE_HEADER keeps its kind in the first or second group and its place in the third
  const [kind, placeWords] = m.length > 3 ? [m[1] ?? m[2], m[3]] : [m[1], m[2]];
  const place = placeWords!
    .split(' ')
    .map((w) => w[0] + w.slice(1).toLocaleLowerCase('vi-VN'))
    .join(' ');
  return { place, label: `${kind === 'TỈNH' ? 'tỉnh' : 'thành phố'} ${place}` };
}

/**
 * A province's letter or conclusion pasted without its header, as a portal publishes it: the province speaks in a
 * lead-in ("UBND tỉnh có ý kiến như sau:", "Phó Chủ tịch UBND tỉnh kết luận như sau:", "Chủ tịch UBND tỉnh có ý kiến
 * chỉ đạo như sau:") or its title says whose conclusion it is, and the province is named only elsewhere on the page: in the title ("Kết luận của Phó Chủ tịch UBND tỉnh X tại
 * …") or as the place alone on a line. When the page names exactly one province of the registry, the notice is that
 * province's; two named, or none speaking, and nothing is assumed.
 */
const PROVINCE_SPEAKS =
  /(?:ubnd|uy ban nhan dan) (?:tinh|thanh pho) (?:co y kien(?: chi dao)?|ket luan|chi dao|yeu cau)(?: nhu sau)?\s*:/u;
/**
 * The province's leader named with his name and other offices before he speaks, as a news page quotes a letter: "Đồng
 * chí Chủ tịch Ủy ban nhân dân tỉnh Bùi Văn Khánh, Trưởng Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh có ý kiến như
 * sau:". Read within one sentence (no ".", ":" or ";" between the title and the verb), so that a chairman named in one
 * sentence and a Deputy Prime Minister who speaks in the next are not joined.
 */
const PROVINCE_LEADER_SPEAKS =
  /(?:^|[^\p{L}])chu tich (?:ubnd|uy ban nhan dan) (?:tinh|thanh pho)(?: [^.:;\n]{1,160}?)? (?:co y kien(?: chi dao)?|ket luan|chi dao)(?: nhu sau)?\s*:/u;
/**
 * A portal's report of a province's letter: "Theo đó, Chủ tịch UBND tỉnh yêu cầu Sở Y tế, …": the province's chairman
 * (his province unnamed, so the page's own) gives the order. Not when he is himself asked ("đề nghị Chủ tịch UBND tỉnh
 * chỉ đạo …"); not the committee alone ("UBND tỉnh giao …" is also how a ministry's letter retells a province's acts).
 */
const PROVINCE_ORDERS =
  /(?<!(?:de nghi|yeu cau|giao|kinh gui|voi|cua|cho))(?:^|[^\p{L}])chu tich (?:ubnd|uy ban nhan dan) (?:tinh|thanh pho) (?:yeu cau|giao|chi dao)\s/u;
/** A provincial office's letter: "Văn phòng UBND tỉnh chuyển …", "Văn phòng UBND tỉnh thông báo để Sở X thực hiện". */
const OFFICE_SPEAKS =
  /(?:^|[^\p{L}])van phong (?:ubnd|uy ban nhan dan) (?:tinh|thanh pho) (?:thong bao|chuyen|truyen dat)(?![\p{L}])/u;
const PROVINCE_PREFIX = /^(?:ubnd|uy ban nhan dan) (tinh|thanh pho) /u;
/** A title that says the conclusion is a province's chairman's: "Kết luận của Phó Chủ tịch UBND tỉnh X tại …". */
const CHAIRMAN_TITLE =
  /^(?:thong bao )?(?:y kien )?(?:ket luan|y kien chi dao)(?: chi dao)? cua (?:dong chi )?(?:pho )?chu tich (?:ubnd|uy ban nhan dan) (?:tinh|thanh pho) /u;
function pastedProvince(text: string, registry: AgencyRef[], onDate: string): NoticeProvince | null {
  const folded = foldVi(text.normalize('NFC'));
  const title = folded
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .find(Boolean);
  const spoken = folded.replace(/[ \t]+/gu, ' ');
  if (
    !PROVINCE_SPEAKS.test(folded.replace(/\s+/gu, ' ')) &&
    !PROVINCE_LEADER_SPEAKS.test(spoken) &&
    !PROVINCE_ORDERS.test(spoken) &&
    !OFFICE_SPEAKS.test(spoken) &&
    !CHAIRMAN_TITLE.test(title?.replace(/\s+/gu, ' ') ?? '')
  )
    return null;
  const lines = new Set(folded.split(/\r?\n/u).map((l) => l.trim()));
  const named = new Map<string, NoticeProvince>();
  for (const a of registry) {
    if (a.kind !== 'province' || (a.validFrom && a.validFrom > onDate) || (a.validTo && a.validTo < onDate)) continue;
    const prefix = PROVINCE_PREFIX.exec(foldVi(a.name));
    if (!prefix) continue;
    const place = a.name.split(' ').slice(prefix[0].trim().split(' ').length).join(' ');
    const foldedPlace = foldVi(place);
    const inText = new RegExp(`${WORD_START}(?:tinh|thanh pho) ${foldedPlace}${WORD_END}`, 'u').test(folded);
    if (!inText && !lines.has(foldedPlace)) continue;
    named.set(foldedPlace, { place, label: `${prefix[1] === 'tinh' ? 'tỉnh' : 'thành phố'} ${place}`, fromPage: true });
  }
  if (named.size === 0) return soleDepartmentsProvince(registry, onDate);
  if (named.size === 1) return [...named.values()][0]!;
  // Several provinces named (a forwarded press report on a project of four provinces): the province speaking is the
  // one, alone among them, whose bodies the page names without their province ("Ban Quản lý dự án … tỉnh", "Sở Y tế").
  const own = [...named.entries()].filter(([foldedPlace]) =>
    registry.some((a) => {
      if (a.kind === 'province' || (a.validFrom && a.validFrom > onDate) || (a.validTo && a.validTo < onDate))
        return false;
      const name = foldVi(a.name);
      const m = DEPARTMENT_PLACE.exec(name);
      if (!m || m[2] !== foldedPlace) return false;
      const bare = name.slice(0, m.index);
      const spelled = /^(?:so|ban) /u.test(bare) ? `${bare}(?: ${m[1]})?` : `${bare} ${m[1]}`;
      return new RegExp(`${WORD_START}${spelled}(?! (?:tinh|thanh pho) )${WORD_END}`, 'u').test(spoken);
    }),
  );
  return own.length === 1 ? own[0]![1] : null;
}

/**
 * A header-less provincial letter that names no province ("Phó Chủ tịch UBND tỉnh có ý kiến như sau: Giao Sở Nội vụ
 * …"): when the registry holds the departments of one province only (a province's own list), they are that province's.
 */
const DEPARTMENT_PLACE = / (tinh|thanh pho) ([^,;]+)$/u;
function soleDepartmentsProvince(registry: AgencyRef[], onDate: string): NoticeProvince | null {
  const places = new Map<string, NoticeProvince>();
  for (const a of registry) {
    if (
      a.kind !== 'provincial_department' ||
      (a.validFrom && a.validFrom > onDate) ||
      (a.validTo && a.validTo < onDate)
    )
      continue;
    const m = DEPARTMENT_PLACE.exec(foldVi(a.name));
    if (!m) continue;
    const place = a.name.split(' ').slice(-m[2]!.split(' ').length).join(' ');
    const label = `${m[1] === 'tinh' ? 'tỉnh' : 'thành phố'} ${place}`;
    places.set(`${m[1]} ${m[2]}`, { place, label, fromPage: true, fromRegistry: true });
  }
  return places.size === 1 ? [...places.values()][0]! : null;
}

/**
 * The ministry whose own notice it is, by its header ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" as a line, or as the left column
 * of a two-column header): its units are named without it ("Vụ Pháp chế", "Văn phòng Bộ").
 */
/** The header's first twelve lines with text: a blank line a PDF's text puts after every line holds no cell. */
/**
 * A header line's left column (the issuer's): before two spaces or a table's bar, or where the right column's national
 * name or motto starts, since a PDF's text layer and a web copy run the columns together with one space ("BỘ NÔNG
 * NGHIỆP VÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over "MÔI TRƯỜNG Độc lập - Tự do - Hạnh phúc").
 */
const leftCell = (line: string) =>
  line.trim().split(/\s{2,}|\s*\|\s*|\s+(?=CỘNG H(?:ÒA|OÀ)\s|Độc\s+[Ll]ập\s*[-–])/u)[0] ?? '';
const headerLines = (text: string) =>
  text
    .normalize('NFC')
    .split(/\r\n?|\n/u)
    .filter((l) => l.trim() !== '')
    .slice(0, 12);
function noticeMinistry(text: string, registry: AgencyRef[]): string | null {
  const lines = headerLines(text);
  const firstCells = lines.map(leftCell);
  // a name the header wraps over two lines ("BỘ NÔNG NGHIỆP VÀ" / "MÔI TRƯỜNG") is read joined as well
  const cells = firstCells.flatMap((l, i) =>
    /^BỘ\s/u.test(l)
      ? [l, ...(/^\p{Lu}[\p{Lu}\s,]*$/u.test(firstCells[i + 1] ?? '') ? [`${l} ${firstCells[i + 1]}`] : [])]
      : [],
  );
  for (const cell of cells.reverse()) {
    const folded = foldVi(cell).replace(/\s+/gu, ' ').trim();
    const ministry = registry.find((a) => a.kind === 'ministry' && `${folded} `.startsWith(`${foldVi(a.name)} `));
    if (ministry) return ministry.name;
  }
  return null;
}
/**
 * The province the caller says sent the notice (`province`, else the place an `issuer` name ends with: "Ủy ban nhân dân
 * tỉnh Đồng Tháp", "Văn phòng UBND thành phố Đà Nẵng"), as the registry names it; a district issuer ("Ủy ban nhân dân
 * huyện Nam Đông") is the district, whose bodies its letters name bare. Used when the text names none.
 */
const ISSUER_PLACE = /(?:^|\s)(tinh|thanh pho|tp\.?)\s+([^,;()]+?)\s*$/u;
const ISSUER_DISTRICT = /(?:^|\s)(huyện|quận|thị xã)\s+([^,;()]+?)\s*$/iu;
function hintedProvince(options: Options, registry: AgencyRef[]): NoticeProvince | null {
  // a district's own letter ("Ủy ban nhân dân huyện Nam Đông"): its bodies go by their bare names, as noticeDistrict reads
  const district = ISSUER_DISTRICT.exec((options.issuer ?? '').replace(/\([^()]*\)/gu, ' ').trim());
  if (district) {
    const place = district[2]!.replace(/\s+/gu, ' ');
    return { place, label: `${district[1]!.toLocaleLowerCase('vi-VN')} ${place}`, fromHint: true };
  }
  const issuer = foldVi(options.issuer ?? '')
    .replace(/\([^()]*\)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  // "Thành phố Hà Nội", "tỉnh Khánh Hòa": the place said with its kind word is the place
  const said = options.province?.trim()
    ? foldVi(options.province)
        .replace(/\s+/gu, ' ')
        .trim()
        .replace(/^(?:tinh|thanh pho|tp\.?)\s+/u, '')
    : null;
  const place = said ?? ISSUER_PLACE.exec(issuer)?.[2] ?? null;
  if (!place) return null;
  for (const a of registry) {
    if (
      a.kind !== 'province' ||
      (a.validFrom && a.validFrom > options.onDate) ||
      (a.validTo && a.validTo < options.onDate)
    )
      continue;
    const prefix = PROVINCE_PREFIX.exec(foldVi(a.name));
    if (!prefix || foldVi(a.name).slice(prefix[0].length) !== place) continue;
    const name = a.name.split(' ').slice(prefix[0].trim().split(' ').length).join(' ');
    return { place: name, label: `${prefix[1] === 'tinh' ? 'tỉnh' : 'thành phố'} ${name}`, fromHint: true };
  }
  return null;
}

const matchOptions = (options: ReadOptions) => ({ province: options.province?.place, ministry: options.ministry });

/**
 * "7. Đẩy mạnh thông tin truyền thông" then, on the next line, "Bộ Thông tin và Truyền thông phối hợp với …": a short
 * title that ends no sentence, names no order and no body, is no part of the sentence below it, whose subject opens
 * its line. Not a line wrapped inside a sentence: one ending with a word that asks for more ("với", "và", "giao", …),
 * or a name the line break splits.
 */
const TITLE_OPENS_NO_SENTENCE =
  /(?:^|\s)(?:voi|va|cua|cho|giao|nghi|cau|dao|cac|tai|de|la|theo|thuoc|ve|gom|tri|hop|cung|nhu|hoac|den|tu|tren|trong|doi|bang|do|boi|ngay|nam|thang|ubnd|dan|tinh|bo|so|nhung|mot)$/u;
const TITLE_WITH_ORDER = /(?<![\p{L}])(?:giao|yeu cau|de nghi|chu tri|phoi hop)(?![\p{L}])/u;
function titleEnd(draft: Draft, text: string, matches: AgencyMatch[]): number | null {
  if (draft.parts.length < 2) return null;
  const title = cleanText(draft.parts[0]!);
  const folded = foldVi(title);
  if (title.length > 60 || /[.;:,!?]$/u.test(title) || !/^\p{Lu}/u.test(draft.parts[1]!.trim())) return null;
  if (TITLE_OPENS_NO_SENTENCE.test(folded) || TITLE_WITH_ORDER.test(folded) || !text.startsWith(`${title} `))
    return null;
  const at = title.length;
  return matches.some((m) => m.start <= at) ? null : at;
}

/**
 * "a) … khẩn trương tổ chức thực hiện. Các sở quản lý chuyên ngành định kỳ tổng hợp báo cáo … như sau:" then "- Báo cáo
 * 6 tháng: …": the last sentence of an item with sub-items, when it ends with ":" and has a subject of its own, is the
 * lead-in of the sub-items. Its subject does their work, not the item's. The offset where it starts, if there is one.
 */
const SENTENCE_START = /[.!?]\s+(?=\p{Lu})/gu;
function bulletLeadInStart(text: string): number | null {
  if (!/:\s*$/u.test(text)) return null;
  const last = allMatches(text, SENTENCE_START).at(-1);
  return last ? last.index + last[0].length : null;
}

/** The reader of `r.text` from `from` to `to` (offsets from `from`). */
function subReader(r: RoleReader, from: number, to: number): RoleReader {
  const text = r.text.slice(from, to);
  const matches = r.matches
    .filter((a) => a.start >= from && a.end <= to)
    .map((a) => ({ ...a, start: a.start - from, end: a.end - from }));
  return { text, ...foldForMatching(text), matches };
}

const NOT_READ_NOTE = 'Không tự phân tích được mục này: cần nhập tay.';

/**
 * A web copy glues a word to the capital that opens the next ("phối hợp vớiBộ Xây dựng", "giaoBộ Nội vụ", "lấy ý
 * kiếnBộ Tư pháp"): no Vietnamese word has a capital after a small letter, so the item is read with a space there and
 * the cue before a name ends as a word. The item's text is still shown as pasted.
 */
const GLUED_CAPITAL = /(\p{Ll})(?=\p{Lu})/gu;
const unglued = (text: string) => text.replace(GLUED_CAPITAL, '$1 ');

/** Longer than any item of a real notice (the corpus's longest is about 1,100 characters): not read for its roles. */
const MAX_ITEM_CHARS = 10_000;

/**
 * More items than any real notice has (the corpus's largest has 64): the ones after are not read for their roles. Each
 * item is read in tens of microseconds whatever its length, so 200,000 characters of "a.\n" lines (66,000 items) held the
 * server for seconds (attacker pass 29).
 */
const MAX_ITEMS = 1_000;

function readItem(draft: Draft, registry: AgencyRef[], options: ReadOptions, hasSubItems = false): ProposedDirective {
  const blank = blankProposal(draft);
  // Reading a text's roles takes time that grows faster than its length: one "item" of 200,000 characters is no item.
  if (blank.text.length > MAX_ITEM_CHARS) return { ...blank, notes: [NOT_READ_NOTE] };
  // A name glued to the next word ("Bộ Y tếchủ trì"): the space is put back, so the verb after it reads as a word.
  const ungluedText = unglued(blank.text);
  const firstFound = findAgencies(ungluedText, registry, options.onDate, matchOptions(options));
  const runOn = firstFound.filter((m) => /\p{L}/u.test(ungluedText[m.end] ?? ''));
  const shown = runOn.reduceRight((t, m) => `${t.slice(0, m.end)} ${t.slice(m.end)}`, ungluedText);
  const found = runOn.length === 0 ? firstFound : findAgencies(shown, registry, options.onDate, matchOptions(options));
  const runOnNotes = runOn.map((m) => {
    const word = /^\p{L}+(?:\s+\p{L}+)?/u.exec(ungluedText.slice(m.end))?.[0] ?? '';
    const name = ungluedText.slice(m.start, m.end);
    return `"${name}${word}" viết dính chữ, đọc là "${name} ${word}".`;
  });
  // A title line before the item's first sentence ends as a sentence would: the subject below it opens a clause.
  const titled = titleEnd(draft, shown, found);
  const text = titled === null ? shown : `${shown.slice(0, titled)}.${shown.slice(titled + 1)}`;
  const matches = found;
  const folding = foldForMatching(text);
  const named = collectiveMatches({ text, ...folding, matches }, options.collectives);
  const shortNamed = shortNameMatches({ text, ...folding, matches }, options.shortNames);
  const read0 = withoutLegalBasis({
    text,
    ...folding,
    matches:
      named.length + shortNamed.length
        ? [...matches, ...named, ...shortNamed].sort((a, b) => a.start - b.start)
        : matches,
  });
  const basisNotes = read0.notes;
  let reader = withoutHelped(read0.reader);
  const leadInAt = hasSubItems ? bulletLeadInStart(text) : null;
  const leadInSubjects =
    leadInAt === null ? [] : subjectList(subReader(reader, leadInAt, text.length), new Set(), true);
  if (leadInAt !== null && leadInSubjects.length > 0) {
    // the item's own work is what it says before the lead-in of its sub-items
    options.bulletLeadIns.set(draft, { leads: ids(leadInSubjects), said: text.slice(leadInAt) });
    reader = subReader(reader, 0, leadInAt);
  }
  let roles = readRoles(reader);
  // "Bộ Nông nghiệp và Môi trường gửi các thủ tục … để tham khảo" in that ministry's own letter: what it sends or does
  // for the addressees, not a task it is given; only a verb of work ("Bộ X hướng dẫn …", "Bộ X chủ trì …") makes one.
  const issuer = options.ministry ? registry.find((a) => a.name === options.ministry) : undefined;
  const issuerSubject = issuer ? reader.matches.find((m) => m.proposed.id === issuer.id) : undefined;
  const issuerOnly =
    issuerSubject !== undefined &&
    roles.leadAgencyIds.length === 1 &&
    roles.leadAgencyIds[0] === issuer!.id &&
    cuesOf(reader, LEAD_CUE).length === 0 &&
    !ACTION_AFTER.test(gap(reader, issuerSubject.end, issuerSubject.end + 60));
  if (issuerOnly) roles = { ...roles, leadAgencyIds: [] };
  // "Văn phòng UBND tỉnh chuyển nội dung … đến X để nghiên cứu, xử lý": X is given the work, not the office.
  const forwardedWork = forwardedForWork(reader);
  if (forwardedWork.length > 0) roles = { ...roles, leadAgencyIds: ids(forwardedWork) };
  // Bodies that open a later sentence with their own order: "… trước ngày 30/6. Ủy ban nhân dân các tỉnh: A, B hoàn
  // thành bàn giao mặt bằng …".
  const firstLead = reader.matches.find((m) => roles.leadAgencyIds.includes(m.proposed.id));
  const later = firstLead
    ? laterSubjects(reader, firstLead.end, new Set([...roles.coordinatorAgencyIds, roles.monitorAgencyId ?? 0])).filter(
        (m) => !roles.leadAgencyIds.includes(m.proposed.id),
      )
    : [];
  if (later.length > 0) roles = { ...roles, leadAgencyIds: [...roles.leadAgencyIds, ...ids(later)] };
  const attributed = roles.leadAgencyIds.length === 0 ? attributedAtEnd(reader) : [];
  if (attributed.length > 0) roles = { ...roles, leadAgencyIds: ids(attributed) };
  const approved = roles.leadAgencyIds.length === 0 ? approvedActor(reader) : [];
  if (approved.length > 0) roles = { ...roles, leadAgencyIds: ids(approved) };
  const agent = roles.leadAgencyIds.length === 0 ? agentAfterDo(reader) : [];
  if (agent.length > 0) roles = { ...roles, leadAgencyIds: ids(agent) };
  const conjoined = roles.leadAgencyIds.length === 0 ? conjoinedOrder(reader) : [];
  if (conjoined.length > 0) roles = { ...roles, leadAgencyIds: ids(conjoined) };
  // A forwarded text: its sender, read as a sentence's subject, gives way to the body it goes to.
  const senders = reader.matches.filter(
    (m) => roles.leadAgencyIds.includes(m.proposed.id) && SENDS_AFTER.test(gap(reader, m.end, m.end + 30)),
  );
  const onlySenders =
    roles.leadAgencyIds.length === 0 || roles.leadAgencyIds.every((id) => senders.some((m) => m.proposed.id === id));
  const forwarded = onlySenders ? forwardedTo(reader) : [];
  if (forwarded.length > 0)
    roles = {
      ...roles,
      leadAgencyIds: ids(forwarded),
      coordinatorAgencyIds: roles.coordinatorAgencyIds.filter((id) => !ids(forwarded).includes(id)),
    };
  const listed = enumeratedLeads(reader);
  if (listed.name && listed.members.length > 1) options.collectives.set(listed.name, listed.members);
  if (roles.leadAgencyIds.length === 0 && listed.members.length > 0)
    roles = { ...roles, leadAgencyIds: ids(listed.members) };
  const marked = markedLead(reader);
  if (marked) {
    const leadIds = ids(marked.leads);
    const partnerIds = ids(marked.partners).filter((id) => !leadIds.includes(id));
    // the bodies told in other sentences keep their own lead
    const others = roles.leadAgencyIds.filter((id) => !leadIds.includes(id) && !partnerIds.includes(id));
    roles = {
      ...roles,
      leadAgencyIds: [...leadIds, ...others],
      coordinatorAgencyIds: [...new Set([...roles.coordinatorAgencyIds, ...partnerIds])].filter(
        (id) => !leadIds.includes(id),
      ),
    };
  }
  const read = readGroups(reader, options.province !== null);
  // In a province's notice "các địa phương" are its communes and wards, not the provinces.
  const groups = options.province
    ? [...new Set(read.groups.map((g) => (g === 'provinces' ? 'localities' : g)))]
    : read.groups;
  const groupNotes = read.notes;
  // In a section of findings an item is told unless it gives an order ("… cần rút kinh nghiệm").
  let root = draft;
  while (root.parent) root = root.parent;
  const findings = root.findings ?? null;
  // "Đồng ý chủ trương đầu tư dự án. Ủy ban nhân dân tỉnh X hoàn thiện thủ tục …": what was approved is then given
  // to a body, in a sentence that opens with it and a verb.
  const taskAfterApproval =
    ACKNOWLEDGEMENT.test(reader.folded) && laterSubjects(reader, 0, new Set(roles.coordinatorAgencyIds)).length > 0;
  const evaluationOnly = findings ? !ORDER.test(reader.folded) : isEvaluationOnly(reader.folded) && !taskAfterApproval;
  const isAssessment =
    (roles.leadAgencyIds.length + roles.coordinatorAgencyIds.length + groups.length === 0 ||
      findings !== null ||
      ACKNOWLEDGEMENT.test(reader.folded) ||
      NOTE_OPENER.test(reader.folded)) &&
    evaluationOnly &&
    approved.length === 0;
  if (isAssessment) roles = { leadAgencyIds: [], coordinatorAgencyIds: [], monitorAgencyId: null };
  // "Thủ tướng Chính phủ đã giao Bộ X tại …; đề nghị Bộ Y …": the body of the earlier assignment, passed over
  const passedOver = [
    ...new Set(
      (pastLeads.get(reader) ?? [])
        .filter((id) => !roles.leadAgencyIds.includes(id))
        .map((id) => `"${reader.matches.find((m) => m.proposed.id === id)!.proposed.name}"`),
    ),
  ];
  // "Chủ tịch Ủy ban nhân dân tỉnh X", "đồng chí Bộ trưởng Bộ X": the head stands for the body.
  const headNotes = reader.matches
    .filter((m) => roles.leadAgencyIds.includes(m.proposed.id))
    .filter((m) => HEAD_BEFORE.test(foldVi(text.slice(Math.max(0, m.start - 40), m.start))))
    .map((m) => `"${text.slice(m.start, m.end)}" được giao qua người đứng đầu: đề xuất giao cơ quan.`);
  const deadline = isAssessment
    ? null
    : parseDeadline(text, {
        onDate: options.noticeDate,
        periodsEndAfter: options.noticeDate,
        standingIsRecurring: false,
        effectiveDates: options.effectiveDates,
      });
  const direction = draft.letterBody ? text.slice(leadInEnd(draft, text)) : text;
  const cites = draft.letterBody ? requestCites(direction) : { cites: citedDocuments(text), background: [] };
  // "P.L - Nguồn CV số: 1132/UBND-KTN", "Số: 1132/UBND-KTN": the notice's own number is no document it cites.
  const own = cites.cites.filter((c) => options.ownNumbers.has(numberKey(c)));
  if (own.length > 0) cites.cites = cites.cites.filter((c) => !own.includes(c));
  const source = readSourceDocument(direction);
  const sourceNumber = source?.replace(/^.*\ssố\s/u, '') ?? null;
  const sourceIsOwn = sourceNumber !== null && options.ownNumbers.has(numberKey(sourceNumber));
  if (sourceIsOwn && !own.includes(sourceNumber)) own.push(sourceNumber);
  const agencyNotes = [...runOnNotes, ...matches.flatMap((m) => (m.note ? [m.note] : []))];
  const dateNotes = isAssessment ? [] : deadlineNotes(text, deadline, options.noticeDate, options.noticeDate);
  const provinceNotes = options.province
    ? [
        options.province.fromRegistry
          ? `Văn bản dán không có phần đầu và không nêu tên địa phương; danh mục cơ quan chỉ có các sở của ${options.province.label}: tên sở không kèm địa danh được hiểu là sở của ${options.province.label}.`
          : options.province.fromHint
            ? `Văn bản không nêu tên địa phương; theo thông tin văn bản, nơi ban hành là ${options.province.label}: tên sở không kèm địa danh được hiểu là sở của ${options.province.label}.`
            : options.province.fromPage
              ? `Văn bản dán không có phần đầu; nơi ban hành được hiểu là ${options.province.label}, địa phương duy nhất được nêu tên trong văn bản: tên sở không kèm địa danh được hiểu là sở của ${options.province.label}.`
              : `Thông báo của ${options.province.label}: tên sở không kèm địa danh được hiểu là sở của ${options.province.label}.`,
      ]
    : [];
  return {
    ...blank,
    ...readAreas(reader.folded),
    isAssessment,
    ...roles,
    groups: isAssessment ? [] : groups,
    deadline,
    sourceDocument: sourceIsOwn ? null : source,
    citedDocuments: cites.cites,
    unmatchedAgencyNames: unmatchedNames(text, matches, options.province),
    notes: [
      ...new Set([
        ...agencyNotes,
        ...basisNotes,
        ...(issuerOnly
          ? [`${issuer!.name} là cơ quan gửi văn bản: câu nói việc Bộ làm cho nơi nhận, không phải việc được giao.`]
          : []),
        ...headNotes,
        ...(passedOver.length > 0 && !isAssessment
          ? [
              `${passedOver.join(', ')} được nêu là cơ quan đã được giao việc trong văn bản trước (phần dẫn lại): không đề xuất là cơ quan chủ trì của mục này.`,
            ]
          : []),
        ...own.map((c) => `${c} là số của chính văn bản này: không phải văn bản được dẫn.`),
        ...(later.length > 0 && !isAssessment
          ? [
              `${[...new Set(later.map((m) => `"${text.slice(m.start, m.end)}"`))].join(', ')} mở một câu sau với việc của mình: cũng là cơ quan chủ trì.`,
            ]
          : []),
        ...(forwarded.length > 0
          ? [
              `Nội dung được chuyển đến "${text.slice(forwarded[0]!.start, forwarded.at(-1)!.end)}" để xem xét, xử lý: là cơ quan thực hiện.`,
            ]
          : []),
        ...(approved.length > 0
          ? [`Đồng ý cho "${text.slice(approved[0]!.start, approved.at(-1)!.end)}" thực hiện: là việc của cơ quan này.`]
          : []),
        ...(conjoined.length > 0
          ? [
              `"${text.slice(conjoined[0]!.start, conjoined.at(-1)!.end)}" được giao việc trong vế nối bằng "và"/"đồng thời": là cơ quan chủ trì.`,
            ]
          : []),
        ...(forwarded.length > 0
          ? [
              `Văn bản được chuyển đến "${text.slice(forwarded[0]!.start, forwarded.at(-1)!.end)}" để xử lý: là cơ quan chủ trì${senders.length > 0 ? `; "${text.slice(senders[0]!.start, senders[0]!.end)}" là cơ quan chuyển văn bản` : ''}.`,
            ]
          : []),
        ...(attributed.length > 0
          ? [
              `"${text.slice(attributed[0]!.start, attributed.at(-1)!.end)}" ghi sau dấu gạch hoặc trong ngoặc cuối dòng: là cơ quan thực hiện.`,
            ]
          : []),
        ...groupNotes,
        ...(roles.monitorAgencyId !== null && !hasMonitorChain(reader.folded)
          ? [
              `"${reader.matches.find((m) => m.proposed.id === roles.monitorAgencyId)?.proposed.name ?? ''}" theo dõi, kiểm tra hoặc giám sát việc thực hiện việc đã giao: đề xuất là cơ quan theo dõi.`,
            ]
          : []),
        ...(shortNamed.length
          ? [
              `"${text.slice(shortNamed[0]!.start, shortNamed[0]!.end)}" là tên viết tắt văn bản đặt trong ngoặc cho ${shortNamed[0]!.proposed.name}.`,
            ]
          : []),
        ...(named.length
          ? [
              `"${text.slice(named[0]!.start, named[0]!.end)}" là các cơ quan đã liệt kê trước đó: ${[...new Set(named.map((m) => m.proposed.name))].join(', ')}.`,
            ]
          : []),
        ...dateNotes,
        ...(cites.background.length > 0
          ? [
              `${cites.background.join(', ')} chỉ được nêu ở đoạn dẫn trước câu đề nghị: không đề xuất là văn bản việc này dẫn chiếu.`,
            ]
          : []),
        ...(isAssessment && findings ? [`Thuộc phần "${findings}": nêu kết quả, không giao việc.`] : []),
        ...(isAssessment && NOTE_OPENER.test(reader.folded)
          ? ['Mục "Lưu ý"/"Ghi chú" chỉ giải thích nội dung đã giao, không có việc riêng.']
          : []),
        ...(isAssessment ? ['Mục đánh giá, ghi nhận hoặc chấp thuận: không đề xuất cơ quan chủ trì.'] : []),
        ...(matches.some((m) => m.agency.kind === 'provincial_department') ? provinceNotes : []),
      ]),
    ],
  };
}

/**
 * A sub-item that names no one ("a) Cải cách thể chế…", "- Chủ trì rà soát…") is done by whoever its
 * parent names; coordinators it names itself stay. It takes no deadline from its parent: a heading's date or
 * "khẩn trương" is tied to the heading's own deliverable (or only titles the section: "Khẩn trương phục hồi …"),
 * and each sub-item that has a deadline says so itself (a person adds one where the notice implies it).
 */
function inheritFromParent(item: ProposedDirective, parent: ProposedDirective): ProposedDirective {
  const namesNoOne = item.leadAgencyIds.length + item.groups.length === 0 && !item.isAssessment;
  if (
    namesNoOne &&
    parent.leadAgencyIds.length + parent.groups.length === 0 &&
    parent.unmatchedAgencyNames.length > 0
  ) {
    // "1. Sở Công Thương" missing from the registry: its tasks go to the same name, for a person to add.
    item = {
      ...item,
      unmatchedAgencyNames: [...new Set([...parent.unmatchedAgencyNames, ...item.unmatchedAgencyNames])],
      notes: [
        ...item.notes,
        `Cơ quan của mục ${parent.ordinal} chưa có trong danh mục: ${parent.unmatchedAgencyNames.join(', ')}.`,
      ],
    };
  }
  // "b) Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện" names its body, the monitor: it takes no lead
  const takeAgencies =
    item.leadAgencyIds.length + item.groups.length === 0 &&
    item.monitorAgencyId === null &&
    parent.leadAgencyIds.length + parent.groups.length > 0;
  if (item.isAssessment || !takeAgencies) return item;
  // "4. Văn phòng UBND tỉnh / a) Theo dõi, kiểm tra, đôn đốc … các nhiệm vụ được giao tại Chỉ thị này": the body of
  // the heading only watches the work the document gives, as "Văn phòng UBND tỉnh theo dõi, đôn đốc …" says.
  if (parent.leadAgencyIds.length === 1 && watchesTheWork(` ${foldVi(item.text)}`)) {
    return {
      ...item,
      monitorAgencyId: parent.leadAgencyIds[0]!,
      notes: [
        ...item.notes,
        `Cơ quan của mục ${parent.ordinal} theo dõi, đôn đốc việc thực hiện: đề xuất là cơ quan theo dõi.`,
      ],
    };
  }
  const { leadAgencyIds, groups, monitorAgencyId } = parent;
  const coordinatorAgencyIds = (
    item.coordinatorAgencyIds.length > 0 ? item.coordinatorAgencyIds : parent.coordinatorAgencyIds
  ).filter((id) => !leadAgencyIds.includes(id));
  return {
    ...item,
    leadAgencyIds,
    coordinatorAgencyIds,
    groups,
    monitorAgencyId: item.monitorAgencyId ?? monitorAgencyId,
    notes: [...item.notes, `Lấy cơ quan được giao của mục ${parent.ordinal}.`],
  };
}

/**
 * An item that names its own addressee without naming a body or a group: "Các cơ quan, đơn vị, doanh nghiệp được
 * giao quản lý tài sản …", "Đối với các Bộ quản lý chuyên ngành", "…, nếu phát sinh khó khăn, các cơ quan, đơn vị,
 * địa phương kịp thời …".
 */
const OWN_ADDRESSEE =
  /(?:^|[.;:,]\s*)(?:(?:giao|yeu cau|de nghi|doi voi)\s+)?(?:(?:thu truong|nguoi dung dau)\s+)?cac\s+(?:co quan|don vi|to chuc|doanh nghiep|chu dau tu|chu so huu|bo|so|nganh|dia phuong)(?![\p{L}])/u;
/** "Kịp thời báo cáo khó khăn, vướng mắc (nếu có)": a task done when the need arises has no deadline to take. */
const AS_NEEDED = /\(\s*neu co\s*\)|neu (?:co|phat sinh) (?:kho khan|vuong mac)|khi (?:co )?phat sinh/u;

/** `fromBlock`: the lead-in only said "các cơ quan, đơn vị", and the addressees are those of the "Kính gửi" block. */
type IntroAddressees = {
  leads: number[];
  groups: GroupAddressee[];
  urgent: ParsedDeadline;
  fromBlock?: true;
  /** "Giao Bộ X chủ trì, phối hợp với Bộ Y:": the partners the lead-in names for every item under it. */
  coordinators?: number[];
};

/** "… đề nghị các cơ quan, đơn vị, địa phương:", "… đề nghị Quý cơ quan:": the letter's addressees, not named again. */
const GENERIC_ADDRESSEE =
  /(?:de nghi|yeu cau)\s+(?:quy\s+(?:co quan|don vi)|cac\s+(?:co quan|don vi)(?:,?\s+(?:va\s+)?(?:co quan|don vi|dia phuong|to chuc))*)(?![\p{L}])/u;

/**
 * The bodies and groups a letter's "Kính gửi" block lists ("Kính gửi: - Các sở, ban, ngành cấp tỉnh; - Ủy ban nhân
 * dân các xã, phường."), read as one list.
 */
function addresseeBlock(text: string, registry: AgencyRef[], options: ReadOptions): IntroAddressees | null {
  const lines = noticeLines(text);
  const at = lines.findIndex((l) => KINH_GUI.test(foldVi(l)));
  if (at < 0) return null;
  const block = [lines[at]!.replace(/^[|*\s]*\S+\s+\S+\s*:?/u, '')];
  for (let i = at + 1; i < lines.length && BULLET_LINE.test(lines[i]!); i++)
    block.push(lines[i]!.replace(BULLET_LINE, '$1'));
  const said = block
    .map((l) => l.trim().replace(/[.;,]$/u, ''))
    .filter(Boolean)
    .join('; ');
  const matches = findAgencies(said, registry, options.onDate, matchOptions(options));
  const reader = { text: said, ...foldForMatching(said), matches };
  const read = readGroups(reader, options.province !== null).groups;
  const groups = options.province ? [...new Set(read.map((g) => (g === 'provinces' ? 'localities' : g)))] : read;
  const leads = ids(matches);
  return leads.length + groups.length > 0 ? { leads, groups, urgent: null, fromBlock: true } : null;
}

/**
 * Who a lead-in ("Tỉnh X cần … thực hiện một số nội dung sau:", "… Bộ X đề nghị Ủy ban nhân dân các tỉnh, thành phố
 * khẩn trương thực hiện các nhiệm vụ sau:") hands its items to, and its urgency word.
 */
function readIntroAddressees(
  intro: string,
  registry: AgencyRef[],
  options: ReadOptions,
  block: () => IntroAddressees | null,
  place: () => number | null = () => null,
): IntroAddressees {
  const matches = findAgencies(intro, registry, options.onDate, matchOptions(options));
  const reader = { text: intro, ...foldForMatching(intro), matches };
  const subjects = subjectList(reader, new Set(), true);
  // "Chủ tịch UBND tỉnh chỉ đạo các sở, ban, ngành … như sau:": who directs the groups named after it asks, and is
  // not told.
  const directs =
    subjects.length > 0 &&
    /^\s*(?:(?:vua|da) )?(?:chi dao|chi thi)\s/u.test(gap(reader, subjects.at(-1)!.end, subjects.at(-1)!.end + 20));
  // "UBND thành phố chỉ đạo Sở Công Thương …:": who directs asks; the bodies it names after the verb are told.
  // (not its partners: "chỉ đạo Sở A phối hợp với Sở B …:")
  const after = directs ? subjects.at(-1)!.end : 0;
  const from = directs
    ? Math.max(
        0,
        reader.at.findIndex((x) => x >= after),
      )
    : 0;
  const cue = directs ? reader.folded.slice(from).search(COORDINATE_CUE) : -1;
  const partnersFrom = cue < 0 ? Infinity : reader.at[from + cue]!;
  const directed = directs ? reader.matches.filter((m) => m.start >= after && m.start < partnersFrom) : [];
  let leads =
    directed.length > 0
      ? ids(directed)
      : directs && readGroups(reader, options.province !== null).groups.length > 0
        ? []
        : ids(subjects);
  // "…, Th tướng Chính Phủ NguyễnTấn Dũng yêu cầu Bộ Nội vụ:" (a web copy's lost letters hide who asks): the bodies
  // named between the last order verb and the colon are told, whoever asked.
  const askedAtEnd = leads.length === 0 ? BODY_ASKED_AT_END.exec(reader.folded) : null;
  if (askedAtEnd) leads = ids(matches.filter((m) => m.start >= reader.at[askedAtEnd.index]!));
  // "Giao Bộ Y tế (chủ trì), Bộ Kế hoạch và Đầu tư, Bộ Tài chính:": the marked body leads, the others of its list are
  // its partners
  const marked = markedLead(reader);
  if (marked && marked.leads.length > 0) leads = ids(marked.leads);
  const coordinators = CHU_TRI.test(foldVi(intro))
    ? [...new Set([...readRoles(reader).coordinatorAgencyIds, ...ids(marked?.partners ?? [])])].filter(
        (id) => !leads.includes(id),
      )
    : [];
  const read = readGroups(reader, options.province !== null).groups;
  const groups = options.province ? [...new Set(read.map((g) => (g === 'provinces' ? 'localities' : g)))] : read;
  const deadline = parseDeadline(intro, {
    onDate: options.noticeDate,
    periodsEndAfter: options.noticeDate,
    standingIsRecurring: false,
  });
  const urgent = deadline?.kind === 'urgent' ? deadline : null;
  const listed = leads.length + groups.length === 0 && GENERIC_ADDRESSEE.test(foldVi(intro)) ? block() : null;
  if (listed) return { ...listed, urgent };
  // "Tỉnh cần tập trung thực hiện tốt các nhiệm vụ sau:": the province the notice is about, named alone.
  const placeId = leads.length + groups.length === 0 && BARE_PLACE_SUBJECT.test(intro) ? place() : null;
  return { leads: placeId === null ? leads : [placeId], groups, urgent, coordinators };
}
const CHU_TRI = /\bchu tri\b/u;
/** "I. TINH THẦN CHỈ ĐẠO HÀNH ĐỘNG" read as an item (a scan lost its numeral's dot): a section's title, no task. */
const isUpperCaseTitle = (text: string) =>
  /\p{Lu}{2}/u.test(text) && text === text.toLocaleUpperCase('vi-VN') && !/[.;!?]$/u.test(text);

/**
 * A task under a lead-in that names no one ("Rà soát …", "Tỉnh chủ động …") is done by whom the lead-in names
 * (not a heading, whose sub-items carry the work, nor an item that names its own addressees, even one the registry
 * lacks: "Đề nghị Tổng Liên đoàn Lao động Việt Nam …"); one with no
 * deadline of its own takes the lead-in's "khẩn trương", unless it is done as the need arises.
 */
/** A department's name with no place: "Sở Nông nghiệp và Môi trường" (one with its province is a body of its own). */
const BARE_DEPARTMENT = /^Sở\s(?!.*\s(?:tỉnh|thành phố|TP\.?)\s)/u;
/**
 * The names the registry lacks that may be the item's own subject: not one it only reports to, sends to or works with
 * ("… báo cáo Chính phủ để trình Ủy ban Thường vụ Quốc hội xem xét", "… gửi Hội đồng nhân dân tỉnh"). An unknown body
 * as subject keeps the item from the bodies a lead-in, a heading or the letter's addressees name; an object does not.
 */
const OBJECT_BEFORE =
  /(?:^|\s)(?:trinh|bao cao|cho|voi|cua|gui|ve|den|toi|tai|theo|viec|thong bao|xin y kien|y kien|de nghi cua|giua|tu)\s*$/u;
function ownUnmatchedNames(item: ProposedDirective): string[] {
  const text = unglued(item.text); // the names were read in the text with its glued words parted
  return item.unmatchedAgencyNames.filter((name) => {
    const at = text.indexOf(name);
    return at < 0 || !OBJECT_BEFORE.test(foldVi(text.slice(Math.max(0, at - 30), at)));
  });
}

function inheritFromIntro(item: ProposedDirective, intro: string, addressees: IntroAddressees, ownAddressee: boolean) {
  if (item.isAssessment || isUpperCaseTitle(item.text)) return item;
  const { leads, groups, urgent } = addressees;
  // A long lead-in is quoted by its end, where who is asked to do what stands.
  const said = cleanText(intro);
  const quoted = `"${said.length > 140 ? `…${said.slice(-140).replace(/^\S*\s/u, '')}` : said}"`;
  // "Bộ X theo dõi, đôn đốc việc thực hiện Chỉ thị này" names its body, the monitor: the lead-in's addressees are not it
  // "Chỉ đạo Sở Nông nghiệp và Môi trường kiểm kê …" in a ministry's letter to the provinces: a department named bare,
  // with no province, is each addressed province's, so it names no one but them
  const named = ownUnmatchedNames(item).filter((n) => !BARE_DEPARTMENT.test(n));
  const takeAgencies =
    item.leadAgencyIds.length + item.groups.length + named.length === 0 &&
    item.monitorAgencyId === null &&
    !ownAddressee &&
    leads.length + groups.length > 0;
  const takeUrgency = item.deadline === null && urgent !== null && !AS_NEEDED.test(foldVi(item.text));
  return {
    ...item,
    ...(takeAgencies
      ? {
          leadAgencyIds: leads,
          coordinatorAgencyIds: [...new Set([...(addressees.coordinators ?? []), ...item.coordinatorAgencyIds])].filter(
            (id) => !leads.includes(id),
          ),
          groups,
        }
      : {}),
    deadline: takeUrgency ? urgent : item.deadline,
    notes: [
      ...item.notes,
      ...(takeAgencies && addressees.fromBlock
        ? [`Câu dẫn ${quoted} đề nghị các nơi nhận: lấy cơ quan được giao từ phần "Kính gửi".`]
        : takeAgencies
          ? [`Lấy cơ quan được giao từ câu dẫn ${quoted}.`]
          : []),
      ...(takeUrgency ? [`Lấy thời hạn "${urgent.phrase}" từ câu dẫn ${quoted}.`] : []),
    ],
  };
}

/**
 * "Tỉnh cần …", "Thành phố chủ động …": the place used alone, as a sentence subject; also after "Giao", "Đề nghị",
 * "Yêu cầu" ("Đề nghị Tỉnh tập trung …") or an opening phrase and its comma ("Đối với dự án …, Tỉnh cần …"). So is its
 * People's Committee or chairman named with the capital word ("Ủy ban nhân dân Tỉnh chủ động …", "Chủ tịch UBND Tỉnh"),
 * as a Government Office letter to one province refers back to it.
 */
const BARE_PLACE_SUBJECT =
  /(?:^|[.;:]\s*)(?:(?:Giao|Đề nghị|Yêu cầu|giao|đề nghị|yêu cầu)\s+|(?:Đối với|Về|Trên cơ sở|Căn cứ|Trong)\s[^.;:]{0,120},\s+)?(?:(?:Chủ tịch\s+)?(?:(?:Ủy|Uỷ) ban nhân dân|UBND)\s+)?(?:Tỉnh|Thành phố)\s+(?!\p{Lu})/u;

/**
 * The province a notice is about, when its header or preamble names exactly one ("… buổi làm việc với
 * lãnh đạo tỉnh X … kết luận như sau:", or a provincial notice's own province): "Tỉnh" used alone in an
 * item refers back to it.
 */
function noticePlace(text: string, registry: AgencyRef[], options: ReadOptions): number | null {
  const places = provincesAbove(text, registry, options, true);
  return places.length === 1 ? places[0]! : null;
}

/** The provinces the header, addressee block or preamble names (with the notice's own, when `own`). */
function provincesAbove(text: string, registry: AgencyRef[], options: ReadOptions, own = false): number[] {
  const lines = noticeLines(text);
  const first = lines.findIndex(isItemLine);
  const preamble = [
    ...(own && options.province ? [`Ủy ban nhân dân ${options.province.label}`] : []),
    ...(first > 0 ? lines.slice(0, first) : []),
  ].join('\n');
  const found = findAgencies(preamble, registry, options.onDate, matchOptions(options));
  return ids(found.filter((m) => m.proposed.kind === 'province'));
}

/** "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên", "các địa phương nói trên": those named before the items. */
const PROVINCES_NAMED_ABOVE =
  /(?:(?:ubnd|uy ban nhan dan) )?cac (?:tinh(?:,? (?:va )?thanh pho)?|dia phuong) (?:neu|noi) tren(?![\p{L}])/u;

function referBackToNamedProvinces(item: ProposedDirective, above: () => number[], registry: AgencyRef[]) {
  if (!item.groups.includes('provinces') || !PROVINCES_NAMED_ABOVE.test(foldVi(item.text))) return item;
  const places = above(); // read once per notice, and only when an item needs it
  if (places.length === 0) return item;
  return giveToPlaces(
    item,
    places,
    'provinces',
    registry,
    (names) => `"Các tỉnh, thành phố nêu trên" là các địa phương nêu ở phần đầu văn bản: ${names}.`,
  );
}

/**
 * "Chủ tịch UBND các huyện nêu trên", "các xã nói trên" in a province's notice: the districts or communes named before
 * (in the preamble, an earlier item, or earlier in the item: "… làm việc với các huyện Bát Xát, Mường Khương"). Names
 * are found by their place ("Bát Xát") after the same kind word, or listed after it ("các huyện Bát Xát, Mường Khương").
 */
const LOCALITIES_NAMED_ABOVE =
  /(?:(?:ubnd|uy ban nhan dan) )?cac (huyen|xa|phuong|quan|thi xa|dia phuong)(?:,? (?:va )?(?:huyen|xa|phuong|quan|thi xa|thi tran|thanh pho))* (?:neu|noi) tren(?![\p{L}])/u;
const KIND_WORD = /^(?:ubnd|uy ban nhan dan) (huyen|xa|phuong|quan|thi xa|thi tran|dac khu) (.+)$/u;

function localitiesNamed(before: string, registry: AgencyRef[]): { id: number; at: number }[] {
  const folded = foldVi(before).replace(/\s+/gu, ' ');
  const found: { id: number; at: number }[] = [];
  const listsAfter = new Map<string, { at: number; names: string[] }[]>();
  // "huyện Bát Xát", or a list the kind word opens: "các huyện Bát Xát, Mường Khương và Sa Pa".
  const lists = (kind: string) => {
    let out = listsAfter.get(kind);
    if (out) return out;
    out = allMatches(folded, new RegExp(`(?<![\\p{L}])${kind}(?![\\p{L}])`, 'gu')).map((m) => {
      const from = m.index + m[0].length;
      // "các huyện, thị xã, thành phố: Bát Xát, Sa Pa": the other kind words and the colon before the names go
      const window = folded
        .slice(from, from + 160)
        .replace(
          /^(?:\s*[,:]?\s*(?:va )?(?:huyen|thi xa|thi tran|thanh pho|xa|phuong|quan|dac khu)(?![\p{L}]))*\s*[,:]?\s*/u,
          '',
        )
        .split(/[.;()]/u)[0]!;
      const names = window.split(/,| va /u).map((n) => n.trim().replace(new RegExp(`^${kind} `, 'u'), ''));
      return { at: m.index, names };
    });
    listsAfter.set(kind, out);
    return out;
  };
  for (const agency of registry) {
    if (agency.kind !== 'commune') continue;
    const m = KIND_WORD.exec(foldVi(agency.name).replace(/\s+/gu, ' '));
    if (!m) continue;
    const [, kind, place] = m as unknown as [string, string, string];
    const hit = lists(kind).find((l) => l.names.some((n) => n === place || n.startsWith(`${place} `)));
    if (hit) found.push({ id: agency.id, at: hit.at });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The communes a text names, in the order it names them. */
const localitiesNamedBefore = (before: string, registry: AgencyRef[]): number[] => [
  ...new Set(localitiesNamed(before, registry).map((f) => f.id)),
];

/**
 * The communes the notice names before each item, read once for the whole notice (its preamble and items, each item's
 * offset in it): read again for every item, a notice of a thousand items took seconds.
 */
function localitiesBeforeItems(preamble: string, drafts: Draft[], registry: AgencyRef[]) {
  const starts = new Map<Draft, number>();
  let text = preamble;
  for (const d of drafts) {
    starts.set(d, text.length + 1);
    text += `\n${d.parts.join(' ')}`;
  }
  let named: { id: number; at: number }[] | undefined;
  return (draft: Draft): number[] => {
    named ??= localitiesNamed(text, registry);
    const end = starts.get(draft) ?? 0;
    return named.filter((f) => f.at < end).map((f) => f.id);
  };
}

function referBackToNamedLocalities(item: ProposedDirective, earlier: () => number[], registry: AgencyRef[]) {
  if (!item.groups.includes('localities')) return item;
  const phrase = LOCALITIES_NAMED_ABOVE.exec(foldVi(item.text));
  if (!phrase) return item;
  const ownBefore = item.text.slice(0, foldForMatching(item.text).at[phrase.index]);
  const places = [...new Set([...earlier(), ...localitiesNamedBefore(ownBefore, registry)])];
  if (places.length === 0) return item;
  const at = foldForMatching(item.text).at;
  const said = item.text.slice(at[phrase.index], at[phrase.index + phrase[0].length]);
  return giveToPlaces(
    item,
    places,
    'localities',
    registry,
    (names) => `"${said}" là các địa phương đã nêu trước đó: ${names}.`,
  );
}

/** The places a notice named before lead an item that refers back to them, in place of their group, with a note. */
function giveToPlaces(
  item: ProposedDirective,
  places: number[],
  group: 'provinces' | 'localities',
  registry: AgencyRef[],
  note: (names: string) => string,
): ProposedDirective {
  const names = places.map((id) => registry.find((a) => a.id === id)?.name ?? `#${id}`).join(', ');
  return {
    ...item,
    leadAgencyIds: [...new Set([...item.leadAgencyIds, ...places])],
    coordinatorAgencyIds: item.coordinatorAgencyIds.filter((id) => !places.includes(id)),
    groups: item.groups.filter((g) => g !== group),
    notes: [...item.notes, note(names)],
  };
}

/** "Thành phố yêu cầu các đơn vị …", "Tỉnh đề nghị Bộ …": the place asking others, not given the work. */
const PLACE_ASKS_AFTER = /^\s*(?:(?:đã|sẽ|tiếp tục)\s+)?(?:yêu cầu|đề nghị|giao|chỉ đạo)\s/iu;
function referBackToPlace(item: ProposedDirective, place: () => number | null, registry: AgencyRef[]) {
  if (item.isAssessment || item.leadAgencyIds.length + item.groups.length > 0) return item;
  const bare = BARE_PLACE_SUBJECT.exec(item.text);
  if (!bare || PLACE_ASKS_AFTER.test(item.text.slice(bare.index + bare[0].length))) return item;
  const placeId = place(); // read once per notice, and only when an item needs it
  if (placeId === null) return item;
  const name = registry.find((a) => a.id === placeId)?.name ?? '';
  return {
    ...item,
    leadAgencyIds: [placeId],
    coordinatorAgencyIds: item.coordinatorAgencyIds.filter((id) => id !== placeId),
    notes: [...item.notes, `"Tỉnh"/"Thành phố" dùng một mình: hiểu là ${name}, địa phương thông báo nói đến.`],
  };
}

/** "Đối với các Bộ quản lý chuyên ngành": the class of bodies a heading addresses, by its first words (folded). */
const ADDRESSED_CLASS = /(?:^|[^\p{L}])(cac (?:bo|so|co quan|don vi|nganh|dia phuong)(?: [\p{L}]+){0,3})/u;
/** An item that names no one to do it (a body it names only to watch the work is someone: the monitor). */
const namesNoOne = (item: ProposedDirective) =>
  !item.isAssessment && item.leadAgencyIds.length + item.groups.length === 0 && item.monitorAgencyId === null;

/**
 * A sub-item whose bullets share its work out by body ("a) … các bộ quản lý chuyên ngành thực hiện …, cụ thể như sau:
 * - Tài sản … - Bộ Công Thương. - Tài sản … - Bộ Xây dựng.") is done by those bodies together. When its heading
 * addresses the class it names ("Đối với các Bộ quản lý chuyên ngành"), that class is those bodies: the heading and
 * its other sub-items that name no one go to them (each keeps the coordinators it names itself).
 */
function sharedOutByBullets(items: ProposedDirective[], registry: AgencyRef[]): ProposedDirective[] {
  const children = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (item.parentOrdinal === null) return;
    const list = children.get(item.parentOrdinal);
    if (list) list.push(i);
    else children.set(item.parentOrdinal, [i]);
  });
  const out = [...items];
  const nameOf = (id: number) => registry.find((a) => a.id === id)?.name ?? `#${id}`;
  for (const [i, item] of items.entries()) {
    const kids = (children.get(item.ordinal) ?? []).map((k) => items[k]!);
    const shared =
      kids.length >= 2 &&
      kids.every(
        (k) => k.leadAgencyIds.length > 0 && ATTRIBUTED_BULLET.test(k.text) && k.parentOrdinal === item.ordinal,
      );
    if (!shared || !namesNoOne(out[i]!)) continue;
    const leads = [...new Set(kids.flatMap((k) => k.leadAgencyIds))];
    const names = leads.map(nameOf).join(', ');
    out[i] = {
      ...out[i]!,
      leadAgencyIds: leads,
      notes: [
        ...out[i]!.notes,
        `Các gạch đầu dòng của mục ${item.ordinal} chia việc cho: ${names}; đề xuất các cơ quan này.`,
      ],
    };
    const headingAt = items.findIndex((h) => h.ordinal === item.parentOrdinal);
    const heading = out[headingAt];
    const addressed = heading && ADDRESSED_CLASS.exec(foldVi(heading.text.replace(/\([^()]*\)/gu, ' ')));
    const sameClass = addressed && foldVi(item.text).replace(/[.,]/gu, '').includes(addressed[1]!);
    if (!heading || !namesNoOne(heading) || !sameClass) continue;
    const said = `"${heading.text.split(/\s*[(.;:]/u)[0]!.slice(0, 80)}" là các cơ quan mục ${item.ordinal} chia việc: ${names}.`;
    out[headingAt] = { ...heading, leadAgencyIds: leads, notes: [...heading.notes, said] };
    for (const k of children.get(heading.ordinal) ?? []) {
      if (k === i || !namesNoOne(out[k]!)) continue;
      out[k] = {
        ...out[k]!,
        leadAgencyIds: leads,
        notes: [...out[k]!.notes, `Lấy cơ quan được giao của mục ${heading.ordinal}: ${names}.`],
      };
    }
  }
  return out;
}

/**
 * A letter to one body ("Kính gửi: Sở Công Thương tỉnh X", no list under it): the body it was sent to, when the
 * registry knows it.
 */
function soleAddressee(text: string, registry: AgencyRef[], options: ReadOptions): AgencyMatch | null {
  const lines = noticeLines(text);
  const at = lines.findIndex((l) => KINH_GUI.test(foldVi(l)));
  if (at < 0 || BULLET_LINE.test(lines[at + 1] ?? '')) return null;
  const rest = lines[at]!.replace(/^[|*\s]*\S+\s+\S+\s*:?/u, '');
  const found = findAgencies(rest, registry, options.onDate, matchOptions(options));
  if (found.length !== 1) return null;
  const left = rest.slice(0, found[0]!.start) + rest.slice(found[0]!.end);
  // "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh X", "Kính gửi: Bộ trưởng Bộ Y": the head stands for the body
  return SOLE_ADDRESSEE_LEFT.test(left) ? found[0]! : null;
}
const SOLE_ADDRESSEE_LEFT =
  /^[\s.,;:|*-]*(?:(?:đồng chí\s+)?(?:Chủ tịch|Bộ trưởng|Thủ trưởng|Giám đốc|Tổng Giám đốc|Thống đốc)\s*)?[\s.,;:|*-]*$/iu;

/**
 * "đề nghị Quý Sở …", "đề nghị địa phương căn cứ …", "Thủ tướng Chính phủ giao Quý Bộ nghiên cứu …": the letter's own
 * addressee, not named.
 */
const ADDRESSEE_REFERENCE =
  /(?:(?:de nghi|yeu cau)\s+(?:quy\s*(?:so|bo|cuc|co quan|uy ban|don vi)|dia phuong|don vi)|giao(?: cho)?\s+quy\s*(?:so|bo|cuc|co quan|uy ban|don vi))(?![\p{L}])/u;

/**
 * A Government letter's direction that opens with the work and names no one ("Nghiên cứu, xử lý kiến nghị nêu trên …",
 * "Khẩn trương xem xét …"), in a letter sent to one body: that body does it. Only when a leader's opinion is conveyed
 * ("Phó Thủ tướng … có ý kiến như sau:"): a ministry's or a province's own letter to one body also explains or answers.
 */
const SUBJECTLESS_WORK =
  /^\W*(?:khan truong|tiep tuc|nghien cuu|xem xet|chu dong|chu tri|phoi hop|chi dao|to chuc|ra soat|kiem tra|hoan thien|hoan chinh|bao cao|xu ly|giai quyet|thuc hien|trien khai|tang cuong|huong dan|lam viec|chuan bi|trinh|de xuat|tong hop|tiep thu|som|bo sung|dieu chinh|xay dung|danh gia(?! cao)|lam ro|tap trung|day nhanh|bo tri|quan triet|nghiem tuc|co y kien|cho y kien|tra loi|can nhac|cung cap|cap nhat|khac phuc|tham muu|thanh tra|dieu tra|phan bo|rut kinh nghiem)(?![\p{L}])/u;
// and a province's chairman's, conveyed by the province's letter ("Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:")
const LEADER_OPINION =
  /(?:thu tuong|pho thu tuong)[^.:\n]{0,120}(?:co y kien|chi dao)|(?:pho )?chu tich (?:ubnd|uy ban nhan dan) (?:tinh|thanh pho)[^.:\n]{0,120}(?:co y kien|chi dao|yeu cau)/u;

/** "Giao Bộ X …", "đề nghị Bộ X …", "Yêu cầu Bộ X …": an order to the body named (folded `name`). */
const ORDERS_BY_NAME = (name: string) =>
  new RegExp(
    `(?<![\\p{L}])(?:giao(?: cho)?|de nghi|yeu cau) (?:${HEAD_TITLE} )?${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`,
    'u',
  );

function toSoleAddressee(
  item: ProposedDirective,
  addressee: () => AgencyMatch | null,
  leaderLetter = false,
): ProposedDirective {
  if (!namesNoOne(item) || ownUnmatchedNames(item).length > 0) return item;
  const folded = foldVi(item.text.replace(/ƣ/gu, 'ư'));
  if (!ADDRESSEE_REFERENCE.test(folded) && !(leaderLetter && SUBJECTLESS_WORK.test(folded))) return item;
  const body = addressee();
  if (!body) return item;
  return {
    ...item,
    leadAgencyIds: [body.proposed.id],
    notes: [
      ...item.notes,
      `Văn bản gửi một cơ quan (Kính gửi: ${body.proposed.name}): việc đề nghị là của cơ quan này.`,
    ],
  };
}

/**
 * "Văn phòng Chính phủ xin gửi bản chụp văn bản trên đến quý cơ quan để nghiên cứu, có ý kiến …", "… xin chuyển kiến
 * nghị … đến quý Bộ để xem xét, trả lời": the office passes a matter on to the letter's own addressees ("quý cơ quan",
 * "quý Bộ", glued "quýcơ quan" in a web copy), who are given the work; the office that sends it is not. Sent "để biết"
 * gives no work.
 */
const SENT_TO_ADDRESSEES =
  /(?:^|\s)(?:gui|chuyen)\s(?:[^.;:]{0,200}?\s)?(?:den|cho|toi)\s+quy\s*(?:co quan|bo|so|uy ban|don vi)\s+(?:de\s+)?(?:nghien cuu|xem xet|co y kien|cho y kien|tham gia y kien|xu ly|giai quyet|kiem tra|tra loi|chi dao)(?![\p{L}])/u;

function toAddresseesSentTo(item: ProposedDirective, block: () => IntroAddressees | null): ProposedDirective {
  if (!SENT_TO_ADDRESSEES.test(foldVi(item.text))) return item;
  const addressees = block();
  if (!addressees || addressees.leads.length + addressees.groups.length === 0) return item;
  return {
    ...item,
    leadAgencyIds: addressees.leads,
    coordinatorAgencyIds: item.coordinatorAgencyIds.filter((id) => !addressees.leads.includes(id)),
    groups: addressees.groups,
    notes: [
      ...item.notes,
      'Văn bản được gửi "đến quý cơ quan để nghiên cứu, xử lý": việc là của các nơi nhận ở phần "Kính gửi", không của cơ quan gửi.',
    ],
  };
}

/**
 * "Các cơ quan nêu trên khẩn trương xem xét …", "Đề nghị quý Bộ …", "Các Bộ theo chức năng, nhiệm vụ được giao …",
 * "Các đồng chí Bộ trưởng chỉ đạo …": a letter to named bodies ("Kính gửi: - Bộ Tài chính; - Bộ Xây dựng.", "Kính gửi:
 * Bộ trưởng Bộ Xây dựng") refers back to them without naming them again; the bodies the "Kính gửi" block names are given
 * the work. Not "các Bộ, ngành, địa phương" (a group) nor "các Bộ liên quan" (some of them, unnamed). So is "… đề nghị
 * các đồng chí tổ chức …" with no title after it, anywhere in the sentence: the heads the block lists ("Kính gửi: - Bộ
 * trưởng, Thủ trưởng cơ quan ngang bộ; - Tổng giám đốc Ngân hàng Chính sách xã hội"), the bodies and the groups both
 * ("các đồng chí thành viên Ban Chỉ đạo", "các đồng chí lãnh đạo …" name others).
 */
const ADDRESSEES_REFERRED = new RegExp(
  String.raw`(?:^|[.;:]\s*)(?:(?:giao|de nghi|yeu cau)\s+)?(?:(?:cac\s+)?dong chi\s+bo truong(?!\s+bo(?![\p{L}]))|quy\s*(?:co quan|bo|uy ban|don vi)|cac\s+(?:co quan|don vi|bo)\s+(?:neu tren|noi tren|tren|nhan van ban))(?![\p{L}])|(?:^|[.;:]\s*)(?:(?:giao|de nghi|yeu cau)\s+)?cac\s+bo\s+(?:theo chuc nang|trong pham vi|can cu|khan truong|xem xet|chu dong)(?![\p{L}])|(?:^|\s)(?:de nghi|yeu cau)\s+cac\s+dong chi\s+(?!(?:bo truong|thu truong|chu tich|pho|giam doc|tong giam doc|thanh vien|lanh dao|bi thu|truong|uy vien|can bo|dai bieu|doan vien|dang vien)(?![\p{L}]))`,
  'u',
);

function toAddresseesReferredTo(item: ProposedDirective, block: () => IntroAddressees | null): ProposedDirective {
  if (!namesNoOne(item) || ownUnmatchedNames(item).length > 0) return item;
  if (!ADDRESSEES_REFERRED.test(foldVi(item.text))) return item;
  const addressees = block();
  if (!addressees || addressees.leads.length === 0) return item;
  return {
    ...item,
    leadAgencyIds: addressees.leads,
    coordinatorAgencyIds: item.coordinatorAgencyIds.filter((id) => !addressees.leads.includes(id)),
    groups: addressees.groups,
    notes: [
      ...item.notes,
      'Mục gọi lại các nơi nhận ("các cơ quan nêu trên", "quý Bộ", "các đồng chí Bộ trưởng"): lấy cơ quan được giao ở phần "Kính gửi".',
    ],
  };
}

/**
 * "Giao các Bộ, cơ quan, địa phương nêu trên …", "các bộ, ngành, địa phương nói trên": a letter refers back, by their
 * kinds, to the bodies its "Kính gửi" block names. Those of the kinds the words name are told (a ministry for "Bộ" or
 * "ngành", a ministry-level or Government agency for "cơ quan" or "ngành", a province for "địa phương"; any for "đơn vị");
 * the block's other addressees (the Front, the Trade Union, to whom the answer goes) are not, and the words are no group.
 */
const KINDS_REFERRED = new RegExp(
  String.raw`(?:^|[^\p{L}])cac\s+((?:bo|co quan|nganh|dia phuong|don vi)(?:,?\s+(?:va\s+)?(?:bo|co quan|nganh|dia phuong|don vi))+)\s+(?:neu tren|noi tren|o tren|tren)(?![\p{L}])`,
  'u',
);
const KINDS_OF_WORD: Record<string, readonly AgencyKind[] | null> = {
  bo: ['ministry', 'ministry_level'],
  nganh: ['ministry', 'ministry_level', 'government_agency'],
  'co quan': ['ministry', 'ministry_level', 'government_agency', 'provincial_department'],
  'dia phuong': ['province', 'commune'],
  'don vi': null,
};

function toKindsReferredTo(
  item: ProposedDirective,
  block: () => IntroAddressees | null,
  registry: AgencyRef[],
): ProposedDirective {
  // "trên" in any case: most items have none, and are not folded again for it
  if (item.isAssessment || item.leadAgencyIds.length > 0 || !/tr[eê]n/iu.test(item.text)) return item;
  const said = KINDS_REFERRED.exec(foldVi(item.text));
  if (!said || ownUnmatchedNames(item).length > 0) return item;
  const words = said[1]!.split(/,?\s+(?:va\s+)?(?=bo|co quan|nganh|dia phuong|don vi)/u).map((w) => w.trim());
  const kinds = words.map((w) => KINDS_OF_WORD[w]);
  const addressees = block();
  if (!addressees || addressees.leads.length === 0) return item;
  const kindOf = new Map(registry.map((a) => [a.id, a.kind]));
  const leads = kinds.includes(null)
    ? addressees.leads
    : addressees.leads.filter((id) => kinds.some((k) => k!.includes(kindOf.get(id) ?? 'other')));
  if (leads.length === 0) return item;
  const local = words.includes('dia phuong');
  const central = words.some((w) => w !== 'dia phuong');
  const groups = addressees.groups.filter((g) =>
    g === 'ministries_and_provinces'
      ? local && central
      : g === 'provinces' || g === 'localities'
        ? local
        : g === 'ministries' || g === 'departments'
          ? central
          : false,
  );
  return {
    ...item,
    leadAgencyIds: leads,
    coordinatorAgencyIds: item.coordinatorAgencyIds.filter((id) => !leads.includes(id)),
    groups,
    notes: [
      ...item.notes,
      `"${said[0]!.trim()}" gọi lại các nơi nhận theo loại: lấy các cơ quan thuộc loại đó ở phần "Kính gửi".`,
    ],
  };
}

/**
 * "Đề nghị Bộ nghiên cứu, hoàn chỉnh Đề án", "Bộ chịu trách nhiệm …": "Bộ" used alone as a subject in a Government Office
 * (or Prime Minister's) letter sent to one ministry is that ministry, as "Tỉnh" is the province a notice is about. Not in a
 * ministry's own letter, where "Bộ sẽ nghiên cứu …" is the ministry writing; "Bộ trưởng", "bộ phận", "bộ hồ sơ" are other
 * words.
 */
const BARE_MINISTRY_SUBJECT =
  /(?:^|[.;:]\s*)(?:(?:Giao|Đề nghị|Yêu cầu|giao|đề nghị|yêu cầu)\s+)?Bộ\s+(?!\p{Lu}|(?:trưởng|ngành|phận|máy|luật|tiêu chí|chỉ số|hồ sơ|tài liệu|đội)(?!\p{L}))/u;

/**
 * "Ủy ban nhân dân tỉnh chịu trách nhiệm …", "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo …", "Chủ tịch Ủy ban nhân dân tỉnh chỉ
 * đạo …": in a Government (or ministry) letter sent to one province, its People's Committee or chairman named without
 * the province's name is that province, as "Bộ" alone is the ministry a letter is sent to. Not in a province's own
 * notice, where "Ủy ban nhân dân tỉnh" is the issuer.
 */
const BARE_PROVINCE_SUBJECT =
  /(?:^|[.;:]\s*)(?:(?:Giao|Đề nghị|Yêu cầu|giao|đề nghị|yêu cầu)\s+)?(?:(?:đồng chí\s+)?Chủ tịch\s+)?(?:(?:Ủy|Uỷ) ban nhân dân|UBND)\s+(?:tỉnh|thành phố)\s+(?!\p{Lu})/u;

/**
 * The body a one-body letter is sent to, named without its name: "Bộ" alone for a ministry, "Ủy ban nhân dân tỉnh" for
 * a province. Not in the body's own notice (options.ministry / options.province), where the bare word is the issuer.
 */
const BARE_SUBJECT_OF = {
  ministry: {
    pattern: BARE_MINISTRY_SUBJECT,
    own: (options: ReadOptions) => options.ministry !== null,
    note: (name: string) => `"Bộ" dùng một mình trong văn bản gửi ${name}: hiểu là cơ quan nhận văn bản.`,
  },
  province: {
    pattern: BARE_PROVINCE_SUBJECT,
    own: (options: ReadOptions) => options.province !== null,
    note: (name: string) =>
      `"Ủy ban nhân dân tỉnh" không nêu tên trong văn bản gửi ${name}: hiểu là cơ quan nhận văn bản.`,
  },
} as const;

function toAddressedBody(
  item: ProposedDirective,
  addressee: () => AgencyMatch | null,
  options: ReadOptions,
  kind: keyof typeof BARE_SUBJECT_OF,
): ProposedDirective {
  const bare = BARE_SUBJECT_OF[kind];
  if (bare.own(options) || !namesNoOne(item) || !bare.pattern.test(item.text)) return item;
  const body = addressee();
  if (!body || body.proposed.kind !== kind) return item;
  return {
    ...item,
    leadAgencyIds: [body.proposed.id],
    coordinatorAgencyIds: item.coordinatorAgencyIds.filter((id) => id !== body.proposed.id),
    notes: [...item.notes, bare.note(body.proposed.name)],
  };
}

/**
 * A task that names no one, in a section whose title names whose work it is ("II. NHIỆM VỤ CỦA BỘ TÀI CHÍNH", "ĐỐI VỚI
 * ỦY BAN NHÂN DÂN CÁC TỈNH, THÀNH PHỐ"): the bodies or the group the title names do it.
 */
function toSectionOwner(item: ProposedDirective, title: string, registry: AgencyRef[], options: ReadOptions) {
  if (isUpperCaseTitle(item.text)) return item;
  const matches = findAgencies(title, registry, options.onDate, matchOptions(options));
  const reader = { text: title, ...foldForMatching(title), matches };
  const read = readGroups(reader, options.province !== null).groups;
  const groups = options.province ? [...new Set(read.map((g) => (g === 'provinces' ? 'localities' : g)))] : read;
  // the bodies the title opens with ("NHIỆM VỤ CỦA BỘ TÀI CHÍNH, BỘ Y TẾ"), not one named later in it ("ĐỐI VỚI DỰ ÁN DO
  // UBND TỈNH X LÀM CHỦ ĐẦU TƯ")
  const opens = matches.length > 0 && OWNER_TITLE_OPENS.test(foldVi(title.slice(0, matches[0]!.start)));
  const leads = opens ? ids(matches) : [];
  if (leads.length + groups.length === 0) return item;
  return {
    ...item,
    leadAgencyIds: leads,
    groups: leads.length > 0 ? [] : groups,
    coordinatorAgencyIds: item.coordinatorAgencyIds.filter((id) => !leads.includes(id)),
    notes: [...item.notes, `Lấy cơ quan được giao từ tên mục "${title}".`],
  };
}

/** "Các cơ quan, đơn vị, địa phương tăng cường …": the letter's addressees, as a sentence's subject. */
const GENERIC_SUBJECT =
  /(?:^|[.;:]\s*)(?:(?:giao|yeu cau|de nghi)\s+)?(?:thu truong\s+)?cac\s+(?:co quan|don vi)(?:,?\s+(?:va\s+)?(?:co quan|don vi|dia phuong))*\s(?!(?:co )?lien quan|thuoc|truc thuoc|duoc)/u;

/**
 * "Văn phòng Chính phủ xin bổ sung cụm từ “tỉnh, thành phố” trong đoạn … thành: …", "… xin đính chính …": a letter that
 * corrects the wording of an earlier one gives its addressees no work of their own.
 */
const OWN_WORDING_CORRECTED =
  /(?:^|[\s,])xin (?:dinh chinh|(?:bo sung|sua (?:doi|lai)?|thay the|bo) (?:cum tu|tu|doan|cau))(?![\p{L}])/u;

/**
 * A letter sent to groups ("Kính gửi: - Các sở, ban, ngành tỉnh; - UBND các xã, phường.") whose lead-in names no one
 * ("Chủ tịch UBND tỉnh chỉ đạo như sau:"): a task that names no one, after the lead-in and its heading, is for the
 * groups addressed. Bodies the block names beside them are left to a person: a letter is also sent to a body for its
 * information or to watch the work.
 */
function toBlockAddressees(item: ProposedDirective, block: IntroAddressees): ProposedDirective {
  return {
    ...item,
    groups: block.groups,
    notes: [...item.notes, 'Việc không nêu cơ quan thực hiện: lấy các nhóm nơi nhận ở phần "Kính gửi".'],
  };
}

/**
 * A sub-item under its item's closing lead-in ("Các sở quản lý chuyên ngành định kỳ tổng hợp báo cáo … như sau:") is
 * done by whom the lead-in names: all of it when it names no one, and beside the bodies it names when its subject is
 * only "các cơ quan, đơn vị" ("Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính …; Sở Tài chính tổng hợp …").
 */
function fromBulletLeadIn(item: ProposedDirective, leadIn: { leads: number[]; said: string }, parentOrdinal: string) {
  if (item.isAssessment) return item;
  const generic = item.leadAgencyIds.length > 0 && GENERIC_SUBJECT.test(foldVi(item.text));
  if (!namesNoOne(item) && !generic) return item;
  const leadAgencyIds = [...new Set([...leadIn.leads, ...item.leadAgencyIds])];
  const said = leadIn.said.length > 100 ? `${leadIn.said.slice(0, 100)}…` : leadIn.said;
  return {
    ...item,
    leadAgencyIds,
    groups: [],
    coordinatorAgencyIds: item.coordinatorAgencyIds.filter((id) => !leadAgencyIds.includes(id)),
    notes: [
      ...item.notes,
      generic
        ? `"Các cơ quan, đơn vị" là những cơ quan câu dẫn của mục ${parentOrdinal} nêu ("${said}"): thêm vào cơ quan chủ trì.`
        : `Lấy cơ quan được giao từ câu dẫn cuối mục ${parentOrdinal}: "${said}".`,
    ],
  };
}

/** An item with sub-items is their heading: the sub-items carry the work, and it gets no task of its own. */
function markHeadings(items: ProposedDirective[]): ProposedDirective[] {
  const parents = new Set(items.map((i) => i.parentOrdinal).filter(Boolean));
  return items.map((item) =>
    parents.has(item.ordinal) && !item.isAssessment
      ? {
          ...item,
          isHeading: true,
          notes: [...item.notes, `Mục ${item.ordinal} là đề mục: nhiệm vụ được giao theo từng mục con.`],
        }
      : item,
  );
}

/**
 * A ministry's conclusion pasted without its header, as a portal or a department's page publishes it: a title that
 * says whose conclusion it is ("Kết luận của Bộ trưởng Bộ Nội vụ tại …", "Thông báo ý kiến kết luận của Thứ trưởng Bộ
 * Y tế …") and naming exactly one ministry of the registry makes the notice that ministry's own: its units go by their
 * bare names ("Vụ Tổ chức cán bộ", "Văn phòng Bộ"). A letter that only mentions a minister ("giao Bộ trưởng Bộ Y tế
 * chỉ đạo: …") has no such title.
 */
const MINISTER_TITLE =
  /^(?:thong bao )?(?:y kien )?(?:ket luan|y kien chi dao)(?: chi dao)? cua (?:dong chi )?(?:bo truong|thu truong|lanh dao bo)(?![\p{L}])/u;
function pastedMinistry(text: string, registry: AgencyRef[], onDate: string): string | null {
  const title = text
    .normalize('NFC')
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .find(Boolean);
  if (!title || !MINISTER_TITLE.test(foldVi(title).replace(/\s+/gu, ' '))) return null;
  const named = new Set(
    findAgencies(title, registry, onDate)
      .filter((m) => m.agency.kind === 'ministry')
      .map((m) => m.agency.name),
  );
  return named.size === 1 ? [...named][0]! : null;
}

/**
 * Proposals for every item and sub-item of a conclusion notice, parents before their sub-items.
 * Deadlines are checked against the notice's date: the one in the pasted header, else `noticeDate`;
 * a date without a year is read in the notice's year.
 */
const numberKey = (number: string) => foldVi(number).replace(/\s+/gu, '');
/** The notice's own numbers: its header's "Số: …", a portal's source footer or "(Theo Công văn số …)", the caller's. */
function ownNumbers(text: string, given: string | null | undefined): Set<string> {
  const header = parseNoticeHeader(text);
  const lines = text.split(/\r\n?|\n/u).map((l) => l.trim());
  const own = [
    ...(given ? citedDocuments(given) : []),
    ...(header.number && header.symbol ? [`${header.number}/${header.symbol}`] : []),
    // "Số: 73-TB/TU", a Party committee's number, which the header's reading leaves out
    ...lines.slice(0, 15).flatMap((l) => (/^Số\s*:?\s*\d/u.test(l) ? citedDocuments(l).slice(0, 1) : [])),
    ...lines.filter((l) => SOURCE_FOOTER.test(foldVi(l)) || SOURCE_LINE.test(foldVi(l))).flatMap(citedDocuments),
  ];
  return new Set(own.map(numberKey));
}

export function parseConclusionText(input: string, registry: AgencyRef[], options: Options): ProposedDirective[] {
  // a web page's glued words ("phốihợp", "khẩn trươngtrình") with their space put back first
  const text = typeof input === 'string' ? unglueWords(withoutSignatureStamps(input)) : input;
  let drafts: Draft[];
  const headerDate = typeof text === 'string' ? parseNoticeHeader(text).issueDate : null;
  const readOptions: ReadOptions = {
    ...options,
    noticeDate: headerDate ?? options.noticeDate ?? options.onDate,
    province: null,
    ministry: null,
    ownNumbers: new Set(),
    collectives: new Map(),
    shortNames: new Map(),
    bulletLeadIns: new Map(),
  };
  try {
    drafts = splitItems(typeof text === 'string' ? text : '');
    readOptions.ownNumbers = ownNumbers(text, options.number);
    readOptions.effectiveDates = effectiveDates(text);
    const pasted = noticeProvince(text) ?? pastedProvince(text, registry ?? [], readOptions.onDate);
    // the caller's word on who sent it comes before a guess from the registry's departments
    readOptions.province =
      (pasted && !pasted.fromRegistry ? pasted : null) ?? hintedProvince(options, registry ?? []) ?? pasted;
    readOptions.ministry =
      noticeMinistry(text, registry ?? []) ??
      (readOptions.province ? null : pastedMinistry(text, registry ?? [], readOptions.onDate));
    if (typeof text === 'string') readOptions.shortNames = definedShortNames(text, registry ?? [], readOptions);
  } catch {
    return [];
  }
  let leaderSaid: boolean | undefined;
  // read on the notice's lines, so a PDF's wrap inside "Phó Thủ tướng … có ý" / "kiến như sau:" does not hide it
  const leaderLetter = () => (leaderSaid ??= LEADER_OPINION.test(foldVi(noticeLines(text).join('\n').slice(0, 4000))));
  let placeId: number | null | undefined;
  let addresseeMatch: AgencyMatch | null | undefined;
  const addressee = () =>
    addresseeMatch === undefined ? (addresseeMatch = soleAddressee(text, registry ?? [], readOptions)) : addresseeMatch;
  const place = () => (placeId === undefined ? (placeId = noticePlace(text, registry ?? [], readOptions)) : placeId);
  // The communes the notice named before an item: in its preamble and the items read before it.
  let namedBefore: ((draft: Draft) => number[]) | undefined;
  const earlierPlaces = (draft: Draft) => {
    if (!namedBefore) {
      const lines = noticeLines(text);
      const first = lines.findIndex(isItemLine);
      namedBefore = localitiesBeforeItems(first > 0 ? lines.slice(0, first).join('\n') : '', drafts, registry ?? []);
    }
    return namedBefore(draft);
  };
  let abovePlaces: number[] | undefined;
  const above = () => (abovePlaces ??= provincesAbove(text, registry ?? [], readOptions));
  const byOrdinal = new Map<string, ProposedDirective>();
  const parents = new Set(drafts.map((d) => d.parent));
  const introAddressees = new Map<string, IntroAddressees>();
  const rootOf = (draft: Draft): Draft => (draft.parent ? rootOf(draft.parent) : draft);
  const ownAddressee = (draft: Draft | null): boolean =>
    draft !== null && (OWN_ADDRESSEE.test(foldVi(cleanText(draft.parts.join(' ')))) || ownAddressee(draft.parent));
  let blockAddressees: IntroAddressees | null | undefined;
  // the letter's sole addressee, given work by name in an item ("2. Giao Bộ X chủ trì …"): the items that name no one are
  // not its work for that alone
  let toldByName: Set<Draft> | undefined;
  const addresseeToldElsewhere = (draft: Draft) => {
    if (!toldByName) {
      const body = addressee();
      const names = body ? [...new Set([body.agency.name, body.proposed.name].map((n) => foldVi(n)))] : [];
      toldByName = new Set(
        drafts.filter((d) => {
          const said = foldVi(cleanText(d.parts.join(' ')));
          return names.some((n) => ORDERS_BY_NAME(n).test(said));
        }),
      );
    }
    return [...toldByName].some((d) => d !== draft);
  };
  const items = drafts.map((draft, index) => {
    let item: ProposedDirective;
    try {
      if (index >= MAX_ITEMS) throw new RangeError('not read');
      item = readItem(draft, registry ?? [], readOptions, parents.has(draft));
      if (!draft.parent) item = referBackToPlace(item, place, registry ?? []);
      item = referBackToNamedProvinces(item, above, registry ?? []);
      item = referBackToNamedLocalities(item, () => earlierPlaces(draft), registry ?? []);
      item = toSoleAddressee(item, addressee, leaderLetter() && !addresseeToldElsewhere(draft));
      item = toAddressedBody(item, addressee, readOptions, 'ministry');
      item = toAddressedBody(item, addressee, readOptions, 'province');
      const block = () =>
        blockAddressees === undefined
          ? (blockAddressees = addresseeBlock(text, registry ?? [], readOptions))
          : blockAddressees;
      item = toAddresseesSentTo(item, block);
      item = toAddresseesReferredTo(item, block);
      item = toKindsReferredTo(item, block, registry ?? []);
    } catch {
      item = { ...blankProposal(draft), notes: [NOT_READ_NOTE] };
    }
    const parent = draft.parent && byOrdinal.get(draft.parent.ordinal);
    const leadIn = draft.parent && readOptions.bulletLeadIns.get(draft.parent);
    if (parent && leadIn) item = fromBulletLeadIn(item, leadIn, parent.ordinal);
    if (parent) item = inheritFromParent(item, parent);
    const intro = rootOf(draft).intro;
    if (intro && !parents.has(draft)) {
      try {
        if (!introAddressees.has(intro))
          introAddressees.set(
            intro,
            readIntroAddressees(
              intro,
              registry ?? [],
              readOptions,
              () =>
                blockAddressees === undefined
                  ? (blockAddressees = addresseeBlock(text, registry ?? [], readOptions))
                  : blockAddressees,
              place,
            ),
          );
        item = inheritFromIntro(item, intro, introAddressees.get(intro)!, ownAddressee(draft));
      } catch {
        // the lead-in is only a help: the item stands as read
      }
    }
    const owner = rootOf(draft).owner;
    if (owner && !parents.has(draft) && namesNoOne(item) && ownUnmatchedNames(item).length === 0)
      item = toSectionOwner(item, owner, registry ?? [], readOptions);
    const generic = GENERIC_SUBJECT.test(foldVi(cleanText(draft.parts.join(' '))));
    if (
      !parents.has(draft) &&
      namesNoOne(item) &&
      !isUpperCaseTitle(item.text) &&
      ownUnmatchedNames(item).length === 0 &&
      (generic || !ownAddressee(draft))
    ) {
      // Read once: `??=` would read the whole notice again for every item when it has no "Kính gửi" block.
      if (blockAddressees === undefined) blockAddressees = addresseeBlock(text, registry ?? [], readOptions);
      if (blockAddressees && blockAddressees.groups.length > 0) {
        if (OWN_WORDING_CORRECTED.test(foldVi(item.text)))
          item = {
            ...item,
            notes: [...item.notes, 'Văn bản sửa câu chữ của chính văn bản trước: không giao việc cho nơi nhận.'],
          };
        else item = toBlockAddressees(item, blockAddressees);
      }
    }
    byOrdinal.set(item.ordinal, item);
    return item;
  });
  return markHeadings(
    provincesOfRanges(
      monitorsFromWatchingItem(
        monitorsFromUrging(sharedOutByBullets(items, registry ?? []), registry ?? [], readOptions),
      ),
      registry ?? [],
      options.onDate,
    ),
  );
}

/**
 * The coastal provinces in their order along the coast, north to south, as a storm or flood telegram counts them ("các
 * tỉnh, thành phố từ Quảng Trị đến Khánh Hòa"): the 63 units until 30/6/2025 (Thừa Thiên Huế the city of Huế from
 * 1/1/2025), the 34 from 1/7/2025 (Nghị quyết 202/2025/QH15). Each place with the names a text may give it.
 */
const COAST_63: readonly (readonly string[])[] = [
  ['Quảng Ninh'],
  ['Hải Phòng'],
  ['Thái Bình'],
  ['Nam Định'],
  ['Ninh Bình'],
  ['Thanh Hóa'],
  ['Nghệ An'],
  ['Hà Tĩnh'],
  ['Quảng Bình'],
  ['Quảng Trị'],
  ['Thừa Thiên Huế', 'Huế'],
  ['Đà Nẵng'],
  ['Quảng Nam'],
  ['Quảng Ngãi'],
  ['Bình Định'],
  ['Phú Yên'],
  ['Khánh Hòa'],
  ['Ninh Thuận'],
  ['Bình Thuận'],
  ['Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu'],
  ['Hồ Chí Minh'],
  ['Tiền Giang'],
  ['Bến Tre'],
  ['Trà Vinh'],
  ['Sóc Trăng'],
  ['Bạc Liêu'],
  ['Cà Mau'],
  ['Kiên Giang'],
];
const COAST_34: readonly (readonly string[])[] = [
  ['Quảng Ninh'],
  ['Hải Phòng'],
  ['Hưng Yên'],
  ['Ninh Bình'],
  ['Thanh Hóa'],
  ['Nghệ An'],
  ['Hà Tĩnh'],
  ['Quảng Trị'],
  ['Huế', 'Thừa Thiên Huế'],
  ['Đà Nẵng'],
  ['Quảng Ngãi'],
  ['Gia Lai'],
  ['Đắk Lắk'],
  ['Khánh Hòa'],
  ['Lâm Đồng'],
  ['Hồ Chí Minh'],
  ['Đồng Tháp'],
  ['Vĩnh Long'],
  ['Cần Thơ'],
  ['Cà Mau'],
  ['An Giang'],
];
const FIRST_DAY_OF_34 = '2025-07-01';
/** "các tỉnh, thành phố (ven biển) từ …", "các địa phương ven biển từ …": a range of coastal places follows. */
const PROVINCE_RANGE_CUE =
  /(?:cac tinh,? thanh pho|cac tinh|cac dia phuong)(?: ven bien)?(?: khu vuc)? tu (?:tinh |thanh pho |tp\.? ?)?/gu;
const PLACE_PREFIX = /^(?:tinh |thanh pho |tp\.? ?)/u;
const validOn = (a: AgencyRef, day: string) => (a.validFrom ?? '') <= day && (a.validTo === null || day <= a.validTo);

/** The coast's place whose name opens the folded text at `at` (the longest name that does), as an index, or -1. */
function coastPlaceAt(
  folded: string,
  at: number,
  coast: readonly (readonly string[])[],
): { index: number; end: number } {
  let best = { index: -1, end: at };
  coast.forEach((names, index) => {
    for (const name of names) {
      const key = foldVi(name);
      if (
        folded.startsWith(key, at) &&
        !/[\p{L}\p{N}]/u.test(folded[at + key.length] ?? '') &&
        at + key.length > best.end
      )
        best = { index, end: at + key.length };
    }
  });
  return best;
}

/**
 * "Bí thư, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa tiếp tục tập trung …" (Công điện
 * 210/CĐ-TTg, 2025; session 32): a range is a named list, the coastal provinces from the one to the other in their order
 * along the coast as of the notice's day; each is proposed, and the "provinces" group read for the words is dropped.
 * The note says so, for a person to check (a text may mean the inland provinces between as well).
 */
function provincesOfRanges(items: ProposedDirective[], registry: AgencyRef[], onDate: string): ProposedDirective[] {
  const coast = onDate >= FIRST_DAY_OF_34 ? COAST_34 : COAST_63;
  return items.map((item) => {
    if (item.isAssessment || !item.groups.includes('provinces')) return item;
    const folded = foldVi(item.text); // the same length as the NFC text
    for (const cue of allMatches(folded, PROVINCE_RANGE_CUE)) {
      const from = coastPlaceAt(folded, cue.index + cue[0].length, coast);
      if (from.index < 0) continue;
      const link = /^ (?:den|toi) /u.exec(folded.slice(from.end));
      if (!link) continue;
      let toAt = from.end + link[0].length;
      toAt += PLACE_PREFIX.exec(folded.slice(toAt))?.[0].length ?? 0;
      const to = coastPlaceAt(folded, toAt, coast);
      if (to.index < from.index) continue;
      const places = coast.slice(from.index, to.index + 1);
      const found = places.map((names) =>
        registry.find(
          (a) =>
            a.kind === 'province' &&
            validOn(a, onDate) &&
            names.some((n) => foldVi(a.name).endsWith(` ${foldVi(n)}`) || foldVi(a.shortName ?? '') === foldVi(n)),
        ),
      );
      if (found.some((a) => a === undefined)) continue;
      const ids = found.map((a) => a!.id);
      return {
        ...item,
        leadAgencyIds: [...new Set([...item.leadAgencyIds, ...ids])],
        groups: item.groups.filter((g) => g !== 'provinces'),
        notes: [
          ...item.notes,
          `"${item.text.slice(cue.index, to.end)}": các tỉnh, thành phố ven biển trong dải đó, theo thứ tự dọc bờ biển (${places.map((n) => n[0]).join(', ')}): đề xuất từng địa phương; xem lại nếu văn bản tính cả tỉnh không giáp biển.`,
        ],
      };
    }
    return item;
  });
}

/**
 * "Chủ tịch UBND tỉnh giao Giám đốc các Sở: Nội vụ, Tài chính căn cứ chức năng, nhiệm vụ được giao, theo dõi, đôn đốc quá
 * trình triển khai, tổ chức thực hiện; định kỳ 6 tháng tổng hợp, báo cáo …": an item whose bodies are told to watch the
 * carrying out itself, with no work named after it, watches the items before it. Those that name no monitor and are not
 * that body's own work get its first body as their monitor (the schema holds one). Not "theo dõi, đôn đốc việc thực
 * hiện Kế hoạch số …" (a work named: the watcher of that), nor a chain with other work ("theo dõi, tổng hợp …").
 */
const WATCHES_CARRYING_OUT = new RegExp(
  String.raw`(?:^|[\s,;:])(?:theo doi|don doc|kiem tra|giam sat)(?:,? (?:va )?(?:theo doi|don doc|kiem tra|giam sat))+` +
    String.raw` (?:qua trinh|viec) (?:to chuc )?(?:trien khai|thuc hien)(?:,? (?:va )?(?:to chuc )?(?:trien khai|thuc hien))*` +
    String.raw`(?=\s*[;.]|\s*$|, (?:dinh ky|bao cao|tong hop)(?![\p{L}]))`,
  'u',
);
function monitorsFromWatchingItem(items: ProposedDirective[]) {
  let result = items;
  for (const [at, watching] of items.entries()) {
    if (at === 0 || watching.isAssessment || watching.leadAgencyIds.length === 0) continue;
    // "triển khai" or "thực hiện" in any case first: most items have neither, and are not folded again for it
    if (watching.monitorAgencyId !== null || !/tri[eể]n khai|th[uự]c hi[eệ]n/iu.test(watching.text)) continue;
    if (!WATCHES_CARRYING_OUT.test(foldVi(watching.text))) continue;
    const watcher = watching.leadAgencyIds[0]!;
    result = result.map((item, i) =>
      i < at &&
      !item.isAssessment &&
      item.monitorAgencyId === null &&
      item.leadAgencyIds.length + item.groups.length > 0 &&
      !item.leadAgencyIds.some((id) => watching.leadAgencyIds.includes(id))
        ? {
            ...item,
            monitorAgencyId: watcher,
            notes: [
              ...item.notes,
              `Mục ${watching.ordinal} giao theo dõi, đôn đốc việc triển khai, thực hiện: cơ quan nêu đầu ở mục đó theo dõi việc này.`,
            ],
          }
        : item,
    );
  }
  return result;
}

/**
 * "2. Giao Giám đốc Sở Xây dựng … kiểm tra, đôn đốc UBND quận X khẩn trương thực hiện; …": a body told to urge another
 * to carry out its work watches that work. The items that body leads, which name no monitor, get the urging item's
 * one lead as their monitor.
 */
const URGES_BEFORE = /(?:^|[\s,:;])(?:kiem tra,?\s+|theo doi,?\s+)?don doc\s*$/u;
const CARRIES_OUT_AFTER = /^\s*(?:khan truong\s+|tiep tuc\s+)?(?:thuc hien|trien khai)(?![\p{L}])/u;
function monitorsFromUrging(items: ProposedDirective[], registry: AgencyRef[], options: ReadOptions) {
  let result = items;
  for (const urging of items) {
    if (urging.isAssessment || urging.leadAgencyIds.length !== 1 || !/don doc/u.test(foldVi(urging.text))) continue;
    const watcher = urging.leadAgencyIds[0]!;
    const text = urging.text;
    const urged = findAgencies(text, registry, options.onDate, matchOptions(options)).filter(
      (m) =>
        m.proposed.id !== watcher &&
        URGES_BEFORE.test(foldVi(text.slice(Math.max(0, m.start - 30), m.start))) &&
        CARRIES_OUT_AFTER.test(foldVi(text.slice(m.end, m.end + 40))),
    );
    for (const body of urged) {
      result = result.map((item) =>
        item !== urging &&
        !item.isAssessment &&
        item.monitorAgencyId === null &&
        item.leadAgencyIds.includes(body.proposed.id) &&
        !item.leadAgencyIds.includes(watcher)
          ? {
              ...item,
              monitorAgencyId: watcher,
              notes: [
                ...item.notes,
                `Mục ${urging.ordinal} giao đôn đốc "${text.slice(body.start, body.end)}" thực hiện: cơ quan ở mục đó theo dõi việc này.`,
              ],
            }
          : item,
      );
    }
  }
  return result;
}
