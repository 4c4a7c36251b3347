import 'server-only';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { directives } from '@/db/schema';
import { existsOn } from '@/lib/agencies/policy';
import { listAgencyRegistry } from '@/lib/agencies/queries';
import { resolveDb } from '@/lib/db';
import { invalid } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { hasForeignLetters } from '@/lib/zod';
import { assertCan, type Actor } from '@/lib/policy';
import { readCsv, type CsvDelimiter } from '@/lib/sessions/csv';
import type { DeadlineInput } from '@/lib/tasks/assign';
import { foldVi, sortVi } from '@/lib/text';
import { formatDate, vnDate, type IsoDate } from '@/lib/time';
import { type AgencyRef, findAgencies } from './agency-matcher';
import { AGENCY_NAME_STARTS, BACKLOG_HEADER_ALIASES, BACKLOG_STATUS_WORDS, DEADLINE_CUES } from './backlog-vocabulary';
import { parseDeadline } from './deadline-phrases';
import {
  BACKLOG_FIELDS,
  MAX_BACKLOG_ROWS,
  MAX_DIRECTIVE_TEXT,
  REQUIRED_BACKLOG_FIELDS,
  type BacklogField,
  type BacklogImportInput,
} from './schemas';
import { spreadsheetProblem } from '@/lib/files/evidence';
import { pickImportSheet, sheetNames } from '@/lib/files/sheet';
import { decodeText } from '@/lib/files/text';
import { fromLegacyCells } from '@/lib/legacy-vietnamese';

/**
 * An office's backlog sheet (XLSX or CSV) read into directives and tasks (decision 027): the header row is
 * found below any title, each column is given a field (suggested from its header, changed by the secretariat),
 * and every row is checked and shown with its problems before anything is written. Writing is
 * ./backlog-import-write.ts. Nothing here is saved.
 */

export type BacklogSheet = {
  fileName: string;
  /** The sheet line of the header row (1-based). */
  headerLine: number;
  headers: string[];
  rows: { line: number; cells: string[] }[];
};

export type BacklogStatus = 'not_started' | 'in_progress' | 'completed';

/** A name read from a lead or coordinator cell and the agency it is, when known. */
export type NamedAgency = { name: string; agencyId: number | null; agencyName: string | null };

export type BacklogRow = {
  line: number;
  ordinal: string;
  sourceDocument: string | null;
  sourceDocumentDate: IsoDate | null;
  text: string;
  leads: NamedAgency[];
  coordinators: NamedAgency[];
  deadlineText: string;
  deadline: DeadlineInput | null;
  statusText: string;
  status: BacklogStatus;
  completedOnText: string;
  completedOn: IsoDate | null;
  latestReport: string | null;
  /** The day the tasks count as assigned: the document's date, else today (or the completion date, if earlier). */
  assignedOn: IsoDate;
  /** Messages by key (lib/i18n/message.ts); empty when the row can be imported. */
  problems: string[];
  /** Which values the preview lets the secretariat type again for this row. */
  fixable: { deadline: boolean; completedOn: boolean };
  importKey: string;
  /** `imported`: a row of an earlier import; `duplicate`: the same row higher up in this file. */
  state: 'ready' | 'problem' | 'imported' | 'duplicate';
};

export type BacklogPreview = {
  fileName: string;
  headerLine: number;
  headers: string[];
  /** The field of each column used for this reading, and the one suggested from its header. */
  mapping: (BacklogField | null)[];
  suggested: (BacklogField | null)[];
  /** The first rows as they are in the file, under their headers. */
  sample: string[][];
  /** Missing required columns (the file cannot be read until they are mapped): field names. */
  missing: BacklogField[];
  counts: { rows: number; ready: number; problems: number; imported: number; duplicates: number };
  /** Rows with problems first (all of them, up to 500), then the first ready ones. */
  rows: BacklogRow[];
  /** Names no agency answers to, with how many rows name them. */
  unknownAgencies: { name: string; rows: number }[];
};

// ---------------------------------------------------------------------------------------------
// Reading the file

