import type { RecurrencePeriod } from '@/db/schema';
import { allMatches } from '@/lib/text';
import { foldForMatching } from './agency-matcher';

export type ParsedDeadline =
  | { kind: 'dated'; dueDate: string /* YYYY-MM-DD, a Vietnam calendar date */; phrase: string }
  | { kind: 'urgent'; phrase: string }
  | { kind: 'recurring'; period: RecurrencePeriod; phrase: string }
  | null;

/**
 * A dated phrase found in the text; `dueDate` is null when the date does not exist (31/02). `period`:
 * "trong tháng/quý/năm …" names a period, which may describe the work's scope rather than its due date.
 */
/**
 * `period`: a span ("trong năm 2025") that may only describe the work's scope; `until`: "đến hết năm 2025", which
 * more often says how long something lasts than by when it is due, so it is taken only when nothing else is dated.
 */
/** `writtenDate`: the day as written, when its year was read as a slip (yearSlipCorrected). */
export type DatedPhrase = {
  index: number;
  phrase: string;
  dueDate: string | null;
  period: boolean;
  until?: true;
  writtenDate?: string;
};

// Every pattern runs on folded text (lower case, no accents: see foldForMatching).
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const DAY_MONTH_SEP = String.raw`(?:\s*[/.-]\s*|\s+thang\s+)`;
const MONTH_YEAR_SEP = String.raw`(?:\s*[/.-]\s*|\s+nam\s+)`;
const NO_MORE_DIGITS = String.raw`(?![\d/])`;
/** A document's number, folded: "178/2026/nd-cp", "15/ct-ttg". */
const DOCUMENT_NUMBER = String.raw`\d+(?:/\d{4})?/[a-z0-9.&-]*[a-z][a-z0-9.&-]*`;
/**
 * A deadline set out as a label: "Thời hạn: …", "Thời hạn hoàn thành: …", "Thời gian hoàn thành: …", "Hạn chót: …"
 * (the colon may be left out). "Thời gian: …" alone is a meeting's time, not a deadline.
 */
const DEADLINE_LABEL = String.raw`(?:thoi han|han chot|han hoan thanh|thoi gian (?:hoan thanh|thuc hien|trinh|bao cao|gui bao cao))(?:\s+(?:hoan thanh|thuc hien))?(?:\s*:)?`;
/** Words that make a date a deadline; a bare date is usually a meeting or a document's date. */
const DEADLINE_CUE = String.raw`(?:truoc|(?:cham|muon) nhat(?: (?:la|den|vao))?|khong (?:muon|cham) hon|${DEADLINE_LABEL})`;

/** "trước 17 giờ ngày 23/9/2025", "chậm nhất 12h00 ngày …", "trước 9 giờ 30 ngày …": the hour is left out, the day kept. */
const TIME_OF_DAY = String.raw`(?:\s+\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?,?)?`;
/** "trước ngày Quốc khánh 02/9/2025", "trước ngày khai giảng 05/9": the day's name between "ngày" and its date. */
const DAY_NAME = String.raw`(?:\s+(?!so${WORD_END})[a-z]+){0,4}`;
const ON_OR_BEFORE_DAY = new RegExp(
  `${WORD_START}(?:${DEADLINE_CUE}(?:${TIME_OF_DAY}\\s+ngay${DAY_NAME})?|(?:vao|trong|(?:den|toi)(?:\\s+het)?)\\s+ngay)\\s+(\\d{1,2})${DAY_MONTH_SEP}(\\d{1,2})(?:${MONTH_YEAR_SEP}(\\d{4}))?${NO_MORE_DIGITS}`,
  'gu',
);
const WITHIN_MONTH = new RegExp(
  `${WORD_START}(?:trong|cuoi)\\s+thang\\s+(\\d{1,2})(?:${MONTH_YEAR_SEP}(\\d{4}))?${NO_MORE_DIGITS}`,
  'gu',
);
/** "quý" needs "trong", a deadline label or a year: "kết quả quý I" alone is a reference, not a deadline. */
const WITHIN_QUARTER = new RegExp(
  `${WORD_START}(trong\\s+|${DEADLINE_LABEL}\\s*)?quy\\s+(iv|i{1,3}|[1-4])${WORD_END}(?:${MONTH_YEAR_SEP}(\\d{4}))?${NO_MORE_DIGITS}`,
  'gu',
);
/**
 * "trong năm 2025"; a plan's years, "(bố trí vốn) trong kế hoạch năm 2010", "trong kế hoạch các năm 2009 và 2010",
 * "trong các năm 2024, 2025": the end of the last year named (session 36, vpcp-ttg-927-2008).
 */
