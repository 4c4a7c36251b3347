import type ExcelJS from 'exceljs';

/**
 * The sheet an import reads: the workbook's first visible worksheet. An office's workbook often opens with a hidden
 * sheet of lists or settings, which Excel does not show and the person never thinks of.
 */
export function importSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((s) => s.state === 'visible' || !s.state) ?? workbook.worksheets[0];
}
