import 'server-only';
import ExcelJS from 'exceljs';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agencies, people, users } from '@/db/schema';
import { listAgencyRegistry } from '@/lib/agencies/queries';
import { resolveDb } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db-errors';
import { AppError, conflict, invalid } from '@/lib/errors';
import { msg } from '@/lib/i18n/message';
import { assertCan, type Actor } from '@/lib/policy';
import { detectDelimiter, readCsv } from '@/lib/sessions/csv';
import { foldedKey, foldVi, personNameKey, sortVi, tidyText } from '@/lib/text';
import { formatDate, vnDate, type IsoDate } from '@/lib/time';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  importEmailSchema,
  importPersonIdSchema,
  importPostSchema,
  importRowSchema,
} from './import-schemas';
import {
  AGENCY_ERA_MARKS,
  AGENCY_HEAD_TITLES,
  DUTY_ALIASES,
  DUTY_VALUES,
  IMPORT_COLUMNS,
  IMPORT_HEADER_ALIASES,
  IMPORT_HEADERS,
  IMPORT_INDEX_HEADERS,
  LEADER_TITLES,
  LISTS_HEADERS,
  LISTS_SHEET,
  POST_ALIASES,
  POST_VALUES,
  REQUIRED_COLUMNS,
  ROLE_ALIASES,
  ROLE_VALUES,
  TEMPLATE_EXAMPLE,
  TEMPLATE_SHEET,
  type ImportColumn,
  type ImportCommitteePost,
  type ImportDuty,
  type ImportRole,
} from './import-vocabulary';
import { insertInvitedUsers, linkAccounts } from './mutations';
import { personFieldsSchema } from './schemas';
import { addListedMembers } from '@/lib/committees/mutations';
import { committeeDays } from '@/lib/committees/days';
import { smtpConfigured } from '@/lib/notifications/mailer';
import { spreadsheetProblem } from '@/lib/files/evidence';
import { pickImportSheet, sheetNames } from '@/lib/files/sheet';
import { decodeText } from '@/lib/files/text';
import { fromLegacyCells } from '@/lib/legacy-vietnamese';
import { FAMILY_NAME_HEADERS } from '@/lib/people/name-vocabulary';
import { splitPersonName, titleWithRank } from '@/lib/people/names';

/**
 * Bulk onboarding (issue #18, point 4): users read from a CSV or XLSX sheet (the template of
 * `buildUserImportTemplate`, or any sheet whose headers name the columns), previewed with each row's errors beside
 * its fields, then created all together in one transaction, each with an invitation queued in the outbox that
 * leaves only once the transaction has committed (decision 032). Problems of the whole file (unreadable, a column
 * missing or not understood, too many rows) refuse the file; problems of a row are reported on the row.
 */

/** A row's fields as the preview shows and posts them: role and duty as codes, the agency as its id ('' for none). */
export const ROW_FIELDS = [
  'name',
  'email',
  'position',
  'phone',
  'role',
  'agencyId',
  'agencyDuty',
  'committeePosition',
  'personId',
] as const;
export type RowField = (typeof ROW_FIELDS)[number];
/** What an existing account's row writes when it joins (the person's), and its address, listed once. */
const JOINING_FIELDS = ['email', 'name', 'position', 'agencyId'] as const satisfies readonly RowField[];
export type ImportValues = Record<RowField, string>;
export type RowErrors = Partial<Record<RowField, string[]>>;
/** A row of the preview: its line in the file, its values, the agency as written, and its errors by field. */
export type PreviewRow = {
  line: number;
  values: ImportValues;
  agencyText: string;
  errors: RowErrors;
  /** The duty was not written (in a duty column or the role's words): the default, staff, was given. */
  dutyDefaulted?: true;
  /**
   * The role or duty was not written and was suggested from the title (decision 081): a Government leader or the
   * committee's head a leader, the head or a deputy head of a body its focal point. Shown, to be confirmed.
   */
  suggested?: true;
  /** The email already has an account ("đã có"): the import passes the row over (a list imported again). */
  existing?: true;
  /**
   * The people of the registry this row may be (decision 086): the person of the account with its email, else those of
   * the same name, of its agency first. `values.personId` is the one chosen ('' a new person): the email's person and
   * a namesake of the same agency are chosen by default, a namesake of another agency only by the person importing.
   */
  people?: PersonMatch[];
};

/** A person of the registry a row may be, and why: the account with the row's email, the name and agency, the name. */
export type PersonMatch = {
  id: number;
  fullName: string;
  positionTitle: string | null;
  agencyName: string | null;
  by: 'email' | 'nameAgency' | 'name';
};

// ---------------------------------------------------------------------------------------------
// Reading the file

/** Key for matching headers and values: no accents, case, spaces or punctuation. */
const key = (text: string) => foldedKey(text).replace(/[^a-z0-9]/g, '');
const clean = (text: string | undefined) => tidyText(text ?? '');

const HEADER_OF = new Map<string, ImportColumn>();
for (const column of IMPORT_COLUMNS) {
  for (const name of [IMPORT_HEADERS[column], ...IMPORT_HEADER_ALIASES[column]]) HEADER_OF.set(key(name), column);
  HEADER_OF.set(column, column);
}
const INDEX_HEADERS = new Set(IMPORT_INDEX_HEADERS.map((h) => key(h) || h));
const FAMILY_HEADERS = new Set(FAMILY_NAME_HEADERS.map((h) => key(h)));

function lookup<T extends string>(values: Record<T, string>, aliases: Record<string, T>) {
  const map = new Map<string, T>(Object.entries(aliases).map(([k, v]) => [key(k), v as T]));
  for (const [code, label] of Object.entries(values) as [T, string][]) map.set(key(code), code).set(key(label), code);
  return (text: string): T | undefined => map.get(key(text));
}
const roleOf = lookup<ImportRole>(ROLE_VALUES, ROLE_ALIASES);
const dutyOf = lookup<ImportDuty>(DUTY_VALUES, DUTY_ALIASES);
const postOf = lookup<ImportCommitteePost>(POST_VALUES, POST_ALIASES);
const ACCEPTED_POSTS = Object.values(POST_VALUES).join(', ');

