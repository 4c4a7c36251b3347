import { asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, evidenceFiles, extensionRequests, taskUpdates, tasks, users } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { actorFor, makeDirective, makeSession, makeTask } from '@/tests/factories';
import { addDays, vnDate } from '@/lib/time';
import { getTaskDetail } from './detail';
import { requestExtension } from './extensions';
import { reportPeriod, updateTaskProgress } from './progress';
import { periodKey } from './periods';

let h: DatabaseHandle;
let secretariat: Actor;
let head: Actor;
let taskId: number;
/** The reports are dated after the task's creation, a minute apart, with milliseconds (kept through JSON). */
const base = Math.floor(Date.now() / 1000) * 1000 + 123;

beforeAll(async () => {
  h = await createTestDatabase();
  secretariat = await actorFor(h.db, { role: 'secretariat' });
  head = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV', name: 'Nguyễn Văn Báo Cáo' });
  const session = await makeSession(h.db, secretariat);
  const directive = await makeDirective(h.db, secretariat, session.id);
  taskId = (await makeTask(h.db, secretariat, directive.id, { lead: 'BNV' })).id;
  // Reports of every kind of value: statuses, progress, a note, data (a completion), a secretariat's report.
  const steps = [
    { actor: head, status: 'in_progress', progress: 10, note: 'Bắt đầu' },
    { actor: head, status: 'in_progress', progress: 40, note: null },
    { actor: secretariat, status: 'in_progress', progress: 60, note: 'Văn phòng cập nhật' },
    { actor: head, status: 'in_progress', progress: 80, note: 'Gần xong' },
  ] as const;
  for (const [i, s] of steps.entries()) {
    const [t] = await h.db.select().from(tasks).where(eq(tasks.id, taskId));
    await updateTaskProgress(
      {
        actor: s.actor,
        values: {
          taskId,
          version: t!.version,
          status: s.status,
          progress: s.progress,
          result: null,
          completedOn: null,
          completionDocument: null,
          note: s.note,
        },
        data: { step: i },
        // Evidence with the second report, two files.
        files:
          i === 1
            ? ['bao-cao.pdf', 'phu-luc.pdf'].map((name) => ({
                name,
                bytes: new TextEncoder().encode(`%PDF-1.4\n% ${name}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`),
              }))
            : undefined,
        now: new Date(base + (i + 1) * 60_000),
      },
      h.db,
    );
  }
  await requestExtension(
    { actor: head, taskId, requestedDueDate: addDays(vnDate(), 60), reason: 'Chờ ý kiến các bộ' },
    h.db,
  );
});
afterAll(() => h.close());

/** The timeline as drizzle reads it row by row: what the task page and the API showed before it came as JSON. */
async function timelineRows() {
  const agency = alias(agencies, 'agency');
  return h.db
    .select({ update: taskUpdates, authorName: users.name, agencyName: agency.name })
    .from(taskUpdates)
    .leftJoin(users, eq(users.id, taskUpdates.authorId))
    .leftJoin(agency, eq(agency.id, taskUpdates.authorAgencyId))
    .where(eq(taskUpdates.taskId, taskId))
    .orderBy(desc(taskUpdates.createdAt), desc(taskUpdates.id));
}

describe("a task's timeline, read with the task in one statement", () => {
  it('is the rows, newest first, each value of the type drizzle gives (dates as Dates, data as objects)', async () => {
    const d = (await getTaskDetail({ actor: secretariat, taskId }, h.db))!;
    const rows = await timelineRows();
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(d.timeline).toEqual(rows);
    expect(d.timelineTotal).toBe(rows.length);
    expect(d.timeline[0]!.update.createdAt).toBeInstanceOf(Date);
    expect(d.timeline[0]!.update.createdAt.toISOString()).toBe(new Date(base + 4 * 60_000).toISOString());
    expect(d.timeline[0]!.update.data).toEqual({ step: 3 });
    expect(d.timeline[0]!.authorName).toBe('Nguyễn Văn Báo Cáo');
  });

  it("the page's extension requests (newest first) and evidence files (oldest first) come with it", async () => {
    const d = (await getTaskDetail({ actor: head, taskId }, h.db))!;
    const extensions = await h.db
      .select()
      .from(extensionRequests)
      .where(eq(extensionRequests.taskId, taskId))
      .orderBy(desc(extensionRequests.createdAt));
    const files = await h.db
      .select()
      .from(evidenceFiles)
      .where(eq(evidenceFiles.taskId, taskId))
      .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.id));
    expect(extensions).toHaveLength(1);
    expect(files).toHaveLength(2);
    expect(d.extensions).toEqual(extensions);
    expect(d.files).toEqual(files);
    expect(d.files[0]!.createdAt).toBeInstanceOf(Date);
    // The API's answer reads neither.
    const lean = (await getTaskDetail({ actor: head, taskId, lean: true }, h.db))!;
    expect([lean.extensions, lean.files]).toEqual([[], []]);
  });

  it('the newest entries only, with the total of all', async () => {
    const d = (await getTaskDetail({ actor: head, taskId, lean: true, timelineLimit: 2 }, h.db))!;
    const rows = await timelineRows();
    expect(d.timeline).toEqual(rows.slice(0, 2));
    expect(d.timelineTotal).toBe(rows.length);
  });

  it("a recurring task's reported periods are all of them, newest first, whatever part of the timeline is read", async () => {
    const directive = await makeDirective(h.db, secretariat, (await makeSession(h.db, secretariat)).id);
    const id = (
      await makeTask(h.db, secretariat, directive.id, {
        lead: 'BNV',
        deadline: { kind: 'recurring', period: 'quarterly' },
      })
    ).id;
    // Assigned a year ago: four quarters behind it.
    await h.db
      .update(tasks)
      .set({ assignedOn: addDays(vnDate(), -365) })
      .where(eq(tasks.id, id));
    const earlier = periodKey('quarterly', addDays(vnDate(), -365));
    const later = periodKey('quarterly', addDays(vnDate(), -180));
    await reportPeriod({ actor: head, taskId: id, period: earlier, note: 'Quý trước nữa' }, h.db);
    await reportPeriod({ actor: head, taskId: id, period: later, note: 'Quý trước' }, h.db);
    const [t] = await h.db.select().from(tasks).where(eq(tasks.id, id));
    await updateTaskProgress(
      {
        actor: head,
        values: {
          taskId: id,
          version: t!.version,
          status: 'in_progress',
          progress: 30,
          result: null,
          completedOn: null,
          completionDocument: null,
          note: null,
        },
      },
      h.db,
    );
    const all = (await getTaskDetail({ actor: head, taskId: id }, h.db))!;
    const newest = (await getTaskDetail({ actor: head, taskId: id, timelineLimit: 1 }, h.db))!;
    expect(newest.timeline.map((e) => e.update.kind)).toEqual(['progress']);
    expect(newest.reportedPeriods).toEqual([later, earlier]);
    expect(all.reportedPeriods).toEqual([later, earlier]);
    expect(newest.missedPeriods).toEqual(all.missedPeriods);
    expect(newest.missedPeriods).not.toContain(earlier);
    expect(newest.missedPeriods).not.toContain(later);
  });
});
