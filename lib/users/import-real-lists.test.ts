import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { actorFor, agencyIdOf } from '@/tests/factories';
import { inVietnamese } from '@/tests/i18n';
import { asVni, asVnTime, HAS_TCVN_ICONV } from '@/tests/legacy-text';
import { importUsers, previewUserImport, userImportWarnings, type ImportNotes, type PreviewRow } from './import';

/**
 * Published lists of officials (tests/fixtures/people/SOURCES.md) brought in as a secretariat would: the decision's
 * member list typed into a sheet, a press table saved as XLSX, a Word table pasted. Names, titles and agencies are as
 * published; none of the sources gives an email, so the rows say what is missing, and the commit uses addresses on
 * example.gov.vn standing for the work addresses a secretariat would fill in.
 */

let h: DatabaseHandle;
let admin: Actor;
beforeAll(async () => {
  h = await createTestDatabase();
  admin = await actorFor(h.db, { role: 'admin' });
}, 60_000);
afterAll(() => h.close());

const fixture = (name: string) => readFileSync(`tests/fixtures/people/${name}`);
const text = (name: string) => fixture(name).toString('utf8');
/** A CSV fixture as the sheet a secretariat saves from Excel. */
async function xlsxOf(csv: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  for (const line of csv.trim().split(/\r?\n/)) sheet.addRow(line.split(','));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
/** The list with an Email column added, filled by `fill` (blank by default: the column typed in, not yet filled). */
function withEmailColumn(csv: string, separator: string, fill: (i: number) => string = () => ''): string {
  const [header, ...rows] = csv
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/);
  return [`${header}${separator}Email`, ...rows.map((r, i) => `${r}${separator}${fill(i)}`)].join('\n');
}
const preview = (input: { bytes?: Uint8Array; text?: string }) => previewUserImport({ actor: admin, ...input }, h.db);
async function refusalOf(p: Promise<unknown>): Promise<string> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return inVietnamese((error as AppError).message);
}
const errorsOf = (row: PreviewRow) =>
  Object.fromEntries(Object.entries(row.errors).map(([field, list]) => [field, list.map(inVietnamese)]));
const agencyOf = async (code: string) => String(await agencyIdOf(h.db, code));

const EMAIL_MISSING =
  'Chưa có email: tài khoản cần email công vụ của người này để gửi thư mời. Hãy điền email hoặc bỏ dòng này khỏi tệp.';

describe('QĐ 2594/QĐ-TTg (26/11/2025): a CSV typed from the decision, with an Email column still empty', () => {
  it('finds every member, their names without “Ông”/“Bà”, their ministries after the 2025 merger, and asks for the emails', async () => {
    const rows = await preview({ bytes: new Uint8Array(fixture('qd-2594-ttg-2025.csv')) });
    expect(rows.map((r) => [r.line, r.values.name, r.values.position, r.values.agencyId])).toEqual([
      [2, 'Trần Đức Thắng', 'Bộ trưởng', await agencyOf('BNNMT')],
      [3, 'Võ Văn Hưng', 'Thứ trưởng', await agencyOf('BNNMT')],
      [4, 'Lê Đức Luận', 'Thứ trưởng', await agencyOf('BYT')],
      [5, 'Nguyễn Thị Hà', 'Thứ trưởng', await agencyOf('BNV')],
      [6, 'Nguyễn Ngọc Cảnh', 'Phó Thống đốc', await agencyOf('NHNN')],
    ]);
    // An empty cell is not a wrong address: each row says the account needs one (it said "Email không hợp lệ.").
    expect(rows.map(errorsOf)).toEqual(rows.map(() => ({ email: [EMAIL_MISSING] })));
  });

  it('creates the five accounts once the work emails are filled in, and passes them over when the list comes again', async () => {
    const rows = await preview({ bytes: new Uint8Array(fixture('qd-2594-ttg-2025.csv')) });
    const filled = rows.map((r, i) => ({
      line: r.line,
      ...r.values,
      email: `thanh-vien-2594-${i + 1}@example.gov.vn`,
    }));
    expect(await importUsers({ actor: admin, rows: filled }, h.db)).toEqual({ created: 5, skipped: [], members: 0 });
    const again = await importUsers({ actor: admin, rows: filled }, h.db);
    expect(again).toEqual({ created: 0, skipped: filled.map((r) => r.email), members: 0 });
  });
});

