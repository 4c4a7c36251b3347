import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, committeeMembers } from '@/db/schema';
import { addDays, vnDate } from '@/lib/time';
import { createTestDatabase } from '@/tests/db';
import { activeAgencyIds, existsOn, existsOnSql, finalSuccessor, resolveGroup } from './policy';

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

  it("a province's departments and its communes: the departments and communes the registry holds", async () => {
    const [dept] = await h.db
      .insert(agencies)
      .values({ code: 'T-RG-SCT', name: 'Sở Công Thương tỉnh Thử', kind: 'provincial_department' })
      .returning();
    const [commune] = await h.db
      .insert(agencies)
      .values({ code: 'T-RG-XA', name: 'Ủy ban nhân dân xã Thử', kind: 'commune' })
      .returning();
    const departments = await resolveGroup(h.db, { group: 'departments', day: vnDate(), committeeId: null });
    const localities = await resolveGroup(h.db, { group: 'localities', day: vnDate(), committeeId: null });
    expect(departments).toContain(dept!.id);
    expect(departments).not.toContain(commune!.id);
    expect(localities).toEqual([commune!.id]);
    const kinds = await h.db.select({ kind: agencies.kind }).from(agencies).where(inArray(agencies.id, departments));
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(['provincial_department']));
    await h.db.delete(agencies).where(inArray(agencies.id, [dept!.id, commune!.id]));
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