const WITHIN_YEAR = new RegExp(
  `${WORD_START}trong\\s+(?:ke\\s+hoach\\s+)?(?:cac\\s+)?nam\\s+(\\d{4})(?:(?:\\s*,\\s*|\\s+va\\s+)(\\d{4}))*${NO_MORE_DIGITS}`,
  'gu',
);
/** "phấn đấu đến hết năm 2025 …", "đến hết tháng 6/2026": by the end of that year or month. */
const BY_END_OF = new RegExp(
  `${WORD_START}(?:cho\\s+)?den\\s+het\\s+(?:nam\\s+(\\d{4})|thang\\s+(\\d{1,2})(?:${MONTH_YEAR_SEP}(\\d{4}))?)${NO_MORE_DIGITS}`,
  'gu',
);
/** "tính đến ngày …" (as of), "từ ngày … đến ngày …" (a span): "đến" there does not set a deadline. */
const NOT_BY =
  /(?:tinh|tu(?:\s+|(?=ngay|nam|thang|quy))(?:ngay|nam|thang|quy)?\s*[\divx/.\s]+(?:thang\s+\d+\s+)?(?:nam\s+\d+\s+)?)\s*$/u;

/** "trước tháng 10/2024": by the end of the month before. */
const BEFORE_MONTH = new RegExp(
  `${WORD_START}truoc\\s+thang\\s+(\\d{1,2})(?:${MONTH_YEAR_SEP}(\\d{4}))?${NO_MORE_DIGITS}`,
  'gu',
);
/** "trình Chính phủ tại Phiên họp Chính phủ thường kỳ tháng 8 năm 2024": by that month's regular meeting. */
const AT_MONTHLY_MEETING = new RegExp(
  `${WORD_START}phien hop (?:chinh phu )?thuong ky thang\\s+(\\d{1,2})(?:${MONTH_YEAR_SEP}(\\d{4}))?${NO_MORE_DIGITS}`,
  'gu',
);
/** "trong năm nay": the notice's year. */
const THIS_YEAR = new RegExp(`${WORD_START}trong\\s+nam\\s+nay${WORD_END}`, 'gu');
/** "trong thời hạn 15 ngày (làm việc) kể từ ngày ký Thông báo này": counted from the notice's date. */
const DAYS_FROM_NOTICE = new RegExp(
  `${WORD_START}(?:trong|trong vong|trong thoi han|cham nhat(?: la)?|khong qua)\\s+(\\d{1,3})\\s+ngay(\\s+lam viec)?\\s+(?:ke )?tu\\s+(?:ngay\\s+)?(?:ky|ban hanh|nhan duoc)\\s+(?:thong bao|van ban|cong van)\\s+nay`,
  'gu',
);
/**
 * "trong thời hạn 06 tháng, kể từ ngày Nghị định số 178/2026/NĐ-CP có hiệu lực thi hành": a span counted from the day a
 * document the notice cites takes effect, which the notice states elsewhere ("… Nghị định số 178/2026/NĐ-CP, có hiệu
 * lực thi hành từ ngày 06/7/2026"; effectiveDates). The document's number is group 4.
 */
const SPAN_FROM_EFFECT = new RegExp(
  `${WORD_START}(?:trong|trong vong|trong thoi han|cham nhat(?: la)?|khong qua)\\s+(\\d{1,3})\\s+(ngay|thang|nam)(\\s+lam viec)?\\s*,?\\s+(?:ke\\s+)?tu\\s+ngay\\s+[^.;:]{0,60}?(${DOCUMENT_NUMBER})[^.;:]{0,30}?\\sco hieu luc${WORD_END}`,
  'gu',
);
/** "… có hiệu lực thi hành từ ngày 06/7/2026", "… có hiệu lực kể từ ngày 01 tháng 7 năm 2025": the day; its document is the number before it. */
const TAKES_EFFECT = new RegExp(
  `${WORD_START}co hieu luc(?:\\s+thi hanh)?\\s+(?:(?:ke\\s+)?tu\\s+)?ngay\\s+(\\d{1,2})${DAY_MONTH_SEP}(\\d{1,2})${MONTH_YEAR_SEP}(\\d{4})${NO_MORE_DIGITS}`,
  'gu',
);

/**
 * The days the documents a notice names take effect, as it states them ("Nghị định số 178/2026/NĐ-CP …, có hiệu lực
 * thi hành từ ngày 06/7/2026"), by the document's folded number: the last number within 200 characters before the
 * statement.
 */
export function effectiveDates(text: string): Map<string, string> {
  const { folded } = foldForMatching(text);
  const dates = new Map<string, string>();
  for (const m of allMatches(folded, TAKES_EFFECT)) {
    const date = validDate(Number(m[3]), Number(m[2]), Number(m[1]));
    const before = [...folded.slice(Math.max(0, m.index - 200), m.index).matchAll(new RegExp(DOCUMENT_NUMBER, 'gu'))];
    if (date && before.length > 0) dates.set(before.at(-1)![0], date);
  }
  return dates;
}

/** `months` months (or years) after `from`, on the same day of the month (the month's last day when it has fewer). */
function afterMonths(from: string, months: number): string {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return isoDate(y, m, Math.min(day, lastDayOfMonth(y, m)));
}

