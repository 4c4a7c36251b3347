import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import {
  agencies,
  auditEntries,
  directives,
  evidenceFiles,
  notifications,
  taskCoordinators,
  taskUpdates,
  tasks,
  users,
} from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { inEnglish, inVietnamese } from '@/tests/i18n';
import { createTestDatabase } from '@/tests/db';
import { addDays, vnDate } from '@/lib/time';
import { assignToTargets, type DeadlineInput } from './assign';
import { makeDirective, makeTask } from '@/tests/factories';
import { changeDeadlines, pastDateWarning } from './deadlines';
import { msg } from '@/lib/i18n/message';
import { decideExtension, requestExtension } from './extensions';
import { cancelTask, commentOnTask, reassignTask, urgeTasks } from './mutations';
import { readEvidenceFile, reportPeriod, updateTaskProgress } from './progress';
import { changeDeadlineSchema, extensionDecisionSchema, taskUpdateFormValues, taskUpdateSchema } from './schemas';

let h: DatabaseHandle;
const actors: Record<string, Actor> = {};
const agencyId: Record<string, number> = {};
let directiveId: number;

const refused = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
};
const taskRow = async (id: number) => (await h.db.select().from(tasks).where(eq(tasks.id, id)))[0]!;
const count = async (table: typeof auditEntries | typeof taskUpdates, where: ReturnType<typeof eq>) =>
  (
    await h.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(table)
      .where(where)
  )[0]!.n;

beforeAll(async () => {
  h = await createTestDatabase();
  for (const u of await h.db.select().from(users))
    actors[u.email.split('@')[0]!] = (await loadActor(h.db, u.id, u.sessionVersion))!;
  for (const a of await h.db.select().from(agencies)) agencyId[a.code] = a.id;
  const [d] = await h.db.select().from(directives).where(eq(directives.ordinal, '6'));
  directiveId = d!.id;
});
afterAll(() => h.close());

async function newTask(lead: string, deadline: DeadlineInput = { kind: 'dated', dueDate: '2027-06-30' }) {
  return (await makeTask(h.db, actors.thuky!, directiveId, { lead, coordinators: ['VPCP'], deadline })).id;
}

