import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditEntries, users } from '@/db/schema';
import { actorFromToken, createApiToken } from '@/lib/api/tokens';
import { loadActor } from '@/lib/auth/actor';
import { checkSession, startSession } from '@/lib/auth/sessions';
import { authenticate } from '@/lib/auth/sign-in';
import type { Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { TEST_PASSWORD, actorFor } from '@/tests/factories';
import { emailOutbox, passwordLinks } from '@/db/schema';
import { agencyIdOf } from '@/tests/factories';
import {
  createUser,
  resetTwoFactor,
  setUserActive,
  setUserCommittees,
  updateOwnProfile,
  updateUser,
} from './mutations';
import { getUserForEdit, listCommitteeChoices, listUsers } from './queries';
import { committees, userCommittees } from '@/db/schema';
import { vnDate } from '@/lib/time';
import { formDataToObject } from '@/lib/forms/form-data';
import { updateUserSchema, userFieldsSchema, userListFilterSchema } from './schemas';
import { inEnglish, inVietnamese, refusal } from '@/tests/i18n';
import { STALE_MESSAGE } from '@/lib/errors';

let h: DatabaseHandle;
const actors: Record<string, Actor> = {};
beforeAll(async () => {
  h = await createTestDatabase();
  actors.admin = await actorFor(h.db, { role: 'admin' });
  actors.thuky = await actorFor(h.db, { role: 'secretariat' });
  actors.vpcp = await actorFor(h.db, { role: 'agency', agencyCode: 'VPCP', password: TEST_PASSWORD });
});
afterAll(() => h.close());

describe("turning off a user's two-step sign-in (a lost phone)", () => {
  it('clears the secret, ends the sessions, asks for a new enrolment where the role requires it, audited; admins only, not their own', async () => {
    const target = await actorFor(h.db, { role: 'secretariat', password: TEST_PASSWORD });
    const { token } = await createApiToken({ actor: target, name: 'script', days: 30, password: TEST_PASSWORD }, h.db);
    await h.db
      .update(users)
      .set({ totpSecret: 'sealed', totpEnabledAt: new Date() })
      .where(eq(users.id, target.userId));
    const session = await startSession(h.db, target.userId, null);
    expect(await actorFromToken(h.db, token)).not.toBeNull();
    expect(await refusal(resetTwoFactor({ actor: actors.thuky!, userId: target.userId }, h.db))).toBeTruthy();
    expect((await refusal(resetTwoFactor({ actor: actors.admin!, userId: actors.admin!.userId }, h.db))).message).toBe(
      'Hãy tắt xác thực hai bước của mình tại trang Tài khoản.',
    );
    await resetTwoFactor({ actor: actors.admin!, userId: target.userId }, h.db);
    const [row] = await h.db.select().from(users).where(eq(users.id, target.userId));
    expect([row!.totpSecret, row!.totpEnabledAt]).toEqual([null, null]);
    expect(await checkSession(h.db, session, target.userId)).toBe(false);
    expect(await loadActor(h.db, target.userId, row!.sessionVersion - 1)).toBeNull();
    expect(await actorFromToken(h.db, token)).toBeNull();
    const audits = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'user.totp_reset'), eq(auditEntries.entityId, String(target.userId))));
    expect(audits).toHaveLength(1);
    expect((await refusal(resetTwoFactor({ actor: actors.admin!, userId: target.userId }, h.db))).message).toBe(
      'Người dùng này chưa bật xác thực hai bước.',
    );
  });
});

