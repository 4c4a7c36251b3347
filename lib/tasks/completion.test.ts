import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, auditEntries, directives, notifications, taskUpdates, tasks, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { ForbiddenError, type Actor } from '@/lib/policy';
import { summarize, summarizeTotal } from '@/lib/reports/summary';
import { getOverview } from '@/lib/reports/dashboard';
import { inEnglish, inVietnamese } from '@/tests/i18n';
import { createTestDatabase } from '@/tests/db';
import { addDays, vnDate } from '@/lib/time';
import { makeTask } from '@/tests/factories';
import { decideCompletion, updateTaskProgress } from './progress';
import { countTasks, listTasks } from './queries';
import { completionDecisionSchema, taskFilterFromParams, taskFilterToParams, taskUpdateSchema } from './schemas';
import { classifyTask } from './timeliness';

/**
 * Decision 023 (docs/design.md, "Deadlines and the four timeliness classes"): a lead agency reported a task overdue
 * for two years as completed the day before its deadline, and every report counted it on time. Now a completion
 * names what completed the work, and one dated before the day it is reported counts from that day ("chờ xác
 * nhận") until the secretariat confirms it.
 */
let h: DatabaseHandle;
const actors: Record<string, Actor> = {};
let bnv: number;
let directiveId: number;
const today = vnDate();
const TWO_YEARS_AGO = addDays(today, -730);

const failure = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeTruthy();
  return e as AppError;
};
const taskRow = async (id: number) => (await h.db.select().from(tasks).where(eq(tasks.id, id)))[0]!;

beforeAll(async () => {
  h = await createTestDatabase();
  for (const u of await h.db.select().from(users))
    actors[u.email.split('@')[0]!] = (await loadActor(h.db, u.id, u.sessionVersion))!;
  const [a] = await h.db.select().from(agencies).where(eq(agencies.code, 'BNV'));
  bnv = a!.id;
  const [d] = await h.db.select().from(directives).where(eq(directives.ordinal, '6'));
  directiveId = d!.id;
});
afterAll(() => h.close());

/** A task of Bộ Nội vụ assigned three years ago, due two years ago, still open: overdue. */
async function overdueTask() {
  const [row] = await h.db
    .insert(tasks)
    .values({
      directiveId,
      leadAgencyId: bnv,
      assignedAgencyId: bnv,
      deadlineKind: 'dated',
      dueDate: TWO_YEARS_AGO,
      originalDueDate: TWO_YEARS_AGO,
      assignedOn: addDays(today, -1095),
      status: 'in_progress',
      progress: 50,
    })
    .returning();
  return row!;
}

const backDated = (t: { id: number; version: number }, extra: Record<string, unknown> = {}) =>
  taskUpdateSchema.parse({
    taskId: t.id,
    version: t.version,
    status: 'completed',
    progress: 100,
    completedOn: addDays(TWO_YEARS_AGO, -1),
    result: 'Đã hoàn thành.',
    completionDocument: 'Báo cáo số 45/BC-BNV',
    ...extra,
  });

const classOf = async (id: number) => {
  const [row] = await listTasks({ actor: actors.lanhdao!, filter: { agencyId: bnv } }, h.db).then((rows) =>
    rows.filter((r) => r.id === id),
  );
  return row?.timeliness;
};

