import { execFileSync } from 'node:child_process';

/** One text in TCVN 5712 by glibc's converter, read back as Latin-1 (what a file of a .VnTime document holds). */
const tcvn = (text: string) =>
  execFileSync('iconv', ['-f', 'UTF-8', '-t', 'TCVN5712-1'], { input: text }).toString('latin1');

/** Whether glibc's converter is here to write TCVN3 with (Debian's libc has it). */
export const HAS_TCVN_ICONV = (() => {
  try {
    return tcvn('ư') === '\u00ad';
  } catch {
    return false;
  }
})();

/**
 * Unicode text as typed with .VnTime: each letter by its TCVN3 code. A capital with a mark other than Ă Â Ê Ô Ơ Ư Đ has
 * no code there: it was typed in a .VnTimeH font, which draws the lower-case code as a capital.
 */
export function asVnTime(text: string): string {
  // Each letter's code is asked of iconv once per process: a process per cell, in a test process as large as the
  // embedded database makes it, took a 50-row table past its time limit.
  const letters = [...new Set(text)].filter((c) => c.charCodeAt(0) >= 0x80 && !VN_TIME.has(c));
  if (letters.length) {
    const codes = tcvn(letters.join('\n')).split('\n');
    const lower = tcvn(letters.map((c) => c.toLowerCase()).join('\n')).split('\n');
    letters.forEach((c, i) => VN_TIME.set(c, codes[i]!.charCodeAt(0) >= 0xa1 ? codes[i]! : lower[i]!));
  }
  return [...text].map((c) => VN_TIME.get(c) ?? c).join('');
}
const VN_TIME = new Map<string, string>();

export { tcvn };

/** The code VNI Windows gives a mark, by the mark (NFD): a tone alone, and after a circumflex or a breve. */
const VNI_TONE: Record<string, string> = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const VNI_CIRCUMFLEX: Record<string, string> = {
  '': 'â',
  '\u0301': 'á',
  '\u0300': 'à',
  '\u0309': 'å',
  '\u0303': 'ã',
  '\u0323': 'ä',
};
const VNI_BREVE: Record<string, string> = {
  '': 'ê',
  '\u0301': 'é',
  '\u0300': 'è',
  '\u0309': 'ú',
  '\u0303': 'ü',
  '\u0323': 'ë',
};
/** Letters VNI gives a code of their own. */
const VNI_OWN: Record<string, string> = { đ: 'ñ', ỉ: 'æ', ĩ: 'ó', ị: 'ò', ỵ: 'î', í: 'í', ì: 'ì' };

/**
 * Unicode text as typed with the VNI-Times fonts (what a file of such a document holds): a vowel, then the code of its
 * marks; ơ, ư, đ and some marked i and y have codes of their own. Derived from each letter's decomposition, apart from
 * the converter it tests.
 */
export function asVni(text: string): string {
  return [...text.normalize('NFC')]
    .map((letter) => {
      const lower = letter.toLowerCase();
      const upper = letter !== lower;
      const own = VNI_OWN[lower];
      if (own) return upper ? own.toUpperCase() : own;
      const [base = '', ...marks] = [...lower.normalize('NFD')];
      if (!marks.length) return letter;
      const tone = marks.find((m) => m in VNI_TONE) ?? '';
      const horn = marks.includes('\u031b');
      const code = marks.includes('\u0302')
        ? VNI_CIRCUMFLEX[tone]!
        : marks.includes('\u0306')
          ? VNI_BREVE[tone]!
          : (VNI_TONE[tone] ?? '');
      const vowel = horn ? (base === 'o' ? 'ô' : 'ö') : base;
      return upper ? (vowel + code).toUpperCase() : vowel + code;
    })
    .join('');
}

/** Text as bytes in an encoding glibc's iconv writes ("CP1258": Excel's plain "CSV" on a Vietnamese Windows). */
export const iconvBytes = (text: string, encoding: string) =>
  new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding], { input: text }));
/** Whether glibc's converter writes Windows-1258 here. */
export const HAS_CP1258_ICONV = (() => {
  try {
    return iconvBytes('ư', 'CP1258')[0] === 0xfd;
  } catch {
    return false;
  }
})();
