import { EMPTY_ATTENDEE } from './attendee-schema';
import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  attendeeDraftSchema,
  buildAttendanceXlsx,
  buildAttendeeTemplateXlsx,
  outsideBrackets,
  parseAttendeeCsv,
  parseAttendeeXlsx,
  parsePastedAttendees,
  type ParsedRow,
} from '@/lib/sessions/attendee-import';
import { inEnglish, inVietnamese } from '@/tests/i18n';
import { cpuGrowth, cpuMs, GROWTH_LIMIT } from '@/tests/cpu-time';

const names = (rows: ParsedRow[]) => rows.map((r) => r.draft?.fullName);
/** Each row's errors as a Vietnamese reader sees them (they are messages by key, translated by the preview action). */
const errorsOf = (row: ParsedRow) => row.errors.map(inVietnamese);
const errorsByLine = (rows: ParsedRow[]) => rows.filter((r) => r.errors.length).map((r) => [r.line, errorsOf(r)]);
/** A whole-input problem row, translated. */
const inputError = (rows: ParsedRow[]) => rows.map((r) => ({ ...r, errors: errorsOf(r) }));

describe('parsePastedAttendees', () => {
  it('stops at the limit while it reads one line of 100,000 attendees (built in full before: 9.8 s, attacker pass 19)', () => {
    const rows = parsePastedAttendees('a;'.repeat(100_000));
    expect(rows).toHaveLength(1);
    expect(inputError(rows)[0]!.errors.join(' ')).toMatch(/2[.,]?000|tối đa/);
  });

  it('splits the press-report line on ";" and keeps the whole title after the dash', () => {
    const line =
      'Nguyễn Văn Sơn - Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh; Hoàng Gia Long - Phó Chủ tịch thường trực UBND tỉnh';
    const rows = parsePastedAttendees(line);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.line)).toEqual([1, 1]);
    expect(rows.every((r) => r.raw === line && r.errors.length === 0)).toBe(true);
    expect(rows[0]!.draft).toEqual({
      fullName: 'Nguyễn Văn Sơn',
      positionTitle: 'Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh',
      agencyName: null,
      role: 'member',
      presence: 'present',
      representedBy: null,
    });
    expect(rows[1]!.draft).toMatchObject({
      fullName: 'Hoàng Gia Long',
      positionTitle: 'Phó Chủ tịch thường trực UBND tỉnh',
      agencyName: null,
    });
  });

  it('takes one attendee per line, skips blank lines but counts them', () => {
    const rows = parsePastedAttendees(
      'Nguyễn Văn Sơn - Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh\r\n\r\n   \nHoàng Gia Long - Phó Chủ tịch thường trực UBND tỉnh\n',
    );
    expect(rows.map((r) => [r.line, r.draft?.fullName])).toEqual([
      [1, 'Nguyễn Văn Sơn'],
      [4, 'Hoàng Gia Long'],
    ]);
  });

  it('strips numbering, bullets and a trailing ";" or "."', () => {
    const rows = parsePastedAttendees(
      ['1. Lê Văn An - Giám đốc Sở;', '2) Trần Thị Bình - Phó Giám đốc.', '- Phạm Cường', '• Đỗ Dũng', '+ Vũ Hà'].join(
        '\n',
      ),
    );
    expect(names(rows)).toEqual(['Lê Văn An', 'Trần Thị Bình', 'Phạm Cường', 'Đỗ Dũng', 'Vũ Hà']);
    expect(rows.map((r) => r.draft?.positionTitle)).toEqual(['Giám đốc Sở', 'Phó Giám đốc', null, null, null]);
  });

  it('accepts en and em dashes, and does not split hyphenated place names', () => {
    const rows = parsePastedAttendees(
      'Lê Văn An – Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu\nTrần Bình — Giám đốc Sở Nội vụ - Thường trực',
    );
    expect(rows.map((r) => [r.draft?.fullName, r.draft?.positionTitle])).toEqual([
      ['Lê Văn An', 'Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu'],
      ['Trần Bình', 'Giám đốc Sở Nội vụ - Thường trực'],
    ]);
  });

  it('reads tab-separated columns in template order, dropping STT and a pasted header', () => {
    const rows = parsePastedAttendees(
      [
        'STT\tHọ và tên\tChức vụ\tCơ quan\tVai trò\tTham dự\tNgười dự thay',
        '1\tLê Văn An\tGiám đốc\tSở Tài chính\tThư ký\tCó mặt',
        '2\tTrần Bình\tPhó Giám đốc\tSở Nội vụ\t\tcu nguoi du thay\tNgô Văn Cư',
      ].join('\n'),
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      line: 2,
      draft: { fullName: 'Lê Văn An', positionTitle: 'Giám đốc', agencyName: 'Sở Tài chính', role: 'secretary' },
    });
    expect(rows[1]!.draft).toMatchObject({
      agencyName: 'Sở Nội vụ',
      presence: 'represented',
      representedBy: 'Ngô Văn Cư',
    });
  });

  // A spreadsheet paste of name, title, agency, presence (no role column, no header) was read
  // in template order, so "Vắng" became a role error and the person was saved as present.
  const SHEET = [
    ['Nguyễn Văn Sơn', 'Phó Chủ tịch UBND tỉnh', 'UBND tỉnh Tuyên Quang', 'Có mặt'],
    ['Hoàng Gia Long', 'Giám đốc Sở Nội vụ', 'Sở Nội vụ tỉnh Tuyên Quang', 'Vắng'],
    ['Lê Thị Thu Hà', 'Giám đốc Sở Tài chính', 'Sở Tài chính tỉnh Tuyên Quang', 'Có mặt'],
    ['Trần Quốc Bảo', 'Giám đốc Sở Tư pháp', 'Sở Tư pháp tỉnh Tuyên Quang', 'Dự thay: Phạm Văn Đông'],
    ['Đỗ Minh Tuấn', 'Chánh Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh Tuyên Quang', 'Có mặt'],
    ['Vũ Thị Lan', 'Giám đốc Sở Y tế', 'Sở Y tế tỉnh Tuyên Quang', 'Vắng'],
    ['Ngô Đức Thắng', 'Phó Giám đốc Công an tỉnh', 'Công an tỉnh Tuyên Quang', 'Có mặt'],
    ['Bùi Thanh Hương', 'Giám đốc Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo tỉnh Tuyên Quang', 'Có mặt'],
  ];
  const EXPECTED = SHEET.map(([fullName, positionTitle, agencyName, presence]) => ({
    fullName,
    positionTitle,
    agencyName,
    role: 'member',
    presence: presence === 'Vắng' ? 'absent' : presence === 'Có mặt' ? 'present' : 'represented',
    representedBy: presence!.startsWith('Dự thay') ? 'Phạm Văn Đông' : null,
  }));

  it('recognises a pasted presence column by its content when there is no header (issue 16)', () => {
    const rows = parsePastedAttendees(SHEET.map((r) => r.join('\t')).join('\n'));
    expect(errorsByLine(rows)).toEqual([]);
    expect(rows.map((r) => r.draft)).toEqual(EXPECTED);
    expect(rows.map((r) => r.values.role)).toEqual(Array(8).fill('member'));
  });

  it('reads "Dự thay X" and "Cử X dự thay" in a pasted presence column, and a substitute column beside it', () => {
    const rows = parsePastedAttendees(
      [
        '1\tNguyễn Văn Sơn\tPhó Chủ tịch UBND tỉnh\tUBND tỉnh Tuyên Quang\tChủ trì\tCó mặt\t',
        '2\tTrần Quốc Bảo\tGiám đốc Sở Tư pháp\tSở Tư pháp\tThành viên\tCử người dự thay\tPhạm Văn Đông',
        '3\tVũ Thị Lan\tGiám đốc Sở Y tế\tSở Y tế\tMời dự\tDự thay Lê Văn Hùng\t',
        '4\tĐỗ Minh Tuấn\tChánh Văn phòng\tVăn phòng UBND tỉnh\tThư ký\tVắng mặt\t',
      ].join('\n'),
    );
    expect(errorsByLine(rows)).toEqual([]);
    expect(rows.map((r) => [r.draft?.fullName, r.draft?.role, r.draft?.presence, r.draft?.representedBy])).toEqual([
      ['Nguyễn Văn Sơn', 'chair', 'present', null],
      ['Trần Quốc Bảo', 'member', 'represented', 'Phạm Văn Đông'],
      ['Vũ Thị Lan', 'invited', 'represented', 'Lê Văn Hùng'],
      ['Đỗ Minh Tuấn', 'secretary', 'absent', null],
    ]);
  });

  it('reads pasted columns by their header row in any order, with aliases and without accents', () => {
    const header = ['tham du', 'CƠ QUAN', 'Họ tên', 'Chức danh'].join('\t');
    const body = SHEET.map(([name, title, agency, presence]) => [presence, agency, name, title].join('\t'));
    const rows = parsePastedAttendees([header, ...body].join('\n'));
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(errorsByLine(rows)).toEqual([]);
    expect(rows.map((r) => r.draft)).toEqual(EXPECTED);
  });

  it('never reads a presence word as a role: a header saying "Vai trò" over "Vắng" is an error, not a default', () => {
    const rows = parsePastedAttendees(
      ['Họ và tên\tChức vụ\tCơ quan\tVai trò', 'Hoàng Gia Long\tGiám đốc Sở Nội vụ\tSở Nội vụ\tVắng'].join('\n'),
    );
    expect(rows[0]!.draft).toBeNull();
    expect(rows[0]!.values.role).toBe('');
    expect(errorsOf(rows[0]!)[0]).toMatch(/^Vai trò không hợp lệ: “Vắng”.*cột Tham dự/);
    expect(inEnglish(rows[0]!.errors[0]!)).toBe(
      'Role not valid: “Vắng” (accepted: Chủ trì, Thành viên, Khách mời, Thư ký); this is a value of the Attendance column',
    );
  });

  it('gives every row an error when the presence column cannot be recognised, never a silent "present"', () => {
    const rows = parsePastedAttendees(
      [
        'Nguyễn Văn Sơn\tPhó Chủ tịch UBND tỉnh\tUBND tỉnh Tuyên Quang\tx',
        'Hoàng Gia Long\tGiám đốc Sở Nội vụ\tSở Nội vụ tỉnh Tuyên Quang\t',
        'Lê Thị Thu Hà\tGiám đốc Sở Tài chính\tSở Tài chính tỉnh Tuyên Quang\tx',
      ].join('\n'),
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.draft).toBeNull();
      expect(row.values.presence).toBe('');
      expect(errorsOf(row)).toContain('Chưa rõ Tham dự: không nhận ra cột Tham dự, hãy chọn');
    }
    expect(errorsOf(rows[0]!)[0]).toBe(
      'Không nhận ra cột 4 (“x”): hãy dán kèm dòng tiêu đề (Họ và tên, Chức vụ, Cơ quan, Vai trò, Tham dự) hoặc chọn lại ở đây',
    );
    expect(errorsOf(rows[1]!)[0]).toMatch(/^Không nhận ra cột 4: hãy dán kèm/);
    expect(rows.map((r) => [r.values.fullName, r.values.positionTitle, r.values.agencyName])).toEqual([
      ['Nguyễn Văn Sơn', 'Phó Chủ tịch UBND tỉnh', 'UBND tỉnh Tuyên Quang'],
      ['Hoàng Gia Long', 'Giám đốc Sở Nội vụ', 'Sở Nội vụ tỉnh Tuyên Quang'],
      ['Lê Thị Thu Hà', 'Giám đốc Sở Tài chính', 'Sở Tài chính tỉnh Tuyên Quang'],
    ]);
  });

  it('leaves an unreadable presence cell empty with an error, not "present"', () => {
    const rows = parsePastedAttendees(
      SHEET.slice(0, 3)
        .map((r, i) => [...r.slice(0, 3), i === 1 ? 'đi muộn' : r[3]].join('\t'))
        .join('\n'),
    );
    expect(errorsByLine(rows)).toEqual([
      [2, ['Tham dự không hợp lệ: “đi muộn” (chấp nhận: Có mặt, Vắng, Cử người dự thay)']],
    ]);
    expect(rows[1]!.values.presence).toBe('');
  });

  it('reads role markers accent- and case-insensitively', () => {
    const rows = parsePastedAttendees(
      'Lê Văn An - Chủ tịch (Chủ trì)\nTrần Bình (CHU TRI)\nPhạm Cường (thư ký)\nĐỗ Dũng - Chuyên gia (khach moi).',
    );
    expect(rows.map((r) => r.draft?.role)).toEqual(['chair', 'chair', 'secretary', 'invited']);
    expect(rows[0]!.draft?.positionTitle).toBe('Chủ tịch');
  });

  it('reads absence and substitutes in both phrasings', () => {
    const rows = parsePastedAttendees(
      [
        'Lê Văn An - Giám đốc (vắng)',
        'Trần Bình - Giám đốc Sở (dự thay: Đồng chí Ngô Văn Cư)',
        'Phạm Cường - Chủ tịch (cử Đinh Thị Dung dự thay)',
        'Đỗ Dũng (chủ trì) (Vắng)',
        // As minutes write them (a real office's list, session 17): absent with a substitute, or only the substitute.
        'Nguyễn Văn Thắng - Bộ trưởng Bộ Tài chính (vắng, cử Thứ trưởng Bùi Hoàng Phương dự thay)',
        'Đỗ Thanh Bình - Bộ trưởng Bộ Nội vụ (vắng mặt, ủy quyền cho Thứ trưởng Cao Huy)',
        'Nguyễn Mạnh Hùng - Bộ trưởng (Thứ trưởng Phạm Đức Long dự thay)',
        'Đ/c: Hà Minh Hiền - Giám đốc Sở (dự thay: Đ/c: Lưu Văn Kha)',
      ].join('\n'),
    );
    expect(rows.map((r) => [r.draft?.presence, r.draft?.representedBy])).toEqual([
      ['absent', null],
      ['represented', 'Ngô Văn Cư'],
      ['represented', 'Đinh Thị Dung'],
      ['absent', null],
      ['represented', 'Thứ trưởng Bùi Hoàng Phương'],
      ['represented', 'Thứ trưởng Cao Huy'],
      ['represented', 'Thứ trưởng Phạm Đức Long'],
      ['represented', 'Lưu Văn Kha'],
    ]);
    expect(rows[7]!.draft?.fullName).toBe('Hà Minh Hiền');
    expect(rows[6]!.draft?.positionTitle).toBe('Bộ trưởng');
    expect(rows[3]!.draft?.role).toBe('chair');
  });

  it('keeps parentheses that are not markers in the title', () => {
    const [row] = parsePastedAttendees('Lê Văn An - Giám đốc Sở Kế hoạch (nay là Sở Tài chính)');
    expect(row!.draft?.positionTitle).toBe('Giám đốc Sở Kế hoạch (nay là Sở Tài chính)');
  });

  it('reports errors with their line numbers', () => {
    const rows = parsePastedAttendees(
      [
        'Lê Văn An - Giám đốc',
        '1. - Chủ tịch UBND tỉnh',
        'Nguyễn Văn 2 - Phó Chủ tịch',
        'A - Chuyên viên',
        'Trần Bình (cử người dự thay)',
        `${'Đặng '.repeat(25)}- Cán bộ`,
        `Phạm Cường - ${'x'.repeat(301)}`,
      ].join('\n'),
    );
    expect(errorsByLine(rows)).toEqual([
      [2, ['Thiếu họ và tên']],
      [3, ['Họ và tên không được chứa chữ số']],
      [4, ['Họ và tên phải có ít nhất 2 ký tự']],
      [5, ['Thiếu tên người dự thay']],
      [6, ['Họ và tên không được quá 120 ký tự']],
      [7, ['Chức vụ không được quá 300 ký tự']],
    ]);
    expect(rows.every((r) => (r.draft === null) === r.errors.length > 0)).toBe(true);
  });

  it('returns NFC text from decomposed input and collapses spaces', () => {
    const [row] = parsePastedAttendees('Nguyễn   Văn Sơn - Chủ tịch UBND tỉnh'.normalize('NFD'));
    expect(row!.draft?.fullName).toBe('Nguyễn Văn Sơn'.normalize('NFC'));
    expect(row!.draft?.fullName).toBe(row!.draft?.fullName.normalize('NFC'));
    expect(row!.draft?.positionTitle).toBe('Chủ tịch UBND tỉnh'.normalize('NFC'));
  });
});

