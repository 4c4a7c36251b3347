import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { tasks, users } from '@/db/schema';
import { ForbiddenError, type Actor } from '@/lib/policy';
import { foldVi } from '@/lib/text';
import { assignDirective } from '@/lib/tasks/assign';
import { reassignTask } from '@/lib/tasks/mutations';
import { addDays, vnDate } from '@/lib/time';
import { createTestDatabase } from '@/tests/db';
import { actorFor, agencyIdOf, makeDirective, makeSession, makeTask } from '@/tests/factories';
import { refusal } from '@/tests/i18n';
import { createAgency, endAgency, updateAgency } from './mutations';
import { getAgencyHistory, listAgencies, searchAgencies } from './queries';
import { agencyFilterSchema } from './schemas';

let h: DatabaseHandle;
let admin: Actor;
let secretariat: Actor;
let directiveId: number;

beforeAll(async () => {
  h = await createTestDatabase();
  admin = await actorFor(h.db, { role: 'admin' });
  secretariat = await actorFor(h.db, { role: 'secretariat' });
  const session = await makeSession(h.db, secretariat);
  directiveId = (await makeDirective(h.db, secretariat, session.id)).id;
}, 60_000);
afterAll(() => h.close());

const names = (rows: { name: string }[]) => rows.map((r) => r.name);
const list = (q: Record<string, string>) => listAgencies({ actor: admin, filter: agencyFilterSchema.parse(q) }, h.db);
const newAgency = async (code: string, name: string) =>
  (await createAgency({ actor: admin, values: { code, name, kind: 'provincial_department' } }, h.db)).agencyId;
const taskCount = async () => (await h.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(tasks))[0]!.n;

describe('the agency list', () => {
  it('finds agencies ignoring accents and case, every word anywhere in the name, short name or code', async () => {
    const found = names(await list({ q: 'tuyen quang' }));
    expect(found).toContain('UBND tỉnh Tuyên Quang');
    expect(found).toContain('Sở Nội vụ tỉnh Tuyên Quang');
    expect(found).not.toContain('UBND tỉnh Hà Giang');
    for (const name of found) expect(foldVi(name)).toMatch(/tuyen quang/);
    // Words in any order, typed with accents or capitals.
    expect(names(await list({ q: 'QUANG Tuyên ubnd', kind: 'province' }))).toEqual(['UBND tỉnh Tuyên Quang']);
    // Each word is found inside words too ("ha" in "Hậu"): a search narrows as more is typed.
    expect(names(await list({ q: 'ha giang', kind: 'province' }))).toEqual([
      'UBND tỉnh Hà Giang',
      'UBND tỉnh Hậu Giang',
    ]);
    // The code and the short name count too.
    expect(names(await list({ q: 'p-hagiang' }))).toEqual(['UBND tỉnh Hà Giang']);
    expect(names(await list({ q: 'bo kh&dt' }))).toEqual(['Bộ Kế hoạch và Đầu tư']);
    // A wildcard is a character, not a pattern.
    expect(await list({ q: '%' })).toEqual([]);
  });

  it('filters by kind and by active or ended, with the successor of an ended one', async () => {
    const ended = await list({ q: 'ha giang', state: 'ended' });
    expect(names(ended)).toEqual(
      expect.arrayContaining(['UBND tỉnh Hà Giang', 'Sở Nội vụ tỉnh Hà Giang', 'Văn phòng UBND tỉnh Hà Giang']),
    );
    // Hà Giang's bodies ended with the province, its TT&TT department earlier, merged into its Sở KH&CN.
    expect(ended.every((r) => r.ended)).toBe(true);
    expect(ended.filter((r) => r.validTo !== '2025-06-30').map((r) => [r.name, r.validTo, r.successorName])).toEqual([
      ['Sở Thông tin và Truyền thông tỉnh Hà Giang', '2025-02-28', 'Sở Khoa học và Công nghệ tỉnh Hà Giang'],
    ]);
    expect(ended.find((r) => r.name === 'UBND tỉnh Hà Giang')).toMatchObject({
      successorName: 'UBND tỉnh Tuyên Quang',
      kind: 'province',
    });
    expect(await list({ q: 'ha giang', state: 'active' })).toEqual([]);
    expect(names(await list({ q: 'ha giang', kind: 'province', state: 'ended' }))).toEqual([
      'UBND tỉnh Hà Giang',
      'UBND tỉnh Hậu Giang',
    ]);
    const provinces = await list({ kind: 'province', state: 'active' });
    expect(provinces).toHaveLength(34);
    expect(provinces.every((r) => r.kind === 'province' && !r.ended)).toBe(true);
    const all = await list({});
    expect(all.length).toBeGreaterThan(provinces.length + 29);
    // A value the filter does not know is dropped, not an error (the page's links).
    expect(agencyFilterSchema.parse({ kind: 'planet', state: 'gone' })).toEqual({ kind: undefined, state: undefined });
  });

  it('is the administrator’s; other systems search through searchAgencies with any reading role', async () => {
    await expect(listAgencies({ actor: secretariat }, h.db)).rejects.toBeInstanceOf(ForbiddenError);
    const tq = await actorFor(h.db, { role: 'agency', agencyCode: 'P-TUYENQUANG' });
    expect(names(await searchAgencies({ actor: tq, filter: { q: 'tuyen quang', kind: 'province' } }, h.db))).toEqual([
      'UBND tỉnh Tuyên Quang',
    ]);
  });
});

