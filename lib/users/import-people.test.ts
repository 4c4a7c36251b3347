import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '@/db/client';
import { committeeMembers, people, users } from '@/db/schema';
import { createCommittee } from '@/lib/committees/mutations';
import { getCommittee } from '@/lib/committees/queries';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { searchPeople } from '@/lib/sessions/queries';
import { createTestDatabase } from '@/tests/db';
import { actorFor, agencyIdOf } from '@/tests/factories';
import { inVietnamese } from '@/tests/i18n';
import { importUsers, previewUserImport, userImportWarnings, type PreviewRow } from './import';

/**
 * Decision 086: one person, one record. The demo's registry holds the Prime Minister (of Văn phòng Chính phủ, as the
 * 7th session's chair) and the Minister of Home Affairs (Bộ Nội vụ); the Government's Administrative Reform Steering
 * Committee's published list (tests/fixtures/people/SOURCES.md) names both again. Its import must not make a second
 * "Phạm Minh Chính" for the chair pickers to offer.
 */

let h: DatabaseHandle;
let admin: Actor;
let secretariat: Actor;
beforeAll(async () => {
  h = await createTestDatabase();
  admin = await actorFor(h.db, { role: 'admin' });
  secretariat = await actorFor(h.db, { role: 'secretariat' });
}, 60_000);
afterAll(() => h.close());

const HEADER = 'STT;Họ và tên;Chức vụ, đơn vị công tác;Chức danh trong Ban Chỉ đạo;Email';
let run = 0;
/** The chair, a deputy, and a minister the demo does not know, with made-up addresses (`tag` keeps them apart). */
function list(tag = `r${++run}`) {
  return [
    HEADER,
    `1;Ông Phạm Minh Chính;Thủ tướng Chính phủ;Trưởng ban;pm-${tag}@example.gov.vn`,
    `2;Bà Phạm Thị Thanh Trà;Bộ trưởng Bộ Nội vụ;Phó Trưởng ban;tra-${tag}@example.gov.vn`,
    `3;Ông Lê Thành Long;Bộ trưởng Bộ Tư pháp;Ủy viên;long-${tag}@example.gov.vn`,
  ].join('\n');
}
const preview = (text: string) => previewUserImport({ actor: admin, text }, h.db);
const posted = (rows: PreviewRow[]) => rows.map((r) => ({ line: r.line, ...r.values }));
const named = async (name: string) => h.db.select().from(people).where(eq(people.fullName, name)).orderBy(people.id);

let count = 0;
async function newCommittee(): Promise<number> {
  count += 1;
  return createCommittee(
    {
      actor: admin,
      values: {
        code: `BCD-086-${count}`,
        name: `Ban Chỉ đạo thử danh bạ ${count}`,
        level: 'central',
        standingAgencyId: await agencyIdOf(h.db, 'BNV'),
        establishedBy: '',
        validFrom: '01/01/2024',
        validTo: '',
      },
    },
    h.db,
  );
}

