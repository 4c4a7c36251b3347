import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { attendances, auditEntries, committees, conferencePoints, documents, sessions } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { ForbiddenError, type Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { actorFor, makeSession } from '@/tests/factories';
import { updateCommittee } from '@/lib/committees/mutations';
import { addAttendees, removeAttendee } from './attendees';
import {
  addAllProvincePoints,
  addPoint,
  createSession,
  sessionStatusChoices,
  updatePoint,
  updateSession,
} from './mutations';
import { parsePastedAttendees } from './attendee-import';
import { getPointDetail, getSessionDetail, listSessions, searchPeople } from './queries';
import { sessionFormSchema, type SessionFormValues } from './schemas';
import { inEnglish, inVietnamese } from '@/tests/i18n';

let h: DatabaseHandle;
let secretariat: Actor;
let agencyHead: Actor;
let committeeId: number;

const values = (over: Partial<SessionFormValues> = {}): SessionFormValues =>
  sessionFormSchema.parse({
    committeeId,
    number: 18,
    title: 'Phiên họp thứ 18 Ban Chỉ đạo cải cách hành chính của Chính phủ',
    date: '2025-01-15',
    time: '14:00',
    format: 'hybrid',
    status: 'planned',
    agenda: [{ title: 'Sơ kết cải cách hành chính năm 2024' }, { title: 'Nhiệm vụ năm 2025' }],
    figures: [{ label: 'Thủ tục được cắt giảm', value: '1.234,5'.replace('.', ''), unit: 'thủ tục' }],
    ...over,
  });

const auditCount = async (action: string) =>
  (
    await h.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(auditEntries)
      .where(eq(auditEntries.action, action))
  )[0]!.n;

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  h = await createTestDatabase();
  secretariat = await actorFor(h.db, { role: 'secretariat', agencyCode: 'BNV' });
  agencyHead = await actorFor(h.db, { role: 'agency', agencyCode: 'P-TUYENQUANG' });
  const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
  committeeId = c!.id;
});
afterAll(() => h.close());

