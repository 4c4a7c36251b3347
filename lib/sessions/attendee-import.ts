import ExcelJS from 'exceljs';
import { foldVi } from '@/lib/text';
import { parseCsv } from './csv';

/**
 * Attendance at one video-conference point (điểm cầu): parses pasted text, CSV or XLSX into rows,
 * validates each one and reports errors in Vietnamese for a preview. Nothing here is saved.
 */

import {
  EMPTY_ATTENDEE,
  ATTENDEE_ROLES,
  PRESENCES,
  ROLE_LABELS,
  PRESENCE_LABELS,
  MAX_ROWS,
  attendeeDraftSchema,
  clean,
  roleHint,
  presenceHint,
} from './attendee-schema';
import type { AttendeeDraft, AttendeeRole, AttendeeValues, ParsedRow, Presence } from './attendee-schema';

export { ATTENDEE_ROLES, PRESENCES, ROLE_LABELS, PRESENCE_LABELS, MAX_ROWS, attendeeDraftSchema };
export type { AttendeeDraft, AttendeeRole, AttendeeValues, ParsedRow, Presence };

/** A problem with the whole input, reported as one row on line 1. */
const errorRow = (message: string): ParsedRow => ({
  line: 1,
  raw: '',
  draft: null,
  errors: [message],
  values: EMPTY_ATTENDEE,
});

// ---------------------------------------------------------------------------------------------
// Shared: cells → validated row

type Cells = Partial<Record<keyof AttendeeDraft, string | null>>;

/** Folds case and accents code point by code point, so indices in the result match the input. */
function foldKeepLength(text: string): string {
  return Array.from(text, (c) => {
    const f = foldVi(c);
    return f.length === c.length ? f : c;
  }).join('');
}
/** Key for matching labels and headers: no accents, case, spaces or punctuation. */
const key = (text: string) => foldVi(clean(text)).replace(/[^a-z0-9]/g, '');

function lookup<T extends string>(codes: readonly T[], labels: Record<T, string>, aliases: Record<string, T>) {
  const map = new Map<string, T>(Object.entries(aliases).map(([k, v]) => [key(k), v]));
  for (const code of codes) map.set(code, code).set(key(labels[code]), code);
  return (text: string): T | undefined => map.get(key(text));
}
const roleOf = lookup(ATTENDEE_ROLES, ROLE_LABELS, { 'chủ toạ': 'chair', guest: 'invited', 'thư kí': 'secretary' });
const presenceOf = lookup(PRESENCES, PRESENCE_LABELS, {
  'vắng mặt': 'absent',
  'dự thay': 'represented',
  'người dự thay': 'represented',
});

function buildRow(line: number, raw: string, cells: Cells): ParsedRow {
  const errors: string[] = [];
  const roleText = clean(cells.role);
  const role = roleText ? roleOf(roleText) : 'member';
  if (!role) errors.push(`Vai trò không hợp lệ: “${roleText}” (${roleHint})`);

  // "Cử người dự thay: Trần Văn A" (as buildAttendanceXlsx writes it) carries the substitute's name
  const [label = '', name = ''] = clean(cells.presence).split(/:(.*)/);
  let representedBy = clean(cells.representedBy) || clean(name);
  let presence = label ? presenceOf(label) : representedBy ? 'represented' : 'present';
  if (!presence) {
    errors.push(`Tham dự không hợp lệ: “${clean(cells.presence)}” (${presenceHint})`);
    representedBy = '';
    presence = 'present';
  }
  const result = attendeeDraftSchema.safeParse({ ...cells, role: role ?? 'member', presence, representedBy });
  if (!result.success) errors.push(...result.error.issues.map((i) => i.message));
  const values = {
    fullName: clean(cells.fullName),
    positionTitle: clean(cells.positionTitle),
    agencyName: clean(cells.agencyName),
    role: role ?? 'member',
    presence,
    representedBy,
  };
  return { line, raw, draft: errors.length === 0 && result.success ? result.data : null, errors, values };
}

// ---------------------------------------------------------------------------------------------
// Pasted text

const BULLET = /^\s*(?:\d{1,3}\s*[.)/]|[-–—•+*·▪◦●])\s*/u;
const NAME_TITLE_SEPARATOR = /\s*[–—]\s*|\s+-\s*|\s*-\s+/u;
const HONORIFIC = /^(?:đồng\s+chí|đ\/c)\s+/iu; // unambiguous; "ông"/"bà" are also surnames, so they stay

/**
 * One attendee per line, or several separated by ";". "Họ tên - Chức vụ" (also "–", "—"; if there
 * is no dash, the first comma); everything after the separator is the title, agencyName stays null.
 * Tab-separated lines are template columns. Markers at the end: "(chủ trì)", "(thư ký)",
 * "(khách mời)", "(vắng)", "(dự thay: Trần Văn A)", "(cử Trần Văn A dự thay)".
 */