describe('a listed person already in the registry is that person (decision 086)', () => {
  it('offers the registry’s people: a namesake of the same agency is taken by default, one of another agency only offered', async () => {
    const [pm] = await named('Phạm Minh Chính');
    const [tra] = await named('Phạm Thị Thanh Trà');
    const rows = await preview(list());
    expect(rows.map((r) => [r.values.name, r.values.personId, (r.people ?? []).map((m) => [m.id, m.by])])).toEqual([
      // The demo's Prime Minister is of Văn phòng Chính phủ, the list's has no agency: only offered.
      ['Phạm Minh Chính', '', [[pm!.id, 'name']]],
      ['Phạm Thị Thanh Trà', String(tra!.id), [[tra!.id, 'nameAgency']]],
      ['Lê Thành Long', '', []],
    ]);
    const warnings = (await userImportWarnings(rows, h.db)).map(inVietnamese);
    expect(warnings.find((w) => w.includes('trùng họ tên'))).toContain('(Phạm Minh Chính)');
  });

  it('the chosen Prime Minister is the registry’s: no namesake is made, the picker finds one, the committee’s head is him', async () => {
    const [pm] = await named('Phạm Minh Chính');
    const [tra] = await named('Phạm Thị Thanh Trà');
    const before = (await h.db.select({ n: sql<number>`count(*)::int` }).from(people))[0]!.n;
    const committeeId = await newCommittee();
    const rows = await preview(list());
    rows[0]!.values.personId = String(pm!.id); // chosen by the person importing
    const result = await importUsers(
      { actor: admin, rows: posted(rows), committee: { committeeId, validFrom: '2024-03-06' } },
      h.db,
    );
    expect(result).toEqual({ created: 3, skipped: [], members: 3 });
    // One new person: the minister the registry did not have.
    expect((await h.db.select({ n: sql<number>`count(*)::int` }).from(people))[0]!.n).toBe(before + 1);
    expect((await named('Phạm Minh Chính')).map((p) => p.id)).toEqual([pm!.id]);
    expect((await named('Phạm Thị Thanh Trà')).map((p) => p.id)).toEqual([tra!.id]);
    // Their accounts are theirs; the title is the list's, the agency kept (the list names none for the PM).
    const accounts = await h.db
      .select({ email: users.email, personId: users.personId })
      .from(users)
      .where(
        inArray(
          users.email,
          rows.map((r) => r.values.email),
        ),
      )
      .orderBy(users.id);
    expect(accounts.map((a) => a.personId).slice(0, 2)).toEqual([pm!.id, tra!.id]);
    const [after] = await named('Phạm Minh Chính');
    expect([after!.positionTitle, after!.agencyId]).toEqual(['Thủ tướng Chính phủ', pm!.agencyId]);
    // The session form's chair picker: one Phạm Minh Chính.
    const found = await searchPeople({ actor: secretariat, q: 'Pham Minh Chinh' }, h.db);
    expect(found.map((p) => p.id)).toEqual([pm!.id]);
    const committee = (await getCommittee({ actor: admin, committeeId, on: '2024-03-06' }, h.db))!;
    const head = committee.current.find((g) => g.position === 'head')!.members;
    expect(head.map((m) => m.personId)).toEqual([pm!.id]);
  });

  it('an account of the same email is its person: a list imported into a second committee makes nobody again', async () => {
    const tag = `again-${++run}`;
    const first = await preview(list(tag));
    const [pm] = await named('Phạm Minh Chính');
    first[0]!.values.personId = String(pm!.id);
    await importUsers(
      { actor: admin, rows: posted(first), committee: { committeeId: await newCommittee(), validFrom: '2024-03-06' } },
      h.db,
    );
    const peopleBefore = (await h.db.select({ n: sql<number>`count(*)::int` }).from(people))[0]!.n;
    const rows = await preview(list(tag));
    expect(rows.every((r) => r.existing)).toBe(true);
    // Each row's default is its account's person.
    expect(rows.map((r) => r.people?.[0]?.by)).toEqual(['email', 'email', 'email']);
    expect(rows.every((r) => r.values.personId === String(r.people![0]!.id))).toBe(true);
    const second = await newCommittee();
    const result = await importUsers(
      { actor: admin, rows: posted(rows), committee: { committeeId: second, validFrom: '2025-01-01' } },
      h.db,
    );
    expect(result.created).toBe(0);
    expect(result.members).toBe(3);
    expect((await h.db.select({ n: sql<number>`count(*)::int` }).from(people))[0]!.n).toBe(peopleBefore);
    const members = await h.db
      .select({ personId: committeeMembers.personId })
      .from(committeeMembers)
      .where(eq(committeeMembers.committeeId, second))
      .orderBy(committeeMembers.id);
    expect(members.map((m) => String(m.personId))).toEqual(rows.map((r) => r.values.personId));
  });

  it('links a list’s accounts and reads its registry people a statement for the list, not one a row', async () => {
    // Only postgres.js lets the test hear its statements; PGlite runs the same code (the tests above).
    if (h.driver !== 'postgres') return expect(h.driver).toBe('pglite');
    const tag = `count-${++run}`;
    const first = await preview(list(tag));
    await importUsers(
      { actor: admin, rows: posted(first), committee: { committeeId: await newCommittee(), validFrom: '2024-03-06' } },
      h.db,
    );
    const rows = await preview(list(tag)); // three accounts of their own people, now joining a second committee
    const sent: string[] = [];
    const counted = await openPostgres(h.url!, { max: 1, onStatement: (text) => sent.push(text) });
    try {
      const result = await importUsers(
        { actor: admin, rows: posted(rows), committee: { committeeId: await newCommittee(), validFrom: '2025-01-01' } },
        counted.db,
      );
      expect(result.members).toBe(3);
    } finally {
      await counted.close();
    }
    const matching = (re: RegExp) => sent.filter((t) => re.test(t)).length;
    expect(matching(/^update "users" set "?person_id/i)).toBe(1);
    expect(matching(/from "people" where .* for update/i)).toBe(1);
    expect(matching(/^update "committee_members" set "list_order"/i)).toBe(0);
  });

  it('one list imported several times at once into a committee: each waits for the one before, and is answered, not deadlocked (attacker pass 42)', async () => {
    // Each import read the committee's days under a share lock and then took its row for update to add a member: two at
    // once each held the share the other waited on, and PostgreSQL ended one as a deadlock ("Đã xảy ra lỗi", an error
    // line). PGlite runs one statement at a time, so there the imports simply follow each other.
    const tag = `race-${++run}`;
    const first = await preview(list(tag));
    await importUsers(
      { actor: admin, rows: posted(first), committee: { committeeId: await newCommittee(), validFrom: '2024-03-06' } },
      h.db,
    );
    const rows = await preview(list(tag)); // three existing accounts, posted as the build's probe did: new people
    const committeeId = await newCommittee();
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        importUsers(
          {
            actor: admin,
            rows: posted(rows).map((r) => ({ ...r, personId: '' })),
            committee: { committeeId, validFrom: '2025-01-01' },
          },
          h.db,
        ),
      ),
    );
    // The first made its people members; each after it then found the committee's head in place and was refused on
    // the row, as an import after it is: an answer, never a database error.
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(refused.map((e) => (e instanceof AppError ? e.code : String(e)))).toEqual(Array(5).fill('INVALID'));
    const members = await h.db
      .select({ personId: committeeMembers.personId })
      .from(committeeMembers)
      .where(eq(committeeMembers.committeeId, committeeId));
    expect(members).toHaveLength(3);
  });

  it('refuses a person the row does not match, or one person on two rows, on the row: nothing is made', async () => {
    const [son] = await named('Nguyễn Văn Sơn');
    const [pm] = await named('Phạm Minh Chính');
    const committeeId = await newCommittee();
    const rows = await preview(list());
    rows[2]!.values.personId = String(son!.id); // a hand-made form: Lê Thành Long is not Nguyễn Văn Sơn
    const error = await importUsers(
      { actor: admin, rows: posted(rows), committee: { committeeId, validFrom: '2024-03-06' } },
      h.db,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(Object.keys((error as AppError).fieldErrors)).toEqual(['rows.2.personId']);
    expect(inVietnamese((error as AppError).fieldErrors['rows.2.personId']!)).toContain('không trùng email hay họ tên');

    const twice = await preview(
      list().replace('Ông Lê Thành Long;Bộ trưởng Bộ Tư pháp', 'Ông Phạm Minh Chính;Thủ tướng Chính phủ'),
    );
    twice[0]!.values.personId = String(pm!.id);
    twice[2]!.values.personId = String(pm!.id);
    twice[2]!.values.committeePosition = 'member';
    const error2 = await importUsers(
      { actor: admin, rows: posted(twice), committee: { committeeId, validFrom: '2024-03-06' } },
      h.db,
    ).catch((e: unknown) => e);
    expect(inVietnamese((error2 as AppError).fieldErrors['rows.2.personId']!)).toBe(
      'Người này đã được chọn ở dòng 2 của tệp: mỗi người chỉ một dòng.',
    );
    const made = await h.db
      .select({ id: users.id })
      .from(users)
      .where(
        inArray(
          users.email,
          [...rows, ...twice].map((r) => r.values.email),
        ),
      );
    expect(made).toEqual([]);
    expect(
      await h.db
        .select()
        .from(committeeMembers)
        .where(and(eq(committeeMembers.committeeId, committeeId))),
    ).toEqual([]);
  });

  it('an existing account’s row that joins writes the person’s fields under their rules, and lists the account once (attacker pass 41)', async () => {
    const tag = `joins-${++run}`;
    // The accounts and their people exist (a first import); the list is then imported into other committees.
    const text = list(tag);
    const first = await preview(text);
    first[0]!.values.personId = String((await named('Phạm Minh Chính'))[0]!.id);
    await importUsers(
      { actor: admin, rows: posted(first), committee: { committeeId: await newCommittee(), validFrom: '2024-03-06' } },
      h.db,
    );
    const fresh = async () => {
      const rows = posted(await preview(text));
      expect(rows.map((r) => r.personId !== '')).toEqual([true, true, true]);
      return rows;
    };
    const ended = await agencyIdOf(h.db, 'BKHDT');
    const cases: [string, (rows: Record<string, unknown>[]) => void, Record<string, string>][] = [
      ['an agency of nothing', (r) => (r[1]!.agencyId = '999999'), { 'rows.1.agencyId': 'Không tìm thấy cơ quan' }],
      ['an agency id of 2^31', (r) => (r[1]!.agencyId = String(2 ** 31)), { 'rows.1.agencyId': 'không hợp lệ' }],
      ['an agency id of 1.5', (r) => (r[1]!.agencyId = '1.5'), { 'rows.1.agencyId': 'không hợp lệ' }],
      ['an ended agency', (r) => (r[1]!.agencyId = String(ended)), { 'rows.1.agencyId': 'đã kết thúc hoạt động' }],
      ['a title of 100,000 characters', (r) => (r[1]!.position = 'x'.repeat(100_000)), { 'rows.1.position': '200' }],
      [
        'a new person of no name',
        (r) => Object.assign(r[2]!, { name: '', personId: '' }),
        { 'rows.2.name': 'họ và tên' },
      ],
      [
        'the account twice, each a new person',
        (r) => {
          r[0]!.personId = '';
          r[1] = { ...r[0]!, line: 3 };
        },
        { 'rows.1.email': 'đã có ở dòng 2' },
      ],
    ];
    for (const [what, change, expected] of cases) {
      const committeeId = await newCommittee();
      const peopleBefore = (await h.db.select({ n: sql<number>`count(*)::int` }).from(people))[0]!.n;
      const rows = await fresh();
      change(rows);
      const error = await importUsers(
        { actor: admin, rows, committee: { committeeId, validFrom: '2024-03-06' } },
        h.db,
      ).catch((e: unknown) => e);
      expect(error, what).toBeInstanceOf(AppError);
      const got = Object.fromEntries(
        Object.entries((error as AppError).fieldErrors).map(([k, v]) => [k, inVietnamese(v)]),
      );
      for (const [field, text] of Object.entries(expected)) expect(got[field], what).toContain(text);
      expect(await h.db.select().from(committeeMembers).where(eq(committeeMembers.committeeId, committeeId))).toEqual(
        [],
      );
      expect((await h.db.select({ n: sql<number>`count(*)::int` }).from(people))[0]!.n, what).toBe(peopleBefore);
    }
    // Accounts only, a row taking its person passes over an ended agency, as a list imported again refuses nothing.
    const again = await fresh();
    again[1]!.agencyId = String(ended);
    expect(await importUsers({ actor: admin, rows: again, committee: null }, h.db)).toMatchObject({ created: 0 });
    // As the preview gave them, the three join.
    const committeeId = await newCommittee();
    const result = await importUsers(
      { actor: admin, rows: await fresh(), committee: { committeeId, validFrom: '2024-03-06' } },
      h.db,
    );
    expect(result).toMatchObject({ created: 0, members: 3 });
  });
});
