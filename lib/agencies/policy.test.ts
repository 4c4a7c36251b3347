import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, committeeMembers, committees } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { addDays, vnDate } from '@/lib/time';
import { createTestDatabase } from '@/tests/db';
import {
  activeAgencyIds,
  committeeProvince,
  existsOn,
  existsOnSql,
  finalSuccessor,
  finalSuccessors,
  provincesOf,
  resolveGroup,
} from './policy';

let h: DatabaseHandle;
const agencyId: Record<string, number> = {};
let all: (typeof agencies.$inferSelect)[];

beforeAll(async () => {
  h = await createTestDatabase();
  all = await h.db.select().from(agencies);
  for (const a of all) agencyId[a.code] = a.id;
});
afterAll(() => h.close());

describe('existsOn', () => {
  it('counts both bounds as days the agency exists, and an open bound as no limit', () => {
    const hg = { validFrom: '2008-01-01', validTo: '2025-06-30' };
    expect(existsOn(hg, '2008-01-01')).toBe(true);
    expect(existsOn(hg, '2025-06-30')).toBe(true);
    expect(existsOn(hg, '2007-12-31')).toBe(false);
    expect(existsOn(hg, '2025-07-01')).toBe(false);
    expect(existsOn({ validFrom: null, validTo: null }, '1900-01-01')).toBe(true);
    expect(existsOn({ validFrom: '2025-07-01', validTo: null }, '2025-06-30')).toBe(false);
    expect(existsOn({ validFrom: null, validTo: '2025-06-30' }, '2025-07-01')).toBe(false);
  });

  it('its SQL twin selects exactly the agencies the function accepts, on either side of the 1/7/2025 merger', async () => {
    for (const day of ['2024-02-02', '2025-06-30', '2025-07-01', vnDate()]) {
      const rows = await h.db.select({ id: agencies.id }).from(agencies).where(existsOnSql(day));
      const expected = all.filter((a) => existsOn(a, day)).map((a) => a.id);
      expect(rows.map((r) => r.id).sort((x, y) => x - y)).toEqual(expected.sort((x, y) => x - y));
      expect(expected.length).toBeGreaterThan(0);
    }
  });
});

describe('activeAgencyIds', () => {
  it('keeps only the agencies that exist on the day: new work never goes to a merged-away body', async () => {
    const hg = agencyId['P-HAGIANG']!;
    const tq = agencyId['P-TUYENQUANG']!;
    expect(await activeAgencyIds(h.db, [hg, tq], '2024-02-02')).toEqual(new Set([hg, tq]));
    expect(await activeAgencyIds(h.db, [hg, tq], '2025-07-01')).toEqual(new Set([tq]));
    expect(await activeAgencyIds(h.db, [hg, tq], vnDate())).toEqual(new Set([tq]));
    expect(await activeAgencyIds(h.db, [], vnDate())).toEqual(new Set());
  });
});

describe('finalSuccessor', () => {
  it('follows successor links to the body that exists now, and leaves a living body as it is', async () => {
    expect(await finalSuccessor(h.db, agencyId['P-HAGIANG']!)).toBe(agencyId['P-TUYENQUANG']);
    expect(await finalSuccessor(h.db, agencyId.BTNMT!)).toBe(agencyId.BNNMT);
    expect(await finalSuccessor(h.db, agencyId.BNV!)).toBe(agencyId.BNV);
  });

  it('follows a chain of several mergers to its end', async () => {
    const [c] = await h.db.insert(agencies).values({ code: 'T-FS-C', name: 'Cơ quan C', kind: 'province' }).returning();
    const [b] = await h.db
      .insert(agencies)
      .values({ code: 'T-FS-B', name: 'Cơ quan B', kind: 'province', validTo: '2025-06-30', successorId: c!.id })
      .returning();
    const [a] = await h.db
      .insert(agencies)
      .values({ code: 'T-FS-A', name: 'Cơ quan A', kind: 'province', validTo: '2020-12-31', successorId: b!.id })
      .returning();
    expect(await finalSuccessor(h.db, a!.id)).toBe(c!.id);
    await h.db.delete(agencies).where(eq(agencies.id, a!.id));
    await h.db.delete(agencies).where(eq(agencies.id, b!.id));
    await h.db.delete(agencies).where(eq(agencies.id, c!.id));
  });
});