/** Matching key: no accents, case, spaces or punctuation. */
const key = (text: string) => foldVi(text.normalize('NFC')).replace(/[^a-z0-9]/g, '');
const clean = (text: string | null | undefined) =>
  (text ?? '')
    .normalize('NFC')
    .replace(/\p{Cc}/gu, (c) => (c === '\n' ? c : ' '))
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // A date cell reads as the office would type it: dd/MM/yyyy (exceljs gives the day at midnight UTC).
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const [y, m, d] = value.toISOString().slice(0, 10).split('-');
    return `${d}/${m}/${y}`;
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

/** The delimiter with most uses over the first lines (a title line above the header may have none). */
function delimiterOf(text: string): CsvDelimiter {
  const head = text.split(/\r\n|\r|\n/, 10).join('\n');
  return head.split(';').length > head.split(',').length ? ';' : ',';
}

/** A header row names at least two fields; the one naming most, of the first 15 rows, is taken. */
function findHeader(rows: { line: number; cells: string[] }[]): number {
  let best = -1;
  let bestCount = 1;
  rows.slice(0, 15).forEach((r, i) => {
    const n = suggestBacklogMapping(r.cells).filter(Boolean).length;
    if (n > bestCount) [best, bestCount] = [i, n];
  });
  return best;
}

/**
 * The first worksheet of an XLSX workbook with a header row, or a CSV file as `decodeText` reads it ("," or ";"), as
 * its header and rows. Date cells become yyyy-MM-dd; fully empty rows are skipped. Refuses an unreadable file, one
 * with no header row, and one past MAX_BACKLOG_ROWS.
 */
export async function readBacklogFile(bytes: Uint8Array, fileName: string): Promise<BacklogSheet> {
  let all: { line: number; cells: string[] }[] = [];
  const isXlsx = bytes[0] === 0x50 && bytes[1] === 0x4b; // a ZIP container
  // An Excel 97-2003 workbook (.xls, an OLE container) is not read: it must be saved as .xlsx first.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw invalid(msg('errors.backlog.unreadable'));
  if (isXlsx) {
    // Checked as evidence files are (sizes as inflated, not as declared; a workbook, its names as every reader reads
    // them), before ExcelJS inflates the whole file.
    const problem = await spreadsheetProblem(bytes);
    if (problem === 'zipBomb') throw invalid(msg('errors.files.zipBomb'));
    if (problem) throw invalid(msg('errors.backlog.unreadable'));
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch {
      throw invalid(msg('errors.backlog.unreadable'));
    }
    // The first sheet with a header row (a cover of instructions may come first); with none, the sheets are named.
    const picked = pickImportSheet(
      workbook,
      cellText,
      (rows) => findHeader(rows.filter((r) => r.cells.some((c) => c !== ''))) >= 0,
      clean,
    );
    if (!picked.rows && picked.tried.length > 1)
      throw invalid(msg('errors.backlog.noHeaderInSheets', { sheets: sheetNames(picked.tried) }));
    all = picked.rows ?? [];
  } else {
    const text = decodeText(bytes);
    if (text.includes('\ufffd') || text.includes('\u0000')) throw invalid(msg('errors.backlog.csvEncoding'));
    // A heading and a few layout rows above the limit's rows; more is refused without being kept.
    const read = readCsv(text, delimiterOf(text), MAX_BACKLOG_ROWS + 100);
    if (read.count > read.rows.length)
      throw invalid(msg('errors.backlog.tooManyRows', { max: MAX_BACKLOG_ROWS, count: read.count }));
    all = fromLegacyCells(read.rows).map(({ line, cells }) => ({ line, cells: cells.map(clean) }));
  }
  all = all.filter((r) => r.cells.some((c) => c !== ''));
  const at = findHeader(all);
  if (at < 0) throw invalid(msg('errors.backlog.noHeader'));
  const rows = all.slice(at + 1).filter((r) => !isLayoutRow(r.cells));
  if (rows.length > MAX_BACKLOG_ROWS)
    throw invalid(msg('errors.backlog.tooManyRows', { max: MAX_BACKLOG_ROWS, count: rows.length }));
  if (rows.length === 0) throw invalid(msg('errors.backlog.noRows'));
  return { fileName: clean(fileName).slice(0, 200), headerLine: all[at]!.line, headers: all[at]!.cells, rows };
}