describe('an agency’s history', () => {
  it('agency 1, whose pages e2e/authz-matrix.ts visits, is the first the seed writes and has not ended', async () => {
    const history = (await getAgencyHistory({ actor: admin, agencyId: 1 }, h.db))!;
    expect(history.agency).toMatchObject({ code: 'BQP', ended: false, validTo: null });
  });

  it('shows the chain of predecessors and successors with their dates', async () => {
    const tq = await agencyIdOf(h.db, 'P-TUYENQUANG');
    const hg = await agencyIdOf(h.db, 'P-HAGIANG');
    const ofTq = (await getAgencyHistory({ actor: admin, agencyId: tq }, h.db))!;
    expect(ofTq.predecessors.map((p) => [p.name, p.validTo, p.depth])).toEqual([
      ['UBND tỉnh Hà Giang', '2025-06-30', 1],
    ]);
    expect(ofTq.successors).toEqual([]);
    expect(names(ofTq.children)).toEqual(expect.arrayContaining(['Sở Nội vụ tỉnh Tuyên Quang']));
    const ofHg = (await getAgencyHistory({ actor: admin, agencyId: hg }, h.db))!;
    expect(ofHg.agency).toMatchObject({ ended: true, validTo: '2025-06-30', successorId: tq });
    expect(names(ofHg.successors)).toEqual(['UBND tỉnh Tuyên Quang']);

    // A chain of three: A → B → C, each ended with the next as successor.
    const a = await newAgency('CHAIN-A', 'Sở Một');
    const b = await newAgency('CHAIN-B', 'Sở Hai');
    const c = await newAgency('CHAIN-C', 'Sở Ba');
    await endAgency({ actor: admin, values: { agencyId: a, validTo: '2025-03-31', successorId: b } }, h.db);
    await endAgency({ actor: admin, values: { agencyId: b, validTo: addDays(vnDate(), -1), successorId: c } }, h.db);
    const ofC = (await getAgencyHistory({ actor: admin, agencyId: c }, h.db))!;
    expect(ofC.predecessors.map((p) => [p.name, p.depth, p.successorId])).toEqual([
      ['Sở Hai', 1, c],
      ['Sở Một', 2, b],
    ]);
    const ofA = (await getAgencyHistory({ actor: admin, agencyId: a }, h.db))!;
    expect(ofA.successors.map((s) => [s.name, s.ended])).toEqual([
      ['Sở Hai', true],
      ['Sở Ba', false],
    ]);
    expect(ofA.predecessors).toEqual([]);
  });

  it('lists its users, its tasks by status with the latest first, and the audit entries about it', async () => {
    const agencyId = await newAgency('HIST-1', 'Sở Lịch sử');
    const focal = await actorFor(h.db, { role: 'agency', agencyCode: 'HIST-1', name: 'Nguyễn Văn Đầu Mối' });
    const staff = await actorFor(h.db, { role: 'agency', agencyCode: 'HIST-1', name: 'Trần Thị Chuyên Viên' });
    await h.db
      .update(users)
      .set({ agencyDuty: 'staff', position: 'Chuyên viên', isActive: false })
      .where(eq(users.id, staff.userId));
    const first = await makeTask(h.db, secretariat, directiveId, { lead: agencyId });
    const second = await makeTask(h.db, secretariat, directiveId, { lead: agencyId });
    await h.db.update(tasks).set({ status: 'in_progress' }).where(eq(tasks.id, second.id));
    await makeTask(h.db, secretariat, directiveId, { lead: 'BNV' }); // not its own
    await updateAgency(
      { actor: admin, values: { agencyId, name: 'Sở Lịch sử (đổi tên)', kind: 'provincial_department' } },
      h.db,
    );

    const history = (await getAgencyHistory({ actor: admin, agencyId }, h.db))!;
    expect(history.agency.name).toBe('Sở Lịch sử (đổi tên)');
    expect(history.users.map((u) => [u.name, u.agencyDuty, u.position, u.isActive])).toEqual([
      ['Nguyễn Văn Đầu Mối', 'focal_point', null, true],
      ['Trần Thị Chuyên Viên', 'staff', 'Chuyên viên', false],
    ]);
    expect(history.users.map((u) => u.id)).toEqual([focal.userId, staff.userId]);
    expect(history.taskCounts).toEqual({ not_started: 1, in_progress: 1 });
    expect(history.taskTotal).toBe(2);
    expect(history.tasks.map((t) => t.id)).toEqual([second.id, first.id]);
    expect(history.tasks[0]).toMatchObject({ status: 'in_progress', leadName: 'Sở Lịch sử (đổi tên)' });
    expect(history.audit.map((e) => e.action)).toEqual(['agency.update', 'agency.create']);
    expect(history.audit[0]).toMatchObject({ actorName: admin.name, after: { name: 'Sở Lịch sử (đổi tên)' } });

    expect(await getAgencyHistory({ actor: admin, agencyId: 99999999 }, h.db)).toBeNull();
    await expect(getAgencyHistory({ actor: secretariat, agencyId }, h.db)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('an ended agency cannot be given new work', () => {
  it('assignment refuses an agency past its last day, as lead or coordinator, and writes nothing', async () => {
    const gone = await newAgency('GONE-1', 'Sở Đã Giải Thể');
    await endAgency({ actor: admin, values: { agencyId: gone, validTo: addDays(vnDate(), -1) } }, h.db);
    const before = await taskCount();
    const assign = (leadAgencyIds: number[], coordinatorIds: number[] = []) =>
      assignDirective(
        {
          actor: secretariat,
          assignment: {
            directiveId,
            leadAgencyIds,
            coordinatorIds,
            deadline: { kind: 'dated', dueDate: addDays(vnDate(), 30) },
          },
        },
        h.db,
      );
    expect((await refusal(assign([gone]))).message).toBe(
      'Không giao việc mới cho cơ quan đã chấm dứt hoạt động: Sở Đã Giải Thể.',
    );
    const bnv = await agencyIdOf(h.db, 'BNV');
    expect((await refusal(assign([bnv], [gone]))).message).toBe(
      'Không giao việc mới cho cơ quan đã chấm dứt hoạt động: Sở Đã Giải Thể.',
    );
    // An id of no agency (a crafted post) is said to be none, not an ended one with no name.
    expect((await refusal(assign([bnv], [2_000_000_000]))).message).toBe('Không tìm thấy cơ quan.');
    expect(await taskCount()).toBe(before);

    // A task cannot be handed to it either.
    const open = await makeTask(h.db, secretariat, directiveId, { lead: 'BNV' });
    expect(
      (
        await refusal(
          reassignTask(
            { actor: secretariat, taskId: open.id, version: open.version, leadAgencyId: gone, reason: 'Thử' },
            h.db,
          ),
        )
      ).message,
    ).toBe('Cơ quan đã chấm dứt hoạt động.');
    expect((await h.db.select().from(tasks).where(eq(tasks.id, open.id)))[0]).toMatchObject({
      leadAgencyId: bnv,
      version: open.version,
    });
  });

  it('an agency whose last day is today still takes work; one that starts tomorrow does not yet', async () => {
    const lastDay = await newAgency('GONE-2', 'Sở Hết Hôm Nay');
    await endAgency({ actor: admin, values: { agencyId: lastDay, validTo: vnDate() } }, h.db);
    const [id] = await assignDirective(
      {
        actor: secretariat,
        assignment: { directiveId, leadAgencyIds: [lastDay], deadline: { kind: 'urgent' } },
      },
      h.db,
    );
    expect(id).toBeGreaterThan(0);
    const { agencyId: later } = await createAgency(
      {
        actor: admin,
        values: { code: 'SOON-1', name: 'Sở Sắp Lập', kind: 'other', validFrom: addDays(vnDate(), 1) },
      },
      h.db,
    );
    const before = await taskCount();
    expect(
      (
        await refusal(
          assignDirective(
            { actor: secretariat, assignment: { directiveId, leadAgencyIds: [later], deadline: { kind: 'urgent' } } },
            h.db,
          ),
        )
      ).message,
    ).toBe('Không giao việc mới cho cơ quan đã chấm dứt hoạt động: Sở Sắp Lập.');
    expect(await taskCount()).toBe(before);
  });
});