/** Whether a title holds, at the start of one of its posts (split at commas), one of `titles` (a rank aside). */
function titleStarts(titles: readonly string[]) {
  const fold = (text: string) => foldVi(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
  const keys = titles.map(fold);
  return (title: string) =>
    title.split(/[,;]/).some((part) => {
      const p = fold(part);
      return keys.some((k) => p === k || p.startsWith(`${k} `));
    });
}
const isLeaderTitle = titleStarts(LEADER_TITLES);
const isAgencyHeadTitle = titleStarts(AGENCY_HEAD_TITLES);
const ACCEPTED_ROLES = Object.values(ROLE_VALUES).join(', ');
const ACCEPTED_DUTIES = Object.values(DUTY_VALUES).join(', ');

type SheetRow = { line: number; cells: string[] };

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value && 'text' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return ''; // a formula without a cached result, or an error value such as #N/A
}

/**
 * What the preview says besides the rows: the lines passed over as a group's heading or a total, and, for a workbook,
 * the sheet read and the later sheets holding a list too, which are not read.
 */
export type ImportNotes = { passedOver: number[]; sheet?: string; otherSheets: string[] };

/**
 * The first worksheet of an XLSX workbook with a header row, every cell as plain text. A hidden column whose header
 * is not one of the import's is passed over: the person who made the sheet does not see it (an office's staff code,
 * a formula's helper) and could not tell why the file is refused for it.
 */
async function readXlsx(bytes: Uint8Array, notes?: ImportNotes): Promise<SheetRow[]> {
  // Checked as evidence files are (sizes as inflated, not as declared; a workbook, its names as every reader reads
  // them), before ExcelJS inflates the whole file.
  const problem = await spreadsheetProblem(bytes);
  if (problem === 'zipBomb') throw invalid(msg('errors.files.zipBomb'));
  if (problem) throw invalid(msg('errors.userImport.xlsxUnreadable'));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw invalid(msg('errors.userImport.xlsxUnreadable'));
  }
  // The first sheet with a header row (a cover of instructions may come first); with none, the sheets are named.
  const { rows, tried, sheet, hidden, others } = pickImportSheet(workbook, cellText, (all) => headerIndex(all) >= 0);
  if (rows && hidden.length) {
    const header = nonEmpty(rows)[headerIndex(rows)]!.cells;
    const unread = hidden.filter((i) => !HEADER_OF.has(key(clean(header[i]))));
    for (const r of rows) for (const i of unread) if (i < r.cells.length) r.cells[i] = '';
  }
  if (notes && sheet) Object.assign(notes, { sheet, otherSheets: others });
  if (!rows && tried.length > 1)
    throw invalid(
      msg('errors.userImport.noHeaderInSheets', {
        expected: IMPORT_COLUMNS.map((c) => IMPORT_HEADERS[c]).join(', '),
        sheets: sheetNames(tried),
      }),
    );
  return rows ?? [];
}

/**
 * CSV text as `decodeText` reads it (a BOM is dropped), "," or ";" delimited as the header row shows, or cells
 * copied from a spreadsheet (tab-separated). A file in an encoding that reads as no Vietnamese shows U+FFFD, which
 * refuses the file with a request for "CSV UTF-8".
 */
function readText(text: string): SheetRow[] {
  if (text.includes('\ufffd')) throw invalid(msg('errors.userImport.csvEncoding'));
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.split(/\r\n|\r|\n/, 1)[0] ?? '';
  // A heading above the limit's rows; more is refused without being kept.
  const read = readCsv(body, firstLine.includes('\t') ? '\t' : detectDelimiter(body), MAX_IMPORT_ROWS + 20);
  if (read.count > read.rows.length)
    throw invalid(msg('errors.userImport.fileTooManyRows', { max: MAX_IMPORT_ROWS, count: read.count }));
  // Cells copied from a sheet typed in TCVN3 (.VnTime fonts) are read as Unicode.
  return fromLegacyCells(read.rows);
}

/** The sheet of a file (an XLSX is a ZIP: it starts with "PK") or of pasted text. */
export async function readImportSheet(
  input: { bytes?: Uint8Array; text?: string },
  notes?: ImportNotes,
): Promise<SheetRow[]> {
  if (input.bytes && input.bytes.length > 0) {
    if (input.bytes.length > MAX_IMPORT_BYTES)
      throw invalid(msg('errors.userImport.fileTooLarge', { max: MAX_IMPORT_BYTES / 1024 / 1024 }));
    const isZip = input.bytes[0] === 0x50 && input.bytes[1] === 0x4b;
    return isZip ? readXlsx(input.bytes, notes) : readText(decodeText(input.bytes));
  }
  if (input.text && input.text.trim()) return readText(input.text);
  throw invalid(msg('errors.userImport.nothing'));
}

/**
 * Cells of a data row by column, and the columns the header named (undefined: a row-number column); `familyAt`: the
 * column of a name's first part when the sheet splits it ("Họ và tên đệm | Tên"), else -1.
 */
type Layout = { columns: (ImportColumn | undefined)[]; data: SheetRow[]; familyAt: number; passedOver: number[] };

/**
 * A row that holds no person: a group's heading ("II | CÁC ỦY VIÊN", often merged across the row, so every cell of
 * the merge repeats it) or a total ("Tổng cộng: 32 thành viên"), as an annex of a decision lays its list out. Such a
 * row has one text, no address in it, and no row number: it is in capitals, or starts with a total's words, or its
 * number is a Roman numeral or a letter. A person's row has a number, an address or mixed-case words.
 */
function isHeadingRow(cells: string[], columns: (ImportColumn | undefined)[]): boolean {
  const texts = new Set<string>();
  const numbers: string[] = [];
  cells.forEach((c, i) => {
    const text = clean(c);
    if (!text) return;
    if (columns[i]) texts.add(text);
    else numbers.push(text);
  });
  if (texts.size !== 1) return false;
  const text = [...texts][0]!;
  if (text.includes('@') || numbers.some((n) => /^\d+\.?$/.test(n) && !texts.has(n))) return false;
  const capitals = !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
  const total = /^(tổng cộng|tổng số|cộng)\b/iu.test(text);
  const grouped = numbers.some((n) => /^([IVXLC]+|[A-Za-zĐđ])[.)]?$/u.test(n));
  return capitals || total || grouped;
}