describe('attendeeDraftSchema', () => {
  it('fills defaults and drops a substitute unless represented', () => {
    expect(attendeeDraftSchema.parse({ fullName: ' Lê  An ', representedBy: 'X Y' })).toEqual({
      fullName: 'Lê An',
      positionTitle: null,
      agencyName: null,
      role: 'member',
      presence: 'present',
      representedBy: null,
    });
  });

  it('rejects a bad role and a missing substitute, with Vietnamese messages', () => {
    const result = attendeeDraftSchema.safeParse({ fullName: '', role: 'boss', presence: 'represented' });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => inVietnamese(i.message));
    expect(messages).toContain('Thiếu họ và tên');
    expect(messages).toContain('Thiếu tên người dự thay');
    expect(messages).toContain('Vai trò không hợp lệ (chấp nhận: Chủ trì, Thành viên, Khách mời, Thư ký)');
    expect(result.error!.issues.map((i) => inEnglish(i.message))).toContain('The substitute’s name is missing');
  });
});

describe('parseAttendeeCsv', () => {
  it('handles BOM, quoted commas, doubled quotes and CRLF', () => {
    const csv =
      '\ufeffHọ và tên,Chức vụ,Cơ quan,Vai trò,Tham dự\r\n' +
      '"Nguyễn Văn Sơn","Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh",UBND tỉnh,Chủ trì,Có mặt\r\n' +
      'Hoàng Gia Long,"Phó Chủ tịch ""thường trực""",UBND tỉnh,,\r\n';
    const rows = parseAttendeeCsv(csv);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(rows[0]!.draft).toEqual({
      fullName: 'Nguyễn Văn Sơn',
      positionTitle: 'Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh',
      agencyName: 'UBND tỉnh',
      role: 'chair',
      presence: 'present',
      representedBy: null,
    });
    expect(rows[0]!.raw).toBe('Nguyễn Văn Sơn | Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh | UBND tỉnh | Chủ trì | Có mặt');
    expect(rows[1]!.draft).toMatchObject({ positionTitle: 'Phó Chủ tịch "thường trực"', role: 'member' });
  });

  it('names the columns it does not read, once, on the header line; every person is still read (session 22)', () => {
    const csv =
      'STT,Họ và tên,Chức vụ,Cơ quan,Chức vụ cũ,Tỉnh/thành mới,Ghi chú\n' +
      '1,Nguyễn Văn Sơn,Chủ tịch UBND tỉnh,UBND tỉnh,Phó Chủ tịch,Tuyên Quang,\n' +
      '2,Hoàng Gia Long,Giám đốc,Sở Nội vụ,,,\n';
    const rows = parseAttendeeCsv(csv);
    const people = rows.filter((r) => !r.skipped);
    expect(people.map((r) => r.draft?.fullName)).toEqual(['Nguyễn Văn Sơn', 'Hoàng Gia Long']);
    const notes = rows.filter((r) => r.skipped).flatMap((r) => r.errors.map(inVietnamese));
    expect(notes).toEqual([
      'Dòng 1: không lấy các cột “Chức vụ cũ”, “Tỉnh/thành mới” (không có trong danh sách tham dự)',
    ]);
    // A list whose every column is read says nothing.
    expect(parseAttendeeCsv('Họ và tên,Cơ quan\nLê Văn An,Sở Nội vụ\n').filter((r) => r.skipped)).toEqual([]);
  });

  it('accepts ";" as delimiter and loose header names in any order', () => {
    const csv = 'DON VI ; ho ten;CHỨC  VỤ;presence;Represented by\nSở Nội vụ;Lê Văn An;Giám đốc;vang mat;\n';
    const [row] = parseAttendeeCsv(csv);
    expect(row!.draft).toMatchObject({
      fullName: 'Lê Văn An',
      positionTitle: 'Giám đốc',
      agencyName: 'Sở Nội vụ',
      presence: 'absent',
    });
  });

  it('accepts labels without accents or English codes, and lists allowed values for bad ones', () => {
    const csv = [
      'Full name,Role,Presence,Người dự thay',
      'Lê Văn An,THU KY,absent,',
      '',
      'Trần Bình,secretary,,Ngô Văn Cư',
      'Phạm Cường,giám đốc,có mặt,',
      'Đỗ Dũng,,đi muộn,',
    ].join('\n');
    const rows = parseAttendeeCsv(csv);
    expect(rows.map((r) => r.line)).toEqual([2, 4, 5, 6]);
    expect(rows[0]!.draft).toMatchObject({ role: 'secretary', presence: 'absent' });
    expect(rows[1]!.draft).toMatchObject({ presence: 'represented', representedBy: 'Ngô Văn Cư' });
    expect(errorsByLine(rows)).toEqual([
      [5, ['Vai trò không hợp lệ: “giám đốc” (chấp nhận: Chủ trì, Thành viên, Khách mời, Thư ký)']],
      [6, ['Tham dự không hợp lệ: “đi muộn” (chấp nhận: Có mặt, Vắng, Cử người dự thay)']],
    ]);
  });

  it('reports a missing name column once, on line 1', () => {
    expect(inputError(parseAttendeeCsv('Chức vụ,Cơ quan\nGiám đốc,Sở Nội vụ\n'))).toEqual([
      { line: 1, raw: '', draft: null, errors: ['Thiếu cột Họ và tên'], values: EMPTY_ATTENDEE },
    ]);
  });

  it('refuses more than 2,000 data rows, and accepts exactly 2,000', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `Người Thứ ${'I'.repeat((i % 5) + 1)}`);
    expect(parseAttendeeCsv(['Họ tên', ...body(2000)].join('\n'))).toHaveLength(2000);
    const tooLong = parseAttendeeCsv(['Họ tên', ...body(2001)].join('\n'));
    expect(inputError(tooLong)).toEqual([
      { line: 1, raw: '', draft: null, errors: ['Tệp có quá 2.000 dòng'], values: EMPTY_ATTENDEE },
    ]);
    expect(inEnglish(tooLong[0]!.errors[0]!)).toBe('The file has more than 2,000 rows');
  });

  it('asks for CSV UTF-8 when the text was mis-decoded', () => {
    const [row] = parseAttendeeCsv('H\ufffd t\ufffdn\nNguy\ufffdn');
    expect(errorsOf(row!)[0]).toBe(
      'Không đọc được chữ tiếng Việt trong tệp CSV (bảng mã lạ); hãy lưu lại dạng “CSV UTF-8”',
    );
  });
});

