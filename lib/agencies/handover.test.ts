import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, auditEntries, directives, taskUpdates, tasks, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { inEnglish, inVietnamese } from '@/tests/i18n';
import { handOverAgency, handOverOpenTasks, listPendingHandOvers } from './handover';

let h: DatabaseHandle;
const actors: Record<string, Actor> = {};
const agencyId: Record<string, number> = {};
let directiveId: number;

const refused = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
};
const taskRow = async (id: number) => (await h.db.select().from(tasks).where(eq(tasks.id, id)))[0]!;
const count = async (table: typeof auditEntries | typeof taskUpdates, where: ReturnType<typeof eq>) =>
  (
    await h.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(table)
      .where(where)
  )[0]!.n;

beforeAll(async () => {
  h = await createTestDatabase();
  for (const u of await h.db.select().from(users))
    actors[u.email.split('@')[0]!] = (await loadActor(h.db, u.id, u.sessionVersion))!;
  for (const a of await h.db.select().from(agencies)) agencyId[a.code] = a.id;
  const [d] = await h.db.select().from(directives).where(eq(directives.ordinal, '6'));
  directiveId = d!.id;
});
afterAll(() => h.close());

describe('agency hand-over', () => {
  it('hand-over moves open tasks only, keeps who was first assigned, and audits', async () => {
    // UBND tỉnh Hà Giang in a fresh case: an open and a completed task, handed to Tuyên Quang.
    const hg = agencyId['P-HAGIANG']!;
    const [open] = await h.db
      .insert(tasks)
      .values({ directiveId, leadAgencyId: hg, assignedAgencyId: hg, deadlineKind: 'urgent', assignedOn: '2024-02-05' })
      .returning();
    const [done] = await h.db
      .insert(tasks)
      .values({
        directiveId,
        leadAgencyId: hg,
        assignedAgencyId: hg,
        deadlineKind: 'urgent',
        assignedOn: '2024-02-05',
        status: 'completed',
        progress: 100,
        completedOn: '2024-05-01',
      })
      .returning();
    const moved = await handOverOpenTasks(h.db, {
      actor: actors.admin!,
      fromAgencyId: hg,
      toAgencyId: agencyId['P-TUYENQUANG']!,
    });
    expect(moved).toEqual([open!.id]);
    expect(await taskRow(open!.id)).toMatchObject({ leadAgencyId: agencyId['P-TUYENQUANG'], assignedAgencyId: hg });
    expect(await taskRow(done!.id)).toMatchObject({ leadAgencyId: hg });
    expect(await count(taskUpdates, and(eq(taskUpdates.taskId, open!.id), eq(taskUpdates.kind, 'handed_over'))!)).toBe(
      1,
    );
    expect(await count(auditEntries, eq(auditEntries.action, 'task.hand_over'))).toBeGreaterThan(0);
  });

  it('a task whose successor already leads its directive is closed into that one, not handed over twice (attacker pass 25)', async () => {
    const hg = agencyId['P-HAGIANG']!;
    const tq = agencyId['P-TUYENQUANG']!;
    const [d] = await h.db.select().from(directives).where(eq(directives.ordinal, '7'));
    const insert = async (lead: number) =>
      (
        await h.db
          .insert(tasks)
          .values({
            directiveId: d!.id,
            leadAgencyId: lead,
            assignedAgencyId: lead,
            deadlineKind: 'urgent',
            assignedOn: '2024-02-05',
          })
          .returning()
      )[0]!;
    // Both provinces were given the directive; Hà Giang twice over (two of its tasks of one directive).
    const liveOfTq = () =>
      h.db
        .select({ id: tasks.id })
        .from(tasks)
        .where(
          and(
            eq(tasks.directiveId, d!.id),
            eq(tasks.leadAgencyId, tq),
            sql`${tasks.status} not in ('cancelled', 'carried_over')`,
          ),
        )
        .orderBy(tasks.id);
    const tqOwn = (await liveOfTq())[0] ?? (await insert(tq));
    const mergesBefore = await count(auditEntries, eq(auditEntries.action, 'task.hand_over_merge'));
    const hgFirst = await insert(hg);
    const hgSecond = await insert(hg);
    const moved = await handOverOpenTasks(h.db, { actor: actors.admin!, fromAgencyId: hg, toAgencyId: tq });
    expect(moved).not.toContain(hgFirst.id);
    expect(moved).not.toContain(hgSecond.id);
    for (const id of [hgFirst.id, hgSecond.id])
      expect(await taskRow(id)).toMatchObject({
        status: 'cancelled',
        leadAgencyId: hg,
        cancelReason: `Cơ quan kế thừa đã chủ trì nhiệm vụ #${tqOwn.id} của cùng nội dung chỉ đạo; nhiệm vụ được gộp vào đó.`,
      });
    expect((await liveOfTq()).map((t) => t.id)).toEqual([tqOwn.id]);
    expect(await count(auditEntries, eq(auditEntries.action, 'task.hand_over_merge'))).toBe(mergesBefore + 1);
  });

  it('the administrator hands an ended agency’s open work to its successor in one step', async () => {
    const ended = agencyId.BTTTT!;
    const [open] = await h.db
      .insert(tasks)
      .values({
        directiveId,
        leadAgencyId: ended,
        assignedAgencyId: ended,
        deadlineKind: 'urgent',
        assignedOn: '2025-01-10',
      })
      .returning();
    const pending = await listPendingHandOvers({ actor: actors.admin! }, h.db);
    expect(pending.find((p) => p.id === ended)).toMatchObject({
      openTasks: 1,
      successorName: 'Bộ Khoa học và Công nghệ',
    });
    await expect(handOverAgency({ actor: actors.thuky!, agencyId: ended }, h.db)).rejects.toThrow();
    const active = await refused(handOverAgency({ actor: actors.admin!, agencyId: agencyId.BNV! }, h.db)); // still active
    expect(inVietnamese(active.message)).toBe(
      'Chỉ bàn giao nhiệm vụ của cơ quan đã chấm dứt hoạt động và có cơ quan kế thừa.',
    );
    expect(inEnglish(active.message)).toBe(
      'Only the tasks of an agency that has ended and has a successor can be handed over.',
    );
    expect((await handOverAgency({ actor: actors.admin!, agencyId: ended }, h.db)).taskIds).toEqual([open!.id]);
    expect(await taskRow(open!.id)).toMatchObject({ leadAgencyId: agencyId.BKHCN, assignedAgencyId: ended });
    expect((await listPendingHandOvers({ actor: actors.admin! }, h.db)).filter((p) => p.id === ended)).toEqual([]);
  });
});
