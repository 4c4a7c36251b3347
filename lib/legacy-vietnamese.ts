/**
 * Vietnamese typed in the 8-bit encodings offices used before Unicode (TCVN 6909:2001), whose documents still
 * circulate: Word and PDF files keep the bytes as Latin-1 characters. Such text is turned into Unicode here, before
 * anything else reads it.
 *
 * - TCVN3 (ABC), the ".VnTime" fonts: one code a letter, so "Thông báo kết luận" reads "Th«ng b¸o kÕt luËn" and "ư" is
 *   a soft hyphen, which text cleaning then drops. The table is the lower-case letters of TCVN 5712:1993 (VN3, which is
 *   what .VnTime holds; capitals are the same codes drawn by the ".VnTimeH" fonts), as glibc's TCVN5712-1 converter
 *   maps them (`legacy-vietnamese.test.ts` checks every code against `iconv` where it is installed). The capitals VN1
 *   adds in 0x80–0x9F and among these codes are never in .VnTime text and are left as they are.
 * - VNI Windows, the "VNI-Times" fonts (common in the south): a vowel followed by the code of its marks, so "Thông báo
 *   kết luận" reads "Thoâng baùo keát luaän"; "ơ", "ư", "đ" and four marked i and y have a code of their own.
 *
 * The two share codes (a VNI text passes the TCVN3 test too): where both fit, the reading with more of Vietnamese's
 * most common words wins.
 */
/** The codes (0xA1–0xFE, as Latin-1 characters) and the letters they stand for, in the same order. */
const CODES = '¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ';
const LETTERS = 'ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
const TCVN3: Record<string, string> = Object.fromEntries([...CODES].map((code, i) => [code, LETTERS[i]!]));
const TCVN3_CODE = new RegExp(`[${CODES}]`, 'g');

/** Letters only Unicode Vietnamese has: a paragraph holding one is Unicode already. */
const UNICODE_VIETNAMESE = /[ĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9]/u;
/**
 * Codes of TCVN3 letters that are neither a Vietnamese letter in Unicode nor common punctuation: what gives TCVN3 text
 * away ("¸" á, "µ" à, "®" đ, "­" ư …). Not what a Unicode text may well hold: «, ©, the middle dot, fractions, signs.
 */
const GIVEAWAY = /[¨ª¬\u00ad®µ¶¸¹»ÆÇËÎÏÐÑÖØÜÞßäåæçëîïñöøûüþ]/g;

export type LegacyEncoding = 'tcvn3' | 'vni';
export type LegacyReading = { text: string; from: LegacyEncoding | null };

/**
 * The text in Unicode, and which encoding it was typed in, judged from its paragraphs without a Unicode-only letter (a
 * Vietnamese paragraph in Unicode nearly always has a letter such as ư, ơ, đ or ạ): TCVN3 when they hold at least 8
 * codes that give TCVN3 away, of at least 5 kinds, making up at least 4% of their letters; VNI when they hold at least
 * 8 of VNI's codes that no Unicode Vietnamese letter is (ø, ï, û, ñ, ö …), of at least 4 kinds, 4% of their letters. A
 * text in another language has few kinds of those codes. Then each such paragraph is converted; in TCVN3 a word whose
 * Latin letters are all capitals is put in capitals, as the .VnTimeH fonts draw it ("TH«NG B¸O" is "THÔNG BÁO").
 */
export function fromLegacyVietnamese(text: string): LegacyReading {
  const from = encodingOf(text.split('\n'));
  return from ? { text: convertLines(text, from), from } : { text, from: null };
}

/**
 * A sheet's rows with their cells in Unicode when the sheet, all its cells together, is in a legacy encoding (a
 * tracking table or a list of people kept in Excel with .VnTime or VNI fonts); each cell converted as a paragraph of
 * its own.
 */
export function fromLegacyCells<T extends { cells: string[] }>(rows: T[]): T[] {
  const from = encodingOf(rows.flatMap((r) => r.cells.flatMap((c) => c.split('\n'))));
  return from ? rows.map((r) => ({ ...r, cells: r.cells.map((c) => convertLines(c, from)) })) : rows;
}

