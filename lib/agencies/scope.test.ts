import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies } from '@/db/schema';
import { vnDate } from '@/lib/time';
import { createTestDatabase } from '@/tests/db';
import { agencyWithPredecessors, endedPredecessors } from './scope';

let h: DatabaseHandle;
const agencyId: Record<string, number> = {};
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

beforeAll(async () => {
  h = await createTestDatabase();
  for (const a of await h.db.select().from(agencies)) agencyId[a.code] = a.id;
});
afterAll(() => h.close());

describe('agencyWithPredecessors', () => {
  it('gives an agency and the bodies whose work it inherited; a body with none has only itself', async () => {
    expect(sorted(await agencyWithPredecessors(h.db, agencyId['P-TUYENQUANG']!))).toEqual(
      sorted([agencyId['P-TUYENQUANG']!, agencyId['P-HAGIANG']!]),
    );
    expect(sorted(await agencyWithPredecessors(h.db, agencyId.BNNMT!))).toEqual(
      sorted([agencyId.BNNMT!, agencyId.BTNMT!, agencyId.BNNPTNT!]),
    );
    expect(await agencyWithPredecessors(h.db, agencyId['P-HAGIANG']!)).toEqual([agencyId['P-HAGIANG']]);
  });

  it('follows successions transitively', async () => {
    const [c] = await h.db.insert(agencies).values({ code: 'T-SC-C', name: 'Cơ quan C', kind: 'province' }).returning();
    const [b] = await h.db
      .insert(agencies)
      .values({ code: 'T-SC-B', name: 'Cơ quan B', kind: 'province', validTo: '2025-06-30', successorId: c!.id })
      .returning();
    const [a] = await h.db
      .insert(agencies)
      .values({ code: 'T-SC-A', name: 'Cơ quan A', kind: 'province', validTo: '2020-12-31', successorId: b!.id })
      .returning();
    expect(sorted(await agencyWithPredecessors(h.db, c!.id))).toEqual(sorted([a!.id, b!.id, c!.id]));
    expect(sorted(await agencyWithPredecessors(h.db, b!.id))).toEqual(sorted([a!.id, b!.id]));
    expect(sorted(await endedPredecessors(h.db, c!.id, [a!.id, b!.id, c!.id], vnDate()))).toEqual(
      sorted([a!.id, b!.id]),
    );
    expect(await endedPredecessors(h.db, c!.id, [a!.id, b!.id, c!.id], '2025-06-30')).toEqual([a!.id]);
    await h.db.delete(agencies).where(inArray(agencies.id, [a!.id, b!.id, c!.id]));
  });
});

describe('endedPredecessors', () => {
  it('gives the predecessors in the scope that have ended by the day, never the agency itself', async () => {
    const tq = agencyId['P-TUYENQUANG']!;
    const hg = agencyId['P-HAGIANG']!;
    expect(await endedPredecessors(h.db, tq, [tq, hg], vnDate())).toEqual([hg]);
    expect(await endedPredecessors(h.db, tq, [tq, hg], '2025-06-30')).toEqual([]); // its last day
    expect(await endedPredecessors(h.db, tq, [tq], vnDate())).toEqual([]);
  });
});
