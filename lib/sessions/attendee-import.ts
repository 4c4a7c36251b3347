import ExcelJS from 'exceljs';
import { msg } from '@/lib/i18n/message';
import { foldVi } from '@/lib/text';
import { detectDelimiter, readCsv } from './csv';

/**
 * Attendance at one video-conference point (điểm cầu): parses pasted text, CSV or XLSX into rows,
 * validates each one and reports each row's errors for a preview, as messages by key (lib/i18n/message.ts)
 * that the preview action translates for its reader. Nothing here is saved. A table with a "Điểm cầu"
 * column (the session's export) keeps each row's point name in `point`, for a whole session's list
 * (matched to the session's points by lib/sessions/points.ts). The words read and written (headers,
 * role and presence values) are in ./attendee-vocabulary.ts.
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
  ACCEPTED_ROLES,
  ACCEPTED_PRESENCES,
} from './attendee-schema';
import {
  ATTENDANCE_HEADERS,
  ATTENDANCE_SHEET,
  EXPECTED_HEADERS,
  HEADER_ALIASES,
  INDEX_HEADERS as INDEX_HEADER_NAMES,
  PRESENCE_ALIASES,
  ROLE_ALIASES,
  TEMPLATE_EXAMPLES,
  TEMPLATE_HEADERS,
  SHARED_TRAILING_ROLES,
  TEMPLATE_SHEET,
  TRAILING_ROLE_TAILS,
  TRAILING_ROLES,
} from './attendee-vocabulary';
import type { AttendeeDraft, AttendeeRole, AttendeeValues, ParsedRow, Presence } from './attendee-schema';
import { spreadsheetProblem } from '@/lib/files/evidence';
import { pickImportSheet, sheetNames, xlsxBytes } from '@/lib/files/sheet';
import { FAMILY_NAME_HEADERS } from '@/lib/people/name-vocabulary';
import {
  isVacantName,
  nameAfterTitle,
  namesNobody,
  opensWithGroup,
  splitJoinedGroup,
  splitPersonName,
  titleWithRank,
  withoutLeadIn,
} from '@/lib/people/names';

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

/** An attendee's cells, and the point's name when the input has a "Điểm cầu" column (a whole session's). */
type Field = keyof AttendeeDraft | 'point';
type Cells = Partial<Record<Field, string | null>>;

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
const roleOf = lookup(ATTENDEE_ROLES, ROLE_LABELS, ROLE_ALIASES);
const presenceOf = lookup(PRESENCES, PRESENCE_LABELS, PRESENCE_ALIASES);

type PresenceReading = { presence: Presence; representedBy: string };

/**
 * Reads a presence cell or marker: a label ("Có mặt", "Vắng", "Cử người dự thay", codes), "Vắng …",
 * "Dự thay: X" / "Dự thay X" / "Cử người dự thay: X" / "Cử X dự thay" / "X dự thay" / "Ủy quyền (cho) X", and "Vắng,
 * cử X dự thay" (absent, represented). Null if it is none of these.
 */
function readPresence(text: string): PresenceReading | null {
  const inner = clean(text);
  if (!inner) return null;
  const whole = presenceOf(inner);
  if (whole) return { presence: whole, representedBy: '' };
  const folded = foldKeepLength(inner);
  // "Vắng, cử Thứ trưởng X dự thay", "vắng mặt, ủy quyền cho X": absent, and someone came in their place.
  const absent = /^vang(?:\s+mat)?\b\s*[,;:.–-]?\s*/.exec(folded);
  if (absent) {
    const rest = absent[0].length < inner.length ? readPresence(inner.slice(absent[0].length)) : null;
    return rest?.presence === 'represented' ? rest : { presence: 'absent', representedBy: '' };
  }
  const labelled = /^(?:cu\s+)?(?:nguoi\s+)?du\s+thay\s*:?\s*/.exec(folded); // "dự thay: X", "cử người dự thay X"
  if (labelled) return { presence: 'represented', representedBy: clean(inner.slice(labelled[0].length)) };
  // "cử X dự thay", "ủy quyền (cho) X (dự họp)", "X dự thay"
  const sent =
    /^cu\s+(.+?)\s+du\s+thay$/d.exec(folded) ??
    /^uy\s+quyen\s+(?:cho\s+)?(.+?)(?:\s+du(?:\s+hop)?)?$/d.exec(folded) ??
    /^(.+?)\s+du\s+thay$/d.exec(folded);
  if (sent) return { presence: 'represented', representedBy: clean(inner.slice(...sent.indices![1]!)) };
  const [label = '', name = ''] = inner.split(/:(.*)/);
  const labelled2 = presenceOf(label);
  return labelled2 ? { presence: labelled2, representedBy: clean(name) } : null;
}