describe('resolveGroup', () => {
  it('takes a group as of a past day and gives its work to the bodies that exist today, each once', async () => {
    const provinces = await resolveGroup(h.db, { group: 'provinces', day: '2024-02-02', committeeId: null });
    expect(provinces).toHaveLength(34); // the 63 provinces of 2/2/2024, merged into the 34 of today
    expect(new Set(provinces).size).toBe(provinces.length);
    expect(provinces).toContain(agencyId['P-TUYENQUANG']);
    expect(provinces).not.toContain(agencyId['P-HAGIANG']);
    expect(await activeAgencyIds(h.db, provinces, vnDate())).toEqual(new Set(provinces));
    const ministries = await resolveGroup(h.db, { group: 'ministries', day: '2024-02-02', committeeId: null });
    expect(ministries).toHaveLength(17);
    expect(ministries).toContain(agencyId.BNNMT);
    expect(ministries).not.toContain(agencyId.BKHDT);
    const both = await resolveGroup(h.db, { group: 'ministries_and_provinces', day: '2024-02-02', committeeId: null });
    expect(new Set(both)).toEqual(new Set([...provinces, ...ministries]));
  });

  it("a province's departments and communes need a province: with no committee's or notice's, refused", async () => {
    for (const group of ['departments', 'localities'] as const) {
      const refusal = await resolveGroup(h.db, { group, day: vnDate(), committeeId: null }).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(AppError);
      expect((refusal as AppError).message).toBe('errors.agencies.groupProvinceUnknown');
    }
  });

  it('a committee’s members as of the day; no committee, no members', async () => {
    const [member] = await h.db.select().from(committeeMembers).limit(1);
    const members = await resolveGroup(h.db, {
      group: 'committee_members',
      day: addDays(vnDate(), -1),
      committeeId: member!.committeeId,
    });
    expect(members).toContain(await finalSuccessor(h.db, member!.agencyId!));
    expect(await activeAgencyIds(h.db, members, vnDate())).toEqual(new Set(members));
    expect(await resolveGroup(h.db, { group: 'committee_members', day: vnDate(), committeeId: null })).toEqual([]);
  });
});

describe('finalSuccessors', () => {
  it('follows every agency to its final successor in one statement, a chain of mergers and a typed cycle alike', async () => {
    const [c] = await h.db.insert(agencies).values({ code: 'T-FSS-C', name: 'Cơ quan C', kind: 'other' }).returning();
    const [b] = await h.db
      .insert(agencies)
      .values({ code: 'T-FSS-B', name: 'Cơ quan B', kind: 'other', validTo: '2025-06-30', successorId: c!.id })
      .returning();
    const [a] = await h.db
      .insert(agencies)
      .values({ code: 'T-FSS-A', name: 'Cơ quan A', kind: 'other', validTo: '2020-12-31', successorId: b!.id })
      .returning();
    const [x] = await h.db.insert(agencies).values({ code: 'T-FSS-X', name: 'Cơ quan X', kind: 'other' }).returning();
    const [y] = await h.db
      .insert(agencies)
      .values({ code: 'T-FSS-Y', name: 'Cơ quan Y', kind: 'other', successorId: x!.id })
      .returning();
    await h.db.update(agencies).set({ successorId: y!.id }).where(eq(agencies.id, x!.id));
    const hg = agencyId['P-HAGIANG']!;
    const all = await finalSuccessors(h.db, [a!.id, b!.id, c!.id, hg, agencyId.BTNMT!, agencyId.BNV!, x!.id, hg]);
    expect(all.get(a!.id)).toBe(c!.id);
    expect(all.get(b!.id)).toBe(c!.id);
    expect(all.get(c!.id)).toBe(c!.id);
    expect(all.get(hg)).toBe(agencyId['P-TUYENQUANG']);
    expect(all.get(agencyId.BTNMT!)).toBe(agencyId.BNNMT);
    expect(all.get(agencyId.BNV!)).toBe(agencyId.BNV);
    expect([x!.id, y!.id]).toContain(all.get(x!.id)); // a cycle typed by hand ends
    expect(await finalSuccessors(h.db, [])).toEqual(new Map());
    await h.db
      .update(agencies)
      .set({ successorId: null })
      .where(inArray(agencies.id, [x!.id, y!.id, a!.id, b!.id]));
    await h.db.delete(agencies).where(inArray(agencies.id, [a!.id, b!.id, c!.id, x!.id, y!.id]));
  });
});

