import { readFileSync } from 'node:fs';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { committeeMembers, people, users } from '@/db/schema';
import { createCommittee } from '@/lib/committees/mutations';
import { getCommittee } from '@/lib/committees/queries';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { actorFor, agencyIdOf } from '@/tests/factories';
import { inVietnamese } from '@/tests/i18n';
import { importUsers, previewUserImport, userImportWarnings, type PreviewRow } from './import';

/**
 * Decision 081: a committee's published list brings in its people as the committee's members, and the role and duty
 * of each are suggested from their title. The list is the Government's Administrative Reform Steering Committee as
 * published in March 2024 (tests/fixtures/people/SOURCES.md, "Session 34"): names, titles and posts as published;
 * the addresses are made up on example.gov.vn (the source publishes none).
 */

let h: DatabaseHandle;
let admin: Actor;
beforeAll(async () => {
  h = await createTestDatabase();
  admin = await actorFor(h.db, { role: 'admin' });
}, 60_000);
afterAll(() => h.close());

/** The published members (number, name with "Ông"/"Bà", title with the body, post in the committee). */
const MEMBERS = readFileSync('tests/fixtures/people/bcd-cchc-2024.csv', 'utf8')
  .replace(/^\ufeff/, '')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(';') as [string, string, string, string]);
/** A slice of the list still in operation after the 2025 mergers: the head, the two deputies, four members. */
const SLICE = [1, 2, 3, 4, 5, 6, 12];

let run = 0;
/** The slice as the office types it, with the work addresses (made up on example.gov.vn) and the committee post. */
function listText(numbers = SLICE): string {
  run += 1;
  return [
    'STT;Họ và tên;Chức vụ, đơn vị công tác;Chức danh trong Ban Chỉ đạo;Email',
    ...numbers.map((n) => {
      const [number, name, title, post] = MEMBERS[n - 1]!;
      return `${number};${name};${title};${post};bcd-${run}-${number}@example.gov.vn`;
    }),
  ].join('\n');
}
const preview = (text: string) => previewUserImport({ actor: admin, text }, h.db);
const posted = (rows: PreviewRow[]) => rows.map((r) => ({ line: r.line, ...r.values }));

