import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '@/db/client';
import { auditEntries, extensionRequests, taskUpdateDrafts, taskUpdates, tasks, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { ForbiddenError, type Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { actorFor, makeDirective, makeSession, makeTask } from '@/tests/factories';
import { refusal } from '@/tests/i18n';
import { vnDate } from '@/lib/time';
import { continueDirective } from '@/lib/directives/continue';
import { CARRIED_NOTE } from '@/lib/directives/continue-vocabulary';
import { getSecretariatDesk } from '@/lib/reports/dashboard';
import { createDraft, discardDraft, draftAuthorsOf, listOpenDrafts, submitDraft } from './drafts';
import { getTaskDetail } from './detail';
import { decideExtension, requestExtension } from './extensions';
import { cancelTask, reassignTask } from './mutations';
import { updateTaskProgress } from './progress';
import { submitDraftSchema, taskDraftSchema } from './schemas';

let h: DatabaseHandle & { url?: string };
const a: Record<string, Actor> = {};
let taskId: number;

/** An agency user with the given duty, loaded as the app loads them. */
async function agencyUser(agencyCode: string, duty: 'focal_point' | 'staff', name?: string): Promise<Actor> {
  const made = await actorFor(h.db, { role: 'agency', agencyCode, name });
  const [row] = await h.db
    .update(users)
    .set({ agencyDuty: duty })
    .where(eq(users.id, made.userId))
    .returning({ sessionVersion: users.sessionVersion });
  return (await loadActor(h.db, made.userId, row!.sessionVersion))!;
}

const draftOf = (values: Record<string, unknown>) => taskDraftSchema.parse({ taskId, ...values });
const taskRow = async () => (await h.db.select().from(tasks).where(eq(tasks.id, taskId)))[0]!;
const draftRow = async (id: number) =>
  (await h.db.select().from(taskUpdateDrafts).where(eq(taskUpdateDrafts.id, id)))[0]!;

beforeAll(async () => {
  h = await createTestDatabase();
  a.secretariat = await actorFor(h.db, { role: 'secretariat' });
  a.staff = await agencyUser('BNV', 'staff', 'Trần Thị Cán Bộ');
  a.focal = await agencyUser('BNV', 'focal_point', 'Nguyễn Văn Đầu Mối');
  a.otherStaff = await agencyUser('BTP', 'staff');
  a.otherFocal = await agencyUser('BTP', 'focal_point');
  const session = await makeSession(h.db, a.secretariat);
  const directive = await makeDirective(h.db, a.secretariat, session.id);
  taskId = (await makeTask(h.db, a.secretariat, directive.id, { lead: 'BNV' })).id;
});
afterAll(() => h.close());

describe('drafts of task updates', () => {
  it('staff may not update a task directly, but may draft an update', async () => {
    const before = await taskRow();
    const e = await updateTaskProgress(
      {
        actor: a.staff!,
        values: {
          taskId,
          version: before.version,
          status: 'in_progress',
          progress: 10,
          result: null,
          note: null,
          completedOn: null,
          completionDocument: null,
        },
      },
      h.db,
    ).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('FORBIDDEN');
    expect((await taskRow()).version).toBe(before.version);

    const id = await createDraft(
      { actor: a.staff!, values: draftOf({ status: 'in_progress', progress: '60', note: 'Đã họp với các vụ.' }) },
      h.db,
    );
    expect(await draftRow(id)).toMatchObject({
      authorId: a.staff!.userId,
      status: 'in_progress',
      progress: 60,
      submittedAt: null,
    });
    const audits = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'task.draft'), eq(auditEntries.entityId, String(taskId))));
    expect(audits).toHaveLength(1);
    // The task is unchanged until a focal point submits the draft.
    expect((await taskRow()).progress).toBe(before.progress);
  });

  it('staff or a focal point of another agency may not draft; neither may the secretariat', async () => {
    for (const actor of [a.otherStaff!, a.otherFocal!]) {
      const e = await createDraft({ actor, values: draftOf({ status: 'in_progress', progress: '5' }) }, h.db).catch(
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('NOT_FOUND');
    }
    await expect(
      createDraft({ actor: a.secretariat!, values: draftOf({ status: 'in_progress', progress: '5' }) }, h.db),
    ).rejects.toThrow();
  });

  it('a focal point sees the open drafts and submits one: the task changes, authored by the focal point', async () => {
    const drafts = await listOpenDrafts({ actor: a.focal!, taskId }, h.db);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ authorName: 'Trần Thị Cán Bộ', progress: 60 });
    expect(await listOpenDrafts({ actor: a.otherFocal!, taskId }, h.db)).toEqual([]);
    // Staff may not submit, not even their own draft.
    const version = (await taskRow()).version;
    const values = submitDraftSchema.parse({ draftId: drafts[0]!.id, version, completionDocument: '' });
    const staffSubmit = await submitDraft({ actor: a.staff!, values }, h.db).catch((x: unknown) => x);
    expect(staffSubmit).toBeInstanceOf(ForbiddenError);
    expect(await submitDraft({ actor: a.otherFocal!, values }, h.db).catch((x: AppError) => x.code)).toBe('NOT_FOUND');

    const updateId = await submitDraft({ actor: a.focal!, values }, h.db);
    const task = await taskRow();
    expect(task).toMatchObject({ status: 'in_progress', progress: 60, version: version + 1 });
    const [update] = await h.db.select().from(taskUpdates).where(eq(taskUpdates.id, updateId));
    expect(update).toMatchObject({
      kind: 'progress',
      authorId: a.focal!.userId,
      note: 'Đã họp với các vụ.',
      data: { draftId: drafts[0]!.id, draftedBy: a.staff!.userId },
    });
    expect(await draftRow(drafts[0]!.id)).toMatchObject({ submittedById: a.focal!.userId, updateId });
    expect((await draftAuthorsOf({ actor: a.secretariat!, taskId }, h.db)).get(updateId)).toBe('Trần Thị Cán Bộ');
    expect(await listOpenDrafts({ actor: a.focal!, taskId }, h.db)).toEqual([]);

    // A second submission of the same draft is refused and changes nothing.
    const again = await refusal(submitDraft({ actor: a.focal!, values: { ...values, version: task.version } }, h.db));
    expect(again.message).toContain('đã được gửi');
    expect((await taskRow()).version).toBe(task.version);
    const submitted = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'task.draft_submit'), eq(auditEntries.entityId, String(taskId))));
    expect(submitted).toHaveLength(1);
  });

  it('a draft submitted at a stale version is refused and stays open', async () => {
    const id = await createDraft({ actor: a.staff!, values: draftOf({ status: 'in_progress', progress: '70' }) }, h.db);
    const stale = (await taskRow()).version - 1;
    const e = await submitDraft(
      { actor: a.focal!, values: submitDraftSchema.parse({ draftId: id, version: stale }) },
      h.db,
    ).then(
      () => null,
      (x: AppError) => x.code,
    );
    expect(e).toBe('CONFLICT');
    expect((await draftRow(id)).submittedAt).toBeNull();
    await discardDraft({ actor: a.focal!, draftId: id }, h.db);
  });

  it('a completion draft needs the completion document when submitted', async () => {
    const id = await createDraft(
      { actor: a.staff!, values: draftOf({ status: 'completed', progress: '100', completedOn: vnDate() }) },
      h.db,
    );
    const version = (await taskRow()).version;
    const without = await refusal(
      submitDraft({ actor: a.focal!, values: submitDraftSchema.parse({ draftId: id, version }) }, h.db),
    );
    expect(without.message).toContain('văn bản/kết quả hoàn thành');
    expect((await draftRow(id)).submittedAt).toBeNull();
    await submitDraft(
      {
        actor: a.focal!,
        values: submitDraftSchema.parse({ draftId: id, version, completionDocument: 'Báo cáo số 12/BC-BNV' }),
      },
      h.db,
    );
    expect(await taskRow()).toMatchObject({ status: 'completed', completedOn: vnDate(), progress: 100 });
    // A completed task takes no more drafts.
    expect(
      (await refusal(createDraft({ actor: a.staff!, values: draftOf({ status: 'in_progress', progress: '5' }) }, h.db)))
        .message,
    ).toContain('không soạn thêm');
  });

  it('a focal point or the author discards a draft; another staff may not; a discarded draft is not submitted', async () => {
    const session = await makeSession(h.db, a.secretariat!);
    const directive = await makeDirective(h.db, a.secretariat!, session.id);
    taskId = (await makeTask(h.db, a.secretariat!, directive.id, { lead: 'BNV' })).id;
    const other = await agencyUser('BNV', 'staff');
    const first = await createDraft(
      { actor: a.staff!, values: draftOf({ status: 'in_progress', progress: '20' }) },
      h.db,
    );
    const second = await createDraft(
      { actor: a.staff!, values: draftOf({ status: 'in_progress', progress: '30' }) },
      h.db,
    );
    expect(await discardDraft({ actor: other, draftId: first }, h.db).catch((x: AppError) => x.code)).toBe('FORBIDDEN');
    await discardDraft({ actor: a.focal!, draftId: first }, h.db);
    await discardDraft({ actor: a.staff!, draftId: second }, h.db);
    expect(await draftRow(first)).toMatchObject({ discardedById: a.focal!.userId });
    expect(await draftRow(second)).toMatchObject({ discardedById: a.staff!.userId });
    const version = (await taskRow()).version;
    expect(
      (
        await refusal(
          submitDraft({ actor: a.focal!, values: submitDraftSchema.parse({ draftId: first, version }) }, h.db),
        )
      ).message,
    ).toContain('đã bị hủy');
    expect((await taskRow()).version).toBe(version);
    expect(await listOpenDrafts({ actor: a.focal!, taskId }, h.db)).toEqual([]);
    const discarded = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'task.draft_discard'), eq(auditEntries.entityId, String(taskId))));
    expect(discarded).toHaveLength(2);
  });

  it('a reassignment closes the drafts and the extension request of the agency that led the task (attacker pass 18)', async () => {
    const session = await makeSession(h.db, a.secretariat!);
    const directive = await makeDirective(h.db, a.secretariat!, session.id);
    const id = (await makeTask(h.db, a.secretariat!, directive.id, { lead: 'BNV' })).id;
    const draftId = await createDraft(
      {
        actor: a.staff!,
        values: taskDraftSchema.parse({
          taskId: id,
          status: 'completed',
          progress: '100',
          completedOn: vnDate(),
          note: 'Nội bộ Bộ Nội vụ',
        }),
      },
      h.db,
    );
    const extensionId = await requestExtension(
      { actor: a.focal!, taskId: id, requestedDueDate: '2031-06-01', reason: 'Lý do của Bộ Nội vụ' },
      h.db,
    );
    const [row] = await h.db.select().from(tasks).where(eq(tasks.id, id));
    await reassignTask(
      {
        actor: a.secretariat!,
        taskId: id,
        version: row!.version,
        leadAgencyId: a.otherFocal!.agencyId!,
        reason: 'Đúng chức năng',
      },
      h.db,
    );
    // The new lead neither sees nor sends the old lead's draft, and the old request cannot move its deadline.
    expect(await listOpenDrafts({ actor: a.otherFocal!, taskId: id }, h.db)).toEqual([]);
    const [after] = await h.db.select().from(tasks).where(eq(tasks.id, id));
    const values = submitDraftSchema.parse({ draftId, version: after!.version, completionDocument: '' });
    expect(
      await submitDraft({ actor: a.otherFocal!, values }, h.db).catch((x: AppError) => x.code),
    ).not.toBeUndefined();
    expect(await draftRow(draftId)).toMatchObject({ submittedAt: null, discardedById: a.secretariat!.userId });
    const decided = await decideExtension(
      { actor: a.secretariat!, extensionId, decision: 'accepted', note: null },
      h.db,
    ).catch((x: AppError) => x.code);
    expect(decided).not.toBeUndefined();
    // Recorded as closed by the change of lead, not as a decision the secretariat never made.
    const [request] = await h.db.select().from(extensionRequests).where(eq(extensionRequests.id, extensionId));
    expect(request).toMatchObject({ status: 'withdrawn', decisionNote: 'Đúng chức năng' });
    const [still] = await h.db.select().from(tasks).where(eq(tasks.id, id));
    expect(still!.dueDate).toBe(after!.dueDate);
    expect(still).toMatchObject({ status: after!.status, progress: after!.progress });
  });

  it('a cancellation and a carry-over close them too: the request left the secretariat’s desk only when refused (attacker pass 37)', async () => {
    const earlier = await makeSession(h.db, a.secretariat!, { date: '2025-03-01', status: 'held' });
    const later = await makeSession(h.db, a.secretariat!, { date: '2026-12-20', status: 'planned' });
    const begun = async (directiveId: number) => {
      const id = (await makeTask(h.db, a.secretariat!, directiveId, { lead: 'BNV' })).id;
      const draftId = await createDraft(
        { actor: a.staff!, values: taskDraftSchema.parse({ taskId: id, status: 'in_progress', progress: '40' }) },
        h.db,
      );
      const extensionId = await requestExtension(
        { actor: a.focal!, taskId: id, requestedDueDate: '2031-06-01', reason: 'Cần thêm thời gian' },
        h.db,
      );
      return { id, draftId, extensionId };
    };
    const onDesk = async (extensionId: number) =>
      (await getSecretariatDesk({ actor: a.secretariat!, limit: 1000 }, h.db)).extensions.items.some(
        (e) => e.id === extensionId,
      );
    const cancelled = await begun((await makeDirective(h.db, a.secretariat!, earlier.id)).id);
    expect(await onDesk(cancelled.extensionId)).toBe(true);
    const [row] = await h.db.select().from(tasks).where(eq(tasks.id, cancelled.id));
    await cancelTask(
      { actor: a.secretariat!, taskId: cancelled.id, version: row!.version, reason: 'Không còn phù hợp' },
      h.db,
    );
    const carriedDirective = await makeDirective(h.db, a.secretariat!, earlier.id);
    const carried = await begun(carriedDirective.id);
    await continueDirective(
      { actor: a.secretariat!, sessionId: later.id, earlierDirectiveId: carriedDirective.id, carryTasks: true },
      h.db,
    );
    for (const [task, note] of [
      [cancelled, 'Không còn phù hợp'],
      [carried, CARRIED_NOTE],
    ] as const) {
      const [request] = await h.db.select().from(extensionRequests).where(eq(extensionRequests.id, task.extensionId));
      expect(request).toMatchObject({ status: 'withdrawn', decisionNote: note, decidedById: a.secretariat!.userId });
      expect(await onDesk(task.extensionId)).toBe(false);
      expect(await draftRow(task.draftId)).toMatchObject({ submittedAt: null, discardedById: a.secretariat!.userId });
      expect(await listOpenDrafts({ actor: a.focal!, taskId: task.id }, h.db)).toEqual([]);
    }
  });

  it('a submission, a discard or an extension decision locks the task before its draft or request, as a reassignment does (attacker pass 29)', async () => {
    // A reassignment holds the task and then closes its drafts and withdraws its request; a submission or a decision
    // that held the draft or the request and then waited for the task deadlocked with it (PostgreSQL ended one).
    if (!h.url) return; // one connection (PGlite): nothing runs at once
    const pool = await openPostgres(h.url, { max: 4 });
    try {
      const session = await makeSession(h.db, a.secretariat!);
      const directive = await makeDirective(h.db, a.secretariat!, session.id);
      const id = (await makeTask(h.db, a.secretariat!, directive.id, { lead: 'BNV' })).id;
      const draft = () =>
        createDraft(
          { actor: a.staff!, values: taskDraftSchema.parse({ taskId: id, status: 'in_progress', progress: '30' }) },
          h.db,
        );
      const extensionId = await requestExtension(
        { actor: a.focal!, taskId: id, requestedDueDate: '2031-06-01', reason: 'Cần thêm thời gian' },
        h.db,
      );
      const [row] = await h.db.select().from(tasks).where(eq(tasks.id, id));
      const cases: [string, (draftId: number) => Promise<unknown>, (draftId: number) => ReturnType<typeof sql>][] = [
        [
          'submit',
          (draftId) =>
            submitDraft(
              { actor: a.focal!, values: submitDraftSchema.parse({ draftId, version: String(row!.version) }) },
              pool.db,
            ),
          (draftId) => sql`select id from task_update_drafts where id = ${draftId} for update nowait`,
        ],
        [
          'discard',
          (draftId) => discardDraft({ actor: a.focal!, draftId }, pool.db),
          (draftId) => sql`select id from task_update_drafts where id = ${draftId} for update nowait`,
        ],
        [
          'decide',
          () =>
            decideExtension(
              { actor: a.secretariat!, extensionId, decision: 'refused', note: 'Không đủ lý do' },
              pool.db,
            ),
          () => sql`select id from extension_requests where id = ${extensionId} for update nowait`,
        ],
      ];
      for (const [name, write, lockChild] of cases) {
        const draftId = await draft();
        let pending: Promise<unknown> = Promise.resolve();
        // What a reassignment does first: the task, locked.
        await pool.db.transaction(async (tx) => {
          await tx.execute(sql`select id from tasks where id = ${id} for update`);
          pending = write(draftId).catch((e: unknown) => e);
          await new Promise((r) => setTimeout(r, 300));
          // Then its drafts and request: free, since the write waits for the task before taking them.
          await expect(tx.execute(lockChild(draftId)), name).resolves.toBeDefined();
        });
        const result = await pending;
        if (result instanceof Error) expect(result, name).toBeInstanceOf(AppError);
      }
    } finally {
      await pool.close();
    }
  }, 30_000);
});

