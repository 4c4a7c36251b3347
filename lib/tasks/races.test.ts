import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '@/db/client';
import { auditEntries, directives, taskUpdates, tasks } from '@/db/schema';
import { AppError, STALE_MESSAGE } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { actorFor, agencyIdOf, makeDirective, makeSession, makeTask } from '@/tests/factories';
import { inEnglish } from '@/tests/i18n';
import { continueDirective } from '@/lib/directives/continue';
import { deleteDirective } from '@/lib/directives/mutations';
import { assignDirective } from './assign';
import { changeDeadlines } from './deadlines';
import { updateTaskProgress } from './progress';

let h: DatabaseHandle & { url?: string };
let pool: DatabaseHandle;
let head: Actor;
let taskId: number;

beforeAll(async () => {
  h = await createTestDatabase();
  // Many connections, so the writers really run at once (PGlite has one: they queue, which must give the same answer).
  pool = h.url ? await openPostgres(h.url, { max: 40 }) : h;
  head = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
  const secretariat = await actorFor(h.db, { role: 'secretariat' });
  const session = await makeSession(h.db, secretariat);
  const directive = await makeDirective(h.db, secretariat, session.id);
  taskId = (
    await makeTask(h.db, secretariat, directive.id, { lead: 'BNV', deadline: { kind: 'dated', dueDate: '2027-12-31' } })
  ).id;
});
afterAll(async () => {
  if (pool !== h) await pool.close();
  await h.close();
});

const count = async (table: typeof auditEntries | typeof taskUpdates, where: ReturnType<typeof and>) =>
  Number(
    (
      await h.db
        .select({ n: sql<number>`count(*)` })
        .from(table)
        .where(where)
    )[0]!.n,
  );
const audits = () =>
  count(auditEntries, and(eq(auditEntries.action, 'task.update'), eq(auditEntries.entityId, String(taskId))));
const reports = () => count(taskUpdates, and(eq(taskUpdates.taskId, taskId), eq(taskUpdates.kind, 'progress')));

/** `n` writers save the task at the version they all read; returns the index of each winner. */
async function race(n: number): Promise<{ winners: number[]; version: number }> {
  const [before] = await h.db.select().from(tasks).where(eq(tasks.id, taskId));
  const results = await Promise.allSettled(
    Array.from({ length: n }, (_, i) =>
      updateTaskProgress(
        {
          actor: head,
          values: {
            taskId,
            version: before!.version,
            status: 'in_progress',
            progress: i % 100,
            result: `Người ghi số ${i}`,
            note: null,
            completedOn: null,
            completionDocument: null,
          },
        },
        pool.db,
      ),
    ),
  );
  const winners = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
  for (const r of results) {
    if (r.status === 'rejected') {
      expect(r.reason).toBeInstanceOf(AppError);
      expect((r.reason as AppError).message).toBe(STALE_MESSAGE);
    }
  }
  return { winners, version: before!.version };
}

describe('two people saving the same task at once', () => {
  it('200 concurrent saves of one version: one wins, the other 199 are told, nothing is lost, one audit row', async () => {
    const { winners, version } = await race(200);
    expect(winners).toHaveLength(1);
    const [after] = await h.db.select().from(tasks).where(eq(tasks.id, taskId));
    expect(after!.version).toBe(version + 1);
    expect(after!.result).toBe(`Người ghi số ${winners[0]}`);
    expect(after!.progress).toBe(winners[0]! % 100);
    expect(await audits()).toBe(1);
    expect(await reports()).toBe(1);
  }, 60_000);

  it('round after round, each version has exactly one winner, and audit rows equal successful writes', async () => {
    let wins = 1;
    for (let round = 0; round < 5; round++) {
      const { winners } = await race(40);
      expect(winners, `round ${round}`).toHaveLength(1);
      wins += winners.length;
    }
    const [after] = await h.db.select().from(tasks).where(eq(tasks.id, taskId));
    expect(after!.version).toBe(1 + wins);
    expect(await audits()).toBe(wins);
    expect(await reports()).toBe(wins);
  }, 60_000);
});