/**
 * Cells → a row. A role or presence that cannot be read is an error and stays '' in values (never a
 * silent default); `problems` are errors found before (e.g. a column that could not be recognised),
 * and `presenceUnknown` says the presence column itself could not be found.
 */
function buildRow(
  line: number,
  raw: string,
  cells: Cells,
  problems: string[] = [],
  presenceUnknown = false,
): ParsedRow {
  // A post a list has not filled yet ("* Tiếp tục cập nhật") is nobody: passed over, and said.
  const nameText = clean(cells.fullName);
  if (isVacantName(nameText))
    return skippedRow(line, raw, msg('errors.sessions.import.skippedVacant', { line, text: nameText }));
  // "Ông", "Đồng chí" and a press report's lead-in go; a rank ("Đại tá") goes to the front of the title.
  if (cells.fullName !== undefined && cells.fullName !== null) {
    const { name, rank } = splitPersonName(nameText);
    cells = { ...cells, fullName: name, positionTitle: titleWithRank(rank, clean(cells.positionTitle)) };
  }
  const errors: string[] = [...problems];
  const roleText = clean(cells.role);
  const role = roleText ? roleOf(roleText) : 'member';
  if (!role) {
    const params = { value: roleText, accepted: ACCEPTED_ROLES };
    errors.push(
      readPresence(roleText)
        ? msg('errors.sessions.import.roleIsPresence', params)
        : msg('errors.sessions.import.role', params),
    );
  }

  const presenceText = clean(cells.presence);
  const reading = presenceText
    ? readPresence(presenceText)
    : { presence: clean(cells.representedBy) ? ('represented' as const) : ('present' as const), representedBy: '' };
  const presence: Presence | '' = presenceUnknown ? '' : (reading?.presence ?? '');
  const representedBy =
    presence === 'represented'
      ? (clean(cells.representedBy) || reading?.representedBy || '').replace(HONORIFIC, '')
      : '';
  if (!reading)
    errors.push(msg('errors.sessions.import.presence', { value: presenceText, accepted: ACCEPTED_PRESENCES }));

  const result = attendeeDraftSchema.safeParse({
    ...cells,
    role: role ?? 'member',
    presence: presence || 'present',
    representedBy,
  });
  if (!result.success) errors.push(...result.error.issues.map((i) => i.message));
  const point = cells.point === undefined ? {} : { point: clean(cells.point) };
  const values = {
    fullName: clean(cells.fullName),
    positionTitle: clean(cells.positionTitle),
    agencyName: clean(cells.agencyName),
    role: role ?? ('' as const),
    presence,
    representedBy,
  };
  return { line, raw, draft: errors.length === 0 && result.success ? result.data : null, errors, values, ...point };
}

// ---------------------------------------------------------------------------------------------
// Pasted text

const BULLET = /^\s*(?:\d{1,3}\s*[.)/]|[-–—•+*·▪◦●])\s*/u;
const NAME_TITLE_SEPARATOR = /\s*[–—]\s*|\s+-\s*|\s*-\s+/u;
/** Before a substitute's name (a member's goes through splitPersonName, which also knows "Ông"/"Bà" and ranks). */
const HONORIFIC = /^(?:đồng\s+chí|đ\s*[/.]\s*c)\s*[:.]?\s+/iu;

/**
 * One attendee per line, or several separated by ";". "Họ tên - Chức vụ" (also "–", "—"; if there
 * is no dash, the first comma); everything after the separator is the title, agencyName stays null.
 * Markers at the end: "(chủ trì)", "(thư ký)", "(khách mời)", "(vắng)", "(dự thay: Trần Văn A)",
 * "(cử Trần Văn A dự thay)". Tab-separated lines (a spreadsheet paste) are one table: its columns are
 * read from its header row, in any order, or from their content when there is none (see tableRows).
 */