/**
 * The header is the first row, among the first 10 non-empty ones (a title row above it is allowed), that names
 * the name or email column. Every other header must be understood: a column missing or not recognised, or named
 * twice, refuses the whole file with what was expected, rather than leaving a column unread on every row.
 */
const nonEmpty = (all: SheetRow[]) => all.filter((r) => r.cells.some((c) => clean(c) !== ''));
/** The header among the first 10 non-empty rows: the first naming the name or email column (-1: none). */
const headerIndex = (all: SheetRow[]) =>
  nonEmpty(all)
    .slice(0, 10)
    .findIndex((r) => r.cells.some((c) => ['name', 'email'].includes(HEADER_OF.get(key(c)) ?? '')));

export function layoutOf(all: SheetRow[]): Layout {
  const rows = nonEmpty(all);
  const expected = IMPORT_COLUMNS.map((c) => IMPORT_HEADERS[c]).join(', ');
  const headerAt = headerIndex(rows);
  if (headerAt < 0) throw invalid(msg('errors.userImport.noHeader', { expected }));
  const header = rows[headerAt]!.cells.map(clean);
  const columns: (ImportColumn | undefined)[] = [];
  const unknown: string[] = [];
  const twice: string[] = [];
  // The columns some data row has text in, found in one pass (not one pass over the rows per column).
  const filled = new Set<number>();
  for (const r of rows.slice(headerAt + 1)) r.cells.forEach((c, i) => clean(c) && filled.add(i));
  // A name's first part in a column of its own, joined to the name column ("Tên") that holds the rest.
  const familyAt = header.findIndex((text) => FAMILY_HEADERS.has(key(text)));
  header.forEach((text, i) => {
    const column = HEADER_OF.get(key(text));
    if (i === familyAt) columns.push(undefined);
    else if (!text || INDEX_HEADERS.has(key(text) || text)) {
      // A row-number column, or one without a header: read only if it holds text (then it is not understood).
      if (!text && filled.has(i)) unknown.push(`#${i + 1}`);
      columns.push(undefined);
    } else if (!column) {
      unknown.push(text);
      columns.push(undefined);
    } else if (columns.includes(column)) {
      twice.push(text);
      columns.push(undefined);
    } else columns.push(column);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c)).map((c) => IMPORT_HEADERS[c]);
  if (missing.length) throw invalid(msg('errors.userImport.missingColumns', { columns: missing.join(', '), expected }));
  if (unknown.length)
    throw invalid(
      msg('errors.userImport.extraColumns', { columns: unknown.map((c) => `"${c}"`).join(', '), expected }),
    );
  if (twice.length) throw invalid(msg('errors.userImport.columnTwice', { columns: twice.join(', ') }));
  const passedOver: number[] = [];
  const data = rows.slice(headerAt + 1).filter((r) => !(isHeadingRow(r.cells, columns) && passedOver.push(r.line)));
  if (data.length === 0) throw invalid(msg('errors.userImport.noRows'));
  if (data.length > MAX_IMPORT_ROWS)
    throw invalid(msg('errors.userImport.fileTooManyRows', { max: MAX_IMPORT_ROWS, count: data.length }));
  return { columns, data, familyAt, passedOver };
}

// ---------------------------------------------------------------------------------------------
// Agencies

type AgencyEntry = { id: number; name: string; validTo: string | null; successorId: number | null };
type Agencies = { byId: Map<number, AgencyEntry>; byKey: Map<string, AgencyEntry[]> };

/** Every agency, found by its code, short name or name (accents, case and punctuation aside). */
async function agencyIndex(d: DbOrTx): Promise<Agencies> {
  const byId = new Map<number, AgencyEntry>();
  const byKey = new Map<string, AgencyEntry[]>();
  for (const a of await listAgencyRegistry(d)) {
    const entry = { id: a.id, name: a.name, validTo: a.validTo, successorId: a.successorId };
    byId.set(a.id, entry);
    for (const k of new Set([a.code, a.shortName, a.name].filter(Boolean).map((s) => key(s!)))) {
      if (k) byKey.set(k, [...(byKey.get(k) ?? []), entry]);
    }
  }
  return { byId, byKey };
}

/**
 * The agency a cell names; when a short name is shared, the one still in operation on `today` (an ended agency
 * and its successor often share one). Null when none, or more than one, is found.
 */
function findAgency(agencies: Agencies, text: string, today: string): AgencyEntry | 'ambiguous' | null {
  const exact = agencies.byKey.get(key(text));
  // "UBND tỉnh Tuyên Quang (mới)" as lists of 2025 write the merged province: the one in operation; "(cũ)" the ended.
  const era = exact ? null : ERA_MARK.exec(text);
  const found = exact ?? (era ? agencies.byKey.get(key(text.slice(0, era.index))) : undefined) ?? [];
  const isOpen = (a: AgencyEntry) => !a.validTo || a.validTo >= today;
  const pick = era ? found.filter((a) => isOpen(a) === NEW_MARKS.has(key(era[1]!))) : [];
  if (pick.length === 1) return pick[0]!;
  if (found.length <= 1) return found[0] ?? null;
  const open = found.filter(isOpen);
  return open.length === 1 ? open[0]! : 'ambiguous';
}
const NEW_MARKS = new Set(AGENCY_ERA_MARKS.new.map(key));

/**
 * The registry agency a title ends with, as written there ('' when none): the last post first ("Phó Bí thư Tỉnh ủy,
 * Chủ tịch UBND tỉnh Đắk Nông" → "UBND tỉnh Đắk Nông"), its longest ending that names one agency ("Bộ trưởng, Chủ
 * nhiệm Văn phòng Chính phủ" → "Văn phòng Chính phủ"); one word only as an abbreviation ("Phó Thống đốc NHNN").
 */
function agencyInTitle(agencies: Agencies, title: string, today: string): string {
  // The whole title first: an agency's own name may hold a comma ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch").
  for (const part of [title, ...title.split(/[,;]/).reverse()]) {
    const words = part.trim().split(/\s+/u).slice(-12);
    for (let i = 0; i < words.length; i++) {
      const text = words.slice(i).join(' ');
      if (i === words.length - 1 && !/^\p{Lu}{2,}$/u.test(text)) break;
      const found = findAgency(agencies, text, today);
      if (found && found !== 'ambiguous') return text;
    }
  }
  return '';
}
const ERA_MARK = new RegExp(`\\s*\\((${[...AGENCY_ERA_MARKS.new, ...AGENCY_ERA_MARKS.old].join('|')})\\)\\s*$`, 'iu');

