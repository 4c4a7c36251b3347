import { and, desc, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditEntries, committeeMembers, committees, people, tasks, userCommittees, users } from '@/db/schema';
import type { IsoDate } from '@/lib/time';
import { importUsers } from '@/lib/users/import';
import { loadActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { ForbiddenError, type Actor } from '@/lib/policy';
import { assignToTargets } from '@/lib/tasks/assign';
import { createTestDatabase } from '@/tests/db';
import { inVietnamese } from '@/tests/i18n';
import { actorFor, agencyIdOf, makeDirective, makeSession } from '@/tests/factories';
import { addCommitteeMember, createCommittee, endCommitteeMember, updateCommittee } from './mutations';
import { getCommittee, listCommitteesForAdmin, listPeopleOptions, PEOPLE_PICKER_LIMIT } from './queries';

let h: DatabaseHandle;
let admin: Actor;
let secretariat: Actor;
let committeeId: number;
let bnv: number;
let vpcp: number;
let btp: number;

const code = (e: unknown) => (e instanceof AppError ? e.code : e instanceof ForbiddenError ? 'FORBIDDEN' : e);
const fields = (over: Record<string, unknown> = {}) => ({
  code: 'BCD-THU',
  name: 'Ban Chỉ đạo thử nghiệm',
  level: 'central' as const,
  standingAgencyId: null as number | null,
  establishedBy: 'Quyết định số 1/QĐ-TTg ngày 02/01/2025',
  validFrom: '02/01/2025',
  validTo: '',
  ...over,
});

beforeAll(async () => {
  h = await createTestDatabase();
  admin = await actorFor(h.db, { role: 'admin' });
  secretariat = await actorFor(h.db, { role: 'secretariat' });
  [bnv, vpcp, btp] = (await Promise.all(['BNV', 'VPCP', 'BTP'].map((c) => agencyIdOf(h.db, c)))) as [
    number,
    number,
    number,
  ];
  committeeId = await createCommittee({ actor: secretariat, values: fields({ standingAgencyId: bnv }) }, h.db);
});
afterAll(async () => h?.close());

describe('committees', () => {
  it('are created with their fields, audited', async () => {
    const [row] = await h.db.select().from(committees).where(eq(committees.id, committeeId));
    expect(row).toMatchObject({ code: 'BCD-THU', level: 'central', standingAgencyId: bnv, validFrom: '2025-01-02' });
    expect(row!.validTo).toBeNull();
    const audit = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'committee.create'), eq(auditEntries.entityId, String(committeeId))));
    expect(audit).toHaveLength(1);
  });

  it('refuse a code already used, a date range backwards, and the roles that do not manage them', async () => {
    // The same code in lower case is the same code.
    await expect(createCommittee({ actor: admin, values: fields({ code: 'bcd-thu' }) }, h.db)).rejects.toSatisfy(
      (e) => code(e) === 'INVALID',
    );
    await expect(createCommittee({ actor: admin, values: fields() }, h.db)).rejects.toSatisfy(
      (e) => code(e) === 'INVALID',
    );
    await expect(
      createCommittee({ actor: admin, values: fields({ code: 'X-1', validTo: '01/01/2025' }) }, h.db),
    ).rejects.toSatisfy((e) => code(e) === 'INVALID');
    await expect(createCommittee({ actor: admin, values: fields({ code: 'Mã có dấu' }) }, h.db)).rejects.toSatisfy(
      (e) => code(e) === 'INVALID',
    );
    for (const role of ['leader', 'agency'] as const) {
      const actor = await actorFor(h.db, { role, agencyCode: role === 'agency' ? 'BNV' : undefined });
      await expect(createCommittee({ actor, values: fields({ code: `R-${role}` }) }, h.db)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    expect(await h.db.select().from(committees).where(eq(committees.code, 'X-1'))).toEqual([]);
  });

  it('refuse a second committee of one name over the same days, and look-alike letters (attacker pass 20)', async () => {
    const message = async (values: Record<string, unknown>) =>
      createCommittee({ actor: admin, values }, h.db).then(
        () => 'created',
        (e: { fieldErrors?: Record<string, string> }) => e.fieldErrors?.name,
      );
    // Case, accents and spaces aside, it is the same name as BCD-THU's (in operation since 02/01/2025).
    expect(await message(fields({ code: 'DUP-1', name: '  BAN CHỈ ĐẠO   thử nghiệm ' }))).toMatch(
      /^errors.committees.nameTaken\?name=/,
    );
    // "Ban Chỉ đạo" with a Cyrillic "а" and "о": a name nobody could find by typing it.
    expect(await message(fields({ code: 'DUP-2', name: 'Bаn Chỉ đạо khác' }))).toMatch(/^validation.foreignLetters/);
    // A committee formed again after an earlier one of that name ended may keep the name.
    const ended = await createCommittee(
      {
        actor: admin,
        values: fields({ code: 'OLD-1', name: 'Ban Chỉ đạo nhiệm kỳ', validFrom: '01/01/2020', validTo: '31/12/2024' }),
      },
      h.db,
    );
    expect(ended).toBeGreaterThan(0);
    expect(await message(fields({ code: 'NEW-1', name: 'Ban Chỉ đạo nhiệm kỳ', validFrom: '01/01/2025' }))).toBe(
      'created',
    );
    // Renaming one onto the other's name is refused too.
    await expect(
      updateCommittee(
        {
          actor: admin,
          committeeId: ended,
          values: fields({ code: 'OLD-1', name: 'Ban Chỉ đạo thử nghiệm', validFrom: '01/01/2020' }),
        },
        h.db,
      ),
    ).rejects.toSatisfy((e) => code(e) === 'INVALID');
  });

  it('take a standing agency in operation; one that ended since may stay through an edit', async () => {
    const haGiang = await agencyIdOf(h.db, 'P-HAGIANG');
    const ended = 'UBND tỉnh Hà Giang không hoạt động vào ngày';
    await expect(
      createCommittee({ actor: secretariat, values: fields({ code: 'BCD-HG', standingAgencyId: haGiang }) }, h.db),
    ).rejects.toSatisfy((e) => inVietnamese((e as AppError).fieldErrors.standingAgencyId!).startsWith(ended));
    await expect(
      updateCommittee({ actor: secretariat, committeeId, values: fields({ standingAgencyId: haGiang }) }, h.db),
    ).rejects.toSatisfy((e) => inVietnamese((e as AppError).fieldErrors.standingAgencyId!).startsWith(ended));
    // A committee whose standing agency ended (written before this rule, or the agency ended later) is still editable.
    await h.db.update(committees).set({ standingAgencyId: haGiang }).where(eq(committees.id, committeeId));
    await updateCommittee(
      {
        actor: secretariat,
        committeeId,
        values: fields({ standingAgencyId: haGiang, name: 'Ban Chỉ đạo thử nghiệm' }),
      },
      h.db,
    );
    await updateCommittee({ actor: secretariat, committeeId, values: fields({ standingAgencyId: bnv }) }, h.db);
    const [row] = await h.db.select().from(committees).where(eq(committees.id, committeeId));
    expect(row!.standingAgencyId).toBe(bnv);
  });

  it('are edited, and the edit audited with what changed', async () => {
    await updateCommittee(
      { actor: admin, committeeId, values: fields({ name: 'Ban Chỉ đạo thử nghiệm (sửa)', standingAgencyId: bnv }) },
      h.db,
    );
    const [row] = await h.db.select().from(committees).where(eq(committees.id, committeeId));
    expect(row!.name).toBe('Ban Chỉ đạo thử nghiệm (sửa)');
    const [audit] = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'committee.update'), eq(auditEntries.entityId, String(committeeId))))
      .orderBy(desc(auditEntries.id))
      .limit(1);
    expect(audit!.after).toEqual({ name: 'Ban Chỉ đạo thử nghiệm (sửa)' });
    await expect(
      updateCommittee({ actor: admin, committeeId, values: fields({ code: 'BCD-CCHH', standingAgencyId: bnv }) }, h.db),
    ).rejects.toSatisfy((e) => code(e) === 'INVALID');
    await expect(updateCommittee({ actor: admin, committeeId: 999_999, values: fields() }, h.db)).rejects.toSatisfy(
      (e) => code(e) === 'NOT_FOUND',
    );
  });
});