/**
 * "chuẩn bị để Thủ tướng ký Bản ghi nhớ trong chuyến thăm … từ ngày 15 đến ngày 17 tháng 11 năm 2009", "chuẩn bị nội dung
 * cho Hội nghị diễn ra từ ngày 05/8 đến ngày 07/8/2024": work that prepares a visit or an event is due when it opens, its
 * first day. Not in a purpose clause ("Để chuẩn bị chuyến thăm … từ ngày …, Bộ X khẩn trương …"), where the dates are
 * the occasion, not when the work told is due.
 */
const PREPARED_EVENT_START = new RegExp(
  `${WORD_START}tu\\s*ngay(?<=(?<!(?:^|[^\\p{L}])de\\s)chuan bi(?![\\p{L}])[^.;:]{0,200}?(?:chuyen (?:tham|cong tac)|hoi nghi|hoi thao|dien dan|ky hop|dai hoi|le (?:ky|ky niem|khanh thanh|khoi cong)|su kien|hoi cho|trien lam|phien hop)(?![\\p{L}])[^.;:]{0,160}?tu\\s*ngay)` +
    `\\s+(\\d{1,2})(?:${DAY_MONTH_SEP}(\\d{1,2}))?\\s+den\\s+(?:het\\s+)?ngay\\s+\\d{1,2}${DAY_MONTH_SEP}(\\d{1,2})${MONTH_YEAR_SEP}(\\d{4})${NO_MORE_DIGITS}`,
  'gu',
);

/** "trong 6 tháng đầu năm 2025", "6 tháng cuối năm 2025", "nửa đầu năm 2025": a half of a year. */
const WITHIN_HALF_YEAR = new RegExp(
  `${WORD_START}(?:trong\\s+)?(?:(?:6|sau)\\s+thang|nua)\\s+(dau|cuoi)\\s+nam\\s+(\\d{4})${NO_MORE_DIGITS}`,
  'gu',
);
/**
 * A milestone "Tháng 7 năm 2010: …" or "Năm 2026: …" (a month or a year, then a colon) opening the text
 * or a clause; "Nhiệm vụ trọng tâm năm 2026:" is a heading's scope, not a milestone.
 */
const MILESTONE = new RegExp(
  `(?=thang\\s|nam\\s)(?<=^[\\s\\-+•*]*|[.;:]\\s*)(?:thang\\s+(\\d{1,2})${MONTH_YEAR_SEP}|nam\\s+)(\\d{4})\\s*:`,
  'gu',
);
/**
 * "các nhiệm vụ quá hạn chưa hoàn thành năm 2022", "đã hoàn thành năm 2024", "chậm hoàn thành tháng 9": completion denied
 * or told as a state describes the things named, not when this work is due.
 */
const DONE_AS_A_STATE = String.raw`(?<!(?<![\p{L}])(?:chua|khong|da|cham)\s)`;
/** "hoàn thành năm 2026", "phấn đấu hoàn thành trước năm 2027", "Thời hạn: năm 2026": a bare year so set. */
const DONE_BY_YEAR = new RegExp(
  `${WORD_START}(?:${DONE_AS_A_STATE}hoan thanh|${DEADLINE_LABEL})(?:\\s+(?:truoc|vao|cuoi))?\\s+nam\\s+(\\d{4})${NO_MORE_DIGITS}`,
  'gu',
);
/**
 * "Thời hạn: tháng 12/2025", "hoàn thành tháng 12/2025", "hoàn thành vào tháng 12 năm 2025": a month so set is the
 * deadline (its last day). So is the month a submission is made in: "trình Chính phủ vào tháng 10/2007", "báo cáo Thủ
 * tướng Chính phủ vào tháng 6 năm 2025" (a web copy glues "vàotháng"). "tổ chức Hội nghị vào tháng 12" alone says when,
 * not by when.
 */
const SUBMITTED_IN = String.raw`(?:trinh|bao cao)(?:\s+[^.;:,\d]{1,60}?)?\s+vao\s*`;
/**
 * "… tổ chức Hội nghị sơ kết 3 năm thực hiện Đề án với 6 tỉnh vào tháng 11 năm 2013" told to a body among its other work:
 * the event is what it must deliver, and its month (with its year, written) is when by. A month without a year stays when
 * an event takes place ("tổ chức Hội nghị vào tháng 12"), and so does a month an approval names ("Đồng ý … tổ chức Hội
 * nghị trong tháng 01 năm 2008": not "vào", and not a work given).
 */
const ORGANISED_IN = String.raw`to chuc(?<!(?:dong y|nhat tri|chap thuan|cho phep)[^.;:]{0,80}to chuc)\s+[^.;:,]{1,80}?\s+vao\s*(?=thang\s+\d{1,2}${MONTH_YEAR_SEP}\d{4})`;
const DONE_BY_MONTH = new RegExp(
  `${WORD_START}(?:${DONE_AS_A_STATE}hoan thanh(?:\\s+vao)?|${DEADLINE_LABEL}|${SUBMITTED_IN}|${ORGANISED_IN})\\s*thang\\s+(\\d{1,2})(?:${MONTH_YEAR_SEP}(\\d{4}))?${NO_MORE_DIGITS}`,
  'gu',
);