export function parsePastedAttendees(text: string): ParsedRow[] {
  const rows: ParsedRow[] = [];
  const table: TableLine[] = [];
  const lines = text.normalize('NFC').split(/\r\n|\r|\n/);
  // Counted before anything is read: a list longer than a point's attendance, or a table wider than any attendance
  // sheet, is refused as a whole (2,000 lines of 50 unknown columns were 95,000 messages, 12 MB and 25 s).
  if (lines.filter((l) => l.trim()).length > MAX_ROWS)
    return [errorRow(msg('errors.sessions.import.pasteTooLong', { max: MAX_ROWS }))];
  if (lines.some((l) => l.split('\t').length > MAX_COLUMNS))
    return [errorRow(msg('errors.sessions.import.tooManyColumns', { max: MAX_COLUMNS }))];
  // Rows are counted as they are found: a line of 100,000 "a;" was 100,000 rows built before the count (attacker pass 19).
  for (const [index, rawLine] of lines.entries()) {
    const line = index + 1;
    if (!clean(rawLine)) continue;
    if (rawLine.includes('\t')) {
      table.push({ line, raw: rawLine, cells: rawLine.split('\t').map(clean) });
      continue;
    }
    // A press report's sentences end at ". " ("… chủ trì tại điểm cầu chính. Các đồng chí: …"), people at ";".
    for (const sentence of rawLine.split(SENTENCE_END)) {
      const bodies = outsideBrackets(sentence, ';')
        .map((segment) =>
          clean(segment)
            .replace(BULLET, '')
            .replace(/(?<![\s;.])[\s;.]+$/, ''),
        )
        .filter(Boolean);
      // Each segment is a row at least: counted before the rows are built too (100,000 of them built from one line of
      // "a;" took 16 s before the count refused them).
      if (rows.length + table.length + bodies.length > MAX_ROWS)
        return [errorRow(msg('errors.sessions.import.pasteTooLong', { max: MAX_ROWS }))];
      rows.push(...rowsFromSentence(line, rawLine, bodies));
      if (rows.length + table.length > MAX_ROWS)
        return [errorRow(msg('errors.sessions.import.pasteTooLong', { max: MAX_ROWS }))];
    }
  }
  rows.push(...tableRows(table));
  if (rows.length > MAX_ROWS) return [errorRow(msg('errors.sessions.import.pasteTooLong', { max: MAX_ROWS }))];
  return rows.sort((x, y) => x.line - y.line); // stable: segments of one line keep their order
}

/** An attendance sheet has a dozen columns; a pasted table or a file's header wider than this is refused. */
const MAX_COLUMNS = 40;

/** The cells without the empty ones at the end of the row. */
function withoutEmptyTail(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && !cells[end - 1]) end--;
  return cells.slice(0, end);
}

/**
 * `text` split at each `separator` that is not inside brackets ("Nguyễn Văn A (Bộ Nội vụ; Vụ CCHC)"): a separator whose
 * next bracket is a closing one is inside. One pass from the end (a look-ahead per separator re-read the rest of the
 * line each time: 198,000 of them took 80 s).
 */
export function outsideBrackets(text: string, separator: string): string[] {
  const parts: string[] = [];
  let next: string | null = null;
  let end = text.length;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '(' || c === ')') next = c;
    else if (c === separator && next !== ')') {
      parts.push(text.slice(i + 1, end));
      end = i;
    }
  }
  parts.push(text.slice(0, end));
  return parts.reverse();
}

type TableLine = { line: number; raw: string; cells: string[] };
/** What a pasted column holds; 'index' is an STT column, null an empty one, 'unknown' one not recognised. */
type Column = Field | 'index' | 'unknown' | null;

const INDEX_HEADERS = INDEX_HEADER_NAMES.map((h) => key(h) || h);
const isIndexHeader = (text: string) => INDEX_HEADERS.includes(key(text) || clean(text));

/**
 * A header line names the name column, or at least two known columns, and at least half its cells are headers. A
 * header that is also a role value ("Đại biểu", "Thành phần") is not enough alone: the line needs another header
 * (or an STT one), as a person's row holding "Đại biểu" as role was taken for a repeated header and dropped.
 */
function isHeaderLine(cells: string[]): boolean {
  const filled = cells.filter(Boolean);
  const named = filled.filter((c) => headerField(c));
  const indexes = filled.filter(isIndexHeader).length;
  const plain = named.filter((c) => !roleOf(c) && !readPresence(c)).length;
  if ((named.length + indexes) * 2 < filled.length || plain + indexes === 0) return false;
  const fields = named.map(headerField);
  return fields.includes('fullName') || new Set(fields).size >= 2;
}