describe('disabling an account', () => {
  it('ends its sessions at once, refuses its sign-in, is audited, and can be undone', async () => {
    const target = actors.vpcp!;
    const session = await startSession(h.db, target.userId, null);
    await setUserActive({ actor: actors.admin!, userId: target.userId, active: false }, h.db);
    expect(await checkSession(h.db, session, target.userId)).toBe(false);
    const [row] = await h.db.select().from(users).where(eq(users.id, target.userId));
    expect(await loadActor(h.db, target.userId, row!.sessionVersion)).toBeNull();
    expect((await authenticate(h.db, { email: target.email, password: TEST_PASSWORD })).ok).toBe(false);
    const audits = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'user.disable'), eq(auditEntries.entityId, String(target.userId))));
    expect(audits).toHaveLength(1);
    await setUserActive({ actor: actors.admin!, userId: target.userId, active: true }, h.db);
    expect((await authenticate(h.db, { email: target.email, password: TEST_PASSWORD })).ok).toBe(true);
  });

  it('only the administrator may, and not on their own account', async () => {
    await expect(
      setUserActive({ actor: actors.thuky!, userId: actors.vpcp!.userId, active: false }, h.db),
    ).rejects.toThrow();
    expect(
      (await refusal(setUserActive({ actor: actors.admin!, userId: actors.admin!.userId, active: false }, h.db)))
        .message,
    ).toContain('Không thể tự khóa');
    const refused = await setUserActive(
      { actor: actors.admin!, userId: actors.admin!.userId, active: false },
      h.db,
    ).catch((e: Error) => e);
    expect(inEnglish((refused as Error).message)).toBe('You cannot disable your own account.');
  });
});

