import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { directives, taskUpdates, tasks } from '@/db/schema';
import { composeReport } from '@/lib/official-reports/compose';
import type { Actor } from '@/lib/policy';
import { summarizeTotal } from '@/lib/reports/summary';
import { getTaskDetail } from '@/lib/tasks/detail';
import { updateTaskProgress } from '@/lib/tasks/progress';
import { listTasks } from '@/lib/tasks/queries';
import { addDays, vnDate } from '@/lib/time';
import { createTestDatabase } from '@/tests/db';
import { actorFor, makeDirective, makeSession, makeTask } from '@/tests/factories';
import { continueDirective } from './continue';
import { deleteDirective, updateDirective } from './mutations';
import { listSessionDirectives } from './queries';

let h: DatabaseHandle;
let secretariat: Actor;
let noiVu: Actor;
const today = vnDate();
const ids = {} as Record<
  'earlier' | 'next' | 'other' | 'directive' | 'late' | 'onTime' | 'done' | 'otherDirective',
  number
>;

beforeAll(async () => {
  h = await createTestDatabase();
  secretariat = await actorFor(h.db, { role: 'secretariat' });
  noiVu = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
  const earlier = await makeSession(h.db, secretariat, { date: '2025-03-01', status: 'held' });
  const next = await makeSession(h.db, secretariat, { date: '2026-12-20', status: 'planned' });
  const other = await makeSession(h.db, secretariat, { date: '2025-01-01', status: 'held', committeeCode: 'BCD-598' });
  const directive = await makeDirective(h.db, secretariat, earlier.id, {
    text: 'Hoàn thiện cơ sở dữ liệu quốc gia về cán bộ, công chức',
    areaCodes: ['civil_service'],
  });
  const late = await makeTask(h.db, secretariat, directive.id, {
    lead: 'BNV',
    deadline: { kind: 'dated', dueDate: addDays(today, -10) },
  });
  const onTime = await makeTask(h.db, secretariat, directive.id, {
    lead: 'BTP',
    deadline: { kind: 'dated', dueDate: addDays(today, 10) },
  });
  const done = await makeTask(h.db, secretariat, directive.id, { lead: 'BTC' });
  await h.db
    .update(tasks)
    .set({ status: 'completed', progress: 100, completedOn: today, completionReportedOn: today })
    .where(eq(tasks.id, done.id));
  await h.db
    .update(tasks)
    .set({ assignedOn: addDays(today, -20) })
    .where(eq(tasks.directiveId, directive.id));
  const otherDirective = await makeDirective(h.db, secretariat, other.id, { text: 'Chỉ đạo của Ban Chỉ đạo khác' });
  Object.assign(ids, {
    earlier: earlier.id,
    next: next.id,
    other: other.id,
    directive: directive.id,
    late: late.id,
    onTime: onTime.id,
    done: done.id,
    otherDirective: otherDirective.id,
  });
}, 60_000);
afterAll(() => h.close());

