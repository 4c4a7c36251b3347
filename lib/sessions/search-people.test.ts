import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { people, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import type { Actor } from '@/lib/policy';
import { containsWordsFolded, searchWords } from '@/lib/search';
import { createTestDatabase } from '@/tests/db';
import { searchPeople } from './queries';

let h: DatabaseHandle;
const actors: Record<string, Actor> = {};

beforeAll(async () => {
  h = await createTestDatabase();
  for (const u of await h.db.select().from(users)) {
    actors[u.email.split('@')[0]!] = (await loadActor(h.db, u.id, u.sessionVersion))!;
  }
  await h.db.insert(people).values([
    { fullName: 'Trần Hồng Hà', positionTitle: 'Phó Thủ tướng Chính phủ' },
    { fullName: 'Lê Văn Tướng', positionTitle: 'Chuyên viên' },
    { fullName: 'Nguyễn 100% Thật', positionTitle: null },
  ]);
});
afterAll(() => h.close());

const names = async (q: string) => (await searchPeople({ actor: actors.thuky!, q }, h.db)).map((p) => p.fullName);

describe('searchPeople: the attendee and chair pickers find people by name or title', () => {
  it('"Thủ tướng" finds the Prime Minister by title, with or without accents; a name match first, then the title that starts with it', async () => {
    for (const q of ['Thủ tướng', 'thu tuong', 'THỦ TƯỚNG']) {
      const found = await names(q);
      expect(found, q).toContain('Phạm Minh Chính');
      expect(found, q).toContain('Trần Hồng Hà');
      expect(found.indexOf('Phạm Minh Chính'), q).toBeLessThan(found.indexOf('Trần Hồng Hà'));
    }
    // "Tướng" in a name ranks above the same word in a title.
    const byWord = await names('tướng');
    expect(byWord[0]).toBe('Lê Văn Tướng');
  });

  it('"Bộ trưởng" and the words of a title with its agency, in any order, find the minister', async () => {
    expect(await names('Bộ trưởng')).toContain('Phạm Thị Thanh Trà');
    expect(await names('bo truong noi vu')).toEqual(['Phạm Thị Thanh Trà']);
    expect(await names('noi vu bo truong')).toEqual(['Phạm Thị Thanh Trà']);
    // Title and name together.
    expect(await names('thu tuong chinh')).toContain('Phạm Minh Chính');
  });

  it('still finds by name, and finds nothing for words that are nowhere', async () => {
    expect(await names('pham minh chinh')).toEqual(['Phạm Minh Chính']);
    expect(await names('Thủ tướng Nguyễn Không Có')).toEqual([]);
    expect(await names('zzzz')).toEqual([]);
    expect(await names('a')).toEqual([]);
  });

  it('typed % and _ are letters, not patterns', async () => {
    expect(await names('100%')).toEqual(['Nguyễn 100% Thật']);
    expect(await names('_ _')).toEqual([]);
  });

  it('full-width "％", "＿" and "＼" are letters too, though unaccent folds them to the wildcards (attacker pass 35)', async () => {
    // Escaped before folding, "＿" became "_" and "％" became "%": each matched every name.
    expect((await names('zz')).length).toBe(0);
    expect(await names('＿＿')).toEqual([]);
    expect(await names('％％')).toEqual([]);
    expect(await names('＿ ＿')).toEqual([]);
    expect(await names('＼＿')).toEqual([]);
    // Folded as the column is, "％" is the "%" of the name.
    expect(await names('100％')).toEqual(['Nguyễn 100% Thật']);
  });

  it('a control character typed or sent in the search is dropped (PostgreSQL refuses a NUL: it was a server error)', async () => {
    expect(await names('pham minh\u0000 chinh')).toEqual(['Phạm Minh Chính']);
    expect(await names('\u0000')).toEqual([]);
  });

  it('lists matches in one order whatever the collation: names without accents, then the older record (decision 086)', async () => {
    // Byte order puts "Đ" (U+0110) after "Z", and a locale's collation may not: folded, "Đào" is a "dao".
    const made = await h.db
      .insert(people)
      .values([
        { fullName: 'Zô Văn Thứ Tự', positionTitle: 'Chuyên viên kiểm thứ tự' },
        { fullName: 'Đào Văn Thứ Tự', positionTitle: 'Chuyên viên kiểm thứ tự' },
        { fullName: 'Dương Văn Thứ Tự', positionTitle: 'Chuyên viên kiểm thứ tự' },
        // A namesake made later (a list imported) comes after the registry's person, not before.
        { fullName: 'Đào Văn Thứ Tự', positionTitle: 'Chuyên viên kiểm thứ tự (nhập sau)' },
      ])
      .returning({ id: people.id });
    const found = await searchPeople({ actor: actors.thuky!, q: 'kiem thu tu' }, h.db);
    expect(found.map((p) => p.id)).toEqual([made[1]!.id, made[3]!.id, made[2]!.id, made[0]!.id]);
  });

  it('agency accounts may not search people', async () => {
    await expect(searchPeople({ actor: actors.bonoivu!, q: 'Thủ tướng' }, h.db)).rejects.toThrow();
  });

  it('containsWordsFolded: every word, any order; an empty search matches', async () => {
    // Folded as names are compared (decision 101): accents off, "Ủy ban nhân dân" as ubnd, "thành phố"/"TP." as tp.
    expect(searchWords('  Bộ   trưởng ')).toEqual(['bo', 'truong']);
    expect(searchWords('Ủy ban nhân dân\u00a0Thành phố Huế.')).toEqual(['ubnd', 'tp', 'hue']);
    const test = async (text: string, q: string) => {
      const [row] = await h.db
        .select({ ok: sql<boolean>`${containsWordsFolded(sql`${text}::text`, q)}` })
        .from(people)
        .limit(1);
      return row!.ok;
    };
    expect(await test('Bộ trưởng Bộ Nội vụ', 'noi vu bo')).toBe(true);
    expect(await test('Bộ trưởng Bộ Nội vụ', 'noi vu tu phap')).toBe(false);
    expect(await test('Bộ trưởng', '')).toBe(true);
  });
});
