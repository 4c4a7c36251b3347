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

const roles = (rows: ParsedRow[]) => people(rows).map((r) => [r.values.fullName, r.values.role]);
const skippedOf = (rows: ParsedRow[]) => rows.filter((r) => r.skipped).flatMap((r) => r.errors.map(inVietnamese));

// Session 23: press reports pasted as published (tests/fixtures/people/SOURCES.md, "Session 23"). Before: the report's
// lead-in, a post written before the name, or a group of people not named were read as names, without a word.
describe('reading press reports (session 23)', () => {
  it('QĐ 1403/QĐ-TTg (2024): posts written before the names, after “Ủy viên Ban Chỉ đạo còn có:”', () => {
    const rows = parsePastedAttendees(fixture('qd-1403-ttg-2024.txt'));
    expect(errorsOf(rows)).toEqual([]);
    expect(nameAndTitle(rows)).toEqual([
      ['Phan Văn Giang', 'Bộ trưởng Bộ Quốc phòng'],
      ['Lương Tam Quang', 'Bộ trưởng Bộ Công an'],
      ['Phạm Thị Thanh Trà', 'Bộ trưởng Bộ Nội vụ'],
      ['Trần Văn Sơn', 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ'],
      ['Nguyễn Hải Ninh', 'Bộ trưởng Bộ Tư pháp'],
    ]);
  });

  it('Ho Chi Minh City (2021): “… có <post> <name>” at each point; the unnamed delegates are said, not saved', () => {
    const rows = parsePastedAttendees(fixture('hcm-bcd-covid-2021.txt'));
    expect(nameAndTitle(rows)).toEqual([
      ['Nguyễn Thiện Nhân', 'Trưởng Đoàn đại biểu Quốc hội TP'],
      ['Dương Anh Đức', 'Phó Chủ tịch UBND TP'],
      ['Vũ Đức Đam', 'Ủy viên Trung ương Đảng, Phó Thủ tướng'],
    ]);
    expect(skippedOf(rows)).toEqual([
      'Bỏ qua dòng 3: “Cùng dự có đại diện lãnh đạo các Sở - ban - ngành, quận - huyện, TP Thủ Đức và …” không nêu tên một người',
    ]);
  });

  it('Hưng Yên (2020) and Lâm Đồng (2025): “… có ông X, <title>”, two-word names, a group after the last title', () => {
    const hungYen = parsePastedAttendees(fixture('hungyen-hoi-nghi-chinh-phu-2020.txt'));
    expect(errorsOf(hungYen)).toEqual([]);
    expect(people(hungYen).map((r) => r.values.fullName)).toEqual([
      'Đỗ Tiến Sỹ',
      'Nguyễn Duy Hưng',
      'Nguyễn Văn Phóng',
      'Trần Quốc Toản',
    ]);
    const lamDong = parsePastedAttendees(fixture('lamdong-cong-an-2025.txt'));
    expect(nameAndTitle(lamDong)).toEqual([
      ['Bùi Thắng', 'Phó bí thư Tỉnh ủy'],
      ['Phạm Triều', 'Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'],
      ['Nguyễn Ngọc Phúc', 'Tỉnh ủy viên, Phó chủ tịch UBND tỉnh'],
      ['Nguyễn Hoài Anh', 'Ủy viên dự khuyết T.Ư Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bình Thuận'],
      ['Hồ Văn Mười', 'Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Đắk Nông'],
    ]);
    expect(skippedOf(lamDong)).toEqual([
      'Dòng 3: bỏ “và Ban giám đốc Công an 3 tỉnh Lâm Đồng, Bình Thuận và Đắk Nông” khỏi chức vụ của Hồ Văn Mười (không nêu tên người)',
    ]);
  });

  it('Gia Lai (2025): “Tên-Chức vụ” with no spaces, an ethnic name, the Party committee “cùng các đồng chí …” said', () => {
    const rows = parsePastedAttendees(fixture('gialai-cong-bo-2025.txt'));
    expect(errorsOf(people(rows))).toEqual([]);
    expect(nameAndTitle(rows)).toEqual([
      ['Hồ Văn Niên', 'Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh'],
      ['Châu Ngọc Tuấn', 'Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh'],
      ['Rah Lan Chung', 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh'],
      ['Nguyễn Ngọc Lương', 'Phó Bí thư Tỉnh ủy'],
    ]);
    expect(skippedOf(rows)).toHaveLength(1);
    expect(skippedOf(rows)[0]).toMatch(
      /^Dòng 1: bỏ “cùng các đồng chí Ủy viên Ban Thường vụ, .*” khỏi chức vụ của Nguyễn Ngọc Lương/,
    );
  });

  it('Nghệ An (2021, 2024, 2025): sentences of a report, ranks, and “(đồng) chủ trì” without brackets shared by the list', () => {
    const border = parsePastedAttendees(fixture('nghean-bdbp-2024.txt'));
    expect(people(border).map((r) => [r.values.fullName, r.values.positionTitle, r.values.role])).toEqual([
      ['Hoàng Hữu Chiến', 'Thiếu tướng, Phó Tư lệnh, Tham mưu trưởng Bộ đội Biên phòng', 'chair'],
      ['Nguyễn Văn Đệ', 'Phó Chủ tịch UBND tỉnh', 'chair'],
      ['Hồ Quyết Thắng', 'Đại tá, Phó chỉ huy trưởng, Tham mưu trưởng Bộ đội Biên phòng tỉnh', 'chair'],
    ]);
    const council = parsePastedAttendees(fixture('nghean-hdnd-2025.txt'));
    expect(roles(council)).toEqual([
      ['Hoàng Nghĩa Hiếu', 'chair'],
      ['Nguyễn Nam Đình', 'chair'],
      ['Nguyễn Như Khôi', 'chair'],
    ]);
    expect(people(council)[2]!.values.positionTitle).toBe('Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh');
    // The main point's co-chairs (line 1), then the Nghệ An point (line 3): its chair, one member, and what names no one.
    const culture = parsePastedAttendees(fixture('nghean-hoi-nghi-van-hoa-2021.txt'));
    expect(people(culture).map((r) => [r.line, r.values.fullName, r.values.role])).toEqual([
      [1, 'Nguyễn Trọng Nghĩa', 'chair'],
      [1, 'Vũ Đức Đam', 'chair'],
      [1, 'Nguyễn Văn Hùng', 'chair'],
      [3, 'Thái Thanh Quý', 'chair'],
      [3, 'Nguyễn Văn Thông', 'member'],
    ]);
    expect(people(culture)[2]!.values.positionTitle).toBe(
      'Ủy viên Ban Chấp hành Trung ương Đảng, Bộ trưởng Bộ VH - TT&DL',
    );
    expect(errorsOf(people(culture))).toEqual([]);
    expect(skippedOf(culture).map((m) => m.slice(0, 40))).toEqual([
      'Bỏ qua dòng 3: “Hội nghị được kết nối tr',
      'Bỏ qua dòng 3: “các đồng chí Ủy viên Ban',
      'Bỏ qua dòng 3: “Hội nghị còn được kết nố',
    ]);
  });

  it('Bình Dương (2025): “trong đó: Ông X - …”, and “các thành viên khác là …” said rather than saved as a person', () => {
    const rows = parsePastedAttendees(fixture('binhduong-bcd-khcn-2025.txt'));
    expect(errorsOf(people(rows))).toEqual([]);
    expect(people(rows).map((r) => r.values.fullName)).toEqual(['Nguyễn Văn Lợi', 'Nguyễn Lộc Hà', 'Võ Văn Minh']);
    expect(skippedOf(rows)).toEqual([
      'Bỏ qua dòng 1: “các thành viên khác là Ủy viên Ban Thường vụ Tỉnh ủy cùng lãnh đạo các sở, ban,…” không nêu tên một người',
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