// ---------------------------------------------------------------------------------------------
// Columns

/** Every alias of every field, longest first, with its rank in its field's list (0: the field's first spelling). */
const CANDIDATES = BACKLOG_FIELDS.flatMap((field) =>
  BACKLOG_HEADER_ALIASES[field].map((alias, rank) => ({ field, alias: key(alias), rank })),
).sort((a, b) => b.alias.length - a.alias.length);

/**
 * The field each header names, each field once (the leftmost column that names it): a header equal to an
 * alias first, then one that starts with an alias ("Thời hạn hoàn thành (theo văn bản)"), longest first.
 */
/**
 * Rows of a report's layout, not tasks: the column numbers printed under the header ("(1) (2) … (8)", "1 2 3 … 8"),
 * and a cell alone on its row that is a section title ("I. NHIỆM VỤ QUÁ HẠN", "A. Văn bản của Chính phủ"), a total
 * ("Tổng cộng: 13 nhiệm vụ"), the place and date or a signature's title below the table ("Hà Nội, ngày … tháng …",
 * "NGƯỜI LẬP BIỂU"). A task has at least its text and its lead; a row missing one is still shown as a problem.
 */
function isLayoutRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.length >= 3 && filled.every((c) => /^\(?[0-9]{1,2}\)?$/.test(c))) return true;
  if (filled.length !== 1) return false;
  const only = filled[0]!;
  const letters = only.replace(/[^\p{L}]/gu, '');
  return (
    (letters.length >= 4 && letters === letters.toLocaleUpperCase('vi-VN')) ||
    /^(?:[IVXLC]{1,6}|[A-Đ])[.)]\s+\S/u.test(only) ||
    /^tổng(?: cộng| số)?\b/iu.test(only) ||
    /,\s*ngày\s+[\d.…]+\s+tháng\b/iu.test(only)
  );
}

export function suggestBacklogMapping(headers: readonly string[]): (BacklogField | null)[] {
  const out: (BacklogField | null)[] = headers.map(() => null);
  const keys = headers.map(key);
  const taken = new Set<BacklogField>();
  /**
   * Each open column reads as the longest alias it matches (of a field not taken); a field two columns claim goes to
   * the one whose alias its list puts first, then the leftmost, and the other column tries again. ("Kết quả thực
   * hiện", the longer header, took the status from "Tình trạng" when the longest alias of all was served first.)
   */
  const assign = (test: (k: string, alias: string) => boolean) => {
    for (;;) {
      const claims = new Map<BacklogField, { column: number; rank: number }>();
      keys.forEach((k, j) => {
        if (out[j] !== null || k === '') return;
        const hit = CANDIDATES.find(({ field, alias }) => !taken.has(field) && alias !== '' && test(k, alias));
        const best = hit && claims.get(hit.field);
        if (hit && (!best || hit.rank < best.rank)) claims.set(hit.field, { column: j, rank: hit.rank });
      });
      if (claims.size === 0) return;
      for (const [field, { column }] of claims) {
        out[column] = field;
        taken.add(field);
      }
    }
  };
  assign((k, alias) => k === alias);
  assign((k, alias) => alias.length >= 4 && k.startsWith(alias));
  // A header that names a field after another word ("Trích yếu / Nội dung nhiệm vụ"): a long alias inside it.
  assign((k, alias) => alias.length >= 10 && k.includes(alias));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Values

const validIso = (y: number, m: number, d: number): IsoDate | null => {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 ? date.toISOString().slice(0, 10) : null;
};

/**
 * A date as sheets write it: yyyy-MM-dd (a date cell), dd/MM/yyyy or d/M/yyyy (also with "-" or "."), or an
 * Excel serial number (45838). Null when it is none of these or does not exist (31/02/2025).
 */
export function readBacklogDate(text: string): IsoDate | null {
  const t = clean(text);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+Z?)?$/.exec(t);
  if (m) return validIso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (m) return validIso(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d{5}(?:\.\d+)?$/.test(t)) {
    const serial = Math.floor(Number(t));
    if (serial < 20_000 || serial > 80_000) return null;
    return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
  }
  return null;
}

