import { and, eq, inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, committees, directiveAreas, directives, reformAreas, tasks } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { changeDeadlines } from '@/lib/tasks/deadlines';
import { cancelTask } from '@/lib/tasks/mutations';
import { decideCompletion, updateTaskProgress } from '@/lib/tasks/progress';
import { handOverOpenTasks } from '@/lib/agencies/handover';
import { countTasks, listTasks, type TaskFilter } from '@/lib/tasks/queries';
import { classifyTask, TIMELINESS_CLASSES, type TimelinessCounts } from '@/lib/tasks/timeliness';
import { vnDate, type IsoDate } from '@/lib/time';
import { generateWorkload } from '@/seeds/workload';
import { createTestDatabase } from '@/tests/db';
import { actorFor } from '@/tests/factories';
import { getAgencyRanking, getAreaSummary, getOverview, getSessionSummary, getTrend, sumCounts } from './dashboard';
import { buildReportWorkbook } from './export';
import { formatPercent } from './rates';
import { summarize, summarizeTotal, tallyServes, type Dimension } from './summary';

let h: DatabaseHandle;
const actors: Record<string, Actor> = {};
const TODAY = '2026-11-29';
/** Days on either side of the tallies' own day, so that the catch-up of open deadlines is exercised both ways. */
const DAYS: IsoDate[] = [TODAY, '2025-03-15', '2027-06-01'];
const DIMENSIONS: Dimension[] = ['agency', 'area', 'session', 'committee'];
const KEY_FILTER: Record<Exclude<Dimension, 'total'>, keyof TaskFilter> = {
  agency: 'agencyId',
  area: 'areaCode',
  session: 'sessionId',
  committee: 'committeeId',
};
let committeeId: number;
let filters: TaskFilter[];

beforeAll(async () => {
  h = await createTestDatabase();
  const made = await generateWorkload(
    h,
    { agencies: 30, sessions: 36, directivesPerSession: 4, tasksPerDirective: 9 },
    { today: TODAY },
  );
  expect(made.tasks).toBeGreaterThan(1000);
  actors.leader = await actorFor(h.db, { role: 'leader' });
  actors.admin = await actorFor(h.db, { role: 'admin' });
  actors.secretariat = await actorFor(h.db, { role: 'secretariat' });
  actors.tuyenQuang = await actorFor(h.db, { role: 'agency', agencyCode: 'P-TUYENQUANG' });
  [{ id: committeeId }] = (await h.db
    .select({ id: committees.id })
    .from(committees)
    .where(eq(committees.code, 'W-C1'))) as [{ id: number }];
  const [area] = await h.db.select().from(reformAreas).where(eq(reformAreas.position, 2));
  filters = [
    {},
    { year: 2024 },
    { committeeId },
    { areaCode: area!.code },
    { areaCode: 'cross_cutting' },
    { agencyKind: 'province' },
    { basis: 'original' },
    { year: 2025, agencyKind: 'ministry', basis: 'original' },
    { assignedFrom: '2023-03-01', assignedTo: '2024-02-29' },
  ];
}, 120_000);
afterAll(() => h.close());

const total = (c: TimelinessCounts) => TIMELINESS_CLASSES.reduce((s, k) => s + c[k], 0);

/** The tallies must say what counting the tasks says, for every filter, grouping and day. */
async function expectTalliesTrue(label: string) {
  const leader = actors.leader!;
  for (const today of DAYS) {
    for (const f of filters) {
      for (const by of ['total', 'agency', 'area', 'committee'] as const) {
        const filter = { ...f, today };
        const fast = await summarize({ actor: leader, filter, by }, h.db);
        const counted = await summarize({ actor: leader, filter, by, source: 'tasks' }, h.db);
        expect(Object.fromEntries(fast), `${label} ${today} ${JSON.stringify(f)} by ${by}`).toEqual(
          Object.fromEntries(counted),
        );
      }
      // The trend's month tallies (decision 100), kept by the same trigger, say what counting says too.
      const trend = await getTrend({ actor: leader, filter: { ...f, today } }, h.db);
      const countedTrend = await getTrend({ actor: leader, filter: { ...f, today }, source: 'tasks' }, h.db);
      expect(trend, `${label} ${today} ${JSON.stringify(f)} trend`).toEqual(countedTrend);
    }
  }
}

