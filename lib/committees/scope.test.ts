import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, committees, officialReports, sessions, tasks, userCommittees } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { createDirective, updateDirective } from '@/lib/directives/mutations';
import { listDirectives, listSessionDirectives } from '@/lib/directives/queries';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { getReportOptions } from '@/lib/reports/dashboard';
import { summarizeTotal } from '@/lib/reports/summary';
import { addPoint, createSession, updateSession } from '@/lib/sessions/mutations';
import { getSessionDetail, getSessionForEdit, listCommittees, listSessions } from '@/lib/sessions/queries';
import { sessionFormSchema } from '@/lib/sessions/schemas';
import { getTaskDetail } from '@/lib/tasks/detail';
import { changeReportStatus, createReport } from '@/lib/official-reports/mutations';
import { getReport, listReports } from '@/lib/official-reports/queries';
import { createReportSchema } from '@/lib/official-reports/schemas';
import { cancelTask } from '@/lib/tasks/mutations';
import { countTasks, listTasks } from '@/lib/tasks/queries';
import { vnDate } from '@/lib/time';
import { createTestDatabase } from '@/tests/db';
import { actorFor, agencyIdOf, makeDirective, makeSession, makeTask } from '@/tests/factories';
import { createCommittee } from './mutations';

/*
 * "Users can be limited to the committees they serve" (issue 18): a secretariat user limited to committee B
 * neither sees committee A's sessions, directives, tasks and report figures, nor writes to them (decision 028).
 */

let h: DatabaseHandle;
let secretariat: Actor;
let limited: Actor;
let committeeA: number;
let committeeB: number;
const a = {} as { session: number; directive: number; task: number; taskVersion: number };
const b = {} as { session: number; directive: number; task: number };

/** What a refusal "like a missing record" is. */
async function notFound(p: Promise<unknown>) {
  await expect(p).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'NOT_FOUND');
}

beforeAll(async () => {
  h = await createTestDatabase();
  const admin = await actorFor(h.db, { role: 'admin' });
  secretariat = await actorFor(h.db, { role: 'secretariat' });
  [{ id: committeeA }] = (await h.db
    .select({ id: committees.id })
    .from(committees)
    .where(eq(committees.code, 'BCD-CCHH'))) as [{ id: number }];
  committeeB = await createCommittee(
    {
      actor: admin,
      values: { code: 'BCD-BO-NOI-VU', name: 'Ban Chỉ đạo của Bộ Nội vụ', level: 'central', standingAgencyId: null },
    },
    h.db,
  );
  const sA = await makeSession(h.db, secretariat);
  const sB = await makeSession(h.db, secretariat, { committeeCode: 'BCD-BO-NOI-VU' });
  const dA = await makeDirective(h.db, secretariat, sA.id);
  const dB = await makeDirective(h.db, secretariat, sB.id);
  const tA = await makeTask(h.db, secretariat, dA.id);
  const tB = await makeTask(h.db, secretariat, dB.id);
  Object.assign(a, { session: sA.id, directive: dA.id, task: tA.id, taskVersion: tA.version });
  Object.assign(b, { session: sB.id, directive: dB.id, task: tB.id });
  const user = await actorFor(h.db, { role: 'secretariat' });
  await h.db.insert(userCommittees).values({ userId: user.userId, committeeId: committeeB });
  const [row] = await h.db.query.users.findMany({ where: (u, { eq: e }) => e(u.id, user.userId) });
  limited = (await loadActor(h.db, user.userId, row!.sessionVersion))!;
});
afterAll(async () => h?.close());

