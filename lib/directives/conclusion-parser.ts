/**
 * Proposes directives from the pasted text of a conclusion notice (Thông báo kết luận): one proposal
 * per numbered item and sub-item, with reform areas, agencies, deadline and the document it cites.
 * Deterministic wording rules only; a person reviews every proposal, so it prefers leaving a field
 * empty to guessing, and explains itself in `notes`.
 */
import type { AgencyGroup } from '@/lib/agencies/schemas';
import { foldVi } from '@/lib/text';
import { formatDate } from '@/lib/time';
import type { ReformAreaCode } from '@/lib/reference/reform-areas';
import { type AgencyMatch, type AgencyRef, findAgencies, foldForMatching } from './agency-matcher';
import { type ParsedDeadline, findDatedPhrases, parseDeadline } from './deadline-phrases';
import { parseNoticeHeader } from './notice-header';

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
  /** A heading whose sub-items carry the work ("X chủ trì, phối hợp với Y: a) … b) …"): it gets no task of its own. */
  isHeading: boolean;
  notes: string[];
};

/**
 * `onDate`: the day agencies are read as of (new work goes to bodies that exist). `noticeDate`: the
 * notice's own date, which deadlines are checked against (the pasted header's date wins over it).
 */
type Options = { onDate: string; noticeDate?: string | null };

// ---- Splitting the notice into items ----

/** Sub-item letters in Vietnamese order (no f, j, w, z; đ after d). */
const VI_LETTERS = [...'abcdđeghiklmnopqrstuvxy'];

const ROMAN_LINE = /^(I{1,3}|IV|VI{0,3}|IX|X)[.)]\s+(\S.*)$/u;
const DOTTED_LINE = /^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/u;
const NUMBERED_LINE = /^(\d{1,2})[.)](?!\d)\s*(\S.*)$/u;
const LETTERED_LINE = /^([a-zđ])\)\s*(\S.*)$/u;
const BULLET_LINE = /^[-–—•+]\s*(\S.*)$/u;
/** Inline markers when the notice arrives as one paragraph: "…như sau: 1. Năm…; 2. Giao…", "…: a) …". */
const INLINE_NUMBER = /[:;.]\s+(\d{1,2})\.\s+(?=\p{Lu})/gu;
const INLINE_LETTER = /[:;]\s+([a-zđ])\)\s+/gu;
/**
 * "Văn phòng Chính phủ (xin) thông báo để … biết, thực hiện./." ends the conclusions: the last sentence
 * of its line, said by an office or closed by "./.", so "…thông báo cho dân biết" in an item stays.
 */
const CLOSING_SENTENCE = /(?:^|[.;]\s)([^.;]*?thong bao (?:de|cho)\s[^;]*?\bbiet\b[^;]*)$/u;
const SIGNATURE_BLOCK = /^\|?\s*\*?(?:noi nhan|kt\.|tm\.)/u;

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
  if (!m || !(m[1]!.includes('van phong') || line.trimEnd().endsWith('/.'))) return { kept: line, closed: false };
  return { kept: line.slice(0, at[m.index + m[0].length - m[1]!.length]).trim(), closed: true };
}

/**
 * Puts inline item markers on lines of their own. A marker counts only when it continues the
 * numbering (1, 2, 3… and a, b, c… within an item), so "năm 2023. 5 bộ đã…" is left alone.
 */
function splitInlineMarkers(lines: string[]): string[] {
  let nextNumber = 1;
  let nextLetter = 0;
  return lines.flatMap((line) => {
    const atStart = NUMBERED_LINE.exec(line);
    if (atStart) [nextNumber, nextLetter] = [Number(atStart[1]) + 1, 0];
    const letterAtStart = LETTERED_LINE.exec(line);
    if (letterAtStart) nextLetter = VI_LETTERS.indexOf(letterAtStart[1]!) + 1;
    const marks = [
      ...[...line.matchAll(INLINE_NUMBER)].map((m) => ({ at: m.index + m[0].indexOf(m[1]!), number: Number(m[1]) })),
      ...[...line.matchAll(INLINE_LETTER)].map((m) => ({ at: m.index + m[0].indexOf(m[1]!), letter: m[1]! })),
    ].sort((a, b) => a.at - b.at);
    const cuts: number[] = [];
    for (const mark of marks) {
      if ('number' in mark && mark.number === nextNumber) [nextNumber, nextLetter] = [nextNumber + 1, 0];
      else if ('letter' in mark && mark.letter === VI_LETTERS[nextLetter]) nextLetter++;
      else continue;
      cuts.push(mark.at);
    }
    return [0, ...cuts].map((from, i) => line.slice(from, cuts[i]).trim());
  });
}