describe('XLSX', () => {
  it('reads back the template as two valid rows', async () => {
    const rows = await parseAttendeeXlsx(await buildAttendeeTemplateXlsx());
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(rows.every((r) => r.errors.length === 0 && r.draft !== null)).toBe(true);
    expect(rows[0]!.draft?.role).toBe('chair');
  });

  it('has Vietnamese headers and drop-downs in the template', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildAttendeeTemplateXlsx()).buffer as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Họ và tên',
      'Chức vụ',
      'Cơ quan',
      'Vai trò',
      'Tham dự',
      'Người dự thay',
    ]);
    expect(sheet.getCell('D5').dataValidation?.formulae?.[0]).toContain('Chủ trì');
  });

  it('hands ExcelJS nothing but a workbook: a DOCX or a damaged archive is refused first (attacker pass 32)', async () => {
    const docx = new JSZip();
    docx.file('[Content_Types].xml', '<Types/>');
    docx.file('word/document.xml', '<w:document><w:body><w:p/></w:body></w:document>');
    const bytes = await docx.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Họ tên']);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    for (const file of [bytes, xlsx.subarray(0, xlsx.length - 10)])
      expect(inputError(await parseAttendeeXlsx(file))[0]!.errors).toEqual(['Không đọc được tệp Excel (.xlsx)']);
  });

  it('finds the one bad row among ten, converting rich text, numbers and formulas', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Sheet1');
    sheet.addRow(['Họ tên', 'Chức vụ', 'Đơn vị', 'Vai trò']);
    for (let i = 1; i <= 10; i++) {
      const name = i === 7 ? 'Nguyễn Văn 7' : `Cán Bộ ${'Thứ '.repeat(i)}`.trim();
      sheet.addRow([name, `Chuyên viên bậc ${i}`, 'Sở Nội vụ', i === 1 ? 'chủ trì' : '']);
    }
    sheet.getCell('A3').value = { richText: [{ text: 'Trần ' }, { text: 'Thị Bình', font: { bold: true } }] };
    sheet.getCell('B4').value = { formula: '"Phó "&"Giám đốc"', result: 'Phó Giám đốc' };
    sheet.getCell('C5').value = 115;
    sheet.addRow([]);
    const rows = await parseAttendeeXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(rows).toHaveLength(10);
    expect(errorsByLine(rows)).toEqual([[8, ['Họ và tên không được chứa chữ số']]]);
    expect(rows[0]!.draft).toMatchObject({ fullName: 'Cán Bộ Thứ', role: 'chair' });
    expect(rows[1]!.draft?.fullName).toBe('Trần Thị Bình');
    expect(rows[2]!.draft?.positionTitle).toBe('Phó Giám đốc');
    expect(rows[3]!.draft?.agencyName).toBe('115');
  });

  it('reads a point’s list as a province keeps it: merged group rows, "Đ/c", attendance in the notes', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Tuyên Quang');
    sheet.addRow(['DANH SÁCH ĐẠI BIỂU DỰ HỌP TẠI ĐIỂM CẦU TỈNH TUYÊN QUANG']);
    sheet.addRow(['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Ghi chú']);
    sheet.addRow(['LÃNH ĐẠO TỈNH']);
    sheet.mergeCells('A3:D3');
    sheet.addRow([1, 'Đ/c Nguyễn Văn An', 'Phó Chủ tịch UBND tỉnh', 'Chủ trì điểm cầu']);
    sheet.addRow(['II. Các sở, ban, ngành']);
    sheet.addRow([2, 'Trần Thị Bình', 'Giám đốc Sở Nội vụ', 'Vắng']);
    sheet.addRow([3, 'Lê Văn Cường', 'Giám đốc Sở Tư pháp', 'Cử đ/c Đinh Văn Em dự thay']);
    sheet.addRow([4, 'Phạm Thị Dung', 'Giám đốc Sở Tài chính', 'Đến muộn 15 phút']);
    const read = await parseAttendeeXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    // The group rows are passed over, each said so.
    expect(read.filter((r) => r.skipped).map((r) => r.line)).toEqual([3, 5]);
    const rows = read.filter((r) => !r.skipped);
    expect(rows.map((r) => [r.values.fullName, r.values.positionTitle, r.values.role, r.values.presence])).toEqual([
      ['Nguyễn Văn An', 'Phó Chủ tịch UBND tỉnh', 'chair', 'present'],
      ['Trần Thị Bình', 'Giám đốc Sở Nội vụ', 'member', 'absent'],
      ['Lê Văn Cường', 'Giám đốc Sở Tư pháp', 'member', 'represented'],
      ['Phạm Thị Dung', 'Giám đốc Sở Tài chính', 'member', 'present'],
    ]);
    expect(rows[2]!.values.representedBy).toBe('Đinh Văn Em');
    expect(rows.every((r) => r.errors.length === 0)).toBe(true);
  });

  it('refuses a workbook whose sheet inflates to more than it declares, before ExcelJS opens it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Đại biểu').addRow(['Họ và tên', ' '.repeat(30_000)]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let p = 0; p + 46 < bytes.length; p++) {
      if (v.getUint32(p, true) !== 0x02014b50) continue;
      const name = Buffer.from(bytes.subarray(p + 46, p + 46 + v.getUint16(p + 28, true))).toString('latin1');
      if (!/sharedStrings|sheet1/.test(name)) continue;
      v.setUint32(p + 24, 10, true); // declares 10 bytes, inflates to more
      v.setUint32(v.getUint32(p + 42, true) + 22, 10, true);
    }
    const rows = await parseAttendeeXlsx(bytes);
    expect(errorsOf(rows[0]!)).toEqual(['Tệp nén quá lớn khi giải nén.']);
  });

  it('reports a file that is not XLSX', async () => {
    const rows = await parseAttendeeXlsx(new TextEncoder().encode('not a zip'));
    expect(rows).toHaveLength(1);
    expect(errorsOf(rows[0]!)).toEqual(['Không đọc được tệp Excel (.xlsx)']);
  });

  const session = {
    sessionTitle: 'Phiên họp thứ bảy của Ban Chỉ đạo',
    points: [
      {
        name: 'Điểm cầu Trung ương',
        attendees: [
          {
            fullName: 'Nguyễn Văn Sơn',
            positionTitle: 'Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh',
            agencyName: 'UBND tỉnh Tuyên Quang',
            role: 'chair' as const,
            presence: 'present' as const,
            representedBy: null,
          },
        ],
      },
      {
        name: 'Điểm cầu tỉnh Tuyên Quang',
        attendees: [
          {
            fullName: 'Hoàng Gia Long',
            positionTitle: 'Phó Chủ tịch thường trực UBND tỉnh',
            agencyName: null,
            role: 'member' as const,
            presence: 'represented' as const,
            representedBy: 'Đặng Thị Ngọc',
          },
        ],
      },
    ],
  };

  it('exports attendance with a title row, bold Vietnamese headers and labels', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildAttendanceXlsx(session)).buffer as ArrayBuffer);
    const sheet = wb.getWorksheet('Điểm danh')!;
    expect(sheet).toBeDefined();
    expect(sheet.getCell('A1').value).toBe('Phiên họp thứ bảy của Ban Chỉ đạo');
    const header = sheet.getRow(2);
    expect((header.values as unknown[]).slice(1)).toEqual([
      'STT',
      'Điểm cầu',
      'Họ và tên',
      'Chức vụ',
      'Cơ quan',
      'Vai trò',
      'Tham dự',
    ]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      1,
      'Điểm cầu Trung ương',
      'Nguyễn Văn Sơn',
      'Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh',
      'UBND tỉnh Tuyên Quang',
      'Chủ trì',
      'Có mặt',
    ]);
    expect(sheet.getCell('C4').value).toBe('Hoàng Gia Long'.normalize('NFC'));
    expect(sheet.getCell('G4').value).toBe('Cử người dự thay: Đặng Thị Ngọc');
    expect(sheet.getColumn(4).width).toBeGreaterThan(sheet.getColumn(1).width!);
  });

  it('re-imports its own export, title row and substitute included', async () => {
    const rows = await parseAttendeeXlsx(await buildAttendanceXlsx(session));
    expect(rows.map((r) => [r.line, r.draft?.fullName, r.draft?.presence, r.draft?.representedBy])).toEqual([
      [3, 'Nguyễn Văn Sơn', 'present', null],
      [4, 'Hoàng Gia Long', 'represented', 'Đặng Thị Ngọc'],
    ]);
  });
});

