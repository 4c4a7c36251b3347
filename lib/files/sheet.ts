import type ExcelJS from 'exceljs';
import { fromLegacyCells } from '@/lib/legacy-vietnamese';
import { xmlText } from '@/lib/text';

/**
 * A workbook the app built, as the bytes of its XLSX, every text cell as XML can carry it: ExcelJS writes text as it
 * is, and a progress note stored with U+FFFF (before the input was cleaned) made the file one Excel calls damaged
 * (attacker pass 29). Every download the app builds whole goes through here; the streamed audit export cleans its rows.
 */
export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = xmlText(cell.value);
      }),
    );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A worksheet's rows as text: each row's sheet line (1-based) and its cells, from column A. */
export type SheetLines = { line: number; cells: string[] }[];

/**
 * The worksheets an import may read, in the workbook's order: the visible ones. An office's workbook often holds a
 * hidden sheet of lists or settings, which Excel does not show and the person never thinks of.
 */
function visibleSheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((s) => s.state === 'visible' || !s.state);
}

/** Every row of a sheet, each cell as text by `cellText`. */
export function sheetLines(sheet: ExcelJS.Worksheet, cellText: (value: ExcelJS.CellValue) => string): SheetLines {
  const rows: SheetLines = [];
  sheet.eachRow((row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push({ line: row.number, cells: Array.from(values, (v) => cellText(v as ExcelJS.CellValue)) });
  });
  return rows;
}

/**
 * The sheet an import reads: the first visible worksheet whose rows (in Unicode, then `clean`) `recognised` accepts (its
 * header row is there),
 * so a list on the second sheet, behind a cover of instructions ("Hướng dẫn"), is read. With none, `rows` is null
 * and `tried` names the sheets looked in, for the message to say. A workbook with no visible sheet is read from its
 * first sheet, as before. `sheet` is the name of the sheet read, `hidden` its hidden columns (0-based: the person who
 * sends the file does not see them), `others` the later visible sheets that hold a list too (a committee on one sheet,
 * its working group on the next), which are not read: the import says so.
 */
export function pickImportSheet(
  workbook: ExcelJS.Workbook,
  cellText: (value: ExcelJS.CellValue) => string,
  recognised: (rows: SheetLines) => boolean,
  clean: (text: string) => string = (text) => text,
): { rows: SheetLines | null; tried: string[]; sheet?: string; hidden: number[]; others: string[] } {
  const sheets = visibleSheets(workbook);
  const candidates = sheets.length ? sheets : workbook.worksheets.slice(0, 1);
  // A sheet typed in TCVN3 (.VnTime fonts) is read as Unicode before anything, its headers included, is looked at.
  const linesOf = (sheet: ExcelJS.Worksheet) =>
    fromLegacyCells(sheetLines(sheet, cellText)).map((r) => ({ ...r, cells: r.cells.map(clean) }));
  for (const [at, sheet] of candidates.entries()) {
    const rows = linesOf(sheet);
    if (!recognised(rows)) continue;
    const hidden: number[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) if (sheet.getColumn(c).hidden) hidden.push(c - 1);
    const others = candidates.slice(at + 1).filter((s) => recognised(linesOf(s)));
    return { rows, tried: [], sheet: sheet.name, hidden, others: others.map((s) => s.name) };
  }
  return { rows: null, tried: candidates.map((s) => s.name), hidden: [], others: [] };
}

/** The sheets' names as a message lists them: “Hướng dẫn”, “Danh sách”. */
export const sheetNames = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');
