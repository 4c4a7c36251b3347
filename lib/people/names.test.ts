import { describe, expect, it } from 'vitest';
import { isVacantName, splitPersonName, titleWithRank } from './names';

// Names and titles as published: QĐ 1438/QĐ-TTg (2021), the Giám đốc Sở Y tế list of July 2025, a provincial
// committee's meeting report of 24/2/2025, the Gia Lai steering committee (2021); see tests/fixtures/people/SOURCES.md.
describe('splitPersonName', () => {
  it('drops "Ông"/"Bà" of address before a common surname, and keeps Ông the surname', () => {
    expect(splitPersonName('Ông Nguyễn Thành Hưng')).toEqual({ name: 'Nguyễn Thành Hưng', rank: '' });
    expect(splitPersonName('Bà Tô Thị Mai Hoa')).toEqual({ name: 'Tô Thị Mai Hoa', rank: '' });
    expect(splitPersonName('ông Nay Phi La').name).toBe('Nay Phi La');
    // Ông is a surname too: before a word that is no surname, or with one word after, it is the name's.
    expect(splitPersonName('Ông Ích Khiêm').name).toBe('Ông Ích Khiêm');
    expect(splitPersonName('Ông Văn Tùng').name).toBe('Ông Văn Tùng');
    expect(splitPersonName('Bà Lê').name).toBe('Bà Lê');
  });

  it('drops "Đồng chí"/"Đ/c", and a press report’s lead-in before them', () => {
    expect(splitPersonName('Đồng chí Trần Quốc Văn').name).toBe('Trần Quốc Văn');
    expect(splitPersonName('Đ/c Hà Minh Hiền').name).toBe('Hà Minh Hiền');
    expect(splitPersonName('Trưởng Ban Chỉ đạo là đồng chí Võ Ngọc Thành').name).toBe('Võ Ngọc Thành');
    expect(splitPersonName('Các Phó Trưởng Ban chỉ đạo, gồm: Đồng chí Trương Văn Đạt').name).toBe('Trương Văn Đạt');
  });

  it('takes a rank of the armed forces out of the name, for the title', () => {
    expect(splitPersonName('Đại tướng Tô Lâm')).toEqual({ name: 'Tô Lâm', rank: 'Đại tướng' });
    expect(splitPersonName('Đồng chí Đại tá Nguyễn Thanh Trường')).toEqual({
      name: 'Nguyễn Thanh Trường',
      rank: 'Đại tá',
    });
    expect(titleWithRank('Đại tá', 'Giám đốc Công an tỉnh')).toBe('Đại tá, Giám đốc Công an tỉnh');
    expect(titleWithRank('Đại tá', 'Đại tá, Giám đốc Công an tỉnh')).toBe('Đại tá, Giám đốc Công an tỉnh');
    expect(titleWithRank('Đại tướng', '')).toBe('Đại tướng');
    expect(titleWithRank('', 'Bộ trưởng')).toBe('Bộ trưởng');
  });

  it('leaves a plain name, and one made only of such words, as written', () => {
    expect(splitPersonName('Phạm Thị Phương Hạnh').name).toBe('Phạm Thị Phương Hạnh');
    expect(splitPersonName('Đồng chí').name).toBe('Đồng chí');
    expect(splitPersonName('Đại tá Lâm')).toEqual({ name: 'Đại tá Lâm', rank: '' });
  });
});

describe('isVacantName', () => {
  it('tells a post not yet filled from a name', () => {
    expect(isVacantName('* Tiếp tục cập nhật')).toBe(true);
    expect(isVacantName('(Đang cập nhật)')).toBe(true);
    expect(isVacantName('Chưa bổ nhiệm')).toBe(true);
    expect(isVacantName('Nguyễn Thị Anh')).toBe(false);
    expect(isVacantName('Khuyết Văn An')).toBe(false);
    expect(isVacantName('')).toBe(false);
  });
});