/**
 * A deadline cell: a date in any of readBacklogDate's forms, else a phrase the notice parser reads
 * ("Quý III/2025", "trước 30/6/2025", "Thường xuyên", "Hằng quý"), tried bare and after "trước"/"trong" so a
 * bare "30/6/2025" or "tháng 12/2025" reads too. Null when nothing reads.
 */
export function readBacklogDeadline(text: string, onDate: IsoDate): DeadlineInput | null {
  const t = clean(text);
  if (!t) return null;
  const date = readBacklogDate(t);
  if (date) return { kind: 'dated', dueDate: date };
  // A year alone ("2025", "Năm 2025") is its last day, as a notice's "trong năm 2025" is.
  const year = /^(?:năm\s+)?((?:19|20|21)\d{2})$/iu.exec(t);
  if (year) return { kind: 'dated', dueDate: `${year[1]}-12-31` };
  for (const cue of DEADLINE_CUES) {
    const parsed = parseDeadline(cue + t, { onDate, yearSlips: false });
    if (!parsed) continue;
    if (parsed.kind === 'dated') return { kind: 'dated', dueDate: parsed.dueDate };
    if (parsed.kind === 'recurring') return { kind: 'recurring', period: parsed.period };
    return { kind: 'urgent' };
  }
  return null;
}

/** A status cell: completed, in progress, not started, or "quá hạn" (open, past its deadline); undefined: unread. */
export function readBacklogStatus(text: string): BacklogStatus | 'overdue' | null | undefined {
  const folded = foldVi(clean(text)).replace(/\s+/g, ' ');
  if (!folded) return null;
  return BACKLOG_STATUS_WORDS.find(([word]) => folded.includes(word))?.[1];
}

const NAME_START = new RegExp(`^(?:${AGENCY_NAME_STARTS.join('|')})(?:\\s|$)`, 'u');
/** A piece that is an agency's name by itself: it starts as names do ("Bộ", "Sở", "UBND" …) or is a code ("VPCP"). */
const isNameOnItsOwn = (piece: string, known: ReadonlySet<string>) =>
  NAME_START.test(foldVi(piece).replace(/\s+/g, ' ')) || /^[\p{Lu}\d&.-]{2,}$/u.test(piece) || known.has(key(piece));

/**
 * Names in a lead or coordinator cell: separated by ";", "+" or line breaks, and by a comma only where the pieces are
 * names: a comma inside an official name ("Bộ Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch")
 * keeps it whole. Pieces a comma separates are one name when the registry knows them together (its names and short
 * names, folded), else when the one after the comma does not start as a name does. Bullets dropped.
 */
export function splitAgencyNames(text: string, registry: readonly AgencyRef[] = []): string[] {
  const spellings = registry.flatMap((a) => [a.name, a.shortName ?? '', a.code]);
  const known = new Set(spellings.map(key).filter(Boolean));
  // A run is looked for only as long as the registry's longest name in comma-separated pieces: linear in the cell.
  const longest = spellings.reduce((most, n) => Math.max(most, n.split(',').length), 1);
  const tidy = (s: string) => clean(s.replace(/^\s*(?:[-–•*]|\d+[.)])\s*/, '')).replace(/(?<!\.)\.+$/, '');
  const names: string[] = [];
  for (const part of text.split(/[;+\n\r]+/)) {
    const pieces = part.split(',').map(tidy);
    for (let i = 0; i < pieces.length; i++) {
      // The longest run of pieces from here that the registry knows as one name.
      let end = i;
      for (let j = Math.min(pieces.length - 1, i + longest - 1); j > i; j--)
        if (known.has(key(pieces.slice(i, j + 1).join(', ')))) {
          end = j;
          break;
        }
      // Then the pieces after it that are not names of their own ("Thể thao và Du lịch", "thành phố").
      while (end + 1 < pieces.length && pieces[end + 1] && !isNameOnItsOwn(pieces[end + 1]!, known)) end++;
      names.push(
        pieces
          .slice(i, end + 1)
          .filter(Boolean)
          .join(', '),
      );
      i = end;
    }
  }
  return [...new Set(names.filter((s) => s.length > 0))];
}