function encodingOf(paragraphs: string[]): LegacyEncoding | null {
  const joined = paragraphs.filter((p) => !UNICODE_VIETNAMESE.test(p)).join('\n');
  const letters = (joined.match(/\p{L}|\u00ad/gu) ?? []).length;
  const fits = (codes: string[], kinds: number) =>
    codes.length >= 8 && new Set(codes).size >= kinds && codes.length >= 0.04 * letters;
  const sample = joined.slice(0, 20_000);
  const readings = [
    { from: 'tcvn3' as const, fits: fits(joined.match(GIVEAWAY) ?? [], 5), read: toUnicode },
    { from: 'vni' as const, fits: fits(joined.match(VNI_GIVEAWAY) ?? [], 4), read: vniToUnicode },
  ]
    .filter((r) => r.fits)
    .map((r) => ({ from: r.from, ...syllables(r.read(sample)) }))
    .sort((a, b) => b.valid - a.valid);
  // The reading with the most Vietnamese words, when most of its marked words are.
  const best = readings[0];
  return best && best.valid >= 0.6 * best.words ? best.from : null;
}

const convertLines = (text: string, from: LegacyEncoding) =>
  text
    .split('\n')
    .map((p) => (UNICODE_VIETNAMESE.test(p) ? p : from === 'vni' ? vniToUnicode(p) : toUnicode(p)))
    .join('\n');

/** One paragraph of TCVN3 in Unicode, capitals where the .VnTimeH fonts would draw them. */
function toUnicode(paragraph: string): string {
  const plain = paragraph.replace(TCVN3_CODE, (c) => TCVN3[c]!);
  // A word whose Latin letters (two or more: "Hµ" is "Hà", "Sè" is "Số") are all capitals was typed in a capitals font
  // ("NGHÞ" is "NGHỊ"). Words are runs of letters ("BC-Bé" is "BC" and "Bé", Bộ); each code is one letter, so a word
  // stands where it stood.
  const words = [...plain.matchAll(WORD)].map((m) => {
    const ascii = paragraph.slice(m.index, m.index + m[0].length).match(/[A-Za-z]/g) ?? [];
    const capital = ascii.every(isCapital);
    return {
      text: m[0],
      at: m.index,
      ascii: ascii.length,
      capitals: ascii.length >= 2 && capital,
      oneCapital: capital,
    };
  });
  // A word of marked letters only ("§Ò" is "ĐỀ") is in capitals beside one that is: "§Ò NGHÞ" is "ĐỀ NGHỊ".
  for (const order of [words, [...words].reverse()])
    order.forEach((word, i) => {
      if (word.ascii === 0 && (order[i - 1]?.capitals || order[i + 1]?.capitals)) word.capitals = true;
    });
  // A line mostly in capitals is in capitals, its words with one capital too: "KT. Bé TR¦ëNG" is "KT. BỘ TRƯỞNG".
  const capitals = words.filter((w) => w.capitals).length;
  if (capitals >= 3 && capitals >= (2 / 3) * words.length)
    for (const word of words) if (word.ascii === 1 && word.oneCapital) word.capitals = true;
  // Pieces joined once: a paragraph of 40,000 capital words rebuilt word by word copied it 40,000 times.
  const pieces: string[] = [];
  let from = 0;
  for (const word of words)
    if (word.capitals) {
      pieces.push(plain.slice(from, word.at), word.text.toUpperCase());
      from = word.at + word.text.length;
    }
  pieces.push(plain.slice(from));
  let out = pieces.join('');
  // A sentence begins with a capital: one with a mark VN3 lacks ("Ủ", "Ở") was typed in a capitals font with the
  // lower-case code. At the paragraph's start (after its number, letter or dash) and after ". ", that code's letter is a
  // capital: "ñy ban" is "Ủy ban", "2. ë c¸c x·" is "2. Ở các xã".
  out = out.replace(SENTENCE_START, (whole, lead: string, letter: string, at: number) =>
    TCVN3[paragraph[at + lead.length]!] ? lead + letter.toUpperCase() : whole,
  );
  return out.normalize('NFC');
}
/** A letter that is itself an item's mark ("®)" is "đ)") stays as it is. */
const SENTENCE_START = /(^\s*(?:(?:\d+(?:\.\d+)*|[a-zđ])[.)]\s+|[-–+•]\s+)?|[.!?]\s+)(\p{Ll})(?![.)])/gu;
const isCapital = (c: string) => c >= 'A' && c <= 'Z';
const WORD = /[A-Za-z\p{L}]+/gu;

