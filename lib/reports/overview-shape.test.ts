import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import type { Actor } from '@/lib/policy';
import { countTasks, listTasks, type TaskFilter } from '@/lib/tasks/queries';
import { generateWorkload } from '@/seeds/workload';
import { createTestDatabase } from '@/tests/db';
import { actorFor } from '@/tests/factories';
import { getOverview, getTrend, listMostOverdue, sortedByName, trendMonths, type ReportFilter } from './dashboard';
import { summarizeTotal } from './summary';

/**
 * The overview's statements changed shape (issue 21, decision 087): the most overdue tasks are chosen and limited
 * before their directive and agency are joined, and the trend's two series come from one statement. Both must give
 * what the task list and its counts give for the same filter, on a seeded data set with tasks in all four classes.
 */
let h: DatabaseHandle;
const actors: Record<string, Actor> = {};
const TODAY = '2026-11-29';
let committeeId: number;

beforeAll(async () => {
  h = await createTestDatabase();
  const made = await generateWorkload(
    h,
    { agencies: 20, sessions: 24, directivesPerSession: 3, tasksPerDirective: 8 },
    { today: TODAY },
  );
  expect(made.tasks).toBeGreaterThan(400);
  actors.leader = await actorFor(h.db, { role: 'leader' });
  actors.secretariat = await actorFor(h.db, { role: 'secretariat' });
  actors.tuyenQuang = await actorFor(h.db, { role: 'agency', agencyCode: 'P-TUYENQUANG' });
  const [listed] = await listTasks({ actor: actors.leader, filter: { today: TODAY }, limit: 1 }, h.db);
  committeeId = (await h.db.query.tasks.findFirst({ where: (t, { eq }) => eq(t.id, listed!.id) }))!.committeeId!;
}, 120_000);
afterAll(() => h.close());

const FILTERS: ReportFilter[] = [
  { today: TODAY },
  { today: TODAY, basis: 'original' },
  { today: TODAY, year: 2025 },
  { today: TODAY, agencyKind: 'province' },
  { today: '2025-06-30' },
  { today: TODAY, asOf: '2026-03-31' },
];

describe('the overview, one statement per part', () => {
  it('the seed has tasks in all four timeliness classes', async () => {
    const counts = await summarizeTotal({ actor: actors.leader!, filter: { today: TODAY } }, h.db);
    for (const c of ['completed_on_time', 'completed_late', 'in_progress_on_time', 'overdue'] as const)
      expect(counts[c], c).toBeGreaterThan(0);
  });

  it('the most overdue tasks are the overdue list’s first, in its order, with its dates and names', async () => {
    for (const who of ['leader', 'tuyenQuang'])
      for (const f of [...FILTERS, { today: TODAY, committeeId }]) {
        const actor = actors[who]!;
        const overdue: TaskFilter = { ...f, timeliness: 'overdue' };
        const all = await countTasks({ actor, filter: overdue }, h.db);
        for (const limit of [1, 10, all + 5]) {
          const expected = (await listTasks({ actor, filter: overdue, limit }, h.db)).map((t) => ({
            id: t.id,
            dueDate: t.dueDate,
            originalDueDate: t.originalDueDate,
            directiveOrdinal: t.directiveOrdinal,
            directiveText: t.directiveText,
            leadName: t.leadName,
          }));
          const got = await listMostOverdue({ actor, filter: f, limit, today: f.today! }, h.db);
          expect(
            got.map(({ due: _d, daysOverdue: _n, ...t }) => t),
            `${who} ${JSON.stringify(f)} limit ${limit}`,
          ).toEqual(expected);
          if (who === 'leader' && !f.asOf && limit > all) expect(got.length, JSON.stringify(f)).toBeGreaterThan(0);
        }
      }
  });

  it('the trend’s months count what the task list counts, class by class, and its totals match', async () => {
    for (const who of ['leader', 'secretariat'])
      for (const f of [...FILTERS, { today: TODAY, committeeId }]) {
        const actor = actors[who]!;
        const trend = await getTrend({ actor, filter: f }, h.db);
        expect(trend.map((m) => m.from)).toEqual(trendMonths(f, f.today!).map((m) => m.from));
        const base: TaskFilter = { ...f, year: undefined, assignedFrom: undefined, assignedTo: undefined };
        const count = (filter: TaskFilter) => countTasks({ actor, filter: { ...base, ...filter } }, h.db);
        for (const m of trend) {
          const label = `${who} ${JSON.stringify(f)} ${m.month}`;
          const period = { completedFrom: m.from, completedTo: m.to };
          expect(m.completedOnTime, label).toBe(await count({ timeliness: 'completed_on_time', ...period }));
          expect(m.completedLate, label).toBe(await count({ timeliness: 'completed_late', ...period }));
          expect(m.missed, label).toBe(
            await count({ timeliness: ['completed_late', 'overdue'], dueFrom: m.from, dueTo: m.to }),
          );
        }
        if (trend.length > 0) {
          const window = { from: trend[0]!.from, to: trend.at(-1)!.to };
          expect(trend.reduce((s, m) => s + m.completedOnTime + m.completedLate, 0)).toBe(
            await count({
              timeliness: ['completed_on_time', 'completed_late'],
              completedFrom: window.from,
              completedTo: window.to,
            }),
          );
        }
      }
    // The leader's year shows both series.
    const { trend } = await getOverview({ actor: actors.leader!, filter: { today: TODAY } }, h.db);
    expect(trend.some((m) => m.missed > 0) && trend.some((m) => m.completedLate > 0)).toBe(true);
    expect(trend.some((m) => m.completedOnTime > 0)).toBe(true);
  });

  it('the agencies are in Vietnamese order, the kept order used only for the same names', () => {
    const collator = new Intl.Collator('vi');
    const rows = ['Ủy ban B', 'Bộ Y tế', 'Đài Truyền hình', 'Ban Dân tộc', 'Bộ Tư pháp', 'Ủy ban A', 'Ban Dân tộc'].map(
      (name, id) => ({ id, name }),
    );
    const expected = [...rows].sort((a, b) => collator.compare(a.name, b.name));
    expect(sortedByName(rows)).toEqual(expected);
    expect(sortedByName([...rows])).toEqual(expected);
    // Another list (one name changed) is sorted afresh, not put in the kept order.
    const renamed = rows.map((r) => (r.id === 1 ? { ...r, name: 'Ủy ban C' } : r));
    expect(sortedByName(renamed)).toEqual([...renamed].sort((a, b) => collator.compare(a.name, b.name)));
    expect(sortedByName(renamed).at(-1)!.name).toBe('Ủy ban C');
  });
});