const RECURRING: ReadonlyArray<readonly [RecurrencePeriod, RegExp]> = [
  ['monthly', new RegExp(`${WORD_START}(?:dinh ky\\s+)?(?:hang|moi)\\s+thang${WORD_END}`, 'u')],
  ['quarterly', new RegExp(`${WORD_START}(?:dinh ky\\s+)?(?:hang|moi)\\s+quy${WORD_END}(?!\\s+dinh)`, 'u')],
  // "trước ngày 20 của tháng cuối quý": a day of each quarter
  [
    'quarterly',
    new RegExp(`${WORD_START}thang cuoi (?:cua\\s+)?(?:moi\\s+)?quy${WORD_END}(?!\\s+(?:dinh|hoach|che|trinh))`, 'u'),
  ],
  ['yearly', new RegExp(`${WORD_START}(?:dinh ky\\s+)?(?:hang|moi)\\s+nam${WORD_END}`, 'u')],
  /**
   * A report named by its period: "Báo cáo 6 tháng", "báo cáo 6 tháng/năm", "báo cáo năm", "định kỳ 6 tháng", "6
   * tháng một lần". The half-year report is made once a year (the domain has no half-year period): yearly. "báo cáo 6
   * tháng đầu năm 2025", "báo cáo năm 2025" name a period's results, not a recurrence.
   */
  [
    'yearly',
    new RegExp(
      `${WORD_START}(?:(?:bao cao|dinh ky)\\s+(?:dinh ky\\s+)?(?:(?:0?6|sau)\\s+thang(?:\\s*(?:\\/|,|va)\\s*(?:hang\\s+)?nam)?|nam)` +
        `${WORD_END}(?!\\s*(?:dau|cuoi|nay|hoc|ke|tu|toi|qua|truoc|\\d))|(?:0?6|sau)\\s+thang\\s+(?:mot|1)\\s+lan${WORD_END})`,
      'u',
    ),
  ],
];
/** "trước ngày 05/7": a day without a year, which in an item that names a recurrence is that day of each period. */
const YEARLESS_DAY = /(?:^|\s)\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2}$/iu;
const STANDING = new RegExp(`${WORD_START}thuong xuyen${WORD_END}`, 'u');
/**
 * "kịp thời" (in good time) is not urgency; "sớm" is, but not "sớm hơn" (earlier than). A web copy glues "khẩntrương".
 */
const URGENT = new RegExp(`${WORD_START}(?:khan ?truong|ngay|som(?!\\s+hon))${WORD_END}`, 'gu');
/** "mỗi tháng đạt tối thiểu 20%", "bình quân hằng năm": a rate, not a recurring task. */
const RATE_BEFORE = /(?:binh quan|trung binh|tang|giam)\s*$/u;
/** "kế hoạch 5 năm và hằng năm", "trung hạn và hằng năm": a kind of plan, not a recurring task. */
const PLAN_SPAN_BEFORE = /(?:(?<!\d)\d{1,3}\s+nam|trung han|dai han|giai doan)\s*(?:,|va)\s*$/u;
/**
 * "nhiệm vụ hằng năm", "khuôn khổ hợp tác ODA hàng năm", "trước mùa mưa hàng năm": the year's tasks, cooperation or
 * season, a kind of thing rather than work to be done each year ("cấp hàng năm", "báo cáo … hằng năm" are).
 */
const YEARLY_THING_BEFORE = /(?:^|\s)(?:nhiem vu|hop tac(?: \p{L}+){0,2}|mua (?:mua|lu|kho|mua bao)|chi tieu)\s*$/u;
const RATE_AFTER =
  /^[^.;:]{0,40}?(?:\d+(?:[.,]\d+)?\s*%|\b(?:dat|tang|giam)\s+(?:toi thieu|toi da|it nhat|khoang|tren|duoi|\d))/u;

const EVERY_PERIOD_AFTER = /^\s*(?:cua\s+)?(?:hang|moi)\s+(?:nam|thang|quy)(?![\p{L}])/u;
const TOLD_IN_THE_PAST = /(?:^|[^\p{L}])(?:da|duoc)(?:\s+\p{L}+){0,4}\s*$/u;
/**
 * "không tổ chức kiểm tra định kỳ trong năm 2020", "Chưa thực hiện điều chỉnh tăng giá trong Quý I": a period in a clause
 * that says "không"/"chưa" is when the work is not to be done, not its deadline ("không muộn hơn" is a deadline's cue,
 * and "không để chậm trễ" in a clause of its own negates nothing here).
 */
const NOT_DONE_BEFORE = /(?:^|[^\p{L}])(?:khong|chua)\s(?!(?:muon|cham)\s+hon)[^.;:,]*$/u;

