import { describe, expect, it } from 'vitest';
import { documentFileName } from './minutes/format';
import { allMatches, asciiFilePart, foldVi, sortVi } from './text';

describe('Vietnamese text', () => {
  it('sorts Đ after D ("Đà Nẵng" after "Dak Lak")', () => {
    expect(sortVi(['Đà Nẵng', 'Dak Lak', 'Cà Mau', 'Điện Biên', 'Hà Giang'], (s) => s)).toEqual([
      'Cà Mau',
      'Dak Lak',
      'Đà Nẵng',
      'Điện Biên',
      'Hà Giang',
    ]);
  });

  it('folds accents and case for search', () => {
    expect(foldVi('Tuyên Quang')).toBe('tuyen quang');
    expect(foldVi('ĐẮK LẮK')).toBe('dak lak');
  });

  it('writes file names in ASCII with Đ as D, not dropped', () => {
    expect(asciiFilePart('BB-BCĐ')).toBe('BB-BCD');
    expect(asciiFilePart('Phiên họp đặc biệt')).toBe('Phien-hop-dac-biet');
    expect(documentFileName('minutes', '12', 'BB-BCĐ')).toBe('bien-ban-12-BB-BCD.docx');
    expect(documentFileName('notice', null, 'TB-VPCP')).toBe('thong-bao-du-thao-TB-VPCP.docx');
    expect(documentFileName('notice', '45"; x', 'TB/VPCP')).toBe('thong-bao-45-x-TBVPCP.docx');
  });
});

describe('allMatches', () => {
  it('gives what matchAll gives, empty matches and surrogate pairs included, and leaves lastIndex as it was', () => {
    for (const [text, pattern] of [
      ['a1b22c', /\d*/gu],
      ['x😀y', /(?:)/gu],
      ['ab ab', /ab/g],
      ['', /a*/g],
    ] as const) {
      pattern.lastIndex = 0;
      expect(allMatches(text, pattern).map((m) => [m.index, m[0]])).toEqual(
        [...text.matchAll(pattern)].map((m) => [m.index, m[0]]),
      );
    }
    const pattern = /b/g;
    pattern.lastIndex = 2;
    expect(allMatches('abab', pattern).map((m) => m.index)).toEqual([3]);
    expect(pattern.lastIndex).toBe(2);
    expect(() => allMatches('a', /a/)).toThrow(TypeError);
  });
});
