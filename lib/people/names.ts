import { foldVi } from '@/lib/text';
import {
  ADDRESS_SIR_MADAM,
  ADDRESS_WORDS,
  COMMON_SURNAMES,
  SURNAME_ONG,
  GROUP_AFTER_JOIN,
  GROUP_JOINS,
  GROUP_OPENINGS,
  LEAD_IN_ENDINGS,
  LEAD_IN_VERBS,
  RANKS,
  TITLE_OPENINGS,
  VACANT_NAMES,
} from './name-vocabulary';

/**
 * A person's name as published lists write it, read for an account or an attendance row: the words of address and
 * a rank before it go (the rank to the title), the lead-in of a press report before "đồng chí" goes, and a cell that
 * holds no one ("* Tiếp tục cập nhật") is told apart. Pure functions; the words are in ./name-vocabulary.ts.
 */

const fold = (text: string) => foldVi(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
// Surnames compared with their accents: Vân is one, Văn (a middle name) is not.
const lower = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi');
const SURNAMES = new Set(COMMON_SURNAMES.map(lower));
const SIR_MADAM = new Set(ADDRESS_SIR_MADAM.map(fold));
/**
 * Whether `list` opens with "Ông"/"Bà" of address before a surname: a common one, or Ông the surname itself ("Ông Ông
 * Văn Thành" is Mr Ông Văn Thành; no name starts "Ông Ông").
 */
const sirMadamBeforeSurname = (list: readonly string[]) =>
  SIR_MADAM.has(fold(list[0] ?? '')) &&
  (SURNAMES.has(lower(list[1] ?? '')) || (list.length >= 3 && lower(list[1] ?? '') === lower(SURNAME_ONG)));
const ADDRESS = ADDRESS_WORDS.map(fold);
/** A folded text's words without their dots: "GS. TS." and "GS.TS" are compared as "gs ts" and "gsts". */
const undotted = (text: string) => text.replace(/\./g, '');
const RANK_SET = new Set(RANKS.map((r) => undotted(fold(r))));
const RANK_MAX_WORDS = Math.max(...[...RANK_SET].map((r) => r.split(' ').length));
/** The rank the folded words `f` open with (dots aside, longest first), as its folded words; undefined: none. */
function rankOpening(f: readonly string[]): string | undefined {
  const opening = f.slice(0, RANK_MAX_WORDS).map(undotted);
  for (let n = opening.length; n > 0; n--) {
    const text = opening.slice(0, n).join(' ');
    if (RANK_SET.has(text)) return text;
  }
  return undefined;
}
const VACANT = VACANT_NAMES.map(fold);

/**
 * The words of `text` (split at spaces), and each word folded, without a colon after it or a dot inside or after a
 * word of address ("Đ/c:", "Đồng chí:", "Đ/c.", "Đ.c" are read as "d/c" and "dong chi").
 */
function words(text: string) {
  const list = text.split(/\s+/u).filter(Boolean);
  return {
    list,
    folded: list.map((w) =>
      fold(w)
        .replace(/:$/u, '')
        .replace(/^d\.c\.?$|^d\/c\.$/u, 'd/c'),
    ),
  };
}

/** `text` without its first `n` words. */
const dropWords = (text: string, n: number) => words(text).list.slice(n).join(' ');

/**
 * The name without what precedes it, and the rank found there ('' when none): "Đồng chí Trần Quốc Văn" → Trần Quốc
 * Văn; "Ông Nguyễn Thành Hưng" → Nguyễn Thành Hưng ("Ông" only before a common surname and two more words: Ông is
 * also a surname); "Đại tá Nguyễn Thanh Trường" → Nguyễn Thanh Trường, rank "Đại tá"; "Các Phó Trưởng Ban, gồm:
 * Đồng chí Trương Văn Đạt" (a press report's sentence) → Trương Văn Đạt. A name that is only such words stays whole.
 */
export function splitPersonName(text: string): { name: string; rank: string } {
  let name = text.replace(/\s+/gu, ' ').trim();
  // A lead-in before "đồng chí"/"đ/c" is a sentence's, not the name's: the name starts after the last of them.
  const { folded } = words(name);
  for (let i = folded.length - 1; i > 0; i--) {
    const two = `${folded[i - 1]} ${folded[i]}`;
    const at = ADDRESS.includes(two) ? i + 1 : ADDRESS.includes(folded[i]!) ? i + 1 : -1;
    if (at > 0 && at < folded.length - 1) {
      name = dropWords(name, at);
      break;
    }
  }
  let rank = '';
  for (let changed = true; changed;) {
    changed = false;
    const { list, folded: f } = words(name);
    const address = ADDRESS.find((a) => f.slice(0, a.split(' ').length).join(' ') === a);
    const count = address?.split(' ').length ?? 0;
    if (address && list.length - count >= 2) {
      name = dropWords(name, count);
      changed = true;
      continue;
    }
    // "Ông"/"Bà" before a surname, or before a rank or an academic title ("Ông GS.TS Nguyễn Văn An").
    const sirMadam = SIR_MADAM.has(f[0] ?? '') && list.length >= 3;
    if (sirMadam && (sirMadamBeforeSurname(list) || (!rank && rankOpening(f.slice(1))))) {
      name = dropWords(name, 1);
      changed = true;
      continue;
    }
    const found = rank ? undefined : rankOpening(f);
    const size = found?.split(' ').length ?? 0;
    if (found && list.length - size >= 2) {
      rank = list.slice(0, size).join(' ');
      name = dropWords(name, size);
      changed = true;
    }
  }
  // A decision's list closes each line with ";" or ".": not the name's.
  return { name: name.replace(/(?<=\p{L}{2,})[.,;:]+$/u, ''), rank };
}

/** The title with the rank in front ("Đại tá, Giám đốc Công an tỉnh"), unless it already starts with it. */
export function titleWithRank(rank: string, title: string): string {
  if (!rank) return title;
  if (!title) return rank;
  return fold(title).startsWith(fold(rank)) ? title : `${rank}, ${title}`;
}

const LEADING_MARKS = new Set([...' \t*•-–—(.']);
const TRAILING_MARKS = new Set([...' \t*.)…']);

/** A name cell that holds nobody: "* Tiếp tục cập nhật", "(Đang cập nhật)", "Chưa bổ nhiệm". */
export function isVacantName(text: string): boolean {
  // Marks trimmed by hand: a regular expression anchored at the end is quadratic on "a…(199,000 dots)…x".
  let [from, to] = [0, text.length];
  while (from < to && LEADING_MARKS.has(text[from]!)) from++;
  while (to > from && TRAILING_MARKS.has(text[to - 1]!)) to--;
  const bare = fold(text.slice(from, to));
  // A one-word phrase ("Khuyết") only alone: a name may start with it.
  return bare !== '' && VACANT.some((v) => bare === v || (v.includes(' ') && bare.startsWith(`${v} `)));
}

// ---------------------------------------------------------------------------------------------
// A person in a press report's sentence

const LEAD_INS = LEAD_IN_ENDINGS.map(fold).sort((a, b) => b.length - a.length);
const LEAD_IN_VERB = new Set(LEAD_IN_VERBS.map(fold));
const TITLE_OPENING = TITLE_OPENINGS.map(lower);
const GROUP_OPENING = GROUP_OPENINGS.map(lower);
const GROUP_JOIN = new Set(GROUP_JOINS.map(lower));
const GROUP_AFTER = GROUP_AFTER_JOIN.map(lower);
/** Between a name and a title: a dash with a space on at least one side ("Nguyễn Văn A - Giám đốc", "A– B"). */
const DASH = /\s*[–—]\s*|\s+-\s*|\s*-\s+/u;

/** How many words of the phrase of `phrases` that `list` has from word `from` on (lower case, accents kept); 0: none. */
function opensWith(list: readonly string[], phrases: readonly string[], from = 0): number {
  for (const p of phrases) {
    const ws = p.split(' ');
    // A comma after a word does not change it ("Bộ trưởng, Chủ nhiệm …").
    if (ws.every((w, i) => lower(list[from + i] ?? '').replace(/(?<![,;:.])[,;:.]+$/u, '') === w)) return ws.length;
  }
  return 0;
}

/** Whether the words `list` start with a post ("Bộ trưởng …", "Phó Chủ tịch …"). */
const opensWithTitle = (list: readonly string[]) => opensWith(list, TITLE_OPENING) > 0;
/** Whether `list` starts with a word of address before a name, or a rank. */
function opensWithPerson(list: readonly string[]): boolean {
  const f = list.slice(0, 3).map(fold);
  if (ADDRESS.some((a) => f.slice(0, a.split(' ').length).join(' ') === a)) return true;
  if (sirMadamBeforeSurname(list)) return true;
  return rankOpening(f) !== undefined;
}

/**
 * A name written after its post, as press reports do ("Bộ trưởng Bộ Công an Lương Tam Quang", "Trưởng Đoàn đại biểu
 * Quốc hội TP Nguyễn Thiện Nhân"): the last words, each capitalised, from a common surname on (two to five of them,
 * four at most when a shorter reading is there: "… Hà Nội Nguyễn Văn A"). Null when the text does not open with a post
 * or no such name ends it.
 */
export function nameAfterTitle(text: string): { name: string; title: string } | null {
  const list = text.split(/\s+/u).filter(Boolean);
  if (!opensWithTitle(list)) return null;
  let start = list.length;
  while (start > 0 && /^\p{Lu}[\p{L}'’]*$/u.test(list[start - 1]!)) start--;
  const starts: number[] = [];
  for (let i = Math.max(start, 1); i <= list.length - 2; i++)
    if (SURNAMES.has(lower(list[i]!)) && list.length - i <= 5) starts.push(i);
  const at = starts.find((i) => list.length - i <= 4) ?? starts[0];
  if (at === undefined) return null;
  return {
    name: list.slice(at).join(' '),
    title: list
      .slice(0, at)
      .join(' ')
      .replace(/(?<![\s,;:])[\s,;:]+$/u, ''),
  };
}

/**
 * A press report's sentence without its lead-in: "Về phía tỉnh Gia Lai có các đồng chí: Hồ Văn Niên-…" → "Hồ Văn
 * Niên-…" (the text up to a colon after "có các đồng chí", "gồm", "Các ông"); "Dự hội nghị tại điểm cầu Hưng Yên có
 * ông Đỗ Tiến Sỹ, …" → "ông Đỗ Tiến Sỹ, …" (after "có", "là", "gồm" before a word of address, a rank or a post that a
 * name ends). A text that starts with a person ("Nguyễn Văn A, Giám đốc Sở là Trưởng ban") is left whole.
 */
export function withoutLeadIn(text: string): string {
  let body = text.replace(/\s+/gu, ' ').trim();
  // A lead-in is a few words: colons past the first 300 characters, and words past the 40th, are not looked at.
  for (let at = body.lastIndexOf(':', 300); at > 0; at = body.lastIndexOf(':', at - 1)) {
    const before = ` ${fold(body.slice(Math.max(0, at - 40), at))}`;
    if (LEAD_INS.some((l) => before.endsWith(` ${l}`)) && body.slice(at + 1).trim()) {
      body = body.slice(at + 1).trim();
      break;
    }
  }
  const list = body.split(' ');
  // A sentence that opens with a person is that person's, whatever follows ("… là Trưởng ban").
  if (opensWithPerson(list) || SURNAMES.has(lower(list[0] ?? ''))) return body;
  for (let i = 1; i < Math.min(list.length - 1, 40); i++) {
    if (DASH.test(` ${list[i - 1]!} `) || list[i - 1] === '-') break;
    if (!LEAD_IN_VERB.has(fold(list[i - 1]!))) continue;
    const rest = list.slice(i);
    if (opensWithPerson(rest) || (opensWithTitle(rest.slice(0, 3)) && nameAfterTitle(rest.join(' '))))
      return rest.join(' ');
  }
  return body;
}

/**
 * Where people a report does not name are joined to a person's title ("…, cùng các đồng chí Ủy viên Ban Thường vụ …",
 * "… và Ban giám đốc Công an 3 tỉnh …"): the text before, and the group (null when none).
 */
export function splitJoinedGroup(text: string): { text: string; group: string | null } {
  const list = text.split(' ');
  for (let i = 1; i < list.length - 1; i++) {
    if (!GROUP_JOIN.has(lower(list[i]!)) || opensWith(list, GROUP_AFTER, i + 1) === 0) continue;
    return {
      text: list
        .slice(0, i)
        .join(' ')
        .replace(/(?<![\s,;])[\s,;]+$/u, ''),
      group: list.slice(i).join(' '),
    };
  }
  return { text, group: null };
}

/** Whether a text opens as a mention of people not named ("các thành viên khác là …", "Cùng dự có đại diện …"). */
export const opensWithGroup = (text: string) => opensWith(text.trim().split(/\s+/u).slice(0, 3), GROUP_OPENING) > 0;

/**
 * Whether a name read from a report's text names nobody: a group ("các thành viên khác là …", "đại diện lãnh đạo …"),
 * a post without a name ("Ủy viên Ban Thường vụ Tỉnh ủy"), or a sentence ("Hội nghị được kết nối trực tuyến đến 63
 * tỉnh"). A name typed in lower case ("nguyễn văn an") is still a name.
 */
export function namesNobody(text: string): boolean {
  // Judged on its first 300 characters (a name is at most 120: a longer one is refused as too long anyway).
  const list = text.slice(0, 300).replace(/\s+/gu, ' ').trim().split(' ').filter(Boolean);
  if (list.length === 0) return false;
  if (opensWithGroup(list.slice(0, 3).join(' '))) return true;
  const { name } = splitPersonName(list.join(' '));
  const own = name.split(' ');
  // A post has words in lower case ("Ủy viên", "Chủ tịch"); Phó Đức Phương (Phó is a surname too) has none.
  const lowerWords = own.filter((w) => /^\p{Ll}/u.test(w)).length;
  if (opensWithTitle(own) && lowerWords > 0) return true;
  // A sentence: words in lower case, and many of them or a number ("Nguyễn Văn 2" is a name mistyped, said as such).
  return lowerWords >= 2 && (own.length >= 5 || /\p{Nd}/u.test(name));
}