describe('membership over time', () => {
  let head: number;
  let agencyMember: number;
  it('adds an agency, a new person typed in (a people row), and an existing person', async () => {
    agencyMember = await addCommitteeMember(
      { actor: secretariat, values: { committeeId, agencyId: vpcp, position: 'member', validFrom: '01/02/2025' } },
      h.db,
    );
    head = await addCommitteeMember(
      {
        actor: secretariat,
        values: {
          committeeId,
          agencyId: bnv,
          personName: 'Nguyễn Văn Thử',
          personTitle: 'Bộ trưởng Bộ Nội vụ',
          position: 'head',
          validFrom: '01/02/2025',
        },
      },
      h.db,
    );
    const [member] = await h.db.select().from(committeeMembers).where(eq(committeeMembers.id, head));
    const [person] = await h.db.select().from(people).where(eq(people.id, member!.personId!));
    expect(person).toMatchObject({ fullName: 'Nguyễn Văn Thử', positionTitle: 'Bộ trưởng Bộ Nội vụ', agencyId: bnv });
    expect(member).toMatchObject({ agencyId: bnv, position: 'head', validFrom: '2025-02-01', validTo: null });
    const [other] = await h.db.select().from(people).where(ne(people.id, person!.id)).limit(1);
    const secretary = await addCommitteeMember(
      {
        actor: secretariat,
        values: { committeeId, personId: other!.id, position: 'secretary', validFrom: '01/03/2025' },
      },
      h.db,
    );
    const [row] = await h.db.select().from(committeeMembers).where(eq(committeeMembers.id, secretary));
    expect(row).toMatchObject({ agencyId: null, personId: other!.id, position: 'secretary' });
    const audits = await h.db.select().from(auditEntries).where(eq(auditEntries.action, 'committee.member.add'));
    expect(audits.length).toBe(3);
  });

  it('refuses a member that is nobody, a person both chosen and typed, and the same agency twice on a day', async () => {
    const before = await h.db.select().from(committeeMembers).where(eq(committeeMembers.committeeId, committeeId));
    const add = (values: Record<string, unknown>) =>
      addCommitteeMember(
        { actor: secretariat, values: { committeeId, position: 'member', validFrom: '01/02/2025', ...values } },
        h.db,
      );
    await expect(add({})).rejects.toSatisfy((e) => code(e) === 'INVALID');
    await expect(add({ personId: 1, personName: 'Ai đó' })).rejects.toSatisfy((e) => code(e) === 'INVALID');
    await expect(add({ agencyId: vpcp })).rejects.toSatisfy((e) => code(e) === 'INVALID');
    await expect(add({ personId: 999_999 })).rejects.toSatisfy((e) => code(e) === 'INVALID');
    // The same agency again while its membership runs (not only on its first day), the same person twice at once,
    // and a second head at once.
    await expect(add({ agencyId: vpcp, validFrom: '20/03/2025' })).rejects.toSatisfy(
      (e) =>
        inVietnamese((e as AppError).fieldErrors.agencyId!) === 'Đã là thành viên trong thời gian này (từ 01/02/2025).',
    );
    const [headRow] = await h.db.select().from(committeeMembers).where(eq(committeeMembers.id, head));
    await expect(add({ personId: headRow!.personId, validFrom: '01/04/2025' })).rejects.toSatisfy(
      (e) =>
        inVietnamese((e as AppError).fieldErrors.personId!) === 'Đã là thành viên trong thời gian này (từ 01/02/2025).',
    );
    await expect(add({ personName: 'Trần Văn Khác', position: 'head', validFrom: '01/04/2025' })).rejects.toSatisfy(
      (e) =>
        inVietnamese((e as AppError).fieldErrors.position!) ===
        'Ban Chỉ đạo đã có Trưởng ban Nguyễn Văn Thử từ 01/02/2025; hãy kết thúc tư cách thành viên đó trước.',
    );
    await expect(add({ agencyId: vpcp, committeeId: 999_999 })).rejects.toSatisfy((e) => code(e) === 'NOT_FOUND');
    // Hà Giang ended on 30/06/2025 (merged into Tuyên Quang): it may have been a member before, not join after.
    const haGiang = await agencyIdOf(h.db, 'P-HAGIANG');
    await expect(add({ agencyId: haGiang, validFrom: '01/09/2025' })).rejects.toSatisfy(
      (e) =>
        inVietnamese((e as AppError).fieldErrors.agencyId!) ===
        'UBND tỉnh Hà Giang không hoạt động vào ngày 01/09/2025: hãy chọn cơ quan đang hoạt động (cơ quan kế thừa).',
    );
    await expect(add({ agencyId: 2_000_000_000 })).rejects.toSatisfy(
      (e) => inVietnamese((e as AppError).fieldErrors.agencyId!) === 'Không tìm thấy cơ quan được chọn.',
    );
    // A person typed in is named as an account is (attacker pass 33): a Cyrillic "А" made a second "Nguyễn Văn An"
    // in the pickers, and markup or a formula went into the minutes. No people row is made.
    const peopleBefore = await h.db.select({ id: people.id }).from(people);
    for (const personName of ['Nguyễn Văn \u0410n', '<b>Nguyễn Văn An</b>', '=HYPERLINK("http://x")', 'An ☎'])
      await expect(add({ personName, validFrom: '01/05/2025' })).rejects.toSatisfy(
        (e) => code(e) === 'INVALID' && !!(e as AppError).fieldErrors.personName,
      );
    expect(await h.db.select({ id: people.id }).from(people)).toHaveLength(peopleBefore.length);
    const after = await h.db.select().from(committeeMembers).where(eq(committeeMembers.committeeId, committeeId));
    expect(after).toHaveLength(before.length);
  });

  it('ends a membership (never deletes it) and shows the members as of any day', async () => {
    await expect(
      endCommitteeMember({ actor: secretariat, memberId: agencyMember, validTo: '31/01/2025' }, h.db),
    ).rejects.toSatisfy((e) => code(e) === 'INVALID');
    await endCommitteeMember({ actor: secretariat, memberId: agencyMember, validTo: '30/06/2025' }, h.db);
    await expect(
      endCommitteeMember({ actor: secretariat, memberId: agencyMember, validTo: '01/07/2025' }, h.db),
    ).rejects.toSatisfy((e) => code(e) === 'INVALID');
    const [row] = await h.db.select().from(committeeMembers).where(eq(committeeMembers.id, agencyMember));
    expect(row!.validTo).toBe('2025-06-30');

    const inMay = (await getCommittee({ actor: secretariat, committeeId, on: '2025-05-15' }, h.db))!;
    expect(inMay.current.map((g) => g.position)).toEqual(['head', 'member', 'secretary']);
    expect(inMay.current[0]!.members[0]!.personName).toBe('Nguyễn Văn Thử');
    expect(inMay.past).toEqual([]);
    const inJuly = (await getCommittee({ actor: secretariat, committeeId, on: '2025-07-01' }, h.db))!;
    expect(inJuly.current.map((g) => g.position)).toEqual(['head', 'secretary']);
    expect(inJuly.past.map((m) => m.id)).toEqual([agencyMember]);
    const inJanuary = (await getCommittee({ actor: secretariat, committeeId, on: '2025-01-15' }, h.db))!;
    expect(inJanuary.current).toEqual([]);
    expect(inJanuary.upcoming).toHaveLength(3);
    const list = await listCommitteesForAdmin({ actor: secretariat, today: '2025-05-15' }, h.db);
    expect(list.find((c) => c.id === committeeId)!.memberCount).toBe(3);
  });

  it('refuses a membership outside the committee’s own days, through the form and through an import (attacker pass 40)', async () => {
    // A committee that ran through 2024 only: the member form is still on its page, and the import's committee id
    // is posted by the browser, so either could make members of it after it ended (or before it began).
    const ended = await createCommittee(
      {
        actor: secretariat,
        values: fields({
          code: 'BCD-DA-HET',
          name: 'Ban Chỉ đạo đã kết thúc',
          validFrom: '01/01/2024',
          validTo: '31/12/2024',
        }),
      },
      h.db,
    );
    const add = (values: Record<string, unknown>) =>
      addCommitteeMember({ actor: secretariat, values: { committeeId: ended, position: 'member', ...values } }, h.db);
    const refusal = (e: unknown) =>
      e instanceof AppError ? [e.code, Object.keys(e.fieldErrors), inVietnamese(e.message)] : e;
    expect(await add({ agencyId: bnv, validFrom: '01/03/2025' }).catch(refusal)).toEqual([
      'INVALID',
      ['validFrom'],
      'Ban Chỉ đạo hoạt động từ 01/01/2024 đến 31/12/2024: thành viên phải bắt đầu và kết thúc trong thời gian đó.',
    ]);
    expect(await add({ agencyId: bnv, validFrom: '31/12/2023' }).catch(refusal)).toEqual([
      'INVALID',
      ['validFrom'],
      'Ban Chỉ đạo hoạt động từ 01/01/2024 đến 31/12/2024: thành viên phải bắt đầu và kết thúc trong thời gian đó.',
    ]);
    expect(await add({ agencyId: bnv, validFrom: '01/06/2024', validTo: '01/01/2025' }).catch(refusal)).toEqual([
      'INVALID',
      ['validTo'],
      'Ban Chỉ đạo hoạt động từ 01/01/2024 đến 31/12/2024: thành viên phải bắt đầu và kết thúc trong thời gian đó.',
    ]);
    // A person typed in is not made either when the membership is refused.
    await expect(add({ personName: 'Người Sau Khi Kết Thúc', validFrom: '02/01/2025' })).rejects.toBeInstanceOf(
      AppError,
    );
    expect(await h.db.select().from(people).where(eq(people.fullName, 'Người Sau Khi Kết Thúc'))).toEqual([]);
    expect(await h.db.select().from(committeeMembers).where(eq(committeeMembers.committeeId, ended))).toEqual([]);
    // Within its days, and on its first and last day, a member is added as before.
    await add({ agencyId: bnv, validFrom: '01/01/2024' });
    await add({ agencyId: vpcp, validFrom: '31/12/2024', validTo: '31/12/2024' });
    // The committee's days edited the other way round leave out no member: refused under the date, unchanged.
    for (const [over, field] of [
      [{ validFrom: '01/01/2024', validTo: '30/12/2024' }, 'validTo'],
      [{ validFrom: '02/01/2024', validTo: '31/12/2024' }, 'validFrom'],
    ] as const) {
      const edit = await updateCommittee(
        {
          actor: secretariat,
          committeeId: ended,
          values: fields({
            code: 'BCD-DA-HET',
            name: 'Ban Chỉ đạo đã kết thúc',
            ...over,
          }),
        },
        h.db,
      ).catch(refusal);
      expect(edit).toEqual(['INVALID', [field], expect.stringContaining('ngoài thời gian này')]);
    }
    const [still] = await h.db.select().from(committees).where(eq(committees.id, ended));
    expect([still!.validFrom, still!.validTo]).toEqual(['2024-01-01', '2024-12-31']);
    // The list's import goes through the same rule: its rows are refused, no account made.
    const email = 'sau-ket-thuc@example.gov.vn';
    const error = await importUsers(
      {
        actor: admin,
        rows: [
          {
            line: 2,
            email,
            name: 'Lê Văn Sau',
            position: 'Chuyên viên',
            phone: '',
            role: 'agency',
            agencyId: String(btp),
            agencyDuty: 'staff',
            committeePosition: 'member',
          },
        ],
        committee: { committeeId: ended, validFrom: '2025-03-01' as IsoDate },
      },
      h.db,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(inVietnamese((error as AppError).fieldErrors.committeeFrom!)).toBe(
      'Ban Chỉ đạo hoạt động từ 01/01/2024 đến 31/12/2024: thành viên phải bắt đầu và kết thúc trong thời gian đó.',
    );
    expect(await h.db.select().from(users).where(eq(users.email, email))).toEqual([]);
    expect((await h.db.select().from(committeeMembers).where(eq(committeeMembers.committeeId, ended))).length).toBe(2);
  });

  it('ends a membership within the committee’s own days, as the member form adds one (attacker pass 41)', async () => {
    // A committee with a planned end (an ended one's memberships end with it, decision 094).
    const planned = await createCommittee(
      {
        actor: secretariat,
        values: fields({
          code: 'BCD-HET-41',
          name: 'Ban Chỉ đạo kết thúc 41',
          validFrom: '01/01/2024',
          validTo: '31/12/2098',
        }),
      },
      h.db,
    );
    const memberId = await addCommitteeMember(
      {
        actor: secretariat,
        values: { committeeId: planned, position: 'member', agencyId: bnv, validFrom: '01/03/2024' },
      },
      h.db,
    );
    const end = (validTo: string) => endCommitteeMember({ actor: secretariat, memberId, validTo }, h.db);
    for (const day of ['01/01/2099', '31/12/2099']) {
      const error = await end(day).catch((e: unknown) => e);
      expect(error, day).toBeInstanceOf(AppError);
      expect(inVietnamese((error as AppError).fieldErrors.validTo!), day).toBe(
        'Ban Chỉ đạo hoạt động từ 01/01/2024 đến 31/12/2098: thành viên phải bắt đầu và kết thúc trong thời gian đó.',
      );
    }
    const [open] = await h.db.select().from(committeeMembers).where(eq(committeeMembers.id, memberId));
    expect(open!.validTo).toBeNull();
    // Its last day is within them.
    await end('31/12/2098');
    const [closed] = await h.db.select().from(committeeMembers).where(eq(committeeMembers.id, memberId));
    expect(closed!.validTo).toBe('2098-12-31');
  });

  it('is out of reach of a user limited to other committees, who cannot create one either', async () => {
    const user = await actorFor(h.db, { role: 'secretariat' });
    const [demo] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
    await h.db.insert(userCommittees).values({ userId: user.userId, committeeId: demo!.id });
    const limited = (await loadActor(h.db, user.userId, 1))!;
    expect(await getCommittee({ actor: limited, committeeId }, h.db)).toBeNull();
    expect((await listCommitteesForAdmin({ actor: limited }, h.db)).map((c) => c.id)).toEqual([demo!.id]);
    await expect(
      addCommitteeMember(
        { actor: limited, values: { committeeId, agencyId: btp, position: 'member', validFrom: '01/01/2026' } },
        h.db,
      ),
    ).rejects.toSatisfy((e) => code(e) === 'NOT_FOUND');
    await expect(endCommitteeMember({ actor: limited, memberId: head, validTo: '01/01/2026' }, h.db)).rejects.toSatisfy(
      (e) => code(e) === 'NOT_FOUND',
    );
    await expect(createCommittee({ actor: limited, values: fields({ code: 'L-1' }) }, h.db)).rejects.toSatisfy(
      (e) => code(e) === 'FORBIDDEN',
    );
  });
});

describe('the "committee members" group of an assignment', () => {
  it('is the member agencies on the session’s date: one added after it or ended before it is not in it', async () => {
    const actor = await actorFor(h.db, { role: 'admin' });
    const groupCommittee = await createCommittee(
      { actor, values: fields({ code: 'BCD-NHOM', name: 'Ban Chỉ đạo nhóm', validFrom: '01/01/2024' }) },
      h.db,
    );
    const member = (agencyId: number, validFrom: string, validTo = '') =>
      addCommitteeMember(
        { actor, values: { committeeId: groupCommittee, agencyId, position: 'member', validFrom, validTo } },
        h.db,
      );
    await member(bnv, '01/01/2024'); // a member on the day
    await member(vpcp, '16/12/2025'); // added the day after the session
    await member(btp, '01/01/2024', '14/12/2025'); // ended the day before
    // A person alone is no agency of the group.
    await addCommitteeMember(
      {
        actor,
        values: {
          committeeId: groupCommittee,
          personName: 'Trần Thị Thư ký',
          position: 'secretary',
          validFrom: '01/01/2024',
        },
      },
      h.db,
    );
    const session = await makeSession(h.db, secretariat, { committeeCode: 'BCD-NHOM', date: '15/12/2025' });
    const directive = await makeDirective(h.db, secretariat, session.id);
    // As the directive page's assignment form posts it (app/(app)/sessions/[sessionId]/directives/actions.ts).
    const ids = await assignToTargets(
      {
        actor: secretariat,
        directiveId: directive.id,
        target: 'committee_members',
        asOf: 'session',
        leadAgencyIds: [],
        coordinatorIds: [],
        monitorAgencyId: null,
        deadline: { kind: 'urgent' },
      },
      h.db,
    );
    const leads = await h.db
      .select({ lead: tasks.leadAgencyId })
      .from(tasks)
      .where(eq(tasks.directiveId, directive.id));
    expect(ids).toHaveLength(1);
    expect(leads.map((l) => l.lead)).toEqual([bnv]);
  });
});

describe('the member picker past its limit (real people, session 17)', () => {
  it('keeps the people added last, whatever letter their name starts with ("Đ" sorts after "Z" byte by byte)', async () => {
    await h.db
      .insert(people)
      .values(Array.from({ length: PEOPLE_PICKER_LIMIT }, (_, i) => ({ fullName: `Trần Văn Số ${i}` })));
    const [minister] = await h.db.insert(people).values({ fullName: 'Đỗ Thanh Bình' }).returning();
    const options = await listPeopleOptions({ actor: secretariat }, h.db);
    expect(options).toHaveLength(PEOPLE_PICKER_LIMIT);
    expect(options.map((o) => o.id)).toContain(minister!.id);
    // In Vietnamese order: Đ after D, before T.
    expect(options[0]!.fullName).toBe('Đỗ Thanh Bình');
  });
});

describe('members whose agency ended (real data, session 17)', () => {
  it('lists a member ministry merged on 01/03/2025 among the past members, not the current ones', async () => {
    const [par] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
    const detail = (await getCommittee({ actor: secretariat, committeeId: par!.id, on: '2026-12-02' }, h.db))!;
    const current = detail.current.flatMap((g) => g.members.map((m) => m.agencyName));
    expect(current).toContain('Bộ Nội vụ');
    expect(current).not.toContain('Bộ Kế hoạch và Đầu tư');
    expect(detail.past.find((m) => m.agencyName === 'Bộ Kế hoạch và Đầu tư')?.validTo).toBe('2025-02-28');
    const before = (await getCommittee({ actor: secretariat, committeeId: par!.id, on: '2024-06-01' }, h.db))!;
    expect(before.current.flatMap((g) => g.members.map((m) => m.agencyName))).toContain('Bộ Kế hoạch và Đầu tư');
  });
});