/** A line passed over (not a person), kept in the preview with the reason, so that no line goes unseen. */
const skippedRow = (line: number, raw: string, reason: string): ParsedRow => ({
  line,
  raw,
  draft: null,
  errors: [reason],
  values: EMPTY_ATTENDEE,
  skipped: true,
});

/**
 * A pasted table: with a header row, each column is what its header says (aliases, any order, no
 * accents or case needed; a column with an empty header is read by its content; other columns are
 * left out). Without one, each column is recognised by its content (inferColumns). A column that
 * cannot be recognised is never read by its position: each row that has text in it gets an error,
 * and when no presence column was found, every row's presence is left to be chosen.
 */
function tableRows(table: TableLine[]): ParsedRow[] {
  if (table.length === 0) return [];
  const headerAt = table.findIndex((l) => isHeaderLine(l.cells));
  // A header line repeated lower down (a list pasted page by page) is passed over, with a message.
  const repeated = new Set(table.filter((l, i) => headerAt >= 0 && i !== headerAt && isHeaderLine(l.cells)));
  const data = table.filter((l, i) => i !== headerAt && !repeated.has(l));
  const skipped = [...repeated].map((l) =>
    skippedRow(l.line, l.raw, msg('errors.sessions.import.skippedHeader', { line: l.line })),
  );
  let columns: Column[];
  let familyAt = -1;
  if (headerAt >= 0) {
    const header = table[headerAt]!.cells;
    const byHeader: Column[] = header.map((h) =>
      h ? (headerField(h) ?? (isIndexHeader(h) ? 'index' : null)) : 'unknown',
    );
    const seen = new Set<Column>();
    columns = byHeader.map((c) => (c && c !== 'unknown' && c !== 'index' && seen.has(c) ? null : (seen.add(c), c)));
    // Columns with no header text are read by their content, for the fields the header did not name.
    const guessed = inferColumns(
      data,
      columns.map((c) => (c === 'unknown' ? undefined : c)),
    );
    columns = columns.map((c, i) => (c === 'unknown' ? (guessed[i] ?? null) : c));
    familyAt = familyColumn(header, columns);
  } else {
    columns = inferColumns(data);
  }
  const unknown = columns.flatMap((c, i) => (c === 'unknown' ? [i] : []));
  const presenceUnknown = unknown.length > 0 && !columns.includes('presence');
  const people = data.map(({ line, raw, cells }) => {
    const mapped: Cells = {};
    columns.forEach((field, i) => {
      if (field && field !== 'index' && field !== 'unknown') mapped[field] = cells[i] ?? '';
    });
    mapped.fullName = mapped.fullName?.replace(BULLET, '');
    if (familyAt >= 0) mapped.fullName = clean(`${cells[familyAt] ?? ''} ${mapped.fullName ?? ''}`);
    const problems = unknown
      .filter((i) => presenceUnknown || cells[i])
      .map((i) =>
        cells[i]
          ? msg('errors.sessions.import.columnWithText', { column: i + 1, text: cells[i], expected: EXPECTED_HEADERS })
          : msg('errors.sessions.import.column', { column: i + 1, expected: EXPECTED_HEADERS }),
      );
    if (presenceUnknown) problems.push(msg('errors.sessions.import.presenceColumn'));
    return buildRow(line, raw, mapped, problems, presenceUnknown);
  });
  return [...people, ...skipped];
}

// Words a cell starts with (lower case, accents kept: "trưởng" is a title, "trường" a school).
const AGENCY_START =
  /^(?:ubnd|hđnd|ubmttq|mttq|bhxh|ủy ban|uỷ ban|hội đồng|sở|bộ|ban|văn phòng|cục|tổng cục|vụ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|quận ủy|quận uỷ|đảng ủy|đảng uỷ|công an|bộ chỉ huy|bộ tư lệnh|quân khu|trường|viện|ngân hàng|tập đoàn|tổng công ty|công ty|đài|báo|kho bạc|chi cục|trung tâm|hội|liên đoàn|liên minh|mặt trận|đoàn|tòa án|toà án|thanh tra|bảo hiểm|phòng|cảng vụ|học viện|đại học|bệnh viện|chính phủ|quốc hội|tỉnh|thành phố|huyện|xã|phường)(?:\s|$)/u;