/**
 * The import key of a row: sha256 of its source document number, text and lead cell, each folded (no accents,
 * case, spaces or punctuation), so the same sheet imported again, or saved again by Excel, matches.
 */
export function backlogImportKey(sourceDocument: string | null, text: string, lead: string): string {
  const norm = (s: string | null) =>
    foldVi((s ?? '').normalize('NFC'))
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return createHash('sha256')
    .update([norm(sourceDocument), norm(text), norm(lead)].join('\u001f'))
    .digest('hex');
}

/** An agency by its whole name: exactly its name, short name or code, else the one agency the matcher finds covering the cell. */
function agencyResolver(registry: AgencyRef[]) {
  const byKey = new Map<string, AgencyRef[]>();
  for (const a of registry)
    for (const k of [a.name, a.shortName, a.code].filter(Boolean).map((s) => key(s!)))
      byKey.set(k, [...(byKey.get(k) ?? []), a]);
  const byId = new Map(registry.map((a) => [a.id, a]));
  const memo = new Map<string, Resolved>();
  /**
   * The agency a name stands for on a day. A short name several bodies in operation share ("Sở NV" of two provinces)
   * is the one that belongs where the row's leads do (a coordinator beside "UBND tỉnh Tuyên Quang" is Tuyên Quang's
   * department); failing that it is `several`, for the person to choose, never the first one found.
   */
  return (name: string, onDate: IsoDate, near: readonly AgencyRef[] = []): Resolved => {
    const memoKey = `${key(name)}|${onDate}|${near.map((a) => a.id).join(',')}`;
    const known = memo.get(memoKey);
    if (known) return known;
    let found: Resolved = { agency: null };
    const exact = [...new Set(byKey.get(key(name)) ?? [])]; // "VPCP" is its code and its short name
    const living = exact.filter((a) => existsOn(a, onDate));
    if (living.length === 1) found = { agency: living[0]! };
    else if (living.length > 1) {
      const homes = new Set(near.flatMap((a) => [a.id, a.parentId ?? null]).filter((id): id is number => id !== null));
      const close = living.filter((a) => a.parentId != null && homes.has(a.parentId));
      found = close.length === 1 ? { agency: close[0]! } : { agency: null, several: living };
    } else if (exact.length >= 1) {
      // An ended agency named by its old name: its successor, as the notice parser proposes it (found in the whole
      // registry: "Bộ KH&ĐT" on a document of April 2025 is Bộ Tài chính's).
      const [match] = findAgencies(name, registry, onDate).filter((m) => exact.some((e) => e.id === m.agency.id));
      found = { agency: match ? (byId.get(match.proposed.id) ?? null) : (exact[0] ?? null) };
    } else {
      const matches = findAgencies(name, registry, onDate);
      const [only] = matches;
      const covered = only && matches.length === 1 && key(name.slice(0, only.start) + name.slice(only.end)) === '';
      found = { agency: covered ? only.proposed : null };
    }
    memo.set(memoKey, found);
    return found;
  };
}

type Resolved = { agency: AgencyRef | null; several?: AgencyRef[] };

/** The most bodies one lead or coordinator cell may name (the provinces and a few more), and a file in all. */
export const MAX_AGENCY_NAMES_PER_CELL = 80;
export const MAX_AGENCY_NAMES_PER_FILE = 20_000;

type Choices = Map<string, { agencyId: number | null; create: boolean }>;

/**
 * Reads every row with the given mapping, registry and choices: values, problems, import keys, and whether a
 * row was imported before (`importedKeys`) or appears twice in the file.
 */
