import { describe, it, expect } from 'vitest';
import { detectDelimiter, MAX_CSV_FIELD_CHARS, MAX_CSV_FIELDS, readCsv, type CsvDelimiter } from '@/lib/sessions/csv';

/** The cells of each record that holds something, as the importers read them. */
const cellsOf = (text: string, delimiter: CsvDelimiter = detectDelimiter(text)) =>
  readCsv(text, delimiter, 1000).rows.map((r) => r.cells);

describe('readCsv: the format', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'a,"b, c","say ""hi"""\r\n"multi\nline",,x\n';
    expect(cellsOf(text)).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['multi\nline', '', 'x'],
    ]);
  });

  it('drops a BOM, accepts LF, CRLF and CR, and adds no record for a final line break', () => {
    expect(cellsOf('\ufeffh1,h2\r\n1,2\n3,4\r5,6\r\n')).toEqual([
      ['h1', 'h2'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('skips blank lines but numbers each record as it stands in the file', () => {
    expect(readCsv('h\n\nx', ',', 10).rows).toEqual([
      { line: 1, cells: ['h'] },
      { line: 3, cells: ['x'] },
    ]);
  });

  it('is lenient with stray and unterminated quotes', () => {
    expect(cellsOf('ab"c,"d\n')).toEqual([['ab"c', 'd\n']]);
    expect(cellsOf('"",""""')).toEqual([['', '"']]);
  });

  it('uses ";" when the header has more of them than ","', () => {
    expect(detectDelimiter('Họ tên;Chức vụ;Cơ quan, đơn vị\nx')).toBe(';');
    expect(detectDelimiter('Họ tên,Chức vụ\nx;y;z')).toBe(',');
    expect(cellsOf('a;"b;c"\n1;2')).toEqual([
      ['a', 'b;c'],
      ['1', '2'],
    ]);
  });
});

describe('readCsv: what the importers read of a file', () => {
  it('keeps the records that hold something, with their record numbers', () => {
    const text = '\ufeffHọ tên;Email\r\n\r\n;;\r\n"Nguyễn ""Văn"" A";a@b.vn\r\n"dòng\nhai";\r\n\r\n';
    expect(readCsv(text, ';', 100)).toEqual({
      rows: [
        { line: 1, cells: ['Họ tên', 'Email'] },
        { line: 4, cells: ['Nguyễn "Văn" A', 'a@b.vn'] },
        { line: 5, cells: ['dòng\nhai', ''] },
      ],
      count: 3,
    });
    expect(readCsv('a\tb\nc\td', '\t', 10).rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps nothing of ten million line breaks, and counts past its limit without keeping (22 s and 3.5 GB before)', () => {
    expect(readCsv('\n'.repeat(10_000_000), ',', 5000)).toEqual({ rows: [], count: 0 });
    const many = readCsv('x,y\n'.repeat(1_000_000), ',', 5000);
    expect(many.rows).toHaveLength(5000);
    expect(many.rows.at(-1)).toEqual({ line: 5000, cells: ['x', 'y'] });
    expect(many.count).toBe(1_000_000);
  });

  it('keeps at most 200 fields of a record and 10,000 characters of a field (one 10 MB record of "x," took 35 s)', () => {
    const [wide] = readCsv('x,'.repeat(1_000_000), ',', 10).rows;
    expect(wide!.cells).toHaveLength(MAX_CSV_FIELDS);
    const [long] = readCsv(`"${'a'.repeat(50_000)}",b`, ',', 10).rows;
    expect(long!.cells).toEqual(['a'.repeat(MAX_CSV_FIELD_CHARS), 'b']);
  });
});