describe('creating and editing people', () => {
  it('creates an invited focal point and staff of one agency, each with an invitation in the outbox', async () => {
    const agencyId = await agencyIdOf(h.db, 'BNV');
    const focal = await createUser(
      {
        actor: actors.admin!,
        fields: {
          email: ' Dau.Moi@Moha.gov.vn ',
          name: 'Nguyễn Văn Đầu Mối',
          position: 'Chuyên viên chính',
          phone: '024 3824 1234',
          role: 'agency',
          agencyId: String(agencyId),
          agencyDuty: 'focal_point',
        },
      },
      h.db,
    );
    expect(focal.email).toBe('dau.moi@moha.gov.vn');
    const staff = await createUser(
      {
        actor: actors.admin!,
        fields: { email: 'can.bo@moha.gov.vn', name: 'Trần Thị Cán Bộ', role: 'agency', agencyId, agencyDuty: 'staff' },
      },
      h.db,
    );
    const [row] = await h.db.select().from(users).where(eq(users.id, staff.userId));
    expect(row).toMatchObject({ agencyId, agencyDuty: 'staff', passwordHash: '!unset' });
    const mails = await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'can.bo@moha.gov.vn'));
    expect(mails).toHaveLength(1);
    const links = await h.db.select().from(passwordLinks).where(eq(passwordLinks.userId, staff.userId));
    expect(links.map((l) => l.purpose)).toEqual(['invite']);
  });

  it('refuses a duplicate email, an agency user without agency, and a secretariat user', async () => {
    expect(
      (
        await refusal(
          createUser(
            { actor: actors.admin!, fields: { email: 'DAU.MOI@moha.gov.vn', name: 'X', role: 'leader' } },
            h.db,
          ),
        )
      ).message,
    ).toContain('đã có tài khoản');
    expect(
      (
        await refusal(
          createUser({ actor: actors.admin!, fields: { email: 'a@b.vn', name: 'X', role: 'agency' } }, h.db),
        )
      ).message,
    ).toContain('phải thuộc một cơ quan');
    await expect(
      createUser({ actor: actors.thuky!, fields: { email: 'c@b.vn', name: 'X', role: 'leader' } }, h.db),
    ).rejects.toThrow();
    expect(await h.db.select().from(users).where(eq(users.email, 'a@b.vn'))).toHaveLength(0);
  });

  it('a change of duty, role or agency ends the sessions and tokens; a change of phone does not', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BTP', password: TEST_PASSWORD });
    const [before] = await h.db.select().from(users).where(eq(users.id, target.userId));
    const base = { email: before!.email, name: before!.name, role: 'agency' as const, agencyId: before!.agencyId };
    const session = await startSession(h.db, target.userId, null);
    await updateUser({ actor: actors.admin!, userId: target.userId, fields: { ...base, phone: '0912 345 678' } }, h.db);
    expect(await checkSession(h.db, session, target.userId)).toBe(true);
    const [same] = await h.db.select().from(users).where(eq(users.id, target.userId));
    expect(same!.sessionVersion).toBe(before!.sessionVersion);
    await updateUser({ actor: actors.admin!, userId: target.userId, fields: { ...base, agencyDuty: 'staff' } }, h.db);
    expect(await checkSession(h.db, session, target.userId)).toBe(false);
    const [after] = await h.db.select().from(users).where(eq(users.id, target.userId));
    expect(after!.sessionVersion).toBeGreaterThan(before!.sessionVersion);
    expect(after!.credentialsVersion).toBeGreaterThan(before!.credentialsVersion);
    expect(await loadActor(h.db, target.userId, before!.sessionVersion)).toBeNull();
  });

  it('a form read before another save is refused, not saved over it: the account keeps the later move (attacker pass 39)', async () => {
    const target = await actorFor(h.db, { role: 'agency', agencyCode: 'BTP', password: TEST_PASSWORD });
    const read = (await getUserForEdit({ actor: actors.admin!, userId: target.userId }, h.db))!;
    const fields = { email: read.email, name: read.name, role: 'agency' as const, agencyId: read.agencyId };
    const committee = (await h.db.select({ id: committees.id }).from(committees))[0]!.id;
    // Another tab moves the person to another agency as staff, at the version both tabs read.
    const moha = await agencyIdOf(h.db, 'BNV');
    await updateUser(
      {
        actor: actors.admin!,
        userId: target.userId,
        version: read.version,
        fields: { ...fields, agencyId: moha, agencyDuty: 'staff' },
      },
      h.db,
    );
    // The first tab, still at that version, corrects only the phone (its form posts every field), then the committees.
    const stale = await refusal(
      updateUser(
        {
          actor: actors.admin!,
          userId: target.userId,
          version: read.version,
          fields: { ...fields, phone: '0912 345 678' },
        },
        h.db,
      ),
    );
    expect(stale.message).toBe(inVietnamese(STALE_MESSAGE));
    expect(
      (
        await refusal(
          setUserCommittees(
            { actor: actors.admin!, userId: target.userId, version: read.version, committeeIds: [committee] },
            h.db,
          ),
        )
      ).message,
    ).toBe(inVietnamese(STALE_MESSAGE));
    const [row] = await h.db.select().from(users).where(eq(users.id, target.userId));
    expect([row!.agencyId, row!.agencyDuty, row!.phone]).toEqual([moha, 'staff', null]);
    expect(await h.db.select().from(userCommittees).where(eq(userCommittees.userId, target.userId))).toEqual([]);
    // Read again, the form saves; the committees form at that version too, and the person's own profile bumps it.
    const again = (await getUserForEdit({ actor: actors.admin!, userId: target.userId }, h.db))!;
    expect(again.version).toBe(read.version + 1);
    await setUserCommittees(
      { actor: actors.admin!, userId: target.userId, version: again.version, committeeIds: [committee] },
      h.db,
    );
    const moved = await loadActor(h.db, target.userId, row!.sessionVersion);
    await updateOwnProfile({ actor: moved!, fields: { name: read.name, phone: '0987 654 321' } }, h.db);
    expect((await getUserForEdit({ actor: actors.admin!, userId: target.userId }, h.db))!.version).toBe(
      again.version + 2,
    );
    expect(
      (
        await refusal(
          updateUser({ actor: actors.admin!, userId: target.userId, version: again.version + 1, fields }, h.db),
        )
      ).message,
    ).toBe(inVietnamese(STALE_MESSAGE));
  });

  it('refuses to change one’s own role', async () => {
    const me = actors.admin!;
    const [row] = await h.db.select().from(users).where(eq(users.id, me.userId));
    const r = await refusal(
      updateUser(
        { actor: me, userId: me.userId, fields: { email: row!.email, name: row!.name, role: 'leader' } },
        h.db,
      ),
    );
    expect(r.message).toContain('tự đổi vai trò');
  });
});

