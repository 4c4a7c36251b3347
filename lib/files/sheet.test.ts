import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseAttendeeXlsx } from '@/lib/sessions/attendee-import';
import { importSheet } from './sheet';

/** A workbook as offices send it: a hidden sheet of lists first, the list itself second. */
async function withHiddenFirst(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const lists = wb.addWorksheet('Danh mục');
  lists.state = 'hidden';
  lists.addRow(['Vai trò', 'Chủ trì', 'Thành viên']);
  const list = wb.addWorksheet('Điểm cầu Tuyên Quang');
  list.addRow(['Họ và tên', 'Chức vụ', 'Cơ quan']);
  list.addRow(['Nguyễn Thị Ánh Tuyết', 'Giám đốc', 'Sở Nội vụ tỉnh Tuyên Quang']);
  return wb;
}

describe('the sheet an import reads', () => {
  it('is the first visible one, not a hidden sheet of lists before it', async () => {
    const wb = await withHiddenFirst();
    expect(importSheet(wb)?.name).toBe('Điểm cầu Tuyên Quang');
    const rows = await parseAttendeeXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(rows.map((r) => r.values.fullName)).toEqual(['Nguyễn Thị Ánh Tuyết']);
  });
});
