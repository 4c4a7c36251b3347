import { foldVi } from '@/lib/text';
import { ADDRESS_SIR_MADAM, ADDRESS_WORDS, COMMON_SURNAMES, RANKS, VACANT_NAMES } from './name-vocabulary';

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
const ADDRESS = ADDRESS_WORDS.map(fold);
const RANK_WORDS = [...new Set(RANKS.map(fold))].sort((a, b) => b.length - a.length);
const VACANT = VACANT_NAMES.map(fold);

/** The words of `text` (split at spaces), and each word folded. */
function words(text: string) {
  const list = text.split(/\s+/u).filter(Boolean);
  return { list, folded: list.map(fold) };
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
    if (SIR_MADAM.has(f[0] ?? '') && SURNAMES.has(lower(list[1] ?? '')) && list.length >= 3) {
      name = dropWords(name, 1);
      changed = true;
      continue;
    }
    const found = rank ? undefined : RANK_WORDS.find((r) => f.slice(0, r.split(' ').length).join(' ') === r);
    const size = found?.split(' ').length ?? 0;
    if (found && list.length - size >= 2) {
      rank = list.slice(0, size).join(' ');
      name = dropWords(name, size);
      changed = true;
    }
  }
  return { name, rank };
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
