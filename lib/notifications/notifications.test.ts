import { createServer, type Server } from 'node:net';
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '@/db/client';
import { committees, directives, emailOutbox, jobs, notifications, userCommittees, users } from '@/db/schema';
import { enqueue, runDueJobs } from '@/lib/jobs/queue';
import { workerTick } from '@/lib/jobs/worker';
import type { Actor } from '@/lib/policy';
import { handOverOpenTasks } from '@/lib/agencies/handover';
import { decideExtension, requestExtension } from '@/lib/tasks/extensions';
import { urgeTasks } from '@/lib/tasks/mutations';
import { addDays, vnToInstant, type IsoDate } from '@/lib/time';
import { createTestDatabase } from '@/tests/db';
import { actorFor, agencyIdOf, makeDirective, makeSession, makeTask } from '@/tests/factories';
import { en } from '@/lib/i18n/en';
import { vi } from '@/lib/i18n/vi';
import { runWeeklyDigest } from './digest';
import { deliverOutbox } from './mailer';
import { markAllRead, openNotification, setEmailPreferences } from './mutations';
import { notifyNoticePublished } from './published';
import { getEmailPreferences, listOutbox, unreadCount } from './queries';
import { renderNotification } from './render';
import { runDailySweep } from './sweep';
import { CONFIDENTIAL_NOTICE } from './task-events';
import { inEnglish, refusal } from '@/tests/i18n';

let h: DatabaseHandle & { url?: string };
let secretariat: Actor;
let admin: Actor;
let leader: Actor;
/** A head of Bộ Nội vụ, which leads the tasks made here, and one of UBND tỉnh Tuyên Quang. */
let head: Actor;
let tqHead: Actor;
let bnv: number;
let directiveId: number;

beforeAll(async () => {
  h = await createTestDatabase();
  secretariat = await actorFor(h.db, { role: 'secretariat' });
  admin = await actorFor(h.db, { role: 'admin' });
  leader = await actorFor(h.db, { role: 'leader' });
  head = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
  tqHead = await actorFor(h.db, { role: 'agency', agencyCode: 'P-TUYENQUANG' });
  bnv = await agencyIdOf(h.db, 'BNV');
  const session = await makeSession(h.db, secretariat);
  directiveId = (await makeDirective(h.db, secretariat, session.id)).id;
});
afterAll(() => h.close());

/** Everyone a notice to the agency's or the role's users should reach: its active users, whoever they are. */
async function usersOf(where: { agencyId: number } | { role: 'secretariat' }): Promise<number[]> {
  const rows = await h.db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.isActive, true),
        'agencyId' in where
          ? and(eq(users.role, 'agency'), eq(users.agencyId, where.agencyId))
          : eq(users.role, where.role),
      ),
    );
  return rows.map((r) => r.id).sort((a, b) => a - b);
}
const userIds = (rows: { userId: number }[]) => rows.map((r) => r.userId).sort((a, b) => a - b);

/** A new task for Bộ Nội vụ (whose users include `head`), due on `due`. */
async function newTask(due: IsoDate): Promise<number> {
  return (await makeTask(h.db, secretariat, directiveId, { lead: bnv, deadline: { kind: 'dated', dueDate: due } })).id;
}

const noticesOf = async (taskId: number, kind: string) =>
  h.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.kind, kind), eq(notifications.link, `/tasks/${taskId}`)));

