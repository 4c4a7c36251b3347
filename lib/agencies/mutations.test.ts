import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, auditEntries } from '@/db/schema';
import { ForbiddenError, type Actor } from '@/lib/policy';
import { addDays, vnDate } from '@/lib/time';
import { createTestDatabase } from '@/tests/db';
import { actorFor, agencyIdOf } from '@/tests/factories';
import { refusal } from '@/tests/i18n';
import { createAgency, endAgency, updateAgency } from './mutations';

let h: DatabaseHandle;
let admin: Actor;
let secretariat: Actor;

beforeAll(async () => {
  h = await createTestDatabase();
  admin = await actorFor(h.db, { role: 'admin' });
  secretariat = await actorFor(h.db, { role: 'secretariat' });
}, 60_000);
afterAll(() => h.close());

const row = async (id: number) => (await h.db.select().from(agencies).where(eq(agencies.id, id)))[0]!;
const auditOf = (id: number, action: string) =>
  h.db
    .select()
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.entityType, 'agency'),
        eq(auditEntries.entityId, String(id)),
        eq(auditEntries.action, action),
      ),
    );
const agencyCount = async () => (await h.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(agencies))[0]!.n;

describe('createAgency', () => {
  it('creates an agency with its code upper-cased, the day read as dd/MM/yyyy, audited agency.create', async () => {
    const parentId = await agencyIdOf(h.db, 'P-TUYENQUANG');
    const { agencyId, name } = await createAgency(
      {
        actor: admin,
        values: {
          code: ' s-nv-tq ',
          name: 'Sở Nội vụ tỉnh Tuyên Quang (kiểm thử)',
          shortName: 'Sở NV',
          kind: 'provincial_department',
          parentId: String(parentId),
          validFrom: '01/07/2025',
        },
      },
      h.db,
    );
    expect(name).toBe('Sở Nội vụ tỉnh Tuyên Quang (kiểm thử)');
    expect(await row(agencyId)).toMatchObject({
      code: 'S-NV-TQ',
      shortName: 'Sở NV',
      kind: 'provincial_department',
      parentId,
      validFrom: '2025-07-01',
      validTo: null,
      successorId: null,
      isCentral: false,
    });
    const [audit] = await auditOf(agencyId, 'agency.create');
    expect(audit).toMatchObject({ actorUserId: admin.userId, before: null });
    expect(audit!.after).toMatchObject({ code: 'S-NV-TQ', parentId, validFrom: '2025-07-01' });
  });

  it('marks ministries central, as the seeds do', async () => {
    const { agencyId } = await createAgency(
      { actor: admin, values: { code: 'BMOI-KT', name: 'Bộ Kiểm thử', kind: 'ministry' } },
      h.db,
    );
    expect(await row(agencyId)).toMatchObject({ isCentral: true, shortName: null, parentId: null, validFrom: null });
  });

  it('refuses a duplicate code (whatever its case), naming the agency that holds it; nothing written', async () => {
    const before = await agencyCount();
    expect(
      await refusal(
        createAgency({ actor: admin, values: { code: 'bnv', name: 'Bộ trùng mã', kind: 'ministry' } }, h.db),
      ),
    ).toMatchObject({ message: 'Mã BNV đã được dùng cho Bộ Nội vụ. Hãy chọn mã khác.' });
    expect(await agencyCount()).toBe(before);
  });

  it('refuses a second agency in operation of the same name (accents, case, "UBND" aside); nothing written', async () => {
    const before = await agencyCount();
    const tq = String(await agencyIdOf(h.db, 'P-TUYENQUANG'));
    const same = async (name: string, parentId?: string) =>
      refusal(
        createAgency(
          { actor: admin, values: { code: `DUP-${before}`, name, kind: 'provincial_department', parentId } },
          h.db,
        ),
      );
    expect((await same('Sở Nội vụ tỉnh Tuyên Quang', tq)).message).toBe(
      'Đã có cơ quan “Sở Nội vụ tỉnh Tuyên Quang” (mã TQ-SNV) đang hoạt động. Hãy dùng cơ quan đó, hoặc đặt tên khác.',
    );
    expect((await same('Văn phòng Ủy ban nhân dân  tỉnh Tuyên Quang')).message).toMatch(/mã TQ-VPUBND/);
    expect((await same('SỞ TƯ PHÁP TỈNH TUYÊN QUANG', tq)).message).toMatch(/mã TQ-STP/);
    expect(await agencyCount()).toBe(before);
    // One that begins after the body of that name ended (Hà Giang's, merged on 30/06/2025) is another body.
    const { agencyId } = await createAgency(
      {
        actor: admin,
        values: {
          code: 'SNV-KHAC',
          name: 'Sở Nội vụ tỉnh Hà Giang',
          kind: 'provincial_department',
          parentId: tq,
          validFrom: '01/07/2025',
        },
      },
      h.db,
    );
    expect(agencyId).toBeGreaterThan(0);
    // Renaming an agency into another's name is refused too.
    const renamed = await refusal(
      updateAgency(
        {
          actor: admin,
          values: {
            agencyId: String(agencyId),
            name: 'Sở Nội vụ tỉnh Tuyên Quang',
            kind: 'provincial_department',
            parentId: tq,
          },
        },
        h.db,
      ),
    );
    expect(renamed.message).toMatch(/mã TQ-SNV/);
  });

  it('makes one agency of six created at one moment under one name, spelt six ways (attacker pass 20)', async () => {
    const before = await agencyCount();
    const spellings = ['Sở Tư pháp tỉnh Cao Bằng', 'SỞ TƯ PHÁP TỈNH CAO BẰNG', 'Sở Tư Pháp tỉnh Cao Bằng'];
    // Every connection of the pool open first, so that the creates overlap (on PostgreSQL; PGlite has one).
    await Promise.all(Array.from({ length: 5 }, () => h.db.execute(sql`select pg_sleep(0.05)`)));
    const results = await Promise.allSettled(
      [...spellings, ...spellings].map((name, i) =>
        createAgency({ actor: admin, values: { code: `RACE-${i}`, name, kind: 'provincial_department' } }, h.db),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect(String((r as PromiseRejectedResult).reason.message)).toMatch(/^errors.agencies.nameTaken/);
    expect(await agencyCount()).toBe(before + 1);
  });

  it('refuses a missing or malformed code, a missing name, a parent that does not exist', async () => {
    const before = await agencyCount();
    expect(
      (await refusal(createAgency({ actor: admin, values: { code: '', name: 'X', kind: 'other' } }, h.db))).message,
    ).toBe('Vui lòng nhập mã cơ quan.');
    expect(
      (await refusal(createAgency({ actor: admin, values: { code: 'SỞ NV', name: 'X', kind: 'other' } }, h.db)))
        .message,
    ).toMatch(/^Mã cơ quan chỉ gồm chữ cái không dấu/);
    expect(
      (await refusal(createAgency({ actor: admin, values: { code: 'X1', name: ' ', kind: 'other' } }, h.db))).message,
    ).toBe('Vui lòng nhập tên cơ quan.');
    expect(
      await refusal(
        createAgency({ actor: admin, values: { code: 'X2', name: 'X', kind: 'other', parentId: 99999999 } }, h.db),
      ),
    ).toEqual({
      message: 'Không tìm thấy cơ quan cấp trên đã chọn.',
      fieldErrors: { parentId: 'Không tìm thấy cơ quan cấp trên đã chọn.' },
    });
    expect(await agencyCount()).toBe(before);
  });

  it('is the administrator’s alone', async () => {
    await expect(
      createAgency({ actor: secretariat, values: { code: 'X3', name: 'X', kind: 'other' } }, h.db),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await h.db.select().from(agencies).where(eq(agencies.code, 'X3'))).toEqual([]);
  });
});

describe('updateAgency', () => {
  it('writes the changed fields, keeps the code, and audits them before and after', async () => {
    const { agencyId } = await createAgency(
      { actor: admin, values: { code: 'UPD-1', name: 'Cơ quan sửa', kind: 'other' } },
      h.db,
    );
    const parentId = await agencyIdOf(h.db, 'BNV');
    await updateAgency(
      {
        actor: admin,
        values: {
          agencyId,
          name: 'Cục Kiểm thử',
          shortName: 'Cục KT',
          kind: 'government_agency',
          parentId,
          validFrom: '15/03/2025',
        },
      },
      h.db,
    );
    expect(await row(agencyId)).toMatchObject({
      code: 'UPD-1',
      name: 'Cục Kiểm thử',
      shortName: 'Cục KT',
      kind: 'government_agency',
      parentId,
      validFrom: '2025-03-15',
      isCentral: true,
    });
    const [audit] = await auditOf(agencyId, 'agency.update');
    expect(audit!.before).toEqual({
      name: 'Cơ quan sửa',
      shortName: null,
      kind: 'other',
      parentId: null,
      validFrom: null,
      isCentral: false,
    });
    expect(audit!.after).toEqual({
      name: 'Cục Kiểm thử',
      shortName: 'Cục KT',
      kind: 'government_agency',
      parentId,
      validFrom: '2025-03-15',
      isCentral: true,
    });
    // The same values again change nothing and write no audit row.
    await updateAgency(
      {
        actor: admin,
        values: {
          agencyId,
          name: 'Cục Kiểm thử',
          shortName: 'Cục KT',
          kind: 'government_agency',
          parentId,
          validFrom: '2025-03-15',
        },
      },
      h.db,
    );
    expect(await auditOf(agencyId, 'agency.update')).toHaveLength(1);
  });

  it('refuses a parent that would make a cycle (itself, or an agency under it); nothing changes', async () => {
    const top = (
      await createAgency({ actor: admin, values: { code: 'CYC-A', name: 'Cơ quan A', kind: 'other' } }, h.db)
    ).agencyId;
    const mid = (
      await createAgency(
        { actor: admin, values: { code: 'CYC-B', name: 'Cơ quan B', kind: 'other', parentId: top } },
        h.db,
      )
    ).agencyId;
    const low = (
      await createAgency(
        { actor: admin, values: { code: 'CYC-C', name: 'Cơ quan C', kind: 'other', parentId: mid } },
        h.db,
      )
    ).agencyId;
    expect(
      await refusal(
        updateAgency(
          { actor: admin, values: { agencyId: top, name: 'Cơ quan A', kind: 'other', parentId: low } },
          h.db,
        ),
      ),
    ).toEqual({
      message: 'Không thể chọn Cơ quan C làm cơ quan cấp trên: Cơ quan C là chính cơ quan này hoặc trực thuộc nó.',
      fieldErrors: {
        parentId: 'Không thể chọn Cơ quan C làm cơ quan cấp trên: Cơ quan C là chính cơ quan này hoặc trực thuộc nó.',
      },
    });
    expect(
      (
        await refusal(
          updateAgency(
            { actor: admin, values: { agencyId: top, name: 'Cơ quan A', kind: 'other', parentId: top } },
            h.db,
          ),
        )
      ).message,
    ).toMatch(/^Không thể chọn Cơ quan A làm cơ quan cấp trên/);
    expect((await row(top)).parentId).toBeNull();
    expect(await auditOf(top, 'agency.update')).toEqual([]);
    // Moving the lowest one under the top one is fine (no cycle).
    await updateAgency(
      { actor: admin, values: { agencyId: low, name: 'Cơ quan C', kind: 'other', parentId: top } },
      h.db,
    );
    expect((await row(low)).parentId).toBe(top);
  });

  it('refuses a first day after the agency’s last day', async () => {
    const bkhdt = await agencyIdOf(h.db, 'BKHDT'); // ended 28/02/2025
    const before = await row(bkhdt);
    expect(
      await refusal(
        updateAgency(
          { actor: admin, values: { agencyId: bkhdt, name: before.name, kind: 'ministry', validFrom: '01/03/2025' } },
          h.db,
        ),
      ),
    ).toEqual({
      message: 'Ngày bắt đầu hoạt động (01/03/2025) không thể sau ngày cuối cùng hoạt động (28/02/2025).',
      fieldErrors: {
        validFrom: 'Ngày bắt đầu hoạt động (01/03/2025) không thể sau ngày cuối cùng hoạt động (28/02/2025).',
      },
    });
    expect(await row(bkhdt)).toEqual(before);
  });

  it('answers not found for an unknown agency, and refuses other roles', async () => {
    expect(
      (await refusal(updateAgency({ actor: admin, values: { agencyId: 99999999, name: 'X', kind: 'other' } }, h.db)))
        .message,
    ).toBe('Không tìm thấy cơ quan.');
    const bnv = await agencyIdOf(h.db, 'BNV');
    await expect(
      updateAgency({ actor: secretariat, values: { agencyId: bnv, name: 'Đổi tên', kind: 'ministry' } }, h.db),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await row(bnv)).name).toBe('Bộ Nội vụ');
  });
});

describe('endAgency', () => {
  it('records the last day and the successor, audited agency.end; the hand-over then finds it', async () => {
    const old = (await createAgency({ actor: admin, values: { code: 'END-OLD', name: 'Sở cũ', kind: 'other' } }, h.db))
      .agencyId;
    const heir = (
      await createAgency({ actor: admin, values: { code: 'END-NEW', name: 'Sở mới', kind: 'other' } }, h.db)
    ).agencyId;
    const yesterday = addDays(vnDate(), -1);
    await endAgency({ actor: admin, values: { agencyId: old, validTo: yesterday, successorId: heir } }, h.db);
    expect(await row(old)).toMatchObject({ validTo: yesterday, successorId: heir });
    const [audit] = await auditOf(old, 'agency.end');
    expect(audit!.before).toEqual({ validTo: null, successorId: null });
    expect(audit!.after).toEqual({ validTo: yesterday, successorId: heir });
    // Already ended: its end is not rewritten here.
    expect(
      (
        await refusal(
          endAgency({ actor: admin, values: { agencyId: old, validTo: vnDate(), successorId: heir } }, h.db),
        )
      ).message,
    ).toMatch(/^Cơ quan đã chấm dứt hoạt động từ sau ngày/);
  });

  it('ends two agencies at one moment as each other’s successor: one is ended, the other refused, no cycle (attacker pass 20)', async () => {
    const make = async (code: string) =>
      (await createAgency({ actor: admin, values: { code, name: `Cơ quan ${code}`, kind: 'other' } }, h.db)).agencyId;
    const [a, b] = [await make('MUTUAL-A'), await make('MUTUAL-B')];
    const future = addDays(vnDate(), 30);
    await Promise.all(Array.from({ length: 4 }, () => h.db.execute(sql`select pg_sleep(0.05)`))); // the pool open
    const results = await Promise.allSettled([
      endAgency({ actor: admin, values: { agencyId: a, validTo: future, successorId: b } }, h.db),
      endAgency({ actor: admin, values: { agencyId: b, validTo: future, successorId: a } }, h.db),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.fieldErrors?.successorId).toMatch(/^errors.agencies.successorCycle/);
    const heirs = [(await row(a)).successorId, (await row(b)).successorId];
    expect(heirs.filter((x) => x !== null)).toHaveLength(1);
  });

  it('refuses a successor that is itself or leads back to it, one ended before, and an end before the start', async () => {
    const a = (
      await createAgency({ actor: admin, values: { code: 'END-A', name: 'Cơ quan đầu', kind: 'other' } }, h.db)
    ).agencyId;
    const b = (
      await createAgency(
        { actor: admin, values: { code: 'END-B', name: 'Cơ quan sau', kind: 'other', validFrom: '01/01/2020' } },
        h.db,
      )
    ).agencyId;
    const future = addDays(vnDate(), 30);
    // a will end in a month and pass to b: b's successor cannot then be a.
    await endAgency({ actor: admin, values: { agencyId: a, validTo: future, successorId: b } }, h.db);
    const cycle = await refusal(
      endAgency({ actor: admin, values: { agencyId: b, validTo: future, successorId: a } }, h.db),
    );
    expect(cycle.fieldErrors).toEqual({
      successorId:
        'Không thể chọn Cơ quan đầu làm cơ quan kế thừa: nó là chính cơ quan này hoặc đã được cơ quan này kế thừa.',
    });
    expect(
      (await refusal(endAgency({ actor: admin, values: { agencyId: b, validTo: future, successorId: b } }, h.db)))
        .fieldErrors,
    ).toHaveProperty('successorId');
    const bkhdt = await agencyIdOf(h.db, 'BKHDT');
    expect(
      (await refusal(endAgency({ actor: admin, values: { agencyId: b, validTo: future, successorId: bkhdt } }, h.db)))
        .message,
    ).toMatch(/^Bộ Kế hoạch và Đầu tư đã chấm dứt hoạt động trước ngày/);
    expect(
      (await refusal(endAgency({ actor: admin, values: { agencyId: b, validTo: '31/12/2019' } }, h.db))).message,
    ).toBe('Ngày cuối cùng hoạt động (31/12/2019) không thể trước ngày bắt đầu hoạt động (01/01/2020).');
    expect(await row(b)).toMatchObject({ validTo: null, successorId: null });
    await expect(
      endAgency({ actor: secretariat, values: { agencyId: b, validTo: future } }, h.db),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
