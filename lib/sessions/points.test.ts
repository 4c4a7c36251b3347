import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { attendances, auditEntries, committees, sessions } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { plainParams } from '@/lib/keys';
import type { Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { actorFor } from '@/tests/factories';
import { inEnglish, inVietnamese } from '@/tests/i18n';
import {
  buildAttendanceXlsx,
  parseAttendeeCsv,
  parseAttendeeXlsx,
  parsePastedAttendees,
  type ParsedRow,
} from './attendee-import';
import { EMPTY_ATTENDEE } from './attendee-schema';
import { addAttendees, updateAttendee } from './attendees';
import { addPoint, createSession, updatePoint } from './mutations';
import {
  assignPoints,
  filterPoints,
  listSessionPoints,
  pointMatcher,
  pointNeighbours,
  pointSearchQuery,
  printablePoints,
} from './points';
import { getAttendanceSheet, getPointDetail, getSessionDetail } from './queries';
import { sessionFormSchema } from './schemas';

let h: DatabaseHandle;
let secretariat: Actor;
let agencyHead: Actor;
let committeeId: number;
let sessionNumber = 40;

/** A new planned session with the points named, the first one main. */
async function sessionWith(names: string[]) {
  const sessionId = await createSession(
    {
      actor: secretariat,
      values: sessionFormSchema.parse({
        committeeId,
        number: ++sessionNumber,
        title: `Phiên họp thứ ${sessionNumber}`,
        date: '2025-06-10',
        time: '08:00',
        format: 'online',
        status: 'planned',
      }),
    },
    h.db,
  );
  const ids: number[] = [];
  for (const [i, name] of names.entries())
    ids.push(
      await addPoint({ actor: secretariat, sessionId, point: { name, hostAgencyId: null, isMain: i === 0 } }, h.db),
    );
  return { sessionId, ids };
}

/** What the secretariat posts from the preview grid: each row's cells and the point chosen for it. */
const posted = (rows: ParsedRow[]) => rows.map((r) => ({ ...r.values, pointId: r.pointId }));

/** The attendance of a session, per point name, as the minutes read it. */
async function attendanceOf(sessionId: number) {
  const sheet = await getAttendanceSheet({ actor: secretariat, sessionId }, h.db);
  return sheet!.points.map((p) => ({
    point: p.name,
    attendees: p.attendees.map((a) => ({
      fullName: a.fullName,
      positionTitle: a.positionTitle,
      agencyName: a.agencyName,
      role: a.role,
      presence: a.presence,
      representedBy: a.representedBy,
    })),
  }));
}

async function xlsx(rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Điểm danh');
  sheet.addRows(rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  h = await createTestDatabase();
  secretariat = await actorFor(h.db, { role: 'secretariat', agencyCode: 'BNV' });
  agencyHead = await actorFor(h.db, { role: 'agency', agencyCode: 'P-TUYENQUANG' });
  const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
  committeeId = c!.id;
});
afterAll(() => h.close());

describe('points search on the session page', () => {
  const points = [
    { id: 1, name: 'Trụ sở Chính phủ', hostName: 'Văn phòng Chính phủ' },
    { id: 2, name: 'Tỉnh Hà Giang', hostName: 'Ủy ban nhân dân tỉnh Hà Giang' },
    { id: 3, name: 'Điểm cầu Thành phố Hà Nội', hostName: null },
    { id: 4, name: 'Tỉnh Tuyên Quang', hostName: 'Bộ Nội vụ' },
  ];

  it('matches the name or the host, without accents or case, every word anywhere', () => {
    expect(filterPoints(points, 'ha giang').map((p) => p.id)).toEqual([2]);
    expect(filterPoints(points, 'HÀ')).toHaveLength(2);
    expect(filterPoints(points, 'noi vu').map((p) => p.id)).toEqual([4]); // by the host agency
    expect(filterPoints(points, 'ủy ban giang').map((p) => p.id)).toEqual([2]);
    expect(filterPoints(points, 'phố nội').map((p) => p.id)).toEqual([3]);
    expect(filterPoints(points, 'Đà Nẵng')).toEqual([]);
    expect(filterPoints(points, '   ')).toBe(points);
  });

  it('reads ?q= through the safe parameter helper: first value, trimmed and bounded', () => {
    expect(pointSearchQuery(plainParams({ q: '  hà   giang ' }))).toBe('hà giang');
    expect(pointSearchQuery(plainParams({ q: ['tuyên', 'x'] }))).toBe('tuyên');
    expect(pointSearchQuery(plainParams({ q: 'a'.repeat(500) }))).toHaveLength(100);
    expect(pointSearchQuery(plainParams({ __proto__: 'x', constructor: 'y' } as never))).toBe('');
  });

  it('filters the points of a real session by name and by host province, ignoring accents', async () => {
    const { sessionId } = await sessionWith(['Trụ sở Chính phủ', 'Tỉnh Hà Giang', 'Tỉnh Tuyên Quang', 'Tỉnh Hà Nam']);
    const detail = await getSessionDetail({ actor: secretariat, sessionId }, h.db);
    expect(filterPoints(detail!.points, 'tinh ha').map((p) => p.name)).toEqual(['Tỉnh Hà Giang', 'Tỉnh Hà Nam']);
    expect(filterPoints(detail!.points, 'quang').map((p) => p.name)).toEqual(['Tỉnh Tuyên Quang']);
  });
});

describe('previous and next point', () => {
  it('follows the session’s point order (main point first), with none before the first or after the last', async () => {
    const names = ['Tỉnh Cao Bằng', 'Trụ sở Chính phủ', 'Tỉnh Lạng Sơn'];
    const { sessionId, ids } = await sessionWith(names);
    // Make the second point added the main one: it comes first in the session's order.
    await updatePoint(
      { actor: secretariat, sessionId, pointId: ids[1]!, point: { name: names[1]!, hostAgencyId: null, isMain: true } },
      h.db,
    );
    const detail = await getSessionDetail({ actor: secretariat, sessionId }, h.db);
    const order = detail!.points.map((p) => p.id);
    expect(order).toEqual([ids[1], ids[0], ids[2]]);

    const first = await getPointDetail({ actor: secretariat, sessionId, pointId: order[0]! }, h.db);
    expect(first!.previous).toBeNull();
    expect(first!.next).toEqual({ id: ids[0], name: 'Tỉnh Cao Bằng' });
    const middle = await getPointDetail({ actor: secretariat, sessionId, pointId: order[1]! }, h.db);
    expect(middle!.previous).toEqual({ id: ids[1], name: 'Trụ sở Chính phủ' });
    expect(middle!.next).toEqual({ id: ids[2], name: 'Tỉnh Lạng Sơn' });
    const last = await getPointDetail({ actor: secretariat, sessionId, pointId: order[2]! }, h.db);
    expect(last!.next).toBeNull();
    expect(last!.previous!.id).toBe(ids[0]);
    expect(pointNeighbours(detail!.points, 999_999)).toEqual({ previous: null, next: null });
  });

  it('does not list the points of a session the reader may not see', async () => {
    const { sessionId } = await sessionWith(['Trụ sở Chính phủ']);
    expect(await listSessionPoints({ actor: agencyHead, sessionId }, h.db)).toBeNull();
    expect(await listSessionPoints({ actor: secretariat, sessionId }, h.db)).toHaveLength(1);
  });
});

describe('session print', () => {
  it('prints only the points with attendees and counts the others; one point asked for prints even empty', async () => {
    const { sessionId, ids } = await sessionWith(['Trụ sở Chính phủ', 'Tỉnh A Lưới', 'Tỉnh Bắc Kạn', 'Tỉnh Cà Mau']);
    await addAttendees(
      { actor: secretariat, sessionId, pointId: ids[0]!, attendees: [{ fullName: 'Nguyễn Văn An' }] },
      h.db,
    );
    await addAttendees(
      {
        actor: secretariat,
        sessionId,
        pointId: ids[2]!,
        attendees: [{ fullName: 'Trần Thị Bình', presence: 'absent' }],
      },
      h.db,
    );
    const sheet = await getAttendanceSheet({ actor: secretariat, sessionId }, h.db);
    const all = printablePoints(sheet!.points);
    expect(all.points.map((p) => p.id)).toEqual([ids[0], ids[2]]);
    expect(all.empty).toBe(2);
    const one = printablePoints(sheet!.points, ids[3]);
    expect(one).toEqual({ points: [expect.objectContaining({ id: ids[3], attendees: [] })], empty: 0 });
  });
});

describe('point names in a workbook', () => {
  const match = pointMatcher([
    { id: 1, name: 'Trụ sở Chính phủ' },
    { id: 2, name: 'Điểm cầu Tỉnh Hà Giang' },
    { id: 3, name: 'Tỉnh Hà Nam' },
    { id: 4, name: 'Tỉnh Hạ Nam' },
  ]);

  it('matches case- and spacing-insensitively, with or without “Điểm cầu ”, and without accents as a fallback', () => {
    expect(match('trụ  sở CHÍNH phủ')).toEqual({ pointId: 1 });
    expect(match('Điểm cầu Trụ sở Chính phủ')).toEqual({ pointId: 1 });
    expect(match('Tỉnh Hà Giang')).toEqual({ pointId: 2 });
    expect(match('diem cau tinh ha giang')).toEqual({ pointId: 2 });
    expect(match('Tru so Chinh phu')).toEqual({ pointId: 1 });
    expect(match('Tỉnh Hà Nam')).toEqual({ pointId: 3 }); // the exact name wins over the accent-free fallback
  });

  it('says when a name fits no point, several, or none is given', () => {
    const said = (name: string, reader = inVietnamese) => {
      const m = match(name);
      return 'error' in m ? reader(m.error) : m;
    };
    expect(said('Tinh Ha Nam')).toBe('Tên điểm cầu “Tinh Ha Nam” trùng với nhiều điểm cầu; hãy chọn');
    expect(said('Tỉnh Đà Nẵng')).toBe(
      'Không có điểm cầu “Tỉnh Đà Nẵng” trong phiên họp; hãy chọn hoặc thêm điểm cầu trước',
    );
    expect(said('  ')).toBe('Thiếu tên điểm cầu');
    expect(said('Tỉnh Đà Nẵng', inEnglish)).toBe(
      'There is no conference point “Tỉnh Đà Nẵng” in this session; choose one or add the point first',
    );
  });
});

describe('one attendance list for the whole session', () => {
  const points = [
    { id: 11, name: 'Trụ sở Chính phủ' },
    { id: 12, name: 'Tỉnh Hà Giang' },
  ];

  it('reads a “Điểm cầu” column from a paste, a CSV and a workbook, and matches each row’s point', async () => {
    const paste = parsePastedAttendees(
      'Điểm cầu\tHọ và tên\tChức vụ\tTham dự\n' +
        'Trụ sở Chính phủ\tNguyễn Văn An\tBộ trưởng\tCó mặt\n' +
        'tinh ha giang\tTrần Văn Bình\tChủ tịch UBND tỉnh\tVắng\n',
    );
    const csv = parseAttendeeCsv(
      'Họ và tên,Điểm cầu,Tham dự\nNguyễn Văn An,Trụ sở Chính phủ,Có mặt\nTrần Văn Bình,Tỉnh Hà Giang,Vắng\n',
    );
    const book = await parseAttendeeXlsx(
      await xlsx([
        ['Phiên họp thứ 8'],
        ['STT', 'Điểm cầu', 'Họ và tên', 'Tham dự'],
        [1, 'Trụ sở Chính phủ', 'Nguyễn Văn An', 'Có mặt'],
        [2, 'Điểm cầu Tỉnh Hà Giang', 'Trần Văn Bình', 'Vắng'],
      ]),
    );
    for (const rows of [paste, csv, book]) {
      // No errors at all: nothing to translate.
      const assigned = assignPoints(rows, points);
      expect(assigned.map((r) => [r.pointId, r.values.fullName, r.values.presence, r.errors])).toEqual([
        [11, 'Nguyễn Văn An', 'present', []],
        [12, 'Trần Văn Bình', 'absent', []],
      ]);
    }
  });

  it('shows an unknown point beside every other per-row error, and a list without the column on every row', () => {
    const rows = parsePastedAttendees(
      'Điểm cầu\tHọ và tên\tVai trò\tTham dự\n' +
        'Tỉnh Đà Nẵng\tNguyễn Văn An\tThành viên\tCó mặt\n' +
        'Trụ sở Chính phủ\tTrần 2 Bình\tVắng\tCó mặt\n' +
        'Tỉnh Hà Giang\tLê Văn Cường\tThành viên\tDự thay\n',
    );
    const assigned = assignPoints(rows, points).map((r) => ({ ...r, errors: r.errors.map(inVietnamese) }));
    expect(assigned[0]!.pointId).toBeNull();
    expect(assigned[0]!.draft).toBeNull();
    expect(assigned[0]!.errors).toEqual([expect.stringContaining('Không có điểm cầu “Tỉnh Đà Nẵng”')]);
    expect(assigned[1]!.pointId).toBe(11);
    expect(assigned[1]!.errors).toEqual(
      expect.arrayContaining([expect.stringContaining('Vai trò không hợp lệ'), 'Họ và tên không được chứa chữ số']),
    );
    expect(assigned[2]!.errors).toEqual(['Thiếu tên người dự thay']);

    const without = assignPoints(parsePastedAttendees('Họ và tên\tTham dự\nNguyễn Văn An\tCó mặt\n'), points).map(
      (r) => ({ ...r, errors: r.errors.map(inVietnamese) }),
    );
    expect(without).toEqual([expect.objectContaining({ pointId: null, draft: null, errors: ['Thiếu cột Điểm cầu'] })]);
  });

  it('on a point’s own page, takes a list without the column as that point’s and refuses rows of another point', () => {
    const plain = assignPoints(parsePastedAttendees('Nguyễn Văn An - Bộ trưởng'), points, 12);
    expect(plain).toEqual([expect.objectContaining({ pointId: 12, errors: [] })]);
    const rows = assignPoints(
      parseAttendeeCsv('Điểm cầu,Họ và tên\nĐiểm cầu Tỉnh Hà Giang,Nguyễn Văn An\nTrụ sở Chính phủ,Trần Văn Bình\n'),
      points,
      12,
    );
    expect(rows[0]).toEqual(expect.objectContaining({ pointId: 12, errors: [] }));
    expect(rows[1]).toEqual(expect.objectContaining({ pointId: null, draft: null }));
    expect(rows[1]!.errors.map(inVietnamese)).toEqual([
      'Dòng của điểm cầu “Trụ sở Chính phủ”, không phải điểm cầu này; hãy nhập ở trang của phiên họp',
    ]);
  });

  it('lists a person once per session: a repeated row, or one already listed at any point, is refused with its row', async () => {
    const a = await sessionWith(['Trụ sở UBND tỉnh', 'Xã Bạch Đích']);
    await addAttendees(
      {
        actor: secretariat,
        sessionId: a.sessionId,
        pointId: a.ids[0]!,
        attendees: [{ fullName: 'Nguyễn Thị Ánh Tuyết', positionTitle: 'Giám đốc Sở Nội vụ' }],
      },
      h.db,
    );
    const refused = (await addAttendees(
      {
        actor: secretariat,
        sessionId: a.sessionId,
        pointId: a.ids[1]!,
        attendees: [
          { fullName: 'Lê Hoàng Bảo Ngọc', positionTitle: 'Chánh Văn phòng' },
          { fullName: 'NGUYỄN THỊ ÁNH TUYẾT', positionTitle: 'Giám đốc Sở Nội vụ' },
          { fullName: 'Lê Hoàng Bảo Ngọc', positionTitle: 'Chánh Văn phòng' },
          // Another person of the same name, with another title or of another agency, is not a repeat.
          { fullName: 'Lê Hoàng Bảo Ngọc', positionTitle: 'Chủ tịch UBND xã' },
          {
            fullName: 'Lê Hoàng Bảo Ngọc',
            positionTitle: 'Chánh Văn phòng',
            agencyName: 'Sở Tư pháp tỉnh Tuyên Quang',
          },
        ],
      },
      h.db,
    ).catch((e: unknown) => e)) as AppError;
    expect(refused).toBeInstanceOf(AppError);
    expect(inVietnamese(refused.message)).toBe('2 dòng có lỗi; chưa lưu đại biểu nào.');
    expect(Object.fromEntries(Object.entries(refused.fieldErrors).map(([k, v]) => [k, inVietnamese(v)]))).toEqual({
      'rows.1.fullName': 'NGUYỄN THỊ ÁNH TUYẾT đã có trong danh sách dự họp (điểm cầu Trụ sở UBND tỉnh).',
      'rows.2.fullName': 'Lê Hoàng Bảo Ngọc đã có ở dòng 1.',
    });
    expect((await attendanceOf(a.sessionId)).flatMap((p) => p.attendees)).toHaveLength(1);
  });

  it('refuses an edit that makes a row someone already listed, and keeps an edit of the row itself', async () => {
    const a = await sessionWith(['Trụ sở UBND tỉnh', 'Xã Bạch Đích']);
    const [first] = await addAttendees(
      {
        actor: secretariat,
        sessionId: a.sessionId,
        pointId: a.ids[0]!,
        attendees: [{ fullName: 'Nguyễn Thị Ánh Tuyết', positionTitle: 'Giám đốc Sở Nội vụ' }],
      },
      h.db,
    );
    const [second] = await addAttendees(
      {
        actor: secretariat,
        sessionId: a.sessionId,
        pointId: a.ids[1]!,
        attendees: [{ fullName: 'Lê Hoàng Bảo Ngọc', positionTitle: 'Chánh Văn phòng' }],
      },
      h.db,
    );
    const edit = (attendeeId: number, fullName: string, positionTitle: string) =>
      updateAttendee(
        {
          actor: secretariat,
          sessionId: a.sessionId,
          attendeeId,
          values: { ...EMPTY_ATTENDEE, fullName, positionTitle },
        },
        h.db,
      );
    const refused = (await edit(second!, 'nguyễn thị ánh tuyết', 'Giám đốc Sở Nội vụ').catch(
      (e: unknown) => e,
    )) as AppError;
    expect(refused).toBeInstanceOf(AppError);
    expect(inVietnamese(refused.fieldErrors.fullName!)).toBe(
      'nguyễn thị ánh tuyết đã có trong danh sách dự họp (điểm cầu Trụ sở UBND tỉnh).',
    );
    await edit(first!, 'Nguyễn Thị Ánh Tuyết', 'Giám đốc Sở Nội vụ tỉnh Tuyên Quang');
    expect(
      (await attendanceOf(a.sessionId)).flatMap((p) => p.attendees.map((x) => x.fullName + ' · ' + x.positionTitle)),
    ).toEqual(['Nguyễn Thị Ánh Tuyết · Giám đốc Sở Nội vụ tỉnh Tuyên Quang', 'Lê Hoàng Bảo Ngọc · Chánh Văn phòng']);
  });

  it('saves every row to its own point in one transaction, or nothing when a row names another session’s point', async () => {
    const a = await sessionWith(['Trụ sở Chính phủ', 'Tỉnh Hà Giang']);
    const b = await sessionWith(['Trụ sở Chính phủ']);
    const rows = [
      { fullName: 'Nguyễn Văn An', pointId: a.ids[1] },
      { fullName: 'Trần Văn Bình', pointId: a.ids[0] },
      { fullName: 'Lê Văn Cường', pointId: a.ids[1], presence: 'represented', representedBy: 'Phạm Văn Dũng' },
    ];
    const refused = await addAttendees(
      {
        actor: secretariat,
        sessionId: a.sessionId,
        attendees: [...rows, { fullName: 'Đỗ Văn Em', pointId: b.ids[0] }],
      },
      h.db,
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(inVietnamese((refused as AppError).message)).toBe('1 dòng có lỗi; chưa lưu đại biểu nào.');
    expect(inEnglish((refused as AppError).message)).toBe('1 row has errors; no attendee has been saved.');
    expect(inVietnamese((refused as AppError).fieldErrors['rows.3.pointId']!)).toBe(
      'Điểm cầu không thuộc phiên họp này',
    );
    expect(Object.keys((refused as AppError).fieldErrors)).toEqual(['rows.3.pointId']);
    const missing = await addAttendees(
      { actor: secretariat, sessionId: a.sessionId, attendees: [{ fullName: 'Đỗ Văn Em' }] },
      h.db,
    ).catch((e: unknown) => e);
    expect((missing as AppError).fieldErrors).toEqual({ 'rows.0.pointId': expect.any(String) });
    expect(inVietnamese((missing as AppError).fieldErrors['rows.0.pointId']!)).toBe('Chưa chọn điểm cầu');
    expect((await attendanceOf(a.sessionId)).flatMap((p) => p.attendees)).toEqual([]);

    await addAttendees({ actor: secretariat, sessionId: a.sessionId, attendees: rows }, h.db);
    const saved = await attendanceOf(a.sessionId);
    expect(saved.map((p) => [p.point, p.attendees.map((x) => x.fullName)])).toEqual([
      ['Trụ sở Chính phủ', ['Trần Văn Bình']],
      ['Tỉnh Hà Giang', ['Nguyễn Văn An', 'Lê Văn Cường']],
    ]);
    const positions = await h.db
      .select({ position: attendances.position })
      .from(attendances)
      .where(eq(attendances.pointId, a.ids[1]!))
      .orderBy(attendances.position);
    expect(positions.map((p) => p.position)).toEqual([1, 2]);
    const audits = await h.db
      .select({ entityId: auditEntries.entityId })
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'attendance.create'), eq(auditEntries.entityType, 'conference_point')));
    expect(audits.map((x) => Number(x.entityId))).toEqual(expect.arrayContaining([a.ids[0], a.ids[1]]));
  });

  it('round-trips the demo session: its exported workbook, imported into a fresh session with the same points', async () => {
    const [demo] = await h.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.committeeId, committeeId), eq(sessions.number, 7)));
    const demoPoints = (await listSessionPoints({ actor: secretariat, sessionId: demo!.id }, h.db))!;
    // Every kind of presence and role travels: an absent member and a substitute beside the demo's list.
    await addAttendees(
      {
        actor: secretariat,
        sessionId: demo!.id,
        pointId: demoPoints[1]!.id,
        attendees: [
          { fullName: 'Vũ Thị Hoa', positionTitle: 'Giám đốc Sở Tài chính', role: 'member', presence: 'absent' },
          {
            fullName: 'Đặng Văn Khoa',
            agencyName: 'Sở Nội vụ',
            role: 'secretary',
            presence: 'represented',
            representedBy: 'Ngô Thị Lan',
          },
        ],
      },
      h.db,
    );
    const expected = await attendanceOf(demo!.id);
    expect(expected.flatMap((p) => p.attendees).length).toBeGreaterThan(5);

    const sheet = await getAttendanceSheet({ actor: secretariat, sessionId: demo!.id }, h.db);
    const bytes = await buildAttendanceXlsx({
      sessionTitle: sheet!.session.title,
      points: sheet!.points.map((p) => ({ name: p.name, attendees: p.attendees })),
    });

    const fresh = await sessionWith(demoPoints.map((p) => p.name));
    const points = (await listSessionPoints({ actor: secretariat, sessionId: fresh.sessionId }, h.db))!;
    const rows = assignPoints(await parseAttendeeXlsx(bytes), points);
    expect(rows.filter((r) => r.errors.length)).toEqual([]);
    await addAttendees({ actor: secretariat, sessionId: fresh.sessionId, attendees: posted(rows) }, h.db);
    expect(await attendanceOf(fresh.sessionId)).toEqual(expected);
  });
});