describe('a secretariat user limited to committee B', () => {
  it('is loaded with the committees they serve', () => {
    expect(limited.committeeIds).toEqual([committeeB]);
    expect(secretariat.committeeIds).toBeNull();
  });

  it('lists and reads only B’s sessions', async () => {
    const ids = (await listSessions({ actor: limited, limit: 1000 }, h.db)).map((s) => s.id);
    expect(ids).toContain(b.session);
    expect(ids).not.toContain(a.session);
    const all = (await listSessions({ actor: secretariat, limit: 1000 }, h.db)).map((s) => s.id);
    expect(all).toEqual(expect.arrayContaining([a.session, b.session]));
    const bSessions = await h.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.committeeId, committeeB));
    expect(ids.sort()).toEqual(bSessions.map((s) => s.id).sort());
    expect(await getSessionDetail({ actor: limited, sessionId: a.session }, h.db)).toBeNull();
    expect(await getSessionDetail({ actor: limited, sessionId: b.session }, h.db)).not.toBeNull();
    expect(await getSessionForEdit({ actor: limited, sessionId: a.session }, h.db)).toBeNull();
    expect((await listCommittees({ actor: limited }, h.db)).map((c) => c.id)).toEqual([committeeB]);
  });

  it('reads only B’s directives and tasks', async () => {
    const directives = (
      await listDirectives({ actor: limited, filter: { committee: null, session: null }, limit: 100_000 }, h.db)
    ).map((d) => d.id);
    expect(directives).toContain(b.directive);
    expect(directives).not.toContain(a.directive);
    expect(await listSessionDirectives({ actor: limited, sessionId: a.session }, h.db)).toEqual([]);
    const tasks = await listTasks({ actor: limited, limit: 100_000 }, h.db);
    expect(tasks.map((t) => t.id)).toContain(b.task);
    expect(tasks.map((t) => t.id)).not.toContain(a.task);
    expect(await countTasks({ actor: limited }, h.db)).toBe(
      await countTasks({ actor: secretariat, filter: { committeeId: committeeB } }, h.db),
    );
    expect(await getTaskDetail({ actor: limited, taskId: a.task }, h.db)).toBeNull();
    expect(await getTaskDetail({ actor: limited, taskId: b.task }, h.db)).not.toBeNull();
  });

  it('sees report figures of B only', async () => {
    const total = (c: Record<string, number>) => Object.values(c).reduce((n, x) => n + x, 0);
    const mine = await summarizeTotal({ actor: limited }, h.db);
    const ofB = await summarizeTotal({ actor: secretariat, filter: { committeeId: committeeB } }, h.db);
    const everything = await summarizeTotal({ actor: secretariat }, h.db);
    expect(mine).toEqual(ofB);
    expect(total(mine)).toBe(1);
    expect(total(everything)).toBeGreaterThan(total(mine));
    const options = await getReportOptions({ actor: limited, filter: {} }, h.db);
    expect(options.committees.map((c) => c.id)).toEqual([committeeB]);
    expect(options.sessions.map((s) => s.id)).not.toContain(a.session);
  });

  it('reads a published report of no committee only when it counted nothing of another committee', async () => {
    /** An agency's report as of today, created and published by `by`. */
    async function publishedAgencyReport(by: Actor, agency: string | number) {
      const values = createReportSchema.parse({ agencyId: String(await agencyIdOf(h.db, agency)), asOf: vnDate() });
      const reportId = await createReport({ actor: by, values }, h.db);
      // The header a published report needs (its form is tested in lib/official-reports).
      await h.db
        .update(officialReports)
        .set({ number: String(reportId), issueDate: vnDate(), signerName: 'Nguyễn Văn A' })
        .where(eq(officialReports.id, reportId));
      for (const to of ['in_review', 'published'] as const) {
        const { report } = await getReport({ actor: by, reportId }, h.db);
        await changeReportStatus({ actor: by, reportId, version: report.version, to }, h.db);
      }
      return reportId;
    }
    // Bộ Nội vụ leads A's task and B's: the unlimited secretariat's report counts both.
    const both = await publishedAgencyReport(secretariat, 'BNV');
    const counted = (await getReport({ actor: secretariat, reportId: both }, h.db)).snapshot.taskIds;
    expect(counted.in_progress_on_time).toEqual(expect.arrayContaining([a.task, b.task]));
    // An agency that leads no task yet is given one of B's.
    const [free] = await h.db
      .select({ id: agencies.id })
      .from(agencies)
      .where(sql`not exists (select 1 from ${tasks} where ${tasks.leadAgencyId} = ${agencies.id})`)
      .limit(1);
    const directive = await makeDirective(h.db, secretariat, b.session);
    const ofB = await makeTask(h.db, secretariat, directive.id, { lead: free!.id });
    const onlyB = await publishedAgencyReport(secretariat, free!.id);
    // The limited user's own report of Bộ Nội vụ counts B's task, not A's.
    const own = await publishedAgencyReport(limited, 'BNV');
    const ownIds = (await getReport({ actor: limited, reportId: own }, h.db)).snapshot.taskIds.in_progress_on_time;
    expect(ownIds).toContain(b.task);
    expect(ownIds).not.toContain(a.task);

    const listed = (await listReports({ actor: limited }, h.db)).map((r) => r.id);
    expect(listed).not.toContain(both);
    expect(listed).toEqual(expect.arrayContaining([onlyB, own]));
    await notFound(getReport({ actor: limited, reportId: both }, h.db));
    expect((await getReport({ actor: limited, reportId: onlyB }, h.db)).snapshot.taskIds.in_progress_on_time).toEqual([
      ofB.id,
    ]);
    expect((await listReports({ actor: secretariat }, h.db)).map((r) => r.id)).toEqual(
      expect.arrayContaining([both, onlyB, own]),
    );
  });

  it('cannot write to A’s session, its directives or its tasks: refused as if they did not exist', async () => {
    const edit = (await getSessionForEdit({ actor: secretariat, sessionId: a.session }, h.db))!;
    const values = sessionFormSchema.parse(edit.values);
    await notFound(updateSession({ actor: limited, sessionId: a.session, version: edit.version, values }, h.db));
    await notFound(
      addPoint(
        { actor: limited, sessionId: a.session, point: { name: 'Điểm cầu', hostAgencyId: null, isMain: false } },
        h.db,
      ),
    );
    await notFound(
      createSession({ actor: limited, values: { ...values, committeeId: committeeA, number: 9999 } }, h.db),
    );
    await notFound(
      createDirective(
        { actor: limited, sessionId: a.session, values: { text: 'Nội dung', parentId: null } as never },
        h.db,
      ),
    );
    await notFound(
      updateDirective({ actor: limited, directiveId: a.directive, version: 1, values: { text: 'Sửa' } as never }, h.db),
    );
    await notFound(
      cancelTask({ actor: limited, taskId: a.task, version: a.taskVersion, reason: 'Không còn phù hợp' }, h.db),
    );
    // Nothing changed.
    const [after] = await h.db.select().from(sessions).where(eq(sessions.id, a.session));
    expect(after!.version).toBe(edit.version);
  });

  it('writes to B’s session as before', async () => {
    const edit = (await getSessionForEdit({ actor: limited, sessionId: b.session }, h.db))!;
    const values = sessionFormSchema.parse({ ...edit.values, title: 'Phiên họp của Ban Bộ Nội vụ' });
    await updateSession({ actor: limited, sessionId: b.session, version: edit.version, values }, h.db);
    const [after] = await h.db.select().from(sessions).where(eq(sessions.id, b.session));
    expect(after!.title).toBe('Phiên họp của Ban Bộ Nội vụ');
    await expect(
      updateSession(
        {
          actor: limited,
          sessionId: b.session,
          version: after!.version,
          values: { ...values, committeeId: committeeA },
        },
        h.db,
      ),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'NOT_FOUND');
  });
});
