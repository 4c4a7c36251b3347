import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { tasks, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { EMPTY_HEADER } from '@/lib/directives/notice-header';
import { AppError } from '@/lib/errors';
import { parseMessage } from '@/lib/i18n/message';
import { fillNoticeHeader } from '@/lib/minutes/mutations';
import type { Actor } from '@/lib/policy';
import { addDays, vnDate } from '@/lib/time';
import { createTestDatabase } from '@/tests/db';
import { makeDirective, makeSession, makeTask } from '@/tests/factories';
import { givenOn } from './assign';
import { updateTaskProgress } from './progress';
import { taskUpdateSchema } from './schemas';

/**
 * A session's directives are given on the day of the notice that concludes it (else the meeting's day), not on the
 * day the secretariat types them in: an agency that finished the work between the meeting and data entry reported
 * it and was refused ("completed before it was assigned"), and reports "as of" a day in between left the task out.
 */
let h: DatabaseHandle;
const actors: Record<string, Actor> = {};
const today = vnDate();
const MEETING = addDays(today, -20);
const NOTICE = addDays(today, -15);

beforeAll(async () => {
  h = await createTestDatabase();
  for (const u of await h.db.select().from(users))
    actors[u.email.split('@')[0]!] = (await loadActor(h.db, u.id, u.sessionVersion))!;
});
afterAll(() => h.close());

describe('givenOn: the day a directive is given', () => {
  const base = { today: '2026-12-02', sessionDay: '2026-11-25', noticeDay: '2026-11-28', assignedBefore: false };
  it('is the notice’s day, else the meeting’s, never after today', () => {
    expect(givenOn(base)).toBe('2026-11-28');
    expect(givenOn({ ...base, noticeDay: null })).toBe('2026-11-25');
    expect(givenOn({ ...base, noticeDay: '2026-12-20' })).toBe('2026-12-02');
    expect(givenOn({ ...base, sessionDay: '2026-12-10', noticeDay: null })).toBe('2026-12-02'); // a planned session
  });
  it('is the meeting’s day when the notice is dated before its own meeting (a typing slip)', () => {
    expect(givenOn({ ...base, noticeDay: '2026-11-20' })).toBe('2026-11-25');
  });
  it('is today for an agency added to a directive that already has tasks, or a directive of no session', () => {
    expect(givenOn({ ...base, assignedBefore: true })).toBe('2026-12-02');
    expect(givenOn({ ...base, sessionDay: null })).toBe('2026-12-02');
  });
});

describe('assigning a session’s directive', () => {
  it('dates its tasks from the notice, and a completion between the notice and today is accepted', async () => {
    const secretariat = actors.thuky!;
    const session = await makeSession(h.db, secretariat, { date: MEETING });
    await h.db.transaction((tx) =>
      fillNoticeHeader(tx, secretariat, session.id, { ...EMPTY_HEADER, number: '312', issueDate: NOTICE }),
    );
    const directive = await makeDirective(h.db, secretariat, session.id);
    const task = await makeTask(h.db, secretariat, directive.id, { lead: 'BNV' });
    expect(task.assignedOn).toBe(NOTICE);

    // Done three days after the notice, reported today: accepted.
    const done = addDays(NOTICE, 3);
    const values = taskUpdateSchema.parse({
      taskId: task.id,
      version: task.version,
      status: 'completed',
      progress: 100,
      completedOn: done,
      result: 'Đã trình Quyết định.',
      completionDocument: 'Tờ trình số 12/TTr-BNV',
    });
    await updateTaskProgress({ actor: actors.bonoivu!, values }, h.db);
    const [row] = await h.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.completedOn).toBe(done);

    // Before the notice: refused, and the message says from which day.
    const other = await makeDirective(h.db, secretariat, session.id);
    const early = await makeTask(h.db, secretariat, other.id, { lead: 'BNV' });
    const refused = await updateTaskProgress(
      { actor: actors.bonoivu!, values: { ...values, taskId: early.id, version: early.version, completedOn: MEETING } },
      h.db,
    ).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(parseMessage(refused!.message)?.params.date).toBe(NOTICE.split('-').reverse().join('/'));

    // A second lead added later to the same directive is given it today.
    const later = await makeTask(h.db, secretariat, directive.id, { lead: 'BTP' });
    expect(later.assignedOn).toBe(today);
    // A recurring task counts its periods from the day it is entered: none missed the moment it is assigned.
    const monthly = await makeDirective(h.db, secretariat, session.id);
    const recurring = await makeTask(h.db, secretariat, monthly.id, {
      lead: 'BNV',
      deadline: { kind: 'recurring', period: 'monthly' },
    });
    expect(recurring.assignedOn).toBe(today);
  });

  it('dates its tasks from the meeting when the notice has no date yet', async () => {
    const secretariat = actors.thuky!;
    const session = await makeSession(h.db, secretariat, { date: MEETING });
    const directive = await makeDirective(h.db, secretariat, session.id);
    const task = await makeTask(h.db, secretariat, directive.id, { lead: 'BNV' });
    expect(task.assignedOn).toBe(MEETING);
  });
});
