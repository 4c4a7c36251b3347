/**
 * A small RFC 4180 CSV reader: quoted fields may hold the delimiter, doubled quotes and line breaks;
 * records end at CRLF, LF or CR. A leading UTF-8 BOM is dropped. It is lenient rather than strict:
 * a quote inside an unquoted field is kept as text, text after a closing quote is appended, and an
 * unterminated quoted field runs to the end of the input.
 */
export type CsvDelimiter = ',' | ';' | '\t';

/** "," unless the first line (the header) has more ";" than "," — as Excel writes CSV in many locales. */
export function detectDelimiter(text: string): CsvDelimiter {
  const firstLine = stripBom(text).split(/\r\n|\r|\n/, 1)[0] ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * What a record keeps: the importers read about ten columns of at most a few hundred characters; one 10 MB record of
 * "x," was five million fields, echoed back in the preview (35 s: attacker pass 19, second look).
 */
export const MAX_CSV_FIELDS = 200;
export const MAX_CSV_FIELD_CHARS = 10_000;

export function readCsv(
  input: string,
  delimiter: CsvDelimiter,
  limit: number,
): { rows: { line: number; cells: string[] }[]; count: number } {
  const text = stripBom(input);
  const rows: { line: number; cells: string[] }[] = [];
  let record: string[] = [];
  let field = '';
  let filled = false; // the record holds a character that is not a delimiter
  let quoted = false;
  let line = 1;
  let count = 0;
  const keep = () => rows.length < limit;
  const endField = () => {
    if (keep() && record.length < MAX_CSV_FIELDS) record.push(field.slice(0, MAX_CSV_FIELD_CHARS));
    field = '';
  };
  const endRecord = () => {
    endField();
    if (filled) {
      count++;
      if (keep()) rows.push({ line, cells: record });
    }
    record = [];
    filled = false;
    line++;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        if (keep()) field += '"';
        filled = true;
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (keep() && field.length < MAX_CSV_FIELD_CHARS) field += ch;
        filled = true;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      filled = true;
    } else if (ch === delimiter) endField();
    else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      if (keep() && field.length < MAX_CSV_FIELD_CHARS) field += ch;
      filled = true;
    }
  }
  if (field !== '' || record.length > 0 || quoted || filled) endRecord();
  return { rows, count };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