describe("a province's groups are that province's bodies (decision 076)", () => {
  /** Lào Cai's bodies added beside the reference data's Hà Giang / Tuyên Quang departments. */
  const made: number[] = [];
  const committee: Record<string, number> = {};
  const add = async (code: string, name: string, kind: 'provincial_department' | 'commune', parent?: string) => {
    const [row] = await h.db
      .insert(agencies)
      .values({ code, name, kind, parentId: parent ? agencyId[parent]! : null })
      .returning();
    made.push(row!.id);
    agencyId[code] = row!.id;
  };
  const codes = async (ids: number[]) =>
    (await h.db.select({ code: agencies.code }).from(agencies).where(inArray(agencies.id, ids)))
      .map((r) => r.code)
      .sort();

  beforeAll(async () => {
    await add('T-LC-SNV', 'Sở Nội vụ tỉnh Lào Cai', 'provincial_department', 'P-LAOCAI');
    await add('T-LC-STP', 'Sở Tư pháp tỉnh Lào Cai', 'provincial_department', 'P-LAOCAI');
    // Yên Bái merged into Lào Cai: its department is Lào Cai's now
    await add('T-YB-STC', 'Sở Tài chính tỉnh Yên Bái', 'provincial_department', 'P-YENBAI');
    // added from a people list with no parent: its name says Nghệ An's
    await add('T-NA-STC', 'Sở Tài chính tỉnh Nghệ An', 'provincial_department');
    // added from the province's own notice by its bare name: the registry's own
    await add('T-SXD', 'Sở Xây dựng', 'provincial_department');
    await add('T-LC-XA', 'UBND xã Bản Lầu', 'commune', 'P-LAOCAI');
    await add('T-TQ-XA', 'UBND xã Minh Xuân', 'commune', 'P-TUYENQUANG');
    await add('T-HG-XA', 'UBND xã Lũng Cú', 'commune', 'P-HAGIANG');
    const insert = async (code: string, name: string, standing: string | null) => {
      const [row] = await h.db
        .insert(committees)
        .values({ code, name, level: 'provincial', standingAgencyId: standing ? agencyId[standing]! : null })
        .returning();
      committee[code] = row!.id;
    };
    await insert('T-BCD-LC', 'Ban Chỉ đạo cải cách hành chính', 'T-LC-SNV'); // its standing agency says Lào Cai
    await insert('T-BCD-HG', 'Ban Chỉ đạo cải cách hành chính', 'HG-SNV'); // Hà Giang's, now Tuyên Quang
    await insert('T-BCD-TQ', 'Ban Chỉ đạo cải cách hành chính tỉnh Tuyên Quang', null); // its name says
    await insert('T-BCD-NONE', 'Ban Chỉ đạo không rõ tỉnh', null);
  });
  afterAll(async () => {
    await h.db.delete(committees).where(inArray(committees.id, Object.values(committee)));
    await h.db.delete(agencies).where(inArray(agencies.id, made));
  });

  it("gives a Lào Cai committee's 'các sở, ban, ngành' to Lào Cai's departments, never Tuyên Quang's", async () => {
    const departments = await resolveGroup(h.db, {
      group: 'departments',
      day: vnDate(),
      committeeId: committee['T-BCD-LC']!,
    });
    expect(await codes(departments)).toEqual(['T-LC-SNV', 'T-LC-STP', 'T-SXD', 'T-YB-STC']);
  });

  it("gives a Tuyên Quang committee's its own, Hà Giang's handed over, as of 2024 and today", async () => {
    const tq = ['T-SXD', 'TQ-SKHCN', 'TQ-SNV', 'TQ-STP', 'TQ-VPUBND'];
    for (const code of ['T-BCD-TQ', 'T-BCD-HG'])
      for (const day of ['2024-02-02', vnDate()]) {
        const departments = await resolveGroup(h.db, { group: 'departments', day, committeeId: committee[code]! });
        expect(await codes(departments)).toEqual(tq);
      }
  });

  it('gives communes alike: the committee’s province’s, and none of another province', async () => {
    const lc = await resolveGroup(h.db, { group: 'localities', day: vnDate(), committeeId: committee['T-BCD-LC']! });
    expect(await codes(lc)).toEqual(['T-LC-XA']);
    const tq = await resolveGroup(h.db, { group: 'localities', day: vnDate(), committeeId: committee['T-BCD-TQ']! });
    expect(await codes(tq)).toEqual(['T-HG-XA', 'T-TQ-XA']);
  });

  it("takes the notice's issuing province when the committee has none, and refuses when neither says", async () => {
    const central = committee['T-BCD-NONE']!;
    const byNotice = await resolveGroup(h.db, {
      group: 'departments',
      day: vnDate(),
      committeeId: central,
      province: agencyId['P-LAOCAI']!,
    });
    expect(await codes(byNotice)).toEqual(['T-LC-SNV', 'T-LC-STP', 'T-SXD', 'T-YB-STC']);
    // the committee's province wins over the notice's
    const own = await resolveGroup(h.db, {
      group: 'departments',
      day: vnDate(),
      committeeId: committee['T-BCD-TQ']!,
      province: agencyId['P-LAOCAI']!,
    });
    expect(own).toContain(agencyId['TQ-SNV']);
    expect(own).not.toContain(agencyId['T-LC-SNV']);
    const refusal = await resolveGroup(h.db, { group: 'departments', day: vnDate(), committeeId: central }).catch(
      (e: unknown) => e,
    );
    expect((refusal as AppError).message).toBe('errors.agencies.groupProvinceUnknown');
  });

  it("leaves a ministry-level committee's 'các Bộ, ngành' as it was", async () => {
    const [central] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
    expect(await committeeProvince(h.db, central!.id)).toBeNull();
    const ministries = await resolveGroup(h.db, { group: 'ministries', day: vnDate(), committeeId: central!.id });
    expect(ministries).toHaveLength(17);
  });

  it('reads each body’s province up its parent chain, else from its name, as the province is now', async () => {
    const of = await provincesOf(h.db, [
      agencyId['T-LC-SNV']!,
      agencyId['T-YB-STC']!,
      agencyId['T-NA-STC']!,
      agencyId['T-SXD']!,
      agencyId['HG-SNV']!,
    ]);
    expect(of.get(agencyId['T-LC-SNV']!)).toBe(agencyId['P-LAOCAI']);
    expect(of.get(agencyId['T-YB-STC']!)).toBe(agencyId['P-LAOCAI']);
    expect(of.get(agencyId['T-NA-STC']!)).toBe(agencyId['P-NGHEAN']);
    expect(of.get(agencyId['T-SXD']!)).toBeNull();
    expect(of.get(agencyId['HG-SNV']!)).toBe(agencyId['P-TUYENQUANG']);
  });
});