describe("the administrator's list of users", () => {
  it('finds users by words of their name, position or agency without accents, and by role', async () => {
    const found = await listUsers({ actor: actors.admin!, q: 'dau moi chuyen vien' }, h.db);
    expect(found.map((u) => u.email)).toEqual(['dau.moi@moha.gov.vn']);
    expect(found[0]).toMatchObject({ position: 'Chuyên viên chính', agencyDuty: 'focal_point', passwordSet: false });
    const staff = await listUsers({ actor: actors.admin!, q: 'CAN BO noi vu' }, h.db);
    expect(staff.map((u) => [u.email, u.agencyDuty])).toEqual([['can.bo@moha.gov.vn', 'staff']]);
    const leaders = await listUsers({ actor: actors.admin!, role: 'leader' }, h.db);
    expect(leaders.length).toBeGreaterThan(0);
    expect(leaders.every((u) => u.role === 'leader')).toBe(true);
    expect((await listUsers({ actor: actors.admin! }, h.db)).length).toBeGreaterThan(leaders.length);
    await expect(listUsers({ actor: actors.thuky! }, h.db)).rejects.toThrow();
  });

  it('the edit form reads one user with the committees they serve', async () => {
    const [u] = await h.db.select().from(users).where(eq(users.email, 'dau.moi@moha.gov.vn'));
    const read = await getUserForEdit({ actor: actors.admin!, userId: u!.id }, h.db);
    expect(read).toMatchObject({ email: 'dau.moi@moha.gov.vn', phone: '024 3824 1234', committeeIds: [] });
    expect(await getUserForEdit({ actor: actors.admin!, userId: 999_999 }, h.db)).toBeNull();
    await expect(getUserForEdit({ actor: actors.thuky!, userId: u!.id }, h.db)).rejects.toThrow();
  });
});

describe('the committees a user serves', () => {
  it('limits a user to the ticked committees, audited; none ticked serves every committee again', async () => {
    const target = await actorFor(h.db, { role: 'secretariat' });
    expect(target.committeeIds ?? null).toBeNull();
    const all = await h.db.select({ id: committees.id }).from(committees);
    const choices = await listCommitteeChoices({ actor: actors.admin!, today: vnDate() }, h.db);
    expect(choices.length).toBeGreaterThan(0);
    const one = all[0]!.id;
    expect(
      await setUserCommittees({ actor: actors.admin!, userId: target.userId, committeeIds: [one, one] }, h.db),
    ).toBe(true);
    const [row] = await h.db.select().from(users).where(eq(users.id, target.userId));
    // The sessions go on (decision 029): the next request loads the actor with its committees.
    expect(row!.sessionVersion).toBe(1);
    expect((await loadActor(h.db, target.userId, row!.sessionVersion))!.committeeIds).toEqual([one]);
    expect(await setUserCommittees({ actor: actors.admin!, userId: target.userId, committeeIds: [one] }, h.db)).toBe(
      false,
    );
    const audits = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'user.committees'), eq(auditEntries.entityId, String(target.userId))));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toEqual({ committeeIds: [one] });
    expect(
      (await refusal(setUserCommittees({ actor: actors.admin!, userId: target.userId, committeeIds: [999_999] }, h.db)))
        .message,
    ).toContain('Không tìm thấy Ban Chỉ đạo');
    await expect(
      setUserCommittees({ actor: actors.thuky!, userId: target.userId, committeeIds: [] }, h.db),
    ).rejects.toThrow();
    await setUserCommittees({ actor: actors.admin!, userId: target.userId, committeeIds: [] }, h.db);
    expect(await h.db.select().from(userCommittees).where(eq(userCommittees.userId, target.userId))).toEqual([]);
    expect((await loadActor(h.db, target.userId, 1))!.committeeIds).toBeNull();
  });
});