const TITLE_START =
  /^(?:thủ tướng|phó thủ tướng|bộ trưởng|thứ trưởng|chủ tịch|phó chủ tịch|bí thư|phó bí thư|giám đốc|phó giám đốc|tổng giám đốc|phó tổng giám đốc|trưởng|phó trưởng|phó|chánh|phó chánh|cục trưởng|phó cục trưởng|vụ trưởng|phó vụ trưởng|tổng cục trưởng|chủ nhiệm|phó chủ nhiệm|ủy viên|uỷ viên|chuyên viên|cán bộ|thành viên|đại diện|tổng biên tập|thư ký|kế toán|thanh tra viên|đại tá|thượng tá|trung tá|thiếu tá|thiếu tướng|trung tướng|thượng tướng|đại tướng|giáo sư|phó giáo sư|tiến sĩ)(?:\s|$)/u;
const looksLikeName = (v: string) => {
  const words = v.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    !/\p{Nd}/u.test(v) &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    !AGENCY_START.test(v.toLowerCase()) &&
    !TITLE_START.test(v.toLowerCase())
  );
};
const looksLikeAgency = (v: string) => AGENCY_START.test(v.toLowerCase()) && !TITLE_START.test(v.toLowerCase());
const looksLikeTitle = (v: string) => TITLE_START.test(v.toLowerCase());
/** Free text of a few words: may be a title or an agency that the lists above do not know. */
const looksLikeText = (v: string) => /\p{L}{2,}/u.test(v) && v.split(' ').length >= 2 && !/^\p{Nd}/u.test(v);

/**
 * Recognises each column of a table without a header by what its cells hold: an STT column; presence
 * ("Có mặt", "Vắng", "Dự thay …"); role ("Chủ trì", "Thành viên", "Mời dự", "Thư ký"); a substitute's
 * name beside presence, only on rows that sent one; names; titles; agencies. Other free text fills the
 * title, then the agency, when their content did not; anything else is 'unknown'. `fixed` are columns
 * already known (from a header); only the fields they leave are looked for.
 */
function inferColumns(data: TableLine[], fixed: (Column | undefined)[] = []): Column[] {
  const width = Math.max(fixed.length, ...data.map((l) => l.cells.length));
  const columns: Column[] = Array.from({ length: width }, (_, i) => fixed[i] ?? 'unknown');
  const taken = new Set(columns);
  const values = (i: number) => data.map((l) => l.cells[i] ?? '').filter(Boolean);
  const share = (i: number, test: (v: string) => boolean) => {
    const vs = values(i);
    return vs.length ? vs.filter(test).length / vs.length : 0;
  };
  columns.forEach((c, i) => {
    if (c === 'unknown' && values(i).length === 0) columns[i] = null;
    else if (c === 'unknown' && share(i, (v) => /^\d{1,4}[.)]?$/.test(v)) === 1) columns[i] = 'index';
  });
  const open = () => columns.flatMap((c, i) => (c === 'unknown' ? [i] : []));
  /** The open column scoring best (at least half its cells) for a field not yet taken. */
  const pick = (field: keyof AttendeeDraft, test: (v: string) => boolean, among = open()) => {
    if (taken.has(field)) return;
    let best = -1;
    let bestScore = 0.5;
    for (const i of among) {
      const s = share(i, test);
      if (s >= bestScore && (best < 0 || s > bestScore)) [best, bestScore] = [i, s];
    }
    if (best >= 0) {
      columns[best] = field;
      taken.add(field);
    }
  };
  pick('presence', (v) => readPresence(v) !== null);
  pick('role', (v) => roleOf(v) !== undefined);
  const presenceAt = columns.indexOf('presence');
  if (presenceAt >= 0 && !taken.has('representedBy')) {
    // A substitute's name: only on rows whose presence says someone was sent.
    const sentBy = (i: number) =>
      data.every((l) => !l.cells[i] || readPresence(l.cells[presenceAt] ?? '')?.presence === 'represented');
    pick(
      'representedBy',
      looksLikeName,
      open().filter((i) => i > presenceAt && sentBy(i)),
    );
  }
  pick('fullName', looksLikeName);
  pick('agencyName', looksLikeAgency);
  pick('positionTitle', looksLikeTitle);
  // Free text with no better reading: the title first, then the agency (template order).
  for (const field of ['fullName', 'positionTitle', 'agencyName'] as const) pick(field, looksLikeText);
  return columns;
}