describe('continuing an earlier directive (decision 036)', () => {
  let newId: number;

  it('refuses an agency, a later or other committee’s directive', async () => {
    await expect(
      continueDirective(
        { actor: noiVu, sessionId: ids.next, earlierDirectiveId: ids.directive, carryTasks: true },
        h.db,
      ),
    ).rejects.toThrow();
    await expect(
      continueDirective(
        { actor: secretariat, sessionId: ids.next, earlierDirectiveId: ids.otherDirective, carryTasks: true },
        h.db,
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      continueDirective(
        { actor: secretariat, sessionId: ids.earlier, earlierDirectiveId: ids.directive, carryTasks: true },
        h.db,
      ),
    ).rejects.toMatchObject({ code: 'INVALID' });
    const [t] = await h.db.select().from(tasks).where(eq(tasks.id, ids.late));
    expect(t!.status).toBe('not_started');
  });

  it('links the new directive both ways and closes the open tasks as carried, keeping the completed one', async () => {
    const before = await summarizeTotal({ actor: secretariat, filter: { sessionId: ids.earlier } }, h.db);
    newId = await continueDirective(
      { actor: secretariat, sessionId: ids.next, earlierDirectiveId: ids.directive, carryTasks: true },
      h.db,
    );
    const [created] = await listSessionDirectives({ actor: secretariat, sessionId: ids.next }, h.db);
    expect(created).toMatchObject({
      id: newId,
      text: 'Hoàn thiện cơ sở dữ liệu quốc gia về cán bộ, công chức',
      areaCodes: ['civil_service'],
      continues: { id: ids.directive, sessionId: ids.earlier },
    });
    const earlier = (await listSessionDirectives({ actor: secretariat, sessionId: ids.earlier }, h.db)).find(
      (d) => d.id === ids.directive,
    );
    expect(earlier!.continuedBy.map((l) => l.id)).toEqual([newId]);
    const rows = await h.db.select().from(tasks).where(eq(tasks.directiveId, ids.directive));
    const status = Object.fromEntries(rows.map((r) => [r.id, [r.status, r.carriedOn, r.carriedIntoDirectiveId]]));
    expect(status[ids.late]).toEqual(['carried_over', today, newId]);
    expect(status[ids.onTime]).toEqual(['carried_over', today, newId]);
    expect(status[ids.done]![0]).toBe('completed');
    const timeline = await h.db.select().from(taskUpdates).where(eq(taskUpdates.taskId, ids.late));
    expect(timeline.map((u) => u.kind)).toContain('carried_over');
    // Counted as they stood the day they were carried: one overdue, one on time; neither completed nor dropped.
    const after = await summarizeTotal({ actor: secretariat, filter: { sessionId: ids.earlier } }, h.db);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ overdue: 1, in_progress_on_time: 1, completed_on_time: 1 });
    await expect(
      continueDirective(
        { actor: secretariat, sessionId: ids.next, earlierDirectiveId: ids.directive, carryTasks: false },
        h.db,
      ),
    ).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('counts carried tasks by the rule in the dashboard (both ways), the task list, the report and a task read', async () => {
    const later = addDays(today, 30); // the on-time task's deadline has passed by then, but it was carried before
    for (const source of ['auto', 'tasks'] as const) {
      const counts = await summarizeTotal(
        { actor: secretariat, filter: { sessionId: ids.earlier, today: later } },
        h.db,
      );
      expect(counts, source).toMatchObject({ overdue: 1, in_progress_on_time: 1 });
    }
    const overdue = await listTasks(
      { actor: secretariat, filter: { sessionId: ids.earlier, timeliness: 'overdue' } },
      h.db,
    );
    expect(overdue.map((t) => t.id)).toEqual([ids.late]);
    const report = await composeReport(h.db, secretariat, { scope: { sessionIds: [ids.earlier] }, asOf: today });
    expect(report.taskIds.overdue).toEqual([ids.late]);
    expect(report.taskIds.in_progress_on_time).toEqual([ids.onTime]);
    const detail = await getTaskDetail({ actor: secretariat, taskId: ids.onTime }, h.db);
    expect(detail!.timeliness).toBe('in_progress_on_time');
    // As of the day before: both carried tasks were open, and the completed one not yet done.
    const yesterday = await summarizeTotal(
      { actor: secretariat, filter: { sessionId: ids.earlier, asOf: addDays(today, -1) } },
      h.db,
    );
    expect(yesterday).toMatchObject({ overdue: 1, in_progress_on_time: 2, completed_on_time: 0 });
  });

  it('takes no more progress on a carried task', async () => {
    const [t] = await h.db.select().from(tasks).where(eq(tasks.id, ids.late));
    await expect(
      updateTaskProgress(
        {
          actor: noiVu,
          values: { taskId: ids.late, version: t!.version, status: 'in_progress', progress: 50, note: 'x' } as never,
        },
        h.db,
      ),
    ).rejects.toMatchObject({ code: 'INVALID' });
  });
});

describe('deleting either end of a continuation (attacker pass 37)', () => {
  it('refuses the continuing directive while it holds tasks carried into it, and the earlier one while it is continued', async () => {
    const earlier = await makeDirective(h.db, secretariat, ids.earlier, { text: 'Rà soát thủ tục hành chính nội bộ' });
    await makeTask(h.db, secretariat, earlier.id, { lead: 'BNV' });
    const continuing = await continueDirective(
      { actor: secretariat, sessionId: ids.next, earlierDirectiveId: earlier.id, carryTasks: true },
      h.db,
    );
    // The new directive has no task of its own yet, but the earlier one's tasks went on into it: deleting it left
    // them carried into nothing (the database refused it: the generic error and an error line).
    await expect(deleteDirective({ actor: secretariat, directiveId: continuing }, h.db)).rejects.toMatchObject({
      code: 'INVALID',
      message: 'errors.directives.carriesTasks',
    });
    const unassigned = await makeDirective(h.db, secretariat, ids.earlier, { text: 'Chưa giao: đánh giá chung' });
    const next = await continueDirective(
      { actor: secretariat, sessionId: ids.next, earlierDirectiveId: unassigned.id, carryTasks: false },
      h.db,
    );
    await expect(deleteDirective({ actor: secretariat, directiveId: unassigned.id }, h.db)).rejects.toMatchObject({
      code: 'INVALID',
      message: 'errors.directives.continued',
    });
    const kept = await h.db.select({ id: directives.id }).from(directives).where(eq(directives.id, unassigned.id));
    expect(kept).toHaveLength(1);
    // The continuation itself, with nothing carried into it, may go; then the earlier one may too.
    await deleteDirective({ actor: secretariat, directiveId: next }, h.db);
    await deleteDirective({ actor: secretariat, directiveId: unassigned.id }, h.db);
    expect(await h.db.select().from(directives).where(eq(directives.id, unassigned.id))).toHaveLength(0);
  });
});

describe('what keeps a directive from being deleted', () => {
  it('refuses a heading with sub-items and an item with tasks, and deletes nothing', async () => {
    const heading = await makeDirective(h.db, secretariat, ids.earlier, { text: 'Về chuyển đổi số' });
    const sub = await makeDirective(h.db, secretariat, ids.earlier, { text: 'Số hóa hồ sơ', parentId: heading.id });
    await makeTask(h.db, secretariat, sub.id, { lead: 'BTP' });
    await expect(deleteDirective({ actor: secretariat, directiveId: heading.id }, h.db)).rejects.toMatchObject({
      code: 'INVALID',
      message: 'errors.directives.deleteChildrenFirst',
    });
    await expect(deleteDirective({ actor: secretariat, directiveId: sub.id }, h.db)).rejects.toMatchObject({
      code: 'INVALID',
      message: 'errors.directives.hasTasks',
    });
    const kept = await h.db
      .select({ id: directives.id })
      .from(directives)
      .where(inArray(directives.id, [heading.id, sub.id]));
    expect(kept).toHaveLength(2);
  });
});

describe('an assigned directive made an assessment (attacker pass 37)', () => {
  it('is refused while it has live tasks, as assigning an assessment is', async () => {
    const d = await makeDirective(h.db, secretariat, ids.earlier, {
      text: 'Tổ chức đánh giá chỉ số cải cách hành chính',
    });
    await makeTask(h.db, secretariat, d.id, { lead: 'BNV' });
    const values = {
      text: d.text,
      areaCodes: [],
      isCrossCutting: true,
      isAssessment: true,
      isConfidential: false,
      issuedBy: null,
      sourceDocument: null,
    };
    await expect(
      updateDirective({ actor: secretariat, directiveId: d.id, version: d.version, values }, h.db),
    ).rejects.toMatchObject({ code: 'INVALID', message: 'errors.directives.assignedNotAssessment' });
    const [kept] = await h.db.select().from(directives).where(eq(directives.id, d.id));
    expect(kept).toMatchObject({ isAssessment: false, version: d.version });
    // With nothing assigned it may be one.
    const unassigned = await makeDirective(h.db, secretariat, ids.earlier, { text: 'Đánh giá chung về kết quả' });
    await updateDirective(
      {
        actor: secretariat,
        directiveId: unassigned.id,
        version: unassigned.version,
        values: { ...values, text: unassigned.text },
      },
      h.db,
    );
    const [marked] = await h.db.select().from(directives).where(eq(directives.id, unassigned.id));
    expect(marked!.isAssessment).toBe(true);
  });
});