/** QĐ 2594/QĐ-TTg's member list with its (empty) Email column filled, as the secretariat would, comma-separated. */
const list2594 = (tag: string) =>
  text('qd-2594-ttg-2025.csv')
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/)
    .map((line, i) => (i === 0 ? line : `${line}${tag}-2594-${i}@example.gov.vn`).replaceAll(';', ','))
    .join('\n');

describe.skipIf(!HAS_TCVN_ICONV)('QĐ 2594/QĐ-TTg kept in a sheet typed with .VnTime fonts (TCVN3)', () => {
  it('reads the headers, names and ministries as Unicode, as the same list typed in Unicode', async () => {
    const csv = list2594('vntime');
    const unicode = await preview({ bytes: await xlsxOf(csv) });
    const legacy = await preview({ bytes: await xlsxOf(asVnTime(csv)) });
    expect(legacy.map((r) => r.values.name)).toEqual([
      'Trần Đức Thắng',
      'Võ Văn Hưng',
      'Lê Đức Luận',
      'Nguyễn Thị Hà',
      'Nguyễn Ngọc Cảnh',
    ]);
    expect(legacy.map((r) => [r.values, r.errors])).toEqual(unicode.map((r) => [r.values, r.errors]));
    // Pasted from that sheet, the same.
    expect((await preview({ text: asVnTime(csv) })).map((r) => r.values)).toEqual(unicode.map((r) => r.values));
  });
});

describe('QĐ 2130/QĐ-TTg (24/9/2025): an XLSX with the name in two columns, “Họ và tên đệm | Tên”', () => {
  it('without an Email column the file is refused, naming the column', async () => {
    const message = await refusalOf(preview({ bytes: await xlsxOf(text('qd-2130-ttg-2025.csv')) }));
    expect(message).toMatch(/^Tệp thiếu cột: Email\./);
  });

  it('joins the two parts of each name (the sheet was refused for its "Họ và tên đệm" column)', async () => {
    const rows = await preview({ bytes: await xlsxOf(withEmailColumn(text('qd-2130-ttg-2025.csv'), ',')) });
    expect(rows.map((r) => [r.values.name, r.values.position, r.values.agencyId])).toEqual([
      ['Lê Hoài Trung', 'quyền Bộ trưởng', await agencyOf('BNG')],
      ['Trần Đức Thắng', 'quyền Bộ trưởng', await agencyOf('BNNMT')],
      ['Lê Văn Lợi', 'Chủ tịch', await agencyOf('VHLKHXH')],
      ['Vũ Hải Quân', 'Thứ trưởng Thường trực', await agencyOf('BKHCN')],
    ]);
  });
});