/**
 * "… để chủ động trước dự báo tình hình khô, hạn trong năm 2019", "nhằm ứng phó với tình hình hạn hán trong mùa khô năm
 * 2020", "phục vụ sản xuất trong năm 2026": a period inside a clause of purpose, forecast or situation is what the work
 * is for, not when it is due ("… hoàn thành trong năm 2019" is).
 */
const SCOPE_BEFORE =
  /(?:^|[^\p{L}])(?:de chu dong|nham|phuc vu|du bao|tinh hinh)(?![\p{L}])(?:(?!hoan thanh|bao cao|trinh(?![\p{L}]))[^.;:]){0,60}$/u;

/**
 * "rà soát lại các nhiệm vụ … có thời hạn hoàn thành trong năm 2025", "các dự án có thời hạn trong quý IV": "có thời
 * hạn" gives a period to the things named before it (the tasks to review), so it is their due time, not this work's.
 */
const DUE_TIME_OF_A_NOUN_BEFORE = /(?:^|[^\p{L}])co (?:thoi )?han(?: hoan thanh)?\s*$/u;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

function validDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
  return isoDate(year, month, day);
}

/** `days` days after `from` (working days skip Saturdays and Sundays; public holidays are not known here). */
function afterDays(from: string, days: number, working: boolean): string {
  const at = new Date(`${from}T00:00:00Z`);
  for (let left = days; left > 0;) {
    at.setUTCDate(at.getUTCDate() + 1);
    if (!working || (at.getUTCDay() !== 0 && at.getUTCDay() !== 6)) left--;
  }
  return at.toISOString().slice(0, 10);
}

/** A date phrase without a year means the next such date on or after the notice date. */
function withYear(explicitYear: string | undefined, onDate: string, dateIn: (year: number) => string | null) {
  if (explicitYear) return dateIn(Number(explicitYear));
  const year = Number(onDate.slice(0, 4));
  const thisYear = dateIn(year);
  return thisYear === null || thisYear >= onDate ? thisYear : dateIn(year + 1);
}

const QUARTER_NUMBER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

type DateReader = {
  pattern: RegExp;
  read: (m: RegExpExecArray, onDate: string) => string | null | undefined;
  period?: true;
  until?: true;
};

/** Each reader returns the due date, null for an impossible date, or undefined for "not a deadline". */
const DATE_READERS: DateReader[] = [
  {
    pattern: ON_OR_BEFORE_DAY,
    read: ([, day, month, year], onDate) => withYear(year, onDate, (y) => validDate(y, Number(month), Number(day))),
  },
  {
    pattern: WITHIN_MONTH,
    read: ([, month, year], onDate) =>
      withYear(year, onDate, (y) => validDate(y, Number(month), lastDayOfMonth(y, Number(month)))),
    period: true,
  },
  {
    pattern: WITHIN_QUARTER,
    read: ([, within, quarter, year], onDate) => {
      if (!within && !year) return undefined;
      const lastMonth = QUARTER_NUMBER[quarter!]! * 3;
      return withYear(year, onDate, (y) => validDate(y, lastMonth, lastDayOfMonth(y, lastMonth)));
    },
    period: true,
  },
  {
    pattern: BEFORE_MONTH,
    read: ([, month, year], onDate) =>
      withYear(year, onDate, (y) => {
        const m = Number(month);
        if (m < 1 || m > 12) return null;
        return m === 1 ? isoDate(y - 1, 12, 31) : isoDate(y, m - 1, lastDayOfMonth(y, m - 1));
      }),
  },
  {
    pattern: AT_MONTHLY_MEETING,
    read: ([, month, year], onDate) =>
      withYear(year, onDate, (y) => validDate(y, Number(month), lastDayOfMonth(y, Number(month)))),
  },
  { pattern: THIS_YEAR, read: (_, onDate) => isoDate(Number(onDate.slice(0, 4)), 12, 31), period: true },
  {
    pattern: DAYS_FROM_NOTICE,
    read: ([, days, working], onDate) => afterDays(onDate, Number(days), working !== undefined),
  },
  {
    pattern: PREPARED_EVENT_START,
    read: ([, day, month, endMonth, year]) => validDate(Number(year), Number(month ?? endMonth), Number(day)),
  },
  {
    pattern: WITHIN_HALF_YEAR,
    read: ([, half, year]) => (half === 'dau' ? isoDate(Number(year), 6, 30) : isoDate(Number(year), 12, 31)),
    period: true,
  },
  { pattern: WITHIN_YEAR, read: ([, year, lastYear]) => isoDate(Number(lastYear ?? year), 12, 31), period: true },
  {
    pattern: MILESTONE,
    read: ([, month, year]) =>
      month
        ? validDate(Number(year), Number(month), lastDayOfMonth(Number(year), Number(month)))
        : isoDate(Number(year), 12, 31),
  },
  { pattern: DONE_BY_YEAR, read: ([, year]) => isoDate(Number(year), 12, 31) },
  {
    pattern: BY_END_OF,
    read: ([, year, month, monthYear], onDate) =>
      year
        ? isoDate(Number(year), 12, 31)
        : withYear(monthYear, onDate, (y) => validDate(y, Number(month), lastDayOfMonth(y, Number(month)))),
    period: true,
    until: true,
  },
  {
    pattern: DONE_BY_MONTH,
    read: ([, month, year], onDate) =>
      withYear(year, onDate, (y) => validDate(y, Number(month), lastDayOfMonth(y, Number(month)))),
  },
];

