import 'server-only';
import { eq } from 'drizzle-orm';
import type { PgSelectBase, SelectedFields } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { agencies, directives, sessions, tasks } from '@/db/schema';

/** Which tables of the join may be missing from a row: only the session. */
type InContext = { tasks: 'not-null'; directives: 'not-null'; sessions: 'nullable'; agencies: 'not-null' };

/**
 * Tasks with what they are read with: their directive, the directive's session (null for a directive from
 * another source document) and the lead agency (as `agencies`). The caller picks the columns, and may add
 * joins, a WHERE, an order.
 */
export function selectTasksInContext<S extends SelectedFields>(
  db: DbOrTx,
  fields: S,
): PgSelectBase<'tasks', S, 'partial', InContext> {
  // Built on the plain selection and typed back to the caller's (TypeScript cannot follow a generic one
  // through drizzle's join types); the nullability says the same as the joins.
  const query = db
    .select(fields as SelectedFields)
    .from(tasks)
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .leftJoin(sessions, eq(sessions.id, directives.sessionId))
    .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId));
  return query as unknown as PgSelectBase<'tasks', S, 'partial', InContext>;
}