describe('QĐ 1438/QĐ-TTg (25/8/2021): a list from before the 2025 mergers', () => {
  it('moves a rank to the title, names the successor of an ended ministry, and says which bodies it does not know', async () => {
    const csv = withEmailColumn(text('qd-1438-ttg-2021.csv'), ',', (i) => `bcd-1438-${i + 1}@example.gov.vn`);
    const rows = await preview({ text: csv });
    expect(rows).toHaveLength(15);
    const byName = new Map(rows.map((r) => [r.values.name, r]));
    expect(byName.get('Tô Lâm')!.values).toMatchObject({
      position: 'Đại tướng, Bộ trưởng',
      agencyId: await agencyOf('BCA'),
    });
    expect(byName.get('Phan Văn Giang')!.values.position).toBe('Đại tướng, Bộ trưởng');
    expect(rows.filter((r) => /^(Ông|Bà|Đại tướng) /u.test(r.values.name))).toEqual([]);
    // Bộ Thông tin và Truyền thông ended on 28/02/2025: the row says where its work went (the way forward).
    expect(errorsOf(byName.get('Nguyễn Mạnh Hùng')!)).toEqual({
      agencyId: [
        'Bộ Thông tin và Truyền thông đã kết thúc hoạt động từ ngày 28/02/2025; nhiệm vụ chuyển cho Bộ Khoa học và Công nghệ. Nếu người này nay công tác ở Bộ Khoa học và Công nghệ, hãy chọn cơ quan đó.',
      ],
    });
    // Bodies outside the registry (the Government, the National Assembly, Party boards) are said, row by row.
    const unknown = rows.filter((r) => r.errors.agencyId && !r.values.agencyId).map((r) => r.agencyText);
    expect(unknown).toEqual([
      'Chính phủ',
      'Quốc hội',
      'Chính phủ',
      'Chính phủ',
      'Chính phủ',
      'Ban Dân vận Trung ương',
      'Ban Tuyên giáo Trung ương',
      'Quốc hội',
    ]);
    expect(inVietnamese(rows[0]!.errors.agencyId![0]!)).toBe(
      'Không tìm thấy cơ quan “Chính phủ” (theo mã, tên hoặc tên ngắn). Hãy chọn cơ quan.',
    );
    expect(rows.filter((r) => Object.keys(r.errors).length === 0)).toHaveLength(6);
  });
});

describe('Chủ tịch UBND các tỉnh mới (30/6/2025): agencies written “(mới)”', () => {
  it('matches “UBND tỉnh Tuyên Quang (mới)” to the merged province (none matched before), and “(cũ)” to the ended one', async () => {
    const csv = withEmailColumn(
      text('chu-tich-ubnd-tinh-moi-2025.csv'),
      ',',
      (i) => `chu-tich-${i + 1}@example.gov.vn`,
    );
    const rows = await preview({ text: csv });
    expect(rows.map((r) => [r.values.name, r.values.agencyId, errorsOf(r)])).toEqual([
      ['Phan Huy Ngọc', await agencyOf('P-TUYENQUANG'), {}],
      ['Trần Huy Tuấn', await agencyOf('P-LAOCAI'), {}],
      ['Phạm Hoàng Sơn', await agencyOf('P-THAINGUYEN'), {}],
    ]);
    // His former post, as the same reports write it: Chủ tịch UBND tỉnh Hà Giang (cũ).
    const old = await preview({
      text: 'Họ và tên,Cơ quan,Email\nÔng Phan Huy Ngọc,UBND tỉnh Hà Giang (cũ),cu@example.gov.vn\n',
    });
    expect(old[0]!.values.agencyId).toBe(await agencyOf('P-HAGIANG'));
    expect(errorsOf(old[0]!).agencyId![0]).toMatch(/nhiệm vụ chuyển cho UBND tỉnh Tuyên Quang\./);
  });
});

describe('lists without any email column refuse the file with what it lacks', () => {
  it('the Giám đốc Sở Y tế table (7/2025) as XLSX, and the Tuyên Quang committee pasted from Word', async () => {
    const missing = /^Tệp thiếu cột: Email\. Các cột của mẫu: Họ và tên, Email/;
    expect(await refusalOf(preview({ bytes: await xlsxOf(text('giam-doc-so-y-te-2025.csv')) }))).toMatch(missing);
    expect(await refusalOf(preview({ text: text('tuyenquang-bcd-ctmtqg-2021.tsv') }))).toMatch(missing);
  });
});

