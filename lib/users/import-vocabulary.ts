/**
 * The words of the users' import sheet, as the import reads them and the template writes them: column headers and
 * their aliases, role and duty values, the template's sheet names and example rows. They are the spreadsheet's
 * vocabulary (the template downloaded here is read back by the import), not messages, and stay Vietnamese
 * whatever the reader's language. Browser-safe: constants only.
 */
import type { AGENCY_DUTIES, COMMITTEE_POSITIONS, ROLES } from '@/db/schema/enums';

export type ImportRole = (typeof ROLES)[number];
export type ImportDuty = (typeof AGENCY_DUTIES)[number];
export type ImportCommitteePost = (typeof COMMITTEE_POSITIONS)[number];

/** The columns of the sheet, in the template's order. */
export const IMPORT_COLUMNS = ['name', 'email', 'position', 'phone', 'role', 'agency', 'duty', 'post'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The template's header of each column. */
export const IMPORT_HEADERS: Record<ImportColumn, string> = {
  name: 'Họ và tên',
  email: 'Email',
  position: 'Chức vụ',
  phone: 'Số điện thoại',
  role: 'Vai trò',
  agency: 'Cơ quan',
  duty: 'Nhiệm vụ (Đầu mối/Cán bộ)',
  post: 'Chức danh trong Ban Chỉ đạo',
};

/** Other headers naming each column, compared without accents, case, spaces or punctuation. */
export const IMPORT_HEADER_ALIASES: Record<ImportColumn, string[]> = {
  name: ['Họ tên', 'Họ và tên', 'Tên', 'Full name', 'Name', 'Tên cán bộ', 'Người dùng'],
  email: ['Email', 'E-mail', 'Thư điện tử', 'Địa chỉ email', 'Địa chỉ thư điện tử', 'Mail'],
  position: [
    'Chức vụ',
    'Chức danh',
    'Position',
    'Title',
    // Title and body in one cell, as decisions' annexes print them ("Thứ trưởng Bộ Nội vụ"): the agency is then read
    // from the title's end.
    'Chức vụ, đơn vị công tác',
    'Chức vụ, đơn vị',
    'Chức vụ, cơ quan',
    'Chức vụ, cơ quan công tác',
    'Chức vụ, cơ quan, đơn vị',
    'Chức vụ, nơi công tác',
    'Chức vụ và đơn vị công tác',
    'Chức danh, đơn vị công tác',
    'Chức danh, cơ quan',
  ],
  phone: ['Số điện thoại', 'Điện thoại', 'SĐT', 'SDT', 'Di động', 'Phone', 'Telephone', 'Mobile'],
  role: ['Vai trò', 'Quyền', 'Role'],
  agency: [
    'Cơ quan',
    'Đơn vị',
    'Cơ quan, đơn vị',
    'Cơ quan/đơn vị',
    'Mã cơ quan',
    'Đơn vị công tác',
    'Cơ quan công tác',
    'Cơ quan, đơn vị công tác',
    'Nơi công tác',
    'Agency',
    'Organisation',
  ],
  duty: ['Nhiệm vụ', 'Nhiệm vụ (Đầu mối/Cán bộ)', 'Đầu mối/Cán bộ', 'Duty', 'Agency duty'],
  // The member's post in the committee (Trưởng ban, Ủy viên), as decisions' annexes head it (decision 081: the import
  // can add the people to a committee with these posts).
  post: [
    'Chức danh BCĐ',
    'Chức vụ BCĐ',
    'Chức danh trong BCĐ',
    'Chức vụ trong BCĐ',
    'Chức danh Ban Chỉ đạo',
    'Chức danh trong Ban Chỉ đạo',
    'Chức vụ trong Ban Chỉ đạo',
    'Chức danh trong Ban',
    'Chức vụ trong Ban',
    'Vị trí trong Ban',
    'Vị trí trong Ban Chỉ đạo',
    'Committee post',
  ],
};

/**
 * Columns the sheet must have; the others may be left out (empty in every row). An office's staff list has no role
 * column: without one, a person of an agency is an agency user (the preview shows it, and each row can be changed).
 */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['name', 'email'];

/**
 * Headers the import passes over: a row-number column, and what a staff list ("Danh sách cán bộ") keeps that an
 * account has no use for. Any other header it does not know still refuses the file, naming it, rather than leave a
 * misspelt "Vai trò" unread on every row.
 */
export const IMPORT_INDEX_HEADERS = [
  'STT',
  'TT',
  'Số TT',
  'Số thứ tự',
  'No',
  'No.',
  '#',
  'Ngày sinh',
  'Năm sinh',
  'Ngày, tháng, năm sinh',
  'Giới tính',
  'Ghi chú',
  'Quê quán',
  'Dân tộc',
  'Trình độ',
  'Trình độ chuyên môn',
  'Ngạch',
  'Ngạch, bậc',
  'Chữ ký',
];

/**
 * Marks after an agency's name telling which side of a merger it means, as lists of 2025 write them ("UBND tỉnh Tuyên
 * Quang (mới)"): the body in operation, or the one that ended.
 */
export const AGENCY_ERA_MARKS = { new: ['mới', 'moi'], old: ['cũ', 'cu'] };

/** The value the template writes for each role (and its drop-down list offers). */
export const ROLE_VALUES: Record<ImportRole, string> = {
  agency: 'Cơ quan',
  secretariat: 'Thư ký Ban Chỉ đạo',
  leader: 'Lãnh đạo',
  admin: 'Quản trị viên',
};
/**
 * Other ways a role is written, besides the values above and the codes. A "Văn phòng" or "Thư ký" is the
 * committee's secretariat (the office that runs it); a focal point or staff member of an agency is "Cơ quan".
 */
export const ROLE_ALIASES: Record<string, ImportRole> = {
  'Thư ký': 'secretariat',
  'Thư kí': 'secretariat',
  'Văn phòng': 'secretariat',
  'Tổ giúp việc': 'secretariat',
  'Thư ký BCĐ': 'secretariat',
  secretary: 'secretariat',
  'Đầu mối cơ quan': 'agency',
  'Cán bộ cơ quan': 'agency',
  'Đầu mối': 'agency',
  'Cơ quan, đơn vị': 'agency',
  'Đơn vị': 'agency',
  'Lãnh đạo Ban Chỉ đạo': 'leader',
  'Quản trị': 'admin',
  administrator: 'admin',
};

/** The value the template writes for each agency duty. */
export const DUTY_VALUES: Record<ImportDuty, string> = { focal_point: 'Đầu mối', staff: 'Cán bộ' };
export const DUTY_ALIASES: Record<string, ImportDuty> = {
  'Focal point': 'focal_point',
  'Đầu mối cơ quan': 'focal_point',
  'Chuyên viên': 'staff',
  'Cán bộ, chuyên viên': 'staff',
  'Cán bộ cơ quan': 'staff',
  Staff: 'staff',
};

/** The value the committee select of the preview posts for "accounts only" (decision 081). */
export const COMMITTEE_NONE = 'none';

/** The value the template writes for each post in the committee (as the committee page names them). */
export const POST_VALUES: Record<ImportCommitteePost, string> = {
  head: 'Trưởng ban',
  standing_deputy: 'Phó Trưởng ban thường trực',
  deputy: 'Phó Trưởng ban',
  member: 'Ủy viên',
  secretary: 'Thư ký',
};
/** Other ways an annex writes a post. */
export const POST_ALIASES: Record<string, ImportCommitteePost> = {
  'Trưởng Ban Chỉ đạo': 'head',
  'Trưởng BCĐ': 'head',
  'Phó Trưởng ban Thường trực': 'standing_deputy',
  'Phó Trưởng Ban Chỉ đạo thường trực': 'standing_deputy',
  'Phó Trưởng ban TT': 'standing_deputy',
  'Phó Trưởng Ban Chỉ đạo': 'deputy',
  'Phó Trưởng BCĐ': 'deputy',
  'Thành viên': 'member',
  'Ủy viên Ban Chỉ đạo': 'member',
  'Thành viên Ban Chỉ đạo': 'member',
  'Thư ký Ban Chỉ đạo': 'secretary',
};

/**
 * How a title suggests the account's role and duty when the sheet does not say them (decision 081), read at the
 * title's start, a rank aside: a leader of the Government reads everything (Lãnh đạo); the head or a deputy head of a
 * body (Bộ trưởng, Thứ trưởng, Chủ tịch UBND tỉnh, Giám đốc Sở, …) is its focal point (Đầu mối), who submits its
 * reports. Anyone else stays staff (Cán bộ), the least power. The preview says which rows were suggested so.
 */
export const LEADER_TITLES = ['Thủ tướng', 'Phó Thủ tướng'];
export const AGENCY_HEAD_TITLES = [
  'Bộ trưởng',
  'Thứ trưởng',
  'Thủ trưởng',
  'Phó Thủ trưởng',
  'Chủ nhiệm',
  'Phó Chủ nhiệm',
  'Thống đốc',
  'Phó Thống đốc',
  'Tổng Thanh tra',
  'Phó Tổng Thanh tra',
  'Tổng Kiểm toán',
  'Phó Tổng Kiểm toán',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Tổng Giám đốc',
  'Phó Tổng Giám đốc',
  'Giám đốc',
  'Phó Giám đốc',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Tổng cục trưởng',
  'Cục trưởng',
  'Viện trưởng',
];

/** The template: its two sheets, an example row, and the headers of the list sheet. */
export const TEMPLATE_SHEET = 'Người dùng';
export const LISTS_SHEET = 'Danh mục';
export const LISTS_HEADERS = {
  roles: 'Vai trò',
  duties: 'Nhiệm vụ',
  posts: 'Chức danh trong Ban Chỉ đạo',
  code: 'Mã cơ quan',
  name: 'Tên cơ quan',
  shortName: 'Tên ngắn',
};
export const TEMPLATE_EXAMPLE = [
  'Nguyễn Văn An',
  'nguyen.van.an@example.gov.vn',
  'Chuyên viên chính',
  '0912 345 678',
  ROLE_VALUES.agency,
];
