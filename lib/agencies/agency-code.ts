/* No zod here: the agency form (a client component) suggests codes without loading the schemas. */

/**
 * A code suggested from a short name (or the name): each word written in capitals kept whole, the others by
 * their first letter, accents dropped ("Bộ KH&ĐT" → BKHDT, "Sở Nội vụ" → SNV). The form offers it; the
 * administrator may type another.
 */
export function suggestAgencyCode(from: string): string {
  const ascii = from
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const words = ascii.split(/[\s,;()/]+/).filter(Boolean);
  const code = words
    .map((w) => {
      const letters = w.replace(/[^A-Za-z0-9]/g, '');
      if (!letters) return '';
      return /^[A-Z0-9]{2,}$/.test(letters) || /^\d+$/.test(letters) ? letters : letters[0]!.toUpperCase();
    })
    .join('');
  return code.slice(0, 40);
}
