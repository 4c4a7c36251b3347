import { foldVi } from '@/lib/text';

/**
 * Copies of notices taken from web pages glue words together: "phốihợp với các Bộ", "khẩn trươngtrình Thủ tướng",
 * "công vănsố". A Vietnamese syllable has a fixed shape (an onset, one to three vowels, a final consonant) and at most
 * one tone mark, so a word that is no syllable but splits into two in exactly one way is two words glued; the space is
 * put back before the notice is read. A word without a Vietnamese letter ("Vinasat") is left as it is, and so is one
 * that splits two ways ("vụthực": "vụ thực" or "vụt hực").
 */
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?';
const SYLLABLE = new RegExp(`^${ONSET}([aeiouy]{1,3})(ng|nh|ch|[cmnpt])?$`, 'u');
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** A run of letters with a Vietnamese letter in it, lower-case after its first letter, at least four letters long. */
const CANDIDATE = /(?<!\p{L})\p{L}\p{Ll}{3,24}(?!\p{L})/gu;
const VIETNAMESE_LETTER = /[^\p{ASCII}]/u;

function isSyllable(word: string): boolean {
  if ((word.normalize('NFD').match(TONE_MARKS)?.length ?? 0) > 1) return false;
  const m = SYLLABLE.exec(foldVi(word).toLowerCase());
  if (!m) return false;
  const [, vowels, final] = m as unknown as [string, string, string | undefined];
  if (!final) return true;
  // a final consonant only after a vowel that can take one: "tài" + "c" is no syllable, "trương", "khuynh" are
  const last = vowels.at(-1)!;
  if (last === 'i') return vowels === 'i';
  if (last === 'y') return vowels === 'y' || vowels === 'uy';
  if (last === 'u') return vowels === 'u';
  if (last === 'o') return vowels === 'o' || vowels === 'uo' || vowels === 'oo';
  if (final === 'ch' || final === 'nh') return last === 'a' || last === 'e';
  return true;
}

/**
 * "cơ quanngang Bộ", "dânngày": no Vietnamese syllable holds "n" then "ng" ("nng"), so a word of plain letters with it is
 * two words glued there too, though it has no Vietnamese letter of its own ("quanngang": "quan ngang").
 */
const N_THEN_NG = /(?<=n)ng/iu;

/** The one place a glued word splits into two syllables, or null. */
function gluedAt(word: string): number | null {
  if (isSyllable(word)) return null;
  if (!VIETNAMESE_LETTER.test(word)) {
    const at = N_THEN_NG.exec(word)?.index;
    return at !== undefined && isSyllable(word.slice(0, at)) && isSyllable(word.slice(at)) ? at : null;
  }
  let at: number | null = null;
  for (let i = 1; i < word.length; i++) {
    if (!isSyllable(word.slice(0, i)) || !isSyllable(word.slice(i))) continue;
    if (at !== null) return null;
    at = i;
  }
  return at;
}

/**
 * A short name in capitals glued to the next word ("UBNDcác tỉnh", "VPCPxin"), and a word glued to the capital of the
 * next ("yêu cầuBộ Xây dựng"): split when the lower-case part is a syllable ("TTg", "kWh", "MWh" stay).
 */
const CAPITALS_THEN_WORD = /(?<!\p{L})(\p{Lu}{2,})(\p{Ll}{2,7})(?!\p{L})/gu;
const WORD_THEN_CAPITAL = /(?<!\p{L})(\p{L}\p{Ll}{1,6})(?=\p{Lu}\p{Ll})/gu;

/** The text (in NFC) with the space put back in each glued word. */
export function unglueWords(text: string): string {
  return text
    .normalize('NFC')
    .replace(CAPITALS_THEN_WORD, (all, short: string, word: string) =>
      // "NHIỆMTrần": a word in capitals, then a name ("Trần") whose capital is the run's last letter
      short.length > 2 && isSyllable(short.at(-1)! + word)
        ? `${short.slice(0, -1)} ${short.at(-1)}${word}`
        : isSyllable(word)
          ? `${short} ${word}`
          : all,
    )
    .replace(WORD_THEN_CAPITAL, (word: string) =>
      isSyllable(word) && VIETNAMESE_LETTER.test(word) ? `${word} ` : word,
    )
    .replace(CANDIDATE, (word) => {
      const at = gluedAt(word);
      return at === null ? word : `${word.slice(0, at)} ${word.slice(at)}`;
    });
}
