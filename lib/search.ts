import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** `column` contains `q`, ignoring accents and case (uses the immutable f_unaccent of the first migration). */
export function containsFolded(column: SQL | AnyColumn, q: string): SQL {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`f_unaccent(lower(${column})) like f_unaccent(lower(${pattern}))`;
}
