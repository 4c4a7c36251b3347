import * as drizzleUtils from 'drizzle-orm/utils';
import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from './client';

/** drizzle's own (its select builder's `_prepare` uses it; not in its type declarations). */
const { orderSelectedFields } = drizzleUtils as unknown as { orderSelectedFields(fields: unknown): unknown };

/** What drizzle's select builder holds once built (its own `_prepare` reads the same). */
type BuiltSelect = {
  getSQL(): SQL;
  dialect: { sqlToQuery(sql: SQL): { sql: string; params: unknown[] } };
  config: { fields: Record<string, unknown> };
  joinsNotNullableMap: Record<string, boolean>;
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
  let built: { query: { sql: string; params: unknown[] }; fields: unknown; joins: Record<string, boolean> } | undefined;
  return (db, values) => {
    if (!built) {
      const select = build(db) as unknown as BuiltSelect;
      built = {
        query: select.dialect.sqlToQuery(select.getSQL()),
        fields: orderSelectedFields(select.config.fields),
        joins: select.joinsNotNullableMap,
      };
    }
    const prepared = (db as unknown as { session: Session }).session.prepareQuery(
      built.query,
      built.fields,
      undefined,
      true,
    );
    prepared.joinsNotNullableMap = built.joins;
    return prepared.execute(values) as Promise<Awaited<Q>>;
  };
}