const phraseAt = (text: string, at: number[], start: number, end: number) => text.slice(at[start], at[end]).trim();

/**
 * "hoàn thành trước ngày 21/11/2022" in a letter of 14/11/2023, "trước ngày 05/01/2025" in one of 29/12/2025: a
 * deadline ("trước", "chậm nhất") already past when the letter is dated, whose day falls within a month after the letter
 * one year on, is a slip of the year, read as that day. Not a day told in the past ("đã được giao hoàn thành trước ngày …"), nor one further off, which the
 * letter may recall as an earlier deadline.
 */
const YEAR_SLIP_WINDOW_DAYS = 31;
function yearSlipCorrected(m: RegExpExecArray, dueDate: string, onDate: string, before: string): string | null {
  if (dueDate >= onDate || /^(?:vao|trong|(?:cho )?den)/u.test(m[0]) || TOLD_IN_THE_PAST.test(before)) return null;
  const year = Number(onDate.slice(0, 4));
  if (Number(m[3]) !== year - 1 && Number(m[3]) !== year) return null;
  // the next such day after the letter: in its own year, or at a year's end in the next ("05/01/2025" on 29/12/2025)
  const corrected = [Number(m[3]) + 1, Number(m[3]) + 2]
    .map((y) => validDate(y, Number(m[2]), Number(m[1])))
    .find((d): d is string => d !== null && d >= onDate);
  if (!corrected) return null;
  const days = (Date.parse(corrected) - Date.parse(onDate)) / 86_400_000;
  return days <= YEAR_SLIP_WINDOW_DAYS ? corrected : null;
}

/** The month's last day one year on, when the written year is the letter's year less one and it falls within a month after the letter. */
function monthYearSlipCorrected(month: number, year: number, onDate: string): string | null {
  if (year !== Number(onDate.slice(0, 4)) - 1 || month < 1 || month > 12) return null;
  const corrected = isoDate(year + 1, month, lastDayOfMonth(year + 1, month));
  const days = (Date.parse(corrected) - Date.parse(onDate)) / 86_400_000;
  return days >= 0 && days <= YEAR_SLIP_WINDOW_DAYS ? corrected : null;
}

/** Every dated deadline phrase in `text`, in reading order. */
/**
 * `onDate`: the day a date without a year is read from (the notice's date). `periodsEndAfter` (a notice's date): a
 * period ("trong quý I/2025", "trong năm 2024") that ends before that day is the scope of what is told, not when it is
 * due ("báo cáo kết quả thực hiện trong quý I/2025" in a notice of May). A backlog cell leaves it out: an overdue task's
 * "Quý I/2025" is its deadline.
 */
/**
 * ", nhưng đến nay …", ", nhưng đến thời điểm này …", ", nhưng hiện nay …": what follows a deadline recalled as missed.
 * Not "… nhưng chưa thực hiện" alone: "Sở X đã được giao hoàn thành trước ngày 20/12/2024 nhưng chưa thực hiện" keeps
 * the day set as its deadline (session 17-1), a reminder of the body's own overdue work.
 */
const MISSED_AFTER = /^\s*,?\s*nhung\s+(?:den nay|den thoi diem nay|hien nay)(?![\p{L}])/u;

/** `effectiveDates`: the days the documents the notice names take effect, by folded number (effectiveDates). */
type ReadOptions = {
  onDate: string;
  /**
   * false: a year is taken as written. A letter's "trước ngày 15/3/2019" of March 2020 is a slip of its year, but a
   * tracking table's deadline cell, read on the day of its import, may well be a year behind (a task long overdue).
   */
  yearSlips?: boolean;
  periodsEndAfter?: string;
  standingIsRecurring?: boolean;
  effectiveDates?: ReadonlyMap<string, string>;
};

