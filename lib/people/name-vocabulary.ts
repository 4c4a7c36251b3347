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
/** Ông the surname, which "Ông"/"Bà" of address may precede: "Ông Ông Văn Thành" is Mr Ông Văn Thành. */
export const SURNAME_ONG = 'Ông';
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
  // Academic titles, as lists of officials write them before a name ("GS.TS Nguyễn Kim Sơn", "TS. Huỳnh Thành Đạt"):
  // compared without their dots, so "GS. TS." and "GS.TS" are one.
  'GS.TSKH',
  'GS. TSKH',
  'PGS.TSKH',
  'PGS. TSKH',
  'GS.TS',
  'GS. TS',
  'PGS.TS',
  'PGS. TS',
  'TSKH',
  'TS',
  'ThS',
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

/**
 * Words a press report's lead-in ends with before the people it names ("Về phía tỉnh Gia Lai có các đồng chí: …",
 * "Các ông: …", "… trong đó: Ông …"): the text up to a colon after one of them is not a name. Compared without accents.
 */
export const LEAD_IN_ENDINGS = [
  'gồm',
  'gồm có',
  'bao gồm',
  'có',
  'còn có',
  'là',
  'trong đó',
  'như sau',
  'đồng chí',
  'các đồng chí',
  'các ông',
  'các bà',
  'các ông, bà',
];

/**
 * The verbs a lead-in ends with before a person without a colon ("Dự hội nghị tại điểm cầu Hưng Yên có ông Đỗ Tiến
 * Sỹ", "Tham dự … có Trưởng Đoàn đại biểu Quốc hội TP Nguyễn Thiện Nhân"). Compared without accents.
 */
export const LEAD_IN_VERBS = ['có', 'là', 'gồm'];

/**
 * How a post opens when a press report writes it before the name ("Bộ trưởng Bộ Công an Lương Tam Quang", "Phó Chủ
 * tịch UBND TP Dương Anh Đức"). Compared with accents ("Trưởng" opens a post, Trương is a surname).
 */
export const TITLE_OPENINGS = [
  'Thủ tướng',
  'Bộ trưởng',
  'Thứ trưởng',
  'Chủ tịch',
  'Bí thư',
  'Giám đốc',
  'Trưởng',
  'Phó',
  'Ủy viên',
  'Uỷ viên',
  'Chủ nhiệm',
  'Chánh',
  'Tổng Bí thư',
  'Tổng Giám đốc',
  'Tổng cục trưởng',
  'Cục trưởng',
  'Vụ trưởng',
  'Thống đốc',
  'Tỉnh ủy viên',
  'Tỉnh uỷ viên',
  'Chỉ huy trưởng',
  'Tư lệnh',
  'Tham mưu trưởng',
  'Chính ủy',
  'Viện trưởng',
  'Tổng Thư ký',
];

/**
 * How a report mentions people without naming them ("các thành viên khác là …", "Cùng dự có đại diện lãnh đạo các
 * Sở …", "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy …"): such a text is not a person. Compared with accents.
 */
export const GROUP_OPENINGS = ['các', 'cùng', 'đại diện', 'lãnh đạo', 'toàn thể', 'thành viên'];

/**
 * The same, joined to the last person's title ("…, Phó Bí thư Tỉnh ủy, cùng các đồng chí Ủy viên Ban Thường vụ …",
 * "… Chủ tịch UBND tỉnh Đắk Nông và Ban giám đốc Công an 3 tỉnh …"): the title ends before it. Compared with accents.
 */
export const GROUP_JOINS = ['cùng', 'và'];
export const GROUP_AFTER_JOIN = [
  'các đồng chí',
  'các ông',
  'các bà',
  'các thành viên',
  'đại diện',
  'lãnh đạo',
  'ban giám đốc',
];
