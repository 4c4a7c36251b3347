import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import type { Actor } from '@/lib/policy';
import { cancelTask } from '@/lib/tasks/mutations';
import { createTestDatabase } from '@/tests/db';
import { actorFor, makeDirective, makeSession, makeTask } from '@/tests/factories';
import { listUnfinishedEarlierDirectives } from './carry-over';

let h: DatabaseHandle;
let secretariat: Actor;
let noiVu: Actor;
let tuPhap: Actor;
const ids = {} as Record<'earlier' | 'next' | 'open' | 'done' | 'secret' | 'later', number>;

beforeAll(async () => {
  h = await createTestDatabase();
  secretariat = await actorFor(h.db, { role: 'secretariat' });
  noiVu = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
  tuPhap = await actorFor(h.db, { role: 'agency', agencyCode: 'BTP' });
  const earlier = await makeSession(h.db, secretariat, { date: '2026-01-10', status: 'held' });
  const next = await makeSession(h.db, secretariat, { date: '2026-03-01', status: 'minutes_published' });
  const open = await makeDirective(h.db, secretariat, earlier.id, { text: 'Rà soát thủ tục còn dang dở' });
  await makeTask(h.db, secretariat, open.id, { lead: 'BNV' });
  const done = await makeDirective(h.db, secretariat, earlier.id, { text: 'Việc đã xong' });
  const doneTask = await makeTask(h.db, secretariat, done.id, { lead: 'BNV' });
  await cancelTask(
    { actor: secretariat, taskId: doneTask.id, version: doneTask.version, reason: 'Không còn cần' },
    h.db,
  );
  const secret = await makeDirective(h.db, secretariat, earlier.id, { text: 'Nội dung mật', isConfidential: true });
  await makeTask(h.db, secretariat, secret.id, { lead: 'BTP' });
  const later = await makeDirective(h.db, secretariat, next.id, { text: 'Việc của phiên sau' });
  await makeTask(h.db, secretariat, later.id, { lead: 'BNV' });
  Object.assign(ids, {
    earlier: earlier.id,
    next: next.id,
    open: open.id,
    done: done.id,
    secret: secret.id,
    later: later.id,
  });
}, 60_000);
afterAll(() => h.close());

describe('listUnfinishedEarlierDirectives', () => {
  it("lists the committee's earlier directives with open tasks, oldest session first, and not those finished or later", async () => {
    const { items, total } = await listUnfinishedEarlierDirectives(
      { actor: secretariat, sessionId: ids.next, today: '2030-01-01' },
      h.db,
    );
    const mine = items.filter((i) => i.sessionId === ids.earlier);
    expect(mine.map((i) => i.id)).toEqual([ids.open, ids.secret]);
    expect(mine[0]).toMatchObject({
      openTasks: 1,
      overdueTasks: 1,
      leadNames: ['Bộ Nội vụ'],
      sessionDate: '2026-01-10',
    });
    expect(items.map((i) => i.id)).not.toContain(ids.done);
    expect(items.map((i) => i.id)).not.toContain(ids.later);
    expect(items.every((i) => i.openTasks > 0)).toBe(true);
    // The demo's 7th session (2024) comes first: its unfinished directives are the oldest.
    expect(items[0]!.sessionDate < '2026-01-10').toBe(true);
    expect(total).toBe(items.length);
    const dates = items.map((i) => i.sessionDate);
    expect([...dates].sort()).toEqual(dates);
    // As of today the new task is not overdue yet.
    const now = await listUnfinishedEarlierDirectives({ actor: secretariat, sessionId: ids.next }, h.db);
    expect(now.items.find((i) => i.id === ids.open)).toMatchObject({ openTasks: 1, overdueTasks: 0 });
  });

  it('shows an agency only what it may read: its own tasks, no confidential directive of another agency', async () => {
    const forNoiVu = await listUnfinishedEarlierDirectives({ actor: noiVu, sessionId: ids.next }, h.db);
    expect(forNoiVu.items.map((i) => i.id)).toContain(ids.open);
    expect(forNoiVu.items.map((i) => i.id)).not.toContain(ids.secret);
    const forTuPhap = await listUnfinishedEarlierDirectives({ actor: tuPhap, sessionId: ids.next }, h.db);
    expect(forTuPhap.items.map((i) => i.id)).toContain(ids.secret); // its own task under it
    expect(forTuPhap.items.map((i) => i.id)).not.toContain(ids.open); // an unpublished session's, not its task
    // Its counts are of the tasks it may read (its own, those it coordinates), never more than the secretariat's.
    const all = await listUnfinishedEarlierDirectives({ actor: secretariat, sessionId: ids.next }, h.db);
    const open = new Map(all.items.map((i) => [i.id, i.openTasks]));
    expect(forTuPhap.items.every((i) => i.openTasks <= open.get(i.id)!)).toBe(true);
    expect(forTuPhap.items.some((i) => i.openTasks < open.get(i.id)!)).toBe(true);
  });

  it('gives nothing for a session the reader may not read, and nothing before the first session', async () => {
    expect(await listUnfinishedEarlierDirectives({ actor: noiVu, sessionId: ids.earlier }, h.db)).toEqual({
      items: [],
      total: 0,
    }); // an agency does not read an unpublished session
    const limited = await listUnfinishedEarlierDirectives({ actor: secretariat, sessionId: ids.next, limit: 1 }, h.db);
    expect(limited.items).toHaveLength(1);
    expect(limited.total).toBeGreaterThan(1);
    expect(await listUnfinishedEarlierDirectives({ actor: secretariat, sessionId: 999_999 }, h.db)).toEqual({
      items: [],
      total: 0,
    });
  });
});
