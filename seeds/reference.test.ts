import { queryRows } from '@/lib/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, committees, reformAreas, sessions, tasks } from '@/db/schema';
import { existsOnSql } from '@/lib/agencies/policy';
import { createTestDatabase } from '@/tests/db';
import { seedReference } from './index';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h.close());

const validOn = existsOnSql;

async function count(kinds: ('province' | 'ministry' | 'ministry_level')[], day: string) {
  const [row] = await h.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(agencies)
    .where(and(sql`${agencies.kind} in ${kinds}`, validOn(day)));
  return row!.n;
}

describe('reference data', () => {
  it('has 63 provinces before 1/7/2025 and 34 after', async () => {
    expect(await count(['province'], '2024-02-02')).toBe(63);
    expect(await count(['province'], '2025-07-02')).toBe(34);
  });

  it('has 18 ministries and 4 ministry-level agencies before 1/3/2025, 14 and 3 after', async () => {
    expect(await count(['ministry'], '2025-02-28')).toBe(18);
    expect(await count(['ministry_level'], '2025-02-28')).toBe(4);
    expect(await count(['ministry'], '2025-03-01')).toBe(14);
    expect(await count(['ministry_level'], '2025-03-01')).toBe(3);
  });

  it("has the Government's agencies, and does not add one the administrator already added by hand", async () => {
    const government = (day: string) =>
      h.db
        .select({ code: agencies.code })
        .from(agencies)
        .where(and(eq(agencies.kind, 'government_agency'), validOn(day)));
    expect((await government('2025-02-28')).map((r) => r.code).sort()).toEqual(
      ['BHXH', 'TTXVN', 'UBQLV', 'VHLKHCN', 'VHLKHXH', 'VOV', 'VTV'].sort(),
    );
    expect(await government('2025-03-01')).toHaveLength(6);
    await h.db.delete(agencies).where(eq(agencies.code, 'VTV'));
    await h.db.insert(agencies).values({ code: 'TU-THEM-1', name: 'Đài truyền hình Việt Nam', kind: 'other' });
    await seedReference(h.db);
    const named = await h.db
      .select({ code: agencies.code })
      .from(agencies)
      .where(sql`lower(${agencies.name}) = lower('Đài Truyền hình Việt Nam')`);
    expect(named).toEqual([{ code: 'TU-THEM-1' }]);
    // Running it again still changes nothing, and a reference body nobody added by hand is still there.
    await seedReference(h.db);
    expect((await government('2025-03-01')).map((r) => r.code)).not.toContain('VTV');
    expect((await government('2025-03-01')).map((r) => r.code)).toContain('VOV');
  });

  it('links the merged bodies to their successors', async () => {
    const rows = await h.db.select().from(agencies);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const successorOf = (code: string) => rows.find((r) => r.id === byCode.get(code)!.successorId)?.code;
    expect(successorOf('P-HAGIANG')).toBe('P-TUYENQUANG');
    expect(successorOf('BKHDT')).toBe('BTC');
    expect(successorOf('BGTVT')).toBe('BXD');
    expect(successorOf('BTNMT')).toBe('BNNMT');
    expect(successorOf('BNNPTNT')).toBe('BNNMT');
    expect(successorOf('BTTTT')).toBe('BKHCN');
    expect(successorOf('BLDTBXH')).toBe('BNV');
    expect(byCode.get('BNNMT')!.name).toBe('Bộ Nông nghiệp và Môi trường');
  });

  it('has the six reform areas and the committee with Bộ Nội vụ as standing agency', async () => {
    const areas = await h.db.select().from(reformAreas).orderBy(reformAreas.position);
    expect(areas.map((a) => a.name)).toEqual([
      'Cải cách thể chế',
      'Cải cách thủ tục hành chính',
      'Cải cách tổ chức bộ máy hành chính nhà nước',
      'Cải cách chế độ công vụ',
      'Cải cách tài chính công',
      'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
    ]);
    const [c] = await h.db
      .select({ name: committees.name, standing: agencies.name })
      .from(committees)
      .innerJoin(agencies, eq(agencies.id, committees.standingAgencyId))
      .where(eq(committees.code, 'BCD-CCHH'));
    expect(c).toEqual({ name: 'Ban Chỉ đạo cải cách hành chính của Chính phủ', standing: 'Bộ Nội vụ' });
  });

  it('hands the open work of merged agencies to their successors and keeps completed work where it was', async () => {
    const rows = await h.db
      .select({ status: tasks.status, lead: agencies.code })
      .from(tasks)
      .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
      .innerJoin(sql`agencies assigned`, sql`assigned.id = ${tasks.assignedAgencyId} and assigned.code = 'P-HAGIANG'`);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    // Completed work stays; open work goes on under Tuyên Quang, or is closed into Tuyên Quang's own task of the same
    // directive (both provinces were given it) and stays under Hà Giang, cancelled.
    for (const r of rows)
      expect(r.lead).toBe(r.status === 'completed' || r.status === 'cancelled' ? 'P-HAGIANG' : 'P-TUYENQUANG');
    // No agency leads two live tasks of one directive after the mergers (each would be counted twice).
    const doubled = await queryRows(
      h.db,
      sql`select directive_id, lead_agency_id from tasks where status not in ('cancelled', 'carried_over')
          group by directive_id, lead_agency_id having count(*) > 1`,
    );
    expect(doubled).toEqual([]);
    const [session] = await h.db.select().from(sessions).where(eq(sessions.number, 7));
    expect(session!.startsAt.toISOString()).toBe('2024-02-02T01:00:00.000Z');
  });
});