describe('a back-dated completion (issue 15, finding 5)', () => {
  it('needs the document or evidence that completed the task', async () => {
    const t = await overdueTask();
    const e = await failure(
      updateTaskProgress({ actor: actors.bonoivu!, values: backDated(t, { completionDocument: '' }) }, h.db),
    );
    expect(e).toBeInstanceOf(AppError);
    expect(inVietnamese(e.fieldErrors.completionDocument!)).toMatch(/văn bản\/kết quả hoàn thành/);
    expect(inEnglish(e.message)).toMatch(/^Name the document or result that completed the task/);
    expect(await taskRow(t.id)).toEqual(t);
    // An evidence file is enough on its own.
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const done = await updateTaskProgress(
      {
        actor: actors.bonoivu!,
        values: backDated(t, { completionDocument: '' }),
        files: [{ name: 'bao-cao.png', bytes: png }],
      },
      h.db,
    );
    expect(done).toMatchObject({ status: 'completed', completionDocument: null, completionPending: true });
  });

  it('tells the secretariat of a completion awaiting confirmation once a day per task, however often it is reported (attacker pass 26)', async () => {
    const t = await overdueTask();
    const done = await updateTaskProgress({ actor: actors.bonoivu!, values: backDated(t) }, h.db);
    const reopened = await updateTaskProgress(
      {
        actor: actors.bonoivu!,
        values: { ...backDated(done), status: 'in_progress', progress: 50, completedOn: null },
      },
      h.db,
    );
    const again = await updateTaskProgress({ actor: actors.bonoivu!, values: backDated(reopened) }, h.db);
    expect(again.completionPending).toBe(true);
    const told = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, actors.thuky!.userId), eq(notifications.kind, 'completion_pending')));
    expect(told.filter((n) => n.link === `/tasks/${t.id}`)).toHaveLength(1);
  });

  it('counts as completed late, awaiting confirmation, until the secretariat confirms it; then on time', async () => {
    const t = await overdueTask();
    const filter = { agencyId: bnv };
    const before = await summarizeTotal({ actor: actors.lanhdao!, filter }, h.db);
    const done = await updateTaskProgress({ actor: actors.bonoivu!, values: backDated(t) }, h.db);
    expect(done).toMatchObject({
      status: 'completed',
      completedOn: addDays(TWO_YEARS_AGO, -1),
      completionReportedOn: today,
      completionDocument: 'Báo cáo số 45/BC-BNV',
      completionPending: true,
      countedCompletedOn: today,
    });
    // The secretariat is told.
    const toSecretariat = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, actors.thuky!.userId), eq(notifications.kind, 'completion_pending')));
    expect(toSecretariat.map((n) => n.link)).toContain(`/tasks/${t.id}`);
    // Every report: counted by the day it was reported (late), the same in memory, by counting and from the tallies.
    expect(classifyTask(done, today)).toBe('completed_late');
    expect(await classOf(t.id)).toBe('completed_late');
    const pending = await summarizeTotal({ actor: actors.lanhdao!, filter }, h.db);
    expect(pending.overdue).toBe(before.overdue - 1);
    expect(pending.completed_late).toBe(before.completed_late + 1);
    expect(pending.completed_on_time).toBe(before.completed_on_time);
    const counted = await summarize({ actor: actors.lanhdao!, filter, source: 'tasks' }, h.db);
    expect(counted.get(null)).toEqual(pending);
    // "Chờ xác nhận" drills down to exactly the tasks awaiting confirmation, and survives the URL.
    const awaiting = await countTasks({ actor: actors.thuky!, filter: { awaitingConfirmation: true } }, h.db);
    const listed = await listTasks({ actor: actors.thuky!, filter: { awaitingConfirmation: true } }, h.db);
    expect(listed.map((r) => r.id)).toContain(t.id);
    expect(listed.every((r) => r.completionPending && r.timeliness.startsWith('completed'))).toBe(true);
    expect(awaiting).toBe(listed.length);
    const params = taskFilterToParams({ awaitingConfirmation: true, agencyId: bnv });
    expect(params.get('confirm')).toBe('pending');
    expect(taskFilterFromParams(Object.fromEntries(params)).filter).toMatchObject({ awaitingConfirmation: true });
    const overview = await getOverview({ actor: actors.lanhdao!, filter }, h.db);
    expect(overview.awaitingConfirmation).toBeGreaterThanOrEqual(1);

    // The agency cannot confirm its own report; a stale version is refused.
    const confirm = completionDecisionSchema.parse({ taskId: t.id, version: done.version, decision: 'confirm' });
    expect(await failure(decideCompletion({ actor: actors.bonoivu!, values: confirm }, h.db))).toBeInstanceOf(
      ForbiddenError,
    );
    expect(
      (await failure(decideCompletion({ actor: actors.thuky!, values: { ...confirm, version: t.version } }, h.db)))
        .code,
    ).toBe('CONFLICT');
    const confirmed = await decideCompletion({ actor: actors.thuky!, values: confirm }, h.db);
    expect(confirmed).toMatchObject({ completionPending: false, countedCompletedOn: addDays(TWO_YEARS_AGO, -1) });
    expect(await classOf(t.id)).toBe('completed_on_time');
    const after = await summarizeTotal({ actor: actors.lanhdao!, filter }, h.db);
    expect(after.completed_on_time).toBe(before.completed_on_time + 1);
    expect(after.completed_late).toBe(before.completed_late);
    expect((await summarize({ actor: actors.lanhdao!, filter, source: 'tasks' }, h.db)).get(null)).toEqual(after);
    const [entry] = await h.db
      .select()
      .from(taskUpdates)
      .where(and(eq(taskUpdates.taskId, t.id), eq(taskUpdates.kind, 'completion_confirmed')));
    expect(entry).toBeTruthy();
    const audits = await h.db.select().from(auditEntries).where(eq(auditEntries.action, 'task.completion_confirm'));
    expect(audits.length).toBe(1);
    // Nothing left to confirm.
    expect(
      (
        await failure(
          decideCompletion({ actor: actors.thuky!, values: { ...confirm, version: confirmed.version } }, h.db),
        )
      ).code,
    ).toBe('INVALID');
    // Saved again as it is, it stays confirmed; with another document it is a new report, to be confirmed again
    // (attacker pass 25: the document could be swapped for nothing and stay confirmed).
    const resaved = await updateTaskProgress(
      { actor: actors.bonoivu!, values: backDated(confirmed, { result: 'Đã hoàn thành, bổ sung kết quả.' }) },
      h.db,
    );
    expect(resaved).toMatchObject({ completionPending: false, completionDocument: 'Báo cáo số 45/BC-BNV' });
    const swapped = await updateTaskProgress(
      { actor: actors.bonoivu!, values: backDated(resaved, { completionDocument: '(không có văn bản)' }) },
      h.db,
    );
    expect(swapped).toMatchObject({
      completionPending: true,
      completionConfirmedAt: null,
      completionDocument: '(không có văn bản)',
    });
    expect(await classOf(t.id)).toBe('completed_late');
  });

  it('returned with a reason: not completed, back in progress, the reason on the timeline, the lead agency told', async () => {
    const t = await overdueTask();
    const done = await updateTaskProgress({ actor: actors.bonoivu!, values: backDated(t) }, h.db);
    expect(
      completionDecisionSchema.safeParse({ taskId: t.id, version: done.version, decision: 'return' }).success,
    ).toBe(false);
    const reason = 'Văn bản số 45/BC-BNV ban hành sau thời hạn; đề nghị báo cáo đúng ngày hoàn thành.';
    const returned = await decideCompletion(
      {
        actor: actors.thuky!,
        values: completionDecisionSchema.parse({ taskId: t.id, version: done.version, decision: 'return', reason }),
      },
      h.db,
    );
    expect(returned).toMatchObject({
      status: 'in_progress',
      completedOn: null,
      completionReportedOn: null,
      completionPending: false,
    });
    expect(await classOf(t.id)).toBe('overdue');
    const [entry] = await h.db
      .select()
      .from(taskUpdates)
      .where(and(eq(taskUpdates.taskId, t.id), eq(taskUpdates.kind, 'completion_returned')));
    expect(entry).toMatchObject({ note: reason, statusFrom: 'completed', statusTo: 'in_progress' });
    const told = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, actors.bonoivu!.userId), eq(notifications.kind, 'completion_returned')));
    expect(told.map((n) => n.link)).toContain(`/tasks/${t.id}`);
  });

  it('a completion dated the day it is reported, or reported by the secretariat itself, needs no confirmation', async () => {
    const { id } = await makeTask(h.db, actors.thuky!, directiveId, {
      lead: bnv,
      deadline: { kind: 'dated', dueDate: addDays(today, 30) },
    });
    const t = await taskRow(id);
    const same = await updateTaskProgress(
      { actor: actors.bonoivu!, values: backDated(t, { completedOn: today }) },
      h.db,
    );
    expect(same).toMatchObject({ completionPending: false, completionReportedOn: today });
    const t2 = await overdueTask();
    const bySecretariat = await updateTaskProgress({ actor: actors.thuky!, values: backDated(t2) }, h.db);
    expect(bySecretariat).toMatchObject({ completionPending: false, completionConfirmedById: actors.thuky!.userId });
    expect(await classOf(t2.id)).toBe('completed_on_time');
  });
});