// Session 23 (tests/fixtures/people/SOURCES.md, "Session 23").
describe('QĐ 1403/QĐ-TTg (16/11/2024): a CSV typed from the decision, the ministry only in the title', () => {
  it('finds each agency at the end of the title, so each member is an agency’s (each row said “Vai trò không hợp lệ.”)', async () => {
    const rows = await preview({ bytes: new Uint8Array(fixture('qd-1403-ttg-2024.csv')) });
    expect(rows.map((r) => [r.values.name, r.values.role, r.values.agencyId, r.agencyText])).toEqual([
      ['Phan Văn Giang', 'agency', await agencyOf('BQP'), 'Bộ Quốc phòng'],
      ['Lương Tam Quang', 'agency', await agencyOf('BCA'), 'Bộ Công an'],
      ['Phạm Thị Thanh Trà', 'agency', await agencyOf('BNV'), 'Bộ Nội vụ'],
      ['Trần Văn Sơn', 'agency', await agencyOf('VPCP'), 'Văn phòng Chính phủ'],
      ['Nguyễn Hải Ninh', 'agency', await agencyOf('BTP'), 'Bộ Tư pháp'],
    ]);
    expect(rows.map((r) => r.values.position)).toEqual([
      'Bộ trưởng Bộ Quốc phòng',
      'Bộ trưởng Bộ Công an',
      'Bộ trưởng Bộ Nội vụ',
      'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ',
      'Bộ trưởng Bộ Tư pháp',
    ]);
    expect(rows.map(errorsOf)).toEqual(rows.map(() => ({ email: [EMAIL_MISSING] })));
    const filled = rows.map((r, i) => ({ line: r.line, ...r.values, email: `bcd-1403-${i + 1}@example.gov.vn` }));
    expect(await importUsers({ actor: admin, rows: filled }, h.db)).toEqual({ created: 5, skipped: [], members: 0 });
  });

  it('a Government leader is suggested the leader role; a title that names no agency of the registry, with no role column, says what to choose', async () => {
    // Decision 081: a Deputy Prime Minister was asked for a role; the title says it, and the row says it was suggested.
    const [pttg] = await preview({
      text: 'Họ và tên;Chức vụ;Email\nNguyễn Hòa Bình;Phó Thủ tướng Thường trực;pttg@example.gov.vn\n',
    });
    expect([pttg!.values.role, pttg!.values.agencyId, pttg!.suggested, errorsOf(pttg!)]).toEqual([
      'leader',
      '',
      true,
      {},
    ]);
    // An assistant to the Prime Minister (canhco.net, QĐ 1886/QĐ-TTg) is no leader of the Government.
    const rows = await preview({
      text: 'Họ và tên;Chức vụ;Email\nDương Mộng Huyền;Trợ lý Thủ tướng Chính phủ;tro-ly@example.gov.vn\n',
    });
    expect(errorsOf(rows[0]!)).toEqual({
      role: [
        'Chưa rõ vai trò: tệp không có cột Vai trò, và chức vụ không nêu cơ quan nào trong danh mục. Hãy chọn vai trò (và cơ quan, nếu người này là cán bộ của một cơ quan).',
      ],
    });
  });
});

describe('Lâm Đồng (29/6/2025): an XLSX with the bodies as the report writes them', () => {
  it('names each body the registry does not have, and the province merged into Lâm Đồng since', async () => {
    const csv = withEmailColumn(text('lamdong-cong-an-2025.csv'), ',', (i) => `lam-dong-${i + 1}@example.gov.vn`);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Đại biểu');
    // Quoted cells ("Ủy viên …, Chủ tịch …") as Excel keeps them: one cell each.
    for (const line of csv.split('\n')) sheet.addRow(line.match(/"[^"]*"|[^,]+/g)!.map((c) => c.replace(/^"|"$/g, '')));
    const rows = await preview({ bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) });
    expect(rows.map((r) => [r.values.name, r.values.agencyId, r.agencyText])).toEqual([
      ['Bùi Thắng', '', 'Tỉnh ủy Lâm Đồng'],
      ['Phạm Triều', '', 'Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng'],
      ['Nguyễn Ngọc Phúc', await agencyOf('P-LAMDONG'), 'UBND tỉnh Lâm Đồng'],
      ['Nguyễn Hoài Anh', '', 'HĐND tỉnh Bình Thuận'],
      ['Hồ Văn Mười', await agencyOf('P-DAKNONG'), 'UBND tỉnh Đắk Nông'],
    ]);
    expect(rows.map((r) => errorsOf(r).agencyId?.[0] ?? '')).toEqual([
      'Không tìm thấy cơ quan “Tỉnh ủy Lâm Đồng” (theo mã, tên hoặc tên ngắn). Hãy chọn cơ quan.',
      'Không tìm thấy cơ quan “Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng” (theo mã, tên hoặc tên ngắn). Hãy chọn cơ quan.',
      '',
      'Không tìm thấy cơ quan “HĐND tỉnh Bình Thuận” (theo mã, tên hoặc tên ngắn). Hãy chọn cơ quan.',
      'UBND tỉnh Đắk Nông đã kết thúc hoạt động từ ngày 30/06/2025; nhiệm vụ chuyển cho UBND tỉnh Lâm Đồng. Nếu người này nay công tác ở UBND tỉnh Lâm Đồng, hãy chọn cơ quan đó.',
    ]);
  });
});