describe('sessions', () => {
  let sessionId: number;

  it('creates a session with agenda and figures, stored in Vietnam time, and audits it', async () => {
    const audited = await auditCount('session.create');
    sessionId = await createSession({ actor: secretariat, values: values() }, h.db);
    const detail = await getSessionDetail({ actor: secretariat, sessionId }, h.db);
    expect(detail!.startsAt.toISOString()).toBe('2025-01-15T07:00:00.000Z');
    expect(detail!.agenda.map((a) => a.title)).toEqual(['Sơ kết cải cách hành chính năm 2024', 'Nhiệm vụ năm 2025']);
    expect(Number(detail!.figures[0]!.value)).toBe(1234.5);
    expect(await auditCount('session.create')).toBe(audited + 1);
  });

  it('refuses a duplicate number in the same committee and saves nothing', async () => {
    const before = await h.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(sessions);
    const error = await refusal(createSession({ actor: secretariat, values: values({ title: 'Trùng số' }) }, h.db));
    expect(inVietnamese(error.message)).toBe('Phiên họp số 18 đã có trong Ban Chỉ đạo này.');
    expect(inVietnamese(error.fieldErrors.number!)).toBe('Số 18 đã được dùng cho một phiên họp khác.');
    expect(inEnglish(error.fieldErrors.number!)).toBe('Number 18 is already used by another session.');
    const after = await h.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(sessions);
    expect(after).toEqual(before);
    // The 7th session's number is taken too, when editing.
    const error2 = await refusal(
      updateSession({ actor: secretariat, sessionId, version: 1, values: values({ number: 7 }) }, h.db),
    );
    expect(error2.fieldErrors.number).toBeDefined();
  });

  it('refuses a stale save: the second of two editors of version 1 is told, and the first save stands', async () => {
    const first = await updateSession(
      { actor: secretariat, sessionId, version: 1, values: values({ title: 'Bản của người thứ nhất' }) },
      h.db,
    );
    expect(first).toBe(2);
    const error = await refusal(
      updateSession(
        { actor: secretariat, sessionId, version: 1, values: values({ title: 'Bản của người thứ hai', agenda: [] }) },
        h.db,
      ),
    );
    expect(error.code).toBe('CONFLICT');
    expect(inVietnamese(error.message)).toContain('người khác');
    const detail = await getSessionDetail({ actor: secretariat, sessionId }, h.db);
    expect(detail!.title).toBe('Bản của người thứ nhất');
    expect(detail!.agenda).toHaveLength(2);
    expect(await auditCount('session.update')).toBe(1);
  });

  it('lets only the secretariat (and admin) change sessions', async () => {
    await expect(createSession({ actor: agencyHead, values: values({ number: 99 }) }, h.db)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      addPoint({ actor: agencyHead, sessionId, point: { name: 'X', hostAgencyId: null, isMain: false } }, h.db),
    ).rejects.toBeInstanceOf(ForbiddenError);
    // Agencies do not see a session before its notice is published.
    expect(await getSessionDetail({ actor: agencyHead, sessionId }, h.db)).toBeNull();
    expect((await listSessions({ actor: agencyHead }, h.db)).some((s) => s.id === sessionId)).toBe(false);
  });

  it('keeps one main point, adds all provinces as of the session date once, and audits', async () => {
    const main = await addPoint(
      { actor: secretariat, sessionId, point: { name: 'Trụ sở Chính phủ', hostAgencyId: null, isMain: true } },
      h.db,
    );
    const other = await addPoint(
      { actor: secretariat, sessionId, point: { name: 'Điểm cầu phụ', hostAgencyId: null, isMain: false } },
      h.db,
    );
    await updatePoint(
      {
        actor: secretariat,
        sessionId,
        pointId: other,
        point: { name: 'Điểm cầu phụ', hostAgencyId: null, isMain: true },
      },
      h.db,
    );
    const mains = await h.db
      .select()
      .from(conferencePoints)
      .where(and(eq(conferencePoints.sessionId, sessionId), eq(conferencePoints.isMain, true)));
    expect(mains.map((p) => p.id)).toEqual([other]);
    expect(main).not.toBe(other);

    expect(await addAllProvincePoints({ actor: secretariat, sessionId }, h.db)).toBe(63); // 15/01/2025: still 63
    expect(await addAllProvincePoints({ actor: secretariat, sessionId }, h.db)).toBe(0);
    const names = (await getSessionDetail({ actor: secretariat, sessionId }, h.db))!.points.map((p) => p.name);
    expect(names).toContain('Tỉnh Hà Giang');
    expect(names).toContain('Thành phố Hà Nội');

    const later = await createSession({ actor: secretariat, values: values({ number: 9, date: '2025-08-20' }) }, h.db);
    expect(await addAllProvincePoints({ actor: secretariat, sessionId: later }, h.db)).toBe(34);
    expect(await auditCount('point.create_all_provinces')).toBe(2);
  });

  it('refuses a second point named as a workbook cannot tell apart, in case, spacing or a leading "Điểm cầu" (attacker pass 38)', async () => {
    const own = await createSession({ actor: secretariat, values: values({ number: 38 }) }, h.db);
    const point = (name: string) => ({ name, hostAgencyId: null, isMain: false });
    const first = await addPoint({ actor: secretariat, sessionId: own, point: point('Điểm cầu thử') }, h.db);
    for (const name of ['ĐIỂM CẦU THỬ', 'điểm cầu  thử', 'Thử']) {
      const error = await refusal(addPoint({ actor: secretariat, sessionId: own, point: point(name) }, h.db));
      expect(inVietnamese(error.fieldErrors.name!)).toBe('Tên điểm cầu đã được dùng.');
      expect(inVietnamese(error.message)).toBe('Điểm cầu "Điểm cầu thử" đã có trong phiên họp.');
    }
    const second = await addPoint({ actor: secretariat, sessionId: own, point: point('Điểm cầu thứ hai') }, h.db);
    // Renamed to the other's name in capitals: refused; to its own name in capitals: taken.
    await refusal(updatePoint({ actor: secretariat, sessionId: own, pointId: second, point: point('THỬ') }, h.db));
    await updatePoint({ actor: secretariat, sessionId: own, pointId: first, point: point('ĐIỂM CẦU THỬ') }, h.db);
    const names = (await getSessionDetail({ actor: secretariat, sessionId: own }, h.db))!.points.map((p) => p.name);
    expect(new Set(names)).toEqual(new Set(['Điểm cầu thứ hai', 'ĐIỂM CẦU THỬ']));
    // Another session may use the name.
    const other = await createSession({ actor: secretariat, values: values({ number: 39 }) }, h.db);
    await addPoint({ actor: secretariat, sessionId: other, point: point('điểm cầu thử') }, h.db);
    // A point typed for a province keeps "all provinces" from adding the province's own beside it.
    await addPoint({ actor: secretariat, sessionId: other, point: point('Điểm cầu tỉnh hà giang') }, h.db);
    await addAllProvincePoints({ actor: secretariat, sessionId: other }, h.db);
    const provinceNames = (await getSessionDetail({ actor: secretariat, sessionId: other }, h.db))!.points.map(
      (p) => p.name,
    );
    expect(provinceNames).not.toContain('Tỉnh Hà Giang');
    expect(provinceNames).toContain('Tỉnh Tuyên Quang');
  });

  it('saves an attendee batch in one transaction, and a batch with a bad row saves nothing', async () => {
    const [point] = await h.db
      .select()
      .from(conferencePoints)
      .where(and(eq(conferencePoints.sessionId, sessionId), eq(conferencePoints.name, 'Tỉnh Tuyên Quang')));
    const row = (fullName: string, extra = {}) => ({
      fullName,
      positionTitle: 'Giám đốc Sở',
      agencyName: 'UBND tỉnh Tuyên Quang',
      role: 'member',
      presence: 'present',
      representedBy: null,
      ...extra,
    });
    const count = async () => (await h.db.select().from(attendances).where(eq(attendances.pointId, point!.id))).length;

    const error = await refusal(
      addAttendees(
        {
          actor: secretariat,
          sessionId,
          pointId: point!.id,
          attendees: [row('Nguyễn Văn An'), row('Trần 3'), row('Lê Thị Bình', { presence: 'represented' })],
        },
        h.db,
      ),
    );
    expect(inVietnamese(error.message)).toBe('2 dòng có lỗi; chưa lưu đại biểu nào.');
    expect(inEnglish(error.message)).toBe('2 rows have errors; no attendee has been saved.');
    expect(inVietnamese(error.fieldErrors['rows.1.fullName']!)).toBe('Họ và tên không được chứa chữ số');
    expect(inVietnamese(error.fieldErrors['rows.2.representedBy']!)).toBe('Thiếu tên người dự thay');
    expect(await count()).toBe(0);

    const auditsBefore = await auditCount('attendance.create');
    const ids = await addAttendees(
      {
        actor: secretariat,
        sessionId,
        pointId: point!.id,
        attendees: [
          row('Nguyễn Văn An'),
          row('Lê Thị Bình', { presence: 'represented', representedBy: 'Phạm Văn Cường' }),
          row('Đỗ Minh Đức', { presence: 'absent' }),
        ],
      },
      h.db,
    );
    expect(ids).toHaveLength(3);
    expect(await auditCount('attendance.create')).toBe(auditsBefore + 1);
    const detail = await getPointDetail({ actor: secretariat, sessionId, pointId: point!.id }, h.db);
    expect(detail!.attendees.map((a) => [a.fullName, a.presence, a.representedBy])).toEqual([
      ['Nguyễn Văn An', 'present', null],
      ['Lê Thị Bình', 'represented', 'Phạm Văn Cường'],
      ['Đỗ Minh Đức', 'absent', null],
    ]);
    // The agency written matched the registry, and the new people can be found without accents.
    expect(detail!.attendees[0]!.agencyId).not.toBeNull();
    expect((await searchPeople({ actor: secretariat, q: 'do minh duc' }, h.db)).map((p) => p.fullName)).toContain(
      'Đỗ Minh Đức',
    );
    const counts = (await getSessionDetail({ actor: secretariat, sessionId }, h.db))!.points.find(
      (p) => p.id === point!.id,
    )!;
    expect([counts.present, counts.represented, counts.absent]).toEqual([1, 1, 1]);

    await removeAttendee({ actor: secretariat, sessionId, attendeeId: ids[2]! }, h.db);
    expect(await count()).toBe(2);
    // An attendee id from another session is refused.
    const other = await makeSession(h.db, secretariat);
    await expect(
      removeAttendee({ actor: secretariat, sessionId: other.id, attendeeId: ids[0]! }, h.db),
    ).rejects.toBeInstanceOf(AppError);
  });

  it('stores a pasted spreadsheet as read, and refuses one whose presence column was not recognised (issue 16)', async () => {
    const [point] = await h.db
      .select()
      .from(conferencePoints)
      .where(and(eq(conferencePoints.sessionId, sessionId), eq(conferencePoints.name, 'Thành phố Hà Nội')));
    const stored = async () =>
      (await getPointDetail({ actor: secretariat, sessionId, pointId: point!.id }, h.db))!.attendees.map((a) => [
        a.fullName,
        a.role,
        a.presence,
        a.representedBy,
      ]);
    // What the preview grid sends on "Lưu": each row's values as parsed (the user changed nothing).
    const save = (text: string) =>
      addAttendees(
        {
          actor: secretariat,
          sessionId,
          pointId: point!.id,
          attendees: parsePastedAttendees(text).map((r) => r.values),
        },
        h.db,
      );

    const unrecognised = [
      'Trần Sỹ Thanh\tChủ tịch UBND thành phố\tUBND thành phố Hà Nội\tx',
      'Nguyễn Trọng Đông\tPhó Chủ tịch UBND thành phố\tUBND thành phố Hà Nội\t',
    ].join('\n');
    const error = await refusal(save(unrecognised));
    expect(inVietnamese(error.message)).toBe('2 dòng có lỗi; chưa lưu đại biểu nào.');
    expect(inVietnamese(error.fieldErrors['rows.1.presence']!)).toMatch(/^Tham dự không hợp lệ/);
    expect(await stored()).toEqual([]);

    const sheet = [
      'Trần Sỹ Thanh\tChủ tịch UBND thành phố\tUBND thành phố Hà Nội\tCó mặt',
      'Nguyễn Trọng Đông\tPhó Chủ tịch UBND thành phố\tUBND thành phố Hà Nội\tVắng',
      'Hà Minh Hải\tPhó Chủ tịch UBND thành phố\tUBND thành phố Hà Nội\tDự thay: Nguyễn Mạnh Quyền',
      'Cù Ngọc Trang\tChánh Văn phòng UBND thành phố\tVăn phòng UBND thành phố Hà Nội\tCó mặt',
    ].join('\n');
    await save(sheet);
    expect(await stored()).toEqual([
      ['Trần Sỹ Thanh', 'member', 'present', null],
      ['Nguyễn Trọng Đông', 'member', 'absent', null],
      ['Hà Minh Hải', 'member', 'represented', 'Nguyễn Mạnh Quyền'],
      ['Cù Ngọc Trang', 'member', 'present', null],
    ]);
  });

  it('searches session titles without accents', async () => {
    const found = await listSessions({ actor: secretariat, filter: { committee: null, q: 'PHIEN HOP THU 7' } }, h.db);
    expect(found.map((s) => s.number)).toEqual([7]);
    const byYear = await listSessions({ actor: secretariat, filter: { committee: null, year: 2024 } }, h.db);
    expect(byYear.every((s) => s.startsAt.getUTCFullYear() === 2024)).toBe(true);
  });
});

