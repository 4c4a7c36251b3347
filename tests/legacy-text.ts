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
  const letters = [...new Set(text)].filter((c) => c.charCodeAt(0) >= 0x80);
  const codes = tcvn(letters.join('\n')).split('\n');
  const lower = tcvn(letters.map((c) => c.toLowerCase()).join('\n')).split('\n');
  const code = new Map(letters.map((c, i) => [c, codes[i]!.charCodeAt(0) >= 0xa1 ? codes[i]! : lower[i]!]));
  return [...text].map((c) => code.get(c) ?? c).join('');
}

export { tcvn };