let committeeCount = 0;
async function newCommittee(): Promise<number> {
  committeeCount += 1;
  return createCommittee(
    {
      actor: admin,
      values: {
        code: `BCD-CCHC-${committeeCount}`,
        name: `Ban Chỉ đạo cải cách hành chính của Chính phủ ${committeeCount}`,
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

describe('the role and duty suggested from the title', () => {
  it('makes the Prime Minister and Deputy Prime Minister leaders with no agency, ministers their ministry’s focal points, and says so', async () => {
    const rows = await preview(listText());
    expect(
      rows.map((r) => [r.values.name, r.values.role, r.values.agencyId, r.values.agencyDuty, r.suggested ?? false]),
    ).toEqual([
      // A leader's duty means nothing (the account stores none for other roles than an agency's).
      ['Phạm Minh Chính', 'leader', '', 'staff', true],
      ['Trần Lưu Quang', 'leader', '', 'staff', true],
      ['Phạm Thị Thanh Trà', 'agency', String(await agencyIdOf(h.db, 'BNV')), 'focal_point', true],
      ['Trần Văn Sơn', 'agency', String(await agencyIdOf(h.db, 'VPCP')), 'focal_point', true],
      ['Lê Thành Long', 'agency', String(await agencyIdOf(h.db, 'BTP')), 'focal_point', true],
      ['Hồ Đức Phớc', 'agency', String(await agencyIdOf(h.db, 'BTC')), 'focal_point', true],
      ['Đào Hồng Lan', 'agency', String(await agencyIdOf(h.db, 'BYT')), 'focal_point', true],
    ]);
    // The posts are read (the column was passed over), as the committee page names them.
    expect(rows.map((r) => r.values.committeePosition)).toEqual([
      'head',
      'deputy',
      'deputy',
      'member',
      'member',
      'member',
      'member',
    ]);
    expect(rows.every((r) => Object.keys(r.errors).length === 0 && !r.dutyDefaulted)).toBe(true);
    const warnings = (await userImportWarnings(rows, h.db)).map(inVietnamese);
    expect(warnings.some((w) => w.startsWith('7 người không ghi Vai trò hoặc Nhiệm vụ được gợi ý theo chức vụ'))).toBe(
      true,
    );
    // The staff default is no longer said: nobody of the list was given it.
    expect(warnings.some((w) => w.includes('sẽ là “Cán bộ”'))).toBe(false);
  });

  it('keeps what the sheet writes, and leaves a staff member staff', async () => {
    const rows = await preview(
      [
        'Họ và tên;Email;Chức vụ;Vai trò;Cơ quan;Nhiệm vụ',
        'Phạm Thị Thanh Trà;written-1@example.gov.vn;Bộ trưởng Bộ Nội vụ;Cơ quan;BNV;Cán bộ',
        'Nguyễn Văn An;written-2@example.gov.vn;Chuyên viên chính Bộ Nội vụ;Cơ quan;BNV;',
        'Phạm Minh Chính;written-3@example.gov.vn;Thủ tướng Chính phủ;Thư ký Ban Chỉ đạo;;',
      ].join('\n'),
    );
    expect(rows.map((r) => [r.values.role, r.values.agencyDuty, r.suggested ?? false])).toEqual([
      ['agency', 'staff', false],
      ['agency', 'staff', false],
      ['secretariat', 'staff', false],
    ]);
    expect(rows[1]!.dutyDefaulted).toBe(true);
  });

  it('names a post it does not know on its row', async () => {
    const rows = await preview(
      [
        'Họ và tên;Email;Chức vụ;Chức danh trong Ban Chỉ đạo',
        'Lê Văn Bình;post-1@example.gov.vn;Thứ trưởng Bộ Y tế;Cố vấn',
      ].join('\n'),
    );
    expect(rows[0]!.errors.committeePosition!.map(inVietnamese)).toEqual([
      'Chức danh trong Ban Chỉ đạo “Cố vấn” không rõ. Chọn một trong: Trưởng ban, Phó Trưởng ban thường trực, Phó Trưởng ban, Ủy viên, Thư ký.',
    ]);
  });
});

describe('the list’s people become the committee’s members', () => {
  it('imports the accounts and the memberships in one go: the committee page shows the head, the deputies and the members with their titles', async () => {
    const committeeId = await newCommittee();
    const rows = await preview(listText());
    const result = await importUsers(
      { actor: admin, rows: posted(rows), committee: { committeeId, validFrom: '2024-03-06' } },
      h.db,
    );
    expect(result).toEqual({ created: 7, skipped: [], members: 7 });
    const committee = (await getCommittee({ actor: admin, committeeId, on: '2024-03-06' }, h.db))!;
    const byPost = Object.fromEntries(
      committee.current.map((g) => [
        g.position,
        g.members.map((m) => [m.personName, m.personTitle, m.agencyName, m.validFrom]),
      ]),
    );
    expect(byPost.head).toEqual([['Phạm Minh Chính', 'Thủ tướng Chính phủ', null, '2024-03-06']]);
    // In the list's order, as the decision lists them (decision 086; it was name order), each with the ministry read
    // from the title.
    expect(byPost.deputy).toEqual([
      ['Trần Lưu Quang', 'Phó Thủ tướng Chính phủ', null, '2024-03-06'],
      ['Phạm Thị Thanh Trà', 'Bộ trưởng Bộ Nội vụ', 'Bộ Nội vụ', '2024-03-06'],
    ]);
    expect(byPost.member!.map((m) => [m[0], m[2]])).toEqual([
      ['Trần Văn Sơn', 'Văn phòng Chính phủ'],
      ['Lê Thành Long', 'Bộ Tư pháp'],
      ['Hồ Đức Phớc', 'Bộ Tài chính'],
      ['Đào Hồng Lan', 'Bộ Y tế'],
    ]);
    // Each account is the person's: the member picker and the attendance find the same people.
    const accounts = await h.db
      .select({ name: users.name, personId: users.personId, personName: people.fullName })
      .from(users)
      .leftJoin(people, eq(people.id, users.personId))
      .where(
        inArray(
          users.email,
          rows.map((r) => r.values.email),
        ),
      );
    expect(accounts.every((a) => a.personId !== null && a.personName === a.name)).toBe(true);
    // The ministries are member agencies (the "committee members" group); the leaders are members as persons.
    const memberships = await h.db
      .select({ agencyId: committeeMembers.agencyId })
      .from(committeeMembers)
      .where(eq(committeeMembers.committeeId, committeeId));
    expect(memberships.filter((m) => m.agencyId !== null)).toHaveLength(5);
  });

  it('a second person of a ministry is a member as a person, the ministry counted once', async () => {
    const committeeId = await newCommittee();
    const rows = await preview(
      [
        'Họ và tên;Email;Chức vụ;Chức danh trong Ban Chỉ đạo',
        'Phạm Thị Thanh Trà;two-1@example.gov.vn;Bộ trưởng Bộ Nội vụ;Phó Trưởng ban thường trực',
        'Triệu Văn Cường;two-2@example.gov.vn;Thứ trưởng Bộ Nội vụ;Ủy viên',
      ].join('\n'),
    );
    await importUsers({ actor: admin, rows: posted(rows), committee: { committeeId, validFrom: '2024-03-06' } }, h.db);
    const memberships = await h.db
      .select({ agencyId: committeeMembers.agencyId, position: committeeMembers.position })
      .from(committeeMembers)
      .where(eq(committeeMembers.committeeId, committeeId))
      .orderBy(committeeMembers.id);
    const bnv = await agencyIdOf(h.db, 'BNV');
    expect(memberships).toEqual([
      { agencyId: bnv, position: 'standing_deputy' },
      { agencyId: null, position: 'member' },
    ]);
    const committee = (await getCommittee({ actor: admin, committeeId, on: '2024-03-06' }, h.db))!;
    expect(committee.current.flatMap((g) => g.members.map((m) => m.agencyName))).toEqual(['Bộ Nội vụ', 'Bộ Nội vụ']);
  });

  it('refuses the whole import, on the row, when the committee has a head already: no account is made', async () => {
    const committeeId = await newCommittee();
    const first = await preview(listText([1]));
    await importUsers({ actor: admin, rows: posted(first), committee: { committeeId, validFrom: '2024-03-06' } }, h.db);
    const rows = await preview(listText([5, 1]).replace(/;Ủy viên;/, ';Trưởng ban;'));
    const error = await importUsers(
      { actor: admin, rows: posted(rows), committee: { committeeId, validFrom: '2024-03-06' } },
      h.db,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(inVietnamese((error as AppError).message)).toBe(
      'Dòng 2 không thêm được vào Ban Chỉ đạo: chưa tạo người dùng nào. Hãy sửa ô “Vị trí trong Ban” được đánh dấu rồi nhập lại.',
    );
    expect(Object.keys((error as AppError).fieldErrors)).toEqual(['rows.0.committeePosition']);
    expect(inVietnamese(Object.values((error as AppError).fieldErrors)[0]!)).toContain('Phạm Minh Chính');
    const made = await h.db
      .select({ id: users.id })
      .from(users)
      .where(
        inArray(
          users.email,
          rows.map((r) => r.values.email),
        ),
      );
    expect(made).toHaveLength(0);
  });

  it('a list with posts asks whether its people join a committee; “accounts only” makes the accounts alone', async () => {
    const rows = await preview(listText([4]));
    // The step passed by: refused, nothing made (the walk imported 21 people and the committee page stayed empty).
    const error = await importUsers({ actor: admin, rows: posted(rows) }, h.db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(inVietnamese((error as AppError).fieldErrors.committeeId!)).toBe(
      'Danh sách có chức danh trong Ban Chỉ đạo: hãy chọn Ban Chỉ đạo để thêm những người này làm thành viên, hoặc chọn “Chỉ tạo tài khoản”.',
    );
    expect(await h.db.select().from(users).where(eq(users.email, rows[0]!.values.email))).toEqual([]);
    expect(await importUsers({ actor: admin, rows: posted(rows), committee: null }, h.db)).toEqual({
      created: 1,
      skipped: [],
      members: 0,
    });
    const [account] = await h.db.select().from(users).where(eq(users.email, rows[0]!.values.email));
    // No membership; the account is the registry's person of the same name and ministry (imported by the tests above,
    // decision 086), offered by default, and no one else.
    expect(rows[0]!.people?.[0]?.by).toBe('nameAgency');
    expect(account!.personId).toBe(rows[0]!.people![0]!.id);
  });
});