type Draft = { ordinal: string; parent: Draft | null; parts: string[]; fromBullet: boolean };

/** Reads the lines of a notice into items and sub-items, dropping the preamble and the closing. */
function splitItems(text: string): Draft[] {
  const lines: string[] = [];
  for (const raw of text.normalize('NFC').replace(/\r\n?/gu, '\n').split('\n')) {
    const { kept, closed } = cutClosing(raw.replace(/[\s\u00a0]+/gu, ' ').trim());
    if (kept) lines.push(kept);
    if (closed) break;
  }
  const split = splitInlineMarkers(lines).filter(Boolean);
  const romanAreItems = !split.some((l) => NUMBERED_LINE.test(l));
  const items: Draft[] = [];
  const seen = new Set<string>();
  let section = '';
  let top: Draft | null = null;
  let current: Draft | null = null;
  const open = (ordinal: string, parent: Draft | null, first: string, fromBullet = false) => {
    const draft: Draft = { ordinal, parent, parts: [first], fromBullet };
    items.push(draft);
    seen.add(ordinal);
    return draft;
  };
  const childOrdinal = (parent: Draft, label: string) => `${parent.ordinal}${label}`;
  // "-" bullets are sub-items only under an item whose own text ends with ":" (and not under a sub-item).
  const opensBullets = (item: Draft, at: Draft | null) =>
    item.parts.join(' ').trim().endsWith(':') && (at === item || at?.fromBullet === true);
  for (const line of split) {
    let m: RegExpExecArray | null;
    if ((m = ROMAN_LINE.exec(line)) && !romanAreItems) {
      [section, top, current] = [m[1]!, null, null]; // a section heading: its items keep their numbers
    } else if ((m = ROMAN_LINE.exec(line)) || (m = NUMBERED_LINE.exec(line))) {
      const ordinal = seen.has(m[1]!) && section ? `${section}.${m[1]}` : m[1]!; // numbering restarted
      top = current = open(ordinal, null, m[2]!);
    } else if ((m = DOTTED_LINE.exec(line))) {
      const parent = top?.ordinal === m[1] ? top : null;
      current = open(`${m[1]}.${m[2]}`, parent, m[3]!);
      top ??= current;
    } else if ((m = LETTERED_LINE.exec(line)) && top) {
      current = open(childOrdinal(top, m[1]!), top, m[2]!);
    } else if ((m = BULLET_LINE.exec(line)) && top && opensBullets(top, current)) {
      const count = items.filter((d) => d.parent === top && d.fromBullet).length;
      current = open(childOrdinal(top, VI_LETTERS[count] ?? `-${count + 1}`), top, m[1]!, true);
    } else if (current) {
      current.parts.push(line); // an unnumbered line (or a bullet kept in the text) continues the item
    }
  }
  return items;
}

// ---- Reading one item ----

const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const wordPattern = (alternatives: string, flags = 'gu') =>
  new RegExp(`${WORD_START}(?:${alternatives})${WORD_END}`, flags);

const AREA_WORDS: ReadonlyArray<readonly [ReformAreaCode, string]> = [
  ['institutional', 'the che|phap luat|van ban quy pham'],
  ['procedures', 'thu tuc hanh chinh|tthc|giay to cong dan|mot cua'],
  ['apparatus', 'to chuc bo may|sap xep|tinh gon|bien che'],
  ['civil_service', 'cong vu|cong chuc|can bo|vien chuc|ky luat, ky cuong'],
  ['public_finance', 'tai chinh cong|ngan sach|tu chu tai chinh|dau tu cong'],
  ['digital_government', 'chinh phu dien tu|chinh phu so|chuyen doi so|dich vu cong truc tuyen|de an 06|co so du lieu'],
];
/** "theo quy định của pháp luật" is boilerplate, not a task about law-making. */
const LAW_BOILERPLATE = /(?:theo |dung )?quy dinh (?:cua )?phap luat(?: hien hanh)?/gu;
const ALL_SIX_AREAS = wordPattern('ca (?:6|sau) noi dung', 'u');