/** The end of a sentence in a pasted report: a word in lower case, a full stop, a capital ("… cấp xã. Tại điểm cầu …"). */
const SENTENCE_END = /(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TRAILING_ROLE = new RegExp(
  `\\s+(${Object.keys(TRAILING_ROLES)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?:\\s+(?:${TRAILING_ROLE_TAILS.map(escape).join('|')})(?:\\s.*)?)?$`,
  'u',
);
/** A name and a title joined by a hyphen without spaces ("Hồ Văn Niên-Ủy viên Ban Chấp hành …"). */
const NAME_HYPHEN = /(?<=\p{L})-(?=\p{Lu})/u;
const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/**
 * The rows of one sentence's people in a pasted list or report: each person, or a line passed over when a text names
 * nobody ("các thành viên khác là …", a sentence of the report); people joined to a title without names ("…, cùng các
 * đồng chí Ủy viên …") are taken off the title and said. A role the sentence gives them all at its end ("Các đồng chí: A;
 * B; C đồng chủ trì") is each one's.
 */
function rowsFromSentence(line: number, raw: string, bodies: string[]): ParsedRow[] {
  const reads = bodies.map(attendeeFromText);
  const shared = reads.at(-1)?.sharedRole;
  const rows: ParsedRow[] = [];
  reads.forEach(({ cells, group, nobody }, i) => {
    if (nobody) {
      const text = short(bodies[i]!);
      rows.push(skippedRow(line, raw, msg('errors.sessions.import.skippedNobody', { line, text })));
      return;
    }
    const row = buildRow(line, raw, shared ? { ...cells, role: cells.role ?? shared } : cells);
    rows.push(row);
    if (group) {
      const params = { line, text: short(group), name: row.values.fullName };
      rows.push(skippedRow(line, raw, msg('errors.sessions.import.skippedGroup', params)));
    }
  });
  return rows;
}

type TextRead = { cells: Cells; group: string | null; nobody: boolean; sharedRole?: AttendeeRole };
function attendeeFromText(segment: string): TextRead {
  let body = segment;
  const cells: Cells = {};
  for (let m = body.match(/\(([^()]*)\)\s*$/); m; m = body.match(/\(([^()]*)\)\s*$/)) {
    if (!applyMarker(clean(m[1]), cells)) break;
    body = body.slice(0, m.index).replace(/(?<![\s,;.])[\s,;.]+$/, '');
  }
  // "Về phía tỉnh … có các đồng chí: X", "Dự hội nghị … có ông X": the report's words before the person go.
  body = withoutLeadIn(body);
  const joined = splitJoinedGroup(body);
  body = joined.text;
  // "… Chủ tịch HĐND tỉnh chủ trì", "… đồng chủ trì tại điểm cầu chính …": the role, not the title's words.
  // Looked for in the last 200 characters only (a line of 100,000 "chủ trì tại" would be read once per phrase).
  const from = Math.max(0, body.length - 200);
  const trailing = TRAILING_ROLE.exec(body.slice(from));
  let sharedRole: AttendeeRole | undefined;
  if (trailing && from + trailing.index > 0) {
    cells.role ??= TRAILING_ROLES[trailing[1]!];
    if (SHARED_TRAILING_ROLES.includes(trailing[1]!)) sharedRole = TRAILING_ROLES[trailing[1]!];
    body = body.slice(0, from + trailing.index).replace(/(?<![\s,;])[\s,;]+$/u, '');
  }
  let name: string;
  let title: string | null;
  const titled = nameAfterTitle(body); // "Bộ trưởng Bộ Công an Lương Tam Quang"
  const hyphen = NAME_HYPHEN.exec(body);
  const sep =
    NAME_TITLE_SEPARATOR.exec(body) ??
    (hyphen && !body.slice(0, hyphen.index).includes(',') ? hyphen : null) ??
    /,/.exec(body);
  if (titled) ({ name, title } = titled);
  else {
    name = sep ? body.slice(0, sep.index) : body;
    title = sep ? body.slice(sep.index + sep[0].length) : null;
  }
  cells.fullName = clean(name);
  cells.positionTitle = title === null ? null : clean(title);
  cells.representedBy = cells.representedBy?.replace(HONORIFIC, '');
  return { cells, group: joined.group, nobody: opensWithGroup(body) || namesNobody(name), sharedRole };
}

/** Reads one "(…)" marker into cells; false if the text is not a marker (then it stays in the title). */
function applyMarker(inner: string, cells: Cells): boolean {
  const role = roleOf(inner);
  if (role) return ((cells.role = role), true);
  const reading = readPresence(inner);
  if (!reading) return false;
  cells.presence = reading.presence;
  if (reading.presence === 'represented') cells.representedBy = reading.representedBy;
  return true;
}

// ---------------------------------------------------------------------------------------------
// CSV and XLSX

/** Each header alias's key → its field (the first field that lists it, as the search over HEADER_ALIASES found). */
const HEADER_FIELDS = new Map<string, Field>();
for (const [field, names] of Object.entries(HEADER_ALIASES satisfies Record<Field, string[]>))
  for (const n of names) if (!HEADER_FIELDS.has(key(n))) HEADER_FIELDS.set(key(n), field as Field);
function headerField(text: string): Field | undefined {
  return HEADER_FIELDS.get(key(text));
}

type SheetRow = { line: number; cells: string[] };

const FAMILY_HEADERS = new Set(FAMILY_NAME_HEADERS.map((h) => key(h)));
/**
 * The column of a name's first part ("Họ và tên đệm") when the name column beside it holds the rest ("Tên"): -1 when
 * there is none, or no name column to join it to.
 */
function familyColumn(header: readonly string[], columns: readonly (string | null | undefined)[]): number {
  const at = header.findIndex((h, i) => !columns[i] && FAMILY_HEADERS.has(key(h)));
  return at >= 0 && columns.includes('fullName') ? at : -1;
}

const NOTE_HEADERS = new Set(['Ghi chú', 'Ghi chu', 'Note', 'Notes'].map((h) => key(h)));

/**
 * A heading between the people of a list, not a person: a merged row (the same text in every cell a merge spans:
 * "LÃNH ĐẠO TỈNH"), or a numbered group title alone on its row ("I. Các sở, ban, ngành").
 */
function isSectionRow(cells: readonly string[]): boolean {
  const filled = cells.map(clean).filter(Boolean);
  if (filled.length >= 2 && filled.every((c) => c === filled[0])) return true;
  return filled.length === 1 && /^(?:[IVXLC]{1,6}|[A-Đ])[.)]\s+\S/u.test(filled[0]!);
}