describe('report summaries', () => {
  it('the generated data covers every class, undated and recurring tasks, extensions and merged agencies', async () => {
    const counts = await summarizeTotal({ actor: actors.leader!, filter: { today: TODAY } }, h.db);
    for (const c of TIMELINESS_CLASSES) expect(counts[c], c).toBeGreaterThan(20);
    const [extended] = await h.query<{ n: number }>(
      `select count(*)::int n from tasks where original_due_date < due_date and status <> 'cancelled'`,
    );
    expect(extended!.n).toBeGreaterThan(20);
    const [merged] = await h.query<{ n: number }>(
      `select count(*)::int n from tasks t join agencies a on a.id = t.assigned_agency_id
       where a.valid_to is not null and t.lead_agency_id = a.successor_id`,
    );
    expect(merged!.n).toBeGreaterThan(5);
  });

  it('reads from the tallies when it may, and counts tasks when the filter or the reader needs it', () => {
    expect(tallyServes(actors.leader!, { year: 2024, committeeId: 1 }, 'agency')).toBe(true);
    expect(tallyServes(actors.leader!, { sessionId: 3 }, 'total')).toBe(false);
    expect(tallyServes(actors.leader!, {}, 'session')).toBe(false);
    expect(tallyServes(actors.admin!, {}, 'total')).toBe(false); // may not see confidential work
    expect(tallyServes(actors.tuyenQuang!, {}, 'total')).toBe(false);
  });

  it('the tallies agree with counting the tasks, whatever the filter, grouping or day', async () => {
    await expectTalliesTrue('as generated');
  }, 120_000);

  it('the rows of every dimension add up to the overview', async () => {
    for (const actor of [actors.leader!, actors.admin!]) {
      for (const f of filters) {
        const filter = { ...f, today: TODAY };
        const overview = await summarizeTotal({ actor, filter }, h.db);
        expect(total(overview)).toBeGreaterThan(0);
        for (const by of DIMENSIONS) {
          const rows = await summarize({ actor, filter, by }, h.db);
          expect(sumCounts(rows.values()), `${actor.email} ${JSON.stringify(f)} by ${by}`).toEqual(overview);
        }
      }
    }
  }, 60_000);

  it('each figure drills down to a list of exactly the tasks it counts', async () => {
    const leader = actors.leader!;
    const all = await h.db.select().from(tasks);
    const byId = new Map(all.map((t) => [t.id, t]));
    for (const f of [{}, { year: 2024, basis: 'original' as const }, { committeeId }]) {
      for (const by of DIMENSIONS) {
        const rows = await summarize({ actor: leader, filter: { ...f, today: TODAY }, by }, h.db);
        for (const [key, counts] of rows) {
          expect(key, `${by} rows have a key to drill down with`).not.toBeNull();
          for (const c of TIMELINESS_CLASSES) {
            const narrow = { ...f, today: TODAY, [KEY_FILTER[by as keyof typeof KEY_FILTER]]: key, timeliness: c };
            const n = await countTasks({ actor: leader, filter: narrow }, h.db);
            expect(n, `${by}=${key} ${c}`).toBe(counts[c]);
            if (counts[c] > 0 && (by === 'area' || by === 'committee')) {
              const listed = await listTasks({ actor: leader, filter: narrow, limit: 100_000 }, h.db);
              expect(listed).toHaveLength(counts[c]);
              for (const t of listed) expect(classifyTask(byId.get(t.id)!, TODAY, f.basis)).toBe(c);
            }
          }
        }
      }
    }
  }, 120_000);

  it('the agency, area and session pages show the same numbers as the summaries', async () => {
    const leader = actors.leader!;
    const filter = { year: 2024, today: TODAY };
    const overview = await getOverview({ actor: leader, filter }, h.db);
    const ranking = await getAgencyRanking({ actor: leader, filter }, h.db);
    const areas = await getAreaSummary({ actor: leader, filter }, h.db);
    const bySession = await getSessionSummary({ actor: leader, filter, limit: 10_000 }, h.db);
    expect(sumCounts(ranking.map((r) => r.counts))).toEqual(overview.counts);
    expect(sumCounts(areas.map((r) => r.counts))).toEqual(overview.counts);
    expect(sumCounts(bySession.rows.map((r) => r.counts))).toEqual(overview.counts);
    // The rows beside the reform areas are named in both languages, from the catalogue.
    const extra = areas.filter((r) => r.code === 'cross_cutting' || r.code === 'unclassified');
    expect(extra.length).toBeGreaterThan(0);
    for (const r of extra)
      expect(r).toMatchObject(
        r.code === 'cross_cutting'
          ? { name: 'Nhiều lĩnh vực', nameEn: 'Cross-cutting' }
          : { name: 'Chưa phân loại', nameEn: 'Unclassified' },
      );
    // Ranked by overdue count, highest first; the oldest overdue is the earliest deadline among them.
    for (let i = 1; i < ranking.length; i++)
      expect(ranking[i - 1]!.counts.overdue).toBeGreaterThanOrEqual(ranking[i]!.counts.overdue);
    const top = ranking[0]!;
    const overdue = await listTasks(
      { actor: leader, filter: { ...filter, agencyId: top.id, timeliness: 'overdue' }, limit: 1 },
      h.db,
    );
    expect(top.oldestOverdueDays).toBe(
      Math.round((Date.parse(`${TODAY}T00:00:00Z`) - Date.parse(`${overdue[0]!.dueDate}T00:00:00Z`)) / 86_400_000),
    );
    // An agency that ended keeps its own row, with its successor named.
    const ended = ranking.find((r) => r.validTo !== null);
    expect(ended?.successorName).toBeTruthy();
    expect(ended!.counts.overdue + ended!.counts.in_progress_on_time).toBe(0); // its open work moved on
    // Most overdue first, each with its days overdue.
    expect(overview.mostOverdue.length).toBeGreaterThan(0);
    for (let i = 1; i < overview.mostOverdue.length; i++)
      expect(overview.mostOverdue[i - 1]!.daysOverdue).toBeGreaterThanOrEqual(overview.mostOverdue[i]!.daysOverdue);
  });

  it('the trend drills down: each month’s completions and missed deadlines list exactly those tasks', async () => {
    const leader = actors.leader!;
    const filter = { year: 2024, today: TODAY, committeeId };
    const { trend } = await getOverview({ actor: leader, filter }, h.db);
    expect(trend).toHaveLength(12);
    expect(trend.some((m) => m.missed > 0) && trend.some((m) => m.completedOnTime > 0)).toBe(true);
    for (const m of trend) {
      const base = { committeeId, today: TODAY };
      expect(
        await countTasks(
          {
            actor: leader,
            filter: {
              ...base,
              timeliness: ['completed_on_time', 'completed_late'],
              completedFrom: m.from,
              completedTo: m.to,
            },
          },
          h.db,
        ),
      ).toBe(m.completedOnTime + m.completedLate);
      expect(
        await countTasks(
          {
            actor: leader,
            filter: { ...base, timeliness: ['completed_late', 'overdue'], dueFrom: m.from, dueTo: m.to },
          },
          h.db,
        ),
      ).toBe(m.missed);
    }
  });

  it('stay true through every kind of task write, a hand-over, directive edits, a roll and a rebuild', async () => {
    const secretariat = actors.secretariat!;
    const open = await h.db
      .select()
      .from(tasks)
      .where(and(inArray(tasks.status, ['not_started', 'in_progress']), eq(tasks.deadlineKind, 'dated')))
      .limit(40);
    // Progress reports: completed late, completed on time, back to in progress.
    for (const t of open.slice(0, 6)) {
      await updateTaskProgress(
        {
          actor: secretariat,
          values: {
            taskId: t.id,
            version: t.version,
            status: 'completed',
            progress: 100,
            result: 'Đã xong',
            note: null,
            completedOn: vnDate() < t.assignedOn ? t.assignedOn : vnDate(),
            completionDocument: 'Báo cáo số 1/BC',
          },
        },
        h.db,
      );
    }
    // Back-dated completions by the lead agency (decision 023): counted by the day reported until confirmed;
    // one confirmed, one returned, one left awaiting confirmation.
    const decided = [];
    for (const t of open
      .slice(17)
      .filter((t) => t.assignedOn < vnDate())
      .slice(0, 3)) {
      const [{ code }] = (await h.db
        .select({ code: agencies.code })
        .from(agencies)
        .where(eq(agencies.id, t.leadAgencyId))) as [{ code: string }];
      const lead = await actorFor(h.db, { role: 'agency', agencyCode: code });
      decided.push(
        await updateTaskProgress(
          {
            actor: lead,
            values: {
              taskId: t.id,
              version: t.version,
              status: 'completed',
              progress: 100,
              result: 'Đã xong',
              note: null,
              completedOn: t.assignedOn,
              completionDocument: 'Quyết định số 2/QĐ',
            },
          },
          h.db,
        ),
      );
    }
    expect(decided.every((t) => t.completionPending)).toBe(true);
    await decideCompletion(
      {
        actor: secretariat,
        values: { taskId: decided[0]!.id, version: decided[0]!.version, decision: 'confirm', reason: null },
      },
      h.db,
    );
    await decideCompletion(
      {
        actor: secretariat,
        values: { taskId: decided[1]!.id, version: decided[1]!.version, decision: 'return', reason: 'Chưa đủ căn cứ' },
      },
      h.db,
    );
    await changeDeadlines(
      {
        actor: secretariat,
        taskIds: open.slice(6, 14).map((t) => t.id),
        dueDate: '2027-01-31',
        reason: 'Gia hạn',
        today: TODAY,
      },
      h.db,
    );
    for (const t of open.slice(14, 17)) {
      await cancelTask({ actor: secretariat, taskId: t.id, version: t.version, reason: 'Không còn phù hợp' }, h.db);
    }
    // An agency ends now: its open work goes to another.
    const [from, to] = await h.db
      .select()
      .from(agencies)
      .where(inArray(agencies.code, ['W-A7', 'W-A8']));
    await handOverOpenTasks(h.db, { actor: secretariat, fromAgencyId: from!.id, toAgencyId: to!.id });
    // Directive edits move their tasks between areas (d2 has areas and is not cross-cutting, so it becomes unclassified).
    const [d1, d2] = await h.db
      .select()
      .from(directives)
      .where(
        sql`${directives.text} like 'Nội dung chỉ đạo 1 của Phiên W %' and not ${directives.isCrossCutting}
          and exists (select 1 from directive_areas da where da.directive_id = ${directives.id})
          and exists (select 1 from tasks t where t.directive_id = ${directives.id})`,
      )
      .limit(2);
    await h.db.update(directives).set({ isCrossCutting: !d1!.isCrossCutting }).where(eq(directives.id, d1!.id));
    await h.db.delete(directiveAreas).where(eq(directiveAreas.directiveId, d2!.id));
    await expectTalliesTrue('after writes');
    const areaCodes = await h.query<{ area_code: string }>(
      `select distinct area_code from tasks where directive_id = $1`,
      [d2!.id],
    );
    expect(areaCodes).toEqual([{ area_code: 'unclassified' }]);

    // Moving the tallies' day, then recounting from scratch, changes no figure and no cell.
    const cells = () =>
      h.query<Record<string, unknown>>(
        `select lead_agency_id, committee_id, area_code, assigned_year, timeliness, timeliness_original, n
         from task_tallies where n <> 0 order by 1, 2, 3, 4, 5, 6`,
      );
    const monthCells = () =>
      h.query<Record<string, unknown>>(
        `select basis, month::text, lead_agency_id, committee_id, area_code, series, n
         from task_month_tallies where n <> 0 order by 1, 2, 3, 4, 5, 6`,
      );
    await h.query(`select task_tallies_roll('2027-02-15')`);
    await expectTalliesTrue('after a roll');
    const rolled = await cells();
    const rolledMonths = await monthCells();
    expect(rolledMonths.length).toBeGreaterThan(0);
    await h.query(`select task_tallies_rebuild('2027-02-15')`);
    expect(await cells()).toEqual(rolled);
    expect(await monthCells()).toEqual(rolledMonths);
  }, 180_000);

  it('computes the completion rate of a published government report: 98.62%', async () => {
    // 16,051 completed (14,068 on time, 1,983 late); 5,863 not completed (5,640 within the deadline, 223 overdue).
    const [agency] = await h.db.select().from(agencies).where(eq(agencies.code, 'W-A3'));
    const [committee] = await h.db
      .insert(committees)
      .values({ code: 'VPCP-2023', name: 'Nhiệm vụ Chính phủ, Thủ tướng giao năm 2023', level: 'central' })
      .returning();
    // A bulk load: its tally changes are deferred and made once (decision 100), as the backlog import's are.
    await h.db.transaction(async (tx) => {
      await tx.execute(sql`select task_tallies_defer()`);
      await tx.execute(
        sql`with s as (insert into sessions (committee_id, number, title, starts_at, format, status)
                  values (${committee!.id}, 1, 'Tổng hợp năm 2023', '2023-01-05T02:00:00Z', 'in_person', 'held') returning id),
            d as (insert into directives (session_id, ordinal, position, text) select s.id, '1', 1, 'Nhiệm vụ giao năm 2023' from s returning id)
       insert into tasks (directive_id, lead_agency_id, assigned_agency_id, deadline_kind, original_due_date, due_date,
                          status, progress, completed_on, assigned_on)
       select d.id, ${agency!.id}, ${agency!.id}, 'dated', due, due, status::task_status, case when done is null then 0 else 100 end, done, '2023-01-05'
       from d, (select '2023-06-30'::date due, 'completed' status, '2023-06-20'::date done from generate_series(1, 14068)
                union all select '2023-06-30', 'completed', '2023-07-15' from generate_series(1, 1983)
                union all select '2099-12-31', 'in_progress', null from generate_series(1, 5640)
                union all select '2023-06-30', 'in_progress', null from generate_series(1, 223)) x`,
      );
      await tx.execute(sql`select task_tallies_flush()`);
    });
    const overview = await getOverview({ actor: actors.leader!, filter: { committeeId: committee!.id } }, h.db);
    expect(overview.completed).toBe(16_051);
    expect(overview.counts.completed_on_time).toBe(14_068);
    expect(overview.counts.completed_late).toBe(1_983);
    expect(overview.notCompleted).toBe(5_863);
    expect(overview.counts.in_progress_on_time).toBe(5_640);
    expect(overview.counts.overdue).toBe(223);
    expect(formatPercent(overview.completionRate)).toBe('98,62%');
    expect(formatPercent(overview.overdueRate)).toBe('1,37%');
    // The same through counting the tasks, and in English.
    const counted = await summarize({ actor: actors.admin!, filter: { committeeId: committee!.id } }, h.db);
    expect(counted.get(null)).toEqual(overview.counts);
    expect(formatPercent(overview.completionRate, 'en')).toBe('98.62%');
    // 21,914 tasks inserted: on the embedded database, beside another test file, that took 35 s.
  }, 120_000);
});

describe('the report workbook', () => {
  it('has its headings in the reader’s language', async () => {
    const headings = async (locale: 'vi' | 'en') => {
      const wb = new ExcelJS.Workbook();
      const bytes = await buildReportWorkbook({ actor: actors.leader!, filter: { today: TODAY }, locale }, h.db);
      await wb.xlsx.load(bytes.buffer as ArrayBuffer);
      const first = wb.worksheets[0]!;
      const figures = first.getColumn(2).values.filter((v) => typeof v === 'string');
      const [, second, third] = wb.worksheets;
      return {
        count: figures,
        byAgency: second!.getRow(1).values as unknown[],
        overdue: third!.getRow(1).values as unknown[],
      };
    };
    const vi = await headings('vi');
    expect(vi.count).toContain('Số lượng');
    expect(vi.byAgency).toEqual(expect.arrayContaining(['STT', 'Ghi chú']));
    expect(vi.overdue).toContain('STT');
    const en = await headings('en');
    expect(en.count).toContain('Count');
    expect(en.byAgency).toEqual(expect.arrayContaining(['No.', 'Note']));
    expect(en.overdue).toContain('No.');
  });
});