/** The body in operation on `today` that took over an ended agency's work (through every merger), if any. */
function successorOf(agencies: Agencies, agency: AgencyEntry, today: string): AgencyEntry | null {
  let next = agency.successorId ? agencies.byId.get(agency.successorId) : undefined;
  for (let hops = 0; next && next.validTo && next.validTo < today && hops < 10; hops++)
    next = next.successorId ? agencies.byId.get(next.successorId) : undefined;
  return next && (!next.validTo || next.validTo >= today) ? next : null;
}

// ---------------------------------------------------------------------------------------------
// Checking rows (the preview and the import share it)

/** The addresses a cell holds ("ten@bo.gov.vn; vanphong@bo.gov.vn" holds two). */
const ADDRESS_IN_TEXT = /[^\s;,/<>()"'@]+@[^\s;,/<>()"'@]+\.[^\s;,/<>()"'@]+/gu;

/**
 * The address a cell holds, as it was copied: a web page's or Outlook's link keeps its scheme ("mailto:ten@bo.gov.vn"),
 * Outlook's recipient its name and brackets ("Nguyễn Văn An <an@moha.gov.vn>") or a closing ";". One address amid
 * such text is taken; a cell with none or with two is left as written, for the check to name.
 */
function addressOf(cell: string): string {
  // "thuy @bvh.gov.vn", "thuy@ bvh.gov.vn": spaces typed around the @ (an address holds none).
  const bare = cell.replace(/^\s*mailto:\s*/i, '').replace(/\s*@\s*/u, '@');
  const found = bare.match(ADDRESS_IN_TEXT);
  return found?.length === 1 ? found[0]!.replace(/^mailto:/i, '').replace(/\.+$/u, '') : bare;
}

const push = (errors: RowErrors, field: RowField, message: string) => {
  const list = (errors[field] ??= []);
  if (!list.includes(message)) list.push(message);
};

/**
 * Each row's errors: the fields as `userFieldsSchema` reads them; an agency that is not found or has ended (as
 * `insertInvitedUser` would refuse it); an email given twice in the file (on the later rows). A row whose email
 * already has an account is no error: it is `existing`, passed over by the import, so a list imported again creates
 * only the people it did not have (it refused the whole list, one "already has an account" per row).
 */
async function checkRows(
  d: DbOrTx,
  rows: { line: number; values: Record<string, unknown> }[],
  agencies: Agencies,
  today: string,
): Promise<{ errors: RowErrors[]; existing: boolean[] }> {
  const errors = rows.map((): RowErrors => ({}));
  const firstLine = new Map<string, number>();
  const emailOf: (string | null)[] = [];
  rows.forEach((row, i) => {
    const parsed = importRowSchema.safeParse({ ...row.values, line: row.line });
    if (!parsed.success) {
      const blankEmail = String(row.values.email ?? '').trim() === '';
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '') as RowField;
        // No address at all is not a wrong one: a list copied from a decision has none; say what is needed.
        // No role at all (no Vai trò column, no agency to make the person an agency's): say what to choose.
        const blankRole = field === 'role' && String(row.values.role ?? '').trim() === '';
        const addresses = field === 'email' ? String(row.values.email ?? '').match(ADDRESS_IN_TEXT) : null;
        const message =
          field === 'email' && blankEmail
            ? msg('errors.userImport.emailMissing')
            : addresses && addresses.length > 1
              ? msg('errors.userImport.emailTwo', { count: addresses.length, emails: addresses.join(', ') })
              : blankRole
                ? msg('errors.userImport.roleMissing')
                : issue.message;
        push(errors[i]!, ROW_FIELDS.includes(field) ? field : 'name', message);
      }
    }
    // The address is looked for even when another field is wrong (only a well-formed one reaches the database).
    const email = importEmailSchema.safeParse(row.values.email);
    emailOf.push(email.success ? email.data : null);
    if (email.success) {
      const first = firstLine.get(email.data);
      if (first !== undefined) push(errors[i]!, 'email', msg('errors.userImport.duplicateInFile', { line: first }));
      else firstLine.set(email.data, row.line);
    }
    // An agency is checked even when another field is wrong, so the row shows all its errors at once.
    const given = Number(row.values.agencyId);
    const agencyId = parsed.success ? parsed.data.agencyId : Number.isInteger(given) && given > 0 ? given : null;
    if (agencyId !== null) {
      const agency = agencies.byId.get(agencyId);
      if (!agency) push(errors[i]!, 'agencyId', msg('errors.users.agencyNotFound'));
      else if (agency.validTo && agency.validTo < today) {
        // A list from before a merger: the body that took the work over is the likely choice, so it is named.
        const successor = successorOf(agencies, agency, today);
        const params = { agency: agency.name, date: formatDate(agency.validTo) };
        push(
          errors[i]!,
          'agencyId',
          successor
            ? msg('errors.userImport.agencyEndedSuccessor', { ...params, successor: successor.name })
            : msg('errors.users.agencyEnded', params),
        );
      }
    }
  });
  const taken = new Set<string>();
  const emails = [...firstLine.keys()];
  for (let i = 0; i < emails.length; i += 1000) {
    const chunk = emails.slice(i, i + 1000);
    for (const u of await d.select({ email: users.email }).from(users).where(inArray(users.email, chunk)))
      taken.add(u.email.toLowerCase());
  }
  const existing = emailOf.map((email) => email !== null && taken.has(email));
  return { errors, existing };
}

type Found = {
  id: number;
  fullName: string;
  positionTitle: string | null;
  agencyId: number | null;
  agencyName: string | null;
};

/** A name as two lists write the same person (`personNameKey`: "Thuỷ" is "Thủy"; "Lê Văn Tướng" is not "Le Van Tuong"). */
const personKey = (name: unknown) => personNameKey(typeof name === 'string' ? name : '');
/** What the database compares first (`matchPeople`): the key without accents, as `f_unaccent(lower(…))` gives it. */
const foldedName = (key: string) => foldVi(key);