/**
 * The header is the first row (of the first 10 non-empty ones, so a title row above it is allowed)
 * that has a name column. Without one, a single row with line 1 and "Thiếu cột Họ và tên" is
 * returned rather than an error on every row. Fully empty rows are skipped.
 */
const nonEmpty = (all: SheetRow[]) => all.filter((r) => r.cells.some((c) => clean(c) !== ''));
const nameHeaderAt = (rows: SheetRow[]) =>
  rows.slice(0, 10).findIndex((r) => r.cells.some((c) => headerField(c) === 'fullName'));

function rowsFromSheet(all: SheetRow[]): ParsedRow[] {
  const rows = nonEmpty(all);
  const headerAt = nameHeaderAt(rows);
  if (headerAt < 0) return [errorRow(msg('errors.sessions.import.nameColumn'))];
  const header = rows[headerAt]!.cells;
  const columns = header.map(headerField);
  const familyAt = familyColumn(header, columns);
  // A "Ghi chú" column, where a list notes who was absent or sent a substitute ("Vắng", "Cử đ/c … dự thay"), is read
  // as the attendance when the list has no column of its own for it; a note that says neither is passed over.
  const noteAt = columns.includes('presence') ? -1 : header.findIndex((h) => NOTE_HEADERS.has(key(h)));
  const below = rows.slice(headerAt + 1);
  const data = below.filter((r) => !isSectionRow(r.cells) && !isHeaderLine(r.cells.map(clean)));
  // Group titles and repeated headers are not people: passed over, each with a message (as many as people at most).
  const people = new Set(data);
  const passed = below.filter((r) => !people.has(r));
  if (data.length > MAX_ROWS || passed.length > MAX_ROWS)
    return [errorRow(msg('errors.sessions.import.fileTooLong', { max: MAX_ROWS }))];
  // Columns with a header this import does not read ("Chức vụ cũ", "Tỉnh mới") are named once, on the header's line:
  // their values are not kept, and the secretariat should know before saving (session 22: they went without a word).
  const unused = header.flatMap((h, i) =>
    !columns[i] && i !== familyAt && i !== noteAt && clean(h) && !isIndexHeader(h) ? [clean(h)] : [],
  );
  const unusedNote = unused.length
    ? [
        skippedRow(
          rows[headerAt]!.line,
          header.map(clean).filter(Boolean).join(' | '),
          msg('errors.sessions.import.unusedColumns', {
            line: rows[headerAt]!.line,
            columns: unused.map((c) => `“${c.slice(0, 60)}”`).join(', '),
          }),
        ),
      ]
    : [];
  const skipped = passed.map(({ line, cells }) => {
    const filled = cells.map(clean).filter(Boolean);
    const raw = filled.join(' | ');
    return isSectionRow(cells)
      ? skippedRow(line, raw, msg('errors.sessions.import.skippedSection', { line, text: filled[0]! }))
      : skippedRow(line, raw, msg('errors.sessions.import.skippedHeader', { line }));
  });
  const read = data.map(({ line, cells }) => {
    const mapped: Cells = {};
    columns.forEach((field, i) => {
      if (field && mapped[field] === undefined) mapped[field] = cells[i] ?? '';
    });
    const note = noteAt >= 0 ? clean(cells[noteAt]) : '';
    if (note && readPresence(note)) mapped.presence = note;
    else if (note && !clean(mapped.role)) {
      // A note that opens with a role ("Chủ trì điểm cầu").
      const opening = [note, note.split(/\s+/u).slice(0, 2).join(' ')].find((t) => roleOf(t));
      if (opening) mapped.role = opening;
    }
    // "Đ/c Nguyễn Văn A" in a spreadsheet as in a pasted list.
    // A name in two columns ("Họ và tên đệm | Tên") is read whole.
    if (familyAt >= 0) mapped.fullName = clean(`${cells[familyAt] ?? ''} ${mapped.fullName ?? ''}`);
    if (mapped.representedBy) mapped.representedBy = clean(mapped.representedBy).replace(HONORIFIC, '');
    return buildRow(line, withoutEmptyTail(cells.map(clean)).join(' | '), mapped);
  });
  return [...unusedNote, ...read, ...skipped].sort((x, y) => x.line - y.line);
}

