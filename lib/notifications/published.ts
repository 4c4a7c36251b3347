import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { sessions } from '@/db/schema';
import { queryRows } from '@/lib/db';
import { formatDate } from '@/lib/time';
import { notify } from './notify';
import { agencyUsers } from './recipients';
import { vietnamese } from './words';

/** When a conclusion notice is published: its agencies' users (those leading or coordinating its tasks) hear of it. */
export async function notifyNoticePublished(
  db: DbOrTx,
  event: { documentId: number; sessionId: number; kind: 'minutes' | 'notice' },
): Promise<number[]> {
  if (event.kind !== 'notice') return [];
  const [session] = await db.select().from(sessions).where(eq(sessions.id, event.sessionId));
  if (!session) return [];
  const rows = await queryRows<{ agency_id: number }>(
    db,
    sql`select distinct a.agency_id from (
          select t.lead_agency_id as agency_id from tasks t where t.session_id = ${event.sessionId}
          union select c.agency_id from task_coordinators c join tasks t on t.id = c.task_id where t.session_id = ${event.sessionId}
        ) a`,
  );
  const agencyIds = rows.map((r) => Number(r.agency_id));
  const users = await agencyUsers(db, agencyIds);
  return notify(db, {
    kind: 'notice_published',
    committeeId: session.committeeId,
    userIds: [...users.values()].flat(),
    title: vietnamese('texts.notice_published', { session: session.title }),
    body: vietnamese('texts.session_of', { date: formatDate(session.startsAt) }),
    text: {
      title: { key: 'notice_published', vars: { session: session.title } },
      body: { key: 'session_of', vars: { date: formatDate(session.startsAt) } },
    },
    link: `/sessions/${session.id}/documents/notice`,
    dedupeKey: `published:doc${event.documentId}`,
  });
}