describe('an agency read from the title', () => {
  it('is not given to a secretariat or leader row, whose title may name the office it works in', async () => {
    const rows = await preview({
      text: 'Họ và tên;Chức vụ;Vai trò;Email\nTrần Văn A;Chuyên viên Văn phòng Chính phủ;Thư ký Ban Chỉ đạo;tva@example.gov.vn\n',
    });
    expect(rows[0]!.values).toMatchObject({ role: 'secretariat', agencyId: '' });
    expect(errorsOf(rows[0]!)).toEqual({});
  });
});

describe('QĐ 2594/QĐ-TTg kept in a sheet typed with VNI fonts (VNI-Times)', () => {
  it('reads the headers, names and ministries as Unicode, as the same list typed in Unicode', async () => {
    const csv = list2594('vni');
    const unicode = await preview({ bytes: await xlsxOf(csv) });
    const legacy = await preview({ bytes: await xlsxOf(asVni(csv)) });
    expect(legacy.map((r) => r.values.name)).toEqual(unicode.map((r) => r.values.name));
    expect(legacy.map((r) => [r.values, r.errors])).toEqual(unicode.map((r) => [r.values, r.errors]));
    expect((await preview({ text: asVni(csv) })).map((r) => r.values)).toEqual(unicode.map((r) => r.values));
  });
});

