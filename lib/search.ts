import { and, sql, type AnyColumn, type SQL } from 'drizzle-orm';
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

/** The words of a search, as typed: split on white space, at most `max` of them. */
export function searchWords(q: string, max = 8): string[] {
  return q.trim().split(/\s+/).filter(Boolean).slice(0, max);
}

/**
 * Every word of `q` is in `column`, in any order, ignoring accents and case: "thu tuong chinh" finds
 * "Thủ tướng Chính phủ … Phạm Minh Chính". True for an empty search.
 */
export function containsWordsFolded(column: SQL | AnyColumn, q: string): SQL {
  return and(...searchWords(q).map((w) => containsFolded(column, w))) ?? sql`true`;
}