/**
 * A file's bytes that are not UTF-8 (a CSV as Excel saves it on a Vietnamese Windows, in Windows-1258, or a sheet typed
 * with .VnTime or VNI fonts) in Unicode: read as Windows-1258, and as Latin-1 in TCVN3 or VNI, the reading with the
 * most Vietnamese syllables among its marked words, when it has a few and most of its marked words are; else null (a
 * French file in Windows-1252 reads as no Vietnamese, and is refused as before).
 */
export function fromLegacyBytes(bytes: Uint8Array): string | null {
  const windows = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  const legacy = fromLegacyVietnamese(new TextDecoder('windows-1252').decode(bytes));
  const [best] = [windows, ...(legacy.from ? [legacy.text] : [])]
    .map((text) => ({ text, ...syllables(text.slice(0, 20_000)) }))
    .sort((a, b) => b.valid - a.valid);
  return best && best.valid >= 5 && best.valid >= 0.6 * best.words ? best.text : null;
}

/**
 * VNI's codes that are no letter of Unicode Vietnamese: the marks "ø" (grave), "û" (hook), "ï" (dot below), "ä", "å"
 * (circumflex with dot, hook), "ë", "ü" (breve with dot, tilde), and the letters "ñ" (đ), "ö" (ư), "æ" (ỉ), "î" (ỵ).
 */
const VNI_GIVEAWAY = /[øûïäåëüñöæîØÛÏÄÅËÜÑÖÆÎ]/g;
/**
 * A vowel's marks by the code typed after it (in either case): a tone (acute, grave, hook, tilde, dot below); a
 * circumflex (on a, e, o) alone or with a tone; a breve (on a) alone or with a tone.
 */
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const VNI_MARKS: Record<string, { marks: string; on: RegExp }> = Object.fromEntries(
  [
    ...[...'ùøûõï'].map((code, i) => [code, TONES[i]!, /[aeiouyơư]/iu] as const),
    ...[...'âáàåãä'].map((code, i) => [code, `\u0302${TONES[i - 1] ?? ''}`, /[aeo]/iu] as const),
    ...[...'êéèúüë'].map((code, i) => [code, `\u0306${TONES[i - 1] ?? ''}`, /a/iu] as const),
  ].flatMap(([code, marks, on]) => [code, code.toUpperCase()].map((c) => [c, { marks, on }])),
);
/** Letters with a code of their own ("í" and "ì" are themselves). */
const VNI_LETTERS: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };
for (const [code, letter] of Object.entries(VNI_LETTERS)) VNI_LETTERS[code.toUpperCase()] = letter.toUpperCase();
const VNI_LETTER = new RegExp(`[${Object.keys(VNI_LETTERS).join('')}]`, 'g');
const VNI_MARK = new RegExp(`([aeiouyơư])([${Object.keys(VNI_MARKS).join('')}])`, 'giu');

/** One paragraph of VNI in Unicode: each letter code read, then each mark code put on the vowel before it. */
function vniToUnicode(paragraph: string): string {
  return paragraph
    .replace(VNI_LETTER, (c) => VNI_LETTERS[c]!)
    .replace(VNI_MARK, (whole, vowel: string, code: string) => {
      const mark = VNI_MARKS[code]!;
      return mark.on.test(vowel) ? vowel + mark.marks : whole;
    })
    .normalize('NFC');
}

/**
 * How Vietnamese a reading is: of its words with a letter beyond ASCII, how many are Vietnamese syllables (an initial
 * consonant, a vowel group, a final consonant, at most one tone). A wrong reading of a legacy text makes vowel groups
 * no syllable has ("Vieọt", "aừ"), and Spanish or German read as VNI makes words such as "ađejo".
 */
function syllables(text: string): { words: number; valid: number } {
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => /[^a-z]/.test(w));
  return { words: words.length, valid: words.filter(isSyllable).length };
}
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE = new RegExp(
  '^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?' +
    '(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|' +
    'uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])(?:ch|ng|nh|[cmnpt])?$',
);
const isSyllable = (word: string) => {
  const bare = word.normalize('NFD');
  return (bare.match(TONE_MARK) ?? []).length <= 1 && SYLLABLE.test(bare.replace(TONE_MARK, '').normalize('NFC'));
};
