import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { actorFor, agencyIdOf, makeSession } from '@/tests/factories';
import { inVietnamese } from '@/tests/i18n';
import { parseAttendeeCsv, parseAttendeeXlsx, parsePastedAttendees, type ParsedRow } from './attendee-import';
import { addAttendees } from './attendees';
import { addPoint } from './mutations';
import { getPointDetail } from './queries';

/**
 * Published lists of officials (tests/fixtures/people/SOURCES.md) brought into a session's attendance as a
 * secretariat would: a decision's member list pasted from Word, a press report's paragraph, a Word table, a table
 * saved as XLSX. Names, titles and agencies are as published.
 */

const fixture = (name: string) => readFileSync(`tests/fixtures/people/${name}`, 'utf8');
async function xlsxOf(csv: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  for (const line of csv.trim().split(/\r?\n/)) sheet.addRow(line.split(','));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
const people = (rows: ParsedRow[]) => rows.filter((r) => !r.skipped);
const nameAndTitle = (rows: ParsedRow[]) => people(rows).map((r) => [r.values.fullName, r.values.positionTitle]);
const errorsOf = (rows: ParsedRow[]) => rows.flatMap((r) => r.errors.map(inVietnamese));

describe('reading published lists', () => {
  it('QĐ 2594/QĐ-TTg (2025) pasted as a numbered list: names without “Ông”/“Bà”', () => {
    const rows = parsePastedAttendees(fixture('qd-2594-ttg-2025.txt'));
    expect(errorsOf(rows)).toEqual([]);
    expect(nameAndTitle(rows)).toEqual([
      ['Trần Đức Thắng', 'Bộ trưởng Bộ Nông nghiệp và Môi trường'],
      ['Võ Văn Hưng', 'Thứ trưởng Bộ Nông nghiệp và Môi trường'],
      ['Lê Đức Luận', 'Thứ trưởng Bộ Y tế'],
      ['Nguyễn Thị Hà', 'Thứ trưởng Bộ Nội vụ'],
      ['Nguyễn Ngọc Cảnh', 'Phó Thống đốc Ngân hàng Nhà nước Việt Nam'],
    ]);
  });

  it('the Gia Lai committee (2021) pasted from a press report: the sentence before “đồng chí” is not the name', () => {
    const rows = parsePastedAttendees(fixture('gialai-bcd-covid-2021.txt'));
    expect(errorsOf(rows)).toEqual([]);
    expect(people(rows).map((r) => r.values.fullName)).toEqual([
      'Võ Ngọc Thành',
      'Hồ Văn Niên',
      'Nguyễn Thị Thanh Lịch',
      'Trương Văn Đạt',
      'Đỗ Tiến Đông',
      'Kpă Thuyên',
      'Hồ Phước Thành',
    ]);
    expect(people(rows)[3]!.values.positionTitle).toBe(
      'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh',
    );
  });

  it('the Tuyên Quang committee (2021) pasted from a Word table', () => {
    const rows = parsePastedAttendees(fixture('tuyenquang-bcd-ctmtqg-2021.tsv'));
    expect(errorsOf(rows)).toEqual([]);
    expect(nameAndTitle(rows)).toEqual([
      ['Nguyễn Thế Giang', 'Phó Chủ tịch UBND tỉnh'],
      ['Ma Quang Hiếu', 'Trưởng Ban Dân tộc tỉnh'],
      ['Vân Đình Thảo', 'Giám đốc Sở KH&ĐT'],
      ['Hà Trung Kiên', 'Giám đốc Sở Tài chính'],
    ]);
  });

  it('a provincial meeting (24/2/2025) pasted from its report: the chair, and ranks moved to the title', () => {
    const rows = parsePastedAttendees(fixture('phien-hop-ubnd-tinh-2025.txt'));
    expect(errorsOf(rows)).toEqual([]);
    expect(people(rows).map((r) => [r.values.fullName, r.values.positionTitle, r.values.role])).toEqual([
      ['Trần Quốc Văn', 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Bí thư Đảng ủy UBND tỉnh', 'chair'],
      ['Nguyễn Lê Huy', 'Phó Chủ tịch Thường trực UBND tỉnh, Phó Bí thư Thường trực Đảng ủy UBND tỉnh', 'member'],
      ['Nguyễn Thanh Trường', 'Đại tá, Giám đốc Công an tỉnh', 'member'],
      ['Tô Thành Quyết', 'Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', 'member'],
      ['Nguyễn Duy Hưng', 'Phó Chủ tịch UBND tỉnh', 'member'],
      ['Nguyễn Hùng Nam', 'Phó Chủ tịch UBND tỉnh', 'member'],
      ['Đỗ Thị Hương', 'Phó Bí thư chuyên trách Đảng ủy UBND tỉnh', 'member'],
    ]);
  });

  it('the Giám đốc Sở Y tế table (7/2025) as XLSX: rows of posts not yet filled are passed over and said', async () => {
    const rows = await parseAttendeeXlsx(await xlsxOf(fixture('giam-doc-so-y-te-2025.csv')));
    expect(people(rows)).toHaveLength(18);
    expect(people(rows).filter((r) => r.errors.length)).toEqual([]);
    expect(people(rows).filter((r) => /^(Ông|Bà) /u.test(r.values.fullName))).toEqual([]);
    expect(
      people(rows)
        .slice(0, 5)
        .map((r) => r.values.fullName),
    ).toEqual(['Nguyễn Thành Hưng', 'Hoàng Quốc Hương', 'Đặng Ngọc Huy', 'Lê Hồng Trung', 'Tô Thị Mai Hoa']);
    // They were three people named "* Tiếp tục cập nhật". The list's own columns the import does not keep are said once.
    expect(rows.filter((r) => r.skipped).map((r) => [r.line, errorsOf([r])])).toEqual([
      [1, ['Dòng 1: không lấy các cột “Tỉnh/thành mới”, “Chức vụ cũ” (không có trong danh sách tham dự)']],
      [16, ['Bỏ qua dòng 16: “* Tiếp tục cập nhật” là chỗ chưa có người, không phải một người']],
      [20, ['Bỏ qua dòng 20: “* Tiếp tục cập nhật” là chỗ chưa có người, không phải một người']],
      [22, ['Bỏ qua dòng 22: “* Tiếp tục cập nhật” là chỗ chưa có người, không phải một người']],
    ]);
  });

  it('QĐ 2130/QĐ-TTg (2025) as XLSX with “Họ và tên đệm | Tên”: the whole name (only the given name was kept)', async () => {
    const rows = await parseAttendeeXlsx(await xlsxOf(fixture('qd-2130-ttg-2025.csv')));
    expect(people(rows).map((r) => [r.values.fullName, r.values.agencyName])).toEqual([
      ['Lê Hoài Trung', 'Bộ Ngoại giao'],
      ['Trần Đức Thắng', 'Bộ Nông nghiệp và Môi trường'],
      ['Lê Văn Lợi', 'Viện Hàn lâm Khoa học xã hội Việt Nam'],
      ['Vũ Hải Quân', 'Bộ Khoa học và Công nghệ'],
    ]);
    const pasted = parsePastedAttendees(fixture('qd-2130-ttg-2025.csv').replaceAll(',', '\t'));
    expect(people(pasted).map((r) => r.values.fullName)).toEqual([
      'Lê Hoài Trung',
      'Trần Đức Thắng',
      'Lê Văn Lợi',
      'Vũ Hải Quân',
    ]);
  });
});

describe('saving a published list', () => {
  let h: DatabaseHandle;
  let secretariat: Actor;
  beforeAll(async () => {
    h = await createTestDatabase();
    secretariat = await actorFor(h.db, { role: 'secretariat' });
  }, 60_000);
  afterAll(() => h.close());

  it('QĐ 1438/QĐ-TTg (2021) as CSV: every member saved once, agencies known to the registry matched; a second paste is refused', async () => {
    const session = await makeSession(h.db, secretariat);
    const pointId = await addPoint(
      {
        actor: secretariat,
        sessionId: session.id,
        point: { name: 'Trụ sở Chính phủ', hostAgencyId: null, isMain: true },
      },
      h.db,
    );
    const rows = parseAttendeeCsv(fixture('qd-1438-ttg-2021.csv'));
    expect(errorsOf(rows)).toEqual([]);
    const attendees = rows.map((r) => r.draft!);
    expect(await addAttendees({ actor: secretariat, sessionId: session.id, pointId, attendees }, h.db)).toHaveLength(
      15,
    );
    const detail = await getPointDetail({ actor: secretariat, sessionId: session.id, pointId }, h.db);
    const saved = new Map(detail!.attendees.map((a) => [a.fullName, a]));
    expect(saved.size).toBe(15);
    expect(saved.get('Tô Lâm')).toMatchObject({
      positionTitle: 'Đại tướng, Bộ trưởng',
      agencyId: await agencyIdOf(h.db, 'BCA'),
    });
    // The ministry as it was that day (ended since 2025), kept as the list wrote it.
    expect(saved.get('Nguyễn Mạnh Hùng')).toMatchObject({ agencyId: await agencyIdOf(h.db, 'BTTTT') });
    expect(saved.get('Bùi Thị Minh Hoài')).toMatchObject({ agencyId: null, agencyName: 'Ban Dân vận Trung ương' });

    const error = await addAttendees({ actor: secretariat, sessionId: session.id, pointId, attendees }, h.db).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(Object.keys(error!.fieldErrors ?? {})).toHaveLength(15);
    expect(detail!.attendees).toHaveLength(15);
  });
});
