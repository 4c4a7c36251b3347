import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readBacklogFile } from '@/lib/directives/backlog-import';
import { parseAttendeeXlsx } from '@/lib/sessions/attendee-import';
import { layoutOf, readImportSheet } from '@/lib/users/import';
import { xlsxBytes } from './sheet';
import { inEnglish, inVietnamese, refusal } from '@/tests/i18n';

/**
 * A workbook as offices send them: a cover sheet of instructions first ("Hướng dẫn"), the list on the second. Only
 * the first sheet was read, and the file was refused without naming any sheet.
 */
async function workbook(list: (string | number)[][] | null, hidden = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('Hướng dẫn');
  cover.addRow(['HƯỚNG DẪN ĐIỀN DANH SÁCH']);
  cover.addRow(['Điền mỗi người một dòng ở trang sau; không đổi tên các cột.']);
  if (hidden) wb.addWorksheet('Danh mục', { state: 'hidden' }).addRow(['Họ và tên', 'Email', 'Cơ quan']);
  const sheet = wb.addWorksheet('Danh sách');
  if (list) for (const row of list) sheet.addRow(row);
  else sheet.addRow(['Ghi chú của văn thư']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the sheet an import reads', () => {
  it('reads an attendance list from the first sheet whose header it recognises', async () => {
    const rows = await parseAttendeeXlsx(
      await workbook([
        ['STT', 'Họ và tên', 'Chức vụ', 'Cơ quan', 'Vai trò', 'Tham dự'],
        [1, 'Nguyễn Văn An', 'Phó Chủ tịch UBND tỉnh', 'UBND tỉnh', 'Chủ trì', 'Có mặt'],
        [2, 'Trần Thị Bình', 'Giám đốc Sở Nội vụ', 'Sở Nội vụ', 'Đại biểu', 'Có mặt'],
      ]),
    );
    expect(rows.map((r) => [r.line, r.draft?.fullName])).toEqual([
      [2, 'Nguyễn Văn An'],
      [3, 'Trần Thị Bình'],
    ]);
  });

  it('names the sheets it looked in when none has an attendance header', async () => {
    const rows = await parseAttendeeXlsx(await workbook(null));
    expect(rows).toHaveLength(1);
    expect(inVietnamese(rows[0]!.errors[0]!)).toBe(
      'Thiếu cột Họ và tên: không trang nào của tệp có dòng tiêu đề đó (đã xem: “Hướng dẫn”, “Danh sách”)',
    );
    expect(inEnglish(rows[0]!.errors[0]!)).toBe(
      'The Full name column (Họ và tên) is missing: no sheet of the file has that header row (looked in: “Hướng dẫn”, “Danh sách”)',
    );
  });

  it('reads a task list from the second sheet, and names the sheets when none has one', async () => {
    const sheet = await readBacklogFile(
      await workbook([
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
        [1, 'Rà soát quy chế làm việc', 'Bộ Nội vụ', '31/12/2025'],
      ]),
      'ds.xlsx',
    );
    expect([sheet.headerLine, sheet.rows.map((r) => r.cells[1])]).toEqual([1, ['Rà soát quy chế làm việc']]);
    expect((await refusal(readBacklogFile(await workbook(null), 'ds.xlsx'))).message).toBe(
      'Không tìm thấy dòng tiêu đề cột (ví dụ "Nội dung chỉ đạo", "Cơ quan chủ trì", "Thời hạn") ở trang nào của tệp (đã xem: “Hướng dẫn”, “Danh sách”).',
    );
  });

  it('reads a user list from the second sheet, never from a hidden one, and names the sheets when none has one', async () => {
    const bytes = await workbook(
      [
        ['Họ và tên', 'Email', 'Cơ quan'],
        ['Nguyễn Văn An', 'an@example.gov.vn', 'Bộ Nội vụ'],
      ],
      true,
    );
    const { data } = layoutOf(await readImportSheet({ bytes }));
    expect(data.map((r) => r.cells[1])).toEqual(['an@example.gov.vn']);
    const refused = await refusal(readImportSheet({ bytes: await workbook(null, true) }).then(layoutOf));
    expect(refused.message).toMatch(/^Không tìm thấy dòng tiêu đề có cột “Họ và tên” hoặc “Email” ở trang nào/);
    expect(refused.message).toMatch(/\(đã xem: “Hướng dẫn”, “Danh sách”\)/);
  });
});

describe('xlsxBytes', () => {
  it('writes every text cell as XML can carry it, so Excel opens the file (attacker pass 29)', async () => {
    // ExcelJS writes text as it is: a note stored with U+FFFF made the whole download one Excel calls damaged.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Báo cáo').addRow(['Ghi chú \uffff\ufffe hết', 12, 'Bộ Nội vụ']);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await xlsxBytes(wb)) as unknown as ArrayBuffer);
    expect((read.getWorksheet('Báo cáo')!.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Ghi chú  hết',
      12,
      'Bộ Nội vụ',
    ]);
  });
});
