import { and, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { withoutControls } from '@/lib/zod';

/** `column` contains `q`, ignoring accents and case (uses the immutable f_unaccent of the first migration). */
export function containsFolded(column: SQL | AnyColumn, q: string): SQL {
  const pattern = `%${escaped(q)}%`;
  return sql`f_unaccent(lower(${column})) like f_unaccent(lower(${pattern}))`;
}

/** `column` starts with `q`, ignoring accents and case. */
export function startsWithFolded(column: SQL | AnyColumn, q: string): SQL {
  const pattern = `${escaped(q)}%`;
  return sql`f_unaccent(lower(${column})) like f_unaccent(lower(${pattern}))`;
}

/**
 * What was typed, as a LIKE pattern's literal part: its wildcards escaped, its control characters dropped (a NUL
 * is refused by PostgreSQL; every search reaches the database through here, whatever its form checked).
 */
function escaped(q: string): string {
  return withoutControls(q).replace(/[\\%_]/g, (c) => `\\${c}`);
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