describe('session form schema', () => {
  it('reads dates as dd/MM/yyyy and times as 24-hour hh:mm, with Vietnamese messages', () => {
    const base = { committeeId: 1, number: 1, title: 'x', format: 'online', status: 'planned' };
    expect(sessionFormSchema.parse({ ...base, date: '2/2/2024', time: '8:00' })).toMatchObject({
      date: '2024-02-02',
      time: '08:00',
    });
    expect(sessionFormSchema.parse({ ...base, date: '2024-02-02', time: '14:30' }).date).toBe('2024-02-02');
    const bad = sessionFormSchema.safeParse({ ...base, date: '31/02/2024', time: '25:00' });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${i.path.join('.')}: ${inVietnamese(i.message)}`);
    expect(messages).toContain('date: Ngày họp không tồn tại.');
    expect(messages).toContain('time: Giờ họp phải có dạng giờ:phút (24 giờ), ví dụ 08:30.');
    const wrong = sessionFormSchema.safeParse({
      ...base,
      number: 0,
      title: '',
      format: 'x',
      date: '2024-02-02',
      time: '8:00',
    });
    expect(wrong.error!.issues.map((i) => `${i.path.join('.')}: ${inVietnamese(i.message)}`)).toEqual(
      expect.arrayContaining([
        'number: Số phiên họp phải từ 1 trở lên.',
        'title: Vui lòng nhập tên phiên họp.',
        'format: Vui lòng chọn hình thức.',
      ]),
    );
    expect(wrong.error!.issues.map((i) => inEnglish(i.message))).toContain('Please enter session title.');
  });
});

describe('"Notice published" comes from the notice, not the session form (decision 042)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('refuses it on create and update where publishing needs approval, and offers it only where it does not', async () => {
    vi.stubEnv('PUBLISH_APPROVAL', 'required');
    const refused = await createSession(
      { actor: secretariat, values: values({ number: 301, status: 'minutes_published' }) },
      h.db,
    ).catch((e: unknown) => e as AppError);
    expect(refused).toBeInstanceOf(AppError);
    expect(inVietnamese((refused as AppError).fieldErrors!.status!)).toContain('khi thông báo kết luận đã được duyệt');
    expect(await h.db.select().from(sessions).where(eq(sessions.number, 301))).toEqual([]);
    const id = await createSession({ actor: secretariat, values: values({ number: 302, status: 'held' }) }, h.db);
    const [row] = await h.db.select().from(sessions).where(eq(sessions.id, id));
    await expect(
      updateSession(
        {
          actor: secretariat,
          sessionId: id,
          version: row!.version,
          values: values({ number: 302, status: 'minutes_published' }),
        },
        h.db,
      ),
    ).rejects.toBeInstanceOf(AppError);
    expect((await h.db.select().from(sessions).where(eq(sessions.id, id)))[0]!.status).toBe('held');
    expect(sessionStatusChoices('held')).toEqual(['planned', 'held']);
    expect(sessionStatusChoices('minutes_published')).toContain('minutes_published');
    vi.stubEnv('PUBLISH_APPROVAL', 'off');
    expect(sessionStatusChoices(null)).toContain('minutes_published');
    await updateSession(
      {
        actor: secretariat,
        sessionId: id,
        version: row!.version,
        values: values({ number: 302, status: 'minutes_published' }),
      },
      h.db,
    );
    expect((await h.db.select().from(sessions).where(eq(sessions.id, id)))[0]!.status).toBe('minutes_published');
  });

  it('does not set a session back from the form while its notice is published, whatever the deployment', async () => {
    vi.stubEnv('PUBLISH_APPROVAL', 'off');
    const session = await makeSession(h.db, secretariat, { status: 'minutes_published' });
    await h.db.insert(documents).values({ sessionId: session.id, kind: 'notice', status: 'published' });
    const refused = await updateSession(
      {
        actor: secretariat,
        sessionId: session.id,
        version: session.version,
        values: values({ number: session.number, status: 'planned' }),
      },
      h.db,
    ).catch((e: unknown) => e as AppError);
    expect(inEnglish((refused as AppError).message)).toBe(
      "The session's conclusion notice is published; its status cannot be changed from this form.",
    );
    expect((await h.db.select().from(sessions).where(eq(sessions.id, session.id)))[0]!.status).toBe(
      'minutes_published',
    );
  });
});

describe('a session within its committee’s days (attacker pass 40)', () => {
  it('is refused after the committee ended or before it began, created or moved; one recorded before keeps saving', async () => {
    // The session form lists ended committees (their sessions are history), and its committee is any id posted.
    const [ended] = await h.db
      .insert(committees)
      .values({
        code: 'BCD-HET-2024',
        name: 'Ban Chỉ đạo đã kết thúc năm 2024',
        level: 'central',
        validFrom: '2024-01-01',
        validTo: '2024-12-31',
      })
      .returning({ id: committees.id });
    const message = 'Ban Chỉ đạo hoạt động từ 01/01/2024 đến 31/12/2024: ngày họp phải trong thời gian đó.';
    const of = (over: Partial<SessionFormValues>) => values({ committeeId: ended!.id, ...over });
    for (const date of ['2026-06-01', '2025-01-01', '2023-12-31']) {
      const error = await refusal(createSession({ actor: secretariat, values: of({ number: 1, date }) }, h.db));
      expect([error.code, Object.keys(error.fieldErrors), inVietnamese(error.fieldErrors.date!)]).toEqual([
        'INVALID',
        ['date'],
        message,
      ]);
    }
    expect(await h.db.select().from(sessions).where(eq(sessions.committeeId, ended!.id))).toEqual([]);
    // On its first and last day, as before.
    const first = await createSession({ actor: secretariat, values: of({ number: 1, date: '2024-01-01' }) }, h.db);
    await createSession({ actor: secretariat, values: of({ number: 2, date: '2024-12-31' }) }, h.db);
    // Moved past the end, or into the ended committee from another, by the edit: refused, unchanged.
    const moved = await refusal(
      updateSession(
        { actor: secretariat, sessionId: first, version: 1, values: of({ number: 1, date: '2025-03-01' }) },
        h.db,
      ),
    );
    expect(inVietnamese(moved.fieldErrors.date!)).toBe(message);
    const other = await createSession(
      { actor: secretariat, values: values({ number: 301, date: '2026-02-01' }) },
      h.db,
    );
    await refusal(
      updateSession(
        { actor: secretariat, sessionId: other, version: 1, values: of({ number: 301, date: '2026-02-01' }) },
        h.db,
      ),
    );
    const [kept] = await h.db.select().from(sessions).where(eq(sessions.id, other));
    expect([kept!.committeeId, kept!.version]).toEqual([committeeId, 1]);
    // The committee ended earlier by its edit would leave session 2 out: refused under the end date, unchanged.
    const shortened = await refusal(
      updateCommittee(
        {
          actor: secretariat,
          committeeId: ended!.id,
          values: {
            code: 'BCD-HET-2024',
            name: 'Ban Chỉ đạo đã kết thúc năm 2024',
            level: 'central',
            validFrom: '01/01/2024',
            validTo: '30/06/2024',
          },
        },
        h.db,
      ),
    );
    expect(inVietnamese(shortened.fieldErrors.validTo!)).toBe(
      'Phiên họp thứ 2 ngày 31/12/2024 của Ban Chỉ đạo nằm ngoài thời gian này: hãy giữ thời gian hoạt động bao gồm các phiên họp đã có.',
    );
    // A session recorded outside the days before this rule is saved with its day and committee unchanged.
    await h.db
      .update(sessions)
      .set({ startsAt: new Date('2025-05-05T01:00:00Z') })
      .where(eq(sessions.id, first));
    expect(
      await updateSession(
        {
          actor: secretariat,
          sessionId: first,
          version: 1,
          values: of({ number: 1, date: '2025-05-05', title: 'Đã sửa tên' }),
        },
        h.db,
      ),
    ).toBe(2);
  });
});