function readAreas(folded: string): { areaCodes: ReformAreaCode[]; isCrossCutting: boolean } {
  if (ALL_SIX_AREAS.test(folded)) return { areaCodes: [], isCrossCutting: true };
  const text = folded.replace(LAW_BOILERPLATE, ' ');
  const firstAt = (words: string) =>
    new RegExp(`${WORD_START}(?:${words})${WORD_END}(?!\\s*\\d)`, 'u').exec(text)?.index;
  const areaCodes = AREA_WORDS.map(([code, words]) => ({ code, at: firstAt(words) }))
    .filter((a): a is { code: ReformAreaCode; at: number } => a.at !== undefined)
    .sort((a, b) => a.at - b.at)
    .map((a) => a.code);
  return { areaCodes, isCrossCutting: areaCodes.length === 0 || areaCodes.length === AREA_WORDS.length };
}

/** Group phrases, most specific first; "… liên quan" (only those concerned) is not a whole group. */
const GROUP_PATTERNS = (
  [
    ['ministries_and_provinces', '(?:cac )?bo,? (?:nganh|co quan),? (?:va )?(?:cac )?dia phuong(?! lien quan)'],
    ['committee_members', '(?:cac )?thanh vien ban chi dao'],
    [
      'ministries',
      'cac bo,? (?:co quan ngang bo|nganh)(?:,? co quan thuoc chinh phu)?(?! lien quan)(?!,? (?:va )?dia phuong)',
    ],
    [
      'provinces',
      '(?:(?:ubnd|uy ban nhan dan) )?cac tinh,? thanh pho(?: truc thuoc trung uong)?|cac dia phuong(?! lien quan)',
    ],
  ] as const
).map(([group, words]) => [group, wordPattern(words)] as const);

// Roles are read from the gaps between agency names and cue words (all folded).
const LEAD_CUE = wordPattern('chu tri');
const COORDINATE_CUE = wordPattern('phoi hop(?: chat che)?(?: voi)?|cung voi|cung');
const COORDINATE_BEFORE = new RegExp(`${WORD_START}(?:phoi hop(?: chat che)?(?: voi)?|cung voi|cung)\\s*:?\\s*$`, 'u');
const MONITOR_CUE = wordPattern('theo doi,? (?:va )?don doc');
/** Between a lead and "chủ trì" only words like "có trách nhiệm" may stand. */
const BEFORE_CUE_GAP = /^[\s,]*(?:(?:co trach nhiem|tiep tuc|truc tiep|khan truong)\s*)*$/u;
const AFTER_CUE_GAP = /^\s*:?\s*(?:cac\s+)?(?:bo\s*:\s*)?$/u;
const LIST_GAP = /^\s*(?:,|,?\s*va)\s*(?:cac\s+)?$/u;
/** What may open a sentence before its subject: "Giao", "Thủ tướng Chính phủ yêu cầu", "Đề nghị". */
const SUBJECT_OPENER = String.raw`\s*(?:(?:(?:pho )?thu tuong(?: chinh phu)?|lanh dao chinh phu)\s+)?(?:(?:giao|yeu cau|de nghi|chi dao)\s+)?`;
const SUBJECT_GAP = new RegExp(`^${SUBJECT_OPENER}(?:cac\\s+)?$`, 'u');
/** Before a group subject, agencies (written "@") may be listed with it: "Bộ Công an và các địa phương". */
const GROUP_SUBJECT_GAP = new RegExp(`^${SUBJECT_OPENER}(?:@\\s*(?:,|va)\\s*)*$`, 'u');
/** "Bộ Tài chính đã …": a report of what was done, not an order. */
const PAST_AFTER_SUBJECT = /^\s*(?:(?:cung|van)\s+)?(?:da|dang|duoc)(?![\p{L}])/u;
const CLAUSE_BREAK = /[.;:]\s*/gu;