/**
 * The people of the registry each row may be (decision 086), in the order they are offered: the person linked to the
 * account with the row's email; then the people of the same name (`personKey`) and the row's agency; then those of the
 * same name and another agency, or none. Older records first. Read in chunks of 1,000 names or addresses.
 */
async function matchPeople(d: DbOrTx, rows: readonly { values: Record<string, unknown> }[]): Promise<PersonMatch[][]> {
  const columns = {
    id: people.id,
    fullName: people.fullName,
    positionTitle: people.positionTitle,
    agencyId: people.agencyId,
    agencyName: agencies.name,
  };
  const emails = rows.map((r) => {
    const e = importEmailSchema.safeParse(r.values.email);
    return e.success ? e.data : null;
  });
  const names = rows.map((r) => personKey(r.values.name));
  const byEmail = new Map<string, Found>();
  const byName = new Map<string, Found[]>();
  const wanted = [...new Set(emails.filter((e): e is string => e !== null))];
  for (let i = 0; i < wanted.length; i += 1000)
    for (const p of await d
      .select({ ...columns, email: users.email })
      .from(users)
      .innerJoin(people, eq(people.id, users.personId))
      .leftJoin(agencies, eq(agencies.id, people.agencyId))
      .where(inArray(users.email, wanted.slice(i, i + 1000))))
      byEmail.set(p.email.toLowerCase(), p);
  // Read by the folded name (what the database can compute), then kept by `personKey`: the tone marks placed either
  // way and a closing dot are the same name; other accents are not.
  const folded = [...new Set(names.filter(Boolean).map(foldedName))];
  const nameFolded = sql<string>`lower(f_unaccent(lower(regexp_replace(btrim(regexp_replace(${people.fullName}, '\s+', ' ', 'g')), '[ .,;:]+$', ''))))`;
  for (let i = 0; i < folded.length; i += 1000)
    for (const p of await d
      .select(columns)
      .from(people)
      .leftJoin(agencies, eq(agencies.id, people.agencyId))
      .where(inArray(nameFolded, folded.slice(i, i + 1000)))
      .orderBy(asc(people.id))) {
      const k = personKey(p.fullName);
      byName.set(k, [...(byName.get(k) ?? []), p]);
    }
  return rows.map((row, i) => {
    const out: PersonMatch[] = [];
    const view = (p: Found, by: PersonMatch['by']): PersonMatch => ({
      id: p.id,
      fullName: p.fullName,
      positionTitle: p.positionTitle,
      agencyName: p.agencyName,
      by,
    });
    const account = emails[i] ? byEmail.get(emails[i]) : undefined;
    if (account) out.push(view(account, 'email'));
    const agencyId = Number(row.values.agencyId);
    const same = (byName.get(names[i]!) ?? []).filter((p) => p.id !== account?.id);
    const ofAgency = (p: Found) => p.agencyId !== null && p.agencyId === agencyId;
    for (const p of same.filter(ofAgency)) out.push(view(p, 'nameAgency'));
    for (const p of same.filter((p) => !ofAgency(p))) out.push(view(p, 'name'));
    return out;
  });
}

/**
 * The preview: reads the file, finds each row's role, duty and agency (by code, short name or name), and checks
 * every row as the import will. Saves nothing. A file-level problem is thrown (AppError INVALID).
 */
export async function previewUserImport(
  input: {
    actor: Actor;
    bytes?: Uint8Array;
    text?: string;
    /** Filled with what the preview should say besides the rows. */
    notes?: ImportNotes;
  },
  db?: DbOrTx,
  now = new Date(),
): Promise<PreviewRow[]> {
  assertCan(input.actor, 'user.manage');
  const { columns, data, familyAt, passedOver } = layoutOf(await readImportSheet(input, input.notes));
  if (input.notes) input.notes.passedOver = passedOver;
  const d = await resolveDb(db);
  const today = vnDate(now);
  const agencies = await agencyIndex(d);
  const found: RowErrors[] = [];
  const rows = data.map(({ line, cells }): PreviewRow => {
    const cell = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, ''])) as Record<ImportColumn, string>;
    columns.forEach((c, i) => {
      if (c) cell[c] = clean(cells[i]);
    });
    if (familyAt >= 0) cell.name = clean(`${cells[familyAt] ?? ''} ${cell.name}`);
    // "Ông"/"Bà", "Đồng chí" go; a rank ("Đại tướng") goes to the front of the title: the account is the person's.
    const person = splitPersonName(cell.name);
    cell.name = person.name;
    cell.position = titleWithRank(person.rank, cell.position);
    // No agency written: the one the title ends with ("Bộ trưởng Bộ Công an", "Chủ tịch UBND tỉnh Đắk Nông"), as
    // decisions name members; such a person is an agency's, as with an agency column.
    // Only for an agency's person, or one whose role is not written (a secretariat's title may name its office).
    // The post in the committee, for the committee chosen on import (decision 081).
    const post = cell.post ? postOf(cell.post) : null;
    // No role written: a leader of the Government, or the committee's head, reads everything (a Prime Minister was
    // made "Cơ quan"); suggested, and said on the row. A Government leader's title names no agency of theirs.
    const leaderByTitle = !cell.role && !!cell.position && isLeaderTitle(cell.position);
    const leader = !cell.role && (leaderByTitle || post === 'head');
    if (!cell.agency && cell.position && !leaderByTitle && (!cell.role || roleOf(cell.role) === 'agency'))
      cell.agency = agencyInTitle(agencies, cell.position, today);
    const errors: RowErrors = {};
    if (cell.post && !post)
      push(
        errors,
        'committeePosition',
        msg('errors.userImport.unknownPost', { value: cell.post, accepted: ACCEPTED_POSTS }),
      );
    const role = cell.role
      ? roleOf(cell.role)
      : leader
        ? 'leader'
        : !columns.includes('role') && cell.agency
          ? 'agency'
          : undefined;
    if (cell.role && !role)
      push(errors, 'role', msg('errors.userImport.unknownRole', { value: cell.role, accepted: ACCEPTED_ROLES }));
    // Without a duty, the role's words say it ("Đầu mối cơ quan", "Cán bộ cơ quan"); else the least power: staff
    // draft and the focal point reports (a staff list sent by HR made everyone a focal point).
    const written = cell.duty ? dutyOf(cell.duty) : dutyOf(cell.role);
    // Not written: the head or a deputy head of a body (Bộ trưởng, Thứ trưởng, Chủ tịch UBND tỉnh) is its focal
    // point, who submits its reports (they were made staff, who cannot); suggested, and said on the row.
    const headOfBody = !cell.duty && !written && role === 'agency' && isAgencyHeadTitle(cell.position);
    const duty = cell.duty ? written : (written ?? (headOfBody ? 'focal_point' : 'staff'));
    if (!duty)
      push(errors, 'agencyDuty', msg('errors.userImport.unknownDuty', { value: cell.duty, accepted: ACCEPTED_DUTIES }));
    let agencyId = '';
    if (cell.agency) {
      const agency = findAgency(agencies, cell.agency, today);
      if (agency === 'ambiguous')
        push(errors, 'agencyId', msg('errors.userImport.ambiguousAgency', { value: cell.agency }));
      else if (!agency) push(errors, 'agencyId', msg('errors.userImport.unknownAgency', { value: cell.agency }));
      else agencyId = String(agency.id);
    }
    found.push(errors);
    return {
      line,
      values: {
        name: cell.name,
        email: addressOf(cell.email),
        position: cell.position,
        // A number cell lost the leading zero a Vietnamese phone number starts with (912345678 for 0912345678).
        phone: /^[1-9]\d{8,9}$/.test(cell.phone) ? `0${cell.phone}` : cell.phone,
        role: role ?? '',
        agencyId,
        agencyDuty: duty ?? '',
        committeePosition: post ?? '',
        personId: '',
      },
      agencyText: cell.agency,
      errors,
      ...(!cell.duty && !written && role === 'agency' && !headOfBody ? { dutyDefaulted: true as const } : {}),
      ...(leader || headOfBody ? { suggested: true as const } : {}),
    };
  });
  const { errors: checked, existing } = await checkRows(d, rows, agencies, today);
  const matches = await matchPeople(d, rows);
  rows.forEach((row, i) => {
    if (existing[i]) row.existing = true;
    const offered = matches[i]!;
    if (offered.length) {
      row.people = offered;
      // The account's person, or a namesake of the same agency, is reused unless the person importing says otherwise;
      // a namesake of another agency is offered, never chosen for them.
      if (offered[0]!.by !== 'name') row.values.personId = String(offered[0]!.id);
    }
    for (const [field, messages] of Object.entries(checked[i]!) as [RowField, string[]][]) {
      // What could not be read says so once: the schema's "invalid role" after "unknown role" says nothing more.
      if (found[i]![field]?.length) continue;
      for (const m of messages) push(row.errors, field, m);
    }
  });
  return rows;
}