describe('notifications', () => {
  it('a new task tells its lead agency once, in the app and by an email in the outbox', async () => {
    const taskId = await newTask('2027-05-31');
    const notices = await noticesOf(taskId, 'task_assigned');
    expect(userIds(notices)).toEqual(await usersOf({ agencyId: bnv }));
    const notice = notices.find((n) => n.userId === head.userId)!;
    expect(notice.title).toBe('Nhiệm vụ mới được giao chủ trì');
    const [mail] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, notice.dedupeKey));
    expect(mail).toMatchObject({ toAddress: head.email, status: 'pending' });
    expect(mail!.text).toContain('Thời hạn: 31/05/2027');
    expect(mail!.text).toContain(`http://localhost:3000/tasks/${taskId}`);
    expect(await unreadCount({ actor: head }, h.db)).toBeGreaterThan(0);
    expect(await noticesOf(taskId, 'task_assigned').then((n) => n.length)).toBe(notices.length);
  });

  it('reminders follow the Vietnam calendar: one at 7 days, none on a second run, one overdue notice the day after', async () => {
    const due = '2027-08-20';
    const taskId = await newTask(due);
    // Counted for one user of the lead agency (each of them is told alike).
    const count = async (kind: string) =>
      (await noticesOf(taskId, kind)).filter((n) => n.userId === head.userId).length;

    await runDailySweep(h.db, addDays(due, -8));
    expect(await count('due_soon')).toBe(0);
    await runDailySweep(h.db, addDays(due, -7));
    expect(await count('due_soon')).toBe(1);
    await runDailySweep(h.db, addDays(due, -7)); // the same day again
    await runDailySweep(h.db, addDays(due, -5)); // the same window
    expect(await count('due_soon')).toBe(1);
    await runDailySweep(h.db, addDays(due, -3));
    await runDailySweep(h.db, addDays(due, -1));
    expect(await count('due_soon')).toBe(3);
    await runDailySweep(h.db, due); // due today: not yet overdue
    expect(await count('overdue')).toBe(0);
    await runDailySweep(h.db, addDays(due, 1));
    await runDailySweep(h.db, addDays(due, 1));
    expect(await count('overdue')).toBe(1);
    const notice = (await noticesOf(taskId, 'overdue')).find((n) => n.userId === head.userId);
    expect(notice!.title).toBe('Nhiệm vụ quá hạn 1 ngày (thời hạn 20/08/2027)');
    await runDailySweep(h.db, addDays(due, 7));
    expect(await count('overdue')).toBe(1);
    await runDailySweep(h.db, addDays(due, 8)); // a week later: once more
    expect(await count('overdue')).toBe(2);
  });

  it('urging notifies the lead agency, and email follows each user’s choice per kind', async () => {
    const taskId = await newTask('2027-06-30');
    await setEmailPreferences({ actor: head, emailKinds: ['task_assigned', 'due_soon', 'overdue'] }, h.db);
    await urgeTasks({ actor: secretariat, taskIds: [taskId], note: 'Đề nghị báo cáo trước 15/6' }, h.db);
    const urgedAll = await noticesOf(taskId, 'urged');
    expect(userIds(urgedAll)).toEqual(await usersOf({ agencyId: bnv }));
    const urged = urgedAll.find((n) => n.userId === head.userId);
    expect(urged).toMatchObject({ title: 'Văn phòng đôn đốc thực hiện nhiệm vụ' });
    expect(await h.db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, urged!.dedupeKey))).toEqual([]);
    await setEmailPreferences({ actor: head, emailKinds: ['task_assigned', 'due_soon', 'overdue', 'urged'] }, h.db);
    await urgeTasks({ actor: secretariat, taskIds: [taskId], note: null }, h.db);
    const again = (await noticesOf(taskId, 'urged')).filter((n) => n.userId === head.userId);
    expect(again).toHaveLength(2);
    expect(
      await h.db
        .select()
        .from(emailOutbox)
        .where(eq(emailOutbox.dedupeKey, again.at(-1)!.dedupeKey)),
    ).toHaveLength(1);
  });

  it('extension requests reach the secretariat and decisions the lead agency; hand-overs and published notices reach their agencies', async () => {
    const taskId = await newTask('2027-07-31');
    const extensionId = await requestExtension(
      { actor: head, taskId, requestedDueDate: '2027-09-30', reason: 'Chờ ý kiến các bộ' },
      h.db,
    );
    const requested = await noticesOf(taskId, 'extension_requested');
    expect(userIds(requested)).toEqual(await usersOf({ role: 'secretariat' }));
    expect(requested.find((n) => n.userId === secretariat.userId)).toMatchObject({
      title: 'Bộ Nội vụ đề nghị gia hạn đến 30/09/2027',
    });
    await decideExtension({ actor: secretariat, extensionId, decision: 'accepted', note: null }, h.db);
    const decided = await noticesOf(taskId, 'extension_decided');
    expect(userIds(decided)).toEqual(await usersOf({ agencyId: bnv }));
    expect(decided.find((n) => n.userId === head.userId)).toMatchObject({
      title: 'Đề nghị gia hạn được chấp thuận: thời hạn mới 30/09/2027',
    });
    // A hand-over tells the successor's users.
    const tq = await agencyIdOf(h.db, 'P-TUYENQUANG');
    await handOverOpenTasks(h.db, { actor: admin, fromAgencyId: bnv, toAgencyId: tq });
    const handed = await noticesOf(taskId, 'handed_over');
    expect(userIds(handed)).toEqual(await usersOf({ agencyId: tq }));
    expect(handed.find((n) => n.userId === tqHead.userId)).toMatchObject({
      title: 'Nhiệm vụ được bàn giao cho cơ quan kế thừa',
    });
    // A published notice tells the agencies with tasks from the session (Tuyên Quang's handed-over task and a
    // new one for Bộ Nội vụ), once.
    await newTask('2027-10-31');
    const [d] = await h.db.select().from(directives).where(eq(directives.id, directiveId));
    const told = await notifyNoticePublished(h.db, { documentId: 4242, sessionId: d!.sessionId!, kind: 'notice' });
    expect(told).toEqual(expect.arrayContaining([head.userId, tqHead.userId]));
    expect(await notifyNoticePublished(h.db, { documentId: 4242, sessionId: d!.sessionId!, kind: 'notice' })).toEqual(
      [],
    );
    expect(await notifyNoticePublished(h.db, { documentId: 4243, sessionId: d!.sessionId!, kind: 'minutes' })).toEqual(
      [],
    );
  });

  it('tells no one of a task of a committee they are not limited to: requests, new tasks, reminders (attacker pass 25)', async () => {
    // A second committee, a secretariat user and a Bộ Nội vụ head limited to it, and one limited to the task's own.
    const [other] = await h.db
      .insert(committees)
      .values({ code: 'BCD-KHAC', name: 'Ban Chỉ đạo khác', level: 'central' })
      .returning({ id: committees.id });
    const [own] = await h.db.select({ id: committees.id }).from(committees).where(eq(committees.code, 'BCD-CCHH'));
    const outsider = await actorFor(h.db, { role: 'secretariat' });
    const insider = await actorFor(h.db, { role: 'secretariat' });
    const outsideHead = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
    await h.db.insert(userCommittees).values([
      { userId: outsider.userId, committeeId: other!.id },
      { userId: outsideHead.userId, committeeId: other!.id },
      { userId: insider.userId, committeeId: own!.id },
    ]);
    const due = '2027-01-15';
    const taskId = await newTask(due);
    const assigned = userIds(await noticesOf(taskId, 'task_assigned'));
    expect(assigned).toContain(head.userId);
    expect(assigned).not.toContain(outsideHead.userId);
    await requestExtension({ actor: head, taskId, requestedDueDate: '2027-09-30', reason: 'Chờ ý kiến' }, h.db);
    const requested = userIds(await noticesOf(taskId, 'extension_requested'));
    expect(requested).toContain(insider.userId);
    expect(requested).toContain(secretariat.userId);
    expect(requested).not.toContain(outsider.userId);
    const outbox = await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, outsider.email));
    expect(outbox).toHaveLength(0);
    // The daily reminders go the same way.
    await runDailySweep(h.db, addDays(due, -7));
    const soon = userIds(await noticesOf(taskId, 'due_soon'));
    expect(soon).toContain(head.userId);
    expect(soon).not.toContain(outsideHead.userId);
    await h.db
      .delete(userCommittees)
      .where(inArray(userCommittees.userId, [outsider.userId, insider.userId, outsideHead.userId]));
  });

  it('a user opens and marks read only their own notices', async () => {
    const [mine] = await h.db.select().from(notifications).where(eq(notifications.userId, head.userId));
    expect((await refusal(openNotification({ actor: tqHead, id: mine!.id }, h.db))).message).toContain(
      'Không tìm thấy thông báo.',
    );
    const refused = await openNotification({ actor: tqHead, id: mine!.id }, h.db).catch((e: Error) => e);
    expect(inEnglish((refused as Error).message)).toBe('Notification not found.');
    expect(await openNotification({ actor: head, id: mine!.id }, h.db)).toBe(mine!.link);
    expect(await markAllRead({ actor: head }, h.db)).toBeGreaterThan(0);
    expect(await unreadCount({ actor: head }, h.db)).toBe(0);
    expect(await unreadCount({ actor: tqHead }, h.db)).toBeGreaterThan(0);
  });

  it('twenty saves of the email choices at once all succeed, and one of them is what is kept (attacker pass 29)', async () => {
    // Each save deleted the user's rows and inserted them again: saves at once failed on the key (an error line each).
    const user = await actorFor(h.db, { role: 'agency', agencyCode: 'P-TUYENQUANG' });
    const pool = h.url ? await openPostgres(h.url, { max: 20 }) : h;
    try {
      const choices = (i: number) => (i % 2 ? (['urged'] as const) : (['task_assigned', 'overdue'] as const));
      for (let round = 0; round < 3; round++) {
        const results = await Promise.allSettled(
          Array.from({ length: 20 }, (_, i) => setEmailPreferences({ actor: user, emailKinds: choices(i) }, pool.db)),
        );
        expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
        const on = (await getEmailPreferences({ actor: user }, h.db)).kinds.filter((k) => k.email).map((k) => k.kind);
        expect([['urged'], ['task_assigned', 'overdue']]).toContainEqual(on);
      }
    } finally {
      if (pool !== h) await pool.close();
    }
  }, 60_000);

  it('two workers started at once run the day’s sweep once and send each reminder once', async () => {
    const day = '2027-09-01';
    const taskIds = [await newTask(addDays(day, 3)), await newTask(addDays(day, 1)), await newTask(addDays(day, -1))];
    const second = h.url ? await openPostgres(h.url, { max: 3 }) : h; // PGlite: one process, one connection
    try {
      const now = () => vnToInstant(day, '06:05');
      await Promise.all([
        workerTick(h.db, { now, workerId: 'server-a' }),
        workerTick(second.db, { now, workerId: 'server-b' }),
        runDailySweep(h.db, day),
        runDailySweep(second.db, day),
      ]);
      const sweeps = await h.db
        .select()
        .from(jobs)
        .where(eq(jobs.uniqueKey, `daily-sweep@${vnToInstant(day, '06:00').toISOString()}`));
      expect(sweeps).toHaveLength(1);
      expect(sweeps[0]!.status).toBe('done');
      for (const [taskId, kind] of [
        [taskIds[0]!, 'due_soon'],
        [taskIds[1]!, 'due_soon'],
        [taskIds[2]!, 'overdue'],
      ] as const) {
        // Once to each user of the lead agency.
        expect(userIds(await noticesOf(taskId, kind)), `${taskId} ${kind}`).toEqual(await usersOf({ agencyId: bnv }));
      }
    } finally {
      if (second !== h) await second.close();
    }
  });

  it('a job that fails is retried, then marked failed; a job whose worker died is taken over', async () => {
    const now = new Date('2027-01-01T00:00:00Z');
    await enqueue(h.db, { name: 'flaky', runAt: now, maxAttempts: 2 });
    let calls = 0;
    const handlers = {
      flaky: async () => {
        calls++;
        throw new Error('SMTP down');
      },
    };
    await runDueJobs(h.db, handlers, { workerId: 'w', now: () => now });
    const [retrying] = await h.db.select().from(jobs).where(eq(jobs.name, 'flaky'));
    expect(retrying).toMatchObject({ status: 'queued', attempts: 1, lastError: 'SMTP down' });
    await runDueJobs(h.db, handlers, { workerId: 'w', now: () => new Date(now.getTime() + 2 * 60_000) });
    const [failed] = await h.db.select().from(jobs).where(eq(jobs.name, 'flaky'));
    expect(failed).toMatchObject({ status: 'failed', attempts: 2 });
    expect(calls).toBe(2);

    await enqueue(h.db, { name: 'orphan', runAt: now });
    await h.db
      .update(jobs)
      .set({ status: 'running', lockedBy: 'dead-server', lockedUntil: new Date(now.getTime() - 1000) })
      .where(eq(jobs.name, 'orphan'));
    await runDueJobs(h.db, { orphan: async () => ({ ok: true }) }, { workerId: 'alive', now: () => now });
    const [taken] = await h.db.select().from(jobs).where(eq(jobs.name, 'orphan'));
    expect(taken).toMatchObject({ status: 'done', lockedBy: 'alive' });
  });

  it('without SMTP the emails stay in the outbox, which the administrator can read', async () => {
    await newTask('2027-11-30');
    const result = await deliverOutbox(h.db, { env: {} as NodeJS.ProcessEnv });
    expect(result.kept).toBeGreaterThan(0);
    const kept = await listOutbox({ actor: admin }, h.db);
    expect(kept.some((m) => m.status === 'kept' && m.toAddress === head.email)).toBe(true);
    await expect(listOutbox({ actor: secretariat }, h.db)).rejects.toThrow();
    // Found by words of the address or subject, whatever their case or accents, among the newest or not.
    const mine = await listOutbox({ actor: admin, to: head.email.split('@')[0]!.toUpperCase() }, h.db);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((m) => m.toAddress === head.email)).toBe(true);
    expect(await listOutbox({ actor: admin, to: 'khong-co-ai@nowhere.invalid' }, h.db)).toEqual([]);
  });

  it('sends the assignment email through SMTP to a local sink: recipient, subject and Vietnamese body', async () => {
    const sink = await startSmtpSink();
    try {
      const taskId = await newTask('2027-12-15');
      const result = await deliverOutbox(h.db, {
        env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${sink.port}` },
      });
      expect(result.failed).toBe(0);
      const message = sink.messages.find((m) => m.data.includes(`/tasks/${taskId}`) && m.to.includes(head.email));
      expect(message?.to).toEqual([head.email]);
      const { subject, text } = parseMessage(message!.data);
      expect(subject).toBe('[Theo dõi chỉ đạo] Nhiệm vụ mới được giao chủ trì');
      expect(text).toContain(`Kính gửi ${head.name},`);
      expect(text).toContain('Cơ quan chủ trì: Bộ Nội vụ');
      expect(text).toContain('Thời hạn: 15/12/2027');
      expect(text).toContain(`Xem chi tiết: http://localhost:3000/tasks/${taskId}`);
      // The HTML part says the same, with the link as a link.
      expect(message!.data).toMatch(/Content-Type: text\/html/i);
      const [row0] = await h.db
        .select()
        .from(emailOutbox)
        .where(like(emailOutbox.text, `%/tasks/${taskId}%`));
      expect(row0!.html).toContain(`<a href="http://localhost:3000/tasks/${taskId}">Xem chi tiết</a>`);
      expect(row0!.html).toContain('Thời hạn: 15/12/2027');
      const [row] = await h.db
        .select()
        .from(emailOutbox)
        .where(and(like(emailOutbox.text, `%/tasks/${taskId}%`), eq(emailOutbox.toAddress, head.email)));
      expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    } finally {
      await sink.close();
    }
  });

  it('records each email as sent as soon as the SMTP server took it (a server stopped mid-pass resends none of those)', async () => {
    // Whatever earlier cases left pending is kept, so this pass sends only the emails made here.
    await deliverOutbox(h.db, { env: {} as NodeJS.ProcessEnv, limit: 10_000 });
    await newTask('2027-12-20');
    await newTask('2027-12-21');
    const queued = await h.db
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(eq(emailOutbox.status, 'pending'))
      .orderBy(asc(emailOutbox.id));
    expect(queued.length).toBeGreaterThanOrEqual(2);
    // When the second email reaches the server, another connection reads the first one's row.
    let firstWhenSecondArrived: Promise<string | undefined> | undefined;
    const sink = await startSmtpSink((count) => {
      if (count === 2)
        firstWhenSecondArrived = h.db
          .select({ status: emailOutbox.status })
          .from(emailOutbox)
          .where(eq(emailOutbox.id, queued[0]!.id))
          .then((rows) => rows[0]?.status);
    });
    try {
      const result = await deliverOutbox(h.db, { env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${sink.port}` } });
      expect(result).toMatchObject({ sent: queued.length, failed: 0 });
      expect(await firstWhenSecondArrived).toBe('sent');
    } finally {
      await sink.close();
    }
  });

  it('the weekly digest reaches leaders (the overdue summary, the most overdue) and agency heads, once a week', async () => {
    const day = '2027-09-06'; // a Monday
    await runWeeklyDigest(h.db, day);
    await runWeeklyDigest(h.db, addDays(day, 2));
    const digests = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'digest'), like(notifications.dedupeKey, `digest:${day}:%`)));
    const leaders = digests.filter((n) => n.userId === leader.userId);
    expect(leaders).toHaveLength(1);
    expect(leaders[0]!.title).toMatch(/^Tổng hợp tuần 06\/09\/2027: \d+ nhiệm vụ quá hạn$/);
    const [mail] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, leaders[0]!.dedupeKey));
    expect(mail!.text).toContain('Tỷ lệ hoàn thành');
    expect(mail!.text).toContain('Quá hạn: ');
    expect(digests.filter((n) => n.userId === head.userId)).toHaveLength(1);
  });

  it('an extension granted to another date than asked says both, in either language', async () => {
    const taskId = await newTask('2027-07-31');
    const extensionId = await requestExtension(
      { actor: head, taskId, requestedDueDate: '2027-09-30', reason: 'Chờ ý kiến các bộ' },
      h.db,
    );
    await decideExtension(
      { actor: secretariat, extensionId, decision: 'accepted', note: null, grantedDueDate: '2027-08-31' },
      h.db,
    );
    const notice = (await noticesOf(taskId, 'extension_decided')).find((n) => n.userId === head.userId)!;
    expect(notice.title).toBe('Đề nghị gia hạn được chấp thuận: thời hạn mới 31/08/2027 (đề nghị 30/09/2027)');
    expect(renderNotification(notice, en.notifications.texts).title).toBe(
      'Extension granted: new deadline 31/08/2027 (requested 30/09/2027)',
    );
  });

  it('stored notices are shown in the reader’s language, the Vietnamese as stored, and old rows as they were', async () => {
    const rows = await h.db.select().from(notifications);
    const keyed = rows.filter((r) => r.params);
    const kinds = new Set(keyed.map((r) => r.kind));
    for (const kind of ['task_assigned', 'due_soon', 'overdue', 'urged', 'extension_requested', 'extension_decided'])
      expect(kinds, kind).toContain(kind);
    for (const row of keyed) {
      // Vietnamese reads exactly as stored (and as the email says).
      expect(renderNotification(row, vi.notifications.texts)).toEqual({ title: row.title, body: row.body });
      const english = renderNotification(row, en.notifications.texts);
      expect(english.title).not.toBe(row.title);
      expect(english.title).not.toMatch(/[{}]/);
    }
    const assigned = keyed.find((r) => r.kind === 'task_assigned' && r.title === 'Nhiệm vụ mới được giao chủ trì')!;
    expect(renderNotification(assigned, en.notifications.texts).title).toBe('New task for your agency to lead');
    expect(vi.notifications.texts.confidential).toBe(CONFIDENTIAL_NOTICE);
    // A row written before the keys were kept shows what it stored, in any language.
    const old = { title: 'Nhiệm vụ mới được giao chủ trì', body: '1. Nội dung', params: null };
    expect(renderNotification(old, en.notifications.texts)).toEqual({ title: old.title, body: old.body });
  });
});

const REPLY: Record<string, string> = { EHLO: '250-sink\r\n250 8BITMIME\r\n', DATA: '354 go ahead\r\n' };

/** A minimal SMTP server on 127.0.0.1 that accepts every message and keeps it. */
async function startSmtpSink(onMessage?: (count: number) => void): Promise<{
  port: number;
  messages: { from: string; to: string[]; data: string }[];
  close(): Promise<void>;
}> {
  const messages: { from: string; to: string[]; data: string }[] = [];
  const server: Server = createServer((socket) => {
    let from = '';
    let to: string[] = [];
    let data: string | null = null;
    let buffer = '';
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (data !== null) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          data += buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          messages.push({ from, to, data });
          onMessage?.(messages.length);
          data = null;
          to = [];
          socket.write('250 queued\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        const address = /<(.*)>/.exec(line)?.[1] ?? '';
        if (verb === 'MAIL') from = address;
        if (verb === 'RCPT') to.push(address);
        if (verb === 'DATA') data = '';
        if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write(REPLY[verb] ?? '250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { port, messages, close: () => new Promise((r) => server.close(() => r())) };
}

/** The subject and the plain-text part of a MIME message (RFC 2047 words; base64 or quoted-printable bodies). */
function parseMessage(raw: string): { subject: string; text: string } {
  const unfolded = raw.replace(/\r\n[ \t]+/g, ' ');
  const subjectLine = /^Subject: (.*)$/m.exec(unfolded)?.[1] ?? '';
  const subject = subjectLine
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, word: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(word, 'base64').toString('utf8') : decodeQp(word.replace(/_/g, ' ')),
    );
  const part = /Content-Type: text\/plain[^\r\n]*\r\n((?:[^\r\n]+\r\n)*)\r\n([\s\S]*?)(?:\r\n--|$)/i.exec(raw);
  const headers = part?.[1] ?? '';
  const body = part?.[2] ?? '';
  const text = /base64/i.test(headers)
    ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    : /quoted-printable/i.test(headers)
      ? decodeQp(body.replace(/=\r\n/g, ''))
      : body;
  return { subject, text };
}

function decodeQp(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}