export function readBacklogRows(
  sheet: BacklogSheet,
  mapping: readonly (BacklogField | null)[],
  context: {
    registry: AgencyRef[];
    importedKeys: ReadonlySet<string>;
    choices: Choices;
    defaultSource: string | null;
    fixes: BacklogImportInput['fixes'];
    today: IsoDate;
  },
): BacklogRow[] {
  const resolve = agencyResolver(context.registry);
  const registryById = new Map(context.registry.map((a) => [a.id, a]));
  const fixes = new Map(context.fixes.map((f) => [f.line, f]));
  const seen = new Set<string>();
  const distinctNames = new Set<string>();
  const documentOf = new Map<string, { document: string; date: string }>();
  const columnOf = (field: BacklogField) => mapping.indexOf(field);
  const cols = Object.fromEntries(BACKLOG_FIELDS.map((f) => [f, columnOf(f)])) as Record<BacklogField, number>;
  return sheet.rows.map(({ line, cells }, index) => {
    const cell = (field: BacklogField) => (cols[field] >= 0 ? (cells[cols[field]] ?? '') : '');
    const problems: string[] = [];
    const fix = fixes.get(line);
    const text = cell('text');
    if (!text) problems.push(msg('errors.backlog.noText'));
    else if (text.length > MAX_DIRECTIVE_TEXT)
      problems.push(msg('errors.backlog.textTooLong', { max: MAX_DIRECTIVE_TEXT, count: text.length }));
    // A sub-row ("1.1", "1.2") of a row that names the document is of that document unless it names its own.
    const ordinal = cell('ordinal');
    const parent = /^(\d+)\.\d/.exec(ordinal)?.[1];
    const inherited = parent !== undefined ? documentOf.get(parent) : undefined;
    if (/^\d+$/.test(ordinal))
      documentOf.set(ordinal, { document: cell('sourceDocument'), date: cell('sourceDocumentDate') });
    const sourceDocument = cell('sourceDocument') || inherited?.document || context.defaultSource || null;
    if (!sourceDocument) problems.push(msg('errors.backlog.noSource'));
    const dateText = cell('sourceDocumentDate') || (cell('sourceDocument') ? '' : (inherited?.date ?? ''));
    const sourceDocumentDate = dateText ? readBacklogDate(dateText) : null;
    if (dateText && !sourceDocumentDate) problems.push(msg('errors.backlog.badDocumentDate', { value: dateText }));
    if (sourceDocumentDate && sourceDocumentDate > context.today)
      problems.push(msg('errors.backlog.documentDateFuture', { date: formatDate(sourceDocumentDate) }));
    const completedOnText = fix?.completedOn ?? cell('completedOn');
    const completedOn = completedOnText ? readBacklogDate(completedOnText) : null;
    // Assigned on the document's date; with none, today, or the completion date when the work is done already.
    const assignedOn =
      sourceDocumentDate && sourceDocumentDate <= context.today
        ? sourceDocumentDate
        : !sourceDocumentDate && completedOn && completedOn < context.today
          ? completedOn
          : context.today;

    const named = (all: string[], near: readonly AgencyRef[] = []): NamedAgency[] => {
      // A cell lists a handful of bodies (all provinces at most); a file a few thousand. Each name is matched against
      // the registry: 100,000 names in one cell held the server 24 s (attacker pass 22).
      if (all.length > MAX_AGENCY_NAMES_PER_CELL) {
        problems.push(msg('errors.backlog.tooManyAgencyNames', { count: all.length, max: MAX_AGENCY_NAMES_PER_CELL }));
        return [];
      }
      for (const name of all) distinctNames.add(key(name));
      if (distinctNames.size > MAX_AGENCY_NAMES_PER_FILE)
        throw invalid(msg('errors.backlog.tooManyAgencyNamesInFile', { max: MAX_AGENCY_NAMES_PER_FILE }));
      return all.map((name) => {
        const choice = context.choices.get(key(name));
        const resolved = choice?.agencyId
          ? { agency: registryById.get(choice.agencyId) ?? null }
          : resolve(name, assignedOn, near);
        const agency = resolved.agency;
        // "Create it" is honoured only for a name no agency answers to.
        if (choice?.create && !agency && !resolved.several) {
          if (hasForeignLetters(name)) problems.push(msg('errors.backlog.foreignLetters', { name }));
          return { name, agencyId: null, agencyName: name };
        }
        if (!agency) {
          problems.push(
            resolved.several
              ? msg('errors.backlog.ambiguousAgency', {
                  name,
                  names: resolved.several.map((a) => a.name).join('; '),
                })
              : msg('errors.backlog.unknownAgency', { name }),
          );
          return { name, agencyId: null, agencyName: null };
        }
        if (!existsOn(agency, assignedOn))
          problems.push(msg('errors.backlog.agencyNotThen', { name: agency.name, date: formatDate(assignedOn) }));
        return { name, agencyId: agency.id, agencyName: agency.name };
      });
    };
    const leadCell = cell('lead');
    const leads = named(splitAgencyNames(leadCell, context.registry));
    if (leads.length === 0) problems.push(msg('errors.backlog.noLead'));
    const leadNames = new Set(leads.map((l) => key(l.name)));
    const leadAgencies = leads.flatMap((l) => (l.agencyId ? [registryById.get(l.agencyId)!] : []));
    const coordinators = named(
      splitAgencyNames(cell('coordinators'), context.registry).filter((n) => !leadNames.has(key(n))),
      leadAgencies,
    );

    const deadlineText = fix?.deadline ?? cell('deadline');
    const deadline = readBacklogDeadline(deadlineText, assignedOn);
    if (!deadlineText) problems.push(msg('errors.backlog.noDeadline'));
    else if (!deadline) problems.push(msg('errors.backlog.badDeadline', { value: deadlineText }));

    const latestReport = cell('latestReport') || null;
    if (latestReport && latestReport.length > MAX_DIRECTIVE_TEXT)
      problems.push(msg('errors.backlog.reportTooLong', { max: MAX_DIRECTIVE_TEXT, count: latestReport.length }));
    const statusText = cell('status');
    const read = readBacklogStatus(statusText);
    if (read === undefined) problems.push(msg('errors.backlog.badStatus', { value: statusText }));
    const status: BacklogStatus =
      read === 'completed' || (read === null && completedOn)
        ? 'completed'
        : read === 'in_progress' || read === 'not_started'
          ? read
          : latestReport
            ? 'in_progress'
            : 'not_started';
    let completedOnBad = false;
    if (completedOnText && !completedOn) {
      problems.push(msg('errors.backlog.badCompletedOn', { value: completedOnText }));
      completedOnBad = true;
    } else if (status === 'completed' && !completedOn) {
      problems.push(msg('errors.backlog.completedOnMissing'));
      completedOnBad = true;
    } else if (status === 'completed' && completedOn! > context.today) {
      problems.push(msg('errors.backlog.completedInFuture', { date: formatDate(completedOn) }));
      completedOnBad = true;
    } else if (status === 'completed' && completedOn! < assignedOn) {
      problems.push(
        msg('errors.backlog.completedBeforeDocument', {
          date: formatDate(completedOn),
          document: formatDate(assignedOn),
        }),
      );
      completedOnBad = true;
    }

    const importKey = backlogImportKey(sourceDocument, text, leadCell);
    const state = context.importedKeys.has(importKey)
      ? 'imported'
      : seen.has(importKey)
        ? 'duplicate'
        : problems.length
          ? 'problem'
          : 'ready';
    seen.add(importKey);
    return {
      line,
      ordinal: cell('ordinal') || String(index + 1),
      sourceDocument,
      sourceDocumentDate,
      text,
      leads,
      coordinators,
      deadlineText,
      deadline,
      statusText,
      status,
      completedOnText,
      completedOn: status === 'completed' ? completedOn : null,
      latestReport,
      assignedOn,
      problems,
      fixable: { deadline: !deadline, completedOn: completedOnBad },
      importKey,
      state,
    };
  });
}