// Session 31 (tests/fixtures/people/SOURCES.md, "Session 31").
describe('Ban Chỉ đạo cải cách hành chính của Chính phủ (3/2024): the annex as a secretariat keeps it in Excel', () => {
  /**
   * The decision's annex typed into a workbook the way an office lays it out: two merged title lines, a blank line,
   * the header "Chức vụ, đơn vị công tác" (title and body in one cell) and "Chức danh trong Ban Chỉ đạo", a group
   * heading merged across the row ("II | CÁC ỦY VIÊN"), a total, birth dates as Excel keeps them (serial numbers), a
   * hidden column of staff codes, addresses in capitals, with spaces, as mailto: links or as the link's text, two
   * addresses in one cell; and the committee's working group on a second sheet.
   */
  async function annexWorkbook(): Promise<{ bytes: Uint8Array; lines: Map<string, number> }> {
    const [, ...members] = text('bcd-cchc-2024.csv')
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('BCĐ CCHC');
    sheet.mergeCells('A1:H1');
    sheet.getCell('A1').value = 'DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ';
    sheet.mergeCells('A2:H2');
    sheet.getCell('A2').value = '(Kèm theo Quyết định của Thủ tướng Chính phủ, tháng 3/2024)';
    sheet.addRow([]);
    sheet.addRow([
      'STT',
      'Họ và tên',
      'Chức vụ, đơn vị công tác',
      'Chức danh trong Ban Chỉ đạo',
      'Điện thoại',
      'Email',
      'Ngày sinh',
      'Mã cán bộ',
    ]);
    sheet.getColumn(8).hidden = true;
    const heading = (number: string, title: string) => {
      const row = sheet.addRow([number, title]);
      sheet.mergeCells(row.number, 2, row.number, 8);
    };
    heading('I', 'LÃNH ĐẠO BAN CHỈ ĐẠO');
    const lines = new Map<string, number>();
    members.forEach((line, i) => {
      const [number, name, title, post] = line.split(';');
      if (i === 3) heading('II', 'CÁC ỦY VIÊN');
      const email = `thanh-vien-${number}@example.gov.vn`;
      const row = sheet.addRow([Number(number), name, title, post, '', email, 21000 + i * 97, `CB-${number}`]);
      lines.set(name!.replace(/^(Ông|Bà) /u, ''), row.number);
      const cell = row.getCell(6);
      if (i === 0) cell.value = email.toUpperCase();
      if (i === 1) cell.value = `  ${email} `;
      if (i === 2) cell.value = { text: email, hyperlink: `mailto:${email}` };
      if (i === 3) cell.value = `mailto:${email}`;
      if (i === 4) cell.value = `${email}; van-phong@example.gov.vn`;
      row.getCell(5).value = ['0912 345 678', '0912.345.679', '+84 912 345 680', '(024) 3825 1234'][i] ?? '';
    });
    sheet.addRow([]);
    sheet.addRow(['', `Tổng cộng: ${members.length} thành viên`]);
    const group = workbook.addWorksheet('Tổ giúp việc');
    group.addRow(['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Email']);
    group.addRow([1, 'Ông Nguyễn Văn A', 'Vụ trưởng, Bộ Nội vụ', 'to-giup-viec-1@example.gov.vn']);
    return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), lines };
  }

  it('reads every member, passes the headings and the total over and says so, and names the second sheet (the file was refused for its headers)', async () => {
    const { bytes, lines } = await annexWorkbook();
    const notes: ImportNotes = { passedOver: [], otherSheets: [] };
    const rows = await previewUserImport({ actor: admin, bytes, notes }, h.db);
    expect(rows).toHaveLength(21);
    expect(rows.filter((r) => /^(Ông|Bà) |[A-ZĐ]{4}|Tổng/u.test(r.values.name))).toEqual([]);
    // The rows between the people: both headings (merged across, their text in every cell of the merge) and the total.
    expect(notes).toEqual({ passedOver: [5, 9, 29], sheet: 'BCĐ CCHC', otherSheets: ['Tổ giúp việc'] });
    const warnings = (await userImportWarnings(rows, h.db, notes)).map(inVietnamese);
    expect(warnings.slice(0, 2)).toEqual([
      'Đã bỏ qua 3 dòng tiêu đề nhóm hoặc tổng cộng (không phải người): dòng 5, 9, 29.',
      'Chỉ trang “BCĐ CCHC” được đọc; tệp còn danh sách ở trang “Tổ giúp việc”, chưa được nhập. Hãy nhập riêng từng trang (lưu trang đó thành tệp khác, hoặc chuyển nó lên đầu).',
    ]);
    // The Prime Minister and his deputy are suggested leaders, the ministers their ministries' focal points (decision
    // 081): 16 ministries were named as left without a focal point, each minister made staff by default. The demo's
    // Prime Minister, a person of the registry under another agency, is offered on his row, not taken (decision 086).
    expect(warnings.slice(2)).toEqual([
      '1 người trùng họ tên với người đã có trong danh bạ nhưng khác cơ quan (Phạm Minh Chính): sẽ tạo người mới. Nếu là cùng một người, hãy chọn người đó ở ô “Người trong danh bạ” của dòng.',
      '2 người sẽ có vai trò Thư ký hoặc Lãnh đạo (xem được công việc của mọi cơ quan): thanh-vien-1@example.gov.vn, thanh-vien-2@example.gov.vn. Hãy kiểm tra trước khi nhập.',
      '21 người không ghi Vai trò hoặc Nhiệm vụ được gợi ý theo chức vụ (Thủ tướng, Phó Thủ tướng, Trưởng ban → Lãnh đạo; Bộ trưởng, Thứ trưởng, Chủ tịch UBND tỉnh… → Đầu mối của cơ quan). Các dòng này ghi “Theo chức vụ”: hãy kiểm tra trước khi nhập.',
    ]);
    const byName = new Map(rows.map((r) => [r.values.name, r]));
    // An agency whose own name holds a comma, read from the title (it was not found: the title was cut at the comma).
    expect(byName.get('Nguyễn Văn Hùng')!.values).toMatchObject({
      position: 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch',
      role: 'agency',
      agencyId: await agencyOf('BVHTTDL'),
    });
    expect(errorsOf(byName.get('Nguyễn Văn Hùng')!)).toEqual({});
    // Addresses in capitals, with spaces, as a link or the link's text are read; two in a cell are named.
    expect(
      ['Phạm Minh Chính', 'Trần Lưu Quang', 'Phạm Thị Thanh Trà', 'Trần Văn Sơn'].map((n) => [
        byName.get(n)!.values.email.trim().toLowerCase(),
        errorsOf(byName.get(n)!).email,
      ]),
    ).toEqual([1, 2, 3, 4].map((n) => [`thanh-vien-${n}@example.gov.vn`, undefined]));
    expect(errorsOf(byName.get('Lê Thành Long')!).email).toEqual([
      'Ô email có 2 địa chỉ (thanh-vien-5@example.gov.vn, van-phong@example.gov.vn): mỗi tài khoản dùng một địa chỉ. Hãy giữ lại email công vụ của chính người này.',
    ]);
    // Phones as written; the hidden staff codes and the birth dates (serial numbers) are not read.
    expect(rows.slice(1, 4).map((r) => r.values.phone)).toEqual(['0912.345.679', '+84 912 345 680', '(024) 3825 1234']);
    expect(rows.every((r) => !/CB-|^2\d{4}$/.test(Object.values(r.values).join(' ')))).toBe(true);
    expect(rows.map((r) => r.line)).toEqual([...lines.values()]);
  });

  it('once the one address is kept, creates the 21 accounts (the chair and deputy chair suggested leaders); the ministries merged in 2025 are named', async () => {
    const { bytes } = await annexWorkbook();
    const rows = await previewUserImport({ actor: admin, bytes }, h.db);
    const ended = rows.filter((r) => errorsOf(r).agencyId?.[0]?.includes('đã kết thúc hoạt động'));
    expect(ended.map((r) => r.agencyText)).toEqual([
      'Bộ Thông tin và Truyền thông',
      'Bộ Kế hoạch và Đầu tư',
      'Bộ Lao động - Thương binh và Xã hội',
      'Bộ Giao thông vận tải',
      'Bộ Nông nghiệp và Phát triển nông thôn',
      'Ủy ban Dân tộc',
    ]);
    // The chair and his deputy need nothing: the leader role is suggested from their titles (decision 081).
    expect(rows.slice(0, 2).map((r) => [r.values.role, r.values.agencyId, r.suggested])).toEqual([
      ['leader', '', true],
      ['leader', '', true],
    ]);
    // What the administrator does in the preview: the person's own address, the successor bodies.
    const successor: Record<string, string> = {
      'Bộ Thông tin và Truyền thông': 'BKHCN',
      'Bộ Kế hoạch và Đầu tư': 'BTC',
      'Bộ Lao động - Thương binh và Xã hội': 'BNV',
      'Bộ Giao thông vận tải': 'BXD',
      'Bộ Nông nghiệp và Phát triển nông thôn': 'BNNMT',
      'Ủy ban Dân tộc': 'BDTTG',
    };
    const fixed = await Promise.all(
      rows.map(async (r) => ({
        line: r.line,
        ...r.values,
        ...(r.values.email.includes(';') ? { email: r.values.email.split(';')[0]! } : {}),
        ...(successor[r.agencyText] ? { agencyId: await agencyOf(successor[r.agencyText]!) } : {}),
      })),
    );
    // Accounts only: the committee is not chosen here (lib/users/import-committee.test.ts joins it).
    expect(await importUsers({ actor: admin, rows: fixed, committee: null }, h.db)).toEqual({
      created: 21,
      skipped: [],
      members: 0,
    });
  });
});
