import { and, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { foldedKey } from '@/lib/text';
import { withoutControls } from '@/lib/zod';

/** `column` contains `q`, ignoring accents and case (uses the immutable f_unaccent of the first migration). */
export function containsFolded(column: SQL | AnyColumn, q: string): SQL {
  return sql`f_unaccent(lower(${column})) like ('%' || ${literalPattern(q)} || '%')`;
}

/** `column` starts with `q`, ignoring accents and case. */
export function startsWithFolded(column: SQL | AnyColumn, q: string): SQL {
  return sql`f_unaccent(lower(${column})) like (${literalPattern(q)} || '%')`;
}

/**
 * What was typed, as a LIKE pattern's literal part: folded as the column is, then its wildcards escaped, its control
 * characters dropped (a NUL is refused by PostgreSQL; every search reaches the database through here, whatever its
 * form checked). Escaping comes after folding: unaccent turns the full-width "％", "＿" and "＼" (and "﹪", "﹨") into
 * "%", "_" and "\", which, escaped before, became wildcards ("＿" matched every name; attacker pass 35).
 */
function literalPattern(q: string): SQL {
  return sql`replace(replace(replace(f_unaccent(lower(${withoutControls(q)})), '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;
}

/**
 * The words of a search, folded as names are compared (`foldedKey`: "Ủy ban nhân dân" as "ubnd", "TP." as "thanh
 * pho", pasted invisible characters and non-breaking spaces gone), "thanh pho" then as "tp" (one word, matched either
 * way by `containsWordsFolded`), without the dots and commas around a word ("Bộ Tư pháp." finds Bộ Tư pháp); at most
 * `max` of them.
 */
export function searchWords(q: string, max = 8): string[] {
  return foldedKey(q)
    .replace(/\bthanh pho\b/gu, 'tp')
    .split(' ')
    .map((w) => w.replace(/^[.,;:]+|[.,;:]+$/gu, ''))
    .filter(Boolean)
    .slice(0, max);
}

/** The words a search word also stands for, as registries and lists write them. */
const ALSO: Record<string, string> = { ubnd: 'uy ban nhan dan', tp: 'thanh pho' };

/**
 * Every word of `q` is in `column`, in any order, ignoring accents and case: "thu tuong chinh" finds
 * "Thủ tướng Chính phủ … Phạm Minh Chính"; "UBND" and "Ủy ban nhân dân", "TP." and "thành phố" find each other
 * (decision 101). True for an empty search.
 */
export function containsWordsFolded(column: SQL | AnyColumn, q: string): SQL {
  const word = (w: string) =>
    ALSO[w] ? or(containsFolded(column, w), containsFolded(column, ALSO[w]))! : containsFolded(column, w);
  return and(...searchWords(q).map(word)) ?? sql`true`;
}
