import { describe, it, expect } from 'vitest';
import { detectDelimiter, parseCsv } from '@/lib/sessions/csv';

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'a,"b, c","say ""hi"""\r\n"multi\nline",,x\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['multi\nline', '', 'x'],
    ]);
  });

  it('drops a BOM, accepts LF, CRLF and CR, and adds no record for a final line break', () => {
    expect(parseCsv('\ufeffh1,h2\r\n1,2\n3,4\r5,6\r\n')).toEqual([
      ['h1', 'h2'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('keeps blank lines as empty records so row numbers stay right', () => {
    expect(parseCsv('h\n\nx')).toEqual([['h'], [''], ['x']]);
  });

  it('is lenient with stray and unterminated quotes', () => {
    expect(parseCsv('ab"c,"d\n')).toEqual([['ab"c', 'd\n']]);
    expect(parseCsv('"",""""')).toEqual([['', '"']]);
  });

  it('uses ";" when the header has more of them than ","', () => {
    expect(detectDelimiter('Họ tên;Chức vụ;Cơ quan, đơn vị\nx')).toBe(';');
    expect(detectDelimiter('Họ tên,Chức vụ\nx;y;z')).toBe(',');
    expect(parseCsv('a;"b;c"\n1;2')).toEqual([
      ['a', 'b;c'],
      ['1', '2'],
    ]);
  });
});