type RoleReader = { text: string; folded: string; at: number[]; matches: AgencyMatch[] };

const gap = (r: RoleReader, from: number, to: number) => foldVi(r.text.slice(from, to)).replace(/\s+/gu, ' ');

/** The agencies listed ("A, B và C") around `first`, going forward or backward. */
function listFrom(r: RoleReader, first: number, step: 1 | -1): AgencyMatch[] {
  const list = [r.matches[first]!];
  for (let i = first + step; i >= 0 && i < r.matches.length; i += step) {
    const [a, b] = step === 1 ? [list.at(-1)!, r.matches[i]!] : [r.matches[i]!, list.at(-1)!];
    if (!LIST_GAP.test(gap(r, a.end, b.start))) break;
    list.push(r.matches[i]!);
  }
  return list;
}

function listBefore(r: RoleReader, at: number): AgencyMatch[] {
  const last = r.matches.findLastIndex((m) => m.end <= at);
  return last >= 0 && BEFORE_CUE_GAP.test(gap(r, r.matches[last]!.end, at)) ? listFrom(r, last, -1) : [];
}

function listAfter(r: RoleReader, at: number, allowed: RegExp): AgencyMatch[] {
  const first = r.matches.findIndex((m) => m.start >= at);
  return first >= 0 && allowed.test(gap(r, at, r.matches[first]!.start)) ? listFrom(r, first, 1) : [];
}

/** Source offsets of each cue: before it and after it. */
const cuesOf = (r: RoleReader, cue: RegExp) =>
  [...r.folded.matchAll(cue)].map((m) => ({ start: r.at[m.index]!, end: r.at[m.index + m[0].length]! }));

/** The first sentence subject (at the start of a clause, or after "Giao"/"Yêu cầu"/"Đề nghị"). */
function subjectList(r: RoleReader, skip: Set<number>): AgencyMatch[] {
  const clauseStarts = [0, ...[...r.text.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length)];
  for (const start of clauseStarts) {
    const first = r.matches.findIndex((m) => m.start >= start);
    if (first < 0 || skip.has(r.matches[first]!.proposed.id)) continue;
    if (!SUBJECT_GAP.test(gap(r, start, r.matches[first]!.start))) continue;
    const list = listFrom(r, first, 1);
    if (!PAST_AFTER_SUBJECT.test(gap(r, list.at(-1)!.end, list.at(-1)!.end + 20))) return list;
  }
  return [];
}

/** The clause before source offset `to`, folded, with agency names written "@". */
function leadIn(r: RoleReader, to: number): string {
  const breaks = [...r.text.slice(0, to).matchAll(CLAUSE_BREAK)];
  let pos = breaks.length > 0 ? breaks.at(-1)!.index + breaks.at(-1)![0].length : 0;
  let out = '';
  for (const m of r.matches.filter((a) => a.start >= pos && a.end <= to)) {
    out += `${r.text.slice(pos, m.start)}@`;
    pos = m.end;
  }
  return foldVi(out + r.text.slice(pos, to)).replace(/\s+/gu, ' ');
}

/**
 * Groups addressed as a subject ("Các bộ, ngành, địa phương tiếp tục…", "Đề nghị Ủy ban nhân dân các
 * tỉnh…"). One named in passing ("kiến nghị của các bộ, ngành") is not an addressee, and one after
 * "phối hợp với" only coordinates: both are left to a person, the latter with a note.
 */
function readGroups(r: RoleReader): { groups: GroupAddressee[]; notes: string[] } {
  const taken: [number, number][] = [];
  const found: { group: GroupAddressee; at: number }[] = [];
  const notes: string[] = [];
  for (const [group, pattern] of GROUP_PATTERNS) {
    for (const m of r.folded.matchAll(pattern)) {
      const [start, end] = [r.at[m.index]!, r.at[m.index + m[0].length]!];
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const before = leadIn(r, start);
      if (COORDINATE_BEFORE.test(before))
        notes.push(`"${r.text.slice(start, end)}" được nêu là phối hợp, không giao việc.`);
      else if (GROUP_SUBJECT_GAP.test(before) && !PAST_AFTER_SUBJECT.test(gap(r, end, end + 20))) {
        found.push({ group, at: start });
      }
    }
  }
  return { groups: [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.group))], notes };
}

