import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, auditEntries, taskUpdates, tasks, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { assertCan, can, ForbiddenError, type Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { actorFor, makeDirective, makeSession, makeTask } from '@/tests/factories';
import { vnDate } from '@/lib/time';
import { handOverAgency, listPendingHandOvers } from '@/lib/agencies/handover';
import { requestExtension } from './extensions';
import { commentOnTask } from './mutations';
import { updateTaskProgress } from './progress';
import { taskUpdateSchema } from './schemas';
import { inVietnamese } from '@/tests/i18n';

/**
 * Decision 022 (docs/design.md, "Agency succession"): a user of an agency past its end date (UBND tỉnh Hà Giang,
 * merged into Tuyên Quang on 1/7/2025) is read-only on every write path, with a message that says why; the
 * successor corrects the ended agency's work.
 */
let h: DatabaseHandle;
const agencyId: Record<string, number> = {};
let hagiang: Actor;
let tuyenquang: Actor;
let thuky: Actor;
let directiveId: number;

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
};
const taskRow = async (id: number) => (await h.db.select().from(tasks).where(eq(tasks.id, id)))[0]!;

beforeAll(async () => {
  h = await createTestDatabase();
  for (const a of await h.db.select().from(agencies)) agencyId[a.code] = a.id;
  // An account of UBND tỉnh Hà Giang (ended 30/6/2025, merged into Tuyên Quang), left in the agency.
  hagiang = await actorFor(h.db, { role: 'agency', agencyCode: 'P-HAGIANG' });
  expect(hagiang.agencyId).toBe(agencyId['P-HAGIANG']);
  tuyenquang = await actorFor(h.db, { role: 'agency', agencyCode: 'P-TUYENQUANG' });
  thuky = await actorFor(h.db, { role: 'secretariat' });
  const session = await makeSession(h.db, thuky);
  directiveId = (await makeDirective(h.db, thuky, session.id)).id;
});
afterAll(() => h.close());

/** A task UBND tỉnh Hà Giang completed before the merge: it stays under Hà Giang after the hand-over. */
async function completedHaGiangTask() {
  const hg = agencyId['P-HAGIANG']!;
  const [row] = await h.db
    .insert(tasks)
    .values({
      directiveId,
      leadAgencyId: hg,
      assignedAgencyId: hg,
      deadlineKind: 'dated',
      dueDate: '2024-12-31',
      originalDueDate: '2024-12-31',
      assignedOn: '2024-02-05',
      status: 'completed',
      progress: 100,
      completedOn: '2024-11-20',
    })
    .returning();
  return row!;
}