/** Import keys already in the database, of those given. */
export async function importedKeysAmong(db: DbOrTx, keys: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < keys.length; i += 1000) {
    const rows = await db
      .select({ k: directives.importKey })
      .from(directives)
      .where(inArray(directives.importKey, keys.slice(i, i + 1000)));
    for (const r of rows) if (r.k) out.add(r.k);
  }
  return out;
}

export function choicesOf(values: BacklogImportInput): Choices {
  return new Map(
    values.agencies.map((a) => [
      key(a.name),
      { agencyId: typeof a.choice === 'number' ? a.choice : null, create: a.choice === 'create' },
    ]),
  );
}

/** The mapping posted, else the suggestion; a posted mapping with fewer columns is read as suggested beyond. */
export function mappingOf(sheet: BacklogSheet, posted: BacklogImportInput['mapping']): (BacklogField | null)[] {
  const suggested = suggestBacklogMapping(sheet.headers);
  if (!posted) return suggested;
  const width = Math.max(sheet.headers.length, ...sheet.rows.slice(0, 50).map((r) => r.cells.length));
  const out = Array.from({ length: width }, (_, i) => (i < posted.length ? posted[i] || null : (suggested[i] ?? null)));
  // A field chosen for two columns: the first one keeps it.
  return out.map((f, i) => (f && out.indexOf(f) !== i ? null : f));
}

