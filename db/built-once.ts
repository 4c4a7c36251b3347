import * as drizzleUtils from 'drizzle-orm/utils';
import { getTableColumns, is, sql, SQL, Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';

/** drizzle's own (its select builder's `_prepare` uses it; not in its type declarations). */
const { orderSelectedFields } = drizzleUtils as unknown as { orderSelectedFields(fields: unknown): unknown };

/** What drizzle's select builder holds once built (its own `_prepare` reads the same). */
type BuiltSelect = {
  getSQL(): SQL;
  dialect: { sqlToQuery(sql: SQL): { sql: string; params: unknown[] } };
  /** A select's fields; an insert's or update's `returning` (already in order). */
  config: { fields?: Record<string, unknown>; returning?: unknown };
  joinsNotNullableMap?: Record<string, boolean>;
};
type Session = {
  prepareQuery(
    query: { sql: string; params: unknown[] },
    fields: unknown,
    name: string | undefined,
    isResponseInArrayMode: boolean,
  ): { joinsNotNullableMap?: Record<string, boolean>; execute(values: Record<string, unknown>): Promise<unknown> };
};

/**
 * A hot select whose SQL text is built once per process, not on every call (issue 21: drizzle's query building was
 * 7–10% of an API request's CPU). `build` makes the query with `sql.placeholder(name)` for each value that changes
 * between calls; the result runs on whichever database handle or transaction it is given, with its values, and its
 * rows are mapped as the builder's own would be (drizzle's `_prepare`, with the SQL text and field list kept).
 * A prepared statement of drizzle's own (`.prepare()`) is bound to the handle it was made on, so could not run in a
 * caller's transaction.
 */
export function builtOnce<Q extends PromiseLike<unknown>>(
  build: (db: DbOrTx) => Q,
): (db: DbOrTx, values: Record<string, unknown>) => Promise<Awaited<Q>> {
  let built:
    | { query: { sql: string; params: unknown[] }; fields: unknown; joins: Record<string, boolean> | undefined }
    | undefined;
  return (db, values) => {
    if (!built) {
      const select = build(db) as unknown as BuiltSelect;
      built = {
        query: select.dialect.sqlToQuery(select.getSQL()),
        // An insert or update without `returning` maps no rows.
        fields: select.config.returning ?? (select.config.fields && orderSelectedFields(select.config.fields)),
        joins: select.joinsNotNullableMap,
      };
    }
    const prepared = (db as unknown as { session: Session }).session.prepareQuery(
      built.query,
      built.fields,
      undefined,
      true,
    );
    if (built.joins) prepared.joinsNotNullableMap = built.joins;
    return prepared.execute(values) as Promise<Awaited<Q>>;
  };
}

/** Most statement shapes kept per `builtOncePerShape` (the shapes are the code's, not the input's). */
const MAX_SHAPES = 64;

/**
 * `builtOnce` for a write whose columns vary between callers (which ones a task write sets): one built statement per
 * list of column names, each column's value a placeholder of the same name (`columnValues`).
 */
export function builtOncePerShape<Q extends PromiseLike<unknown>>(
  build: (db: DbOrTx, keys: readonly string[]) => Q,
): (db: DbOrTx, keys: readonly string[], values: Record<string, unknown>) => Promise<Awaited<Q>> {
  const byShape = new Map<string, (db: DbOrTx, values: Record<string, unknown>) => Promise<Awaited<Q>>>();
  return (db, keys, values) => {
    const shape = keys.join(',');
    let run = byShape.get(shape);
    if (!run) {
      run = builtOnce((d) => build(d, keys));
      if (byShape.size < MAX_SHAPES) byShape.set(shape, run);
    }
    return run(db, values);
  };
}

/** The columns given a value (undefined is no value: the column's default, or left as it is), in the table's order. */
export function columnsGiven(
  table: PgTable,
  values: Record<string, unknown>,
  except: readonly string[] = [],
): string[] {
  return Object.keys(getTableColumns(table)).filter((k) => values[k] !== undefined && !except.includes(k));
}

/** A placeholder per column, as an SQL value (drizzle then sends it as given: `columnValues` encodes it). */
export const columnPlaceholders = (keys: readonly string[]) =>
  Object.fromEntries(keys.map((k) => [k, sql`${sql.placeholder(`v_${k}`)}`]));

/**
 * The columns' values for `columnPlaceholders`, encoded as drizzle encodes a value it is given (null stays null); null
 * when a value is SQL or a column, or its column encodes it as SQL (then the caller builds its statement as before).
 */
export function columnValues(
  table: PgTable,
  keys: readonly string[],
  values: Record<string, unknown>,
): Record<string, unknown> | null {
  const columns = getTableColumns(table);
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = values[k];
    if (is(v, SQL) || is(v, Column)) return null;
    const mapped = v === null ? null : columns[k]!.mapToDriverValue(v);
    if (is(mapped, SQL)) return null;
    out[`v_${k}`] = mapped;
  }
  return out;
}

/**
 * `builtOnce` for a statement written as SQL (`sql` templates): its text is built once per process, with
 * `sql.placeholder(name)` for each value that changes between calls, and it runs on whichever handle or transaction
 * it is given. Rows come back as `db.execute` gives them (the driver's, not mapped). For the statements every request
 * runs: the actor of a session or an API token (issue 21).
 */
export function builtOnceSql<T>(build: () => SQL): (db: DbOrTx, values: Record<string, unknown>) => Promise<T[]> {
  let query: { sql: string; params: unknown[] } | undefined;
  return async (db, values) => {
    const d = db as unknown as { dialect: BuiltSelect['dialect']; session: Session };
    query ??= d.dialect.sqlToQuery(build());
    const result = (await d.session.prepareQuery(query, undefined, undefined, false).execute(values)) as
      T[] | { rows: T[] };
    return Array.isArray(result) ? result : result.rows;
  };
}