export function findDatedPhrases(text: string, options: ReadOptions): DatedPhrase[] {
  const { folded, at } = foldForMatching(text);
  const found: DatedPhrase[] = [];
  for (const { pattern, read, period, until } of DATE_READERS) {
    for (const m of allMatches(folded, pattern)) {
      let dueDate = read(m, options.onDate);
      let writtenDate: string | undefined;
      if (dueDate === undefined) continue;
      // "tới ngày" (until) folds as "tối ngày" (the evening of) does: only the first sets a deadline
      if (/^toi /u.test(m[0]) && !/^tới/iu.test(text.slice(at[m.index], at[m.index + 3]).normalize('NFC'))) continue;
      // "cuộc họp đã diễn ra vào ngày …": a date told in the past is not a deadline
      if (/^(?:vao|trong) /u.test(m[0]) && TOLD_IN_THE_PAST.test(folded.slice(Math.max(0, m.index - 40), m.index)))
        continue;
      // "tại cuộc họp vào ngày 10/8/2025" in a notice of September: a day said with "vào" that is already past when
      // the notice is dated is when something took place (a deadline is said with "trước", "chậm nhất").
      if (/^vao /u.test(m[0]) && dueDate !== null && dueDate < options.onDate) continue;
      // "Đến ngày 31/5, tỷ lệ giải ngân đạt 28,5%" in a notice of June: a day without a year, said with "đến" or "vào",
      // that has passed in the notice's own year is the day figures are given as of (or when something took place),
      // not a deadline a year ahead.
      if (pattern === ON_OR_BEFORE_DAY && !m[3] && /^(?:cho )?(?:den|toi|vao) /u.test(m[0])) {
        const inNoticeYear = validDate(Number(options.onDate.slice(0, 4)), Number(m[2]), Number(m[1]));
        if (inNoticeYear !== null && inNoticeYear < options.onDate) continue;
      }
      // "đến (hết) ngày …", "(lùi thời hạn) tới ngày …": a deadline ahead of the notice, not "tính đến ngày" (as of) nor
      // the end of a span.
      if (/^(?:cho )?(?:den|toi) /u.test(m[0])) {
        if (dueDate !== null && dueDate < options.onDate) continue;
        if (NOT_BY.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
      }
      // "… đề nghị Cục X ban hành hướng dẫn trước ngày 05/02/2026, nhưng đến nay chưa …": a deadline recalled as missed
      // (someone else's, set before) is what went wrong, not when the work told now is due.
      if (MISSED_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      // "báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2019" in a letter of 4 March 2020: a month a year behind the
      // letter's own, that would be this month or the next in the letter's year, is a slip of the year, as for a day
      if (
        pattern === WITHIN_MONTH &&
        m[2] &&
        dueDate !== null &&
        dueDate < options.onDate &&
        options.yearSlips !== false
      ) {
        const corrected = monthYearSlipCorrected(Number(m[1]), Number(m[2]), options.onDate);
        if (corrected && !TOLD_IN_THE_PAST.test(folded.slice(Math.max(0, m.index - 40), m.index)))
          [writtenDate, dueDate] = [dueDate, corrected];
      }
      if (period && options.periodsEndAfter && dueDate !== null && dueDate < options.periodsEndAfter) continue;
      if (period && NOT_DONE_BEFORE.test(folded.slice(Math.max(0, m.index - 120), m.index))) continue;
      if (period && SCOPE_BEFORE.test(folded.slice(Math.max(0, m.index - 80), m.index))) continue;
      if (period && RUNS_ON_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      if (period && DUE_TIME_OF_A_NOUN_BEFORE.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "trước ngày 30/6 hằng năm": a day of every year (or month) is a recurring deadline, read as such below.
      if (pattern === ON_OR_BEFORE_DAY && !m[3] && EVERY_PERIOD_AFTER.test(folded.slice(m.index + m[0].length)))
        continue;
      if (pattern === ON_OR_BEFORE_DAY && m[3] && dueDate && options.yearSlips !== false) {
        const corrected = yearSlipCorrected(
          m,
          dueDate,
          options.onDate,
          folded.slice(Math.max(0, m.index - 40), m.index),
        );
        if (corrected) [writtenDate, dueDate] = [dueDate, corrected];
      }
      const phrase = phraseAt(text, at, m.index, m.index + m[0].length).replace(/\s*:$/u, '');
      if (found.some((f) => f.index === at[m.index])) continue; // "hoàn thành trong năm 2025" read once
      found.push({
        index: at[m.index]!,
        phrase,
        dueDate,
        period: period === true,
        ...(until ? { until } : {}),
        ...(writtenDate ? { writtenDate } : {}),
      });
    }
  }
  if (options.effectiveDates?.size)
    for (const m of allMatches(folded, SPAN_FROM_EFFECT)) {
      const from = options.effectiveDates.get(m[4]!);
      if (!from || found.some((f) => f.index === at[m.index])) continue;
      const count = Number(m[1]);
      const dueDate =
        m[2] === 'ngay'
          ? afterDays(from, count, m[3] !== undefined)
          : afterMonths(from, m[2] === 'nam' ? count * 12 : count);
      const phrase = phraseAt(text, at, m.index, m.index + m[0].length);
      found.push({ index: at[m.index]!, phrase, dueDate, period: false });
    }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * "phấn đấu nâng cao chỉ số … trong năm 2018 và những năm tiếp theo", "trong năm 2025 và các năm sau": a period that runs
 * on into the years after it is an aim with no end, not when the work is due (session 32).
 */
const RUNS_ON_AFTER =
  /^\s*(?:,\s*)?(?:va|cung nhu)\s+(?:nhung|cac)\s+nam\s+(?:tiep theo|tiep sau|ke tiep|sau(?![\p{L}]))/u;

/**
 * The phrase that sets the deadline: the first day-precise or milestone phrase ("trước ngày …",
 * "Tháng 7 năm 2010:"), which is tied to the deliverable, else the first period ("trong năm 2025"),
 * which may only describe the work's scope.
 */
export function deadlinePhrase(dated: readonly DatedPhrase[]): DatedPhrase | undefined {
  return dated.find((d) => !d.period) ?? dated.find((d) => !d.until) ?? dated[0];
}

/**
 * "ngay" means "at once" only when written without accents and not before a number ("ngày 15"), "từ" ("ngay từ
 * đầu năm": from the very start) nor a word of place or stress ("ngay tại bến", "ngay cả khi"). An urgency told in the past ("các Bộ đã khẩn trương triển khai") is not one.
 */
function firstUrgentPhrase(text: string, folded: string, at: number[]): string | null {
  for (const m of allMatches(folded, URGENT)) {
    const phrase = phraseAt(text, at, m.index, m.index + m[0].length);
    if (
      m[0] === 'ngay' &&
      (!/^ngay$/i.test(phrase) ||
        /^\s*(?:\d|tu(?![\p{L}]))/u.test(folded.slice(m.index + 4)) ||
        // "ngay tại bến", "ngay trên địa bàn", "ngay cả khi": "right at", "even", a place or a stress, not "at once"
        // (session 35, decision 083)
        /^\s*(?:tai|tren|duoi|ben|canh|giua|ca)(?![\p{L}])/u.test(folded.slice(m.index + 4)))
    )
      continue;
    if (URGENCY_TOLD_IN_THE_PAST.test(folded.slice(Math.max(0, m.index - 20), m.index))) continue;
    return phrase;
  }
  return null;
}
const URGENCY_TOLD_IN_THE_PAST = /(?:^|[^\p{L}])(?:da|dang|duoc)\s+(?:(?:rat|tich cuc|chu dong)\s+)?$/u;

/**
 * The deadline a conclusion sets. Precedence: an explicit date (even beside "khẩn trương"), then a
 * named period ("hằng quý"), then "thường xuyên" (yearly), then an urgent word. An impossible date
 * gives null rather than a guess. `standingIsRecurring: false` (a notice's sentences): "thường xuyên kiểm tra,
 * đánh giá" says how the work is done, not a period it is due in; only a backlog's deadline cell "Thường xuyên"
 * names one.
 */
export function parseDeadline(text: string, options: ReadOptions): ParsedDeadline {
  try {
    const all = findDatedPhrases(text, options);
    const dated = deadlinePhrase(all);
    const { folded, at } = foldForMatching(text);
    const named = namedPeriod(text, folded, at);
    // "Báo cáo 6 tháng: … gửi Sở Tài chính trước ngày 05/7": the day of each year's report, not next 5 July only.
    if (dated && named && all.every((d) => !d.period && YEARLESS_DAY.test(d.phrase))) return named;
    if (dated) return dated.dueDate ? { kind: 'dated', dueDate: dated.dueDate, phrase: dated.phrase } : null;
    if (named) return named;
    const standing = options.standingIsRecurring === false ? null : STANDING.exec(folded);
    if (standing) {
      const phrase = phraseAt(text, at, standing.index, standing.index + standing[0].length);
      return { kind: 'recurring', period: 'yearly', phrase };
    }
    const urgent = firstUrgentPhrase(text, folded, at);
    return urgent ? { kind: 'urgent', phrase: urgent } : null;
  } catch {
    return null; // never fail a paste over a deadline
  }
}

/** The first period the text names ("hằng quý", "Báo cáo 6 tháng"), unless it is a rate or a kind of plan. */
function namedPeriod(text: string, folded: string, at: number[]): ParsedDeadline {
  const isRate = (m: RegExpExecArray) =>
    RATE_BEFORE.test(folded.slice(0, m.index)) ||
    PLAN_SPAN_BEFORE.test(folded.slice(Math.max(0, m.index - 40), m.index)) ||
    (/nam$/u.test(m[0]) && YEARLY_THING_BEFORE.test(folded.slice(Math.max(0, m.index - 40), m.index))) ||
    RATE_AFTER.test(folded.slice(m.index + m[0].length));
  const periods = RECURRING.map(([period, pattern]) => ({ period, m: pattern.exec(folded) })).map((p) =>
    p.m && isRate(p.m) ? { ...p, m: null } : p,
  );
  const [first] = periods.filter((p) => p.m).sort((a, b) => a.m!.index - b.m!.index);
  if (!first) return null;
  const m = first.m!;
  return { kind: 'recurring', period: first.period, phrase: phraseAt(text, at, m.index, m.index + m[0].length) };
}