describe('task writes', () => {
  it('refuses an agency head updating another agency’s task by a forged id, and changes nothing', async () => {
    const id = await newTask('BNV');
    const before = await taskRow(id);
    const forged = taskUpdateSchema.parse({
      taskId: id,
      version: before.version,
      status: 'completed',
      progress: 100,
      completedOn: vnDate(),
    });
    await refused(updateTaskProgress({ actor: actors.tuyenquang!, values: forged }, h.db));
    expect(await taskRow(id)).toEqual(before);
    expect(await count(taskUpdates, and(eq(taskUpdates.taskId, id), eq(taskUpdates.kind, 'progress'))!)).toBe(0);
    // The coordinating agency may comment but not update.
    const vpcpUser = { ...actors.bonoivu!, agencyId: agencyId.VPCP!, agencyScope: [agencyId.VPCP!] };
    await refused(updateTaskProgress({ actor: vpcpUser, values: forged }, h.db));
    expect(
      await commentOnTask({ actor: vpcpUser, taskId: id, note: 'Văn phòng Chính phủ sẽ phối hợp.' }, h.db),
    ).toBeGreaterThan(0);
    await refused(commentOnTask({ actor: actors.tuyenquang!, taskId: id, note: 'x' }, h.db));
  });

  it('lets the lead report progress and complete, not with a future completion date', async () => {
    const id = await newTask('BNV');
    const v = (await taskRow(id)).version;
    const tomorrow = new Date(Date.now() + 2 * 86_400_000);
    await refused(
      updateTaskProgress(
        {
          actor: actors.bonoivu!,
          values: taskUpdateSchema.parse({
            taskId: id,
            version: v,
            status: 'completed',
            progress: 100,
            completedOn: vnDate(tomorrow),
          }),
        },
        h.db,
      ),
    );
    const after = await updateTaskProgress(
      {
        actor: actors.bonoivu!,
        values: taskUpdateSchema.parse({
          taskId: id,
          version: v,
          status: 'in_progress',
          progress: 40,
          note: 'Đang dự thảo.',
        }),
      },
      h.db,
    );
    expect(after).toMatchObject({ status: 'in_progress', progress: 40, version: v + 1 });
    const done = await updateTaskProgress(
      {
        actor: actors.bonoivu!,
        values: taskUpdateSchema.parse({
          taskId: id,
          version: v + 1,
          status: 'completed',
          progress: 80,
          completedOn: vnDate(),
          result: 'Đã trình.',
          completionDocument: 'Tờ trình số 15/TTr-BNV',
        }),
      },
      h.db,
    );
    expect(done).toMatchObject({ status: 'completed', progress: 100, completedOn: vnDate() });
  });

  it('two saves in a row (issue 16): the second, from the form as the first save answered it, keeps the saved status; the same note at the version before is refused and the timeline records no status going back', async () => {
    const id = await newTask('BNV');
    const loaded = taskUpdateFormValues(await taskRow(id));
    expect(loaded.status).toBe('not_started');
    const save = (
      form: ReturnType<typeof taskUpdateFormValues>,
      extra: { status?: string; progress?: number; note?: string },
    ) =>
      updateTaskProgress(
        { actor: actors.bonoivu!, values: taskUpdateSchema.parse({ taskId: id, ...form, ...extra }) },
        h.db,
      );
    const first = await save(loaded, { status: 'in_progress', progress: 40 });
    // What the action answers and the form then shows: the task as saved, its new version included.
    const answered = taskUpdateFormValues(first);
    expect(answered).toEqual({
      version: loaded.version + 1,
      status: 'in_progress',
      progress: 40,
      result: '',
      completionDocument: '',
    });
    // The bug: the fields as loaded (status "not_started") posted again. At the version they were read at, the
    // server refuses them, loudly, and nothing changes.
    const e = await refused(save(loaded, { note: 'Bổ sung tài liệu.' }));
    expect(e.code).toBe('CONFLICT');
    expect(await taskRow(id)).toMatchObject({ status: 'in_progress', progress: 40, version: loaded.version + 1 });
    // From the form as answered, only a note: the status stays as first saved.
    const second = await save(answered, { note: 'Bổ sung tài liệu.' });
    expect(second).toMatchObject({ status: 'in_progress', progress: 40, version: loaded.version + 2 });
    const timeline = await h.db
      .select({ from: taskUpdates.statusFrom, to: taskUpdates.statusTo, note: taskUpdates.note })
      .from(taskUpdates)
      .where(and(eq(taskUpdates.taskId, id), eq(taskUpdates.kind, 'progress')))
      .orderBy(taskUpdates.id);
    expect(timeline).toEqual([
      { from: 'not_started', to: 'in_progress', note: null },
      { from: 'in_progress', to: 'in_progress', note: 'Bổ sung tài liệu.' },
    ]);
  });

  it('status and progress agree: progress reported on a task not started means it has started (attacker pass 33)', async () => {
    // The API stored "not started, 100 %" as sent, and the leaders' pages showed it. An agency head who types 50 % and
    // leaves the status as it was has begun the work.
    const id = await newTask('BNV');
    const save = async (status: string, progress: number) => {
      const { version } = await taskRow(id);
      return updateTaskProgress(
        { actor: actors.bonoivu!, values: taskUpdateSchema.parse({ taskId: id, version, status, progress }) },
        h.db,
      );
    };
    await save('not_started', 50);
    expect(await taskRow(id)).toMatchObject({ status: 'in_progress', progress: 50 });
    await save('not_started', 100);
    expect(await taskRow(id)).toMatchObject({ status: 'in_progress', progress: 100 });
    await save('not_started', 0);
    expect(await taskRow(id)).toMatchObject({ status: 'not_started', progress: 0 });
    const updates = await h.db
      .select({ statusTo: taskUpdates.statusTo, progress: taskUpdates.progress })
      .from(taskUpdates)
      .where(and(eq(taskUpdates.taskId, id), eq(taskUpdates.kind, 'progress')))
      .orderBy(taskUpdates.id);
    expect(updates).toEqual([
      { statusTo: 'in_progress', progress: 50 },
      { statusTo: 'in_progress', progress: 100 },
      { statusTo: 'not_started', progress: 0 },
    ]);
  });

  it('50 concurrent saves at the same version: exactly one wins, 49 are refused, one audit row per success', async () => {
    const id = await newTask('BNV');
    const { version } = await taskRow(id);
    const auditsBefore = await count(
      auditEntries,
      and(eq(auditEntries.action, 'task.update'), eq(auditEntries.entityId, String(id)))!,
    );
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        updateTaskProgress(
          {
            actor: actors.bonoivu!,
            values: taskUpdateSchema.parse({ taskId: id, version, status: 'in_progress', progress: i + 1 }),
          },
          h.db,
        ),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    expect(lost.every((r) => r.reason instanceof AppError && r.reason.code === 'CONFLICT')).toBe(true);
    const row = await taskRow(id);
    expect(row.version).toBe(version + 1);
    expect(row.progress).toBe((won[0] as PromiseFulfilledResult<{ progress: number }>).value.progress);
    expect(
      await count(auditEntries, and(eq(auditEntries.action, 'task.update'), eq(auditEntries.entityId, String(id)))!),
    ).toBe(auditsBefore + 1);
    expect(await count(taskUpdates, and(eq(taskUpdates.taskId, id), eq(taskUpdates.kind, 'progress'))!)).toBe(1);
  }, 60_000);

  it('extension: the lead asks, the secretariat accepts; the original deadline stays on record', async () => {
    const id = await newTask('BNV');
    await refused(
      requestExtension({ actor: actors.tuyenquang!, taskId: id, requestedDueDate: '2027-12-31', reason: 'x' }, h.db),
    );
    const ext = await requestExtension(
      { actor: actors.bonoivu!, taskId: id, requestedDueDate: '2027-12-31', reason: 'Chờ ý kiến các bộ.' },
      h.db,
    );
    await refused(
      requestExtension({ actor: actors.bonoivu!, taskId: id, requestedDueDate: '2028-01-31', reason: 'again' }, h.db),
    );
    await expect(
      decideExtension({ actor: actors.bonoivu!, extensionId: ext, decision: 'accepted', note: null }, h.db),
    ).rejects.toThrow();
    await decideExtension({ actor: actors.thuky!, extensionId: ext, decision: 'accepted', note: 'Đồng ý.' }, h.db);
    expect(await taskRow(id)).toMatchObject({ dueDate: '2027-12-31', originalDueDate: '2027-06-30' });
  });

  it('extension: a secretariat user of another committee is told the request is not found, decided or not (attacker pass 17)', async () => {
    const id = await newTask('BNV');
    const ext = await requestExtension(
      { actor: actors.bonoivu!, taskId: id, requestedDueDate: '2027-12-31', reason: 'Chờ ý kiến các bộ.' },
      h.db,
    );
    await decideExtension({ actor: actors.thuky!, extensionId: ext, decision: 'refused', note: 'Không.' }, h.db);
    const outsider = { ...actors.thuky!, committeeIds: [-1] };
    const e = await refused(
      decideExtension({ actor: outsider, extensionId: ext, decision: 'accepted', note: null }, h.db),
    );
    expect(e.code).toBe('NOT_FOUND');
  });

  it('extension: the secretariat grants another date than the one asked; the timeline and the notice say which', async () => {
    const id = await newTask('BNV');
    const ext = await requestExtension(
      { actor: actors.bonoivu!, taskId: id, requestedDueDate: '2027-12-31', reason: 'Chờ ý kiến các bộ.' },
      h.db,
    );
    // The form posts the granted date as typed; empty means the date asked for.
    expect(extensionDecisionSchema.parse({ extensionId: ext, decision: 'accepted', grantedDueDate: '' })).toMatchObject(
      {
        grantedDueDate: null,
        confirmPast: false,
      },
    );
    const posted = extensionDecisionSchema.parse({
      extensionId: ext,
      decision: 'accepted',
      note: 'Gia hạn đến hết quý III.',
      grantedDueDate: '30/09/2027',
    });
    expect(posted.grantedDueDate).toBe('2027-09-30');
    // Not after the current deadline: refused on the field, nothing changes.
    const e = await refused(decideExtension({ ...posted, actor: actors.thuky!, grantedDueDate: '2027-06-30' }, h.db));
    expect(inVietnamese(e.fieldErrors.grantedDueDate!)).toBe('Chọn ngày sau 30/06/2027.');
    expect(inEnglish(e.fieldErrors.grantedDueDate!)).toBe('Choose a date after 30/06/2027.');
    expect((await taskRow(id)).dueDate).toBe('2027-06-30');
    await decideExtension({ ...posted, actor: actors.thuky! }, h.db);
    expect(await taskRow(id)).toMatchObject({ dueDate: '2027-09-30', originalDueDate: '2027-06-30' });
    const [entry] = await h.db
      .select()
      .from(taskUpdates)
      .where(and(eq(taskUpdates.taskId, id), eq(taskUpdates.kind, 'extension_decided')));
    expect(entry!.data).toMatchObject({ accepted: true, dueDate: '2027-09-30', requestedDueDate: '2027-12-31' });
    const [notice] = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, actors.bonoivu!.userId), eq(notifications.kind, 'extension_decided')))
      .orderBy(sql`${notifications.id} desc`)
      .limit(1);
    expect(notice!.title).toBe('Đề nghị gia hạn được chấp thuận: thời hạn mới 30/09/2027 (đề nghị 31/12/2027)');
  });

  it('a deadline already past is set only after the user confirms the warning', async () => {
    const today = '2027-08-15';
    expect(inVietnamese(pastDateWarning('2027-08-14', today)!)).toBe(
      'Ngày 14/08/2027 đã qua (hôm nay là 15/08/2027). Nếu đúng là ngày này, hãy đánh dấu “Xác nhận ngày đã qua” rồi gửi lại.',
    );
    expect(inEnglish(pastDateWarning('2027-08-14', today)!)).toMatch(/^The date 14\/08\/2027 is already past/);
    expect(pastDateWarning('2027-08-15', today)).toBeNull();
    const id = await newTask('BNV');
    // Changing the deadline to a past day: a warning on the field and on the box to tick; nothing written.
    const warned = await refused(
      changeDeadlines(
        { actor: actors.thuky!, taskIds: [id], dueDate: '2027-07-31', reason: 'Theo thực tế.', today },
        h.db,
      ),
    );
    expect(warned.fieldErrors).toMatchObject({
      dueDate: pastDateWarning('2027-07-31', today),
      confirmPast: expect.any(String),
    });
    expect((await taskRow(id)).dueDate).toBe('2027-06-30');
    const confirmed = changeDeadlineSchema.parse({
      taskIds: [String(id)],
      dueDate: '31/07/2027',
      reason: 'Theo thực tế.',
      confirmPast: 'on',
    });
    expect(await changeDeadlines({ ...confirmed, actor: actors.thuky!, today }, h.db)).toBe(1);
    expect((await taskRow(id)).dueDate).toBe('2027-07-31');
    // A request for a past date, and a grant of one, are warned the same way.
    const w = await refused(
      requestExtension(
        { actor: actors.bonoivu!, taskId: id, requestedDueDate: '2027-08-10', reason: 'Chờ số liệu.', today },
        h.db,
      ),
    );
    expect(w.fieldErrors.requestedDueDate).toBe(pastDateWarning('2027-08-10', today));
    const ext = await requestExtension(
      { actor: actors.bonoivu!, taskId: id, requestedDueDate: '2027-09-30', reason: 'Chờ số liệu.', today },
      h.db,
    );
    const g = await refused(
      decideExtension(
        {
          actor: actors.thuky!,
          extensionId: ext,
          decision: 'accepted',
          note: null,
          grantedDueDate: '2027-08-10',
          today,
        },
        h.db,
      ),
    );
    expect(g.fieldErrors).toMatchObject({
      grantedDueDate: pastDateWarning('2027-08-10', today),
      confirmPast: expect.any(String),
    });
    expect((await taskRow(id)).dueDate).toBe('2027-07-31');
    await decideExtension(
      {
        actor: actors.thuky!,
        extensionId: ext,
        decision: 'accepted',
        note: null,
        grantedDueDate: '2027-08-10',
        confirmPast: true,
        today,
      },
      h.db,
    );
    expect((await taskRow(id)).dueDate).toBe('2027-08-10');
    // A future date needs no confirmation (today by the clock).
    expect(
      await changeDeadlines(
        { actor: actors.thuky!, taskIds: [id], dueDate: addDays(vnDate(), 1), reason: 'Điều chỉnh.' },
        h.db,
      ),
    ).toBe(1);
  });

  it('recurring tasks take one report per period', async () => {
    const [task] = await h.db
      .select()
      .from(tasks)
      .where(and(eq(tasks.deadlineKind, 'recurring'), eq(tasks.leadAgencyId, agencyId.BNV!)));
    await reportPeriod(
      { actor: actors.bonoivu!, taskId: task!.id, period: '2024-Q2', note: 'Báo cáo quý II/2024.' },
      h.db,
    );
    const e = await refused(
      reportPeriod({ actor: actors.bonoivu!, taskId: task!.id, period: '2024-Q2', note: 'lần hai' }, h.db),
    );
    expect(inVietnamese(e.message)).toBe('Kỳ này đã có báo cáo.');
    expect(inEnglish(e.message)).toBe('This period has already been reported.');
    await refused(reportPeriod({ actor: actors.bonoivu!, taskId: task!.id, period: '2099-Q1', note: 'x' }, h.db));
    // A cancelled or carried-over task takes no report, like any other update (attacker pass F4).
    for (const [status, message] of [
      ['cancelled', 'errors.tasks.cancelled'],
      ['carried_over', 'errors.tasks.ended'],
    ] as const) {
      const closing = status === 'cancelled' ? { cancelReason: 'Không còn phù hợp.' } : { carriedOn: '2024-07-01' };
      await h.db
        .update(tasks)
        .set({ status, cancelReason: null, carriedOn: null, ...closing })
        .where(eq(tasks.id, task!.id));
      const closed = await refused(
        reportPeriod({ actor: actors.bonoivu!, taskId: task!.id, period: '2024-Q3', note: 'Báo cáo quý III.' }, h.db),
      );
      expect(closed.message).toBe(msg(message));
    }
    await h.db
      .update(tasks)
      .set({ status: task!.status, cancelReason: task!.cancelReason, carriedOn: task!.carriedOn })
      .where(eq(tasks.id, task!.id));
    // The same task named twice in a follow-up is changed once.
    expect(changeDeadlineSchema.parse({ taskIds: ['5', '5', 5], dueDate: '31/07/2027', reason: 'x' }).taskIds).toEqual([
      5,
    ]);
  });

  it('secretariat follow-up: urge, change deadlines with a reason, cancel with a reason', async () => {
    const a = await newTask('BNV');
    const b = await newTask('BTP');
    expect(await urgeTasks({ actor: actors.thuky!, taskIds: [a, b], note: 'Đề nghị khẩn trương.' }, h.db)).toBe(2);
    await expect(urgeTasks({ actor: actors.bonoivu!, taskIds: [a], note: null }, h.db)).rejects.toThrow();
    expect(
      await changeDeadlines(
        { actor: actors.thuky!, taskIds: [a, b], dueDate: '2027-09-30', reason: 'Điều chỉnh theo kế hoạch.' },
        h.db,
      ),
    ).toBe(2);
    expect(await taskRow(a)).toMatchObject({ dueDate: '2027-09-30', originalDueDate: '2027-06-30' });
    await cancelTask(
      { actor: actors.thuky!, taskId: b, version: (await taskRow(b)).version, reason: 'Trùng nhiệm vụ.' },
      h.db,
    );
    expect(await taskRow(b)).toMatchObject({ status: 'cancelled', cancelReason: 'Trùng nhiệm vụ.' });
  });

  it('a completed task is neither cancelled nor given a new deadline: its on-time record stays (attacker pass 20)', async () => {
    const id = await newTask('BNV');
    const v = (await taskRow(id)).version;
    await updateTaskProgress(
      {
        actor: actors.bonoivu!,
        values: taskUpdateSchema.parse({
          taskId: id,
          version: v,
          status: 'completed',
          progress: 100,
          completedOn: vnDate(),
          result: 'Đã trình.',
          completionDocument: 'Tờ trình số 16/TTr-BNV',
        }),
      },
      h.db,
    );
    const done = await taskRow(id);
    await refused(
      cancelTask({ actor: actors.thuky!, taskId: id, version: done.version, reason: 'Hủy sau khi xong.' }, h.db),
    );
    await refused(
      changeDeadlines({ actor: actors.thuky!, taskIds: [id], dueDate: '2027-12-31', reason: 'Lùi hạn.' }, h.db),
    );
    expect(await taskRow(id)).toMatchObject({
      status: 'completed',
      completedOn: vnDate(),
      dueDate: done.dueDate,
      version: done.version,
    });
  });

  it('group assignment: one task per agency of the group, merged-away agencies replaced by their successors', async () => {
    const base = {
      actor: actors.thuky!,
      directiveId,
      leadAgencyIds: [],
      coordinatorIds: [],
      monitorAgencyId: null,
      deadline: { kind: 'urgent' as const },
    };
    const provinces = await assignToTargets({ ...base, target: 'provinces', asOf: 'session' }, h.db);
    expect(provinces).toHaveLength(34); // the 63 of 2/2/2024, as the 34 that exist now
    // Bộ Nội vụ holds a task of this directive already (the tests above): the group skips it.
    const ministries = await assignToTargets({ ...base, target: 'ministries', asOf: 'session' }, h.db);
    expect(ministries).toHaveLength(16); // 22 in 2024 → 14 ministries + 3 ministry-level agencies, less Bộ Nội vụ
    const leads = await h.db
      .select({ code: agencies.code })
      .from(tasks)
      .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
      .where(sql`${tasks.id} in ${ministries}`);
    expect(leads.map((l) => l.code)).toContain('BNNMT');
    expect(leads.map((l) => l.code)).not.toContain('BKHDT');
    // The same group again on the same directive: every province has its task already, so nothing is added.
    const before = await count(taskUpdates, eq(taskUpdates.kind, 'created'));
    const again = await refused(assignToTargets({ ...base, target: 'provinces', asOf: 'today' }, h.db));
    expect(inVietnamese(again.message)).toMatch(
      /^Chỉ đạo này đã được giao cho (UBND|Ủy ban nhân dân) .*; không giao thêm/,
    );
    expect(await count(taskUpdates, eq(taskUpdates.kind, 'created'))).toBe(before);
    const [row] = await h.db
      .select({ sessionId: directives.sessionId })
      .from(directives)
      .where(eq(directives.id, directiveId));
    const other = await makeDirective(h.db, actors.thuky!, row!.sessionId!);
    await expect(
      assignToTargets({ ...base, directiveId: other.id, target: 'provinces', asOf: 'today' }, h.db),
    ).resolves.toHaveLength(34);
    await expect(
      assignToTargets({ ...base, actor: actors.lanhdao!, target: 'provinces', asOf: 'today' }, h.db),
    ).rejects.toThrow();
  });

  it('evidence: a PDF name with PNG content is refused and nothing changes; a real PDF is stored and readable only by the task’s readers', async () => {
    const id = await newTask('BNV');
    const before = await taskRow(id);
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const values = taskUpdateSchema.parse({ taskId: id, version: before.version, status: 'in_progress', progress: 30 });
    const e = await refused(
      updateTaskProgress({ actor: actors.bonoivu!, values, files: [{ name: 'bao-cao.pdf', bytes: png }] }, h.db),
    );
    expect(inVietnamese(e.message)).toMatch(/^Tệp bao-cao\.pdf: .*không khớp nội dung/);
    expect(inEnglish(e.message)).toMatch(/^File bao-cao\.pdf: /);
    expect(await taskRow(id)).toEqual(before);
    // Someone who may not update the task is refused before any file is read (files are up to 45 MB of PDF to
    // scan): another agency learns nothing of the task, not even through a file error.
    const other = await refused(
      updateTaskProgress({ actor: actors.tuyenquang!, values, files: [{ name: 'bao-cao.pdf', bytes: png }] }, h.db),
    );
    expect(other.code).toBe('NOT_FOUND');
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const traversal = await refused(
      updateTaskProgress(
        { actor: actors.bonoivu!, values, files: [{ name: '../../Báo cáo tiến độ.pdf', bytes: pdf }] },
        h.db,
      ),
    );
    expect(inVietnamese(traversal.message)).toContain('Tên tệp không hợp lệ');
    await updateTaskProgress(
      { actor: actors.bonoivu!, values, files: [{ name: 'Báo cáo tiến độ.pdf', bytes: pdf }] },
      h.db,
    );
    const [file] = await h.db.select().from(evidenceFiles).where(eq(evidenceFiles.taskId, id));
    expect(file!.originalName).toBe('Báo cáo tiến độ.pdf');
    expect(file!.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{32}\.pdf$/);
    const read = await readEvidenceFile({ actor: actors.thuky!, fileId: file!.id }, h.db);
    expect(Buffer.from(read.bytes).equals(Buffer.from(pdf))).toBe(true);
    await refused(readEvidenceFile({ actor: actors.tuyenquang!, fileId: file!.id }, h.db));
  });

  it('the secretariat reassigns an open task to another active agency; the first assignee stays on record', async () => {
    const id = await newTask('BNV');
    await refused(
      reassignTask(
        {
          actor: actors.thuky!,
          taskId: id,
          version: (await taskRow(id)).version,
          leadAgencyId: agencyId.BKHDT!,
          reason: 'x',
        },
        h.db,
      ),
    );
    await reassignTask(
      {
        actor: actors.thuky!,
        taskId: id,
        version: (await taskRow(id)).version,
        leadAgencyId: agencyId.BTP!,
        reason: 'Đúng chức năng của Bộ Tư pháp.',
      },
      h.db,
    );
    expect(await taskRow(id)).toMatchObject({ leadAgencyId: agencyId.BTP, assignedAgencyId: agencyId.BNV });
    await expect(
      reassignTask(
        {
          actor: actors.bonoivu!,
          taskId: id,
          version: (await taskRow(id)).version,
          leadAgencyId: agencyId.BNV!,
          reason: 'x',
        },
        h.db,
      ),
    ).rejects.toThrow();
  });

  it('a reassignment is refused to an agency that already leads a live task of the directive (attacker pass 18)', async () => {
    // Both on a directive of their own (the factory puts a second task of one lead on a sibling directive).
    const [six] = await h.db.select().from(directives).where(eq(directives.id, directiveId));
    const own = (await makeDirective(h.db, actors.thuky!, six!.sessionId!)).id;
    const first = (await makeTask(h.db, actors.thuky!, own, { lead: 'BNV' })).id;
    const second = (await makeTask(h.db, actors.thuky!, own, { lead: 'BTP' })).id;
    const e = await refused(
      reassignTask(
        {
          actor: actors.thuky!,
          taskId: first,
          version: (await taskRow(first)).version,
          leadAgencyId: agencyId.BTP!,
          reason: 'x',
        },
        h.db,
      ),
    );
    expect(inVietnamese(e.message)).toContain('Bộ Tư pháp');
    expect((await taskRow(first)).leadAgencyId).toBe(agencyId.BNV);
    // Once that task is cancelled, the directive has no live task of the agency and the reassignment goes through.
    await cancelTask(
      { actor: actors.thuky!, taskId: second, version: (await taskRow(second)).version, reason: 'Gộp' },
      h.db,
    );
    await reassignTask(
      {
        actor: actors.thuky!,
        taskId: first,
        version: (await taskRow(first)).version,
        leadAgencyId: agencyId.BTP!,
        reason: 'x',
      },
      h.db,
    );
    expect((await taskRow(first)).leadAgencyId).toBe(agencyId.BTP);
  });

  it('a task reassigned to one of its partners: the agency leads it, and is no longer its own partner', async () => {
    const [six] = await h.db.select().from(directives).where(eq(directives.id, directiveId));
    const other = (await makeDirective(h.db, actors.thuky!, six!.sessionId!)).id;
    const task = await makeTask(h.db, actors.thuky!, other, { lead: 'BTP', coordinators: ['VPCP', 'BNV'] });
    await reassignTask(
      {
        actor: actors.thuky!,
        taskId: task.id,
        version: (await taskRow(task.id)).version,
        leadAgencyId: agencyId.VPCP!,
        reason: 'Đúng chức năng.',
      },
      h.db,
    );
    expect((await taskRow(task.id)).leadAgencyId).toBe(agencyId.VPCP);
    const partners = await h.db.select().from(taskCoordinators).where(eq(taskCoordinators.taskId, task.id));
    expect(partners.map((p) => p.agencyId)).toEqual([agencyId.BNV]);
  });

  it('an extension cannot be accepted once the deadline has moved past it or the task has ended', async () => {
    const id = await newTask('BNV');
    const ext = await requestExtension(
      { actor: actors.bonoivu!, taskId: id, requestedDueDate: '2027-07-31', reason: 'Chờ số liệu.' },
      h.db,
    );
    await changeDeadlines(
      { actor: actors.thuky!, taskIds: [id], dueDate: '2027-08-31', reason: 'Điều chỉnh chung.' },
      h.db,
    );
    await refused(decideExtension({ actor: actors.thuky!, extensionId: ext, decision: 'accepted', note: null }, h.db));
    expect((await taskRow(id)).dueDate).toBe('2027-08-31');
    await decideExtension(
      { actor: actors.thuky!, extensionId: ext, decision: 'refused', note: 'Đã điều chỉnh chung.' },
      h.db,
    );
  });
});
