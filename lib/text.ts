/** Vietnamese order for lists of names: Đ after D, "Đà Nẵng" after "Dak Lak". */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => viCollator.compare(key(a), key(b)));
}

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