describe('the forms of /admin/users/new and /admin/users/[id], as their actions parse them', () => {
  it('creates from the posted form, then edits position, phone and duty from the edit form', async () => {
    const agencyId = await agencyIdOf(h.db, 'BTP');
    const posted = new FormData();
    for (const [k, v] of Object.entries({
      email: 'chuyen.vien@moj.gov.vn',
      name: 'Lê Văn Chuyên Viên',
      position: '',
      phone: '',
      role: 'agency',
      agencyId: String(agencyId),
      agencyDuty: 'staff',
    }))
      posted.append(k, v);
    const fields = userFieldsSchema.parse(formDataToObject(posted));
    const { userId } = await createUser({ actor: actors.admin!, fields }, h.db);
    const edit = updateUserSchema.parse(
      formDataToObject(
        (() => {
          const f = new FormData();
          for (const [k, v] of Object.entries({
            userId: String(userId),
            version: '1',
            email: 'chuyen.vien@moj.gov.vn',
            name: 'Lê Văn Chuyên Viên',
            position: 'Chuyên viên chính',
            phone: '024 6273 9999',
            role: 'agency',
            agencyId: String(agencyId),
            agencyDuty: 'focal_point',
          }))
            f.append(k, v);
          return f;
        })(),
      ),
    );
    const { userId: id, version, ...rest } = edit;
    await updateUser({ actor: actors.admin!, userId: id, version, fields: rest }, h.db);
    expect(await getUserForEdit({ actor: actors.admin!, userId }, h.db)).toMatchObject({
      position: 'Chuyên viên chính',
      phone: '024 6273 9999',
      agencyDuty: 'focal_point',
      isActive: true,
      passwordSet: false,
    });
    const audits = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'user.update'), eq(auditEntries.entityId, String(userId))));
    expect(audits[0]!.after).toEqual({
      position: 'Chuyên viên chính',
      phone: '024 6273 9999',
      agencyDuty: 'focal_point',
    });
  });

  it('the list filter takes a search and one role, and ignores anything else', () => {
    expect(userListFilterSchema.parse({ q: ' cán bộ ', role: 'agency' })).toEqual({ q: 'cán bộ', role: 'agency' });
    expect(userListFilterSchema.parse({ q: ['a', 'b'], role: 'root' })).toEqual({ q: '', role: null });
    expect(userListFilterSchema.parse({})).toEqual({ q: '', role: null });
  });
});