export function parsePastedAttendees(text: string): ParsedRow[] {
  const rows: ParsedRow[] = [];
  const lines = text.normalize('NFC').split(/\r\n|\r|\n/);
  lines.forEach((rawLine, index) => {
    const line = index + 1;
    if (!clean(rawLine)) return;
    if (rawLine.includes('\t')) {
      const cells = tabCells(rawLine);
      if (cells) rows.push(buildRow(line, rawLine, cells));
      return;
    }
    for (const segment of rawLine.split(/;(?![^()]*\))/)) {
      const body = clean(segment)
        .replace(BULLET, '')
        .replace(/[\s;.]+$/, '');
      if (body) rows.push(buildRow(line, rawLine, attendeeFromText(body)));
    }
  });
  if (rows.length > MAX_ROWS) return [errorRow('Nội dung dán có quá 2.000 dòng')];
  return rows;
}

/** Tab columns in template order; a leading STT column is dropped; a pasted header line gives null. */
function tabCells(rawLine: string): Cells | null {
  const cells = rawLine.split('\t').map(clean);
  if (cells.length > 1 && /^\d+[.)]?$/.test(cells[0]!)) cells.shift();
  if (cells.some((c) => headerField(c) === 'fullName')) return null;
  const [fullName, positionTitle, agencyName, role, presence, representedBy] = cells;
  return { fullName: fullName?.replace(BULLET, ''), positionTitle, agencyName, role, presence, representedBy };
}

function attendeeFromText(segment: string): Cells {
  let body = segment;
  const cells: Cells = {};
  for (let m = body.match(/\(([^()]*)\)\s*$/); m; m = body.match(/\(([^()]*)\)\s*$/)) {
    if (!applyMarker(clean(m[1]), cells)) break;
    body = body.slice(0, m.index).replace(/[\s,;.]+$/, '');
  }
  const sep = NAME_TITLE_SEPARATOR.exec(body) ?? /,/.exec(body);
  const name = sep ? body.slice(0, sep.index) : body;
  cells.fullName = clean(name).replace(HONORIFIC, '');
  cells.positionTitle = sep ? clean(body.slice(sep.index + sep[0].length)) : null;
  cells.representedBy = cells.representedBy?.replace(HONORIFIC, '');
  return cells;
}

/** Reads one "(…)" marker into cells; false if the text is not a marker (then it stays in the title). */
function applyMarker(inner: string, cells: Cells): boolean {
  const folded = foldKeepLength(inner);
  const role = roleOf(inner);
  if (role) return ((cells.role = role), true);
  if (/^vang\b/.test(folded)) return ((cells.presence = 'absent'), true);
  if (key(inner) === 'comat') return ((cells.presence = 'present'), true);
  let substitute: string | undefined;
  const labelled = /^(?:cu\s+)?(?:nguoi\s+)?du\s+thay\s*:?\s*/.exec(folded); // "dự thay: X", "cử người dự thay"
  const sent = /^cu\s+(.+?)\s+du\s+thay$/d.exec(folded); // "cử X dự thay"
  if (labelled) substitute = inner.slice(labelled[0].length);
  else if (sent) substitute = inner.slice(...sent.indices![1]!);
  else return false;
  cells.presence = 'represented';
  cells.representedBy = substitute;
  return true;
}

// ---------------------------------------------------------------------------------------------
// CSV and XLSX

const HEADER_ALIASES: Record<keyof AttendeeDraft, string[]> = {
  fullName: ['Họ và tên', 'Họ tên', 'Full name', 'Name'],
  positionTitle: ['Chức vụ', 'Position', 'Position title', 'Title'],
  agencyName: ['Cơ quan', 'Đơn vị', 'Cơ quan, đơn vị', 'Agency'],
  role: ['Vai trò', 'Role'],
  presence: ['Tham dự', 'Presence'],
  representedBy: ['Người dự thay', 'Represented by'],
};
const TEMPLATE_HEADERS = ['Họ và tên', 'Chức vụ', 'Cơ quan', 'Vai trò', 'Tham dự', 'Người dự thay'];

function headerField(text: string): keyof AttendeeDraft | undefined {
  const k = key(text);
  const entry = Object.entries(HEADER_ALIASES).find(([, names]) => names.some((n) => key(n) === k));
  return entry?.[0] as keyof AttendeeDraft | undefined;
}

type SheetRow = { line: number; cells: string[] };

/**
 * The header is the first row (of the first 10 non-empty ones, so a title row above it is allowed)
 * that has a name column. Without one, a single row with line 1 and "Thiếu cột Họ và tên" is
 * returned rather than an error on every row. Fully empty rows are skipped.
 */
