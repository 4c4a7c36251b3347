import { describe, expect, it } from 'vitest';
import {
  isVacantName,
  nameAfterTitle,
  namesNobody,
  splitJoinedGroup,
  splitPersonName,
  titleWithRank,
  withoutLeadIn,
} from './names';

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
    // Ông the surname after Ông of address: Mr Ông Văn Thành (no name starts "Ông Ông").
    expect(splitPersonName('Ông Ông Văn Thành').name).toBe('Ông Văn Thành');
    expect(splitPersonName('ông Ông Ích Đạt').name).toBe('Ông Ích Đạt');
    expect(splitPersonName('Bà Ông Thị Mai').name).toBe('Ông Thị Mai');
  });

  it('drops "Đồng chí"/"Đ/c", and a press report’s lead-in before them', () => {
    expect(splitPersonName('Đồng chí Trần Quốc Văn').name).toBe('Trần Quốc Văn');
    expect(splitPersonName('Đ/c Hà Minh Hiền').name).toBe('Hà Minh Hiền');
    expect(splitPersonName('Trưởng Ban Chỉ đạo là đồng chí Võ Ngọc Thành').name).toBe('Võ Ngọc Thành');
    expect(splitPersonName('Các Phó Trưởng Ban chỉ đạo, gồm: Đồng chí Trương Văn Đạt').name).toBe('Trương Văn Đạt');
    // With a colon or a dot, as lists of attendees type them: the name was "Đ/c: Hà Minh Hiền".
    expect(splitPersonName('Đ/c: Hà Minh Hiền').name).toBe('Hà Minh Hiền');
    expect(splitPersonName('Đ/c. Hà Minh Hiền').name).toBe('Hà Minh Hiền');
    expect(splitPersonName('Đ.c Hà Minh Hiền').name).toBe('Hà Minh Hiền');
    expect(splitPersonName('đồng chí: Trần Quốc Văn').name).toBe('Trần Quốc Văn');
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

  it('takes an academic title out of the name, for the title, however its dots are written', () => {
    // As the members' lists of 2024 write ministers: the name was "GS.TS Nguyễn Kim Sơn".
    expect(splitPersonName('GS.TS Nguyễn Kim Sơn')).toEqual({ name: 'Nguyễn Kim Sơn', rank: 'GS.TS' });
    expect(splitPersonName('GS. TS. Huỳnh Thành Đạt')).toEqual({ name: 'Huỳnh Thành Đạt', rank: 'GS. TS.' });
    expect(splitPersonName('TS. Đào Hồng Lan')).toEqual({ name: 'Đào Hồng Lan', rank: 'TS.' });
    expect(splitPersonName('PGS.TSKH Nguyễn Văn An')).toEqual({ name: 'Nguyễn Văn An', rank: 'PGS.TSKH' });
    expect(splitPersonName('ThS Lê Thị Hà')).toEqual({ name: 'Lê Thị Hà', rank: 'ThS' });
    // "Ông"/"Bà" before the title: the name was "Ông GS. TS. Nguyễn Văn An".
    expect(splitPersonName('Ông GS. TS. Nguyễn Văn An')).toEqual({ name: 'Nguyễn Văn An', rank: 'GS. TS.' });
    expect(splitPersonName('Bà PGS.TS Trần Thị Hoa')).toEqual({ name: 'Trần Thị Hoa', rank: 'PGS.TS' });
    expect(splitPersonName('Ông Thiếu tướng Lê Văn Bình')).toEqual({ name: 'Lê Văn Bình', rank: 'Thiếu tướng' });
    expect(titleWithRank('GS.TS', 'Bộ trưởng Bộ Giáo dục và Đào tạo')).toBe('GS.TS, Bộ trưởng Bộ Giáo dục và Đào tạo');
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

// Session 23: press reports (tests/fixtures/people/SOURCES.md, "Session 23").
describe('a person in a press report’s sentence', () => {
  it('drops the lead-in before a colon, or before “ông”/a post after “có”', () => {
    expect(withoutLeadIn('Về phía tỉnh Gia Lai có các đồng chí: Hồ Văn Niên-Ủy viên')).toBe('Hồ Văn Niên-Ủy viên');
    expect(withoutLeadIn('Các ông: Hoàng Nghĩa Hiếu – Phó Bí thư')).toBe('Hoàng Nghĩa Hiếu – Phó Bí thư');
    expect(withoutLeadIn('Tham dự buổi lễ, về phía tỉnh Lâm Đồng có ông Bùi Thắng, Phó bí thư Tỉnh ủy')).toBe(
      'ông Bùi Thắng, Phó bí thư Tỉnh ủy',
    );
    expect(withoutLeadIn('Tham dự tại điểm cầu Chính phủ có Ủy viên Trung ương Đảng, Phó Thủ tướng Vũ Đức Đam')).toBe(
      'Ủy viên Trung ương Đảng, Phó Thủ tướng Vũ Đức Đam',
    );
    // A sentence that opens with its person keeps its words, "là" or not.
    expect(withoutLeadIn('Nguyễn Văn A, Giám đốc Sở là Trưởng ban')).toBe('Nguyễn Văn A, Giám đốc Sở là Trưởng ban');
    expect(withoutLeadIn('Vắng: Nguyễn Văn A')).toBe('Vắng: Nguyễn Văn A');
  });

  it('reads a name written after its post', () => {
    expect(nameAfterTitle('Bộ trưởng Bộ Công an Lương Tam Quang')).toEqual({
      name: 'Lương Tam Quang',
      title: 'Bộ trưởng Bộ Công an',
    });
    expect(nameAfterTitle('Trưởng Đoàn đại biểu Quốc hội TP Nguyễn Thiện Nhân')?.name).toBe('Nguyễn Thiện Nhân');
    expect(nameAfterTitle('Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn')?.title).toBe(
      'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ',
    );
    expect(nameAfterTitle('Giám đốc Sở Y tế Hà Nội Nguyễn Văn An')?.name).toBe('Nguyễn Văn An');
    // A name first, or a post with no name after it, is not read so.
    expect(nameAfterTitle('Trương Văn Đạt – Phó Chủ tịch')).toBeNull();
    expect(nameAfterTitle('Phó Chủ tịch UBND tỉnh')).toBeNull();
    expect(nameAfterTitle('Phó Đức Phương')).toBeNull();
  });

  it('takes people not named off a title, and tells a text that names nobody', () => {
    expect(splitJoinedGroup('Nguyễn Ngọc Lương-Phó Bí thư Tỉnh ủy, cùng các đồng chí Ủy viên Ban Thường vụ')).toEqual({
      text: 'Nguyễn Ngọc Lương-Phó Bí thư Tỉnh ủy',
      group: 'cùng các đồng chí Ủy viên Ban Thường vụ',
    });
    expect(splitJoinedGroup('Giám đốc Sở Nông nghiệp và Môi trường').group).toBeNull();
    expect(namesNobody('các thành viên khác là Ủy viên Ban Thường vụ Tỉnh ủy')).toBe(true);
    expect(namesNobody('Hội nghị được kết nối trực tuyến đến 63 tỉnh')).toBe(true);
    expect(namesNobody('Ủy viên Ban Thường vụ Tỉnh ủy')).toBe(true);
    expect(namesNobody('Rah Lan Chung')).toBe(false);
    expect(namesNobody('Ông Bùi Thắng')).toBe(false);
    expect(namesNobody('nguyễn văn an')).toBe(false);
    expect(namesNobody('Nguyễn Văn 2')).toBe(false);
    expect(namesNobody('Phó Đức Phương')).toBe(false);
  });
});