describe('users of an ended agency (issue 15, finding 6)', () => {
  it('the actor of an ended agency is read-only; the successor inherits the ended agency', () => {
    expect(hagiang.agencyEndedOn).toBe('2025-06-30');
    expect(can(hagiang, 'task.readAll')).toBe(false); // never had it
    expect(can(hagiang, 'directive.read')).toBe(true);
    expect(can(hagiang, 'task.updateOwn')).toBe(false);
    expect(can(hagiang, 'task.comment')).toBe(false);
    expect(can(hagiang, 'extension.request')).toBe(false);
    expect(tuyenquang.agencyEndedOn).toBeNull();
    expect(tuyenquang.inheritedAgencyIds).toContain(agencyId['P-HAGIANG']);
    // Any role: a secretariat user whose agency ended keeps reading and changes nothing.
    const ended = { ...thuky, agencyEndedOn: '2025-02-28', agencyName: 'Bộ Kế hoạch và Đầu tư' };
    expect(can(ended, 'task.readAll')).toBe(true);
    expect(can(ended, 'task.manage')).toBe(false);
    let error: unknown;
    try {
      assertCan(ended, 'task.manage');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(inVietnamese((error as ForbiddenError).userMessage)).toMatch(
      /Bộ Kế hoạch và Đầu tư đã chấm dứt hoạt động .*28\/02\/2025/,
    );
  });

  it('refuses to let a user of the ended agency reopen its completed task, comment or ask for more time', async () => {
    const task = await completedHaGiangTask();
    const reopen = taskUpdateSchema.parse({
      taskId: task.id,
      version: task.version,
      status: 'in_progress',
      progress: 40,
    });
    const e = await refusal(updateTaskProgress({ actor: hagiang, values: reopen }, h.db));
    expect(e.code).toBe('FORBIDDEN');
    expect(inVietnamese(e.message)).toMatch(/UBND tỉnh Hà Giang đã chấm dứt hoạt động.*chỉ được xem/);
    expect((await refusal(commentOnTask({ actor: hagiang, taskId: task.id, note: 'x' }, h.db))).code).toBe('FORBIDDEN');
    expect(
      (
        await refusal(
          requestExtension({ actor: hagiang, taskId: task.id, requestedDueDate: '2026-12-31', reason: 'x' }, h.db),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(await taskRow(task.id)).toEqual(task);
  });

  it('tells a user of the ended agency why before anything else, even on a task that is not theirs', async () => {
    // A task of Bộ Nội vụ, which Hà Giang is no party to: the ended-agency refusal, not "not found".
    const other = await makeTask(h.db, thuky, directiveId, { lead: 'BNV' });
    for (const attempt of [
      () =>
        updateTaskProgress(
          {
            actor: hagiang,
            values: taskUpdateSchema.parse({
              taskId: other.id,
              version: other.version,
              status: 'in_progress',
              progress: 10,
            }),
          },
          h.db,
        ),
      () => commentOnTask({ actor: hagiang, taskId: other.id, note: 'x' }, h.db),
    ]) {
      const e = await refusal(attempt());
      expect(e.code).toBe('FORBIDDEN');
      expect(inVietnamese(e.message)).toMatch(/UBND tỉnh Hà Giang đã chấm dứt hoạt động/);
    }
  });

  it('lets the successor correct the ended agency’s task; reopened work moves to the successor', async () => {
    const task = await completedHaGiangTask();
    // A completed task that still counts under Hà Giang: the successor may correct it.
    const corrected = await updateTaskProgress(
      {
        actor: tuyenquang,
        values: taskUpdateSchema.parse({
          taskId: task.id,
          version: task.version,
          status: 'in_progress',
          progress: 60,
          note: 'Kết quả báo cáo trước đây chưa đầy đủ; tỉnh Tuyên Quang tiếp tục thực hiện.',
        }),
      },
      h.db,
    );
    expect(corrected).toMatchObject({
      status: 'in_progress',
      leadAgencyId: agencyId['P-TUYENQUANG'],
      assignedAgencyId: agencyId['P-HAGIANG'],
    });
    const [moved] = await h.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(taskUpdates)
      .where(and(eq(taskUpdates.taskId, task.id), eq(taskUpdates.kind, 'handed_over')));
    expect(moved!.n).toBe(1);
    // A completed task of the ended agency corrected as completed stays under it.
    const other = await completedHaGiangTask();
    const fixed = await updateTaskProgress(
      {
        actor: tuyenquang,
        values: taskUpdateSchema.parse({
          taskId: other.id,
          version: other.version,
          status: 'completed',
          progress: 100,
          completedOn: '2024-11-20',
          completionDocument: 'Báo cáo số 512/BC-UBND ngày 20/11/2024',
          result: 'Đã hoàn thành.',
        }),
      },
      h.db,
    );
    expect(fixed.leadAgencyId).toBe(agencyId['P-HAGIANG']);
    expect(vnDate() > '2025-06-30').toBe(true);
  });

  it('refuses the successor reopening the ended agency’s task of a directive it already leads (attacker pass 25)', async () => {
    const task = await completedHaGiangTask();
    const [own] = await h.db
      .insert(tasks)
      .values({
        directiveId,
        leadAgencyId: agencyId['P-TUYENQUANG']!,
        assignedAgencyId: agencyId['P-TUYENQUANG']!,
        deadlineKind: 'urgent',
        assignedOn: '2025-08-01',
      })
      .returning();
    const reopen = updateTaskProgress(
      {
        actor: tuyenquang,
        values: taskUpdateSchema.parse({ taskId: task.id, version: task.version, status: 'in_progress', progress: 50 }),
      },
      h.db,
    );
    await expect(reopen).rejects.toSatisfy(
      (e) =>
        inVietnamese((e as AppError).message) ===
        'UBND tỉnh Tuyên Quang đã chủ trì một nhiệm vụ khác của cùng nội dung chỉ đạo: hãy cập nhật nhiệm vụ đó; Văn phòng sẽ đóng nhiệm vụ này.',
    );
    const [after] = await h.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(after).toMatchObject({ status: 'completed', leadAgencyId: agencyId['P-HAGIANG'] });
    await h.db.delete(tasks).where(eq(tasks.id, own!.id));
  });

  it('at hand-over the administrator may move the ended agency’s accounts to the successor, who then act', async () => {
    const admin = await actorFor(h.db, { role: 'admin' });
    // Every account left in Hà Giang (this test's, and any other the database holds).
    const left = (await h.db.select({ id: users.id }).from(users).where(eq(users.agencyId, agencyId['P-HAGIANG']!)))
      .map((u) => u.id)
      .sort((a, b) => a - b);
    expect(left).toContain(hagiang.userId);
    const pending = await listPendingHandOvers({ actor: admin }, h.db);
    expect(pending.find((p) => p.id === agencyId['P-HAGIANG'])).toMatchObject({ users: left.length });
    // Without the option the accounts stay, read-only.
    const kept = await handOverAgency({ actor: admin, agencyId: agencyId['P-HAGIANG']! }, h.db);
    expect(kept.userIds).toEqual([]);
    expect((await loadActor(h.db, hagiang.userId, 1))!.agencyEndedOn).toBe('2025-06-30');
    const moved = await handOverAgency({ actor: admin, agencyId: agencyId['P-HAGIANG']!, moveUsers: true }, h.db);
    expect([...moved.userIds].sort((a, b) => a - b)).toEqual(left);
    // Moving an account to another agency ends its sessions (the database bumps the version, issue 18): the
    // cookie signed under version 1 opens nothing; a new sign-in gets the new agency.
    expect(await loadActor(h.db, hagiang.userId, 1)).toBeNull();
    const [moved1] = await h.db.select().from(users).where(eq(users.id, hagiang.userId));
    const after = (await loadActor(h.db, hagiang.userId, moved1!.sessionVersion))!;
    expect(after).toMatchObject({ agencyId: agencyId['P-TUYENQUANG'], agencyEndedOn: null });
    expect(can(after, 'task.updateOwn')).toBe(true);
    const [audit] = await h.db.select().from(auditEntries).where(eq(auditEntries.action, 'user.move_agency'));
    expect(audit).toBeTruthy();
  });
});
