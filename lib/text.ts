/** Vietnamese order for lists of names: Đ after D, "Đà Nẵng" after "Dak Lak". */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => viCollator.compare(key(a), key(b)));
}

/**
 * Text without the characters no one types on purpose and that change what a reader sees or what matches: control
 * characters (tab and line breaks stay; PostgreSQL cannot store NUL at all, found by tests/fuzz.test.ts), and the
 * invisible format characters: zero-width spaces and joiners, the byte-order mark, the soft hyphen, and the bidi
 * marks, embeddings, overrides and isolates (U+202E shows "Nam\u202Eliam" as "Nam mail"). A pasted line or
 * paragraph separator becomes a line break. "Sở Tài chính\u200b" would otherwise be a second, unmatchable name. Also the
 * characters that only change how the one before them is drawn or are drawn as nothing: variation selectors, tag
 * characters, the combining grapheme joiner and the Hangul fillers ("Bộ Tư pháp" with a tag character after it was
 * created as a second Bộ Tư pháp: attacker pass 19).
 */
export function withoutControls(value: string): string {
  return value.replace(/[\u2028\u2029]/g, '\n').replace(INVISIBLE, '');
}
const INVISIBLE =
  // Tab and line breaks stay; every other control, format and default-ignorable character goes, with the blanks
  // drawn as nothing (braille blank, Hangul fillers). Attacker pass 19: a tag character, a musical-symbol "begin
  // beam" or an Egyptian format joiner after "Bộ Tư pháp" made a second Bộ Tư pháp. Attacker pass 29: the
  // noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two of every plane) and a surrogate with no pair (a JSON
  // body can write one), which no text means and XML cannot carry: a progress note holding U+FFFF made the audit
  // export, and every DOCX or XLSX it reached, a file Excel and Word call damaged.
  /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}\u2800\u115f\u1160\u3164\uffa0]/gu;

/**
 * Text as XML 1.0 can carry it, for what the app writes into DOCX and XLSX files (their parts are XML): without the
 * controls other than tab and line breaks, the surrogates with no pair and U+FFFE/U+FFFF, which make the file one Word
 * or Excel calls damaged. Text typed now never holds them (`withoutControls`); this is for what was stored before, the
 * audit trail above all, which no one may change (attacker pass 29).
 */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '');
}
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * What `text.matchAll(pattern)` gives, as an array, without the copy of the pattern `matchAll` makes on each call (it
 * compiles the pattern's source again: microseconds for a long vocabulary pattern, paid for every item of a notice of
 * thousands of short lines). Reads from `pattern.lastIndex` and leaves it as it was, as `matchAll` does.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches needs a global pattern');
  const from = pattern.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      out.push(m);
      if (m[0] === '') {
        const at = pattern.lastIndex;
        const pair =
          (pattern.unicode || pattern.flags.includes('v')) &&
          at + 1 < text.length &&
          (text.codePointAt(at) ?? 0) > 0xffff;
        pattern.lastIndex = at + (pair ? 2 : 1);
      }
    }
  } finally {
    pattern.lastIndex = from;
  }
  return out;
}

const ASCII = /^[\t\n\r -~]*$/;
/** Lower-case without accents (đ → d), for accent- and case-insensitive search. */
export function foldVi(text: string): string {
  // plain ASCII has nothing to fold but its case (decomposing it is most of the cost, paid per line and per item)
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** A piece of a download's file name in plain ASCII, case kept: accents dropped, Đ → D, spaces → "-", nothing else. */
export function asciiFilePart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^A-Za-z0-9-]/g, '');
}

/**
 * Text as a person typed or pasted it, tidied as it is stored: without invisible characters (`withoutControls`: zero-
 * width spaces, the byte-order mark), composed (NFC: macOS and Word paste "ễ" as "e" and two marks), every run of
 * white space (the non-breaking space of a Word table or a web page included) one space, trimmed.
 */
export function tidyText(value: string): string {
  return withoutControls(value).normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The tone mark where the 1997 rules put it ("hòa", "khỏe", "thủy"), for text written the older way ("hoà", "khoẻ",
 * "thuỷ"): on oa, oe and uy closing a syllable the mark goes on the first vowel. "Quý" stays (its u belongs to qu),
 * and a syllable with a final consonant is the same both ways ("hoàng", "Huỳnh"). For comparing, not for storing: a
 * name is kept as its owner writes it. `text` in NFC.
 */
export function modernTones(text: string): string {
  return text.replace(OLD_TONE, (all, before: string, vowel: string, marked: string) => {
    const base = TONE_BASE[marked]!;
    const pair = vowel.toLowerCase() + base.toLowerCase();
    if (!(pair === 'oa' || pair === 'oe' || pair === 'uy') || (pair === 'uy' && before.toLowerCase() === 'q'))
      return all;
    return before + TONES[vowel]![TONE_OF[marked]!]! + base;
  });
}
const TONES: Record<string, string> = {
  a: 'àáảãạ',
  A: 'ÀÁẢÃẠ',
  e: 'èéẻẽẹ',
  E: 'ÈÉẺẼẸ',
  y: 'ỳýỷỹỵ',
  Y: 'ỲÝỶỸỴ',
  o: 'òóỏõọ',
  O: 'ÒÓỎÕỌ',
  u: 'ùúủũụ',
  U: 'ÙÚỦŨỤ',
};
const TONE_OF: Record<string, number> = {};
const TONE_BASE: Record<string, string> = {};
for (const base of 'aAeEyY') [...TONES[base]!].forEach((c, i) => ((TONE_OF[c] = i), (TONE_BASE[c] = base)));
/** A letter or none, o or u, a marked a, e or y closing the word. */
const OLD_TONE = new RegExp(`(\\p{L}?)([oOuU])([${Object.keys(TONE_OF).join('')}])(?![\\p{L}\\p{M}])`, 'gu');

/**
 * A person's name as two lists write the same person (decisions 086, 101): tidied (`tidyText`), the tone marks placed
 * one way (`modernTones`: "Thuỷ" is "Thủy"), without a closing dot or semicolon (a decision's list ends each line
 * "…;" or "…."), in lower case. Accents kept: "Lê Văn Tướng" is not "Le Van Tuong".
 */
export function personNameKey(name: string): string {
  return modernTones(tidyText(name))
    .replace(/[\s.,;:]+$/u, '')
    .toLocaleLowerCase('vi');
}

/**
 * A name folded for comparing bodies and for search (decision 101): `foldVi` of the tidied text, with the
 * abbreviations decisions and lists write for the same words made one: "Ủy ban nhân dân" is "ubnd"; "TP.", "Tp",
 * "TP" before a name is "thanh pho", and "TP.HCM", "TPHCM" "thanh pho ho chi minh"; a closing dot or semicolon goes.
 */
export function foldedKey(text: string): string {
  return foldVi(tidyText(text))
    .replace(/\buy ban nhan dan\b/gu, 'ubnd')
    .replace(/\btp\.? ?hcm\b/gu, 'thanh pho ho chi minh')
    .replace(/\btp\b\.? ?(?=[a-z])/gu, 'thanh pho ')
    .replace(/[\s.,;:]+$/u, '');
}