/** Reads the posted file and choices into a checked preview; the import itself reads it again the same way. */
export async function readBacklog(
  input: { actor: Actor; values: BacklogImportInput; today?: IsoDate },
  db?: DbOrTx,
): Promise<{ sheet: BacklogSheet; mapping: (BacklogField | null)[]; missing: BacklogField[]; rows: BacklogRow[] }> {
  assertCan(input.actor, 'directive.manage');
  assertCan(input.actor, 'task.assign');
  const d = await resolveDb(db);
  const file = input.values.file;
  const sheet = await readBacklogFile(
    new Uint8Array(await file.arrayBuffer()),
    'name' in file ? String((file as File).name) : '',
  );
  const mapping = mappingOf(sheet, input.values.mapping);
  const missing = REQUIRED_BACKLOG_FIELDS.filter((f) => !mapping.includes(f));
  if (missing.length) return { sheet, mapping, missing, rows: [] };
  const registry = (await listAgencyRegistry(d)) as AgencyRef[];
  const today = input.today ?? vnDate();
  const choices = choicesOf(input.values);
  const draft = readBacklogRows(sheet, mapping, {
    registry,
    importedKeys: new Set(),
    choices,
    defaultSource: input.values.defaultSource,
    fixes: input.values.fixes,
    today,
  });
  const importedKeys = await importedKeysAmong(
    d,
    draft.map((r) => r.importKey),
  );
  const rows = importedKeys.size
    ? draft.map((r) => (importedKeys.has(r.importKey) ? { ...r, state: 'imported' as const } : r))
    : draft;
  return { sheet, mapping, missing, rows };
}

/** The preview of steps 2 and 3: columns, sample, counts, the rows to look at and the unknown names. */
export async function previewBacklog(
  input: { actor: Actor; values: BacklogImportInput; today?: IsoDate },
  db?: DbOrTx,
): Promise<BacklogPreview> {
  const { sheet, mapping, missing, rows } = await readBacklog(input, db);
  const count = (state: BacklogRow['state']) => rows.filter((r) => r.state === state).length;
  const unknown = new Map<string, { name: string; rows: number }>();
  for (const r of rows)
    if (r.state === 'problem')
      for (const a of [...r.leads, ...r.coordinators])
        if (a.agencyId === null && a.agencyName === null) {
          const entry = unknown.get(key(a.name)) ?? { name: a.name, rows: 0 };
          entry.rows++;
          unknown.set(key(a.name), entry);
        }
  return {
    fileName: sheet.fileName,
    headerLine: sheet.headerLine,
    headers: sheet.headers,
    mapping,
    suggested: suggestBacklogMapping(sheet.headers),
    sample: sheet.rows.slice(0, 5).map((r) => r.cells),
    missing,
    counts: {
      rows: rows.length,
      ready: count('ready'),
      problems: count('problem'),
      imported: count('imported'),
      duplicates: count('duplicate'),
    },
    rows: [
      ...rows.filter((r) => r.state === 'problem').slice(0, 500),
      ...rows.filter((r) => r.state !== 'problem').slice(0, 20),
    ],
    unknownAgencies: sortVi([...unknown.values()], (u) => u.name),
  };
}
