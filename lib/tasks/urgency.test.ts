import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { tasks, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import type { Actor } from '@/lib/policy';
import { addDays } from '@/lib/time';
import { createTestDatabase } from '@/tests/db';
import { listTasks } from './queries';
import type { ClassifiableTask } from './timeliness';
import { actionRank, DUE_SOON_DAYS } from './urgency';

const TODAY = '2026-11-29';
const open = (over: Partial<ClassifiableTask>): ClassifiableTask => ({
  status: 'in_progress',
  deadlineKind: 'dated',
  dueDate: TODAY,
  originalDueDate: TODAY,
  completedOn: null,
  ...over,
});

describe('actionRank: what an agency head acts on first', () => {
  it('overdue, then due within the week (today and the last day included), then the rest, closed last', () => {
    expect(actionRank(open({ dueDate: addDays(TODAY, -1) }), TODAY)).toBe(0);
    expect(actionRank(open({ dueDate: TODAY }), TODAY)).toBe(1);
    expect(actionRank(open({ dueDate: addDays(TODAY, DUE_SOON_DAYS) }), TODAY)).toBe(1);
    expect(actionRank(open({ dueDate: addDays(TODAY, DUE_SOON_DAYS + 1) }), TODAY)).toBe(2);
    expect(actionRank(open({ deadlineKind: 'urgent', dueDate: null }), TODAY)).toBe(2);
    expect(actionRank(open({ deadlineKind: 'recurring', dueDate: null }), TODAY)).toBe(2);
    expect(actionRank(open({ status: 'not_started', dueDate: addDays(TODAY, -30) }), TODAY)).toBe(0);
    expect(actionRank(open({ status: 'completed', dueDate: addDays(TODAY, -30), completedOn: TODAY }), TODAY)).toBe(3);
    expect(actionRank(open({ status: 'cancelled', dueDate: addDays(TODAY, -30) }), TODAY)).toBe(3);
  });

  it('on the original basis, an extended task past its first deadline counts as overdue', () => {
    const extended = open({ dueDate: addDays(TODAY, 30), originalDueDate: addDays(TODAY, -2) });
    expect(actionRank(extended, TODAY)).toBe(2);
    expect(actionRank(extended, TODAY, 'original')).toBe(0);
  });
});

describe("listTasks({ order: 'action' }) on the demo database", () => {
  let h: DatabaseHandle;
  const actors: Record<string, Actor> = {};
  beforeAll(async () => {
    h = await createTestDatabase();
    for (const u of await h.db.select().from(users)) {
      actors[u.email.split('@')[0]!] = (await loadActor(h.db, u.id, u.sessionVersion))!;
    }
  });
  afterAll(() => h.close());

  it('lists overdue first, then due soon, then the other open tasks, then completed, each by deadline; the SQL rank agrees with actionRank', async () => {
    const rows = await h.db.select().from(tasks);
    // A "today" at which some open task of the agency falls due within the week, so every group is present.
    const actor = actors.bonoivu!;
    const all = await listTasks({ actor, filter: { today: TODAY }, limit: 10_000 }, h.db);
    const openDated = all.filter((t) => t.deadlineKind === 'dated' && t.status !== 'completed' && t.dueDate);
    const soon = openDated.map((t) => t.dueDate!).sort()[Math.floor(openDated.length / 2)]!;
    const today = addDays(soon, -2);
    const listed = await listTasks({ actor, filter: { today }, order: 'action', limit: 10_000 }, h.db);
    expect(listed.length).toBe(all.length);
    for (const item of listed) {
      const row = rows.find((r) => r.id === item.id)!;
      expect(item.actionRank, `task ${row.id}`).toBe(actionRank(row, today));
    }
    const ranks = listed.map((t) => t.actionRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks)).toEqual(new Set([0, 1, 2, 3]));
    // Within a group, by deadline (undated last).
    for (const r of [0, 1, 2, 3]) {
      const dues = listed.filter((t) => t.actionRank === r).map((t) => t.dueDate ?? '9999-12-31');
      expect(dues, `group ${r}`).toEqual([...dues].sort());
    }
    // The default order stays by deadline alone: a completed task with an early deadline comes before open ones.
    const byDeadline = await listTasks({ actor, filter: { today }, limit: 10_000 }, h.db);
    const dues = byDeadline.map((t) => t.dueDate ?? '9999-12-31');
    expect(dues).toEqual([...dues].sort());
    expect(byDeadline.map((t) => t.id)).not.toEqual(listed.map((t) => t.id));
  });

  it('a task reopened by its agency moves up from the closed group to the overdue one', async () => {
    const actor = actors.bonoivu!;
    const done = (await listTasks({ actor, filter: { today: TODAY, status: 'completed' }, limit: 10_000 }, h.db)).find(
      (t) => t.deadlineKind === 'dated' && t.dueDate! < TODAY,
    )!;
    expect(done).toBeDefined();
    await h.db
      .update(tasks)
      .set({ status: 'in_progress', completedOn: null, completionDocument: null, completionReportedOn: null })
      .where(eq(tasks.id, done.id));
    const listed = await listTasks({ actor, filter: { today: TODAY }, order: 'action', limit: 10_000 }, h.db);
    const index = listed.findIndex((t) => t.id === done.id);
    expect(listed[index]!.actionRank).toBe(0);
    expect(listed.slice(0, index).every((t) => t.actionRank === 0)).toBe(true);
  });
});
