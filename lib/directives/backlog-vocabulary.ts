/**
 * The words of an office's backlog sheet (lib/directives/backlog-import.ts): the headers offices write above
 * each column, the statuses they write, and the words put around a deadline cell so the notice parser reads
 * it as a deadline. Matched without accents or case; kept in Vietnamese, as the sheets are.
 */
import type { BacklogField } from './schemas';

/**
 * Header spellings per field, most specific first (a header is matched whole, then by containing one). When two
 * columns name one field, the one whose spelling is listed first takes it ("Tình trạng" over "Tình hình thực hiện").
 */
export const BACKLOG_HEADER_ALIASES: Record<BacklogField, readonly string[]> = {
  ordinal: ['STT', 'Số TT', 'Số thứ tự', 'TT'],
  sourceDocument: [
    'Số/ký hiệu văn bản',
    'Số, ký hiệu văn bản',
    'Số ký hiệu văn bản',
    'Số ký hiệu',
    'Số hiệu văn bản',
    'Văn bản chỉ đạo',
    'Văn bản giao nhiệm vụ',
    'Văn bản',
    'Nguồn',
  ],
  sourceDocumentDate: ['Ngày văn bản', 'Ngày ban hành', 'Ngày ký', 'Ngày giao'],
  text: [
    'Nội dung chỉ đạo',
    'Nội dung nhiệm vụ',
    'Nội dung chỉ đạo, nhiệm vụ',
    'Nhiệm vụ',
    'Nội dung',
    'Kết luận, chỉ đạo',
    'Chỉ đạo',
    'Trích yếu',
    'Trích yếu nội dung',
    'Tên nhiệm vụ',
    'Nội dung công việc',
  ],
  lead: ['Cơ quan chủ trì', 'Đơn vị chủ trì', 'Chủ trì', 'Cơ quan thực hiện', 'Đơn vị thực hiện', 'Cơ quan được giao'],
  coordinators: ['Cơ quan phối hợp', 'Đơn vị phối hợp', 'Phối hợp'],
  deadline: ['Thời hạn', 'Thời hạn hoàn thành', 'Hạn hoàn thành', 'Hạn xử lý', 'Thời gian hoàn thành', 'Hạn'],
  // "Tình trạng" names the status before "Tình hình thực hiện", which is often the narrative beside it.
  status: ['Tình trạng', 'Trạng thái', 'Tình trạng thực hiện', 'Trạng thái thực hiện', 'Tình hình thực hiện'],
  completedOn: ['Ngày hoàn thành', 'Thời gian hoàn thành thực tế', 'Ngày thực hiện xong'],
  latestReport: [
    'Kết quả thực hiện',
    'Kết quả',
    'Báo cáo gần nhất',
    'Kết quả, báo cáo gần nhất',
    'Tiến độ',
    'Tiến độ thực hiện',
    'Ghi chú',
    'Tình hình thực hiện',
  ],
};

/** Statuses as offices write them (folded), the first contained wins; "Quá hạn" is an open task past its deadline. */
export const BACKLOG_STATUS_WORDS: readonly (readonly [
  string,
  'completed' | 'in_progress' | 'not_started' | 'overdue',
])[] = [
  ['chua thuc hien', 'not_started'],
  ['chua trien khai', 'not_started'],
  ['chua hoan thanh', 'in_progress'],
  ['chua xong', 'in_progress'],
  ['hoan thanh', 'completed'],
  ['da xong', 'completed'],
  ['xong', 'completed'],
  ['dang thuc hien', 'in_progress'],
  ['dang trien khai', 'in_progress'],
  ['dang xu ly', 'in_progress'],
  ['qua han', 'overdue'],
  ['tre han', 'overdue'],
];

/** Tried around a deadline cell in turn, so "tháng 12/2025" reads as "trong …" (not "trước tháng 12", which is November) and "30/6" as "trước 30/6". */
export const DEADLINE_CUES = ['', 'trong ', 'trước '] as const;

/** The completion document of an imported completed task when the sheet names none (decision 023 asks for one). */
export const IMPORTED_COMPLETION = 'Theo bảng theo dõi nhập từ tệp';

/** The note on an imported task's "created" entry. */
export const IMPORTED_NOTE = (file: string) => `Nhập từ bảng theo dõi "${file}".`;

/**
 * How an agency's name starts (folded: no accents or case), so that a lead or coordinator cell is split at a comma
 * only before another name: "Bộ Tài chính, Bộ Tư pháp" is two agencies, "Bộ Văn hóa, Thể thao và Du lịch" and "UBND
 * các tỉnh, thành phố" are one each (the words of a place alone, "tỉnh", "thành phố", do not start a name here).
 */
export const AGENCY_NAME_STARTS: readonly string[] = [
  'bo',
  'so',
  'ubnd',
  'uy ban',
  'hdnd',
  'hoi dong',
  'ban',
  'van phong',
  'cuc',
  'tong cuc',
  'vu',
  'tinh uy',
  'thanh uy',
  'huyen uy',
  'dang uy',
  'cong an',
  'quan khu',
  'truong',
  'vien',
  'ngan hang',
  'tap doan',
  'tong cong ty',
  'cong ty',
  'dai',
  'bao',
  'kho bac',
  'chi cuc',
  'trung tam',
  'hoi',
  'lien doan',
  'lien minh',
  'mat tran',
  'ubmttq',
  'mttq',
  'doan',
  'toa an',
  'thanh tra',
  'kiem toan',
  'bao hiem',
  'bhxh',
  'phong',
  'hoc vien',
  'benh vien',
  'chinh phu',
  'quoc hoi',
  'thong tan xa',
  'cac',
];
