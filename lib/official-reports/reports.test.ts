import JSZip from 'jszip';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { extensionRequests, officialReports, taskUpdates, tasks } from '@/db/schema';
import { buildOfficialDocx } from '@/lib/minutes/docx';
import type { Actor } from '@/lib/policy';
import { summarizeTotal } from '@/lib/reports/summary';
import { cancelTask } from '@/lib/tasks/mutations';
import { listTasks } from '@/lib/tasks/queries';
import { taskFilterFromParams } from '@/lib/tasks/schemas';
import { addDays, vnDate } from '@/lib/time';
import { createTestDatabase } from '@/tests/db';
import { actorFor, agencyIdOf, makeDirective, makeSession, makeTask } from '@/tests/factories';
import { composeReport, scopeFilter } from './compose';
import { reportModel } from './document';
import { approveReport, changeReportStatus, createReport, saveReport } from './mutations';
import { getReport, reportFigureTasks } from './queries';
import { createReportSchema, reportFieldsSchema } from './schemas';
import type { ReportSnapshot } from './types';

let h: DatabaseHandle;
let secretariat: Actor;
let leader: Actor;
let agency: Actor;
let sessionId: number;
const t = {} as Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', number>;
const AS_OF = '2024-12-31';

/** Sets a task's history directly: the factories assign today, a report needs 2024. */
async function setTask(id: number, values: Record<string, unknown>) {
  await h.db.update(tasks).set(values).where(eq(tasks.id, id));
}

beforeAll(async () => {
  h = await createTestDatabase();
  secretariat = await actorFor(h.db, { role: 'secretariat' });
  leader = await actorFor(h.db, { role: 'leader' });
  agency = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
  const session = await makeSession(h.db, secretariat, { date: '2024-09-01', status: 'minutes_published' });
  sessionId = session.id;
  const dated = (due: string) => ({ kind: 'dated' as const, dueDate: due });
  for (const [key, lead, deadline] of [
    ['a', 'BNV', dated('2024-10-31')],
    ['b', 'BTP', dated('2024-11-30')],
    ['c', 'BNV', dated('2024-11-15')],
    ['d', 'BTP', dated('2025-06-30')],
    ['e', 'BNV', { kind: 'urgent' as const }],
    ['f', 'BTP', dated('2025-03-31')],
  ] as const) {
    const directive = await makeDirective(h.db, secretariat, sessionId, { text: `Nhiệm vụ ${key}` });
    t[key] = (await makeTask(h.db, secretariat, directive.id, { lead, deadline })).id;
    await setTask(t[key], { assignedOn: key === 'd' ? '2025-03-01' : '2024-09-10' });
  }
  // a: completed on time in 2024; b: completed in 2025, after the report's day.
  await setTask(t.a, {
    status: 'completed',
    progress: 100,
    completedOn: '2024-10-20',
    completionReportedOn: '2024-10-20',
  });
  await setTask(t.b, {
    status: 'completed',
    progress: 100,
    completedOn: '2025-02-01',
    completionReportedOn: '2025-02-01',
  });
  // c: extended in January 2025 (after the day) from 15/11/2024 to 30/06/2099; overdue then, on time now.
  await setTask(t.c, { dueDate: '2099-06-30', status: 'in_progress' });
  await h.db.insert(extensionRequests).values({
    taskId: t.c,
    previousDueDate: '2024-11-15',
    requestedDueDate: '2099-06-30',
    reason: 'Chờ luật sửa đổi',
    status: 'accepted',
    decidedAt: new Date('2025-01-10T03:00:00Z'),
  });
  const bnv = await agencyIdOf(h.db, 'BNV');
  await h.db.insert(taskUpdates).values([
    {
      taskId: t.c,
      kind: 'progress',
      authorAgencyId: bnv,
      note: 'Đang chờ ý kiến của Bộ Tư pháp',
      createdAt: new Date('2024-12-01T02:00:00Z'),
    },
    {
      taskId: t.c,
      kind: 'progress',
      authorAgencyId: bnv,
      note: 'Ghi chú sau ngày báo cáo',
      createdAt: new Date('2025-01-05T02:00:00Z'),
    },
  ]);
}, 60_000);
afterAll(() => h.close());