/**
 * What the preview should tell before anything is imported, as messages by key: how many agency users were given the
 * default duty, staff (who drafts reports but cannot submit them), and each agency the import would leave with no
 * focal point, neither among its rows nor among its active users already in the system: nobody could submit its
 * reports. Staff stays the default (a staff list sent by HR made everyone a focal point); these say it instead.
 */
export async function userImportWarnings(
  all: readonly PreviewRow[],
  db?: DbOrTx,
  notes?: ImportNotes,
): Promise<string[]> {
  let rows = all;
  const warnings: string[] = [];
  // A group's heading or a total is not a person, and a second sheet is not read: said, so nothing seems lost.
  if (notes?.passedOver.length)
    warnings.push(
      msg('errors.userImport.warnings.passedOver', {
        count: notes.passedOver.length,
        lines: notes.passedOver.join(', '),
      }),
    );
  if (notes?.sheet && notes.otherSheets.length)
    warnings.push(
      msg('errors.userImport.warnings.otherSheets', { sheet: notes.sheet, others: sheetNames(notes.otherSheets) }),
    );
  const existing = rows.filter((r) => r.existing).map((r) => r.values.email.toLowerCase());
  if (existing.length)
    warnings.push(msg('errors.userImport.warnings.existing', { count: existing.length, emails: existing.join(', ') }));
  // A namesake of another agency is not taken for the person (decision 086): named, for the person importing to choose.
  const namesakes = rows.filter((r) => r.values.personId === '' && r.people?.some((m) => m.by === 'name'));
  if (namesakes.length)
    warnings.push(
      msg('errors.userImport.warnings.namesakes', {
        count: namesakes.length,
        names: namesakes.map((r) => r.values.name).join(', '),
      }),
    );
  rows = rows.filter((r) => !r.existing);
  // Who will see every agency's work is named before the import (attacker pass 26).
  const privileged = rows.filter((r) => r.values.role === 'secretariat' || r.values.role === 'leader');
  if (privileged.length)
    warnings.push(
      msg('errors.userImport.warnings.privileged', {
        count: privileged.length,
        // As the account will keep them (lower case): the file's capitals read as another address.
        emails: privileged.map((r) => r.values.email.trim().toLowerCase()).join(', '),
      }),
    );
  const suggested = rows.filter((r) => r.suggested).length;
  if (suggested) warnings.push(msg('errors.userImport.warnings.suggested', { count: suggested }));
  const defaulted = rows.filter((r) => r.dutyDefaulted).length;
  if (defaulted) warnings.push(msg('errors.userImport.warnings.defaultDuty', { count: defaulted }));
  const byAgency = new Map<number, PreviewRow[]>();
  for (const r of rows) {
    const id = Number(r.values.agencyId);
    if (r.values.role === 'agency' && Number.isInteger(id) && id > 0)
      byAgency.set(id, [...(byAgency.get(id) ?? []), r]);
  }
  const without = [...byAgency].filter(([, list]) => !list.some((r) => r.values.agencyDuty === 'focal_point'));
  if (without.length === 0) return warnings;
  const d = await resolveDb(db);
  const ids = without.map(([id]) => id);
  const covered = new Set(
    (
      await d
        .select({ agencyId: users.agencyId })
        .from(users)
        .where(
          and(
            inArray(users.agencyId, ids),
            eq(users.role, 'agency'),
            eq(users.agencyDuty, 'focal_point'),
            eq(users.isActive, true),
          ),
        )
    ).map((u) => u.agencyId),
  );
  const names = new Map(
    (await d.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.id, ids))).map(
      (a) => [a.id, a.name],
    ),
  );
  const uncovered = without.filter(([id]) => !covered.has(id));
  // A committee's list has one member per ministry: the agencies are named in one message (a sentence for each, 19
  // of them, made the preview a wall of text above the rows).
  if (uncovered.length > 1)
    warnings.push(
      msg('errors.userImport.warnings.noFocalPointMany', {
        count: uncovered.length,
        agencies: uncovered.map(([id]) => names.get(id) ?? String(id)).join('; '),
      }),
    );
  else
    for (const [id, list] of uncovered)
      warnings.push(
        msg('errors.userImport.warnings.noFocalPoint', { agency: names.get(id) ?? String(id), count: list.length }),
      );
  return warnings;
}

