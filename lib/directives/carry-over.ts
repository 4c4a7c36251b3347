import 'server-only';
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, directives, sessions, tasks } from '@/db/schema';
import { resolveDb } from '@/lib/db';
import { canReadSession, type Actor } from '@/lib/policy';
import { getSessionHeader } from '@/lib/sessions/queries';
import { visibleTasksWhere } from '@/lib/tasks/queries';
import { timelinessSql } from '@/lib/tasks/timeliness';
import { sortVi } from '@/lib/text';
import { vnDate, type IsoDate } from '@/lib/time';
import { visibleDirectivesWhere } from './queries';

/** An earlier session's directive that still has work open, as the page of a session in preparation lists it. */
export type UnfinishedDirective = {
  id: number;
  ordinal: string;
  text: string;
  sessionId: number;
  sessionNumber: number;
  sessionDate: IsoDate;
  openTasks: number;
  overdueTasks: number;
  leadNames: string[];
};

const OPEN = ['not_started', 'in_progress'] as const;

/**
 * Issue 20, point 4 (the list): the directives of the committee's earlier sessions that still have open tasks
 * (not started or in progress), oldest session first, each with its open and overdue tasks (as of `today`) and
 * the agencies leading them. Only what the reader may read: the session, the directives
 * (`visibleDirectivesWhere`: confidentiality, publication, committee) and the tasks (`visibleTasksWhere`).
 * `limit` caps the list; `total` says how many there are.
 */
export async function listUnfinishedEarlierDirectives(
  input: { actor: Actor; sessionId: number; today?: IsoDate; limit?: number },
  db?: DbOrTx,
): Promise<{ items: UnfinishedDirective[]; total: number }> {
  const d = await resolveDb(db);
  const header = await getSessionHeader(d, input.sessionId);
  if (!header || !canReadSession(input.actor, header.session)) return { items: [], total: 0 };
  const today = input.today ?? vnDate();
  const openVisible = and(
    eq(tasks.directiveId, directives.id),
    inArray(tasks.status, [...OPEN]),
    visibleTasksWhere(input.actor),
  );
  const rows = await d
    .select({
      id: directives.id,
      ordinal: directives.ordinal,
      text: directives.text,
      sessionId: sessions.id,
      sessionNumber: sessions.number,
      startsAt: sessions.startsAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
      openTasks: sql<number>`(select count(*) from ${tasks} where ${openVisible})`.mapWith(Number),
      overdueTasks:
        sql<number>`(select count(*) from ${tasks} where ${openVisible} and ${timelinessSql(today)} = 'overdue')`.mapWith(
          Number,
        ),
    })
    .from(directives)
    .innerJoin(sessions, eq(sessions.id, directives.sessionId))
    .where(
      and(
        eq(sessions.committeeId, header.session.committeeId),
        lt(sessions.startsAt, header.session.startsAt),
        visibleDirectivesWhere(input.actor),
        sql`exists (select 1 from ${tasks} where ${openVisible})`,
      ),
    )
    .orderBy(asc(sessions.startsAt), asc(directives.position), asc(directives.id))
    .limit(input.limit ?? 100);
  const leads = rows.length
    ? await d
        .selectDistinct({ directiveId: tasks.directiveId, name: agencies.name })
        .from(tasks)
        .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
        .where(
          and(
            inArray(
              tasks.directiveId,
              rows.map((r) => r.id),
            ),
            inArray(tasks.status, [...OPEN]),
            visibleTasksWhere(input.actor),
          ),
        )
    : [];
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map(({ startsAt, total: _total, ...r }) => ({
      ...r,
      sessionDate: vnDate(startsAt),
      leadNames: sortVi(
        leads.filter((l) => l.directiveId === r.id).map((l) => l.name),
        (n) => n,
      ),
    })),
  };
}
