/**
 * How published lists of officials write a person's name, as the imports read it (decisions establishing a steering
 * committee, press reports of a meeting, provincial directories): the words of address before the name, the ranks of
 * the armed forces and police, the surnames that tell "Ông"/"Bà" of address from the rare surname Ông, the headers of
 * a name split in two columns, and the text a list puts where a post is not yet filled. Browser-safe: constants only.
 */

/** Words of address that are never part of a name ("Đồng chí Trần Quốc Văn", "Đ/c …"). */
export const ADDRESS_WORDS = ['Đồng chí', 'Đ/c', 'Đ/C', 'đ/c'];

/**
 * "Ông"/"Bà" of address ("Ông Nguyễn Thành Hưng", "Bà Tô Thị Mai Hoa"); Ông is also a surname (Ông Ích Khiêm), so
 * the word goes only before one of these surnames, with at least two words after it.
 */
export const ADDRESS_SIR_MADAM = ['Ông', 'Bà'];
export const COMMON_SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Đoàn',
  'Trương',
  'Lâm',
  'Mai',
  'Trịnh',
  'Đào',
  'Cao',
  'Lương',
  'Hà',
  'Tô',
  'Tạ',
  'Chu',
  'Lưu',
  'Quách',
  'Kiều',
  'Thái',
  'Vương',
  'Triệu',
  'Hầu',
  'Ma',
  'Vi',
  'Nông',
  'Lò',
  'Lục',
  'Hứa',
  'Diệp',
  'Tăng',
  'Nay',
  'Y',
  'Kpă',
  'Rơ',
  'Điểu',
  'Giàng',
  'Sùng',
  'Vàng',
  'Thào',
  'Mạc',
  'Phùng',
  'Khổng',
  'Tống',
  'Lại',
  'Từ',
  'Châu',
  'Doãn',
  'Khúc',
  'Giáp',
  'Âu',
  'Ninh',
  'Thân',
  'Nghiêm',
  'Viên',
  'Quan',
  'Hàn',
  'Bế',
  'Vân',
  'Kha',
  'Khương',
  'Mã',
  'Lữ',
  'Lã',
  'Tôn',
  'Nhữ',
  'Bạch',
];

/**
 * Ranks of the army and the police written before the name ("Đại tá Nguyễn Thanh Trường, Giám đốc Công an tỉnh"):
 * the import moves them to the front of the title, so the name is the person's.
 */
export const RANKS = [
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đại úy',
  'Đại uý',
  'Thượng úy',
  'Thượng uý',
  'Trung úy',
  'Trung uý',
  'Thiếu úy',
  'Thiếu uý',
];

/**
 * What a list writes where a post is not filled yet ("* Tiếp tục cập nhật" in a table of new directors): such a row
 * names nobody. Compared without accents, case or the marks around it.
 */
export const VACANT_NAMES = [
  'Đang cập nhật',
  'Tiếp tục cập nhật',
  'Sẽ cập nhật',
  'Chưa cập nhật',
  'Chưa có',
  'Chưa bổ nhiệm',
  'Chưa cử',
  'Chưa kiện toàn',
  'Khuyết',
  'Để trống',
];

/**
 * Headers of the first part of a name split in two columns ("Họ và tên đệm | Tên", as HR sheets keep it); the
 * second part is the name column ("Tên").
 */
export const FAMILY_NAME_HEADERS = ['Họ và tên đệm', 'Họ và chữ đệm', 'Họ và đệm', 'Họ đệm', 'Họ, tên đệm', 'Họ'];