describe('the same assignment sent many times at once (a double click, two officers; attacker pass F1)', () => {
  it('gives the agency one task of the directive; the others are told it is assigned already', async () => {
    const secretariat = await actorFor(h.db, { role: 'secretariat' });
    const session = await makeSession(h.db, secretariat);
    const directive = await makeDirective(h.db, secretariat, session.id);
    const tq = await agencyIdOf(h.db, 'P-TUYENQUANG');
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        assignDirective(
          {
            actor: secretariat,
            assignment: { directiveId: directive.id, leadAgencyIds: [tq], deadline: { kind: 'urgent' } },
          },
          pool.db,
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected'))
      expect(inEnglish(((r as PromiseRejectedResult).reason as AppError).message)).toMatch(
        /^This directive is already assigned to UBND tỉnh Tuyên Quang/,
      );
    const live = await h.db.select().from(tasks).where(eq(tasks.directiveId, directive.id));
    expect(live).toHaveLength(1);
    // Cancelled, the directive may be given to the agency again.
    await h.db
      .update(tasks)
      .set({ status: 'cancelled', cancelReason: 'Giao nhầm hạn.' })
      .where(eq(tasks.id, live[0]!.id));
    await assignDirective(
      {
        actor: secretariat,
        assignment: { directiveId: directive.id, leadAgencyIds: [tq], deadline: { kind: 'urgent' } },
      },
      h.db,
    );
    expect(await h.db.select().from(tasks).where(eq(tasks.directiveId, directive.id))).toHaveLength(2);
  }, 60_000);
});

describe('new deadlines for the same tasks named in two orders at once (attacker pass 29)', () => {
  it('locks the tasks in the order of their ids, whatever order they were posted in', async () => {
    // Each task was locked as posted: [a, b] and [b, a] at once deadlocked, and PostgreSQL ended one with an error.
    if (pool === h) return; // one connection (PGlite): nothing runs at once
    const secretariat = await actorFor(h.db, { role: 'secretariat' });
    const session = await makeSession(h.db, secretariat);
    const directive = await makeDirective(h.db, secretariat, session.id);
    const make = async (lead: string) =>
      (await makeTask(h.db, secretariat, directive.id, { lead, deadline: { kind: 'dated', dueDate: '2027-12-31' } }))
        .id;
    const [a, b] = [await make('BNV'), await make('BTP')].sort((x, y) => x - y) as [number, number];
    let pending: Promise<unknown> = Promise.resolve();
    // Another write holds the first task.
    await pool.db.transaction(async (tx) => {
      await tx.execute(sql`select id from tasks where id = ${a} for update`);
      pending = changeDeadlines(
        { actor: secretariat, taskIds: [b, a], dueDate: '2028-06-30', reason: 'Theo chỉ đạo mới' },
        pool.db,
      );
      await new Promise((r) => setTimeout(r, 300));
      // The second is free: the change waits for the first before it takes the second.
      await expect(tx.execute(sql`select id from tasks where id = ${b} for update nowait`)).resolves.toBeDefined();
    });
    expect(await pending).toBe(2);
  }, 30_000);
});

describe('a directive deleted while another officer continues it at a later session (attacker pass 37)', () => {
  it('waits for the continuation and refuses plainly, instead of failing on the foreign key', async () => {
    // The delete locked the earlier session, which continuing does not: it found no continuation, then its DELETE
    // waited for the continuing transaction and failed on the new directive's reference (the generic error).
    if (pool === h) return; // one connection (PGlite): nothing runs at once
    const secretariat = await actorFor(h.db, { role: 'secretariat' });
    const earlier = await makeSession(h.db, secretariat, { date: '2025-03-01', status: 'held' });
    const later = await makeSession(h.db, secretariat, { date: '2026-12-20', status: 'planned' });
    const directive = await makeDirective(h.db, secretariat, earlier.id);
    let deleting: Promise<unknown> = Promise.resolve();
    await pool.db.transaction(async (tx) => {
      await continueDirective(
        { actor: secretariat, sessionId: later.id, earlierDirectiveId: directive.id, carryTasks: false },
        tx,
      );
      deleting = deleteDirective({ actor: secretariat, directiveId: directive.id }, pool.db).then(
        () => null,
        (e: unknown) => e,
      );
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(await deleting).toMatchObject({ code: 'INVALID', message: 'errors.directives.continued' });
    expect(await h.db.select().from(directives).where(eq(directives.id, directive.id))).toHaveLength(1);
  }, 30_000);
});
