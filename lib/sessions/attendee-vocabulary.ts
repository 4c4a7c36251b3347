/**
 * The words of attendance lists, as the import reads them and the workbooks write them: role and presence
 * values, column headers and their aliases, the template's sheet and example rows. They are the spreadsheet's
 * vocabulary (a workbook exported here is read back by the import), not messages, and stay Vietnamese
 * whatever the reader's language. Browser-safe: constants only.
 */
import type { AttendeeRole, Presence } from './attendee-values';

/** The role and presence values a cell holds (and the template's drop-down lists offer). */
export const ROLE_LABELS: Record<AttendeeRole, string> = {
  chair: 'Chủ trì',
  member: 'Thành viên',
  invited: 'Khách mời',
  secretary: 'Thư ký',
};
export const PRESENCE_LABELS: Record<Presence, string> = {
  present: 'Có mặt',
  absent: 'Vắng',
  represented: 'Cử người dự thay',
};

/** Other ways a role or presence is written, besides the labels and the codes. */
export const ROLE_ALIASES: Record<string, AttendeeRole> = {
  'chủ toạ': 'chair',
  'chủ tọa': 'chair',
  guest: 'invited',
  'mời dự': 'invited',
  'đại biểu mời': 'invited',
  // A list's "Đại biểu" (delegate) is a participant of the meeting, as "Thành phần" (one of its members) is.
  'đại biểu': 'member',
  'đại biểu dự': 'member',
  'đại biểu dự họp': 'member',
  'thành phần': 'member',
  'thư kí': 'secretary',
};
/**
 * A role a press report writes at the end of a person's clause, without brackets ("…, Chủ tịch HĐND tỉnh chủ trì",
 * "… đồng chủ trì tại điểm cầu chính …", "… cùng điều hành kỳ họp", "… dự"), and what may follow it (where, or what was
 * chaired): the title ends before it.
 */
export const TRAILING_ROLES: Record<string, AttendeeRole> = {
  'chủ trì': 'chair',
  'đồng chủ trì': 'chair',
  'cùng chủ trì': 'chair',
  'cùng điều hành': 'chair',
  dự: 'member',
  'cùng dự': 'member',
  'tham dự': 'member',
};
/** Of those, the ones shared by everyone the sentence names ("Các đồng chí: A; B; C đồng chủ trì"). */
export const SHARED_TRAILING_ROLES = ['đồng chủ trì', 'cùng chủ trì', 'cùng điều hành'];
export const TRAILING_ROLE_TAILS = ['tại', 'hội nghị', 'phiên họp', 'cuộc họp', 'kỳ họp', 'buổi làm việc', 'buổi lễ'];

export const PRESENCE_ALIASES: Record<string, Presence> = {
  'vắng mặt': 'absent',
  'dự thay': 'represented',
  'người dự thay': 'represented',
};

/** Headers of an STT (row number) column. */
export const INDEX_HEADERS = ['STT', 'TT', 'Số TT', 'Số thứ tự', 'No', 'No.', '#'];

/** Headers naming each column, in any order, compared without accents, case or punctuation. */
export const HEADER_ALIASES = {
  fullName: ['Họ và tên', 'Họ tên', 'Tên', 'Đại biểu', 'Tên đại biểu', 'Full name', 'Name'],
  positionTitle: [
    'Chức vụ',
    'Chức danh',
    'Chức vụ, đơn vị',
    'Chức vụ, cơ quan',
    'Chức vụ, đơn vị công tác',
    'Position',
    'Position title',
    'Title',
  ],
  agencyName: ['Cơ quan', 'Đơn vị', 'Cơ quan, đơn vị', 'Cơ quan/đơn vị', 'Nơi công tác', 'Agency'],
  role: ['Vai trò', 'Thành phần', 'Role'],
  presence: ['Tham dự', 'Tình hình tham dự', 'Điểm danh', 'Trạng thái', 'Presence', 'Attendance'],
  representedBy: ['Người dự thay', 'Người được cử dự thay', 'Represented by', 'Substitute'],
  point: ['Điểm cầu', 'Tên điểm cầu', 'Point', 'Conference point'],
};

/** The header row a pasted table should carry, as a message names it. */
export const EXPECTED_HEADERS = 'Họ và tên, Chức vụ, Cơ quan, Vai trò, Tham dự';

/** The template to download: its sheet, header row and two example rows. */
export const TEMPLATE_SHEET = 'Danh sách tham dự';
export const TEMPLATE_HEADERS = ['Họ và tên', 'Chức vụ', 'Cơ quan', 'Vai trò', 'Tham dự', 'Người dự thay'];
export const TEMPLATE_EXAMPLES = [
  ['Nguyễn Văn A', 'Phó Chủ tịch UBND tỉnh', 'UBND tỉnh', ROLE_LABELS.chair, PRESENCE_LABELS.present],
  ['Trần Thị B', 'Giám đốc Sở Tài chính', 'Sở Tài chính', ROLE_LABELS.member, PRESENCE_LABELS.present],
];

/** A session's attendance workbook (read back by the import: its headers are aliases above). */
export const ATTENDANCE_SHEET = 'Điểm danh';
export const ATTENDANCE_HEADERS = ['STT', 'Điểm cầu', 'Họ và tên', 'Chức vụ', 'Cơ quan', 'Vai trò', 'Tham dự'];