function rowsFromSheet(all: SheetRow[]): ParsedRow[] {
  const rows = all.filter((r) => r.cells.some((c) => clean(c) !== ''));
  const headerAt = rows.slice(0, 10).findIndex((r) => r.cells.some((c) => headerField(c) === 'fullName'));
  if (headerAt < 0) return [errorRow('Thiếu cột Họ và tên')];
  const columns = rows[headerAt]!.cells.map(headerField);
  const data = rows.slice(headerAt + 1);
  if (data.length > MAX_ROWS) return [errorRow('Tệp có quá 2.000 dòng')];
  return data.map(({ line, cells }) => {
    const mapped: Cells = {};
    columns.forEach((field, i) => {
      if (field && mapped[field] === undefined) mapped[field] = cells[i] ?? '';
    });
    return buildRow(
      line,
      cells
        .map(clean)
        .join(' | ')
        .replace(/(?:\s*\|\s*)+$/, ''),
      mapped,
    );
  });
}

/**
 * CSV with a header row, UTF-8 (BOM optional), "," or ";" delimited. Text decoded from a non-UTF-8
 * file (Excel's "CSV" in Windows-1258) shows U+FFFD; that gives one error asking for "CSV UTF-8".
 */
export function parseAttendeeCsv(text: string): ParsedRow[] {
  if (text.includes('\ufffd')) return [errorRow('Tệp CSV không đúng mã UTF-8; hãy lưu lại dạng “CSV UTF-8”')];
  return rowsFromSheet(parseCsv(text).map((cells, i) => ({ line: i + 1, cells })));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText(value.result);
  if ('text' in value) return cellText(value.text);
  return ''; // formula without a cached result, or an error value such as #N/A
}

/** First worksheet of an XLSX workbook; rich text, numbers and formula results become plain text. */
export async function parseAttendeeXlsx(data: ArrayBuffer | Uint8Array): Promise<ParsedRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load((data instanceof Uint8Array ? data : new Uint8Array(data)) as unknown as ExcelJS.Buffer);
  } catch {
    return [errorRow('Không đọc được tệp Excel (.xlsx)')];
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return rowsFromSheet([]);
  const all: SheetRow[] = [];
  sheet.eachRow((row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    all.push({ line: row.number, cells: Array.from(values, (v) => cellText(v as ExcelJS.CellValue)) });
  });
  return rowsFromSheet(all);
}

// ---------------------------------------------------------------------------------------------
// Workbooks to download

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Header row, two example rows, and drop-down lists for Vai trò and Tham dự. */
export async function buildAttendeeTemplateXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách tham dự', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TEMPLATE_HEADERS.map((header, i) => ({ header, width: [28, 45, 35, 14, 20, 28][i] }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows([
    ['Nguyễn Văn A', 'Phó Chủ tịch UBND tỉnh', 'UBND tỉnh', ROLE_LABELS.chair, PRESENCE_LABELS.present],
    ['Trần Thị B', 'Giám đốc Sở Tài chính', 'Sở Tài chính', ROLE_LABELS.member, PRESENCE_LABELS.present],
  ]);
  const list = (labels: object) => ({ type: 'list' as const, formulae: [`"${Object.values(labels).join(',')}"`] });
  for (let r = 2; r <= 501; r++) {
    sheet.getCell(r, 4).dataValidation = { ...list(ROLE_LABELS), allowBlank: true };
    sheet.getCell(r, 5).dataValidation = { ...list(PRESENCE_LABELS), allowBlank: true };
  }
  return toBytes(workbook);
}

/** Attendance of every point of a session: title row, bold header, one row per attendee. */
export async function buildAttendanceXlsx(input: {
  sessionTitle: string;
  points: { name: string; attendees: (AttendeeDraft & { agencyName: string | null })[] }[];
}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Điểm danh', { views: [{ state: 'frozen', ySplit: 2 }] });
  const headers = ['STT', 'Điểm cầu', 'Họ và tên', 'Chức vụ', 'Cơ quan', 'Vai trò', 'Tham dự'];
  [6, 28, 28, 45, 35, 14, 30].forEach((width, i) => (sheet.getColumn(i + 1).width = width));

  const title = sheet.addRow([clean(input.sessionTitle)]);
  sheet.mergeCells(1, 1, 1, headers.length);
  title.font = { bold: true, size: 14 };
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };

  let stt = 0;
  for (const point of input.points) {
    for (const a of point.attendees) {
      const presence =
        a.presence === 'represented' && a.representedBy
          ? `${PRESENCE_LABELS.represented}: ${clean(a.representedBy)}`
          : PRESENCE_LABELS[a.presence];
      const row = [++stt, point.name, a.fullName, a.positionTitle, a.agencyName, ROLE_LABELS[a.role], presence];
      const added = sheet.addRow(row.map((v) => (typeof v === 'string' ? clean(v) : (v ?? ''))));
      added.alignment = { vertical: 'top', wrapText: true };
    }
  }
  return toBytes(workbook);
}