/**
 * The import: every row posted back from the preview (fixed in place) checked again, then every user created in
 * ONE transaction with `insertInvitedUsers` (audited as `user.create` via "import"), each invitation queued in the
 * outbox of that transaction: nothing is created, and no invitation leaves, unless every row is right. A refusal
 * carries each row's first error per field under `rows.<i>.<field>`. A row whose email already has an account is
 * passed over and listed in `skipped` (a list imported again creates only whom it lacked, and refuses nothing).
 */
export async function importUsers(
  input: {
    actor: Actor;
    rows: unknown[];
    /**
     * The committee the rows with a post join, from that day (decision 081); null: accounts only; not given: a list
     * with posts is refused until one of the two is chosen (the step was passed by, and nobody joined).
     */
    committee?: { committeeId: number; validFrom: IsoDate } | null;
  },
  db?: DbOrTx,
  now = new Date(),
): Promise<{ created: number; skipped: string[]; members: number }> {
  assertCan(input.actor, 'user.manage');
  if (input.rows.length === 0) throw invalid(msg('errors.userImport.noRows'));
  if (input.rows.length > MAX_IMPORT_ROWS)
    throw invalid(msg('errors.userImport.fileTooManyRows', { max: MAX_IMPORT_ROWS, count: input.rows.length }));
  const rows = input.rows.map((r, i) => {
    const values = r && typeof r === 'object' && !Array.isArray(r) ? (r as Record<string, unknown>) : {};
    const line = Number(values.line);
    return { line: Number.isInteger(line) && line > 0 ? line : i + 1, values };
  });
  const d = await resolveDb(db);
  const today = vnDate(now);
  const { errors: checked, existing } = await checkRows(d, rows, await agencyIndex(d), today);
  const fieldErrors: Record<string, string> = {};
  checked.forEach((errors, i) => {
    if (existing[i]) return; // passed over: its other fields do not matter
    for (const [field, messages] of Object.entries(errors)) fieldErrors[`rows.${i}.${field}`] = messages[0]!;
  });
  // The person each row is (decision 086): one the row matches, as the preview offered (a hand-made form cannot tie
  // an account to anyone else), and each at most once. An existing account's row is checked too: it may join.
  const matches = await matchPeople(d, rows);
  const personIds = rows.map((r) => importPersonIdSchema.safeParse(r.values.personId));
  const posts = rows.map((r) => importPostSchema.safeParse(r.values.committeePosition));
  const chosenAt = new Map<number, number>();
  const wrong = new Set<number>();
  rows.forEach((row, i) => {
    const personId = personIds[i]!;
    const fail = (field: RowField, message: string) => {
      fieldErrors[`rows.${i}.${field}`] ??= message;
      wrong.add(i);
    };
    if (!personId.success) return fail('personId', personId.error.issues[0]!.message);
    if (existing[i] && !posts[i]!.success) fail('committeePosition', posts[i]!.error!.issues[0]!.message);
    if (personId.data === null) return;
    if (!matches[i]!.some((m) => m.id === personId.data))
      return fail('personId', msg('errors.userImport.personNotMatched'));
    const first = chosenAt.get(personId.data);
    if (first !== undefined) fail('personId', msg('errors.userImport.personTwice', { line: rows[first]!.line }));
    else chosenAt.set(personId.data, i);
  });
  // Each row's post and person, the posted rows' order (an existing account's row included).
  const postOf = (i: number) => (posts[i]!.success ? posts[i]!.data : null);
  const personOf = (i: number) => (personIds[i]!.success ? personIds[i]!.data : null);
  // An existing account's row that joins the committee writes the person's name, title and agency: those are checked
  // as a new account's are, and the account is listed once (attacker pass 41: an agency id of 1.5 failed the write, an
  // ended agency or 100,000 characters of title were taken, one account listed twice made two people and two
  // memberships). A row that only takes a person writes nothing of its own, and is passed over as before.
  const joins = (i: number) => !!(existing[i] && input.committee && postOf(i) !== null);
  rows.forEach((_, i) => {
    if (!joins(i)) return;
    for (const field of JOINING_FIELDS) {
      const message = checked[i]![field]?.[0];
      if (message === undefined) continue;
      fieldErrors[`rows.${i}.${field}`] ??= message;
      wrong.add(i);
    }
  });
  const bad = checked.filter((e, i) => wrong.has(i) || (!existing[i] && Object.keys(e).length > 0)).length;
  if (bad > 0) throw new AppError('INVALID', msg('errors.userImport.rowsInvalid', { count: bad }), fieldErrors);
  const skipped = rows.flatMap((r, i) => (existing[i] ? [String(r.values.email).trim().toLowerCase()] : []));
  const fields = rows.filter((_, i) => !existing[i]).map((r) => importRowSchema.parse({ ...r.values, line: r.line }));
  if (input.committee === undefined && rows.some((_, i) => postOf(i)))
    throw invalid(msg('errors.userImport.chooseCommittee'), { committeeId: msg('errors.userImport.chooseCommittee') });
  const committee = input.committee ?? null;
  const listed = committee ? rows.flatMap((_, i) => (postOf(i) ? [i] : [])) : [];
  const linked = rows.flatMap((_, i) => (personOf(i) !== null && !listed.includes(i) ? [i] : []));
  if (fields.length === 0 && listed.length === 0 && linked.length === 0) return { created: 0, skipped, members: 0 };
  // The accounts the rows of an existing email are, by that email.
  const emailOf = (i: number) => String(rows[i]!.values.email).trim().toLowerCase();
  const accounts = new Map<string, number>();
  const known = rows.flatMap((_, i) => (existing[i] ? [emailOf(i)] : []));
  for (let i = 0; i < known.length; i += 1000)
    for (const u of await d
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, known.slice(i, i + 1000))))
      accounts.set(u.email.toLowerCase(), u.id);
  // A row's fields: the parsed ones for a new account; for an existing one, the person's as the list writes them (the
  // account's own fields are not imported).
  const fieldAt = new Map(rows.flatMap((_, i) => (existing[i] ? [] : [i])).map((i, k) => [i, fields[k]!]));
  try {
    await d.transaction(async (tx) => {
      // The committee first, for update, as its members are added below: imports into one committee follow each other,
      // and none holds an account's row while waiting for the committee another holds (attacker pass 42: a deadlock).
      if (committee && listed.length > 0) await committeeDays(tx, committee.committeeId, 'update');
      const made = fields.length
        ? await insertInvitedUsers(
            tx,
            {
              actor: input.actor,
              fields: fields.map(({ line: _line, committeePosition: _post, personId: _person, ...user }) => user),
              via: 'import',
            },
            now,
          )
        : [];
      const kept = rows.flatMap((_, i) => (existing[i] ? [] : [i]));
      const userOf = new Map<number, number>(kept.map((i, k) => [i, made[k]!.id]));
      for (const i of rows.keys()) if (existing[i]) userOf.set(i, accounts.get(emailOf(i))!);
      // A person chosen for a row that joins no committee: the account is theirs.
      await linkAccounts(
        tx,
        linked.map((i) => ({ userId: userOf.get(i)!, personId: personOf(i)! })),
      );
      if (!committee || listed.length === 0) return;
      try {
        await addListedMembers(tx, {
          actor: input.actor,
          committeeId: committee.committeeId,
          validFrom: committee.validFrom,
          members: listed.map((i, order) => {
            const f = fieldAt.get(i) ?? personFieldsSchema.parse(rows[i]!.values);
            return {
              userId: userOf.get(i)!,
              personId: personOf(i),
              name: f.name,
              title: f.position,
              agencyId: f.agencyId,
              position: postOf(i)!,
              listOrder: order + 1,
            };
          }),
        });
      } catch (error) {
        const at = error instanceof AppError ? /^members\.(\d+)$/.exec(Object.keys(error.fieldErrors)[0] ?? '') : null;
        if (!at || !(error instanceof AppError)) throw error;
        const message = error.fieldErrors[at[0]]!;
        const row = listed[Number(at[1])]!;
        throw new AppError(error.code, msg('errors.userImport.memberRefused', { line: rows[row]!.line }), {
          [`rows.${row}.committeePosition`]: message,
        });
      }
    });
  } catch (error) {
    // An address taken between the check and the insert (another administrator's import).
    if (isUniqueViolation(error)) throw conflict(msg('errors.userImport.raced'));
    throw error;
  }
  return { created: fields.length, skipped, members: listed.length };
}