/**
 * CSV with a header row, "," or ";" delimited, as `decodeText` reads it (UTF-8, UTF-16, or Windows-1258, TCVN3
 * or VNI when it reads as Vietnamese). A file that decodes to U+FFFD gives one error asking for "CSV UTF-8".
 */
export function parseAttendeeCsv(text: string): ParsedRow[] {
  if (text.includes('\ufffd')) return [errorRow(msg('errors.sessions.import.csvEncoding'))];
  // A heading and a few section rows above the limit's rows; more is refused without being kept.
  const read = readCsv(text, detectDelimiter(text), MAX_ROWS + 20);
  if (read.count > read.rows.length) return [errorRow(msg('errors.sessions.import.fileTooLong', { max: MAX_ROWS }))];
  return rowsFromSheet(read.rows);
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

/** The first worksheet of an XLSX workbook that has a name column; rich text, numbers and formula results become plain text. */
export async function parseAttendeeXlsx(data: ArrayBuffer | Uint8Array): Promise<ParsedRow[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // Checked as evidence files are (sizes as inflated, not as declared; a workbook, its names as every reader reads
  // them), before ExcelJS inflates the whole file.
  const problem = await spreadsheetProblem(bytes);
  if (problem === 'zipBomb') return [errorRow(msg('errors.files.zipBomb'))];
  if (problem) return [errorRow(msg('errors.sessions.import.xlsxUnreadable'))];
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return [errorRow(msg('errors.sessions.import.xlsxUnreadable'))];
  }
  // The first sheet with a name column (a cover of instructions may come first); with none, the sheets are named.
  const { rows, tried } = pickImportSheet(workbook, cellText, (all) => nameHeaderAt(nonEmpty(all)) >= 0);
  if (rows) return rowsFromSheet(rows);
  if (tried.length < 2) return rowsFromSheet([]);
  return [errorRow(msg('errors.sessions.import.nameColumnInSheets', { sheets: sheetNames(tried) }))];
}

// ---------------------------------------------------------------------------------------------
// Workbooks to download

const toBytes = xlsxBytes;

/** Header row, two example rows, and drop-down lists for Vai trò and Tham dự. */
export async function buildAttendeeTemplateXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TEMPLATE_HEADERS.map((header, i) => ({ header, width: [28, 45, 35, 14, 20, 28][i] }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(TEMPLATE_EXAMPLES);
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
  const sheet = workbook.addWorksheet(ATTENDANCE_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  const headers = ATTENDANCE_HEADERS;
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
