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
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- every one of them is to be removed
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]/gu;

/** Lower-case without accents (đ → d), for accent- and case-insensitive search. */
export function foldVi(text: string): string {
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