/**
 * What the administrator is told once an import created `created` accounts: with a mail server, the invitations are
 * on their way; without one (`SMTP_URL` unset), they wait in the outbox and reach nobody until the administrator
 * passes each link on. "Queued in the outbox; sent once the import is done" read, without SMTP, as if 21 ministers
 * had been emailed.
 */
export function usersImportedMessage(created: number, smtp = smtpConfigured()): string {
  return smtp ? msg('done.usersImported', { count: created }) : msg('done.usersImportedNoSmtp', { count: created });
}

// ---------------------------------------------------------------------------------------------
// The template

/**
 * The template to fill: the columns with an example row, drop-down lists for the role, the agency and the duty,
 * and a second sheet listing the roles, the duties and the agencies in operation (code, name, short name).
 */
export async function buildUserImportTemplate(
  input: { actor: Actor },
  db?: DbOrTx,
  now = new Date(),
): Promise<Uint8Array> {
  assertCan(input.actor, 'user.manage');
  const d = await resolveDb(db);
  const today = vnDate(now);
  const open = sortVi(
    (await listAgencyRegistry(d)).filter(
      (a) => (!a.validTo || a.validTo >= today) && (!a.validFrom || a.validFrom <= today),
    ),
    (a) => a.name,
  );
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((c, i) => ({
    header: IMPORT_HEADERS[c],
    width: [28, 34, 28, 16, 22, 40, 22, 28][i],
  }));
  sheet.getRow(1).font = { bold: true };
  // Phone numbers as text, so a leading 0 is kept.
  sheet.getColumn(4).numFmt = '@';
  const example = open[0] ? [...TEMPLATE_EXAMPLE, open[0].name, DUTY_VALUES.focal_point] : TEMPLATE_EXAMPLE;
  sheet.addRow(example);

  const lists = workbook.addWorksheet(LISTS_SHEET);
  lists.columns = [
    { header: LISTS_HEADERS.roles, width: 24 },
    { header: LISTS_HEADERS.duties, width: 14 },
    { header: LISTS_HEADERS.posts, width: 28 },
    { header: LISTS_HEADERS.code, width: 18 },
    { header: LISTS_HEADERS.name, width: 60 },
    { header: LISTS_HEADERS.shortName, width: 28 },
  ];
  lists.getRow(1).font = { bold: true };
  const roles = Object.values(ROLE_VALUES);
  const duties = Object.values(DUTY_VALUES);
  const posts = Object.values(POST_VALUES);
  for (let i = 0; i < Math.max(roles.length, posts.length, open.length); i++) {
    const a = open[i];
    lists.addRow([roles[i] ?? '', duties[i] ?? '', posts[i] ?? '', a?.code ?? '', a?.name ?? '', a?.shortName ?? '']);
  }
  const ref = (column: string, count: number) => `'${LISTS_SHEET}'!$${column}$2:$${column}$${count + 1}`;
  for (let r = 2; r <= MAX_IMPORT_ROWS + 1; r++) {
    sheet.getCell(r, 5).dataValidation = { type: 'list', allowBlank: true, formulae: [ref('A', roles.length)] };
    if (open.length)
      sheet.getCell(r, 6).dataValidation = { type: 'list', allowBlank: true, formulae: [ref('E', open.length)] };
    sheet.getCell(r, 7).dataValidation = { type: 'list', allowBlank: true, formulae: [ref('B', duties.length)] };
    sheet.getCell(r, 8).dataValidation = { type: 'list', allowBlank: true, formulae: [ref('C', posts.length)] };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