describe('hostile lists (attacker pass 17)', () => {
  it('reads a row of many empty cells in linear time (a 35-byte CSV froze the server: exponential backtracking)', async () => {
    let rows: ReturnType<typeof parseAttendeeCsv> = [];
    // CPU time (decision 089): exponential in 60 commas would be years.
    expect(
      await cpuMs(() => (rows = parseAttendeeCsv(`Họ và tên,Cơ quan\nNguyễn Văn An${','.repeat(60)}x\n`))),
    ).toBeLessThan(1_000);
    expect(rows[0]!.raw).toMatch(/^Nguyễn Văn An \| {2}\| /);
    expect(parseAttendeeCsv('Họ và tên,Cơ quan,Ghi chú\nNguyễn Văn An,Bộ Nội vụ,,,\n')[0]!.raw).toBe(
      'Nguyễn Văn An | Bộ Nội vụ',
    );
  });

  it('splits a pasted line at ";" outside brackets in one pass, with the same meaning', async () => {
    expect(outsideBrackets('Nguyễn Văn An (Bộ Nội vụ; Vụ CCHC); Trần Thị Bình', ';')).toEqual([
      'Nguyễn Văn An (Bộ Nội vụ; Vụ CCHC)',
      ' Trần Thị Bình',
    ]);
    expect(outsideBrackets('a;b;;c', ';')).toEqual(['a', 'b', '', 'c']);
    const pasted = (n: number) => `Họ và tên;Cơ quan\n${';'.repeat(n)}`;
    let rows: ReturnType<typeof parsePastedAttendees> = [];
    expect(await cpuMs(() => (rows = parsePastedAttendees(pasted(198_000))))).toBeLessThan(2_000);
    expect(rows.length).toBeLessThanOrEqual(2);
    expect((await cpuGrowth(parsePastedAttendees, pasted(49_500), pasted(198_000))).ratio).toBeLessThan(GROWTH_LIMIT);
  });

  it('refuses a pasted table wider than an attendance list, or longer than its limit, as a whole', () => {
    const wide = parsePastedAttendees(
      Array.from({ length: 1_900 }, (_, i) => `Người ${i}\t${'ô\t'.repeat(49)}`).join('\n'),
    );
    expect(wide).toHaveLength(1);
    expect(inVietnamese(wide[0]!.errors[0]!)).toMatch(/^Bảng dán có quá 40 cột/);
    const long = parsePastedAttendees(Array.from({ length: 2_001 }, (_, i) => `Người ${i}`).join('\n'));
    expect(long).toHaveLength(1);
    expect(inEnglish(long[0]!.errors[0]!)).toBe('The pasted text has more than 2,000 lines');
  });
});