describe('counting as of a day (decision 035)', () => {
  it('counts completions, deadlines and assignments as they stood, and the dashboard and task list agree', async () => {
    const filter = { sessionId, asOf: AS_OF };
    const counts = await summarizeTotal({ actor: secretariat, filter }, h.db);
    expect(counts).toMatchObject({
      completed_on_time: 1,
      completed_late: 0,
      overdue: 2,
      in_progress_on_time: 1,
      undated: 1,
    });
    const overdue = await listTasks({ actor: secretariat, filter: { ...filter, timeliness: 'overdue' } }, h.db);
    expect(overdue.map((r) => r.id).sort()).toEqual([t.b, t.c].sort());
    expect(overdue.find((r) => r.id === t.c)).toMatchObject({ dueCounted: '2024-11-15', daysOverdue: 46 });
    // Today, the same tasks count differently: b completed late, c on time after its extension, d and f overdue by now.
    const now = await summarizeTotal({ actor: secretariat, filter: { sessionId } }, h.db);
    expect(now).toMatchObject({ completed_on_time: 1, completed_late: 1, overdue: 2, in_progress_on_time: 1 });
  });

  it('reads asOf from the URL and drops a future day', () => {
    expect(taskFilterFromParams({ asOf: '31/12/2024' }).filter.asOf).toBe(AS_OF);
    const future = taskFilterFromParams({ asOf: addDays(vnDate(), 1) });
    expect(future.filter.asOf).toBeUndefined();
    expect(future.ignored).toEqual(['asOf']);
  });
});