describe('one’s own name, position and phone', () => {
  it('any role corrects their own row only, audited; role, email and agency stay; a look-alike letter or an empty name changes nothing', async () => {
    const head = await actorFor(h.db, { role: 'agency', agencyCode: 'BTP' });
    const other = actors.thuky!;
    const before = await h.db.select().from(users).where(eq(users.id, other.userId));
    // Fields another form would send (role, email, agency, another user's id) are not the profile's: ignored.
    const fields = { name: '  Nguyễn Thị Mai Hương ', position: 'Chuyên viên chính', phone: '0912 345 678' };
    const smuggled = { ...fields, role: 'admin', email: 'x@y.vn', agencyId: 1, userId: other.userId };
    expect(await updateOwnProfile({ actor: head, fields: smuggled }, h.db)).toEqual({ changed: true });
    const [mine] = await h.db.select().from(users).where(eq(users.id, head.userId));
    expect(mine).toMatchObject({
      name: 'Nguyễn Thị Mai Hương',
      position: 'Chuyên viên chính',
      phone: '0912 345 678',
      role: 'agency',
      email: head.email,
    });
    expect(await h.db.select().from(users).where(eq(users.id, other.userId))).toEqual(before);
    const audits = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'user.update'), eq(auditEntries.entityId, String(head.userId))));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toEqual({
      name: 'Nguyễn Thị Mai Hương',
      position: 'Chuyên viên chính',
      phone: '0912 345 678',
    });
    // The same again changes nothing and writes no audit row; nor does an empty field where the row holds ''.
    expect(await updateOwnProfile({ actor: head, fields }, h.db)).toEqual({ changed: false });
    await h.db.update(users).set({ position: '' }).where(eq(users.id, other.userId));
    expect(
      await updateOwnProfile({ actor: other, fields: { name: other.name, position: '', phone: '' } }, h.db),
    ).toEqual({ changed: false });
    for (const bad of [
      { ...fields, name: '   ' },
      { ...fields, name: 'Nguy\u0435n Thị Mai Hương' },
      { ...fields, phone: '=HYPERLINK("x")' },
      { ...fields, name: 'x'.repeat(201) },
    ])
      await expect(updateOwnProfile({ actor: head, fields: bad }, h.db)).rejects.toThrow();
    const [after] = await h.db.select().from(users).where(eq(users.id, head.userId));
    expect(after!.name).toBe('Nguyễn Thị Mai Hương');
    const all = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'user.update'), eq(auditEntries.entityId, String(head.userId))));
    expect(all).toHaveLength(1);
  });

  it('one may not take the name of another account of one’s agency, in any case; another agency’s, or one’s own kept, is fine', async () => {
    // The timeline names an author "name (agency)": a staff member of Bộ Nội vụ who took the name of the
    // secretariat's clerk (also of Bộ Nội vụ) wrote comments no reader could tell from the clerk's (attacker pass 36).
    const TAKEN =
      'Tên này trùng với tên của một người dùng khác cùng cơ quan; nhờ quản trị viên đổi tên nếu đây đúng là tên của bạn.';
    const clerk = await actorFor(h.db, { role: 'secretariat', agencyCode: 'BNV', name: 'Nguyễn Thu Hằng' });
    const staff = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV', name: 'Lê Văn Nhân' });
    const elsewhere = await actorFor(h.db, { role: 'agency', agencyCode: 'BTP', name: 'Phạm Quốc Đạt' });
    const leader = await actorFor(h.db, { role: 'leader', name: 'Trần Minh Khôi' });
    const other = await actorFor(h.db, { role: 'leader', name: 'Hoàng Văn Lâm' });
    for (const name of [
      'Nguyễn Thu Hằng',
      'NGUYỄN THU HẰNG',
      'nguyễn thu hằng',
      'Nguye\u0302\u0303n Thu Hằng',
      'Nguyễn Thu Hằng.',
      'Nguyễn  Thu-Hằng',
      'Nguyễn Thu Hằng (Thư ký)',
    ])
      expect(
        (await refusal(updateOwnProfile({ actor: staff, fields: { name, position: '', phone: '' } }, h.db)))
          .fieldErrors,
      ).toEqual({ name: TAKEN });
    expect(
      (
        await refusal(
          updateOwnProfile({ actor: other, fields: { name: 'Trần Minh Khôi', position: '', phone: '' } }, h.db),
        )
      ).message,
    ).toBe(TAKEN);
    const [still] = await h.db.select().from(users).where(eq(users.id, staff.userId));
    expect(still!.name).toBe('Lê Văn Nhân');
    // Another agency's name is told apart by its agency; one's own name kept while the phone changes is not judged.
    expect(
      await updateOwnProfile({ actor: elsewhere, fields: { name: 'Nguyễn Thu Hằng', position: '', phone: '' } }, h.db),
    ).toEqual({ changed: true });
    await h.db.update(users).set({ name: 'Lê Văn Nhân' }).where(eq(users.id, clerk.userId)); // the administrator's doing
    expect(
      await updateOwnProfile(
        { actor: staff, fields: { name: 'Lê Văn Nhân', position: '', phone: '0912 345 678' } },
        h.db,
      ),
    ).toEqual({ changed: true });
    expect(leader.userId).toBeGreaterThan(0);
  });
});
