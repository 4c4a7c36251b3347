/**
 * The words of a digital signature's stamp, as signing software prints it on a signed PDF (the Government's CA,
 * Adobe's default) and as its text layer gives it back: "Ký bởi: Văn phòng Chính phủ / Email: … / Cơ quan: … /
 * Thời gian ký: 14.10.2024 16:30:15 +07:00".
 */

/** A label only a stamp prints: where it starts, the stamp starts. */
export const STAMP_KEY =
  /(?:^|(?<=\s))(?:(?:(?:Được\s+)?[Kk]ý\s+(?:số\s+)?bởi|Người\s+ký|Thời\s+gian\s+ký|Ngày\s+(?:giờ\s+)?ký|Ký\s+ngày|Signed\s+by|Signing\s+time)\s*:|Digitally\s+signed\s+by\b|Signature\s+(?:Not\s+Verified|Valid)\b)/u;

/** Labels a stamp prints beside its keys, which alone could be a notice's own words ("Cơ quan: …"). */
export const STAMP_FIELD =
  /(?:^|(?<=\s))(?:Email|E-mail|Cơ\s+quan|Tổ\s+chức|Đơn\s+vị|Chức\s+vụ|Date|Reason|Location|Lý\s+do|Vị\s+trí)\s*:/u;