describe('official reports', () => {
  let reportId: number;

  it('refuses a future day, no scope, and a scope with no tasks by then', async () => {
    expect(createReportSchema.safeParse({ sessionIds: [sessionId], asOf: addDays(vnDate(), 1) }).success).toBe(false);
    expect(createReportSchema.safeParse({ asOf: AS_OF }).success).toBe(false);
    const values = createReportSchema.parse({ sessionIds: [sessionId], asOf: '2024-09-01' });
    await expect(createReport({ actor: secretariat, values }, h.db)).rejects.toMatchObject({ code: 'INVALID' });
    await expect(
      createReport({ actor: agency, values: createReportSchema.parse({ sessionIds: [sessionId], asOf: AS_OF }) }, h.db),
    ).rejects.toThrow();
  });

  it("composes the dashboard's figures for the same scope and day, with explanations and the table by agency", async () => {
    reportId = await createReport(
      { actor: secretariat, values: createReportSchema.parse({ sessionIds: [String(sessionId)], asOf: '31/12/2024' }) },
      h.db,
    );
    const view = await getReport({ actor: secretariat, reportId }, h.db);
    const dashboard = await summarizeTotal({ actor: secretariat, filter: scopeFilter(view.report.scope, AS_OF) }, h.db);
    expect(view.snapshot.counts).toEqual(dashboard);
    expect(view.snapshot.taskIds.overdue.sort()).toEqual([t.b, t.c].sort());
    const c = view.snapshot.overdue.find((o) => o.taskId === t.c)!;
    expect(c.explanation).toEqual({ on: '2024-12-01', note: 'Đang chờ ý kiến của Bộ Tư pháp' });
    expect(c.extension).toBeNull(); // decided after the day
    // Both have one overdue task; Bộ Tư pháp completed none of those due, so it ranks first.
    expect(view.snapshot.byAgency.map((a) => a.name)).toEqual(['Bộ Tư pháp', 'Bộ Nội vụ']);
    expect(view.snapshot.completedSince.map((x) => x.taskId)).toEqual([t.a]);
  });

  it('keeps its figures once published, after tasks change; of two publishing at once one is told', async () => {
    let v = (await getReport({ actor: secretariat, reportId }, h.db)).report;
    await saveReport(
      {
        actor: secretariat,
        values: {
          reportId,
          version: v.version,
          number: '12',
          symbol: 'BC-VPCP',
          issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
          place: 'Hà Nội',
          issueDate: '2025-01-05',
          subject: v.subject,
          signerName: 'Trần Văn Sơn',
          signerTitle: 'PHÓ CHỦ NHIỆM',
          authorityPrefix: 'KT',
          authorityBody: 'BỘ TRƯỞNG, CHỦ NHIỆM',
          recipients: ['Thủ tướng Chính phủ', 'Lưu: VT'],
          body: 'Văn phòng Chính phủ báo cáo như sau:',
          closing: '**IV. KIẾN NGHỊ**',
          reason: null,
        },
      },
      h.db,
    );
    v = (await getReport({ actor: secretariat, reportId }, h.db)).report;
    await changeReportStatus({ actor: secretariat, reportId, version: v.version, to: 'in_review' }, h.db);
    const version = v.version + 1;
    const results = await Promise.allSettled([
      changeReportStatus({ actor: secretariat, reportId, version, to: 'published' }, h.db),
      changeReportStatus({ actor: secretariat, reportId, version, to: 'published' }, h.db),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    const before = await getReport({ actor: leader, reportId }, h.db);
    // Later: c is cancelled. Counting as of the same day now gives one overdue task; the report keeps two.
    const [c] = await h.db.select().from(tasks).where(eq(tasks.id, t.c));
    await cancelTask({ actor: secretariat, taskId: t.c, version: c!.version, reason: 'Không còn phù hợp' }, h.db);
    const live = await composeReport(h.db, secretariat, { scope: before.report.scope, asOf: AS_OF });
    expect(live.counts.overdue).toBe(1);
    const after = await getReport({ actor: leader, reportId }, h.db);
    expect(after.snapshot.counts).toEqual(before.snapshot.counts);
    expect(after.snapshot.counts.overdue).toBe(2);
    const figure = await reportFigureTasks({ actor: leader, reportId, cls: 'overdue' }, h.db);
    expect(figure.rows.map((r) => r.id).sort()).toEqual([t.b, t.c].sort());
  });

  it('keeps a revision per save and status change; a published report is corrected only with a reason, its figures fixed', async () => {
    const before = await getReport({ actor: secretariat, reportId }, h.db);
    // Created (draft), saved (draft), sent for review, published: newest first.
    expect(before.revisions.map((r) => [r.revision, r.status, r.reason])).toEqual([
      [4, 'published', null],
      [3, 'in_review', null],
      [2, 'draft', null],
      [1, 'draft', null],
    ]);
    expect(before.revisions.every((r) => r.author === before.revisions[0]!.author && r.author)).toBe(true);
    const r = before.report;
    const values = reportFieldsSchema.parse({
      ...Object.fromEntries(Object.keys(reportFieldsSchema.shape).map((k) => [k, r[k as keyof typeof r]])),
      reportId,
      version: r.version,
      body: 'Văn phòng Chính phủ báo cáo, có đính chính số liệu phần II:',
      reason: '',
    });
    await expect(saveReport({ actor: secretariat, values: { ...values, reason: null } }, h.db)).rejects.toMatchObject({
      code: 'INVALID',
    });
    const unchanged = await getReport({ actor: secretariat, reportId }, h.db);
    expect(unchanged.report.version).toBe(before.report.version);
    expect(unchanged.revisions).toHaveLength(4);

    await saveReport({ actor: secretariat, values: { ...values, reason: 'Đính chính lỗi chính tả' } }, h.db);
    const after = await getReport({ actor: leader, reportId }, h.db);
    expect(after.report.status).toBe('published');
    expect(after.report.body).toBe(values.body);
    expect(after.revisions[0]).toMatchObject({ revision: 5, status: 'published', reason: 'Đính chính lỗi chính tả' });
    expect(after.snapshot).toEqual(before.snapshot);
    expect(after.report.publishedAt).toEqual(before.report.publishedAt);
  });

  it('is not readable by an agency, and a draft is not readable without draft access', async () => {
    await expect(getReport({ actor: agency, reportId }, h.db)).rejects.toThrow();
  });

  it('exports a DOCX whose document.xml carries the header, the figures and the signature block', async () => {
    const view = await getReport({ actor: leader, reportId }, h.db);
    const bytes = await buildOfficialDocx(reportModel(view.report, view.snapshot));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of [
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số: 12/BC-VPCP',
      'BÁO CÁO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'tổng số nhiệm vụ được giao là 5',
      'quá hạn 2)',
      'Đang chờ ý kiến của Bộ Tư pháp',
      'Bộ Tư pháp',
      'KT. BỘ TRƯỞNG, CHỦ NHIỆM',
      'Trần Văn Sơn',
      'Nơi nhận:',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('DỰ THẢO');
  });
});

describe('a report leaves the app (attacker pass 23)', () => {
  const SECRET = 'GHI-CHU-MAT: phương án sáp nhập Sở X vào Sở Y, chưa công bố';
  let reportId: number;
  let overdueId: number;
  const reportText = async (actor: Actor) => {
    const view = await getReport({ actor, reportId }, h.db);
    const xml = await (
      await JSZip.loadAsync(await buildOfficialDocx(reportModel(view.report, view.snapshot)))
    )
      .file('word/document.xml')!
      .async('string');
    return { view, text: xml.replace(/<[^>]+>/g, '') };
  };

  beforeAll(async () => {
    const session = await makeSession(h.db, secretariat, { date: '2024-08-01', status: 'minutes_published' });
    const secret = await makeDirective(h.db, secretariat, session.id, { text: 'Nội dung mật', isConfidential: true });
    const task = await makeTask(h.db, secretariat, secret.id, {
      lead: 'BTP',
      deadline: { kind: 'dated', dueDate: '2024-10-31' },
    });
    await setTask(task.id, { assignedOn: '2024-08-05' });
    await h.db.insert(taskUpdates).values({
      taskId: task.id,
      kind: 'progress',
      authorAgencyId: await agencyIdOf(h.db, 'BTP'),
      note: SECRET,
      createdAt: new Date('2024-11-20T02:00:00Z'),
    });
    const open = await makeDirective(h.db, secretariat, session.id, { text: 'Nhiệm vụ công khai quá hạn' });
    overdueId = (
      await makeTask(h.db, secretariat, open.id, { lead: 'BNV', deadline: { kind: 'dated', dueDate: '2024-11-30' } })
    ).id;
    await setTask(overdueId, { assignedOn: '2024-08-05' });
    reportId = await createReport(
      { actor: secretariat, values: createReportSchema.parse({ sessionIds: [String(session.id)], asOf: AS_OF }) },
      h.db,
    );
    const v = (await getReport({ actor: secretariat, reportId }, h.db)).report;
    await saveReport(
      {
        actor: secretariat,
        values: reportFieldsSchema.parse({
          ...Object.fromEntries(Object.keys(reportFieldsSchema.shape).map((k) => [k, v[k as keyof typeof v]])),
          reportId,
          version: v.version,
          number: '13',
          issueDate: '05/01/2025',
          signerName: 'Trần Văn Sơn',
          signerTitle: 'PHÓ CHỦ NHIỆM',
          reason: '',
        }),
      },
      h.db,
    );
  });

  it('says of a confidential task only that there is one and its deadline: no agency, session or note, to anyone', async () => {
    for (const actor of [secretariat, leader]) {
      const { view, text } = await reportText(actor);
      expect(view.snapshot.counts.overdue).toBe(2); // the task is counted
      const line = view.snapshot.overdue.find((l) => l.confidential)!;
      expect(line).toMatchObject({ text: '', agencyName: '', sessionNumber: null, explanation: null, extension: null });
      expect(text).toContain('Nhiệm vụ mật. Hạn 31/10/2024, quá 61 ngày.');
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('Nội dung mật');
      expect(text).toMatch(/Nhiệm vụ công khai quá hạn \(Bộ Nội vụ chủ trì/);
    }
  });

  it('publishes only the figures the leader approved; a task cancelled since sends it back for approval', async () => {
    const version = async () => (await getReport({ actor: secretariat, reportId }, h.db)).report.version;
    await changeReportStatus({ actor: secretariat, reportId, version: await version(), to: 'in_review' }, h.db);
    await approveReport({ actor: leader, reportId, version: await version() }, h.db);
    const [task] = await h.db.select().from(tasks).where(eq(tasks.id, overdueId));
    await cancelTask(
      { actor: secretariat, taskId: overdueId, version: task!.version, reason: 'Không còn phù hợp' },
      h.db,
    );
    await expect(
      changeReportStatus({ actor: secretariat, reportId, version: await version(), to: 'published' }, h.db),
    ).rejects.toMatchObject({ code: 'INVALID', message: 'errors.reports.figuresChangedSinceApproval' });
    expect((await getReport({ actor: secretariat, reportId }, h.db)).report.status).toBe('in_review');
    // Back to draft, sent again and approved on what it now says: it publishes, with the figures approved.
    await changeReportStatus({ actor: secretariat, reportId, version: await version(), to: 'draft' }, h.db);
    await changeReportStatus({ actor: secretariat, reportId, version: await version(), to: 'in_review' }, h.db);
    await approveReport({ actor: leader, reportId, version: await version() }, h.db);
    await changeReportStatus({ actor: secretariat, reportId, version: await version(), to: 'published' }, h.db);
    const published = await getReport({ actor: leader, reportId }, h.db);
    expect(published.report.status).toBe('published');
    expect(published.snapshot.counts.overdue).toBe(1);
  });

  it('keeps the confidential detail out of a report published before this rule, when read', async () => {
    const [row] = await h.db.select().from(officialReports).where(eq(officialReports.id, reportId));
    const stored = row!.snapshot as ReportSnapshot;
    const old = {
      ...stored,
      overdue: stored.overdue.map((l) =>
        l.confidential
          ? { ...l, text: 'Nội dung mật', agencyName: 'Bộ Tư pháp', explanation: { on: AS_OF, note: SECRET } }
          : l,
      ),
    };
    await h.db.update(officialReports).set({ snapshot: old }).where(eq(officialReports.id, reportId));
    const { view, text } = await reportText(leader);
    expect(view.snapshot.overdue.find((l) => l.confidential)).toMatchObject({ agencyName: '', explanation: null });
    expect(text).not.toContain(SECRET);
  });
});
