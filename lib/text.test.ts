import { describe, expect, it } from 'vitest';
import { documentFileName } from './minutes/format';
import { allMatches, asciiFilePart, foldedKey, foldVi, modernTones, personNameKey, sortVi, tidyText } from './text';

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

describe('one way of comparing what people type (decision 101)', () => {
  it('places the tone marks as the 1997 rules do, on oa, oe and uy closing a syllable only', () => {
    expect(['Hoà', 'khoẻ', 'Thuỷ', 'TUỲ', 'Uỷ ban', 'toả', 'Thuý'].map(modernTones)).toEqual([
      'Hòa',
      'khỏe',
      'Thủy',
      'TÙY',
      'Ủy ban',
      'tỏa',
      'Thúy',
    ]);
    // qu is a consonant; a final consonant leaves the mark where both ways put it; the new way stays.
    expect(['Quý', 'quỳ', 'hoàng', 'Huỳnh', 'Hòa', 'quà'].map(modernTones)).toEqual([
      'Quý',
      'quỳ',
      'hoàng',
      'Huỳnh',
      'Hòa',
      'quà',
    ]);
  });

  it('tidies pasted text: composed, invisible characters gone, one plain space', () => {
    expect(tidyText(' Trịnh\u00a0Thị \u200bThủy\u2060 '.normalize('NFD'))).toBe('Trịnh Thị Thủy');
  });

  it('keys a person’s name with its accents, whatever the tone placement, paste or closing mark', () => {
    const key = personNameKey('Trịnh Thị Thủy');
    expect(personNameKey('TRỊNH THỊ THUỶ;')).toBe(key);
    expect(personNameKey('Trịnh\u00a0Thị Thuỷ.'.normalize('NFD'))).toBe(key);
    expect(personNameKey('Trịnh Thị Thúy')).not.toBe(key);
    expect(personNameKey('Trinh Thi Thuy')).not.toBe(key);
  });

  it('folds a body’s name with its abbreviations made one', () => {
    const hcm = foldedKey('Ủy ban nhân dân Thành phố Hồ Chí Minh');
    expect(hcm).toBe('ubnd thanh pho ho chi minh');
    for (const written of [
      'UBND TP. Hồ Chí Minh',
      'UBND Tp Hồ Chí Minh',
      'UBND TP.HCM',
      'UBND TPHCM',
      'Uỷ ban nhân dân TP.Hồ Chí Minh.',
    ])
      expect(foldedKey(written)).toBe(hcm);
    // "Bộ TP" (Bộ Tư pháp's short name) names no city.
    expect(foldedKey('Bộ TP')).toBe('bo tp');
  });
});
