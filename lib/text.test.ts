import { describe, expect, it } from 'vitest';
import { foldVi, sortVi } from './text';

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
});
