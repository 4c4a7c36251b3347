/**
 * Vietnamese typed in TCVN3 (ABC), the 8-bit encoding of the ".VnTime" fonts that offices used before Unicode (TCVN
 * 6909:2001) and whose documents still circulate: Word and PDF files keep the bytes as Latin-1 characters, so
 * "Thông báo kết luận" reads "Th«ng b¸o kÕt luËn" and "ư" is a soft hyphen, which text cleaning then drops. Such text
 * is turned into Unicode here, before anything else reads it.
 *
 * The table is the lower-case letters of TCVN 5712:1993 (VN3, which is what .VnTime holds; capitals are the same codes
 * drawn by the ".VnTimeH" fonts), as glibc's TCVN5712-1 converter maps them (`legacy-vietnamese.test.ts` checks every
 * code against `iconv` where it is installed). The capitals VN1 adds in 0x80–0x9F and among these codes are never in
 * .VnTime text and are left as they are.
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

export type LegacyReading = { text: string; from: 'tcvn3' | null };

/**
 * The text in Unicode, and whether it was TCVN3. It is when its paragraphs without a Unicode-only letter hold at least
 * 8 giveaway codes of at least 5 kinds, making up at least 4% of their letters: a Vietnamese paragraph in Unicode
 * nearly always has a letter such as ư, ơ, đ or ạ, and a text in another language has few kinds of those codes. Then
 * each such paragraph is converted, and a word whose Latin letters are all capitals is put in capitals, as the
 * .VnTimeH fonts draw it ("TH«NG B¸O" is "THÔNG BÁO").
 */
export function fromLegacyVietnamese(text: string): LegacyReading {
  return isTcvn3(text.split('\n')) ? { text: convertLines(text), from: 'tcvn3' } : { text, from: null };
}

/**
 * A sheet's rows with their cells in Unicode when the sheet, all its cells together, is TCVN3 (a tracking table or a
 * list of people kept in Excel with .VnTime fonts); each cell converted as a paragraph of its own.
 */
export function fromLegacyCells<T extends { cells: string[] }>(rows: T[]): T[] {
  if (!isTcvn3(rows.flatMap((r) => r.cells.flatMap((c) => c.split('\n'))))) return rows;
  return rows.map((r) => ({ ...r, cells: r.cells.map(convertLines) }));
}

function isTcvn3(paragraphs: string[]): boolean {
  const joined = paragraphs.filter((p) => !UNICODE_VIETNAMESE.test(p)).join('\n');
  const giveaways = joined.match(GIVEAWAY) ?? [];
  const letters = (joined.match(/\p{L}|\u00ad/gu) ?? []).length;
  return giveaways.length >= 8 && new Set(giveaways).size >= 5 && giveaways.length >= 0.04 * letters;
}

const convertLines = (text: string) =>
  text
    .split('\n')
    .map((p) => (UNICODE_VIETNAMESE.test(p) ? p : toUnicode(p)))
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
