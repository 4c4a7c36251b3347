import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import type { Actor } from '@/lib/policy';
import { sortVi } from '@/lib/text';
import { vnDate } from '@/lib/time';
import { createTestDatabase } from '@/tests/db';
import { existsOn } from './policy';
import { countActiveAgencies, listAgencyOptions, listAgencyRegistry } from './queries';

let h: DatabaseHandle;
const actors: Record<string, Actor> = {};
let all: (typeof agencies.$inferSelect)[];
const byCode = (code: string) => all.find((a) => a.code === code)!;

beforeAll(async () => {
  h = await createTestDatabase();
  for (const u of await h.db.select().from(users))
    actors[u.email.split('@')[0]!] = (await loadActor(h.db, u.id, u.sessionVersion))!;
  all = await h.db.select().from(agencies);
});
afterAll(() => h.close());

describe('listAgencyOptions', () => {
  it('lists the agencies that existed on the day, in Vietnamese order', async () => {
    const before = await listAgencyOptions({ actor: actors.thuky!, day: '2024-02-02' }, h.db);
    const after = await listAgencyOptions({ actor: actors.thuky!, day: vnDate() }, h.db);
    expect(before.map((o) => o.id).sort()).toEqual(
      all
        .filter((a) => existsOn(a, '2024-02-02'))
        .map((a) => a.id)
        .sort(),
    );
    expect(before.map((o) => o.name)).toContain('UBND tỉnh Hà Giang');
    expect(after.map((o) => o.name)).not.toContain('UBND tỉnh Hà Giang');
    expect(after.map((o) => o.name)).toContain('UBND tỉnh Tuyên Quang');
    expect(after).toEqual(sortVi(after, (o) => o.name));
    expect(Object.keys(after[0]!).sort()).toEqual(['id', 'name']);
  });

  it('is refused to a user who may not read sessions', async () => {
    await expect(
      listAgencyOptions({ actor: { ...actors.thuky!, mustEnrolSecondFactor: true }, day: vnDate() }, h.db),
    ).rejects.toThrow();
  });
});

describe('listAgencyRegistry', () => {
  it('gives every agency, ended ones included, with validity and successor links', async () => {
    const registry = await listAgencyRegistry(h.db);
    expect(registry).toHaveLength(all.length);
    const hg = registry.find((a) => a.code === 'P-HAGIANG')!;
    expect(hg).toMatchObject({ validTo: '2025-06-30', successorId: byCode('P-TUYENQUANG').id, kind: 'province' });
  });
});

describe('countActiveAgencies', () => {
  it('counts the agencies not ended today, for the administrator only', async () => {
    const today = vnDate();
    expect(await countActiveAgencies({ actor: actors.admin! }, h.db)).toBe(
      all.filter((a) => !a.validTo || a.validTo >= today).length,
    );
    await expect(countActiveAgencies({ actor: actors.thuky! }, h.db)).rejects.toThrow();
    const [row] = await h.db.select().from(agencies).where(eq(agencies.code, 'P-HAGIANG'));
    expect(row!.validTo! < today).toBe(true);
  });
});