const ids = (matches: AgencyMatch[]) => [...new Set(matches.map((m) => m.proposed.id))];

function readRoles(r: RoleReader) {
  // "VPCP theo dõi, đôn đốc Bộ X": the body after the cue is the one watched, unless none stands before.
  const monitor = cuesOf(r, MONITOR_CUE).flatMap((c) => {
    const before = listBefore(r, c.start);
    return before.length > 0 ? before : listAfter(r, c.end, AFTER_CUE_GAP);
  });
  const coordinators = cuesOf(r, COORDINATE_CUE).flatMap((c) => listAfter(r, c.end, AFTER_CUE_GAP));
  let leads = cuesOf(r, LEAD_CUE).flatMap((c) => listBefore(r, c.start).reverse());
  if (leads.length === 0) leads = subjectList(r, new Set(ids([...monitor, ...coordinators])));
  const leadIds = ids(leads);
  return {
    leadAgencyIds: leadIds,
    coordinatorAgencyIds: ids(coordinators).filter((id) => !leadIds.includes(id)),
    monitorAgencyId: ids(monitor)[0] ?? null,
  };
}

const EVALUATION = wordPattern(
  'chuyen bien tich cuc|dat duoc (?:nhieu )?ket qua|dat ket qua|da dat duoc|co buoc tien|ghi nhan|bieu duong|danh gia cao|hoan thanh tot',
  'u',
);
/** Imperative verbs; "đã/được/đang/việc …" before one, or "được" after, makes it a report of the past. */
const INSTRUCTION = wordPattern(
  'giao|yeu cau|de nghi|chu tri|phoi hop|khan truong|phai|tiep tuc|day manh|tap trung|nghien cuu|chu dong|hoan thien|ra soat|tang cuong|chu trong|nang cao|quan tam|trien khai|bao cao|trinh(?! do)',
);
const NOT_AN_ORDER_BEFORE = /(?:^|[^\p{L}])(?:da|duoc|dang|viec|se)\s$/u;