// An officer pasted seven people of a published decision, with "Đại biểu" as their role; the preview said five rows:
// "Đại biểu" is also a header of the name column, so their rows were taken for repeated header lines and dropped.
describe('rows are never dropped without a message', () => {
  const HEADER = 'STT\tHọ và tên\tChức vụ\tCơ quan\tVai trò\tTham dự';
  const PEOPLE = [
    '1\tNguyễn Văn Sơn\tPhó Chủ tịch UBND tỉnh\tUBND tỉnh Tuyên Quang\tChủ trì\tCó mặt',
    '2\tHoàng Gia Long\tGiám đốc Sở Nội vụ\tSở Nội vụ\tĐại biểu\tCó mặt',
    '3\tLê Thị Thu Hà\tGiám đốc Sở Tài chính\tSở Tài chính\tThành viên\tCó mặt',
    '4\tTrần Quốc Bảo\tGiám đốc Sở Tư pháp\tSở Tư pháp\tĐại biểu dự\tVắng',
    '5\tĐỗ Minh Tuấn\tChánh Văn phòng UBND tỉnh\tVăn phòng UBND tỉnh\tThư ký\tCó mặt',
    '6\tVũ Thị Lan\tGiám đốc Sở Y tế\tSở Y tế\tThành phần\tCó mặt',
    '7\tNgô Đức Thắng\tPhó Giám đốc Công an tỉnh\tCông an tỉnh\tĐại biểu\tCó mặt',
  ];

  it('reads "Đại biểu", "Đại biểu dự" and "Thành phần" in the role column as members, all seven rows kept', () => {
    const rows = parsePastedAttendees([HEADER, ...PEOPLE].join('\n'));
    expect(errorsByLine(rows)).toEqual([]);
    expect(rows.map((r) => [r.line, r.draft?.fullName, r.draft?.role])).toEqual([
      [2, 'Nguyễn Văn Sơn', 'chair'],
      [3, 'Hoàng Gia Long', 'member'],
      [4, 'Lê Thị Thu Hà', 'member'],
      [5, 'Trần Quốc Bảo', 'member'],
      [6, 'Đỗ Minh Tuấn', 'secretary'],
      [7, 'Vũ Thị Lan', 'member'],
      [8, 'Ngô Đức Thắng', 'member'],
    ]);
  });

  it('still reads "Đại biểu" as the name column’s header, over a "Thành phần" column holding "Đại biểu"', () => {
    const rows = parsePastedAttendees(
      [
        'TT\tĐại biểu\tChức vụ\tThành phần',
        '1\tHoàng Gia Long\tGiám đốc Sở Nội vụ\tĐại biểu',
        '2\tVũ Thị Lan\tGiám đốc Sở Y tế\tThư ký',
      ].join('\n'),
    );
    expect(errorsByLine(rows)).toEqual([]);
    expect(rows.map((r) => [r.draft?.fullName, r.draft?.positionTitle, r.draft?.role])).toEqual([
      ['Hoàng Gia Long', 'Giám đốc Sở Nội vụ', 'member'],
      ['Vũ Thị Lan', 'Giám đốc Sở Y tế', 'secretary'],
    ]);
  });

  it('reads a first row with "Đại biểu" as its role as a person when there is no header row', () => {
    const rows = parsePastedAttendees(PEOPLE.slice(1, 4).join('\n'));
    expect(errorsByLine(rows)).toEqual([]);
    expect(rows.map((r) => r.draft?.fullName)).toEqual(['Hoàng Gia Long', 'Lê Thị Thu Hà', 'Trần Quốc Bảo']);
  });

  it('reports a header line repeated in the middle of a paste as skipped, with its line', () => {
    const rows = parsePastedAttendees([HEADER, ...PEOPLE.slice(0, 3), HEADER, ...PEOPLE.slice(3)].join('\n'));
    const kept = rows.filter((r) => !r.skipped);
    expect(kept.map((r) => r.draft?.fullName)).toHaveLength(7);
    expect(kept.every((r) => r.errors.length === 0)).toBe(true);
    const skipped = rows.filter((r) => r.skipped);
    expect(skipped.map((r) => [r.line, errorsOf(r)])).toEqual([[5, ['Bỏ qua dòng 5: dòng này lặp lại dòng tiêu đề']]]);
    expect(inEnglish(skipped[0]!.errors[0]!)).toBe('Line 5 skipped: it repeats the header row');
  });

  it('reports the group rows of a workbook it passes over, and a header repeated on a later page', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Danh sách');
    sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Vai trò']);
    sheet.addRow(['LÃNH ĐẠO TỈNH']);
    sheet.mergeCells('A2:D2');
    sheet.addRow([1, 'Nguyễn Văn An', 'Phó Chủ tịch UBND tỉnh', 'Chủ trì']);
    sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Vai trò']);
    sheet.addRow([2, 'Trần Thị Bình', 'Giám đốc Sở Nội vụ', 'Đại biểu']);
    const rows = await parseAttendeeXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(rows.filter((r) => !r.skipped).map((r) => [r.draft?.fullName, r.draft?.role])).toEqual([
      ['Nguyễn Văn An', 'chair'],
      ['Trần Thị Bình', 'member'],
    ]);
    expect(rows.filter((r) => r.skipped).map((r) => [r.line, errorsOf(r)])).toEqual([
      [2, ['Bỏ qua dòng 2: tiêu đề nhóm “LÃNH ĐẠO TỈNH”, không phải một người']],
      [4, ['Bỏ qua dòng 4: dòng này lặp lại dòng tiêu đề']],
    ]);
  });
});

describe('press report lines of an attacker’s length (session 23)', () => {
  // Linear: 40,000 lead-ins took 4 s when every word was folded again for each candidate (about 0.4 s here now).
  // CPU time (decision 089): on a loaded machine one line's wall clock read 4 s. No growth ratio: one line grows 7.6×
  // for 4× quiet and read 12.1 under load; the quadratic version took 4 s, above the bound.
  it('reads a long line of lead-ins, roles, groups and hyphens in a few hundred milliseconds', async () => {
    const lines = [
      (n: number) => `Nguyễn Văn A - ${'chủ trì tại '.repeat(n)}x`,
      (n: number) => `${'có các đồng chí: '.repeat(n)}Nguyễn Văn B`,
      (n: number) => `Nguyễn Văn C - Giám đốc${' cùng các đồng chí X'.repeat(n)}`,
      (n: number) => `${'Bộ trưởng '.repeat(n)}Trần Văn D`,
      (n: number) => `${'A-B'.repeat((n * 3) / 2)}`,
    ];
    for (const line of lines) expect(await cpuMs(() => parsePastedAttendees(line(40_000)))).toBeLessThan(3000);
  }, 300_000);
});