describe("a task page's drafts, read in the task's own statement", () => {
  it('are what the drafts statement gives each reader: open drafts to the drafters, authors to everyone', async () => {
    const directive = await makeDirective(h.db, a.secretariat!, (await makeSession(h.db, a.secretariat!)).id);
    const id = (await makeTask(h.db, a.secretariat!, directive.id, { lead: 'BNV' })).id;
    const draft = (note: string, actor = a.staff!) =>
      createDraft(
        { actor, values: taskDraftSchema.parse({ taskId: id, status: 'in_progress', progress: '20', note }) },
        h.db,
      );
    const submitted = await draft('Nộp');
    const discarded = await draft('Bỏ');
    const open = await draft('Còn mở');
    const openOfFocal = await draft('Của đầu mối', a.focal!);
    const [task] = await h.db.select().from(tasks).where(eq(tasks.id, id));
    const updateId = await submitDraft(
      { actor: a.focal!, values: submitDraftSchema.parse({ draftId: submitted, version: task!.version }) },
      h.db,
    );
    await discardDraft({ actor: a.focal!, draftId: discarded }, h.db);
    for (const actor of [a.staff!, a.focal!]) {
      const page = (await getTaskDetail({ actor, taskId: id }, h.db))!;
      expect(page.drafts.open).toEqual(await listOpenDrafts({ actor, taskId: id }, h.db));
      expect(page.drafts.open.map((d) => d.id)).toEqual([open, openOfFocal]);
      expect(page.drafts.open[0]!.createdAt).toBeInstanceOf(Date);
      expect(page.drafts.authors).toEqual(await draftAuthorsOf({ actor, taskId: id }, h.db));
    }
    // A reader who does not draft on the task sees no open draft, and who drafted the submitted update.
    const page = (await getTaskDetail({ actor: a.secretariat!, taskId: id }, h.db))!;
    expect(page.drafts.open).toEqual([]);
    expect(page.drafts.authors).toEqual(new Map([[updateId, 'Trần Thị Cán Bộ']]));
    expect(page.drafts.authors).toEqual(await draftAuthorsOf({ actor: a.secretariat!, taskId: id }, h.db));
    // One statement for the page's task, its timeline, files, requests and drafts (postgres.js lets the test hear it).
    if (h.driver === 'postgres') {
      const sent: string[] = [];
      const counted = await openPostgres(h.url!, { max: 1, onStatement: (text) => sent.push(text) });
      try {
        expect((await getTaskDetail({ actor: a.staff!, taskId: id }, counted.db))!.drafts.open).toHaveLength(2);
      } finally {
        await counted.close();
      }
      // postgres.js reads the array types on a connection's first statement: that one is the driver's.
      expect(sent.filter((text) => !text.includes('pg_catalog.pg_type'))).toHaveLength(1);
    }
    // The API's lean read reads none.
    expect((await getTaskDetail({ actor: a.focal!, taskId: id, lean: true }, h.db))!.drafts.open).toEqual([]);
  });
});