function isEvaluationOnly(folded: string): boolean {
  if (!EVALUATION.test(folded)) return false;
  return ![...folded.matchAll(INSTRUCTION)].some(
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

function readSourceDocument(text: string): string | null {
  const m = DOCUMENT_NUMBER.exec(text);
  return m ? `${SOURCE_TYPES[m[1]!]} số ${m[0]}` : null;
}

/** Lower-case words that end a name: the verbs and particles that follow an agency in a notice. */
const NAME_STOPS =
  'và chủ phối khẩn theo thực tiếp nghiên rà hoàn báo trình tổng hướng chỉ có đã được để là cần phải tham cùng triển tăng đẩy tập làm sớm kịp chịu trong với về tại của các gửi xem thống nghiêm căn đôn đề xây quyết trao giao sửa bổ';
/** How a notice names a body: "Bộ", "Sở" or "UBND tỉnh", a capitalised word, then its other words. */
const AGENCY_NAME = new RegExp(
  String.raw`(?<!\p{L})(?:Bộ|Sở|(?:Ủy|Uỷ) ban nhân dân|UBND)(?:\s+(?:tỉnh|thành phố|TP\.))?\s+\p{Lu}[\p{L}\p{N}&-]*` +
    String.raw`(?:\s+(?:và\s+(?=\p{Lu}))?(?!(?:${NAME_STOPS.replaceAll(' ', '|')})(?!\p{L}))[\p{L}\p{N}&-]+){0,6}`,
  'gu',
);

function unmatchedNames(text: string, matches: AgencyMatch[]): string[] {
  const unknown = [...text.matchAll(AGENCY_NAME)].filter(
    (n) => !matches.some((m) => m.start < n.index + n[0].length && m.end > n.index),
  );
  return [...new Set(unknown.map((n) => n[0]))].filter((name) => !foldVi(name).startsWith('bo chinh tri'));
}

function deadlineNotes(text: string, deadline: ParsedDeadline, onDate: string, noticeDate: string): string[] {
  const dated = findDatedPhrases(text, { onDate });
  const notes: string[] = [];
  if (dated[0] && dated[0].dueDate === null)
    notes.push(`Thời hạn "${dated[0].phrase}" không phải ngày hợp lệ: cần nhập tay.`);
  if (new Set(dated.map((d) => d.dueDate)).size > 1) {
    notes.push(`Có nhiều mốc thời hạn: ${dated.map((d) => d.phrase).join('; ')}. Đề xuất mốc đầu tiên.`);
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
    isHeading: false,
    notes: [],
  };
}

function readItem(draft: Draft, registry: AgencyRef[], options: Options): ProposedDirective {
  const blank = blankProposal(draft);
  const { text } = blank;
  const matches = findAgencies(text, registry, options.onDate);
  const reader: RoleReader = { text, ...foldForMatching(text), matches };
  const roles = readRoles(reader);
  const { groups, notes: groupNotes } = readGroups(reader);
  const isAssessment =
    roles.leadAgencyIds.length + roles.coordinatorAgencyIds.length + groups.length === 0 &&
    isEvaluationOnly(reader.folded);
  const deadline = isAssessment ? null : parseDeadline(text, options);
  const agencyNotes = matches.flatMap((m) => (m.note ? [m.note] : []));
  const dateNotes = isAssessment
    ? []
    : deadlineNotes(text, deadline, options.onDate, options.noticeDate ?? options.onDate);
  return {
    ...blank,
    ...readAreas(reader.folded),
    isAssessment,
    ...roles,
    groups,
    deadline,
    sourceDocument: readSourceDocument(text),
    unmatchedAgencyNames: unmatchedNames(text, matches),
    notes: [...new Set([...agencyNotes, ...groupNotes, ...dateNotes])],
  };
}

/** A sub-item that names no one ("a) Cải cách thể chế…") is done by whoever its parent names, by its date. */
function inheritFromParent(item: ProposedDirective, parent: ProposedDirective): ProposedDirective {
  const takeAgencies =
    item.leadAgencyIds.length + item.groups.length === 0 && parent.leadAgencyIds.length + parent.groups.length > 0;
  const takeDeadline = item.deadline === null && parent.deadline !== null;
  if (item.isAssessment || !(takeAgencies || takeDeadline)) return item;
  const { leadAgencyIds, coordinatorAgencyIds, groups, monitorAgencyId, deadline } = parent;
  const taken = [takeAgencies && 'cơ quan được giao', takeDeadline && 'thời hạn'].filter(Boolean).join(' và ');
  return {
    ...item,
    ...(takeAgencies ? { leadAgencyIds, coordinatorAgencyIds, groups } : {}),
    monitorAgencyId: item.monitorAgencyId ?? (takeAgencies ? monitorAgencyId : null),
    deadline: takeDeadline ? deadline : item.deadline,
    notes: [...item.notes, `Lấy ${taken} của mục ${parent.ordinal}.`],
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
 * Proposals for every item and sub-item of a conclusion notice, parents before their sub-items.
 * Deadlines are checked against the notice's date: the one in the pasted header, else `noticeDate`.
 */
export function parseConclusionText(text: string, registry: AgencyRef[], options: Options): ProposedDirective[] {
  let drafts: Draft[];
  const headerDate = typeof text === 'string' ? parseNoticeHeader(text).issueDate : null;
  options = { ...options, noticeDate: headerDate ?? options.noticeDate ?? options.onDate };
  try {
    drafts = splitItems(typeof text === 'string' ? text : '');
  } catch {
    return [];
  }
  const byOrdinal = new Map<string, ProposedDirective>();
  const items = drafts.map((draft) => {
    let item: ProposedDirective;
    try {
      item = readItem(draft, registry ?? [], options);
    } catch {
      item = { ...blankProposal(draft), notes: ['Không tự phân tích được mục này: cần nhập tay.'] };
    }
    const parent = draft.parent && byOrdinal.get(draft.parent.ordinal);
    if (parent) item = inheritFromParent(item, parent);
    byOrdinal.set(item.ordinal, item);
    return item;
  });
  return markHeadings(items);
}
